"""Seeded plan: which contacts fail which check, in which mode. Seed 27719."""
import random
import mat_tobacco, mat_luxury, mat_carrental, mat_studyroom, mat_laundry, mat_jewelry
SEED = 27719
DOMS = [m.D for m in (mat_tobacco, mat_luxury, mat_carrental, mat_studyroom, mat_laundry, mat_jewelry)]

def make_plan():
    rng = random.Random(SEED)
    cs = []
    i = 0
    for d in DOMS:
        order = [0] * 9 + [1] * 8 + [2] * 8
        rng.shuffle(order)
        for n, s in enumerate(order):
            sc = d["scen"][s]
            cs.append(dict(id=f"h15b-{d['key']}-{n + 1:02d}", dom=d, si=s, sc=sc, chat=(i % 2 == 1), fails={}, mode={}))
            i += 1
    def draw(check, elig, mn, cap_pass=25, modes=None):
        elig = [c for c in elig]
        hi = min(round(mn * 1.6), len(elig) - cap_pass)
        n = rng.randint(min(mn, hi), hi)
        chosen = rng.sample(elig, n)
        for c in chosen:
            c["fails"][check] = True
            if modes:
                c["mode"][check] = rng.choice(modes)
        return chosen
    allc = cs
    voice = [c for c in cs if not c["chat"]]
    draw("greeting", allc, 25)
    draw("agent-id", allc, 25, modes=["none", "third", "role"])
    # closing: walk-outs (na) first, then fails among the rest
    walk = rng.sample(allc, 8)
    for c in walk: c["mode"]["walkout"] = True
    draw("closing", [c for c in allc if c not in walk], 25)
    pol = draw("politeness", allc, 25)
    for c in pol: c["fails"]["forbidden-words"] = True
    extra = rng.randint(10, 18)
    for c in rng.sample([c for c in allc if c not in pol], extra): c["fails"]["forbidden-words"] = True; c["mode"]["forbid-only"] = True
    ver = [c for c in allc if c["sc"]["requires"]["verification"]]
    draw("verification", ver, 25, modes=["late", "late", "none"])
    dead = draw("dead-air", allc, 25)
    for c in dead:
        if c["chat"]: c["fails"]["hold-etiquette"] = True; c["mode"]["hold-etiquette"] = "unannounced"
    hf_have = sum(1 for c in allc if c["fails"].get("hold-etiquette"))
    need = max(0, rng.randint(25, 40) - hf_have)
    rest = [c for c in allc if not c["fails"].get("hold-etiquette")]
    for c in rng.sample(rest, need):
        c["fails"]["hold-etiquette"] = True
        c["mode"]["hold-etiquette"] = "unannounced" if (not c["chat"] and c["fails"].get("dead-air") and rng.random() < 0.5) else "nothanks"
    rest = [c for c in allc if not c["fails"].get("hold-etiquette")]
    for c in rng.sample(rest, rng.randint(32, 42)): c["mode"]["hold-pass"] = True
    draw("interruption", voice, 15)
    draw("speech-rate", voice, 15, modes=["fast", "fast", "slow"])
    comp = [c for c in allc if c["sc"]["requires"]["empathy"]] + rng.sample([c for c in allc if not c["sc"]["requires"]["empathy"]], 32)
    for c in comp: c["mode"]["complaint"] = 2 if rng.random() < 0.2 else 1
    draw("empathy", comp, 25)
    draw("resolution", allc, 25)
    draw("response-latency", allc, 25)
    draw("fact-accuracy", allc, 25)
    draw("no-misinformation", allc, 25)
    draw("record-reference", [c for c in allc if c["sc"]["requires"]["reference"]], 25)
    draw("survey-offered", [c for c in allc if c["sc"]["requires"]["survey"]], 25)
    fr = [c for c in allc if c["chat"] or c["sc"]["sla"]["firstResponseMs"] == 6000]
    draw("first-response", fr, 10)
    draw("required-info", allc, 10)
    for c in allc:
        c["len"] = rng.choice([6, 8, 10, 12, 14, 16, 18, 20, 24, 28, 32, 36, 40])
        c["open"] = rng.choice(["request", "complaint", "smalltalk"]) if c["mode"].get("complaint") else rng.choice(["request", "request", "smalltalk"])
        c["verify_first"] = rng.random() < 0.5
        c["ivr"] = (not c["chat"]) and rng.random() < 0.5
        c["bot"] = c["chat"] and rng.random() < 0.3
        c["asr"] = (not c["chat"]) and rng.random() < 0.67
        c["idpos"] = rng.choice([1, 1, 2]) if not c["fails"].get("agent-id") else None
        c["res_mode"] = "nonanswer" if c["fails"].get("resolution") else rng.choice(["answered", "madegood", "none", "answered"])
        c["two_rude"] = rng.random() < 0.2
        c["interrupts"] = 2 if rng.random() < 0.2 else 1
    return rng, cs
