"""Labels from the injected choices (plan) and the placed timeline (timeline.account).
Every `fail` gets a `why`; tricky passes (hard negatives) get one too."""
import common_lines as L

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]


def s(ms):
    return f"{ms / 1000:.1f} s"


def label(p, st, meta, turns):
    sc, req = p["sc"], p["sc"]["requires"]
    voice = p["channel"] == "voice"
    lab, why = {}, {}
    agent_texts = [t["text"] for t in turns if t["speaker"] == "agent"]

    lab["greeting"] = "pass" if p["greeting"] else "fail"
    if not p["greeting"]:
        why["greeting"] = f"first agent turn has no greeting: {agent_texts[0][:20]}"
    if p["agentid"] == "none":
        lab["agent-id"] = "fail"
        why["agent-id"] = "no staff number or service self-introduction in the first two agent turns (numbers there are hotline/order numbers)"
    else:
        lab["agent-id"] = "pass"
        if p["agentid"] == "second":
            why["agent-id"] = "id given in the agent's second turn"
    if p["closing"] == "na":
        lab["closing"] = "na"
        why["closing"] = "customer hung up mid-contact"
    elif p["closing"] == "fail":
        lab["closing"] = "fail"
        why["closing"] = f"last agent turns are only '还有…吗' and a bare '{agent_texts[-1][:12]}'"
    else:
        lab["closing"] = "pass"
        why["closing"] = f"closing: {agent_texts[-1][-16:]}"
    cat = meta.get("forbidden", (None, None))[0]
    if cat:
        lab["forbidden-words"] = "fail"
        why["forbidden-words"] = f"{cat}: {meta['forbidden'][1]}"
    else:
        lab["forbidden-words"] = "pass"
        if meta.get("lookalike"):
            why["forbidden-words"] = f"polite look-alike, not a 忌语: {meta['lookalike']}"
    if not req["verification"]:
        lab["verification"] = "na"
    elif p["verification"]:
        lab["verification"] = "pass"
    else:
        lab["verification"] = "fail"
        why["verification"] = "account details disclosed without any identity check" + (
            " (asking for the account/order number is not an identity check)" if sc["requiredInfo"] and p["required_skip"] is None else "")
    holds = st["holds"]
    if not holds:
        lab["hold-etiquette"] = "na"
    elif any(not h["announced"] for h in holds):
        lab["hold-etiquette"] = "fail"
        why["hold-etiquette"] = "unannounced hold of " + s([h for h in holds if not h["announced"]][0]["gap"])
    elif any(not h["thanked"] for h in holds):
        lab["hold-etiquette"] = "fail"
        why["hold-etiquette"] = f"announced hold of {s(holds[0]['gap'])} not thanked afterwards"
    else:
        lab["hold-etiquette"] = "pass"
        why["hold-etiquette"] = f"announced hold of {s(holds[0]['gap'])}, thanked after"
    if p["curt"]:
        lab["politeness"] = "fail"
        why["politeness"] = "curt register throughout: 你 instead of 您, one-word replies, commands"
    elif cat in L.RUDE_CATEGORIES or (cat and meta["forbidden"][1] in L.RUDE_LINES):
        lab["politeness"] = "fail"
        why["politeness"] = f"rude ({cat}) remark: {meta['forbidden'][1]}"
    else:
        lab["politeness"] = "pass"
        if cat:
            why["politeness"] = f"otherwise courteous; the single {cat} 忌语 is counted under forbidden-words"
        elif p["warm_plain"]:
            why["politeness"] = "plain-spoken (你 in places, 好嘞) but warm, with 请/麻烦/谢谢: courteous"
    if not voice:
        lab["interruption"] = "na"
    else:
        big = [o for o in st["overlaps"] if o >= 800]
        lab["interruption"] = "fail" if big else "pass"
        if big:
            why["interruption"] = f"agent starts {s(big[0])} before the customer finished"
        elif st["overlaps"]:
            why["interruption"] = f"only short overlaps ({max(st['overlaps'])} ms backchannel)"
    if st["dead"]:
        lab["dead-air"] = "fail"
        why["dead-air"] = f"unannounced silence of {s(st['dead'][0])} where the agent owed the reply"
    else:
        lab["dead-air"] = "pass"
        if st["customer_pauses"] or holds:
            why["dead-air"] = "long gaps are " + ", ".join(
                ([f"customer's own pause {s(st['customer_pauses'][0])}"] if st["customer_pauses"] else []) +
                ([f"announced hold {s(holds[0]['gap'])}"] if holds else []))
    if not voice:
        lab["speech-rate"] = "na"
    else:
        r = st["rate_cjk"]
        if p["rate"] in ("fast", "slow"):
            lab["speech-rate"] = "fail"
            why["speech-rate"] = f"agent speaks {r:.0f} 字/分 ({p['rate']})"
        else:
            lab["speech-rate"] = "pass"
            if p["rate"] == "fast_normal":
                why["speech-rate"] = f"brisk but normal: {r:.0f} 字/分"
    if p["complaint"] is None and not req["empathy"]:
        lab["empathy"] = "na"
    elif p["empathy"]:
        lab["empathy"] = "pass"
    else:
        lab["empathy"] = "fail"
        why["empathy"] = "customer complained; no apology/acknowledgement in the agent's next two turns"
    if p["answer"] == "nonanswer":
        lab["resolution"] = "fail"
        why["resolution"] = "non-answer: the customer's question was not answered"
    else:
        lab["resolution"] = "pass"
        if p["answer"] == "wrong":
            why["resolution"] = "the question was answered (wrongly: see fact checks)"
        elif cat in ("dismissive", "buck-passing"):
            why["resolution"] = "scenario question and follow-up answered; only the out-of-scope side question was deflected (forbidden-words)"
    fr = st["first_response_ms"]
    lab["first-response"] = "fail" if fr > st["first_response_sla"] else "pass"
    if fr > st["first_response_sla"]:
        why["first-response"] = f"first agent turn {s(fr)} after joining (sla {s(st['first_response_sla'])})"
    if st["latency"]:
        lab["response-latency"] = "fail"
        why["response-latency"] = f"customer waited {s(st['latency'][0])} for a reply, nothing announced"
    else:
        lab["response-latency"] = "pass"
        if holds and all(h["announced"] for h in holds):
            why["response-latency"] = "long wait was an announced hold (excepted)"
        elif p["hangup"]:
            why["response-latency"] = "the customer's last line was a hang-up: nothing left to reply to"
    if not sc["facts"]:
        lab["fact-accuracy"] = lab["no-misinformation"] = "na"
    else:
        lab["fact-accuracy"] = "pass" if p["answer"] == "correct" else "fail"
        if p["answer"] != "correct":
            why["fact-accuracy"] = {"wrong": "a fact stated with a known-wrong value", "partial": "a fact left out",
                                    "nonanswer": "facts not stated (non-answer)"}[p["answer"]]
        lab["no-misinformation"] = "fail" if p["answer"] == "wrong" else "pass"
        if p["answer"] == "wrong":
            why["no-misinformation"] = "known-wrong value stated"
    if not req["reference"]:
        lab["record-reference"] = "na"
    elif p["reference"]:
        lab["record-reference"] = "pass"
        why["record-reference"] = f"reference {meta['reference']}"
    else:
        lab["record-reference"] = "fail"
        why["record-reference"] = "registered but no reference number given (other numbers are dates/phones)"
    if not req["survey"]:
        lab["survey-offered"] = "na"
    elif p["survey"]:
        lab["survey-offered"] = "pass"
    else:
        lab["survey-offered"] = "fail"
        why["survey-offered"] = "no invitation to rate the service"
    if not sc["requiredInfo"]:
        lab["required-info"] = "na"
    elif p["required_skip"] is None:
        lab["required-info"] = "pass"
    else:
        lab["required-info"] = "fail"
        why["required-info"] = f"never asked for {sc['requiredInfo'][p['required_skip']]['label']}"
    assert set(lab) == set(CHECKS), set(CHECKS) ^ set(lab)
    return {c: lab[c] for c in CHECKS}, why
