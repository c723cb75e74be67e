"""Places the turns in time, renders voice text the way ASR returns it, and does the silence
accounting of the spec on the result (so the timing labels describe the timeline actually written).
"""
import re

CJK = re.compile(r"[\u4e00-\u9fff]")
ALNUM = re.compile(r"[A-Za-z0-9]")
DIGIT_WORDS = dict(zip("0123456789", "零幺二三四五六七八九"))
HOMOPHONES = [("稍等", "烧等", .6), ("工号", "公号", .6), ("订单", "定单", .3), ("账号", "帐号", .5),
              ("查一下", "差一下", .3), ("核对", "合对", .3), ("您好", "你好", .25), ("麻烦", "麻凡", .15)]
VOICE_SLA = dict(firstResponseMs=5000, responseLatencyMs=30000)
# IVR lines: first response within 2 min of the call being answered by the IVR, queue included
VOICE_IVR_SLA = dict(firstResponseMs=120000, responseLatencyMs=30000)
CHAT_SLA = dict(firstResponseMs=20000, responseLatencyMs=20000)
THRESH = dict(voice=dict(dead=8000, hold=15000), webchat=dict(dead=30000, hold=30000))
LOOKUP_GAPS = dict(  # ms of silence before the answer, per look-up mode and channel
    voice=dict(hold_ok=(16000, 55000), hold_nothanks=(16000, 45000), dead=(8500, 13500), dead_long=(16000, 28000),
               dead_xlong=(31000, 40000)),
    webchat=dict(hold_ok=(35000, 110000), hold_nothanks=(35000, 90000), dead=(31000, 45000), slow_chat=(21000, 28000)),
)
AGENT_RATES = dict(normal=(165, 222), fast_normal=(240, 254), fast=(345, 380), slow=(80, 98))


def units(text):
    return len(CJK.findall(text)) + 0.5 * len(ALNUM.findall(text))


def render_numbers(text, rng, words):
    def one(m):
        s = m.group(1)
        if words and rng.random() < 0.7:
            return "".join(DIGIT_WORDS.get(ch, ch) for ch in s)
        return s
    return re.sub(r"⟦([^⟧]*)⟧", one, text)


def asr_noise(text, sp, rng, fillers):
    for a, b, prob in HOMOPHONES:
        if a in text and rng.random() < prob:
            text = text.replace(a, b)
    if sp == "customer" and rng.random() < 0.4:
        text = rng.choice(fillers) + text
    if sp == "customer" and len(text) > 8 and CJK.match(text[:2]) and CJK.match(text[1]) and rng.random() < 0.15:
        text = text[:2] + text[:2] + text[2:]  # self-repair: 我想我想问一下
    if rng.random() < 0.6:
        text = re.sub(r"[，。？！、：～]", lambda m: " " if rng.random() < 0.3 else "", text).strip()
    return text


