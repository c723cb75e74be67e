# Seeded plan for independent-dev20c: which defects and hard negatives each contact carries.
import random
from common import DOMAINS

SEED = 60453
ROLE_FLAGS = {"A": dict(verification=True, reference=True, empathy=False, survey=True),
              "B": dict(verification=True, reference=False, empathy=True, survey=False),
              "C": dict(verification=False, reference=True, empathy=False, survey=True)}


def make_plan():
    rng = random.Random(SEED)
    P = []
    gi = 0
    for d in DOMAINS:
        roles = ["A"] * 9 + ["B"] * 8 + ["C"] * 8
        rng.shuffle(roles)
        for k in range(25):
            ch = "voice" if gi % 2 == 0 else "webchat"
            P.append(dict(cid=f"h13c-{d}-{k + 1:02d}", domain=d, role=roles[k], channel=ch, seed=rng.randrange(1 << 30),
                          asr=False, ivr=False, greet="ok", id="ok", close="ok", verif="ok", hold="none", forbid=None,
                          interrupt=False, backch=False, dead=None, rate="ok", complaint="none", empathy="ok",
                          side="answer", repeat=False, facts="ok", ref="ok", survey="ok", info="ok", first="ok",
                          latency="ok", cust_sorry=False, lookalike=False, no_duration=False, transfer=False))
            gi += 1
    voice = [p for p in P if p["channel"] == "voice"]
    for i, p in enumerate(rng.sample(voice, len(voice))):
        p["asr"] = i < 50
    for p in rng.sample(voice, 38):
        p["ivr"] = True

    def pick(pool, n, cond=lambda p: True):
        cands = [p for p in pool if cond(p)]
        return rng.sample(cands, min(n, len(cands)))

    for p in pick(P, 36):
        p["greet"] = "none"
    ids = pick(P, 36)
    for i, p in enumerate(ids):
        p["id"] = ["none", "late", "notid"][i % 3]
    for i, p in enumerate(pick(P, 40, lambda p: p["role"] in "AB")):
        p["verif"] = ["late", "none"][i % 2]
    # complaints: all of role B, about a third of the rest
    for p in P:
        if p["role"] == "B":
            p["complaint"] = "one"
    for p in pick(P, 30, lambda p: p["role"] != "B"):
        p["complaint"] = "one"
    for p in pick(P, 26, lambda p: p["complaint"] == "one"):
        p["complaint"] = "two"
    comp = [p for p in P if p["complaint"] != "none"]
    for i, p in enumerate(rng.sample(comp, 36)):
        p["empathy"] = "fail_esc" if (p["complaint"] == "two" and i % 2 == 0) else "fail_none"
    # forbidden / politeness
    fb = pick(P, 60)
    kinds = ["rude"] * 22 + ["refuse_repeat"] * 8 + ["told_you"] * 10 + ["indiff"] * 8 + ["tuiwei"] * 6 + ["shrug"] * 6
    for p, k in zip(fb, kinds):
        p["forbid"] = k
        if k in ("refuse_repeat", "told_you"):
            p["repeat"] = True
            p["side"] = None
        if k in ("tuiwei", "shrug"):
            p["side"] = k
    for p in pick(P, 10, lambda p: p["forbid"] is None):
        p["repeat"] = True
        p["side"] = None
    free = [p for p in P if p["side"] == "answer"]
    rng.shuffle(free)
    for i, p in enumerate(free[:40]):
        p["side"] = "nonans" if i < 22 else ("nonans_press" if i < 34 else None)
    # holds
    hs = pick(P, 70)
    for i, p in enumerate(hs):
        p["hold"] = "ok" if i < 40 else ("nothanks" if i < 56 else "unannounced")
    # timing defects
    for i, p in enumerate(pick(P, 28, lambda p: p["hold"] != "unannounced")):
        p["dead"] = "after_cust" if i % 2 == 0 else "between_agent"
    for p in pick(P, 5, lambda p: p["dead"] is None and p["hold"] != "unannounced" and p["channel"] == "voice"):
        p["dead"] = "join"
    for p in pick(P, 30, lambda p: p["dead"] is None):
        p["latency"] = "fail"
    for p in pick(P, 14, lambda p: p["dead"] != "join" and (p["channel"] == "webchat" or p["role"] != "C")):
        p["first"] = "late"
    for p in pick(voice, 20):
        p["interrupt"] = True
    for p in pick(voice, 30, lambda p: not p["interrupt"]):
        p["backch"] = True
    for i, p in enumerate(pick(voice, 19)):
        p["rate"] = "fast" if i % 2 == 0 else "slow"
    # facts
    fk = ["omit2"] * 10 + ["wrong1"] * 10 + ["wrong2"] * 10 + ["corr1"] * 8 + ["corr2"] * 8
    for p, k in zip(pick(P, len(fk)), fk):
        p["facts"] = k
    for p in pick(P, 36, lambda p: p["role"] in "AC"):
        p["ref"] = "none"
    for p in pick(P, 36, lambda p: p["role"] in "AC"):
        p["survey"] = "none"
    for p in pick(P, 24):
        p["info"] = "missing"
    # closing: walk-outs only where no survey is owed (role B)
    for p in pick(P, 10, lambda p: p["role"] == "B"):
        p["close"] = "walkout"
    for i, p in enumerate(pick(P, 34, lambda p: p["close"] == "ok")):
        p["close"] = "survey_only" if (p["role"] != "B" and p["survey"] == "ok" and i % 2 == 0) else "plain"
    for p in pick(P, 40):
        p["cust_sorry"] = True
    for p in pick(P, 60):
        p["lookalike"] = True
    nd = pick(P, 4)
    for p in nd:
        p["no_duration"] = True
    nd[0]["transfer"] = True
    pick(P, 1, lambda p: not p["no_duration"])[0]["transfer"] = True
    return P


if __name__ == "__main__":
    import collections
    P = make_plan()
    for key in ["greet", "id", "close", "verif", "hold", "forbid", "dead", "rate", "complaint", "empathy", "side", "facts", "ref", "survey", "info", "first", "latency"]:
        print(key, dict(collections.Counter(str(p[key]) for p in P)))
