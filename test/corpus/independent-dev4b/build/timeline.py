"""Places beats on a clock and derives the timing labels from the placed silences (set independent-dev4b).

The silences are put where the plan wants them (gap kinds from assemble.py); the labels below are this
set's reading of the brief's definitions applied to what was placed.
"""
from assemble import plain
from common import THANK_WAIT_MARKERS

VOICE_GAP = {"hold": (16000, 42000), "hold-bare": (16500, 28000), "dead": (8800, 13500), "custpause": (9000, 15000),
             "shortwait": (3000, 6500)}
CHAT_GAP = {"hold": (36000, 110000), "dead": (35000, 62000), "custpause": (31000, 60000), "shortwait": (8000, 20000)}


def u(rng, a, b):
    return int(rng.uniform(a, b))


def place(beats, p, sc, rng):
    voice = p["channel"] == "voice"
    fast = sc["fast"]
    sla = 6000 if fast else 20000
    ev, turns = [{"type": "started", "atMs": 0}], []
    if voice:
        ev.append({"type": "dialed", "atMs": u(rng, 100, 220)})
        ring = u(rng, 1400, 3000)
        ev.append({"type": "ringing", "atMs": ring})
        t = ring + u(rng, 2500, 7000)
        ev.append({"type": "answered", "atMs": t})
        if p["ivr"]:
            txt = "您好，欢迎致电" + sc["org"] + "，本次通话可能会被录音。人工服务请按零。"
            d = int(len(plain(txt)) / 4.2 * 1000)
            turns.append({"speaker": "ivr", "text": txt, "startMs": t + 400, "endMs": t + 400 + d, "confidence": 0.95})
            t += 400 + d
            ev.append({"type": "dtmf", "atMs": t + 1500, "detail": {"digits": "0"}})
            txt2 = "正在为您转接人工服务，请稍候。"
            turns.append({"speaker": "ivr", "text": txt2, "startMs": t + 2200, "endMs": t + 5600, "confidence": 0.93})
            t += 5600
            ev.append({"type": "queued", "atMs": t + 100})
    else:
        t = u(rng, 300, 1200)
        ev.append({"type": "page-loaded", "atMs": t})
        if rng.random() < 0.6:
            turns.append({"speaker": "system", "text": "正在为您接入人工客服，请稍候…", "startMs": t + 300, "endMs": t + 300})
            ev.append({"type": "queued", "atMs": t + 300})
        t += 300
    join = u(rng, 38000, 85000) if p["first_resp"] == "fail" else min(t + u(rng, 600, 9000), 26000)
    join = max(join, t + 200)
    if p.get("transfer"):
        ev.append({"type": "transfer", "atMs": join - 150, "detail": {"to": "人工坐席"}})
    ev.append({"type": "agent-joined", "atMs": join})
    cur = join + u(rng, 300, 1200)
    first_unanswered = None
    rate = {"normal": (3.4, 4.6), "fast": (5.6, 6.5), "slow": (1.4, 1.8)}[p["rate"]]
    meta = []
    interrupt_done = p["interrupt"] is None
    prev = None
    for i, (spk, text, kind, tag) in enumerate(beats):
        if i == 0:
            start = cur
        else:
            if voice:
                if kind in VOICE_GAP:
                    gap = u(rng, *VOICE_GAP[kind])
                elif kind == "latency":
                    gap = u(rng, 6500, 7500) if fast else u(rng, 21000, 26000)
                elif spk == "agent" and prev == "customer":
                    gap = u(rng, 300, 1800)
                elif spk == "customer" and prev == "agent":
                    gap = u(rng, 300, 1500)
                else:
                    gap = u(rng, 200, 700)
                start = cur + gap
                last_c = turns[-1]
                if (not interrupt_done and spk == "agent" and prev == "customer" and kind == "normal"
                        and last_c["endMs"] - last_c["startMs"] >= 2000 and i > 2):
                    dur = last_c["endMs"] - last_c["startMs"]
                    back = u(rng, 1000, min(2000, dur - 400)) if p["interrupt"] == "fail" else u(rng, 150, 500)
                    start = last_c["endMs"] - back
                    interrupt_done = True
            else:
                if kind in CHAT_GAP:
                    gap = u(rng, *CHAT_GAP[kind])
                elif kind == "latency":
                    waited = cur - (first_unanswered if first_unanswered is not None else cur)
                    gap = max(u(rng, 8000, 25000) if fast else u(rng, 22000, 28500), sla + 1500 - waited)
                    gap = min(gap, 29000)
                elif spk == "agent" and prev == "customer":
                    gap = u(rng, 1500, 4500) if fast else u(rng, 3000, 13000)
                    waited = cur - first_unanswered if first_unanswered is not None else 0
                    gap = max(800, min(gap, sla - 1500 - waited))
                elif spk == "customer" and prev == "customer":
                    gap = u(rng, 1200, 2500) if fast else u(rng, 2000, 6000)
                elif spk == "customer":
                    gap = u(rng, 4000, 25000)
                else:
                    gap = u(rng, 1000, 5000)
                start = cur + gap
        if voice:
            chars = max(1, len(plain(text)))
            r = rng.uniform(*rate) if spk == "agent" else rng.uniform(3.0, 5.0)
            end = start + max(450, int(chars / r * 1000))
            conf = round(rng.uniform(0.6, 0.88) if p["noisy"] else rng.uniform(0.85, 0.98), 2)
            turns.append({"speaker": spk, "text": text, "startMs": start, "endMs": end, "confidence": conf})
            cur = max(cur, end)
        else:
            end = start
            turns.append({"speaker": spk, "text": text, "startMs": start, "endMs": end})
            cur = end
        meta.append((spk, kind, tag))
        if spk == "customer":
            if first_unanswered is None:
                first_unanswered = start
        else:
            first_unanswered = None
        prev = spk
    if voice:
        by = "customer" if (p["closing"] == "na" or rng.random() < 0.7) else "agent"
        hang = cur + (u(rng, 200, 600) if p["closing"] == "na" else u(rng, 400, 1500))
        ev.append({"type": "hangup", "atMs": hang, "detail": {"by": by}})
        endt = hang + u(rng, 120, 300)
    else:
        endt = cur + (u(rng, 300, 900) if p["closing"] == "na" else u(rng, 1500, 6000))
    ev.append({"type": "ended", "atMs": endt})
    if voice and p.get("music"):
        for j, (spk, kind, tag) in enumerate(meta):
            if kind == "hold":
                ev.append({"type": "hold-start", "atMs": turns_agent_end_before(turns, meta, j) + 300})
                ev.append({"type": "hold-end", "atMs": turns[_turn_index(turns, meta, j)]["startMs"] - 300})
    ev.sort(key=lambda e: e["atMs"])
    return turns, ev, meta, endt, join


