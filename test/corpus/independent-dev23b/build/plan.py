"""Seeded plan for independent-dev23b: which contacts fail which check, and how."""
import random
from common import DOMAINS, load
SEED = 80657

def make_plan():
    rng = random.Random(SEED)
    cs = []
    for d in DOMAINS:
        m = load(d)
        sc = [0] * 9 + [1] * 8 + [2] * 8
        rng.shuffle(sc)
        for i in range(25):
            cs.append(dict(domain=d, n=i + 1, cid=f"h16b-{d}-{i+1:02d}", si=sc[i], scen=m.SCEN[sc[i]],
                           channel="voice" if (len(cs)) % 2 == 0 else "webchat"))
    idx = list(range(len(cs)))
    voice = [i for i in idx if cs[i]["channel"] == "voice"]
    chat = [i for i in idx if cs[i]["channel"] == "webchat"]
    def req(i, k):
        return cs[i]["scen"]["req"][k]
    def draw(lo=25):
        return rng.randint(lo, round(lo * 1.6))
    def pick(pool, n, exclude=()):
        pool = [i for i in pool if i not in set(exclude)]
        return set(rng.sample(pool, min(n, len(pool))))
    P = {i: {} for i in idx}
    counts = {}
    # greeting / agent-id / closing
    for i in pick(idx, draw()):
        P[i]["greet_fail"] = True
    for i in pick(idx, draw()):
        P[i]["id_fail"] = rng.choice(["none", "bare", "late"])
    walk = pick(idx, rng.randint(6, 9))
    for i in walk:
        P[i]["walkout"] = True
    for i in pick(idx, draw(), walk):
        P[i]["close_fail"] = rng.choice(["bad", "bad", "hangup"])
    # forbidden / politeness
    rude = pick(idx, rng.randint(25, 32))
    for i in rude:
        P[i]["fb"] = "rude"
        P[i]["fb_double"] = rng.random() < 0.2
    for i in pick(idx, rng.randint(3, 8), rude):
        P[i]["fb"] = "mild"
    # verification
    ver = [i for i in idx if req(i, "verification")]
    vf = pick(ver, draw())
    for i in ver:
        P[i]["ver"] = rng.choice(["late", "none"]) if i in vf else "ok"
    # holds, dead air, latency
    U = pick(idx, rng.randint(10, 16))
    N = pick(idx, rng.randint(max(12, 26 - len(U)), 40 - len(U)), U)
    HP = pick(idx, rng.randint(30, 40), U | N)
    for i in U:
        P[i]["hold"] = "unann"
        sla = cs[i]["scen"]["sla"][1]
        if cs[i]["channel"] == "voice":
            P[i]["hold_gap"] = rng.choice([rng.randint(16000, 19000), rng.randint(max(16000, sla + 1500), 31000)])
        else:
            P[i]["hold_gap"] = rng.randint(32000, 60000)
    for i in N:
        P[i]["hold"] = "nothx"
    for i in HP:
        P[i]["hold"] = "ok"
    for i in HP | N:
        P[i]["hold_gap"] = rng.randint(20000, 50000) if cs[i]["channel"] == "voice" else rng.randint(35000, 90000)
    lat_v = pick([i for i in voice if cs[i]["scen"]["sla"][1] == 12000], rng.randint(3, 6), U)
    for i in lat_v:
        P[i]["lat_plant"] = rng.randint(12500, 14000)
    da_now = len(U) + len(lat_v)
    da_target = draw()
    for i in pick(voice, max(0, da_target - da_now), U | lat_v):
        P[i]["da_plant"] = rng.randint(8500, 11000)
    lat_now = sum(1 for i in U if P[i]["hold_gap"] > cs[i]["scen"]["sla"][1]) + len(lat_v)
    lat_target = draw()
    for i in pick(chat, max(0, lat_target - lat_now), U):
        sla = cs[i]["scen"]["sla"][1]
        P[i]["lat_plant"] = rng.randint(sla + 1000, 29000)
    # first response
    for i in pick([i for i in idx if cs[i]["scen"]["sla"][0] == 6000], rng.randint(4, 8)):
        P[i]["fr_fail"] = True
    # interruption / speech-rate
    for i in pick(voice, draw(15)):
        P[i]["interrupt"] = True
    for i in pick(voice, draw(15)):
        P[i]["rate"] = rng.choice(["fast", "slow"])
    # empathy
    emp = [i for i in idx if req(i, "empathy")]  # complaints only where the scenario is a complaint (lines are themed)
    ef = pick(emp, rng.randint(25, len(emp) - 25))
    for i in emp:
        P[i]["emp"] = "cold" if i in ef else "ok"
        P[i]["emp_n"] = 2 if rng.random() < 0.25 else 1
    # resolution
    rf = pick(idx, draw())
    for i in idx:
        if i in rf:
            P[i]["xq"] = "nonans"
        elif rng.random() < 0.6:
            P[i]["xq"] = "ok"
    # facts / misinformation
    ff = draw(); fw = rng.randint(10, min(ff - 8, 20))
    fset = list(pick(idx, ff))
    rng.shuffle(fset)
    for k, i in enumerate(fset):
        P[i]["fact"] = "wrong" if k < fw else "unstated"
    corr = pick([i for i in idx if "fact" not in P[i]], max(0, draw() - fw))
    for i in idx:
        P[i].setdefault("fact", "corrected" if i in corr else "ok")
    # reference / survey / info
    refs = [i for i in idx if req(i, "reference")]
    rff = pick(refs, draw())
    for i in refs:
        P[i]["ref"] = "none" if i in rff else "ok"
    sv = [i for i in idx if req(i, "survey")]
    sff = pick(sv, draw())
    for i in sv:
        P[i]["survey"] = "none" if i in sff else "ok"
    for i in pick(idx, rng.randint(12, 20)):
        P[i]["info_fail"] = True
    # ordering / style
    for i in idx:
        p = P[i]
        p["asr"] = cs[i]["channel"] == "voice" and rng.random() < 0.67
        p["ivr"] = cs[i]["channel"] == "voice" and rng.random() < 0.5
        p["smalltalk"] = rng.random() < 0.3
        p["complaint_first"] = rng.random() < 0.4
        p["pads"] = rng.choice([0, 0, 1, 2, 3, 4, 5])
        p["backch"] = cs[i]["channel"] == "voice" and rng.random() < 0.5
        p["capology"] = rng.random() < 0.3
        p["look"] = rng.choice([0, 1, 1])
        p["wrapq"] = rng.random() < 0.7
        p["bury"] = rng.random() < 0.35
    for i in rng.sample(idx, 10):  # short contacts
        P[i].update(pads=0, look=0, capology=False, wrapq=False, smalltalk=False)
        if P[i].get("xq") == "ok":
            del P[i]["xq"]
    for i in rng.sample(idx, 10):  # long contacts
        P[i].update(pads=rng.randint(7, 9), wrapq=True)
    for c, i in zip(cs, idx):
        c["plan"] = P[i]
    nd = rng.sample(idx, 4)
    for i in nd:
        cs[i]["no_duration"] = True
    cs[rng.choice([i for i in idx if i not in nd])]["transfer"] = True
    return cs, rng
