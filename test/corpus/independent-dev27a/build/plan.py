# -*- coding: utf-8 -*-
"""Seeded plan for independent-dev27a: which contacts carry which defects, and how."""
import random
from mat_common import TRADES

SEED = 94153
# defect kind -> checks it fails
KINDS = {
    "interrupt": ["interruption"], "rate": ["speech-rate"], "dead_only": ["dead-air"],
    "fr": ["first-response"], "lat": ["response-latency"],
    "hold_u": ["hold-etiquette", "dead-air"], "hold_nt": ["hold-etiquette"],
    "verif": ["verification"], "ref": ["record-reference"], "survey": ["survey-offered"],
    "fact_w": ["fact-accuracy", "no-misinformation"], "fact_n": ["fact-accuracy"], "fact_c": ["no-misinformation"],
    "rude": ["politeness", "forbidden-words"], "jiyu": ["forbidden-words"],
    "emp": ["empathy"], "resol": ["resolution"], "greet": ["greeting"], "id": ["agent-id"],
    "close": ["closing"], "req": ["required-info"],
}
EXCL = [{"fact_w", "fact_n", "fact_c"}, {"hold_u", "hold_nt"}]


def eligible(kind, c):
    k = c["kind"]
    if kind in ("interrupt", "rate", "dead_only"):
        return c["channel"] == "voice"
    if kind in ("fr", "lat"):
        return c["channel"] == "webchat"
    if kind in ("verif", "ref"):
        return k in ("acct", "compl")
    if kind == "survey":
        return k in ("acct", "info")
    if kind == "close":
        return not c["walkout"]
    return True


def make_plan(seed=SEED):
    rng = random.Random(seed)
    contacts = []
    for ti, t in enumerate(TRADES):
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nvoice + ["webchat"] * (25 - nvoice)
        rng.shuffle(chans)
        sc = [0] * 9 + [1] * 8 + [2] * 8
        rng.shuffle(sc)
        for i in range(25):
            kind = ["acct", "compl", "info"][sc[i]]
            contacts.append({"id": "h20a-%s-%02d" % (t, i + 1), "trade": t, "scen": sc[i], "kind": kind,
                             "channel": chans[i], "defects": set(), "walkout": False})
    # walkouts (closing na)
    for c in rng.sample(contacts, 5):
        c["walkout"] = True
    counts = {}
    for k in ["greet", "id", "close", "verif", "emp", "resol", "lat", "ref", "survey", "req"]:
        counts[k] = rng.randint(25, 40)
    counts["interrupt"] = rng.randint(15, 24)
    counts["rate"] = rng.randint(15, 24)
    counts["fr"] = rng.randint(6, 12)
    pol = rng.randint(25, 32)
    forb = rng.randint(pol + 3, min(40, pol + 9))
    counts["rude"], counts["jiyu"] = pol, forb - pol
    H, D = rng.randint(25, 40), rng.randint(25, 40)
    U = min(H, D) - rng.randint(4, 8)
    counts["hold_u"], counts["hold_nt"], counts["dead_only"] = U, H - U, D - U
    A, M = rng.randint(25, 40), rng.randint(25, 40)
    w = rng.randint(8, 12)
    counts["fact_w"], counts["fact_n"], counts["fact_c"] = w, A - w, M - w
    order = ["interrupt", "rate", "dead_only", "fr", "lat", "hold_u", "hold_nt", "verif", "ref", "survey",
             "fact_w", "fact_n", "fact_c", "rude", "jiyu", "emp", "resol", "greet", "id", "close", "req"]

    def nfail(c, extra=None):
        ks = set(c["defects"]) | ({extra} if extra else set())
        return len({ch for k in ks for ch in KINDS[k]})

    for kind in order:
        cand = []
        for c in contacts:
            if not eligible(kind, c) or kind in c["defects"]:
                continue
            if any(kind in g and (c["defects"] & g) for g in EXCL):
                continue
            if nfail(c, kind) > 5:
                continue
            cand.append((rng.random() * (1 + 0.7 * nfail(c)), c["id"], c))
        cand.sort(key=lambda x: (x[0], x[1]))
        for _, _, c in cand[:counts[kind]]:
            c["defects"].add(kind)
    # per-contact options
    for n, c in enumerate(contacts):
        d = c["defects"]
        v = c["channel"] == "voice"
        c["asr"] = v and rng.random() < 0.67
        c["ivr"] = v and rng.random() < 0.5
        c["bot"] = (not v) and rng.random() < 0.35
        c["split"] = (not v) and rng.random() < 0.28
        c["open"] = rng.choice(["request", "request", "smalltalk", "apology", "complaint"])
        if c["kind"] == "compl" and rng.random() < 0.6:
            c["open"] = "complaint"
        c["id_mode"] = rng.choice(["late", "none", "bad"]) if "id" in d else rng.choice([1, 1, 2])
        c["greet_mode"] = "bad" if "greet" in d else "good"
        c["close_mode"] = rng.choice(["wrap", "instr", "none"]) if "close" in d else "good"
        c["verif_mode"] = rng.choice(["before", "never"]) if "verif" in d else "ok"
        c["verify_first"] = rng.random() < 0.5
        c["fact_target"] = rng.randint(0, 1)
        c["fact_late_wrong"] = rng.random() < 0.4
        c["pos"] = {k: rng.choice(["early", "middle", "late"]) for k in ("rude", "jiyu", "emp", "resol", "side")}
        c["buried"] = rng.random() < 0.5
        c["double_rude"] = "rude" in d and rng.random() < 0.3
        c["protest"] = "rude" in d and rng.random() < 0.5
        c["double_hold"] = rng.random() < 0.25
        c["hold_ok"] = (not (d & {"hold_u", "hold_nt"})) and rng.random() < 0.3
        c["hold_events"] = v and rng.random() < 0.5
        c["rate_mode"] = rng.choice(["slow", "fast"])
        c["nudge"] = (not v) and rng.random() < 0.4
        c["extra_complaint"] = c["kind"] != "compl" and ("emp" in d or rng.random() < 0.2)
        c["double_complaint"] = rng.random() < 0.35
        c["side"] = rng.random() < 0.6 or "resol" in d
        c["made_good"] = "resol" not in d and rng.random() < 0.3
        c["casual"] = rng.random() < 0.2
        c["look"] = rng.random() < 0.45
        c["thanks_nohold"] = rng.random() < 0.15
        c["soft_overlap"] = v and rng.random() < 0.4
        c["length"] = rng.randint(6, 40)
        c["agent"] = rng.randint(0, 3)
        c["staff"] = str(rng.randint(101, 9899))
        c["rng"] = rng.randint(0, 10 ** 9)
        if "fact_n" in d and c["kind"] == "compl":
            c["fact_target"] = 1  # the unstated fact is never the matter the customer complains about
    return contacts
