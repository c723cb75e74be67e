"""Per-contact plan: which defects a contact carries, drawn with a seeded RNG from hand-set rates.

The plan is the author's intent; labels.py turns it into the 19 labels and validate.py re-measures the
written text and timeline against them.
"""


def draw_plan(rng, sc, channel):
    voice = channel == "voice"
    p = {}
    r = rng.random()
    p["register"] = "curt" if r < 0.10 else ("rude" if r < 0.23 else "courteous")
    # a single soft 忌语 (buck-passing / refusal / cold) in an otherwise courteous contact
    p["soft_forbidden"] = p["register"] == "courteous" and rng.random() < 0.2
    p["lookalike"] = p["register"] == "courteous" and rng.random() < 0.45
    p["greeting"] = p["register"] != "curt" and rng.random() < 0.82
    # where the agent identifies itself: 1st turn, 2nd turn, only in the 3rd (too late), never
    p["id_pos"] = rng.choices(["first", "second", "late", "none"], [0.55, 0.15, 0.08, 0.22])[0]
    if p["register"] == "curt" and p["id_pos"] in ("first", "second") and rng.random() < 0.5:
        p["id_pos"] = "none"
    p["verify_fail"] = sc.get("verification", True) and rng.random() < 0.30
    p["verify_late"] = p["verify_fail"] and rng.random() < 0.5
    p["ask_info"] = rng.random() < 0.72
    empathy_scn = sc.get("empathy", False)
    p["complain_open"] = empathy_scn or rng.random() < 0.22
    p["complain_mid"] = rng.random() < 0.22
    p["customer_sorry"] = rng.random() < 0.3  # a customer apologising: not a complaint
    p["empathy_ok"] = p["register"] != "curt" and rng.random() < 0.6
    p["empathy_second"] = rng.random() < 0.3  # the acknowledgement comes in the 2nd agent turn, still in time
    p["hold"] = rng.choices(["none", "good", "no-thanks", "unannounced", "two-holds-one-bad"],
                            [0.4, 0.36, 0.12, 0.07, 0.05])[0]
    if p["register"] == "curt" and p["hold"] == "good":
        p["hold"] = "no-thanks"
    p["hold_events"] = voice and rng.random() < 0.5
    p["fact"] = rng.choices(["ok", "ok-cust-wrong", "fixed", "wrong", "late-wrong", "omit"],
                            [0.5, 0.1, 0.12, 0.1, 0.06, 0.12])[0]
    p["answer"] = rng.choices(["real", "non", "referral"], [0.72, 0.16, 0.12])[0]
    p["reference"] = sc.get("reference", True) and rng.random() < 0.62
    p["ref_decoy"] = rng.random() < 0.5  # a number that is not a reference (hotline, amount, date)
    p["survey"] = rng.random() < 0.68
    p["early_hangup"] = rng.random() < 0.08
    p["closing"] = rng.random() < 0.7
    p["closing_in_second_last"] = rng.random() < 0.25
    # timing defects
    p["first_slow"] = rng.random() < 0.18
    p["dead_air"] = rng.random() < 0.17
    p["latency"] = rng.random() < 0.2
    p["cust_pause"] = rng.random() < 0.45
    p["interrupt"] = voice and rng.random() < 0.35
    p["small_overlap"] = voice and rng.random() < 0.3
    p["barge_in"] = voice and rng.random() < 0.2  # the customer talks over the agent: not our defect
    p["rate"] = "normal"
    if voice:
        x = rng.random()
        p["rate"] = "fast" if x < 0.15 else ("slow" if x < 0.3 else "normal")
    p["ivr"] = voice and rng.random() < 0.5
    p["asr_noise"] = voice and rng.random() < 0.7
    p["chat_burst"] = (not voice) and rng.random() < 0.6
    return p
