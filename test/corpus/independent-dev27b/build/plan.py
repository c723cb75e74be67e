# Seeded plan: which contacts carry which defects, and the shape of every contact.
import random, importlib
from mat_common import TRADES
SEED = 105727
MAXDEF = 5

def load():
    return {t: importlib.import_module("mat_" + t) for t in TRADES}

def make_plan(seed=SEED):
    rng = random.Random(seed)
    M = load()
    contacts = []
    vcount = 0
    for ti, t in enumerate(TRADES):
        m = M[t]
        scen_seq = [0] * 9 + [1] * 8 + [2] * 8
        rng.shuffle(scen_seq)
        # 75 voice over 150: alternate trades 13/12
        nv = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nv + ["webchat"] * (25 - nv)
        rng.shuffle(chans)
        for i in range(25):
            sc = m.SCEN[scen_seq[i]]
            ch = chans[i]
            c = dict(id=f"h20b-{t}-{i+1:02d}", trade=t, scen=sc["id"], kind=sc["kind"], channel=ch, d={})
            c["noisy"] = ch == "voice" and rng.random() < 0.67
            c["ivr"] = ch == "voice" and rng.random() < 0.5
            c["joined"] = not (ch == "voice" and not c["ivr"] and rng.random() < 0.35)
            c["bot"] = ch == "webchat" and rng.random() < 0.35
            c["bubbles"] = ch == "webchat" and rng.random() < 0.33
            c["length"] = rng.randint(6, 34)
            c["opening"] = rng.choice(["request", "request", "smalltalk", "complaint", "apology"])
            if c["opening"] == "complaint" and sc["kind"] == "info" and rng.random() < 0.5:
                c["opening"] = "request"
            c["verify_first"] = rng.random() < 0.5
            c["idpos"] = rng.choice([1, 1, 2])
            c["hold"] = rng.random() < 0.3   # announced, thanked hold (may be overridden by a defect)
            c["side"] = rng.random() < 0.45
            c["casual"] = rng.random() < 0.15
            c["backch"] = ch == "voice" and rng.random() < 0.5
            c["softoverlap"] = ch == "voice" and rng.random() < 0.3
            c["nudge_ok"] = ch == "webchat" and rng.random() < 0.25
            c["custpause"] = rng.random() < 0.2
            c["thanks_nohold"] = rng.random() < 0.15
            c["neg"] = rng.random() < 0.6
            c["readback"] = sc["kind"] != "info" and rng.random() < 0.2
            c["walkout"] = False
            c["extra_complaint"] = sc["kind"] != "complaint" and rng.random() < 0.15  # acknowledged complaint
            c["rate"] = rng.uniform(175, 255)
            c["custrate"] = rng.uniform(220, 300)
            contacts.append(c)
    byid = {c["id"]: c for c in contacts}
    voice = [c for c in contacts if c["channel"] == "voice"]
    chat = [c for c in contacts if c["channel"] == "webchat"]
    # walk-outs: closing na
    for c in rng.sample(contacts, 8):
        c["walkout"] = True
    SL = {}
    for t in TRADES:
        for s in M[t].SCEN:
            SL[s["id"]] = s["sla"]

    clean = set(c["id"] for c in rng.sample(contacts, 9))   # contacts left without planned defects
    def assign(name, pool, n, mode_fn):
        pool = [c for c in pool if len(c["d"]) < MAXDEF and name not in c["d"] and c["id"] not in clean]
        rng.shuffle(pool)
        pool.sort(key=lambda c: len(c["d"]))
        for c in pool[:n]:
            c["d"][name] = mode_fn(c)

    pos = lambda: rng.choice(["early", "middle", "late"])
    n = lambda lo=25, hi=31: rng.randint(lo, hi)
    assign("greeting", contacts, n(), lambda c: {})
    assign("agent-id", contacts, n(), lambda c: {"mode": rng.choice(["late", "late", "never"])})
    assign("closing", [c for c in contacts if not c["walkout"]], n(), lambda c: {})
    assign("politeness", contacts, n(), lambda c: {"pos": pos(), "two": rng.random() < 0.2, "protest": rng.random() < 0.45,
                                                   "buried": rng.random() < 0.4})
    assign("forbidden", contacts, rng.randint(8, 12), lambda c: {"kind": "toldyou" if rng.random() < 0.3 else "brush"})
    assign("verification", [c for c in contacts if c["kind"] != "info"], n(), lambda c: {"mode": rng.choice(["late", "never"])})
    assign("hold", contacts, n(20, 23), lambda c: {"mode": rng.choice(["unannounced", "nothanks", "nothanks2"])})
    assign("interruption", voice, n(15, 20), lambda c: {"pos": pos(), "two": rng.random() < 0.2})
    assign("dead-air", contacts, n(20, 26), lambda c: {"pos": pos()})
    assign("speech-rate", voice, n(15, 20), lambda c: {"fast": rng.random() < 0.6})
    assign("empathy", contacts, n(28, 34), lambda c: {"two": rng.random() < 0.3})
    assign("resolution", contacts, n(), lambda c: {"pos": pos()})
    frpool = chat + [c for c in voice if SL[c["scen"]][0] <= 7000]
    assign("first-response", frpool, rng.randint(7, 11), lambda c: {})
    latpool = chat + [c for c in voice if SL[c["scen"]][1] <= 13000]
    lat_v = [c for c in latpool if c["channel"] == "voice"]
    assign("latency", [c for c in latpool if c["channel"] == "webchat"], n(23, 28), lambda c: {"nudge": rng.random() < 0.4})
    assign("latency", lat_v, 3, lambda c: {"nudge": False})
    assign("misinfo", contacts, n(), lambda c: {"mode": rng.choice(["corrected", "corrected", "wronglast"]),
                                                "fact": rng.choice([0, 1])})
    n_acc_extra = max(0, n() - sum(1 for c in contacts if c["d"].get("misinfo", {}).get("mode") == "wronglast"))
    assign("omitfact", [c for c in contacts if "misinfo" not in c["d"]], n_acc_extra, lambda c: {})
    assign("reference", [c for c in contacts if c["kind"] != "info"], n(), lambda c: {})
    assign("survey", [c for c in contacts if c["kind"] != "complaint"], n(), lambda c: {})
    assign("required", contacts, n(), lambda c: {"volunteer": rng.random() < 0.5})
    for c in contacts:
        if "hold" in c["d"]:
            c["hold"] = True
        c["seed"] = rng.randint(0, 10**9)
    # four contacts without durationMs, one with an unknown event
    for c in rng.sample(contacts, 5)[:4]:
        c["nodur"] = True
    rest = [c for c in contacts if not c.get("nodur")]
    rng.choice(rest)["transfer"] = True
    return contacts

if __name__ == "__main__":
    P = make_plan()
    from collections import Counter
    cnt = Counter(k for c in P for k in c["d"])
    print(dict(cnt)); print(Counter(len(c["d"]) for c in P))
