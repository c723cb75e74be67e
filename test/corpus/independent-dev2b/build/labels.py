"""Labels of one contact: timing checks from the placed timeline (the spec's silence accounting,
implemented here from the spec text, not from any project scorer), the rest from the defects the
generator injected. `selfcheck` then re-reads the final text to catch material that contradicts
an injected label (e.g. an apology that slipped into an empathy-fail reply)."""
import re
from textutil import char_count, han_count
from dialogue import EMP_RE

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]


def silences(turns, voice):
    """Every gap >= the dead-air threshold after the agent joined, classified (see README)."""
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    res = []
    for i in range(1, len(turns)):
        prv, nxt = turns[i - 1], turns[i]
        gap = nxt["startMs"] - max(t["endMs"] for t in turns[:i])
        if gap < dead_thr:
            continue
        owed = nxt["sp"] == "agent" and (prv["sp"] == "customer" or not prv.get("ask"))
        if nxt["sp"] == "customer" or (prv["sp"] == "agent" and prv.get("ask")) or not owed:
            res.append(dict(kind="customer-pause", at=i, ms=gap))
            continue
        j = i - 1
        while j >= 0 and turns[j]["sp"] == "customer" and turns[j].get("ack"):
            j -= 1
        announced = j >= 0 and turns[j]["sp"] == "agent" and turns[j].get("announce")
        if announced:
            res.append(dict(kind="hold" if gap >= hold_thr else "announced-short", at=i, ms=gap, thanked=bool(nxt.get("thanks"))))
        else:
            res.append(dict(kind="dead", at=i, ms=gap, hold=gap >= hold_thr))
    return res


def timing_labels(turns, voice, join, sla, why):
    L = {}
    ag = [t for t in turns if t["sp"] == "agent"]
    first = ag[0]["startMs"] - join
    L["first-response"] = "fail" if first > sla["firstResponseMs"] else "pass"
    if L["first-response"] == "fail":
        why["first-response"] = f"first agent turn {first/1000:.1f} s after the agent joined (SLA {sla['firstResponseMs']//1000} s); no turn precedes it, so it is not a silence"
    sil = silences(turns, voice)
    dead = [s for s in sil if s["kind"] == "dead"]
    holds = [s for s in sil if s["kind"] == "hold"] + [s for s in dead if s["hold"]]
    L["dead-air"] = "fail" if dead else "pass"
    if dead:
        s = dead[0]
        why["dead-air"] = f"{s['ms']/1000:.1f} s silence at {turns[s['at']-1]['endMs']/1000:.1f} s after 「{turns[s['at']-1]['text'][:12]}…」, agent owed the reply, nothing announced"
    pauses = [s for s in sil if s["kind"] == "customer-pause"]
    if pauses and not dead:
        why["dead-air"] = f"pass: the {pauses[0]['ms']/1000:.1f} s gap at {turns[pauses[0]['at']-1]['endMs']/1000:.1f} s is the customer's own pause"
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        bad = [s for s in holds if s["kind"] == "dead" or not s.get("thanked")]
        L["hold-etiquette"] = "fail" if bad else "pass"
        if bad:
            s = bad[0]
            why["hold-etiquette"] = (f"unannounced {s['ms']/1000:.0f} s hold at {turns[s['at']-1]['endMs']/1000:.1f} s" if s["kind"] == "dead"
                                     else f"announced {s['ms']/1000:.0f} s hold at {turns[s['at']-1]['endMs']/1000:.1f} s, no thanks/apology for the wait afterwards")
    # response latency: each customer turn -> next agent turn, announced holds excepted
    lat_fail = None
    for i, c in enumerate(turns):
        if c["sp"] != "customer":
            continue
        nxt = next((k for k in range(i + 1, len(turns)) if turns[k]["sp"] == "agent"), None)
        if nxt is None:
            continue
        lat = turns[nxt]["startMs"] - c["endMs"]
        if lat <= sla["responseLatencyMs"]:
            continue
        j = nxt - 1
        while j >= 0 and turns[j]["sp"] == "customer" and turns[j].get("ack"):
            j -= 1
        if j >= 0 and turns[j]["sp"] == "agent" and turns[j].get("announce"):
            continue
        lat_fail = (i, lat)
        break
    L["response-latency"] = "fail" if lat_fail else "pass"
    if lat_fail:
        why["response-latency"] = f"customer turn 「{turns[lat_fail[0]]['text'][:10]}…」 answered after {lat_fail[1]/1000:.0f} s (SLA {sla['responseLatencyMs']//1000} s), no hold announced"
    if voice:
        inter = None
        for a in ag:
            for c in turns:
                if c["sp"] == "customer" and c["startMs"] < a["startMs"] < c["endMs"]:
                    ov = min(c["endMs"], a["endMs"]) - a["startMs"]
                    if ov >= 800:
                        inter = (a, ov)
        L["interruption"] = "fail" if inter else "pass"
        if inter:
            why["interruption"] = f"agent started {inter[1]} ms before the customer finished ({inter[0]['text'][:10]}…)"
        long_turns = [a for a in ag if a["endMs"] - a["startMs"] >= 1500]
        ms = sum(a["endMs"] - a["startMs"] for a in long_turns)
        rate = sum(char_count(a["text"]) for a in long_turns) / (ms / 60000) if ms else 0
        rate_han = sum(han_count(a["text"]) for a in long_turns) / (ms / 60000) if ms else 0
        L["speech-rate"] = "fail" if (rate >= 320 or rate <= 110) else "pass"
        assert (rate >= 320 or rate <= 110) or 140 <= rate <= 260, rate
        assert (rate_han >= 320 or rate_han <= 110) == (L["speech-rate"] == "fail") or not (140 <= rate_han <= 260), (rate, rate_han)
        why["speech-rate"] = f"agent ≈ {rate:.0f} chars/min over turns ≥ 1.5 s"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    return L


