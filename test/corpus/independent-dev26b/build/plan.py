# -*- coding: utf-8 -*-
"""Seeded plan: which contact gets which defect, where, and how."""
import random
from mat_common import SEED, TRADES, PFX

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response",
          "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered",
          "required-info"]

KIND_OF = {0: "acct", 1: "complaint", 2: "info"}


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    for ti, t in enumerate(TRADES):
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nvoice + ["webchat"] * (25 - nvoice)
        rng.shuffle(chans)
        scen = [0] * 9 + [1] * 8 + [2] * 8
        rng.shuffle(scen)
        for i in range(25):
            ch = chans[i]
            c = dict(cid="%s-%s-%02d" % (PFX, t, i + 1), trade=t, si=scen[i], kind=KIND_OF[scen[i]], channel=ch,
                     noisy=(ch == "voice" and rng.random() < 0.67), ivr=(ch == "voice" and rng.random() < 0.5),
                     bot=(ch == "webchat" and rng.random() < 0.4), target=rng.randint(6, 40),
                     open=rng.choice(["request", "request", "smalltalk", "apology"]),
                     verify_first=rng.random() < 0.6, id_pos=rng.choice([1, 1, 2]),
                     walkout=False, defects={}, pos={}, buried={}, double={}, hn=set())
            if c["kind"] == "complaint" and rng.random() < 0.6:
                c["open"] = "complaint"
            elif c["kind"] == "acct" and rng.random() < 0.15:
                c["open"] = "complaint"
            contacts.append(c)
    # walkouts (closing na)
    for c in rng.sample(contacts, 8):
        c["walkout"] = True
    voice = [c for c in contacts if c["channel"] == "voice"]
    chat = [c for c in contacts if c["channel"] == "webchat"]

    def ndef(c):
        return len(c["defects"])

    def pick(pool, n, check, kinds):
        pool = [c for c in pool if check not in c["defects"] and ndef(c) < 5]
        rng.shuffle(pool)
        pool.sort(key=lambda c: rng.random())
        chosen = pool[:n]
        for c in chosen:
            c["defects"][check] = rng.choice(kinds) if isinstance(kinds, list) else kinds
            c["pos"][check] = rng.choice(["early", "middle", "late"])
            c["buried"][check] = rng.random() < 0.4
            c["double"][check] = rng.random() < 0.25
        return chosen

    def cnt(lo=25, hi=40):
        return rng.randint(lo, hi)

    # order matters: constrained checks first
    pick(voice, rng.randint(16, 22), "interruption", "overlap")
    pick(voice, rng.randint(16, 22), "speech-rate", ["fast", "slow"])
    import importlib
    frs = {t: [sc["sla"][0] for sc in importlib.import_module("mat_" + t).SCEN] for t in TRADES}
    fr_voice = [c for c in voice if frs[c["trade"]][c["si"]] <= 7000]
    pick(chat, rng.randint(5, 8), "first-response", "chat-late")
    pick(fr_voice, rng.randint(2, 3), "first-response", "voice-late")  # resolved against SLA in gen
    # dead-air: voice short gaps and chat long gaps (the chat ones are also unannounced holds and latency fails)
    nda = cnt(25, 34)
    nda_chat = rng.randint(9, 12)
    pick(voice, nda - nda_chat, "dead-air", ["short", "short", "short", "unannounced-hold"])
    pick(chat, nda_chat, "dead-air", "long")
    # hold: unthanked holds (plus those above)
    pick(voice + chat, rng.randint(14, 18), "hold-etiquette", ["unthanked", "second-unthanked"])
    # response latency in chat (plus dead-air chat ones)
    pick(chat, rng.randint(14, 20), "response-latency", "slow")
    pol = pick(contacts, rng.randint(25, 30), "politeness", "rude")
    pick([c for c in contacts if "politeness" not in c["defects"]], rng.randint(8, 12), "forbidden-words",
         ["tuiwei", "lengmo", "toldyou"])
    ver = [c for c in contacts if c["kind"] in ("acct", "complaint")]
    pick(ver, cnt(25, 34), "verification", ["late", "never", "late"])
    pick(contacts, cnt(25, 32), "empathy", "unacked")
    pick(contacts, cnt(25, 34), "resolution", "standing")
    pick(contacts, cnt(25, 30), "fact-accuracy", ["wrong-last", "missing", "wrong-last"])
    pick([c for c in contacts if "fact-accuracy" not in c["defects"]], rng.randint(10, 14), "no-misinformation",
         "corrected")
    ref = [c for c in contacts if c["kind"] in ("acct", "complaint")]
    pick(ref, cnt(25, 30), "record-reference", "missing")
    sv = [c for c in contacts if c["kind"] in ("acct", "info")]
    pick(sv, cnt(25, 30), "survey-offered", "missing")
    pick(contacts, cnt(25, 32), "required-info", ["missing", "volunteered"])
    pick(contacts, cnt(25, 30), "greeting", "bad")
    pick(contacts, cnt(25, 32), "agent-id", ["late", "none", "bare"])
    pick([c for c in contacts if not c["walkout"]], cnt(25, 30), "closing", ["wrapup", "instruction"])
    # hard negatives and format variety
    for c in contacts:
        for hn in ["backchannel", "cust-sorry", "lookalike", "hotline", "thanks-nohold", "madegood", "nudge",
                   "notcomplaint", "near-overlap", "cust-pause", "side-q", "hold-ok"]:
            if rng.random() < 0.35:
                c["hn"].add(hn)
        if c["defects"].get("no-misinformation") == "corrected" and rng.random() < 0.5:
            c["hn"].add("notcomplaint")
    normal = contacts
    for c in rng.sample(normal, 4):
        c["nodur"] = True
    c = rng.choice([x for x in normal if not x.get("nodur")])
    c["transfer"] = True
    for c in contacts:
        c["hn"] = sorted(c["hn"])
    return contacts, rng


if __name__ == "__main__":
    cs, _ = make_plan()
    from collections import Counter
    k = Counter()
    for c in cs:
        for d in c["defects"]:
            k[d] += 1
    print(k)
    print(Counter(len(c["defects"]) for c in cs))
