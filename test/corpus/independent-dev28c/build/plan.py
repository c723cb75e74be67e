# -*- coding: utf-8 -*-
"""Seeded plan: which contact carries which defect (decisive line) and which hard negatives."""
import random
from mat_common import TRADES, PREFIX, SEED

KINDS = ["acct"] * 9 + ["cmpl"] * 8 + ["info"] * 8
SLA_FR = {}  # filled by gen from material


def make_plan(seed=SEED, fr_sla=None):
    rng = random.Random(seed)
    specs = []
    for ti, t in enumerate(TRADES):
        nv = 13 if ti % 2 == 0 else 12
        kinds = KINDS[:]
        rng.shuffle(kinds)
        chans = ["voice"] * nv + ["webchat"] * (25 - nv)
        rng.shuffle(chans)
        for k in range(25):
            specs.append(dict(id="%s-%s-%02d" % (PREFIX, t, k + 1), trade=t, kind=kinds[k], channel=chans[k],
                              defects=set(), clean=False, curt=False, seed=rng.randrange(10 ** 9)))
    # clean contacts: 2 or 3 per trade
    for t in TRADES:
        pool = [s for s in specs if s["trade"] == t]
        for s in rng.sample(pool, rng.choice([2, 3])):
            s["clean"] = True
    # curt-throughout agents: three, in three trades, info matters
    for t in ["fit", "pet", "pad"]:
        pool = [s for s in specs if s["trade"] == t and s["kind"] == "info" and not s["clean"]]
        s = rng.choice(pool)
        s["curt"] = True
        s["defects"] |= {"greet", "aid", "close", "curt", "survey"}

    def free(s):
        return not s["clean"] and not s["curt"]

    def assign(name, n, elig):
        cand = [s for s in specs if free(s) and len(s["defects"]) < 5 and elig(s) and name not in s["defects"]]
        cand.sort(key=lambda s: len(s["defects"]) + rng.random() * 3)
        chosen = cand[:n]
        for s in chosen:
            s["defects"].add(name)
        return len(chosen)

    V = lambda s: s["channel"] == "voice"
    C = lambda s: s["channel"] == "webchat"
    R = lambda s: s["kind"] in ("acct", "cmpl")
    counts = {}
    counts["fresp"] = assign("fresp", rng.randint(7, 11),
                             lambda s: C(s) or (fr_sla and fr_sla[(s["trade"], s["kind"])] <= 7000))
    counts["interrupt"] = assign("interrupt", rng.randint(16, 22), V)
    counts["rate"] = assign("rate", rng.randint(16, 22), V)
    counts["latency"] = assign("latency", rng.randint(25, 31), C)
    hu = rng.randint(10, 13)
    counts["hold_unann"] = assign("hold_unann", hu, lambda s: True)
    counts["dead"] = assign("dead", rng.randint(27, 32) - hu, V)
    counts["verif"] = assign("verif", rng.randint(25, 31), R)
    counts["ref"] = assign("ref", rng.randint(25, 31), R)
    counts["survey"] = assign("survey", rng.randint(22, 27) - 3, lambda s: s["kind"] in ("acct", "info"))
    ex = lambda *names: (lambda s: not any(n in s["defects"] for n in names))
    counts["hold_unthx"] = assign("hold_unthx", rng.randint(8, 10), ex("hold_unann"))
    counts["hold2"] = assign("hold2", rng.randint(7, 9), ex("hold_unann", "hold_unthx"))
    counts["rude"] = assign("rude", rng.randint(22, 26), lambda s: True)
    counts["jiyu"] = assign("jiyu", rng.randint(5, 8), lambda s: True)
    counts["empathy"] = assign("empathy", rng.randint(25, 31), lambda s: True)
    counts["resol"] = assign("resol", rng.randint(25, 31), lambda s: True)
    fw = rng.randint(12, 15)
    counts["fact_wrong"] = assign("fact_wrong", fw, lambda s: True)
    counts["fact_never"] = assign("fact_never", rng.randint(26, 31) - fw, ex("fact_wrong", "jiyu"))
    counts["misinfo_corr"] = assign("misinfo_corr", rng.randint(26, 31) - fw, ex("fact_wrong", "fact_never"))
    counts["greet"] = assign("greet", rng.randint(22, 28), lambda s: True)
    counts["aid"] = assign("aid", rng.randint(22, 28), lambda s: True)
    counts["close"] = assign("close", rng.randint(22, 28), lambda s: True)
    counts["reqinfo"] = assign("reqinfo", rng.randint(25, 31), lambda s: True)
    # features (hard negatives and shape)
    for s in specs:
        r = random.Random(s["seed"])
        d = s["defects"]
        s["noisy"] = V(s) and r.random() < 0.67
        s["homo"] = s["noisy"] and r.random() < 0.4
        s["ivr"] = V(s) and r.random() < 0.5
        s["bot"] = C(s) and r.random() < 0.35
        s["split"] = C(s) and r.random() < 0.3
        s["hold"] = bool(d & {"hold_unann", "hold_unthx", "hold2"}) or (not s["curt"] and r.random() < 0.3)
        s["nudge"] = C(s) and r.random() < 0.35
        s["madegood"] = r.random() < 0.3
        s["shrug"] = r.random() < 0.25
        s["look"] = r.random() < 0.5
        s["csorry"] = r.random() < 0.2
        s["bc"] = V(s) and r.random() < 0.6
        s["cpause"] = V(s) and r.random() < 0.2
        s["near_int"] = V(s) and "interrupt" not in d and r.random() < 0.3
        s["extra_cmpl"] = s["kind"] != "cmpl" and not s["curt"] and ("empathy" in d or r.random() < 0.2)
        s["two_cmpl"] = s["kind"] == "cmpl" and r.random() < 0.4
        s["walkout"] = s["kind"] == "cmpl" and "close" not in d and r.random() < 0.15
        s["verify_first"] = r.random() < 0.6
        s["aid_pos"] = r.choice([1, 1, 2]) if "aid" not in d else r.choice(["late", "none"])
        s["n_small"] = r.choice([0, 0, 1, 1, 2, 3])
        s["side_ok"] = r.choice([0, 0, 0, 1])
        s["order_seed"] = r.randrange(10 ** 6)
        s["wrong_fact"] = r.choice([0, 1])
    # four contacts without durationMs, one with an unknown event type
    normal = [s for s in specs]
    for s in rng.sample(normal, 4):
        s["no_duration"] = True
    rng.choice([s for s in specs if s["channel"] == "voice" and not s.get("no_duration")])["transfer"] = True
    # a few short contacts (information matters, nothing in the middle but the rule question)
    okd = {"greet", "aid", "close", "survey", "reqinfo", "fresp", "rate"}
    pool = [s for s in specs if s["kind"] == "info" and not s["curt"] and s["defects"] <= okd]
    for s in rng.sample(pool, min(9, len(pool))):
        s.update(short=True, n_small=0, side_ok=0, madegood=False, shrug=False, look=False, extra_cmpl=False, hold=False)
    return specs, counts
