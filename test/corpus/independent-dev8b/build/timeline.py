"""Places turns on a clock and measures the timing labels from the silences as placed.

Each turn carries the kind of silence before it (who owed the next word): that is the ground truth the
timing labels follow — an announced hold, a customer's own pause, or a silence the agent owed.
"""
import re
import material as M

PUNCT = re.compile(r"[，。？！、：；～,.?!:;~…（）()“”\"'·\s]")
HOMOPHONES = {"那个": "哪个", "的话": "得话", "现在": "现再", "已经": "以经", "怎么": "咋么", "还是": "还似"}


def spoken_chars(text):
    return len(PUNCT.sub("", text))


def add_noise(turn, rng):
    t = turn["text"]
    if turn["sp"] == "customer" and not turn.get("complaint"):
        for a, b in HOMOPHONES.items():
            if a in t and rng.random() < 0.5:
                t = t.replace(a, b)
    if rng.random() < 0.3:
        t = rng.choice(M.FILLERS) + (" " if rng.random() < 0.5 else "") + t
    if rng.random() < 0.65:
        t = re.sub(r"[，。？！、：；～]", lambda m: rng.choice([" ", "", " "]), t).strip()
    turn["text"] = t


def place(turns, ch, plan, sc, rng, joined):
    """Sets startMs/endMs on each turn; returns the hold-start/hold-end events it implies."""
    voice = ch == "voice"
    lat_sla = sc["latency"]
    cps_agent = {"normal": rng.uniform(3.5, 4.6), "fast": rng.uniform(5.4, 6.2), "slow": rng.uniform(1.55, 1.9),
                 "brisk": rng.uniform(4.7, 4.9)}[plan["rate"]]
    events = []
    t = joined
    prev = None
    overlap_done = False
    for i, turn in enumerate(turns):
        kind = turn.get("gap")
        sp = turn["sp"]
        if prev is None:
            base = rng.randint(700, 2600) if voice else rng.randint(2500, 9000)
            if turn.get("first_delay") is not None:
                base = turn["first_delay"]
        elif kind == "customer-pause":
            base = rng.randint(9000, 20000) if voice else rng.randint(35000, 90000)
        elif kind == "hold":
            base = rng.randint(16000, 75000) if voice else rng.randint(32000, 150000)
        elif kind == "hold-short":
            base = rng.randint(3000, 9000) if voice else rng.randint(8000, 22000)
        elif kind == "dead":
            base = rng.randint(8500, 14000) if voice else rng.randint(31000, 55000)
        elif kind == "long":
            base = lat_sla + rng.randint(3000, 25000)
        elif kind == "nag-step":
            base = rng.randint(12000, 26000)
        elif sp == "agent" and prev["sp"] == "customer":
            base = rng.randint(300, 1500) if voice else rng.randint(3000, min(14000, lat_sla - 6000))
        elif sp == "customer" and prev["sp"] == "agent":
            base = rng.randint(300, 1400) if voice else rng.randint(4000, 20000)
        else:
            base = rng.randint(200, 800) if voice else rng.randint(2000, 9000)
        if turn.get("gap_ms") is not None:
            base = turn["gap_ms"]
        start = t + base
        if turn.get("min_from_joined") is not None:
            start = max(start, joined + turn["min_from_joined"])
        if voice and sp == "agent" and prev is not None and prev["sp"] == "customer" and kind is None and not overlap_done:
            if plan["interrupt"] and i >= 2:
                start = prev["endMs"] - rng.randint(1000, 2400)
                start = max(start, prev["startMs"] + 400)
                overlap_done = True
            elif plan["soft_overlap"] and i >= 2:
                start = prev["endMs"] - rng.randint(200, 600)
                overlap_done = True
        if voice:
            cps = cps_agent if sp == "agent" else rng.uniform(3.8, 5.4)
            dur = int(1000 * max(spoken_chars(turn["text"]), 1) / cps) + rng.randint(0, 120)
        else:
            dur = 0
        turn["startMs"], turn["endMs"] = start, start + dur
        if kind == "hold" and turn.get("music") and voice:
            events.append({"type": "hold-start", "atMs": t + 900})
            events.append({"type": "hold-end", "atMs": start - 700})
        t = max(t, turn["endMs"])
        prev = turn
    return events


