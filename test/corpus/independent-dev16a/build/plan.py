"""Seeded plan: which defects each normal contact carries. Seed fixed by the brief."""
import random
SEED = 27191
DOMAINS = ["proc", "nail", "watch", "ktv", "farm", "water"]

def make_plan():
    rng = random.Random(SEED)
    plan = []
    for di, dom in enumerate(DOMAINS):
        for n in range(25):
            ch = "voice" if (n + di) % 2 == 0 else "webchat"
            p = dict(domain=dom, n=n + 1, channel=ch, scen=n % 3)
            p["greet"] = rng.random() > 0.24
            p["idmode"] = rng.choices(["t1", "t2", "none", "late"], [0.6, 0.16, 0.14, 0.10])[0]
            p["walkout"] = rng.random() < 0.08
            p["close"] = rng.random() > 0.33
            p["rude"] = rng.random() < 0.2
            p["cold"] = (not p["rude"]) and rng.random() < 0.16
            p["ver"] = rng.choices(["pass", "before", "none"], [0.52, 0.3, 0.18])[0]
            p["hold"] = rng.choices(["none", "ok", "unann", "nothx"], [0.36, 0.34, 0.15, 0.15])[0]
            p["hold_events"] = rng.random() < 0.5
            p["interrupt"] = ch == "voice" and rng.random() < 0.27
            p["backch"] = ch == "voice" and rng.random() < 0.4
            p["deadair"] = rng.random() < 0.2
            p["rate"] = rng.choices(["ok", "slow", "fast"], [0.7, 0.15, 0.15])[0] if ch == "voice" else "ok"
            p["complaint"] = rng.random() < 0.35
            p["complaint2"] = rng.random() < 0.25
            p["emp"] = rng.random() > 0.42
            p["sideq"] = rng.choices(["none", "ans", "nonans", "madegood"], [0.3, 0.35, 0.22, 0.13])[0]
            p["fact_mode"] = rng.choices(["A", "B", "C", "D"], [0.48, 0.2, 0.2, 0.12])[0]
            p["fact_which"] = rng.randrange(2)
            p["latency"] = rng.random() < 0.2
            p["fr_fail"] = rng.random() < 0.08
            p["ref"] = rng.random() > 0.42
            p["survey"] = rng.random() > 0.42
            p["info"] = rng.random() > 0.15
            p["wrap"] = rng.random() < 0.6
            p["apology"] = rng.random() < 0.35
            p["lookalike"] = rng.random() < 0.7
            p["noref_hn"] = rng.random() < 0.6
            p["cust_pause"] = rng.random() < 0.3
            p["asr"] = ch == "voice" and rng.random() < 0.67
            p["ivr"] = rng.random() < 0.5
            p["no_duration"] = False
            p["seed"] = rng.randrange(10**9)
            plan.append(p)
    for i in (7, 48, 93, 131):
        plan[i]["no_duration"] = True
    return plan
