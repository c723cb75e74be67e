"""Seeded plan: which contact carries which defects. Seed 27593."""
import random
SEED = 27593
DOMAINS = ["land", "dive", "tea", "mobility", "wig", "cemetery"]

def make_plan(mats):
    rng = random.Random(SEED)
    P = []
    for i in range(150):
        d = DOMAINS[i // 25]; j = i % 25; m = mats[d]; sc = m.SCEN[j % 3]
        P.append(dict(i=i, cid=f"h11b-{d}-{j+1:02d}", domain=d, scen=j % 3, channel="voice" if i % 2 == 0 else "webchat",
                      greet_fail=False, id_mode="ok1", close="ok", forb=None, verif=None, hold=None, dead=False,
                      interrupt=False, backchannel=False, rate="ok", complaint=bool(sc["req"]["empathy"]), emp_fail=False,
                      side="answer", fact="ok", latency=False, fr_fail=False, ref_fail=False, survey_fail=False,
                      info_fail=False, no_duration=False, odd_event=False, ivr=False, asr=False, sorry=False))
    allx = list(range(150)); voice = [i for i in allx if P[i]["channel"] == "voice"]
    def pick(pool, n):
        return rng.sample(sorted(pool), n)
    for i in pick(allx, 30): P[i]["greet_fail"] = True
    ids = pick(allx, 30)
    for k, i in enumerate(ids): P[i]["id_mode"] = ["none", "role", "late"][k % 3]
    for i in allx:
        if P[i]["id_mode"] == "ok1" and rng.random() < 0.4: P[i]["id_mode"] = "ok2"
    walk = pick(allx, 8)
    for i in walk: P[i]["close"] = "walkout"
    for i in pick(set(allx) - set(walk), 28): P[i]["close"] = "fail"
    rude = pick(allx, 28)
    for i in rude: P[i]["forb"] = "rude"
    for i in pick(set(allx) - set(rude), 30): P[i]["forb"] = "forb"
    ver = [i for i in allx if mats[P[i]["domain"]].SCEN[P[i]["scen"]]["req"]["verification"]]
    for i in ver: P[i]["verif"] = "ok"
    for k, i in enumerate(pick(ver, 34)): P[i]["verif"] = ["late", "none"][k % 2]
    holds = pick(allx, 62)
    for k, i in enumerate(holds): P[i]["hold"] = "ok" if k < 31 else ("nothanks" if k < 52 else "unannounced")
    for i in pick([i for i in allx if P[i]["hold"] is None], 22): P[i]["dead"] = True
    for i in pick(voice, 18): P[i]["interrupt"] = True
    for i in pick(voice, 26): P[i]["backchannel"] = True
    rs = pick(voice, 19)
    for k, i in enumerate(rs): P[i]["rate"] = "fast" if k % 2 == 0 else "slow"
    for i in pick([i for i in allx if not P[i]["complaint"]], 30): P[i]["complaint"] = True
    for i in pick([i for i in allx if P[i]["complaint"]], 30): P[i]["emp_fail"] = True
    sides = pick(allx, 70)
    for k, i in enumerate(sides): P[i]["side"] = "bare" if k < 24 else ("madegood" if k < 46 else "incidental")
    facts = pick(allx, 38)
    for k, i in enumerate(facts): P[i]["fact"] = "wrong" if k < 10 else ("corrected" if k < 22 else ("missing" if k < 30 else "lastwrong"))
    lat_ok = [i for i in allx if P[i]["channel"] == "webchat" or mats[P[i]["domain"]].SCEN[P[i]["scen"]]["sla"]["responseLatencyMs"] == 12000]
    lat_ok = [i for i in lat_ok if not P[i]["dead"]]
    for i in pick(lat_ok, 28): P[i]["latency"] = True
    fr_ok = [i for i in allx if (P[i]["channel"] == "webchat" or mats[P[i]["domain"]].SCEN[P[i]["scen"]]["sla"]["firstResponseMs"] == 6000)]
    for i in pick(fr_ok, 12): P[i]["fr_fail"] = True
    refs = [i for i in allx if mats[P[i]["domain"]].SCEN[P[i]["scen"]]["req"]["reference"]]
    for i in pick(refs, 30): P[i]["ref_fail"] = True
    sv = [i for i in allx if mats[P[i]["domain"]].SCEN[P[i]["scen"]]["req"]["survey"] and P[i]["close"] != "walkout"]
    for i in pick(sv, 28): P[i]["survey_fail"] = True
    for i in pick(allx, 15): P[i]["info_fail"] = True
    nd = pick(allx, 4)
    for i in nd: P[i]["no_duration"] = True
    P[pick(voice, 1)[0]]["odd_event"] = True
    for i in voice:
        P[i]["ivr"] = rng.random() < 0.5
        P[i]["asr"] = rng.random() < 0.67
    for i in pick(allx, 40): P[i]["sorry"] = True
    return P
