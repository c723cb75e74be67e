"""Seeded plan for independent-holdout22b (seed 8388607)."""
import random
SEED = 8388607
TRADES = ["travel", "archery", "footspa", "print", "organize", "recycle"]
CURT_TRADES = {"travel", "print", "recycle"}
ANY = lambda c: True

def make_plan():
    rng = random.Random(SEED)
    specs = []
    for ti, t in enumerate(TRADES):
        nv = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nv + ["webchat"] * (25 - nv)
        rng.shuffle(chans)
        scen = [i % 3 for i in range(25)]
        rng.shuffle(scen)
        for i in range(25):
            ch = chans[i]
            specs.append(dict(trade=t, n=i + 1, si=scen[i], ch=ch, d=set(),
                              noisy=(ch == "voice" and rng.random() < 0.67),
                              ivr=(ch == "voice" and rng.random() < 0.5),
                              bot=(ch == "webchat" and rng.random() < 0.3),
                              opening=rng.choice(["request", "request", "small", "complaint", "apology"]),
                              idpos=rng.choice([1, 1, 2]), verify_first=rng.random() < 0.5,
                              length=rng.randint(6, 40), clean=False, walkout=False,
                              seed=rng.randint(0, 10 ** 9)))
    # clean contacts: 2 or 3 per trade
    for t in TRADES:
        ts = [s for s in specs if s["trade"] == t]
        for s in rng.sample(ts, rng.choice([2, 3])):
            s["clean"] = True
    # walkouts
    for s in rng.sample([s for s in specs if not s["clean"]], 7):
        s["walkout"] = True
    # curt agents
    for t in sorted(CURT_TRADES):
        c = rng.choice([s for s in specs if s["trade"] == t and not s["clean"]])
        c["d"].add("curt")
    voice = lambda s: s["ch"] == "voice"
    chat = lambda s: s["ch"] == "webchat"
    P = rng.randint(25, 33)
    acc_w = rng.randint(12, 16)
    kinds = [
        ("greet", rng.randint(25, 33), ANY), ("id", rng.randint(25, 33), ANY),
        ("close", rng.randint(25, 32), lambda s: not s["walkout"]),
        ("rude", P - 3, lambda s: "curt" not in s["d"]), ("jiyu", rng.randint(4, 8), ANY),
        ("emp", rng.randint(25, 32), ANY), ("resol", rng.randint(25, 32), ANY),
        ("fwrong", acc_w, ANY), ("fcorr", 27 - acc_w + rng.randint(0, 4), ANY),
        ("fmiss", 27 - acc_w + rng.randint(0, 4), ANY),
        ("verify", rng.randint(25, 32), lambda s: s["si"] in (0, 1)),
        ("ref", rng.randint(25, 32), lambda s: s["si"] in (0, 1)),
        ("survey", rng.randint(25, 32), lambda s: s["si"] in (0, 2)),
        ("req", rng.randint(25, 32), ANY),
        ("int", rng.randint(15, 21), voice), ("rate", rng.randint(15, 21), voice),
        ("fr", rng.randint(6, 11), chat),
        ("unann", rng.randint(9, 11), voice), ("unthank", rng.randint(9, 12), ANY),
        ("deadc", rng.randint(8, 10), chat), ("deadv", rng.randint(9, 11), voice),
        ("lat", rng.randint(17, 21), chat),
    ]
    excl = {"fwrong": {"fcorr", "fmiss"}, "fcorr": {"fwrong", "fmiss"}, "fmiss": {"fwrong", "fcorr"},
            "unann": {"unthank"}, "unthank": {"unann"}}
    order = list(range(len(kinds)))
    rng.shuffle(order)
    for k in order:
        name, n, ok = kinds[k]
        el = [s for s in specs if not s["clean"] and ok(s) and len(s["d"]) < 5
              and not (excl.get(name, set()) & s["d"])]
        el.sort(key=lambda s: (len(s["d"]), rng.random()))
        for s in el[:n]:
            s["d"].add(name)
    for s in specs:
        r = random.Random(s["seed"])
        s["pos"] = {k: r.choice(["early", "middle", "late"]) for k in sorted(s["d"])}
        s["double"] = {k: r.random() < 0.25 for k in sorted(s["d"])}
    return specs
