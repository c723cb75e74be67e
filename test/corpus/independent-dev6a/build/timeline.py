"""Places hand-written turns on a clock and derives the timing labels from the placed timeline.

The generator decides on purpose where silences go (an announced hold, dead air, a late first reply,
an agent talking over the customer); this module turns those decisions into startMs/endMs and then
reads the timing checks back off the result, using the brief's definitions literally:
dead air voice >= 8 s / chat >= 30 s where the agent owed the next word; a hold = agent silence
while the customer waits, voice >= 15 s / chat >= 30 s; response latency from the first unanswered
customer turn; first response from agent-joined.
"""
import re

PUNCT = re.compile(r"[\s，。！？、：；,.!?:;～~…“”\"'（）()《》·\-—]+")
DEADAIR_MS = {"voice": 8000, "webchat": 30000}
HOLD_MS = {"voice": 15000, "webchat": 30000}


def spoken_len(text):
    """Characters actually spoken: punctuation and spaces are not."""
    return len(PUNCT.sub("", text))


def place(items, channel, joined_ms, agent_cps, rng):
    """items: dicts {sp, text, tags, gap?}. gap = silence before the turn in ms (negative = overlap)."""
    turns, t = [], joined_ms
    for it in items:
        sp, text = it["sp"], it["text"]
        if "gap" in it:
            gap = it["gap"]
        elif channel == "voice":
            gap = rng.randint(300, 1400)
        else:
            gap = rng.randint(4000, 16000) if sp == "agent" else rng.randint(3000, 14000)
        start = t + gap
        if turns and start <= turns[-1][0]["startMs"]:
            start = turns[-1][0]["startMs"] + 200  # an overlap never reorders the turns
        if channel == "voice":
            cps = agent_cps if sp == "agent" else rng.uniform(3.8, 4.8)
            if sp in ("ivr", "bot"):
                cps = 4.0
            dur = max(600, int(spoken_len(text) / cps * 1000))
            end = start + dur
        else:
            end = start
        turn = {"speaker": sp, "text": text, "startMs": start, "endMs": end}
        turns.append((turn, it.get("tags", set())))
        t = end
    return turns


def timing_labels(placed, channel, joined_ms, sla):
    """Timing checks read off the placed turns. Returns (labels, why)."""
    lab, why = {}, {}
    agents = [i for i, (tr, _) in enumerate(placed) if tr["speaker"] == "agent"]
    first = placed[agents[0]][0]["startMs"] - joined_ms
    lab["first-response"] = "pass" if first <= sla["firstResponseMs"] else "fail"
    if lab["first-response"] == "fail":
        why["first-response"] = f"first agent turn {first/1000:.1f}s after agent-joined (SLA {sla['firstResponseMs']/1000:.0f}s)"
    dead, holds = [], []
    for i in agents:
        tr, tags = placed[i]
        prev = placed[i - 1][0] if i > 0 and placed[i - 1][0]["speaker"] in ("agent", "customer") else None
        if prev is None:
            silence = tr["startMs"] - joined_ms
            if silence >= DEADAIR_MS[channel]:
                dead.append(f"{silence/1000:.1f}s before the first agent turn")
            continue
        silence = tr["startMs"] - prev["endMs"]
        if "resume" in tags:
            holds.append(("asked", "thanks" in tags, silence))
            continue
        if prev["speaker"] != "customer":
            continue
        if silence >= DEADAIR_MS[channel]:
            dead.append(f"{silence/1000:.1f}s unannounced silence after the customer's turn at {prev['startMs']/1000:.1f}s")
        if silence >= HOLD_MS[channel]:
            holds.append(("unasked", False, silence))
    lab["dead-air"] = "fail" if dead else "pass"
    if dead:
        why["dead-air"] = "; ".join(dead)
    if not holds:
        lab["hold-etiquette"] = "na"
    elif all(h[0] == "asked" and h[1] for h in holds):
        lab["hold-etiquette"] = "pass"
        why["hold-etiquette"] = f"{len(holds)} hold(s), asked to wait before and thanked after each"
    else:
        lab["hold-etiquette"] = "fail"
        bad = [h for h in holds if not (h[0] == "asked" and h[1])]
        why["hold-etiquette"] = "; ".join(
            f"{h[2]/1000:.0f}s hold " + ("without asking the customer to wait" if h[0] == "unasked" else "asked for, but no thanks for waiting after it")
            for h in bad)
    late = []
    i = 0
    while i < len(placed):
        tr, _ = placed[i]
        if tr["speaker"] == "customer" and (i == 0 or placed[i - 1][0]["speaker"] != "customer"):
            j = i
            while j < len(placed) and placed[j][0]["speaker"] == "customer":
                j += 1
            if j < len(placed) and placed[j][0]["speaker"] == "agent" and "resume" not in placed[j][1]:
                wait = placed[j][0]["startMs"] - tr["endMs"]
                if wait > sla["responseLatencyMs"]:
                    late.append(f"customer turn at {tr['startMs']/1000:.1f}s answered after {wait/1000:.1f}s")
            i = j
        else:
            i += 1
    lab["response-latency"] = "fail" if late else "pass"
    if late:
        why["response-latency"] = "; ".join(late)
    if channel == "voice":
        cut = []
        for i in agents:
            if i > 0 and placed[i - 1][0]["speaker"] == "customer":
                over = placed[i - 1][0]["endMs"] - placed[i][0]["startMs"]
                if over >= 800:
                    cut.append(f"agent started {over/1000:.1f}s before the customer finished at {placed[i-1][0]['endMs']/1000:.1f}s")
        lab["interruption"] = "fail" if cut else "pass"
        if cut:
            why["interruption"] = "; ".join(cut)
        chars = ms = 0
        for i in agents:
            tr = placed[i][0]
            if tr["endMs"] - tr["startMs"] >= 1500:
                chars += spoken_len(tr["text"])
                ms += tr["endMs"] - tr["startMs"]
        rate = chars / (ms / 60000) if ms else 0
        lab["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
        if lab["speech-rate"] == "fail":
            why["speech-rate"] = f"agent speaks {rate:.0f} chars/min over turns >= 1.5s (band 120-300)"
    else:
        lab["interruption"] = lab["speech-rate"] = "na"
    return lab, why
