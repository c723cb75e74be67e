"""Seeded plan: which contact carries which defect and which hard negatives. Seed fixed at 71324."""
import random

SEED = 71324
DOMAINS = ["legal", "salon", "pawn", "watch", "transl", "vending"]
PER_DOMAIN = 25
# scenario requirement pattern (same in every domain)
REQ = {"s1": dict(verification=True, reference=True, empathy=False, survey=False),
       "s2": dict(verification=True, reference=False, empathy=True, survey=True),
       "s3": dict(verification=False, reference=True, empathy=False, survey=True)}


def _pick(rng, pool, n, taken=None):
    pool = [c for c in pool if taken is None or c["id"] not in taken]
    rng.shuffle(pool)
    return pool[:n]


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    for di, d in enumerate(DOMAINS):
        scen = ["s1"] * 9 + ["s2"] * 8 + ["s3"] * 8
        rng.shuffle(scen)
        for i in range(PER_DOMAIN):
            ch = "voice" if (i + di) % 2 == 0 else "webchat"
            contacts.append({"id": f"h13a-{d}-{i + 1:02d}", "domain": d, "scen": scen[i], "channel": ch,
                             "seed": rng.randrange(1 << 30)})
    # defaults
    for c in contacts:
        v = c["channel"] == "voice"
        c.update(greet="ok", idmode=rng.choice(["t1", "t1", "t1", "t2"]), close="ok", forbid="none", curt=False,
                 verif="ok" if REQ[c["scen"]]["verification"] else "na", hold="none", holdev=False, dead=False,
                 lat=False, interrupt=False, rate="ok", complaint=c["scen"] == "s2", complaint_pos="c1",
                 emp="ok", res="ok", q2=rng.random() < 0.55, sideq=rng.random() < 0.25, fact="ok",
                 ref="ok" if REQ[c["scen"]]["reference"] else "na", survey="ok" if REQ[c["scen"]]["survey"] else "na",
                 info="ok", fr="ok", pause=v and rng.random() < 0.3, bc=v and rng.random() < 0.45,
                 asr=False, ivr=False, bot=(not v) and rng.random() < 0.5, lookalike=rng.random() < 0.6,
                 capology=rng.random() < 0.3, nonid=rng.random() < 0.3, nodur=False, transfer=False,
                 madegood=False, empdelay=False)
    voice = [c for c in contacts if c["channel"] == "voice"]
    chat = [c for c in contacts if c["channel"] == "webchat"]
    for i, c in enumerate(sorted(voice, key=lambda x: x["seed"])):
        c["asr"] = i % 3 != 0
    for c in _pick(rng, voice, len(voice) // 2):
        c["ivr"] = True
    ids = lambda xs: {x["id"] for x in xs}
    # greeting / agent-id
    idfail = _pick(rng, contacts, 30)
    for j, c in enumerate(idfail):
        c["idmode"] = "none" if j < 18 else "third"
    gf = _pick(rng, contacts, 31)
    for j, c in enumerate(gf):
        c["greet"] = ["biz", "wei", "idonly"][j % 3]
        if c["greet"] == "idonly" and c["idmode"] in ("none", "third"):
            c["greet"] = "biz"
    # complaints outside s2
    for c in _pick(rng, [c for c in contacts if c["scen"] != "s2"], 26):
        c["complaint"] = True
    for c in contacts:
        if c["complaint"]:
            c["complaint_pos"] = rng.choice(["c1", "c1", "after"])
    compl = [c for c in contacts if c["complaint"]]
    for c in _pick(rng, compl, 31):
        c["emp"] = rng.choice(["barecalm", "procedure"])
    for c in _pick(rng, [c for c in compl if c["emp"] == "ok"], 10):
        c["empdelay"] = True
    # resolution / facts
    nf = _pick(rng, contacts, 14)
    for c in nf:
        c["res"] = "nonans_fact"; c["fact"] = "never"
    q2c = [c for c in contacts if c["q2"]]
    for c in _pick(rng, q2c, 15, ids(nf)):
        c["res"] = "nonans_q2"
    rest = [c for c in contacts if c["fact"] == "ok"]
    fw = _pick(rng, rest, 30)
    for j, c in enumerate(fw):
        c["fact"] = "wrong" if j < 16 else "corrected"
    for c in _pick(rng, [c for c in contacts if c["res"] == "ok" and c["fact"] != "never"], 10):
        c["madegood"] = True
    # forbidden words / politeness
    pool = [c for c in contacts if c["fact"] != "never" and not c["madegood"]]
    fb = _pick(rng, pool, 48)
    kinds = ["rude"] * 16 + ["rude_told"] * 6 + ["rude_stop"] * 6 + ["buck"] * 7 + ["fuyan"] * 7 + ["told"] * 6
    for c, k in zip(fb, kinds):
        c["forbid"] = k
    for c in fb:  # stopping the customer is said over the customer: voice only
        if c["forbid"] == "rude_stop" and c["channel"] != "voice":
            c["forbid"] = "rude"
    # verification
    vpool = [c for c in contacts if c["verif"] == "ok"]
    vf = _pick(rng, vpool, 36)
    for j, c in enumerate(vf):
        c["verif"] = "late" if j < 17 else "none"
    # required info
    for c in _pick(rng, contacts, 20):
        c["info"] = "volunteered"
    # curt register (politeness without a 忌语)
    cpool = [c for c in contacts if c["scen"] in ("s1", "s2") and c["info"] == "ok" and c["verif"] != "none"
             and c["forbid"] == "none"]
    for c in _pick(rng, cpool, 6):
        c["curt"] = True
    # closing / walk-outs (walk-out only where no survey is owed)
    wo = _pick(rng, [c for c in contacts if c["scen"] == "s1"], 10)
    for c in wo:
        c["close"] = "walkout"
    for j, c in enumerate(_pick(rng, contacts, 31, ids(wo))):
        c["close"] = ["survey_only", "fin", "hangup"][j % 3]
        if c["close"] == "survey_only" and c["survey"] == "na":
            c["close"] = "fin"
    for c in contacts:
        if c["curt"] and c["close"] == "walkout":
            c["close"] = "ok"
    # reference / survey
    for c in _pick(rng, [c for c in contacts if c["ref"] == "ok"], 34):
        c["ref"] = rng.choice(["nocode", "absent"])
    for c in _pick(rng, [c for c in contacts if c["survey"] == "ok" and c["close"] != "survey_only"], 33):
        c["survey"] = "absent"
    # holds
    hp = _pick(rng, contacts, 92)
    for j, c in enumerate(hp):
        c["hold"] = "ok" if j < 60 else ("nothx" if j < 80 else "unann")
        c["holdev"] = c["channel"] == "voice" and rng.random() < 0.5
    # timing defects
    for c in _pick(rng, contacts, 24):
        c["dead"] = True
    for c in _pick(rng, contacts, 26):
        c["lat"] = True
    for c in _pick(rng, [c for c in contacts if c["scen"] != "s3" or c["channel"] == "webchat"], 14):
        c["fr"] = "late"
    # voice-only
    for c in _pick(rng, [c for c in voice if c["forbid"] != "rude_stop"], 16):
        c["interrupt"] = True
    for j, c in enumerate(_pick(rng, voice, 17)):
        c["rate"] = "fast" if j < 9 else "slow"
    # format oddities
    odd = _pick(rng, contacts, 5)
    for c in odd[:4]:
        c["nodur"] = True
    odd[0]["transfer"] = True
    odd[4]["transfer"] = True
    return contacts


if __name__ == "__main__":
    import collections
    p = make_plan()
    for k in ["greet", "idmode", "close", "forbid", "verif", "hold", "res", "fact", "ref", "survey", "rate", "emp"]:
        print(k, dict(collections.Counter(c[k] for c in p)))
