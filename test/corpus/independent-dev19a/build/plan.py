"""Seeded plan: which contact carries which defect (seed 49596). Deterministic; imported by gen.py."""
import random
import importlib
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
SEED = 49596
DOMAINS = ["vet", "pb", "esc", "fm", "mr", "sh"]
PER_DOMAIN = 25


def load_mat(d):
    return importlib.import_module("mat_" + d)


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    g = 0
    for d in DOMAINS:
        mat = load_mat(d)
        order = [0] * 9 + [1] * 8 + [2] * 8
        rng.shuffle(order)
        for i in range(PER_DOMAIN):
            s = mat.SCENARIOS[order[i]]
            ch = "voice" if g % 2 == 0 else "webchat"
            contacts.append({"contactId": f"h12a-{d}-{i + 1:02d}", "domain": d, "scen": order[i], "channel": ch,
                             "req": s["requires"], "sla": s["sla"], "n": 0, "d": {}})
            g += 1
    voice = [c for c in contacts if c["channel"] == "voice"]
    chat = [c for c in contacts if c["channel"] == "webchat"]
    for c in voice:
        c["ivr"] = False
        c["asr"] = False
    vs = voice[:]
    rng.shuffle(vs)
    for k, c in enumerate(vs):
        c["ivr"] = k % 2 == 0
        c["asr"] = k % 3 != 2
    for c in chat:
        c["bot"] = rng.random() < 0.35
    # complaints: always where the scenario requires empathy, else about a third
    for c in contacts:
        c["complaint"] = c["req"]["empathy"] or rng.random() < 0.33

    def pick(name, n, pool, value, extra=lambda c: True):
        pool = [c for c in pool if name not in c["d"] and extra(c)]
        keyed = sorted(pool, key=lambda c: (c["n"], rng.random()))
        chosen = keyed[:n]
        for k, c in enumerate(chosen):
            c["d"][name] = value(k) if callable(value) else value
            c["n"] += 1
        return chosen

    # most restrictive first
    pick("interrupt", 17, voice, True)
    pick("rate", 17, voice, lambda k: "fast" if k % 2 == 0 else "slow")
    pick("latency", 5, [c for c in voice if c["sla"]["responseLatencyMs"] == 12000], "voice")
    pick("latency", 22, chat, lambda k: "nudge" if k % 4 == 0 else "late")
    pick("first", 8, chat, True, lambda c: "latency" not in c["d"])
    pick("verification", 28, [c for c in contacts if c["req"]["verification"]], lambda k: "none" if k % 2 == 0 else "late")
    pick("reference", 28, [c for c in contacts if c["req"]["reference"]], True)
    pick("survey", 28, [c for c in contacts if c["req"]["survey"]], True)
    pick("empathy", 28, [c for c in contacts if c["complaint"]], True)
    pick("walkout", 8, [c for c in contacts if not c["req"]["survey"]], True)
    pick("hold", 14, contacts, "unann", lambda c: c["d"].get("latency") != "voice")
    pick("hold", 14, contacts, "nothanks")
    pick("deadair", 12, voice, True, lambda c: "hold" not in c["d"] and "latency" not in c["d"])
    pick("closing", 28, contacts, lambda k: "hold-thanks" if k % 3 == 0 else "plain", lambda c: "walkout" not in c["d"])
    pick("greeting", 28, contacts, True)
    pick("agentid", 28, contacts, lambda k: "none" if k % 2 == 0 else "late")
    pick("fw", 27, contacts, "rude")
    pick("fw", 9, contacts, "only")
    pick("resolution", 20, contacts, "nonanswer")
    pick("resolution", 8, contacts, "missing", lambda c: True)
    pick("fact", 20, contacts, "wrong", lambda c: c["d"].get("resolution") != "missing")
    pick("fact", 10, contacts, "corrected", lambda c: c["d"].get("resolution") != "missing")
    pick("info", 14, contacts, True)
    # a third of the rest get a clean announced hold (hard negatives for hold / dead-air)
    rest = [c for c in contacts if "hold" not in c["d"]]
    rng.shuffle(rest)
    for c in rest[:32]:
        c["d"]["hold"] = "ok"
    for c in contacts:
        c["seed"] = rng.randrange(1 << 30)
    return contacts


if __name__ == "__main__":
    import collections
    p = make_plan()
    cnt = collections.Counter(c["n"] for c in p)
    print("defects per contact:", sorted(cnt.items()))
    print(collections.Counter((k, str(v)) for c in p for k, v in c["d"].items()))
