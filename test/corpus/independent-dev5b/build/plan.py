"""Which defects each contact carries: seeded, quota-driven, so every check gets enough passes and fails.

A plan is a dict of choices per contact; gen.py turns it into dialogue and derives labels from what it
wrote. Quotas are drawn from eligible pools (e.g. verification only where the scenario requires it).
"""
import random

N_PER_DOMAIN = 25


def pick(rng, pool, k):
    pool = list(pool)
    rng.shuffle(pool)
    return set(pool[:k])


def make_plans(domains, seed=5):
    rng = random.Random(seed)
    contacts = []
    for d_i, dom in enumerate(domains):
        for j in range(N_PER_DOMAIN):
            i = len(contacts)
            sc = dom["scenarios"][j % 3]
            contacts.append({"i": i, "dom": dom, "sc": sc, "channel": "voice" if i % 2 == 0 else "webchat",
                             "n": j // 3 + 1})
    idx = range(len(contacts))
    voice = [i for i in idx if contacts[i]["channel"] == "voice"]
    chat = [i for i in idx if contacts[i]["channel"] == "webchat"]
    req = lambda k: [i for i in idx if contacts[i]["sc"]["requires"].get(k)]

    curt = pick(rng, idx, 10)
    greet_fail = pick(rng, idx, 22)
    id_fail = pick(rng, idx, 33)
    forbidden = pick(rng, [i for i in idx if i not in curt], 33)
    verify_fail = pick(rng, req("verification"), 33)
    interrupt = pick(rng, voice, 20)
    overlap_ok = pick(rng, [i for i in voice if i not in interrupt], 15)
    rate_fail = pick(rng, voice, 18)
    first_fail = pick(rng, chat, 20)
    dead_air = pick(rng, idx, 28)
    latency = pick(rng, [i for i in idx if i not in dead_air], 24)
    # announced holds: pass ones only where no unannounced silence is planned
    quiet = [i for i in idx if i not in dead_air and i not in latency and i not in curt]
    hold_ok = pick(rng, quiet, 34)
    hold_bad = pick(rng, [i for i in idx if i not in hold_ok], 18)
    closing_na = pick(rng, [i for i in idx if not contacts[i]["sc"]["requires"].get("survey")], 4)
    closing_fail = pick(rng, [i for i in idx if i not in closing_na], 31)
    survey_fail = pick(rng, [i for i in req("survey") if i not in closing_na], 28)
    ref_pool = [i for i in req("reference")]
    ref_none = pick(rng, ref_pool, 20)
    ref_look = pick(rng, [i for i in ref_pool if i not in ref_none], 13)
    reqinfo_fail = pick(rng, idx, 26)
    extra_non = pick(rng, idx, 25)
    extra_help = pick(rng, [i for i in idx if i not in extra_non], 16)
    fact_states = ["wrong"] * 12 + ["wrong-then-right"] * 8 + ["right-then-wrong"] * 6 + ["negated-then-right"] * 6 + ["absent"] * 6
    fact_idx = list(idx)
    rng.shuffle(fact_idx)
    fact_of = {i: fact_states[k] if k < len(fact_states) else "right" for k, i in enumerate(fact_idx)}
    complain_extra = pick(rng, [i for i in idx if not contacts[i]["sc"]["requires"].get("empathy")], 16)
    complainers = [i for i in idx if contacts[i]["sc"]["requires"].get("empathy") or i in complain_extra]
    empathy_fail = pick(rng, complainers, 33)
    cust_apology = pick(rng, idx, 18)
    lookalike = pick(rng, idx, 40)
    no_duration = pick(rng, [i for i in voice if i not in dead_air and i not in latency][:40], 2) | pick(rng, [i for i in chat if i not in dead_air and i not in latency][:40], 2)

    for c in contacts:
        i = c["i"]
        c.update({
            "rng": random.Random(seed * 1000 + i),
            "curt": i in curt,
            "greet_fail": i in greet_fail,
            "id_fail": i in id_fail,
            "forbidden": i in forbidden,
            "verify_fail": i in verify_fail,
            "interrupt": i in interrupt,
            "overlap_ok": i in overlap_ok,
            "rate": "fast" if i in rate_fail and i % 4 == 0 else ("slow" if i in rate_fail else "ok"),
            "first_fail": i in first_fail,
            "dead_air": i in dead_air,
            "latency": i in latency,
            "hold": "ok" if i in hold_ok else ("bad" if i in hold_bad else "none"),
            "closing": "na" if i in closing_na else ("fail" if i in closing_fail else "ok"),
            "survey_fail": i in survey_fail,
            "ref": "none" if i in ref_none else ("lookalike" if i in ref_look else "ok"),
            "reqinfo_fail": i in reqinfo_fail,
            "extra": "non" if i in extra_non else ("help" if i in extra_help else "ok"),
            "fact": fact_of[i],
            "complain": i in complainers,
            "empathy_fail": i in empathy_fail,
            "cust_apology": i in cust_apology,
            "lookalike": i in lookalike,
            "no_duration": i in no_duration,
        })
    return contacts