CLOSE_RE = re.compile(r"再见|拜拜|祝您|祝你|来电|愉快|顺利|再会|慢忙|注意保暖|不打扰|康复|随时联系|再打|再来找|健康|用气安全")
GREET_RE = re.compile(r"您好|你好|欢迎|早上好|上午好|下午好|晚上好")
ID_RE = re.compile(r"工号|公号|(?<!订单)编号|坐席|服务号|员工号|号客服|话务员|专员|客服小|我是\S{1,5}号|号为[您你]服务|客服[0-9零幺一二三四五六七八九两]+号|接线员")
SURVEY_RE = re.compile(r"评价|满意度|打个分|评分")


PROBLEMS = []


def selfcheck(cid, sc, L, turns, meta):
    """Assert the text agrees with the labels; raises with the contact id when material conflicts."""
    ag = [t for t in turns if t["sp"] == "agent"]
    text = "\n".join(a["text"] for a in ag)
    err = lambda m: PROBLEMS.append(f"{cid}: {m} | " + " / ".join(t["sp"][0] + ":" + t["text"] for t in turns))
    if (L["greeting"] == "pass") != bool(GREET_RE.search(ag[0]["text"])):
        err("greeting")
    if (L["agent-id"] == "pass") != bool(ID_RE.search(ag[0]["text"] + ag[1]["text"] if len(ag) > 1 else ag[0]["text"])):
        err("agent-id")
    if L["closing"] != "na" and (L["closing"] == "pass") != bool(CLOSE_RE.search("".join(a["text"] for a in ag[-2:]))):
        err("closing")
    if L["survey-offered"] != "na" and (L["survey-offered"] == "pass") != bool(SURVEY_RE.search(text)):
        err("survey")
    for fa in sc["facts"]:
        ok = any(v in text for v in [fa["expected"]] + fa["variants"])
        bad = any(w in text for w in fa["wrong"])
        if L["no-misinformation"] == "pass" and bad:
            err(f"wrong value of {fa['key']} present")
        if L["fact-accuracy"] == "pass" and not ok:
            err(f"fact {fa['key']} missing")
        if L["resolution"] == "fail" and ok:
            err(f"non-answer states {fa['key']}")
    if L["no-misinformation"] == "fail" and not any(w in text for fa in sc["facts"] for w in fa["wrong"]):
        err("misinformation not present")
    for it in sc["info"]:
        hit = any(re.search(p, text) for p in it["patterns"])
        if it["key"] == meta["omitted"] and hit:
            err(f"omitted info {it['key']} matched")
        if it["key"] != meta["omitted"] and not hit:
            err(f"asked info {it['key']} not matched")
    if L["empathy"] in ("pass", "fail"):
        ci = next(i for i, t in enumerate(turns) if t.get("complaint"))
        nxt2 = [t["text"] for t in turns[ci + 1:] if t["sp"] == "agent"][:2]
        if (L["empathy"] == "pass") != bool(EMP_RE.search("".join(nxt2))):
            err("empathy text vs label")
    if L["record-reference"] == "fail" and sc["ref"] and sc["ref"] in text:
        err("reference label present in a no-reference contact")