def measure(turns, ch, sc, joined):
    """The timing labels, measured from the placed turns and the silences' kinds."""
    voice = ch == "voice"
    T_dead, T_hold = (8000, 15000) if voice else (30000, 30000)
    L, W = {}, {}
    agent_idx = [i for i, x in enumerate(turns) if x["sp"] == "agent"]
    first = turns[agent_idx[0]]
    fr = first["startMs"] - joined
    L["first-response"] = "fail" if fr > sc["first"] else "pass"
    if fr > sc["first"]:
        W["first-response"] = f"first agent turn {fr / 1000:.1f}s after the agent joined (SLA {sc['first'] / 1000:.0f}s)"
    dead, holds_bad, holds, lat_bad = [], [], 0, []
    if fr >= T_dead and not any(x["sp"] == "customer" for x in turns[:agent_idx[0]]):
        dead.append(("opening", fr))
    elif fr >= T_dead:
        gaps = [turns[0]["startMs"] - joined] + [turns[k]["startMs"] - turns[k - 1]["endMs"] for k in range(1, agent_idx[0] + 1)]
        if max(gaps) >= T_dead:
            dead.append(("opening", max(gaps)))
    for i in range(agent_idx[0] + 1, len(turns)):
        cur, prev = turns[i], turns[i - 1]
        gap = cur["startMs"] - prev["endMs"]
        kind = cur.get("gap")
        announced = kind in ("hold", "hold-short")
        agent_owed = cur["sp"] == "agent" and kind not in ("hold", "hold-short", "customer-pause") and prev["sp"] == "customer"
        if agent_owed and gap >= T_dead:
            dead.append((i, gap))
        if (announced or agent_owed) and gap >= T_hold:
            holds += 1
            if not announced:
                holds_bad.append(f"unannounced {gap / 1000:.0f}s silence at turn {i}")
            elif not cur.get("thanked"):
                holds_bad.append(f"hold of {gap / 1000:.0f}s at turn {i} ends without thanks")
    for k, i in enumerate(agent_idx):
        lo = agent_idx[k - 1] if k else -1
        waiting = [j for j in range(lo + 1, i) if turns[j]["sp"] == "customer"]
        if not waiting or turns[i].get("gap") in ("hold", "hold-short"):
            continue
        c = turns[waiting[0]]
        lat = turns[i]["startMs"] - (c["endMs"] if voice else c["startMs"])
        if lat > sc["latency"]:
            lat_bad.append((i, lat))
    L["dead-air"] = "fail" if dead else "pass"
    if dead:
        W["dead-air"] = f"unannounced silence of {dead[0][1] / 1000:.1f}s where the agent owed the next word"
    L["hold-etiquette"] = "na" if holds == 0 else ("fail" if holds_bad else "pass")
    if holds_bad:
        W["hold-etiquette"] = "; ".join(holds_bad)
    L["response-latency"] = "fail" if lat_bad else "pass"
    if lat_bad:
        W["response-latency"] = f"customer waited {lat_bad[0][1] / 1000:.1f}s for turn {lat_bad[0][0]} (SLA {sc['latency'] / 1000:.0f}s, no hold announced)"
    if voice:
        bad = [i for i in agent_idx if i and turns[i - 1]["sp"] == "customer" and turns[i]["startMs"] <= turns[i - 1]["endMs"] - 800]
        L["interruption"] = "fail" if bad else "pass"
        if bad:
            W["interruption"] = f"agent starts {(turns[bad[0] - 1]['endMs'] - turns[bad[0]]['startMs']) / 1000:.1f}s before the customer finished"
        elif any(i and turns[i - 1]["sp"] == "customer" and turns[i]["startMs"] < turns[i - 1]["endMs"] for i in agent_idx):
            W["interruption"] = "a short overlap (<0.8s) only — a back-channel, not an interruption"
        long_turns = [turns[i] for i in agent_idx if turns[i]["endMs"] - turns[i]["startMs"] >= 1500]
        chars = sum(spoken_chars(x["text"]) for x in long_turns)
        secs = sum(x["endMs"] - x["startMs"] for x in long_turns) / 1000
        rate = 60 * chars / secs if secs else 0
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
        if L["speech-rate"] == "fail" or rate > 270:
            W["speech-rate"] = f"agent speaks {rate:.0f} characters per minute over its turns ≥1.5s"
    else:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    return L, W
