"""Which defects each contact carries. Quotas are fixed numbers sampled with the seeded RNG so every
check gets its pass and fail share; the dialogue writer (dialogue.py) turns a plan into turns."""
import random

VOICE_ONLY = ("interruption", "speech-rate")


def sample(rng, pool, k):
    pool = list(pool)
    rng.shuffle(pool)
    return set(pool[:k])


def make_plans(contacts, rng: random.Random):
    """contacts: list of dicts with id, sc (scenario), channel. Returns {id: plan}."""
    ids = [c["id"] for c in contacts]
    by = {c["id"]: c for c in contacts}
    voice = [i for i in ids if by[i]["channel"] == "voice"]
    chat = [i for i in ids if by[i]["channel"] == "webchat"]
    req = lambda key: [i for i in ids if by[i]["sc"]["requires"][key]]
    plans = {i: {} for i in ids}

    curt = sample(rng, ids, 14)
    forbidden = sample(rng, ids, 34)
    greet_fail = curt | sample(rng, [i for i in ids if i not in curt], 12)
    idf = sample(rng, ids, 33)
    verif_fail = sample(rng, req("verification"), 40)
    reqinfo_fail = sample(rng, ids, 30)
    holds = list(ids)
    rng.shuffle(holds)
    hold_kind = {}
    for n, i in enumerate(holds):
        hold_kind[i] = ("proper" if n < 42 else "nothanks" if n < 58 else "double" if n < 63 else "short" if n < 71 else "none")
    dead_gap = sample(rng, ids, 16)
    long_silence = sample(rng, [i for i in ids if i not in dead_gap], 16)
    nag = sample(rng, chat, 10)
    fr_fail = sample(rng, ids, 21)
    cust_pause = sample(rng, ids, 22)
    interrupt = sample(rng, voice, 18)
    soft_overlap = sample(rng, [i for i in voice if i not in interrupt], 12)
    fast = sample(rng, voice, 9)
    slow = sample(rng, [i for i in voice if i not in fast], 9)
    brisk = sample(rng, [i for i in voice if i not in fast | slow], 5)
    fact_modes = ["wrong"] * 18 + ["w2r"] * 10 + ["r2w"] * 8 + ["unstated"] * 12 + ["neg"] * 7
    fact_mode = dict(zip(sample_list(rng, ids), fact_modes))
    non_answer = sample(rng, [i for i in ids if fact_mode.get(i) != "unstated"], 18)
    referral = sample(rng, [i for i in ids if i not in non_answer], 12)
    ref_pool = req("reference")
    rng.shuffle(ref_pool)
    ref_kind = {i: ("lookalike" if n < 20 else "none" if n < 50 else "pass") for n, i in enumerate(ref_pool)}
    survey_fail = sample(rng, req("survey"), 42)
    closing_na = sample(rng, ids, 10)
    closing_fail = sample(rng, [i for i in ids if i not in closing_na], 30)
    complaint2 = sample(rng, ids, 40)
    lookalike = sample(rng, ids, 26)
    apology = sample(rng, ids, 20)
    ivr = sample(rng, voice, 24)
    unknown_event = sample(rng, ids, 4)
    no_joined = sample(rng, [i for i in voice if i not in ivr], 6)

    warm = sample(rng, [i for i in chat if i not in curt], 10)
    for i in ids:
        sc = by[i]["sc"]
        p = plans[i]
        p["curt"] = i in curt
        p["warm"] = i in warm
        p["forbidden"] = i in forbidden
        p["greet_fail"] = i in greet_fail
        p["id_fail"] = i in idf
        p["id_second"] = (not p["id_fail"]) and rng.random() < 0.25
        p["verif"] = "na" if not sc["requires"]["verification"] else (rng.choice(["none", "none", "late"]) if i in verif_fail else "pass")
        p["reqinfo_fail"] = i in reqinfo_fail
        p["hold"] = "nothanks" if p["curt"] and hold_kind[i] in ("proper", "double") else hold_kind[i]
        p["dead_gap"] = i in dead_gap
        p["long_silence"] = i in long_silence
        p["nag"] = i in nag
        p["fr_fail"] = i in fr_fail
        p["cust_pause"] = i in cust_pause
        p["interrupt"] = i in interrupt
        p["soft_overlap"] = i in soft_overlap
        p["rate"] = "fast" if i in fast else "slow" if i in slow else "brisk" if i in brisk else "normal"
        p["fact"] = fact_mode.get(i, "right")
        p["follow"] = "nonanswer" if i in non_answer else "referral" if i in referral else rng.choice(["real", "real", "vague"])
        p["ref"] = ref_kind.get(i, "na")
        p["survey"] = "na" if not sc["requires"]["survey"] else ("fail" if (i in survey_fail or p["curt"]) else "pass")
        p["closing"] = "na" if i in closing_na else "fail" if i in closing_fail else "pass"
        emp_required = sc["requires"]["empathy"]
        p["complaint1"] = emp_required or rng.random() < 0.3
        p["complaint2"] = i in complaint2
        p["emp_fail1"] = p["complaint1"] and (p["curt"] or rng.random() < 0.3)
        p["emp_fail2"] = p["complaint2"] and (p["curt"] or rng.random() < 0.35)
        p["lookalike"] = i in lookalike and not p["curt"]
        p["apology"] = i in apology
        p["ivr"] = i in ivr
        p["unknown_event"] = i in unknown_event
        p["no_joined"] = i in no_joined
        p["noise"] = by[i]["channel"] == "voice" and rng.random() < 0.72
    return plans


def sample_list(rng, ids):
    ids = list(ids)
    rng.shuffle(ids)
    return ids
