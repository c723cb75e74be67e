"""Seeded plan: which contact carries which defect and which hard negatives. Seed 15493 (fixed)."""
import random

SEED = 15493
DOMAINS = ["quality", "ferry", "grocery", "watch", "windows", "tvshop"]
FORB_MILD = ["推诿", "冷漠敷衍", "敷衍答复", "否定拒绝"]
FORB_HARSH = ["不耐烦", "已说过", "指责客户", "讽刺挖苦", "激将投诉", "粗俗辱骂"]


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    i = 0
    for d in DOMAINS:
        for n in range(1, 26):
            ch = "voice" if i % 2 == 0 else "chat"
            sk = ["s1", "s2", "s3"][(n - 1) % 3]
            contacts.append({
                "cid": f"h8c-{d}-{n:02d}", "domain": d, "scen": sk, "channel": ch, "idx": i,
                "greet": "ok", "id": rng.choice(["first", "first", "second"]), "close": "ok", "forb": None, "lookalike": False,
                "curt": False, "verif": "ok" if sk in ("s1", "s2") else None, "hold": None, "dead": None, "lat": None,
                "rate": "ok" if ch == "voice" else None, "interrupt": False, "backchannel": False,
                "complaint": sk == "s1", "emp": "ok", "escalate": False, "res": None, "made_good": False,
                "facts": ["ok", "ok"], "ref": "ok" if sk in ("s1", "s3") else None,
                "survey": "ok" if sk in ("s2", "s3") else None, "info": "ok", "fr": "ok", "cust_pause": False,
                "apology": False, "no_duration": False, "side1": False,
                "ivr": ch == "voice" and rng.random() < 0.5, "bot": ch == "chat" and rng.random() < 0.35,
                "asr": ch == "voice" and rng.random() < 0.67,
            })
            i += 1
    load = {c["cid"]: 0 for c in contacts}
    timing = set()

    def pick(k, elig, weight=1):
        pool = [c for c in contacts if elig(c)]
        rng.shuffle(pool)
        pool.sort(key=lambda c: load[c["cid"]])
        chosen = pool[:k]
        assert len(chosen) == k, (k, len(pool))
        for c in chosen:
            load[c["cid"]] += weight
        return chosen

    V = lambda c: c["channel"] == "voice"
    Ch = lambda c: c["channel"] == "chat"

    # extra complaints outside the empathy-required scenarios
    for c in pick(12, lambda c: c["scen"] != "s1", 0):
        c["complaint"] = True
    for c in pick(16, lambda c: c["complaint"], 0):
        c["escalate"] = True
    for c in pick(20, lambda c: c["complaint"] and not c["escalate"]):
        c["emp"] = "fail1"
    for c in pick(8, lambda c: c["escalate"]):
        c["emp"] = "fail2"
    for c in pick(18, lambda c: not c["complaint"], 0):
        c["apology"] = True

    # timing defects: at most one per contact
    def tpick(k, elig):
        out = pick(k, lambda c: elig(c) and c["cid"] not in timing)
        for c in out:
            timing.add(c["cid"])
        return out
    for c in tpick(14, lambda c: V(c) and c["scen"] in ("s1", "s2")):
        c["lat"] = "voice_gap"
    for c in tpick(8, Ch):
        c["lat"] = "nudge"
    for c in tpick(6, Ch):
        c["lat"] = "direct"
    for c in tpick(7, V):
        c["hold"] = "noann"
    for c in tpick(7, Ch):
        c["hold"] = "noann"
    for c in tpick(16, lambda c: True):
        c["hold"] = "nothx"
    for c in tpick(3, V):
        c["dead"] = "cust_gap"
    for c in tpick(3, V):
        c["dead"] = "agent_gap"
    for c in tpick(2, lambda c: V(c) and c["scen"] != "s1"):
        c["dead"] = "join"
    for c in tpick(14, lambda c: c["scen"] == "s1"):
        c["fr"] = "late"
    for c in pick(34, lambda c: c["hold"] is None and c["dead"] != "agent_gap", 0):
        c["hold"] = "ok_events" if (V(c) and rng.random() < 0.5) else "ok"

    for c in pick(17, V):
        c["rate"] = rng.choice(["fast", "slow"])
    for c in pick(17, V):
        c["interrupt"] = True
    for c in pick(20, lambda c: V(c) and not c["interrupt"], 0):
        c["backchannel"] = True
    for c in pick(8, lambda c: V(c) and not c["interrupt"] and c["dead"] is None, 0):
        c["cust_pause"] = True
    for c in pick(4, Ch, 0):
        c["cust_pause"] = True

    g = pick(27, lambda c: True)
    for j, c in enumerate(g):
        c["greet"] = "idonly" if j < 8 else "nogreet"
        if j < 8:
            c["id"] = "first"
    ids = pick(27, lambda c: c["greet"] != "idonly")
    for j, c in enumerate(ids):
        c["id"] = ["third", "role", "none"][j % 3]
    walk = pick(12, lambda c: c["scen"] == "s1", 0)
    for c in walk:
        c["close"] = "walkout"
    cl = pick(27, lambda c: c["close"] == "ok")
    for j, c in enumerate(cl):
        c["close"] = "wrap_only" if j % 2 == 0 else "none"

    fb = pick(29, lambda c: True)
    for j, c in enumerate(fb):
        c["forb"] = ("harsh", FORB_HARSH[j % 6]) if j % 2 == 0 else ("mild", FORB_MILD[j % 4])
    for c in pick(45, lambda c: c["forb"] is None, 0):
        c["lookalike"] = True
    for c in pick(13, lambda c: not (c["forb"] and c["forb"][0] == "harsh")):
        c["curt"] = True

    for j, c in enumerate(pick(29, lambda c: c["verif"] is not None)):
        c["verif"] = "late" if j % 2 == 0 else "none"
    for c in pick(28, lambda c: c["ref"] is not None):
        c["ref"] = "none"
    for c in pick(28, lambda c: c["survey"] is not None and c["close"] != "walkout"):
        c["survey"] = "none"
    for c in pick(20, lambda c: True):
        c["info"] = "omit"

    factd = set()
    def fpick(k, mode):
        out = pick(k, lambda c: c["cid"] not in factd)
        for c in out:
            factd.add(c["cid"])
            c["facts"][rng.randrange(2)] = mode
        return out
    fpick(14, "wrong")
    fpick(14, "fixed")
    for c in fpick(14, "omit"):
        c["res"] = "fact_omit"
    for c in pick(14, lambda c: c["res"] is None):
        c["res"] = "side_nonans"
    for c in pick(15, lambda c: c["res"] is None, 0):
        c["made_good"] = True
    for c in contacts:  # variant wordings of the right value (accepted)
        for k in range(2):
            if c["facts"][k] == "ok" and rng.random() < 0.3:
                c["facts"][k] = "variant"
        c["side1"] = bool(c["forb"] or c["lookalike"] or rng.random() < 0.3)
    for c in pick(4, lambda c: True, 0):
        c["no_duration"] = True
    return contacts


if __name__ == "__main__":
    import collections
    p = make_plan()
    print(collections.Counter(sum(1 for k in ("greet",) if c[k] != "ok") for c in p))
