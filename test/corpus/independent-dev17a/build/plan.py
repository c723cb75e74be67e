"""Seeded plan: which defects each normal contact carries. Seed 51827."""
import random
from common import DOMAINS, mats

SEED = 51827

def make_plan():
    M = mats()
    rng = random.Random(SEED)
    P = []
    k = 0
    for d in DOMAINS:
        for i in range(1, 26):
            sc = M[d]["scen"][(i - 1) % 3]
            P.append(dict(cid=f"h10a-{d}-{i:02d}", domain=d, si=(i - 1) % 3, channel="voice" if k % 2 == 0 else "webchat", k=k))
            k += 1
    idx = list(range(len(P)))
    voice = [j for j in idx if P[j]["channel"] == "voice"]
    chat = [j for j in idx if P[j]["channel"] == "webchat"]
    def pick(pool, n, key, val=True):
        pool = [j for j in pool]
        for j in rng.sample(pool, min(n, len(pool))):
            P[j][key] = val
    req = lambda j, r: M[P[j]["domain"]]["scen"][P[j]["si"]]["reqs"][r]
    pick(voice, 50, "asr"); pick(voice, 38, "ivr")
    pick(idx, 32, "greet_fail")
    idf = rng.sample(idx, 32)
    for n, j in enumerate(idf): P[j]["id_mode"] = "late" if n % 2 else "none"
    for j in idx: P[j].setdefault("id_mode", rng.choice(["pos1", "pos1", "pos2"]))
    pick(idx, 9, "walkout")
    pick([j for j in idx if not P[j].get("walkout")], 32, "close_fail")
    pick(idx, 28, "rude")
    pick([j for j in idx if not P[j].get("rude")], 13, "forbid")
    ver = [j for j in idx if req(j, "verification")]
    vf = rng.sample(ver, 40)
    for n, j in enumerate(vf): P[j]["verif"] = "late" if n % 2 else "none"
    hold = rng.sample(idx, 86)
    hf = rng.sample(hold, 36)
    for j in hold: P[j]["hold"] = "ok"
    for n, j in enumerate(hf): P[j]["hold"] = "unann" if n % 3 == 0 else "nothx"
    for j in hold:
        if P[j]["channel"] == "voice" and P[j]["hold"] != "unann" and rng.random() < 0.3: P[j]["hold_events"] = True
    pick(voice, 28, "dead_air")
    pick(voice, 18, "interrupt")
    sr = rng.sample(voice, 18)
    for n, j in enumerate(sr): P[j]["rate"] = "fast" if n % 2 else "slow"
    comp = []
    for j in idx:
        if req(j, "empathy") or rng.random() < 0.3:
            P[j]["complaint"] = True; comp.append(j)
    pick(comp, 40, "emp_fail")
    pick(idx, 32, "res_fail")
    pick(idx, 28, "lat_fail")
    fx = rng.sample(idx, 42)
    for n, j in enumerate(fx): P[j]["fact"] = "wrong" if n < 30 else "corrected"
    pick([j for j in idx if req(j, "reference")], 38, "ref_fail")
    pick([j for j in idx if req(j, "survey")], 38, "survey_fail")
    pick(idx, 15, "info_fail")
    fre = [j for j in idx if M[P[j]["domain"]]["scen"][P[j]["si"]]["sla"][0] <= (6000 if P[j]["channel"] == "voice" else 10000)]
    pick(fre, 10, "fr_fail")
    pick(idx, 4, "nodur")
    for j in idx:
        P[j]["seed"] = rng.randrange(10 ** 9)
    return P
