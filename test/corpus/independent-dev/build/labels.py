"""Labels of one contact: from the injected defects (plan) and the timing analysis (timeline.analyse)."""
import timeline as TL

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]


def na_labels():
    return {c: "na" for c in CHECKS}


def s(ms):
    return f"{ms / 1000:.1f} s"


def label_contact(p, sc, ana, applied, laid):
    voice = p["channel"] == "voice"
    L, W = {}, {}
    first_agent = next(t for t in laid if t["speaker"] == "agent" and "bc" not in t["_tags"])
    L["greeting"] = "pass" if p["greet"] == "ok" else "fail"
    if p["greet"] != "ok":
        W["greeting"] = f"first agent turn opens without any greeting: “{first_agent['text'][:24]}”"
    L["agent-id"] = "pass" if p["agent_id"] in ("ok", "second") else "fail"
    if p["agent_id"] == "missing":
        W["agent-id"] = "agent never gives a staff number or a service self-introduction"
    elif p["agent_id"] == "late":
        W["agent-id"] = "staff number only in the agent's third turn (must be within the first two)"
    elif p["agent_id"] == "second":
        W["agent-id"] = "self-introduction in the agent's second turn: still within the first two"
    elif "公号" in first_agent["text"]:
        W["agent-id"] = "ASR wrote 工号 as 公号: the agent did state its number"
    L["closing"] = {"ok": "pass", "missing": "fail", "hangup": "na"}[p["closing"]]
    if p["closing"] == "missing":
        W["closing"] = "agent's last two turns have no thanks/wish/goodbye (“还有…吗” or a bare 好的 is not a closing)"
    elif p["closing"] == "hangup":
        W["closing"] = "customer hung up / left before the agent could close"
    L["forbidden-words"] = "fail" if p["forbidden"] != "none" else "pass"
    if p["forbidden"] != "none":
        W["forbidden-words"] = f"{p['forbidden']} 忌语: “{p['forbidden_text']}”"
    elif p["lookalike_slot"] and any(x in "".join(t["text"] for t in laid) for x in ("如有不清楚", "不知道您现在方便", "不用自己跑", "不是您的问题", "随时打断", "随时找我们")):
        W["forbidden-words"] = "polite look-alike phrase only (e.g. 如有不清楚的地方请随时联系我们 / 您不用自己跑营业厅), not a 忌语"
    L["verification"] = {"na": "na", "ok": "pass", "skip": "fail", "late": "fail"}[p["verification"]]
    if p["verification"] == "skip":
        W["verification"] = "scenario requires verification; agent acted on / disclosed the account without checking identity"
    elif p["verification"] == "late":
        W["verification"] = "identity checked only after the account was disclosed / acted on"
    L["politeness"] = "fail" if p["curt"] or p["forbidden"] == "harsh" else "pass"
    if p["curt"]:
        W["politeness"] = "curt register throughout: 你 instead of 您, no 请/谢谢, clipped answers"
    elif p["forbidden"] == "harsh":
        W["politeness"] = f"rude/impatient wording: “{p['forbidden_text']}”"
    elif p["forbidden"] == "mild":
        W["politeness"] = "one dismissive phrase (counted under forbidden-words) but the register is courteous throughout"
    # timing
    holds = ana["holds"]
    if not holds:
        L["hold-etiquette"] = "na"
        if any(k == "announced" for k, _, _ in ana["silences"]):
            g = next(g for k, g, _ in ana["silences"] if k == "announced")
            W["hold-etiquette"] = f"announced look-up of {s(g)}: under the hold threshold, not a hold"
        elif any(k == "customer_pause" for k, _, _ in ana["silences"]):
            W["hold-etiquette"] = "the long silence is the customer's own pause, not a hold"
    else:
        bad = [h for h in holds if h[0] == "unannounced" or not h[3]]
        L["hold-etiquette"] = "fail" if bad else "pass"
        k, g, t, thx = (bad or holds)[0]
        if bad:
            W["hold-etiquette"] = (f"unannounced hold of {s(g)} before “{t['text'][:16]}”" if k == "unannounced"
                                   else f"announced hold of {s(g)}, agent came back without thanks/apology: “{t['text'][:16]}”")
        else:
            W["hold-etiquette"] = f"announced hold of {s(g)}, thanked on return: “{t['text'][:14]}”"
    L["dead-air"] = "fail" if ana["dead_air"] else "pass"
    if ana["dead_air"]:
        g, t = ana["dead_air"][0]
        W["dead-air"] = f"{s(g)} unannounced silence while the agent owed the reply (before “{t['text'][:16]}”)"
    elif ana["silences"]:
        kinds = sorted({k for k, _, _ in ana["silences"]})
        W["dead-air"] = "long silences are " + " / ".join({"customer_pause": "the customer's own pause",
                                                            "announced": "announced holds/look-ups"}[k] for k in kinds)
    elif p["long_queue"]:
        W["dead-air"] = "long IVR/queue wait before agent-joined is answer time, not silence"
    L["response-latency"] = "fail" if ana["latency_fail"] else "pass"
    if ana["latency_fail"]:
        g, c, a = ana["latency_fail"][0]
        W["response-latency"] = f"customer turn “{c['text'][:14]}” answered after {s(g)} (SLA {s(sc['sla'].get('responseLatencyMs', 30000))}), no hold announced"
    elif any(h[0] == "announced" and h[1] > sc["sla"].get("responseLatencyMs", 30000) for h in holds):
        W["response-latency"] = "the only long wait was an announced hold (excepted)"
    fr_sla = sc["sla"].get("firstResponseMs", 30000)
    L["first-response"] = "pass" if ana["first_ms"] <= fr_sla else "fail"
    if L["first-response"] == "fail":
        W["first-response"] = f"first agent turn {s(ana['first_ms'])} after agent-joined (SLA {s(fr_sla)})"
    elif p["long_queue"]:
        W["first-response"] = f"first agent turn {s(ana['first_ms'])} after agent-joined; the long IVR/queue wait before it does not count"
    if voice:
        L["interruption"] = "fail" if ana["max_overlap"] >= 800 else "pass"
        if L["interruption"] == "fail":
            W["interruption"] = f"agent started {ana['max_overlap']} ms before the customer finished"
        elif applied["cust_interrupts"] or applied["small_overlap"] or p["backchannel"]:
            W["interruption"] = "only overlaps < 800 ms by the agent (backchannel / quick take-over) or the customer cutting in"
        r = ana["rate"]
        if r is None or (110 < r < 140) or (260 < r < 320):
            raise TL.Ambiguous(f"speech rate {r}")
        L["speech-rate"] = "fail" if r <= 110 or r >= 320 else "pass"
        if L["speech-rate"] == "fail" or p["rate"] in ("fast_ok", "slow_ok"):
            W["speech-rate"] = f"agent speaks at about {r:.0f} 字/分"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    # content
    complained = p["complaint"] != "none"
    if complained or sc["requires"]["empathy"]:
        L["empathy"] = "pass" if p["complaint"] == "ack" else "fail"
        W["empathy"] = {"ack": "agent acknowledges/apologises right after the complaint",
                        "noack": "customer complains; the agent's next two turns neither acknowledge nor apologise",
                        "ack_late": "apology only in the agent's third turn after the complaint (too late)"}[p["complaint"]]
        if "complaint-injected" in p["hard"]:
            W["empathy"] += " (complaint in mild/everyday words in a non-complaint scenario)"
    else:
        L["empathy"] = "na"
    L["resolution"] = "fail" if p["resolution"] != "ok" else "pass"
    if p["resolution"] == "nonanswer_fact":
        W["resolution"] = "main question met with a non-answer (不太清楚/没办法答复)"
    elif p["resolution"] == "nonanswer_followup":
        W["resolution"] = "customer's follow-up question met with a non-answer"
    elif p["fact"] == "wrong":
        W["resolution"] = "questions were answered (one value wrong: see fact-accuracy / no-misinformation)"
    asked_missing = p["resolution"] == "nonanswer_fact"
    L["fact-accuracy"] = "fail" if p["fact"] != "ok" or asked_missing else "pass"
    if p["fact"] == "wrong":
        W["fact-accuracy"] = f"fact {p['wrong_fact']} stated with a wrong value"
    elif p["fact"] == "missing_proactive":
        W["fact-accuracy"] = "a scenario fact the agent had to state was never stated"
    elif asked_missing:
        W["fact-accuracy"] = "the asked fact was never stated (non-answer)"
    L["no-misinformation"] = "fail" if p["fact"] == "wrong" else "pass"
    if p["fact"] == "wrong":
        W["no-misinformation"] = f"known-wrong value stated for {p['wrong_fact']}"
    if p["wrong_belief"] and L["no-misinformation"] == "pass":
        W["no-misinformation"] = f"the customer quoted a wrong value (“{p['wrong_belief']}”); the agent stated the correct one"
    L["record-reference"] = {"na": "na", "ok": "pass", "missing": "fail"}[p["reference"]]
    if p["reference"] == "missing":
        W["record-reference"] = "no ticket/reference number given (numbers present are a phone tail / date / time span, not a reference)"
    L["survey-offered"] = {"na": "na", "ok": "pass", "missing": "fail"}[p["survey"]]
    if p["survey"] == "missing":
        W["survey-offered"] = "no invitation to rate the service"
    L["required-info"] = {"na": "na", "ok": "pass", "missing": "fail"}[p["req"]]
    if p["req"] == "missing":
        W["required-info"] = "agent never asked for one of the scenario's requiredInfo items"
    return {c: L[c] for c in CHECKS}, W
