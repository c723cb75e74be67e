"""Places a contact's turns on a clock and derives the timing labels from the clock it built.

Silences are placed on purpose from the plan (holds, dead air, late replies, customer pauses,
interruptions); the labels for hold-etiquette, dead-air, response-latency, first-response,
interruption and speech-rate are then read off the finished timeline by the definitions in the
brief, so the label and the material cannot drift apart.
"""
import re

PUNCT = re.compile(r"[\s，。？！、,.?!：:；;~…“”\"'（）()—-]")
VOICE = dict(dead=8000, hold=15000)
CHAT = dict(dead=30000, hold=30000)
THANKS_WAIT = re.compile(r"(感谢|谢谢|多谢).{0,6}等")


def spoken_len(text):
    return len(PUNCT.sub("", text))


def place(r, p, turns, sla, hot, org):
    """Returns (events, turns_out, end_ms)."""
    voice = p["ch"] == "voice"
    ev, out = [dict(type="started", atMs=0)], []
    if voice:
        ev += [dict(type="dialed", atMs=r.randint(90, 260)), dict(type="ringing", atMs=r.randint(1400, 3200))]
        t = r.randint(5500, 11000)
        ev.append(dict(type="answered", atMs=t))
        if p["ivr"]:
            ivr = "您好，欢迎致电{}。查询业务请按1，人工服务请按0。".format(org)
            d = int(spoken_len(ivr) / 4.2 * 1000)
            out.append(dict(speaker="ivr", text=ivr, startMs=t + 300, endMs=t + 300 + d, confidence=0.95))
            t += 300 + d + r.randint(1500, 3000)
            ev.append(dict(type="dtmf", atMs=t, detail=dict(digits="0")))
            msg = "正在为您转接人工服务，请稍候。"
            out.append(dict(speaker="ivr", text=msg, startMs=t + 400, endMs=t + 400 + 3600, confidence=0.93))
            t += 4000
            ev.append(dict(type="queued", atMs=t))
        rate = {"normal": r.uniform(3.6, 4.4), "fast": r.uniform(5.6, 6.3), "slow": r.uniform(1.4, 1.75)}[p["rate"]]
    else:
        ev.append(dict(type="page-loaded", atMs=r.randint(500, 1500)))
        t = r.randint(1600, 2400)
    # the agent joins; a late first response is a long queue, not a silent agent
    if p["first_late"]:
        join = sla["firstResponseMs"] + r.randint(4000, 25000)
    else:
        join = min(t + r.randint(800, 6000), sla["firstResponseMs"] - 6000)
    join = max(join, t + 200)
    ev.append(dict(type="agent-joined", atMs=join))
    t = join + r.randint(600, 2500)
    prev = None
    for i, tu in enumerate(turns):
        sp, text = tu["sp"], tu["text"]
        if prev is not None:
            gap = _gap(r, p, voice, prev, tu, i, sla)
            start = prev_end + gap
        else:
            start = t
        if voice:
            cps = rate if sp == "agent" else r.uniform(3.6, 5.0)
            dur = max(700, int(spoken_len(text) / cps * 1000) + r.randint(-150, 150))
            end = start + dur
        else:
            end = start
        rec = dict(speaker=sp, text=text, startMs=start, endMs=end)
        if "wait-ask" in tu["tags"]:
            rec["wait"] = True
        if voice:
            rec["confidence"] = round(r.uniform(0.6, 0.9) if tu.get("noisy") else r.uniform(0.82, 0.98), 2)
        tu["startMs"], tu["endMs"] = start, end
        if tu.get("hold") == "music":
            tu["music"] = True
        out.append(rec)
        prev, prev_end = tu, end
        if voice and sp == "agent" and i > 0 and turns[i - 1].get("hold") == "music":
            ev.append(dict(type="hold-start", atMs=turns[i - 1]["endMs"] + 400))
            ev.append(dict(type="hold-end", atMs=start - 300))
    end_ms = prev_end + r.randint(400, 2500)
    if voice:
        ev.append(dict(type="hangup", atMs=end_ms, detail=dict(by="customer")))
    end_ms += r.randint(120, 400)
    ev.append(dict(type="ended", atMs=end_ms))
    ev.sort(key=lambda e: e["atMs"])
    return ev, out, end_ms


