"""Turns a contact's plan (the author's intent) into the 19 labels with a reason for each fail/tricky pass."""

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]


def label_contact(plan, sc, req, channel, info, meta, sla_latency):
    voice = channel == "voice"
    L, W = {}, {}

    def put(check, value, why=None):
        L[check] = value
        if why:
            W[check] = why

    curt, rude = plan["register"] == "curt", plan["register"] == "rude"
    put("greeting", "pass" if plan["greeting"] else "fail",
        None if plan["greeting"] else "first agent turn opens with the centre's name or a curt 喂, no 问候")
    idp = plan["id_pos"]
    put("agent-id", "pass" if idp in ("first", "second") else "fail",
        {"first": None, "second": "tricky pass: staff id / name+role given in the agent's 2nd turn",
         "late": "id only given in the 3rd agent turn, too late", "none": "no staff number or name+role; at most a bare role or the hotline"}[idp])
    if plan["early_hangup"]:
        put("closing", "na", "customer hung up right after the action/survey, before the agent could wrap up")
    elif plan["closing"]:
        put("closing", "pass", "tricky pass: the 结束语 is in the second-to-last agent turn" if plan["closing_in_second_last"] else None)
    else:
        put("closing", "fail", "last two agent turns: a wrap-up question and a bare acknowledgement, no thanks/wish/goodbye")
    if meta["forbidden"]:
        put("forbidden-words", "fail", "忌语: " + meta["forbidden"][0])
    else:
        put("forbidden-words", "pass", "tricky pass: courteous look-alike (referral with help / rule + option / polite repeat)" if plan["lookalike"] else None)
    if not req["verification"]:
        put("verification", "na")
    elif plan["verify_fail"]:
        put("verification", "fail", "account data disclosed before any identity check" + ("; the check comes only afterwards" if plan["verify_late"] else ""))
    else:
        put("verification", "pass")
    h = plan["hold"]
    hold_thr = 15000 if voice else 30000
    silent = [g for g in (info["dead_air_gap"], info["latency_gap"]) if g and g >= hold_thr]
    if silent:
        put("hold-etiquette", "fail", f"a {silent[0] / 1000:.0f}s silence while the customer waits, with no request to wait and no thanks: an unannounced hold")
    elif h == "none":
        put("hold-etiquette", "na")
    elif h == "good":
        put("hold-etiquette", "pass", "asked to wait before the hold and thanked after it")
    elif h == "no-thanks":
        put("hold-etiquette", "fail", "asked to wait but came back without thanking for the wait")
    elif h == "unannounced":
        put("hold-etiquette", "fail", "went silent to look something up without asking the customer to wait, no thanks after")
    else:
        put("hold-etiquette", "fail", "two holds: the first announced and thanked, the second announced but not thanked")
    if curt:
        put("politeness", "fail", "curt register throughout: 你 not 您, terse replies, no softeners")
    elif rude:
        put("politeness", "fail", "rude/mocking/impatient line: " + meta["forbidden"][0])
    else:
        put("politeness", "pass", "tricky pass: one soft 忌语 (buck-passing/refusal/cold) in an otherwise courteous contact counts as forbidden-words only"
            if plan["soft_forbidden"] else None)
    if not voice:
        put("interruption", "na")
        put("speech-rate", "na")
    else:
        put("interruption", "fail" if info["interrupt_done"] else "pass",
            "agent starts 1–2.2 s before the customer finished" if info["interrupt_done"]
            else ("tricky pass: overlaps under 0.8 s or the customer talking over the agent" if plan["small_overlap"] or plan["barge_in"] else None))
        put("speech-rate", "pass" if plan["rate"] == "normal" else "fail",
            None if plan["rate"] == "normal" else f"agent speaks {'over 300' if plan['rate'] == 'fast' else 'under 120'} characters per minute")
    # timing by intent (validate.py re-measures)
    dead = []
    if info["dead_air_gap"]:
        dead.append(f"unannounced {info['dead_air_gap'] / 1000:.1f}s silence after a customer turn")
    if voice and plan["first_slow"]:
        dead.append("over 20 s of silence after the agent joined")
    if h == "unannounced":
        dead.append("silent look-up without asking to wait")
    lat = info["latency_gap"]
    if lat and (voice or lat >= 30000):
        dead.append(f"reply {lat / 1000:.1f}s late")
    put("dead-air", "fail" if dead else "pass", "; ".join(dead) if dead else
        ("tricky pass: long pauses are the customer's or announced holds" if plan["cust_pause"] or h != "none" else None))
    late = []
    if lat:
        late.append(f"one reply {lat / 1000:.1f}s after the customer (target {sla_latency / 1000:.0f}s)")
    if info["dead_air_gap"] and info["dead_air_gap"] > sla_latency:
        late.append("the dead-air silence also exceeds the reply target")
    if h == "unannounced" and not voice and sla_latency < 31000:
        late.append("the silent look-up exceeds the reply target")
    put("response-latency", "fail" if late else "pass", "; ".join(late) if late else
        ("tricky pass: announced holds are excepted" if h in ("good", "no-thanks", "two-holds-one-bad") else None))
    put("first-response", "fail" if plan["first_slow"] else "pass",
        "first agent turn more than 20 s after the agent joined" if plan["first_slow"] else None)
    complained = meta["complaints"] > 0 or req["empathy"]
    if not complained:
        put("empathy", "na", "tricky na: the customer only apologises / is in a hurry, no complaint" if plan["customer_sorry"] else None)
    elif plan["empathy_ok"]:
        put("empathy", "pass", "apology/acknowledgement follows each complaint" + (" (in the 2nd agent turn)" if plan["empathy_second"] else ""))
    else:
        put("empathy", "fail", "complaint answered with 别急 / procedure / a promise only, no apology or acknowledgement")
    f, a = plan["fact"], plan["answer"]
    res = []
    if f == "omit":
        res.append("the fact is never stated (only 'per the system/rules')")
    if a == "non":
        res.append("the follow-up question gets a non-answer with no look-up or referral")
    put("resolution", "fail" if res else "pass", "; ".join(res) if res else
        ("tricky pass: can't-say followed by a referral/look-up with help" if a == "referral" else None))
    put("fact-accuracy", "pass" if f in ("ok", "ok-cust-wrong", "fixed") else "fail",
        {"ok": None, "ok-cust-wrong": "tricky pass: the customer's wrong value is corrected", "fixed": "tricky pass: wrong value corrected later",
         "wrong": "wrong value stated", "late-wrong": "correct value later 'corrected' to a wrong one", "omit": "fact never stated"}[f])
    put("no-misinformation", "fail" if f in ("fixed", "wrong", "late-wrong") else "pass",
        {"fixed": "a known-wrong value was stated before the correction", "wrong": "known-wrong value stated",
         "late-wrong": "known-wrong value stated", "ok-cust-wrong": "tricky pass: only the customer said the wrong value"}.get(f))
    if not req["reference"]:
        put("record-reference", "na")
    elif plan["reference"]:
        put("record-reference", "pass")
    else:
        put("record-reference", "fail", "no reference number" + ("; the numbers given are a hotline/amount/date" if plan["ref_decoy"] else ""))
    if not req["survey"]:
        put("survey-offered", "na")
    else:
        put("survey-offered", "pass" if plan["survey"] else "fail", None if plan["survey"] else "no satisfaction evaluation invited")
    put("required-info", "pass" if plan["ask_info"] else "fail", None if plan["ask_info"] else f"never asks for {sc['info_label']}")
    return {c: L[c] for c in CHECKS}, W