def place(p, specs, rng, fillers):
    """Returns (events, turns, stats) with absolute ms since start."""
    voice = p["channel"] == "voice"
    ch = p["channel"]
    ev, turns = [], []
    org = p["meta"]["org"]
    if voice and not p["ivr"]:
        answered = rng.randint(3500, 16000)
        ev += [dict(type="started", atMs=0), dict(type="dialed", atMs=40), dict(type="ringing", atMs=rng.randint(700, 1500)),
               dict(type="answered", atMs=answered)]
        join = answered
    elif voice:
        answered = rng.randint(3500, 9000)
        ev += [dict(type="started", atMs=0), dict(type="dialed", atMs=40), dict(type="ringing", atMs=rng.randint(700, 1500)),
               dict(type="answered", atMs=answered), dict(type="ivr-prompt", atMs=answered + 200)]
        ivr = f"您好，欢迎致电{org}。业务咨询请按1，投诉建议请按2，人工服务请按0。"
        ivr_end = answered + 200 + int(len(ivr) / 4.5 * 1000)
        turns.append(dict(speaker="ivr", text=ivr, startMs=answered + 200, endMs=ivr_end, confidence=0.97))
        ev += [dict(type="dtmf", atMs=ivr_end + 1200, detail=dict(digits="0")), dict(type="queued", atMs=ivr_end + 1500)]
        q = ivr_end + 1500 + rng.randint(2000, 45000)
        turns.append(dict(speaker="ivr", text="正在为您转接人工坐席，请稍候。", startMs=ivr_end + 1700, endMs=ivr_end + 4700, confidence=0.96))
        join = max(q, ivr_end + 5500)
    else:
        ev += [dict(type="started", atMs=0), dict(type="page-loaded", atMs=rng.randint(600, 1800))]
        t = rng.randint(2500, 4000)
        turns.append(dict(speaker="bot", text=f"您好，我是{org}智能助手，请问有什么可以帮您？", startMs=t, endMs=t))
        t += rng.randint(4000, 12000)
        turns.append(dict(speaker="customer", text=rng.choice(["转人工", "人工客服", "人工"]), startMs=t, endMs=t))
        t += 800
        turns.append(dict(speaker="bot", text="正在为您转接人工客服，请稍候。", startMs=t, endMs=t))
        ev.append(dict(type="handoff-requested", atMs=t))
        t += 1000
        turns.append(dict(speaker="system", text=f"您当前排在第{rng.randint(1, 6)}位", startMs=t, endMs=t))
        join = t + rng.randint(5000, 90000)
    ev.append(dict(type="agent-joined", atMs=join))

    rate = rng.uniform(*AGENT_RATES[p["rate"]]) if voice else None
    cps = rng.uniform(3.8, 4.8)
    prev_end = join
    last_cust = None
    out = []
    for s in specs:
        text = render_numbers(s["text"], rng, voice and p["asr"])
        if voice and p["asr"]:
            text = asr_noise(text, s["sp"], rng, fillers)
        gap_kind = s.get("gap")
        agent = s["sp"] == "agent"
        if gap_kind == "first":
            lo, hi = ((6000, 7500) if voice else (22000, 28000)) if p["first_response"] == "fail" else \
                ((500, 2500) if voice else (2000, 12000))
            start = join + rng.randint(lo, hi)
        elif gap_kind == "customer_pause":
            start = prev_end + rng.randint(*((9000, 14000) if voice else (45000, 150000)))
        elif gap_kind == "lookup":
            start = prev_end + rng.randint(*LOOKUP_GAPS[ch][p["lookup"]])
        elif gap_kind == "lookup_short":
            start = prev_end + rng.randint(*((1500, 5000) if voice else (4000, 15000)))
        elif s.get("interrupts") and last_cust is not None:
            start = last_cust["endMs"] - rng.randint(900, 2000)
        else:
            if voice:
                start = prev_end + rng.randint(300, 1500 if agent else 1200)
            else:
                start = prev_end + (rng.randint(3000, 14000) if agent else rng.randint(5000, 25000))
        if voice:
            dur = units(text) / (rate if agent else cps * 60) * 60000
            end = start + max(400, int(dur) + (0 if agent else 200))
        else:
            end = start
        t = dict(speaker=s["sp"], text=text, startMs=start, endMs=end)
        if voice:
            t["confidence"] = round(rng.uniform(0.62, 0.93) if p["asr"] else rng.uniform(0.9, 0.99), 2)
        out.append((t, s))
        if s.get("complaint") and "complaint_start" not in p["meta"]:
            p["meta"]["complaint_start"] = start
        if voice and s.get("hold_music") and gap_kind == "lookup":
            ev += [dict(type="hold-start", atMs=prev_end + 700), dict(type="hold-end", atMs=start - 600)]
        if voice and s.get("backchannel") and not agent:
            b0 = start + int((end - start) * 0.35)
            bc = dict(speaker="agent", text=rng.choice(["嗯", "对", "嗯嗯", "好"]), startMs=b0, endMs=b0 + rng.randint(300, 550),
                      confidence=0.8)
            out.append((bc, dict(sp="agent", kind="backchannel")))
        if not agent:
            last_cust = t
        prev_end = max(prev_end, end)
    turns += [t for t, _ in out]
    end_at = prev_end + rng.randint(500, 1500)
    who = "customer" if p["hangup"] else rng.choice(["agent", "customer"])
    if voice:
        ev += [dict(type="hangup", atMs=end_at, detail=dict(by=who)), dict(type="ended", atMs=end_at + 200)]
    else:
        if rng.random() < 0.5:
            turns.append(dict(speaker="system", text="会话已结束", startMs=end_at, endMs=end_at))
        ev.append(dict(type="ended", atMs=end_at + 200, detail=dict(by=who)))
    answered_at = next((e["atMs"] for e in ev if e["type"] == "answered"), join)
    return ev, turns, account(p, join, out, answered_at)


