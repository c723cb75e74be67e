"""Seeded plan for independent-dev22c (seed 90356). Draws per check how many fails it gets
(between the minimum and about 1.6x it), which contacts carry them, where the decisive line stands,
contact length and the order of the usual moves."""
import random
SEED = 90356
DOMAINS = ["funeral", "ebike", "ticket", "lock", "camp", "watch"]
MIN = {c: 25 for c in ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
       "politeness", "dead-air", "empathy", "resolution", "response-latency", "fact-accuracy",
       "no-misinformation", "record-reference", "survey-offered"]}
MIN.update({"interruption": 15, "speech-rate": 15})
# scenario requirement table: index -> (verification, reference, survey)
REQ = {0: (True, True, True), 1: (True, False, True), 2: (False, True, False)}
LAT_SLA = {"funeral": (20000, 25000, 20000), "ebike": (12000, 20000, 12000), "ticket": (20000, 25000, 20000),
           "lock": (12000, 20000, 12000), "camp": (20000, 25000, 20000), "watch": (20000, 25000, 20000)}
FR_SLA = {"funeral": 10000, "ebike": 6000, "ticket": 10000, "lock": 6000, "camp": 10000, "watch": 10000}


def make_plan():
    rng = random.Random(SEED)
    P = []
    for d in DOMAINS:
        for i in range(25):
            ch = "voice" if len(P) % 2 == 0 else "webchat"
            sc = i % 3
            P.append(dict(cid=f"h15c-{d}-{i+1:02d}", domain=d, sc=sc, channel=ch,
                          asr=(ch == "voice" and rng.random() < 0.67), ivr=(ch == "voice" and rng.random() < 0.5),
                          lat_sla=LAT_SLA[d][sc], fr_sla=FR_SLA[d]))
    idx = list(range(len(P)))
    draw = lambda c: rng.randint(MIN[c], round(MIN[c] * 1.6))
    def pick(n, pool, exclude=()):
        pool = [i for i in pool if i not in exclude]
        return set(rng.sample(pool, min(n, len(pool))))
    voice = [i for i in idx if P[i]["channel"] == "voice"]
    chat = [i for i in idx if P[i]["channel"] == "webchat"]
    target = {c: draw(c) for c in MIN}
    for p in P:
        p.update(greet_bad=False, id_mode=rng.choice(["t1", "t1", "t1", "t2"]), closing="ok", fw=[], emp=[], verify="na",
                 holds=[], sides=[], facts=["ok", "ok"], ref=None, survey=None, info="ask", gaps=[], fr_fail=False,
                 interrupt=0, rate=rng.randint(165, 265), lookalikes=rng.randint(1, 3), backch=0)
    for i in pick(target["greeting"], idx): P[i]["greet_bad"] = True
    for i in pick(target["agent-id"], idx): P[i]["id_mode"] = rng.choice(["none", "none", "t3", "look"])
    walk = pick(rng.randint(9, 13), idx)
    for i in walk: P[i]["closing"] = "walk"
    for i in pick(target["closing"], idx, walk): P[i]["closing"] = "bad"
    pol = pick(target["politeness"], idx)
    nf = max(target["forbidden-words"], len(pol) + rng.randint(6, 12))
    fwo = pick(nf - len(pol), idx, pol)
    for i in pol | fwo:
        kinds = ["rude" if i in pol else "only"]
        if rng.random() < 0.22: kinds.append(rng.choice(["rude", "only"]) if i in pol else "only")
        P[i]["fw"] = [(k, rng.choice(["early", "middle", "late"]), rng.random() < 0.4) for k in kinds]
    # verification
    ver = [i for i in idx if REQ[P[i]["sc"]][0]]
    vf = pick(target["verification"], ver)
    for i in ver: P[i]["verify"] = rng.choice(["none", "late", "late"]) if i in vf else rng.choice(["first", "after"])
    for key, k in (("ref", 1), ("survey", 2)):
        req = [i for i in idx if REQ[P[i]["sc"]][k]]
        f = pick(target["record-reference" if key == "ref" else "survey-offered"], req)
        for i in req: P[i][key] = (i not in f)
    # empathy: funeral cremation scenario always has a hardship line
    must = [i for i in idx if P[i]["domain"] == "funeral" and P[i]["sc"] == 0]
    comp = set(must) | pick(rng.randint(60, 70) - len(must), idx, set(must))
    ef = pick(target["empathy"], sorted(comp))
    for i in comp:
        n = 2 if rng.random() < 0.25 else 1
        marks = ["ok"] * n
        if i in ef: marks[rng.randrange(n)] = "bad"
        P[i]["emp"] = [(m, rng.choice(["open", "mid", "late"])) for m in marks]
    # resolution
    rf = pick(target["resolution"], idx)
    for i in idx:
        p = P[i]
        if i in rf:
            p["sides"] = ["fail"] + (["fail"] if rng.random() < 0.2 else ["ok"] if rng.random() < 0.4 else [])
        else:
            p["sides"] = rng.choice([[], ["ok"], ["ok"], ["made_good"], ["ok", "ok"], [], ["ok"]])
        rng.shuffle(p["sides"])
    # facts
    fa = pick(target["fact-accuracy"], idx)
    mi = pick(target["no-misinformation"], idx)
    for i in idx:
        f = ["ok", "ok"]
        j = rng.randrange(2)
        if i in fa and i in mi: f[j] = "wrong"
        elif i in fa: f[j] = "never"
        elif i in mi: f[j] = "corrected"
        P[i]["facts"] = f
    for i in pick(rng.randint(14, 20), idx): P[i]["info"] = "volunteer"
    # timing: latency, dead air, holds
    lat = pick(target["response-latency"], idx)
    chat_lat = [i for i in lat if P[i]["channel"] == "webchat"]
    chat_dead = set(rng.sample(chat_lat, min(len(chat_lat), rng.randint(3, 6))))
    forced_dead, forced_hold = set(), set()
    for i in lat:
        p = P[i]
        if p["channel"] == "webchat":
            p["gaps"].append("chatdead" if i in chat_dead else "chatlat")
            if i in chat_dead: forced_dead.add(i); forced_hold.add(i)
        elif p["lat_sla"] == 12000:
            p["gaps"].append("voicelat"); forced_dead.add(i)
        else:
            p["gaps"].append("unann"); forced_dead.add(i); forced_hold.add(i)
    more = max(0, target["dead-air"] - len(forced_dead))
    for i in pick(more, voice, forced_dead):
        P[i]["gaps"].append("dead")
        if rng.random() < 0.2: P[i]["gaps"].append("dead")
    extra_hold_fail = max(0, target["hold-etiquette"] - len(forced_hold))
    hf = pick(extra_hold_fail, idx, forced_hold)
    hp = pick(rng.randint(38, 48), idx, forced_hold | hf)
    for i in hf:
        P[i]["holds"] = ["nothx"] + (["ok"] if rng.random() < 0.3 else [])
        rng.shuffle(P[i]["holds"])
    for i in hp:
        P[i]["holds"] = ["ok"] + (["ok"] if rng.random() < 0.2 else [])
    for i in forced_hold:
        if rng.random() < 0.3: P[i]["holds"] = ["ok"]
    frel = chat + [i for i in voice if P[i]["fr_sla"] == 6000]
    for i in pick(rng.randint(8, 14), frel): P[i]["fr_fail"] = True
    for i in pick(target["interruption"], voice):
        P[i]["interrupt"] = 2 if rng.random() < 0.2 else 1
    for i in pick(target["speech-rate"], voice):
        P[i]["rate"] = rng.choice([rng.randint(82, 104), rng.randint(336, 392)])
    for i in voice:
        P[i]["backch"] = rng.choice([0, 0, 1, 1, 2])
    for p in P:
        r = rng.random()
        p["length"] = rng.randint(6, 10) if r < 0.2 else rng.randint(11, 22) if r < 0.75 else rng.randint(23, 40)
        p["opener"] = rng.choice(["req", "req", "small", "complaint"]) if p["emp"] else rng.choice(["req", "req", "small"])
        p["nodur"] = False
    for i in rng.sample(idx, 4): P[i]["nodur"] = True
    return P, target
