"""Place beats on a timeline: turn durations, the silences the labels call for, and the events.

Voice thresholds (definitions): dead air >= 8 s, hold >= 15 s; chat: dead air >= 30 s, hold >= 30 s.
SLA used by every scenario: first response 20 s, response latency 45 s. The ranges below keep every
ordinary silence clearly under a threshold and every deliberate one clearly over it.
"""
import re

SPOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")

GAPS_VOICE = {"deadair": (9.5, 14.0), "late": (48.0, 60.0), "hold": (20.0, 58.0), "music": (25.0, 70.0),
              "short": (9.0, 12.5), "noask": (16.5, 24.0), "custpause": (10.0, 16.0)}
GAPS_CHAT = {"deadair": (33.0, 41.0), "late": (52.0, 90.0), "hold": (40.0, 140.0), "short": (17.0, 26.0),
             "noask": (32.0, 41.0), "custpause": (50.0, 95.0)}
RATE = {"normal": (3.6, 4.4), "fast": (5.6, 6.3), "slow": (1.55, 1.85)}  # agent chars per second


def spoken_len(text):
    return len(SPOKEN.findall(text))


def ms(s):
    return int(round(s * 1000))


def voice_timeline(rng, beats, m, ivr_turns):
    events = [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": rng.randint(90, 260)}]
    t = events[-1]["atMs"] + rng.randint(1500, 3200)
    events.append({"type": "ringing", "atMs": t})
    t += rng.randint(3500, 9000)
    events.append({"type": "answered", "atMs": t})
    turns = []
    for text in ivr_turns:  # IVR menu before the agent (answer time, not first response)
        t += rng.randint(300, 900)
        d = ms(len(text) / rng.uniform(4.0, 4.6))
        turns.append({"speaker": "ivr", "text": text, "startMs": t, "endMs": t + d, "confidence": round(rng.uniform(0.9, 0.98), 2)})
        t += d
        events.append({"type": "ivr-prompt", "atMs": turns[-1]["startMs"]})
    if ivr_turns:
        t += rng.randint(1200, 2500)
        events.append({"type": "dtmf", "atMs": t, "detail": {"digits": str(rng.randint(1, 3))}})
        events.append({"type": "queued", "atMs": t + 600})
        t += rng.randint(12000, 85000)
    else:
        t += rng.randint(200, 600)
    joined = t
    events.append({"type": "agent-joined", "atMs": joined})
    rate = rng.uniform(*RATE[m["rate"]])
    agent_idx = [i for i, b in enumerate(beats) if b["speaker"] == "agent" and b["gap"] == "normal" and i > 0 and beats[i - 1]["speaker"] == "customer"
                 and spoken_len(beats[i - 1]["text"]) >= 9]
    cut_at = rng.choice(agent_idx) if agent_idx and m["interrupt"] in ("overlap", "small") else None
    if cut_at is None:
        m["interrupt"] = "none"  # no customer turn long enough to talk over: the label follows what happened
    prev = None
    for i, b in enumerate(beats):
        n = spoken_len(b["text"])
        if b["speaker"] == "agent":
            dur = ms(max(n / rate, 0.8))
            if b["gap"] == "first":
                start = joined + (ms(rng.uniform(22.0, 28.0)) if m["fr"] == "late" else ms(rng.uniform(0.6, 2.4)))
            elif i == cut_at:
                back = rng.uniform(1.1, 2.0) if m["interrupt"] == "overlap" else rng.uniform(0.15, 0.45)
                start = max(prev["startMs"] + 400, prev["endMs"] - ms(back))
            elif b["gap"] in GAPS_VOICE:
                start = prev["endMs"] + ms(rng.uniform(*GAPS_VOICE[b["gap"]]))
            else:
                start = prev["endMs"] + ms(rng.uniform(0.5, 1.9) if prev["speaker"] == "customer" else rng.uniform(0.3, 0.8))
        else:
            dur = ms(max(n / rng.uniform(3.9, 5.0), 0.6))
            gap = GAPS_VOICE["custpause"] if b["gap"] == "custpause" else (0.4, 1.4)
            start = prev["endMs"] + ms(rng.uniform(*gap))
        if b["gap"] == "music":
            events.append({"type": "hold-start", "atMs": prev["endMs"] + 700})
            events.append({"type": "hold-end", "atMs": start - 600})
        turn = {"speaker": b["speaker"], "text": b["text"], "startMs": start, "endMs": start + dur}
        turns.append(turn)
        prev = turn
    end = prev["endMs"] + rng.randint(300, 900)
    events.append({"type": "hangup", "atMs": end, "detail": {"by": "customer"}})
    events.append({"type": "ended", "atMs": end + rng.randint(150, 260)})
    return events, turns


def chat_timeline(rng, beats, m, org):
    events = [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": rng.randint(700, 2600)}]
    t = events[-1]["atMs"] + rng.randint(1500, 4000)
    turns = []
    if rng.random() < 0.4:  # queue notice: waiting before the agent joins is not first-response time
        events.append({"type": "queued", "atMs": t})
        turns.append({"speaker": "system", "text": f"您已进入{org}人工服务排队，前面还有{rng.randint(1, 6)}位", "startMs": t, "endMs": t})
        t += rng.randint(15000, 120000)
    joined = t
    events.append({"type": "agent-joined", "atMs": joined})
    prev, first_unanswered = None, None
    for b in beats:
        if b["speaker"] == "agent":
            if b["gap"] == "first":
                at = joined + (ms(rng.uniform(22.5, 28.0)) if m["fr"] == "late" else ms(rng.uniform(3.0, 12.0)))
            else:
                base = first_unanswered if prev["speaker"] == "customer" else prev["startMs"]
                if b["gap"] in GAPS_CHAT:
                    at = base + ms(rng.uniform(*GAPS_CHAT[b["gap"]]))
                elif prev["speaker"] == "agent":
                    at = prev["startMs"] + ms(rng.uniform(2.0, 5.0))
                else:
                    at = max(prev["startMs"] + 2000, base + ms(rng.uniform(6.0, 20.0)))
            first_unanswered = None
        else:
            if b["gap"] == "custpause":
                at = prev["startMs"] + ms(rng.uniform(*GAPS_CHAT["custpause"]))
            elif b["gap"] == "burst":
                at = prev["startMs"] + ms(rng.uniform(2.0, 5.0))
            else:
                at = prev["startMs"] + ms(rng.uniform(5.0, 24.0))
            if first_unanswered is None:
                first_unanswered = at
        turn = {"speaker": b["speaker"], "text": b["text"], "startMs": at, "endMs": at}
        turns.append(turn)
        prev = turn
    end = prev["startMs"] + rng.randint(1500, 4000)
    events.append({"type": "ended", "atMs": end, "detail": {"by": "customer"}})
    return events, turns