def _turn_index(turns, meta, j):
    return len(turns) - len(meta) + j


def turns_agent_end_before(turns, meta, j):
    k = _turn_index(turns, meta, j)
    return max(tt["endMs"] for tt in turns[:k])


def timing_labels(turns, meta, p, sc, join):
    """This set's reading of first-response, response-latency, dead-air, hold-etiquette, interruption, speech-rate."""
    voice = p["channel"] == "voice"
    sla = 6000 if sc["fast"] else 20000
    off = len(turns) - len(meta)
    body = turns[off:]
    L, why = {}, {}
    first_agent = body[0]["startMs"]
    L["first-response"] = "pass" if first_agent <= 30000 else "fail"
    if L["first-response"] == "fail":
        why["first-response"] = f"first agent turn at {first_agent / 1000:.1f}s, SLA 30s (queue)"
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    dead, holds, late = [], [], []
    maxend = body[0]["endMs"]
    first_unans = None
    for j in range(1, len(body)):
        tt, (spk, kind, tag) = body[j], meta[j]
        gap = tt["startMs"] - maxend
        if spk == "agent":
            if first_unans is not None:
                since = first_unans if not voice else first_unans
                lat = tt["startMs"] - since
                announced = any(meta[k][2] == "hold-ask" for k in range(max(0, j - 3), j)) and kind == "hold"
                if lat > sla and not announced:
                    late.append(lat)
            if gap >= dead_thr and kind != "hold":
                dead.append(gap)
            if gap >= hold_thr:
                thanked = any(m in plain(tt["text"]) for m in THANK_WAIT_MARKERS)
                holds.append((gap, kind == "hold", thanked))
            first_unans = None
        elif first_unans is None:
            first_unans = tt["endMs"] if voice else tt["startMs"]
        maxend = max(maxend, tt["endMs"])
    L["response-latency"] = "fail" if late else "pass"
    if late:
        why["response-latency"] = f"a customer turn waited {max(late) / 1000:.1f}s for the agent (SLA {sla // 1000}s), no hold announced"
    L["dead-air"] = "fail" if dead else "pass"
    if dead:
        why["dead-air"] = f"agent owed the next word and stayed silent {max(dead) / 1000:.1f}s without announcing a wait"
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        bad = [h for h in holds if not (h[1] and h[2])]
        L["hold-etiquette"] = "fail" if bad else "pass"
        if bad:
            g, asked, thanked = bad[0]
            why["hold-etiquette"] = f"{g / 1000:.0f}s hold: " + ("not announced" if not asked else "announced but no thanks for waiting")
    if voice:
        inter = [tt for j, tt in enumerate(body) if j and tt["speaker"] == "agent" and body[j - 1]["speaker"] == "customer"
                 and tt["startMs"] <= body[j - 1]["endMs"] - 800]
        L["interruption"] = "fail" if inter else "pass"
        if inter:
            why["interruption"] = "agent started ≥0.8s before the customer finished: " + inter[0]["text"][:12]
        ag = [tt for tt in body if tt["speaker"] == "agent" and tt["endMs"] - tt["startMs"] >= 1500]
        chars = sum(len(plain(tt["text"])) for tt in ag)
        mins = sum(tt["endMs"] - tt["startMs"] for tt in ag) / 60000
        cpm = chars / mins if mins else 200
        L["speech-rate"] = "pass" if 120 <= cpm <= 300 else "fail"
        if L["speech-rate"] == "fail":
            why["speech-rate"] = f"agent rate {cpm:.0f} chars/min"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    return L, why
