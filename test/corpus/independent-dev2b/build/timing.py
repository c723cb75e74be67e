"""Place turns on the clock and write the contact's events.

Voice: a turn lasts chars / speaking rate; silences come from the turn's `gap` kind.
Chat: startMs = endMs = when the message appears; the gap is the writer's reply time."""
from textutil import char_count

VOICE_GAP = {  # ms before the turn
    "normal": (300, 1800), "dead": None, "hold": (16000, 75000), "short_hold": (9000, 13500),
    "cpause": (9000, 16000), "late_first": None,
}
CHAT_GAP_AGENT = (4000, 22000)
CHAT_GAP_CUST = (6000, 26000)
CHAT_GAP = {"hold": (40000, 170000), "short_hold": (14000, 26000), "cpause": (45000, 150000)}


def dead_len(rng, voice):
    """Unannounced silence: voice 9-14 s (dead air only), 16-28 s (also an unannounced hold),
    31-45 s (also a late reply); chat always >= 30 s."""
    if voice:
        lo, hi = rng.choice([(9000, 14000), (16000, 28000), (31000, 45000)])
    else:
        lo, hi = (34000, 150000)
    return rng.randint(lo, hi)


def place(turns, pre, rng, voice, agent_cpm, sla_first):
    """pre: list of (speaker, text) turns before the agent joins (IVR / bot / system).
    Returns (turns with startMs/endMs, events, joinMs)."""
    ev = [dict(type="started", atMs=0)]
    out = []
    cust_cps = rng.uniform(3.4, 4.6)
    dur = lambda t: int(char_count(t["text"]) / ((agent_cpm / 60.0) if t["sp"] == "agent" else cust_cps) * 1000)
    if voice:
        ev.append(dict(type="dialed", atMs=150))
        ring = rng.randint(1200, 2500)
        ev.append(dict(type="ringing", atMs=ring))
        t = ring + rng.randint(3000, 9000)
        ev.append(dict(type="answered", atMs=t))
        for sp, text in pre:
            ev.append(dict(type="ivr-prompt", atMs=t + 200))
            d = int(char_count(text) / 4.2 * 1000)
            out.append(dict(sp=sp, text=text, startMs=t + 200, endMs=t + 200 + d, pre=True))
            t += 200 + d
            ev.append(dict(type="dtmf", atMs=t + 1200, detail=dict(digits="0")))
            t += 1500
        if pre:
            ev.append(dict(type="queued", atMs=t))
            t += rng.randint(1500, 6000)
        join = t
    else:
        ev.append(dict(type="page-loaded", atMs=rng.randint(600, 1500)))
        t = 2000
        for sp, text in pre:
            t += rng.randint(1500, 5000)
            out.append(dict(sp=sp, text=text, startMs=t, endMs=t, pre=True))
        ev.append(dict(type="queued", atMs=t + 300))
        join = t + rng.randint(2000, 6000)
    ev.append(dict(type="agent-joined", atMs=join))
    t = join
    prev = None
    for tr in turns:
        g = tr["gap"]
        if prev is None:
            gap = (rng.randint(sla_first + 2000, sla_first + 12000) if voice else rng.randint(35000, 80000)) \
                if g == "late_first" else (rng.randint(500, 2500) if voice else rng.randint(2000, 9000))
        elif g == "dead":
            gap = dead_len(rng, voice)
        elif voice:
            if g == "overlap":
                gap = -min(rng.randint(1000, 2600), max(900, prev["endMs"] - prev["startMs"] - 400))
            elif g == "nearmiss" or g == "cust_overlap":
                gap = -rng.randint(150, 650) if g == "nearmiss" else -rng.randint(900, 1600)
            elif g == "normal" and tr["sp"] == "agent" and rng.random() < 0.08:
                gap = rng.randint(4500, 7500)  # a slow but not dead reply (< 8 s)
            else:
                gap = rng.randint(*VOICE_GAP[g])
        else:
            gap = rng.randint(*CHAT_GAP[g]) if g in CHAT_GAP else rng.randint(*(CHAT_GAP_AGENT if tr["sp"] == "agent" else CHAT_GAP_CUST))
            if g == "normal" and tr["sp"] == "agent" and rng.random() < 0.1:
                gap = rng.randint(24000, 29000)  # slow chat reply, still inside 30 s
        start = max(0, t + gap)
        if prev is not None and voice and g == "cust_overlap":
            start = max(prev["startMs"] + 300, prev["endMs"] - rng.randint(900, 1600))
        end = start + (dur(tr) if voice else 0)
        tr = dict(tr, startMs=start, endMs=end)
        if voice and g == "hold" and rng.random() < 0.5:  # music on hold, announced before
            ev.append(dict(type="hold-start", atMs=t + rng.randint(600, 2000)))
            ev.append(dict(type="hold-end", atMs=start - rng.randint(300, 900)))
        if voice and g == "dead" and gap >= 16000 and rng.random() < 0.4:  # put on hold without a word
            ev.append(dict(type="hold-start", atMs=t + rng.randint(400, 1500)))
            ev.append(dict(type="hold-end", atMs=start - rng.randint(300, 900)))
        out.append(tr)
        t = max(t, end)
        prev = tr
    end = t + rng.randint(800, 3000)
    ev.append(dict(type="hangup", atMs=end - 200, detail=dict(by="customer")))
    ev.append(dict(type="ended", atMs=end))
    return out, ev, join, end