def account(p, join, out, answered_at):
    """The spec's silence accounting and timing checks over the placed turns."""
    ch = p["channel"]
    th = THRESH[ch]
    sla = (VOICE_IVR_SLA if p["ivr"] else VOICE_SLA) if ch == "voice" else CHAT_SLA
    seq = sorted(out, key=lambda x: x[0]["startMs"])
    st = dict(dead=[], holds=[], latency=[], overlaps=[], customer_pauses=[])
    last_end, last = None, None
    for idx, (t, s) in enumerate(seq):
        if last is not None:
            gap = t["startMs"] - last_end
            if gap >= th["dead"] or (gap >= th["hold"]):
                if t["speaker"] == "customer" or (last[0]["speaker"] == "agent" and last[1].get("asks")):
                    st["customer_pauses"].append(gap)
                else:
                    prev_agent = [x for x in seq[:idx] if x[0]["speaker"] == "agent" and x[1].get("kind") != "backchannel"]
                    pa = prev_agent[-1] if prev_agent else None
                    after = seq[seq.index(pa) + 1:idx] if pa else []
                    announced = pa is not None and pa[1].get("announce") and all(x[1].get("kind") == "ack" for x in after)
                    if announced:
                        if gap >= th["hold"]:
                            st["holds"].append(dict(gap=gap, announced=True, thanked=bool(s.get("thanks"))))
                    else:
                        st["dead"].append(gap)
                        if gap >= th["hold"]:
                            st["holds"].append(dict(gap=gap, announced=False, thanked=bool(s.get("thanks"))))
        if last_end is None or t["endMs"] >= last_end:
            last_end, last = t["endMs"], (t, s)
    # response latency
    for idx, (t, s) in enumerate(seq):
        if t["speaker"] != "customer":
            continue
        nxt = [x for x in seq[idx + 1:] if x[0]["speaker"] == "agent" and x[1].get("kind") != "backchannel"]
        if not nxt:
            continue  # the contact ended (customer's goodbye or hang-up)
        a = nxt[0]
        lat = a[0]["startMs"] - t["endMs"]
        if lat > sla["responseLatencyMs"]:
            before = [x for x in seq[:seq.index(a)] if x[0]["speaker"] == "agent" and x[1].get("kind") != "backchannel"]
            pa = before[-1] if before else None
            after = seq[seq.index(pa) + 1:seq.index(a)] if pa else []
            if not (pa and pa[1].get("announce") and all(x[1].get("kind") == "ack" for x in after)):
                st["latency"].append(lat)
    agents = [t for t, s in seq if t["speaker"] == "agent"]
    st["first_response_ms"] = agents[0]["startMs"] - join
    st["first_response_from_answered_ms"] = agents[0]["startMs"] - answered_at
    st["first_response_sla"] = sla["firstResponseMs"]
    if ch == "voice":
        custs = [t for t, s in seq if t["speaker"] == "customer"]
        for a in agents:
            for c in custs:
                if c["startMs"] < a["startMs"] < c["endMs"]:
                    st["overlaps"].append(min(c["endMs"], a["endMs"]) - a["startMs"])
        long_turns = [a for a in agents if a["endMs"] - a["startMs"] >= 1500]
        mins = sum(a["endMs"] - a["startMs"] for a in long_turns) / 60000
        st["rate_cjk"] = sum(len(CJK.findall(a["text"])) for a in long_turns) / mins
        st["rate_units"] = sum(units(a["text"]) for a in long_turns) / mins
    return st
