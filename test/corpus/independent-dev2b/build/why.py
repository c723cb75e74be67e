"""Short `why` notes: every fail, and the passes that are tricky on purpose (hard negatives)."""


def _agent(body):
    return [t for t in body if t["sp"] == "agent"]


def explain(L, why, f, meta, body, sc):
    ag = _agent(body)
    q = lambda t: "「" + t[:22] + ("…」" if len(t) > 22 else "」")
    if L["greeting"] == "fail":
        why["greeting"] = "first agent turn has no greeting: " + q(ag[0]["text"])
    if L["agent-id"] == "fail":
        why["agent-id"] = "no staff number/name in the first two agent turns" + (
            "" ) + (
            "; the id only comes later, in turn " + str(body.index(next(t for t in ag if t.get("role") == "follow-a")) + 1) if f.get("_late_id") else "")
    elif meta["idpos"] == 2:
        why["agent-id"] = "pass: id given in the agent's second turn " + q(ag[1]["text"])
    if any("公号" in t["text"] for t in ag[:2]) and L["agent-id"] == "pass":
        why["agent-id"] = "pass: 工号 misrecognised by ASR as 公号"
    if L["closing"] == "fail":
        why["closing"] = "last two agent turns hold no closing: " + q(ag[-1]["text"])
    elif L["closing"] == "na":
        why["closing"] = "customer hung up mid-contact"
    if L["forbidden-words"] == "fail":
        why["forbidden-words"] = "服务忌语 in " + q(next(t["text"] for t in ag if t.get("defect_turn")))
    elif f.get("lookalike"):
        why["forbidden-words"] = "pass: polite look-alike " + q(next(t["text"] for t in ag if t.get("defect_turn")))
    if L["verification"] == "fail":
        why["verification"] = "account details disclosed without any identity check"
    if L["politeness"] == "pass" and f.get("plain"):
        why["politeness"] = "pass: plain-spoken (你 in places, 好嘞/哈/辛苦了) but warm and never rude"
    elif L["politeness"] == "pass" and L["forbidden-words"] == "fail":
        why["politeness"] = "pass: one non-rude 忌语 (buck-passing/rule-citing) in an otherwise courteous contact"
    if f.get("_not_id_numbers") and L["agent-id"] == "fail":
        why["agent-id"] = "no staff id in the first two agent turns; the numbers there (楼/窗口/日期/时间/线路) are not a staff number"
    if L["politeness"] == "fail":
        why["politeness"] = "curt register throughout (你, no 请/谢谢, one-word replies)" if f.get("curt") else "rude 忌语 (see forbidden-words)"
    if L["empathy"] == "fail":
        why["empathy"] = "customer complained; the agent's next two turns neither apologise nor acknowledge"
    elif L["empathy"] == "pass":
        why["empathy"] = "complaint acknowledged in the next agent turn"
    if L["resolution"] == "fail":
        why["resolution"] = "non-answer: the agent never states the asked facts"
    if L["fact-accuracy"] == "fail":
        why["fact-accuracy"] = ("fact missing (non-answer)" if f.get("non_answer") else
                                f"{meta['wrong_key']} stated as {meta['vals'][meta['wrong_key']]}")
    if L["no-misinformation"] == "fail":
        why["no-misinformation"] = f"known-wrong value {meta['vals'][meta['wrong_key']]} for {meta['wrong_key']}"
    if L["record-reference"] == "fail":
        why["record-reference"] = "no ticket number given (only dates/amounts/phone numbers)"
    if L["survey-offered"] == "fail":
        why["survey-offered"] = "no rating invitation"
    if L["required-info"] == "fail":
        why["required-info"] = f"agent never asks for {meta['omitted']}"
    if L["interruption"] == "pass" and f.get("nearmiss"):
        why["interruption"] = "pass: overlap under 800 ms (backchannel-like)"
    if L["hold-etiquette"] == "na" and f.get("hold") == "short":
        why["hold-etiquette"] = "na: announced look-up shorter than the hold threshold"
    if f.get("rate") == "edge" and L["speech-rate"] == "pass":
        why["speech-rate"] = "pass: " + why.get("speech-rate", "") + " (fast but normal)"
    elif L["speech-rate"] == "pass":
        why.pop("speech-rate", None)
