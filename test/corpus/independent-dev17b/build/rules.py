"""Label rules over an abstract contact: turns carry the categories found in them (by the generator from its
own material choices, by the validator from the written text). Shared so both apply one reading of the brief."""

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]


def has(t, cat):
    return any(c == cat for c, _ in t["items"])


def first_pos(turns, cat):
    for k, t in enumerate(turns):
        for c, p in t["items"]:
            if c == cat:
                return (k, p)
    return None


def derive(c, scen):
    """c: {channel, joined, events, turns:[{sp,start,end,items:[(cat,pos)],chars,backch}]}; returns labels, why."""
    L, W = {}, {}
    voice = c["channel"] == "voice"
    req = scen["requires"]
    T = [t for t in c["turns"] if not t.get("backch")]
    A = [k for k, t in enumerate(T) if t["sp"] == "agent"]
    ag = [T[k] for k in A]

    def fail(ch, why):
        L[ch] = "fail"; W[ch] = why

    # greeting / agent-id
    L["greeting"] = "pass" if ag and any(c_ == "GREET" and p == 0 for c_, p in ag[0]["items"]) else "fail"
    if L["greeting"] == "fail": W["greeting"] = "agent's first turn opens without a greeting"
    L["agent-id"] = "pass" if any(has(t, "AID") for t in ag[:2]) else "fail"
    if L["agent-id"] == "fail": W["agent-id"] = "no staff id / named self-introduction in the agent's first two turns"
    # closing
    cust = [t for t in T if t["sp"] == "customer"]
    if cust and has(cust[-1], "WALKOUT") and T[-1] is cust[-1]:
        L["closing"] = "na"
    elif any(has(t, "CLOSE") for t in ag[-2:]):
        L["closing"] = "pass"
    else:
        fail("closing", "no thanks / wish / leave-taking in the agent's last two turns")
    # forbidden / politeness
    if any(has(t, "FORBID") or has(t, "RUDE") for t in ag):
        fail("forbidden-words", "a 服务忌语 in an agent turn")
    else:
        L["forbidden-words"] = "pass"
    if any(has(t, "RUDE") for t in ag):
        fail("politeness", "a rude line (impatience / blame / order / sarcasm / dare)")
    else:
        L["politeness"] = "pass"
    # verification
    if not req["verification"]:
        L["verification"] = "na"
    else:
        v, d = first_pos(ag, "VERIFY"), first_pos(ag, "DISCLOSE")
        if v is None:
            fail("verification", "record disclosed with no identity check")
        elif d is not None and d < v:
            fail("verification", "identity checked only after the record was disclosed")
        else:
            L["verification"] = "pass"
    # gaps before substantive agent turns
    hold_gap, dead_gap = (15000, 30000)[not voice], (8000, 30000)[not voice]
    ev = c["events"]
    pairs = []
    hs = [e["atMs"] for e in ev if e["type"] == "hold-start"]
    he = [e["atMs"] for e in ev if e["type"] == "hold-end"]
    pairs = list(zip(hs, he))
    holds, dead, lat_fail = [], [], []
    for n, k in enumerate(A):
        t = T[k]
        if n == 0:
            gap = t["start"] - c["joined"]
            if gap >= dead_gap:
                dead.append("silence of %d ms from the agent joining to its first word" % gap)
            continue
        prev_end = max(x["end"] for x in T[:k])
        gap = t["start"] - prev_end
        last_agent = T[A[n - 1]]
        announced = has(last_agent, "HOLDANN")
        is_hold = gap >= hold_gap or any(prev_end <= s and e <= t["start"] for s, e in pairs)
        if is_hold:
            holds.append((announced, has(t, "HOLDTHANKS"), gap))
        if gap >= dead_gap and not announced:
            dead.append("unannounced silence of %d ms before an agent turn" % gap)
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        bad = [h for h in holds if not (h[0] and h[1])]
        if bad:
            fail("hold-etiquette", "hold of %d ms %s" % (bad[0][2], "not announced" if not bad[0][0] else "not thanked"))
        else:
            L["hold-etiquette"] = "pass"
    if dead:
        fail("dead-air", dead[0])
    else:
        L["dead-air"] = "pass"
    # interruption / speech-rate
    if not voice:
        L["interruption"] = L["speech-rate"] = "na"
    else:
        intr = None
        for k in A:
            prevc = [x for x in T[:k] if x["sp"] == "customer"]
            if prevc and T[k]["start"] <= prevc[-1]["end"] - 1000 and T[k]["start"] >= prevc[-1]["start"]:
                intr = T[k]["start"] - prevc[-1]["end"]
        if intr is not None:
            fail("interruption", "agent took the floor %d ms before the customer finished" % -intr)
        else:
            L["interruption"] = "pass"
        ch = sum(t["chars"] for t in c["turns"] if t["sp"] == "agent" and t["end"] - t["start"] >= 1500)
        ms = sum(t["end"] - t["start"] for t in c["turns"] if t["sp"] == "agent" and t["end"] - t["start"] >= 1500)
        rate = ch * 60000 / ms if ms else 200
        if 120 <= rate <= 300:
            L["speech-rate"] = "pass"
        else:
            fail("speech-rate", "agent speaks at %.0f characters per minute" % rate)
    # empathy
    comp = [k for k, t in enumerate(T) if t["sp"] == "customer" and has(t, "COMPLAIN")]
    if not comp and not req["empathy"]:
        L["empathy"] = "na"
    else:
        ok = True
        for k in comp:
            nxt = [T[j] for j in A if j > k][:2]
            if not any(has(t, "EMPATHY") for t in nxt):
                ok = False
        if not comp and not any(has(t, "EMPATHY") for t in ag):
            ok = False
        if ok:
            L["empathy"] = "pass"
        else:
            fail("empathy", "complaint met with no apology or acknowledgement in the next two agent turns")
    # resolution
    facts = [(k, p, c_) for k, t in enumerate(ag) for c_, p in t["items"] if c_ in ("FACT_OK", "FACT_BAD")]
    facts.sort()
    nonans_ok = True
    for k, t in enumerate(ag):
        if has(t, "NONANS") and not any(has(x, "FOLLOWA") for x in ag[k + 1:]) and not has(t, "FOLLOWA"):
            nonans_ok = False
    if not facts:
        fail("resolution", "the scenario's question was never answered")
    elif not nonans_ok:
        fail("resolution", "a customer question got a non-answer that was never made good")
    else:
        L["resolution"] = "pass"
    # first response
    fr = ag[0]["start"] - c["joined"] if ag else 0
    if fr <= scen["sla"]["firstResponseMs"]:
        L["first-response"] = "pass"
    else:
        fail("first-response", "first agent word %d ms after joining" % fr)
    # response latency
    worst = None
    k = 0
    while k < len(T):
        t = T[k]
        if t["sp"] != "customer":
            k += 1; continue
        j = k
        while j + 1 < len(T) and T[j + 1]["sp"] == "customer":
            j += 1
        nxt = [T[a] for a in A if a > k]
        if nxt:
            reply = nxt[0]
            prev_agents = [T[a] for a in A if T[a]["start"] < t["start"]]
            announced = bool(prev_agents) and has(prev_agents[-1], "HOLDANN")
            lat = reply["start"] - t["end"]
            if lat > scen["sla"]["responseLatencyMs"] and not announced:
                worst = lat if worst is None else max(worst, lat)
        k = j + 1
    if worst is not None:
        fail("response-latency", "a customer turn waited %d ms for a reply" % worst)
    else:
        L["response-latency"] = "pass"
    # facts
    if facts and facts[-1][2] == "FACT_OK":
        L["fact-accuracy"] = "pass"
    else:
        fail("fact-accuracy", "fact stated wrong" if facts else "fact never stated")
    if any(f[2] == "FACT_BAD" for f in facts):
        fail("no-misinformation", "a known-wrong value stated")
    else:
        L["no-misinformation"] = "pass"
    for ch, req_key, cat, why in (("record-reference", "reference", "REF", "no case reference given"),
                                  ("survey-offered", "survey", "SURVEY", "no evaluation invited")):
        if not req[req_key]:
            L[ch] = "na"
        elif any(has(t, cat) for t in ag):
            L[ch] = "pass"
        else:
            fail(ch, why)
    miss = [i["key"] for i in scen["requiredInfo"] if not any(has(t, "INFO:" + i["key"]) for t in ag)]
    if miss:
        fail("required-info", "never asked: " + ", ".join(miss))
    else:
        L["required-info"] = "pass"
    return {k: L[k] for k in CHECKS}, W