def _gap(r, p, voice, prev, cur, i, sla):
    if "nudge" in cur["tags"] or "nudge" in prev["tags"]:
        return p["nudge_gap"]
    if cur["sp"] == "customer":
        if "slow" in cur["tags"]:
            return r.randint(10000, 18000) if voice else r.randint(60000, 140000)
        if prev["sp"] == "customer":
            return r.randint(400, 1200) if voice else r.randint(2000, 8000)
        span = prev["endMs"] - prev["startMs"]
        if voice and p["cust_barge"] and span > 3000 and not p.get("_barged"):
            p["_barged"] = True
            return -r.randint(900, min(2000, span - 1500))
        return r.randint(300, 1500) if voice else r.randint(5000, 28000)
    # the agent speaks next: it owes the word
    if prev.get("hold") in ("proper", "music", "no-thanks"):
        return r.randint(18000, 50000) if voice else r.randint(35000, 110000)
    if prev.get("hold") == "short":
        return r.randint(4000, 7000) if voice else r.randint(8000, 16000)
    if prev.get("hold_after") == "unannounced":
        if p["latency_fail"] and voice:
            return sla["responseLatencyMs"] + r.randint(2000, 7000)
        return r.randint(16000, 19000) if voice else r.randint(33000, 50000)
    if prev["sp"] == "agent":
        return r.randint(300, 900) if voice else r.randint(1000, 3000)
    if p["latency_fail"] and voice and i == p["latency_at"]:
        return sla["responseLatencyMs"] + r.randint(2000, 7000)
    if voice and i == p["dead_at"]:
        return r.randint(9000, 13000)
    if voice and i == p["interrupt_at"]:
        span = prev["endMs"] - prev["startMs"]
        if p["interrupt"] == "fail":
            return -min(r.randint(1000, 2200), span - 400)
        if p["interrupt"] == "soft":
            return -min(r.randint(250, 600), span - 200)
    return r.randint(400, 1800) if voice else r.randint(4000, 14000)


def timing_labels(p, out, ev, sla):
    """Reads the timing checks off the placed turns (see module doc)."""
    voice = p["ch"] == "voice"
    th = VOICE if voice else CHAT
    ts = [t for t in out if t["speaker"] in ("agent", "customer")]
    lab = {}
    first = next(t for t in ts if t["speaker"] == "agent")
    lab["first-response"] = "pass" if first["startMs"] <= sla["firstResponseMs"] else "fail"
    dead, holds, late, inter = False, [], False, False
    run_first = None
    notes = p.setdefault("_timing_notes", {})
    for a, b in zip(ts, ts[1:]):
        if a["speaker"] == "customer" and run_first is None:
            run_first = a
        if b["speaker"] != "agent":
            continue
        gap = b["startMs"] - a["endMs"]
        asked = a["speaker"] == "agent" and a.get("wait")
        at = "{:.1f}s".format(a["endMs"] / 1000)
        if gap >= th["dead"] and not asked:
            dead = True
            notes.setdefault("dead-air", "{}起坐席该说话却静默{:.1f}秒，事先未请客户稍等。".format(at, gap / 1000))
        if gap >= th["hold"]:
            good = bool(asked) and bool(THANKS_WAIT.search(b["text"]))
            holds.append(good)
            if not good:
                notes.setdefault("hold-etiquette", "{}起保持{:.1f}秒：{}。".format(
                    at, gap / 1000, "事先未请求等待" if not asked else "回来后没有感谢等待"))
        if a["speaker"] == "customer":
            since = a["endMs"] if voice else run_first["startMs"]
            if b["startMs"] - since > sla["responseLatencyMs"]:
                late = True
                notes.setdefault("response-latency", "客户话语后{:.1f}秒才回应（SLA {}秒）{}。".format(
                    (b["startMs"] - since) / 1000, sla["responseLatencyMs"] // 1000,
                    "" if voice else "，从第一条未回复消息算，客户中途催问不重置"))
            if voice and b["startMs"] < a["endMs"] - 800:
                inter = True
                notes.setdefault("interruption", "{:.1f}s坐席在客户说完前{:.1f}秒开口。".format(
                    b["startMs"] / 1000, (a["endMs"] - b["startMs"]) / 1000))
        run_first = None
    lab["dead-air"] = "fail" if dead else "pass"
    lab["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    lab["response-latency"] = "fail" if late else "pass"
    if voice:
        lab["interruption"] = "fail" if inter else "pass"
        ag = [t for t in ts if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500]
        chars = sum(spoken_len(t["text"]) for t in ag)
        mins = sum(t["endMs"] - t["startMs"] for t in ag) / 60000
        cpm = chars / mins
        lab["speech-rate"] = "pass" if 120 <= cpm <= 300 else "fail"
        p["_cpm"] = round(cpm)
    else:
        lab["interruption"] = lab["speech-rate"] = "na"
    return lab
