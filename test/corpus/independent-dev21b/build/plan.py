# -*- coding: utf-8 -*-
"""Seeded plan for independent-dev21b: which contact carries which defect and hard negative.

plan() returns one dict per normal contact (150). Defects are spread: every draw prefers the contacts
with the fewest defects so far (ties broken by the seeded generator).
"""
import random

SEED = 83562
DOMAINS = ["traffic", "lottery", "hotpot", "curtain", "freight", "supplement"]


def plan():
    rng = random.Random(SEED)
    cs = []
    for d, dom in enumerate(DOMAINS):
        for i in range(25):
            g = d * 25 + i
            letter = "ABC"[i % 3] if i < 24 else "A"
            cs.append(dict(g=g, domain=dom, n=i + 1, letter=letter, channel="voice" if g % 2 == 0 else "webchat", nd=0))

    def draw(pool, k, defect=True):
        pool = list(pool)
        rng.shuffle(pool)
        pool.sort(key=lambda c: c["nd"] if defect else 0)
        out = pool[:k]
        assert len(out) == k, (k, len(pool))
        if defect:
            for c in out:
                c["nd"] += 1
        return out

    voice = [c for c in cs if c["channel"] == "voice"]
    chat = [c for c in cs if c["channel"] == "webchat"]
    for c in cs:
        c.update(walkout=False, greet_fail=False, id_mode="t1", close_fail=False, rude=False, s5=None, ver="pass",
                 hold="none", interrupt=False, dead=False, rate="ok", complaint=c["letter"] in "BC", esc=False, emp="pass",
                 res="ok", fr_fail=False, lat_fail=False, f1="ok", f2="ok", ref_fail=False, survey_fail=False,
                 info_fail=False, backchannel=False, lookalike=False, nudge=False, bot=False, ivr=False, asr=False,
                 no_duration=False, transfer=False)

    for c in draw([c for c in cs if c["letter"] == "C"], 12, defect=False):
        c["walkout"] = True
    for c in draw([c for c in cs if c["letter"] == "A"], 16, defect=False):
        c["complaint"] = True
    for c in draw(cs, 30):
        c["greet_fail"] = True
    ids = draw(cs, 30)
    for j, c in enumerate(ids):
        c["id_mode"] = "none" if j < 18 else "t3"
    for c in draw([c for c in cs if not c["walkout"]], 28):
        c["close_fail"] = True
    for c in draw(cs, 28):
        c["rude"] = True
    forb = draw([c for c in cs if not c["rude"]], 14)
    for j, c in enumerate(forb):
        c["s5"] = "told" if j < 7 else "cold"
    vers = draw([c for c in cs if c["letter"] in "AB"], 30)
    for j, c in enumerate(vers):
        c["ver"] = "none" if j < 18 else "late"
    holders = draw(cs, 64, defect=False)
    for c in holders:
        c["hold"] = "ok"
    bad = draw(holders, 32)
    for j, c in enumerate(bad):
        c["hold"] = "nothanks" if j < 22 else "unann"
    for c in draw(voice, 20):
        c["interrupt"] = True
    for c in draw(voice, 24):
        c["dead"] = True
    rates = draw(voice, 18)
    for j, c in enumerate(rates):
        c["rate"] = "slow" if j % 2 == 0 else "fast"
    comp = [c for c in cs if c["complaint"]]
    for c in draw([c for c in comp if not c["rude"]], 36, defect=False):
        c["esc"] = True
    f1s = draw(comp, 18)
    for c in f1s:
        c["emp"] = "fail1"
    for c in draw([c for c in comp if c["esc"] and c["emp"] == "pass"], 14):
        c["emp"] = "fail2"
    for c in draw(cs, 30):
        c["res"] = "fail"
    for c in draw([c for c in cs if c["res"] == "ok" and c["s5"] is None], 12, defect=False):
        c["res"] = "madegood"
        c["s5"] = "press"
    for c in draw([c for c in chat] + [c for c in voice if c["letter"] == "A"], 10):
        c["fr_fail"] = True
    for c in draw([c for c in voice if c["letter"] == "A" and not c["dead"]], 8):
        c["lat_fail"] = True
    for c in draw(chat, 20):
        c["lat_fail"] = True
    facts = draw(cs, 42)
    for j, c in enumerate(facts):
        if j < 22:
            c["f1" if j % 2 == 0 else "f2"] = "wrong"
        elif j < 32:
            c["f2"] = "omitted"
        else:
            c["f1" if j % 2 == 0 else "f2"] = "corrected"
    for c in draw([c for c in cs if c["letter"] in "AC" and not c["walkout"]], 30):
        c["ref_fail"] = True
    for c in draw([c for c in cs if c["letter"] in "AB"], 30):
        c["survey_fail"] = True
    for c in draw(cs, 12):
        c["info_fail"] = True
    # hard negatives and realism
    rest = [c for c in cs if c["s5"] is None]
    for j, c in enumerate(draw(rest, 26, defect=False)):
        c["s5"] = "polite_rep" if j < 14 else "polite_muse"
    for c in draw(voice, 30, defect=False):
        c["backchannel"] = True
    for c in cs:
        c["lookalike"] = rng.random() < 0.6
    for c in draw(chat, 12, defect=False):
        c["nudge"] = True
    for c in draw(chat, 10, defect=False):
        c["bot"] = True
    for c in draw(voice, 38, defect=False):
        c["ivr"] = True
    for c in draw(voice, 50, defect=False):
        c["asr"] = True
    for c in draw(cs, 4, defect=False):
        c["no_duration"] = True
    for c in draw([c for c in cs if not c["no_duration"]], 1, defect=False):
        c["transfer"] = True
    for c in cs:
        c["seed"] = rng.randrange(1 << 30)
    return cs


if __name__ == "__main__":
    ps = plan()
    from collections import Counter
    print(Counter(c["nd"] for c in ps))
