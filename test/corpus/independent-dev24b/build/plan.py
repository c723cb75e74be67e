# -*- coding: utf-8 -*-
"""Seeded plan: which contacts fail which checks, and how."""
import random
from mat_common import TRADES, PREFIX

SEED = 38261
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
          "politeness", "interruption", "dead-air", "speech-rate", "empathy", "resolution",
          "first-response", "response-latency", "fact-accuracy", "no-misinformation",
          "record-reference", "survey-offered", "required-info"]
SCEN_ORDER = ["account", "complaint", "info"]
CAP = 5


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    for ti, trade in enumerate(TRADES):
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nvoice + ["webchat"] * (25 - nvoice)
        rng.shuffle(chans)
        scens = (["account"] * 9 + ["complaint"] * 8 + ["info"] * 8)
        rng.shuffle(scens)
        for i in range(25):
            contacts.append({"id": "%s-%s-%02d" % (PREFIX, trade, i + 1), "trade": trade,
                             "kind": scens[i], "channel": chans[i], "defects": [], "opts": {}})
    voice = [c for c in contacts if c["channel"] == "voice"]
    chat = [c for c in contacts if c["channel"] == "webchat"]
    # walkouts (customer leaves: closing na) in complaint scenarios
    comp = [c for c in contacts if c["kind"] == "complaint"]
    for c in rng.sample(comp, 8):
        c["opts"]["walkout"] = True
    # extra complaints in non-complaint scenarios
    others = [c for c in contacts if c["kind"] != "complaint"]
    for c in rng.sample(others, 26):
        c["opts"]["extra_complaint"] = True

    clean = set(id(c) for c in rng.sample(contacts, 9))
    for c in contacts:
        c["prone"] = 0.0 if id(c) in clean else rng.uniform(0.6, 1.8)

    def ndef(c):
        return len(c["defects"])

    def pick(name, pool, n):
        pool = [c for c in pool if ndef(c) < CAP and name not in c["defects"] and c["prone"] > 0]
        chosen = []
        for _ in range(n):
            cand = [c for c in pool if c not in chosen and ndef(c) < CAP]
            if not cand:
                break
            w = [c["prone"] * (CAP - ndef(c)) for c in cand]
            c = rng.choices(cand, weights=w)[0]
            chosen.append(c)
            c["defects"].append(name)
        return chosen

    R = lambda a, b: rng.randint(a, b)
    alln = contacts
    need_ver = [c for c in alln if c["kind"] in ("account", "complaint")]
    need_sur = [c for c in alln if c["kind"] in ("account", "info")]
    emp_pool = [c for c in alln if c["kind"] == "complaint" or c["opts"].get("extra_complaint")]
    nowalk = [c for c in alln if not c["opts"].get("walkout")]
    order = [
        ("rude", alln, R(25, 31)), ("jiyu", alln, R(6, 10)),
        ("first-response", chat, R(6, 11)),
        ("interruption", voice, R(15, 21)), ("speech-rate", voice, R(15, 21)),
        ("hold-unannounced", alln, R(9, 13)), ("hold-unthanked", alln, R(15, 19)),
        ("deadair-gap", voice, R(19, 24)),
        ("latency", chat, R(19, 23)),
        ("fact-wrong", alln, R(11, 15)), ("fact-never", alln, R(13, 17)), ("fact-corrected", alln, R(13, 17)),
        ("verification", need_ver, R(25, 33)), ("empathy", emp_pool, R(25, 32)),
        ("record-reference", need_ver, R(25, 33)), ("survey-offered", need_sur, R(25, 33)),
        ("greeting", alln, R(25, 32)), ("agent-id", alln, R(25, 32)), ("closing", nowalk, R(25, 32)),
        ("resolution", alln, R(25, 32)), ("required-info", alln, R(25, 32)),
    ]
    rng.shuffle(order)
    for name, pool, n in order:
        pick(name, pool, n)
    # how each defect is realised
    for c in contacts:
        o = c["opts"]
        d = c["defects"]
        o["asr"] = c["channel"] == "voice" and rng.random() < 0.67
        o["ivr"] = c["channel"] == "voice" and rng.random() < 0.5
        o["bot"] = c["channel"] == "webchat" and rng.random() < 0.4
        o["joined_evt"] = c["channel"] == "webchat" or o["ivr"] or rng.random() < 0.5
        o["opening"] = rng.choice(["request", "request", "smalltalk", "apology"] + (["complaint"] * 3 if c["kind"] == "complaint" else []))
        o["id_pos"] = rng.choice([1, 1, 2]) if "agent-id" not in d else rng.choice(["late", "none", "late"])
        o["verify_first"] = rng.random() < 0.5
        o["ver_mode"] = ("pass" if "verification" not in d else rng.choice(["before", "never"]))
        o["pos"] = {k: rng.choice(["early", "middle", "late"]) for k in d}
        o["buried"] = {k: rng.random() < 0.4 for k in d}
        o["second"] = {k: rng.random() < 0.3 for k in d}
        o["length"] = rng.randint(6, 40)
        o["rate"] = rng.randint(175, 255)
        if "speech-rate" in d:
            o["rate"] = rng.choice([rng.randint(312, 368), rng.randint(92, 112)])
        o["hold_ok"] = ("hold-unannounced" not in d and "hold-unthanked" not in d and rng.random() < 0.3)
        o["hold_events"] = c["channel"] == "voice" and rng.random() < 0.5
        o["fact_target"] = rng.choice([0, 1])
        o["jiyu_kind"] = rng.choice(["buckpass", "cold", "toldyou"])
        o["side"] = ("fail" if "resolution" in d else rng.choice(["answer", "madegood", "none", "answer", "shrug"]))
        o["no_duration"] = False
        o["unknown_event"] = False
        o["overlap_ok"] = c["channel"] == "voice" and rng.random() < 0.35
        o["cust_pause"] = c["channel"] == "voice" and rng.random() < 0.25
        o["nudge"] = c["channel"] == "webchat" and rng.random() < 0.5
        o["thanks_nohold"] = rng.random() < 0.2
        o["sub"] = rng.randint(0, 10 ** 6)
    nd = [c for c in contacts]
    for c in rng.sample(nd, 4):
        c["opts"]["no_duration"] = True
    rest = [c for c in contacts if not c["opts"]["no_duration"]]
    rng.choice(rest)["opts"]["unknown_event"] = True
    return contacts


if __name__ == "__main__":
    p = make_plan()
    from collections import Counter
    cnt = Counter(x for c in p for x in c["defects"])
    for k, v in sorted(cnt.items()):
        print(k, v)
    print(Counter(len(c["defects"]) for c in p))
