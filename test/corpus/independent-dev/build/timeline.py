"""Timing: turn times from beats, and the timing labels by the spec's silence-accounting rule.

The labels here are computed from the beats' structural tags (q / hold / thx / ack) that the
dialogue builder set when it wrote each line, not by reading the words.
"""
import re

VOICE_DA, VOICE_HOLD, CHAT_DA, CHAT_HOLD = 8000, 15000, 30000, 30000
HAN = re.compile(r"[\u4e00-\u9fff]")


def han(text):
    return len(HAN.findall(text))


class Ambiguous(Exception):
    """Raised when a generated contact would be judged differently by two fair readings of the spec."""


def lay_out(p, beats, rng, join, cust_cps):
    voice = p["channel"] == "voice"
    turns, events = [], []
    max_end, last = join, None
    applied = {"interrupt": False, "small_overlap": False, "cust_interrupts": False}

    def dur(b):
        if not voice:
            return 0
        cps = p["agent_cps"] if b["sp"] == "agent" else cust_cps
        n = han(b["text"]) + 0.5 * len(re.findall(r"[0-9A-Za-z]", b["text"]))
        return int(max(350, n / cps * 1000 * rng.uniform(0.97, 1.03)))

    for i, b in enumerate(beats):
        prev = last
        if prev is None:   # first beat after the agent joined
            if b["sp"] == "customer":   # 喂？ before a slow agent (late first response)
                gap = rng.randint(2000, 3500) if voice else rng.randint(6000, 9000)
            elif p["late_first"]:
                target = rng.randint(11000, 15500) if voice else rng.randint(12000, 25000)
                gap = None
            else:
                gap = rng.randint(500, 2500) if voice else rng.randint(2000, 8000)
        else:
            gap = natural_gap(voice, prev["sp"], b, rng)
        if prev is not None and prev["sp"] == "customer" and b["sp"] == "agent" and p["late_first"] and "first" in b["tags"]:
            target = rng.randint(11000, 15500) if voice else rng.randint(12000, 25000)
            gap = None
        if gap is None:   # late first response: at the target time, but never leave an agent-owed silence >= threshold
            start = max(join + target, max_end + 1200)
            if start - max_end >= (VOICE_DA if voice else CHAT_DA) - 1000:
                raise Ambiguous("late-first gap too long")
        else:
            start = max_end + gap
        # overlaps (voice): the agent cuts in / backchannels, or the customer cuts in
        if voice and prev is not None and prev["sp"] == "customer" and b["sp"] == "agent" \
                and (prev.get("long") or p["interrupt"]):
            pd = prev["endMs"] - prev["startMs"]
            if p["interrupt"] and not applied["interrupt"] and pd > 2300 and "first" not in b["tags"]:
                ov = rng.randint(900, max(901, min(2500, pd - 1200)))
                start, applied["interrupt"] = prev["endMs"] - ov, True
                b["interrupted"] = ov
            elif p["small_overlap"] and not applied["small_overlap"] and pd > 2000:
                start, applied["small_overlap"] = prev["endMs"] - rng.randint(200, 600), True
        if voice and p["cust_interrupts"] and not applied["cust_interrupts"] and prev is not None and prev["sp"] == "agent" \
                and b["sp"] == "customer" and "answer" in prev["tags"] and prev["endMs"] - prev["startMs"] > 3500:
            start, applied["cust_interrupts"] = prev["endMs"] - rng.randint(800, 1800), True
        d = dur(b)
        t = {"speaker": b["sp"], "text": b["text"], "startMs": int(start), "endMs": int(start + d), "_tags": b["tags"]}
        b["startMs"], b["endMs"] = t["startMs"], t["endMs"]
        if b.get("moh"):
            gs, ge = max_end, t["startMs"]
            events.append({"type": "hold-start", "atMs": gs + rng.randint(800, 2000)})
            events.append({"type": "hold-end", "atMs": ge - rng.randint(600, 1500)})
        turns.append(t)
        if t["endMs"] >= max_end:
            max_end, last = t["endMs"], b
        # backchannel inside a long customer turn (no complaint contacts only)
        # (not in the opening when the agent names itself in its 2nd turn: a 嗯 would make that its 3rd turn)
        if voice and p["backchannel"] and b["sp"] == "customer" and b.get("long") and "complaint" not in b["tags"] and d > 2500 \
                and not ("open" in b["tags"] and p["agent_id"] == "second"):
            bs = t["startMs"] + int(d * rng.uniform(0.35, 0.6))
            turns.append({"speaker": "agent", "text": rng.choice(["嗯。", "对。", "嗯嗯。", "是。"]), "startMs": bs,
                          "endMs": bs + rng.randint(280, 520), "_tags": {"bc"}})
    turns.sort(key=lambda t: t["startMs"])
    return turns, events, max_end, applied


def natural_gap(voice, prev_sp, b, rng):
    sp = b["sp"]
    if sp == "customer" and b.get("gap_customer_pause"):
        return rng.randint(9000, 26000) if voice else rng.randint(35000, 110000)
    if sp == "agent":
        if b.get("hold_return"):
            kind = b["hold_return"]
            if kind == "short":
                return rng.randint(8500, 13000) if voice else rng.randint(12000, 25000)
            return rng.randint(16000, 70000) if voice else rng.randint(35000, 120000)
        u = b.get("unannounced")
        if u:
            if voice:
                return {"short": (9000, 13500), "long": (17000, 28000), "vlong": (31000, 40000)}[u][0] + rng.randint(0, 4500)
            return rng.randint(35000, 55000)
        if b.get("slow_reply"):
            return rng.randint(22000, 28000)
        if prev_sp == "agent":
            return rng.randint(300, 900) if voice else rng.randint(1500, 5000)
        return rng.randint(400, 1400) if voice else rng.randint(4000, 17000)
    if prev_sp == "customer":
        return rng.randint(600, 1500) if voice else rng.randint(2000, 8000)
    return rng.randint(300, 1200) if voice else min(25000, 3000 + len(b["text"]) * rng.randint(250, 450))


def analyse(turns, join, voice, sla):
    """Silence accounting, holds, latency, first response, interruption, speech rate."""
    da, hold_min = (VOICE_DA, VOICE_HOLD) if voice else (CHAT_DA, CHAT_HOLD)
    post = [t for t in turns if t["startMs"] >= join and "bc" not in t["_tags"]]
    out = {"silences": [], "holds": [], "dead_air": [], "latency_fail": [], "notes": []}
    max_end, last = join, None
    for idx, t in enumerate(post):
        gap = t["startMs"] - max_end
        margin = 700 if voice else 2000   # keep every silence clearly on one side of each threshold
        if last is not None and any(abs(gap - thr) < margin for thr in (da, hold_min)):
            raise Ambiguous(f"silence {gap} too close to a threshold")
        if gap >= da and last is not None:
            kind = classify(post, idx, last, t)
            out["silences"].append((kind, gap, t))
            if kind in ("announced", "unannounced") and gap >= hold_min:
                out["holds"].append((kind, gap, t, "thx" in t["_tags"]))
            if kind == "unannounced":
                out["dead_air"].append((gap, t))
        if t["endMs"] >= max_end:
            max_end, last = t["endMs"], t
    # response latency: strict (every customer turn) and loose (last customer turn before the reply) must agree
    lat_sla = sla.get("responseLatencyMs", 30000)
    ann = {id(s[2]) for s in out["silences"] if s[0] == "announced"}
    for i, c in enumerate(post):
        if c["speaker"] != "customer":
            continue
        nxt = next((a for a in post[i + 1:] if a["speaker"] == "agent"), None)
        if nxt is None:
            continue
        strict = nxt["startMs"] - c["endMs"]
        last_c = [x for x in post[i:post.index(nxt)] if x["speaker"] == "customer"][-1]
        loose = nxt["startMs"] - last_c["endMs"]
        if id(nxt) in ann:
            continue
        if (strict > lat_sla) != (loose > lat_sla) or abs(strict - lat_sla) < 1500 or abs(loose - lat_sla) < 1500:
            raise Ambiguous(f"latency strict {strict} vs loose {loose} (SLA {lat_sla})")
        if strict > lat_sla:
            out["latency_fail"].append((strict, c, nxt))
    agents = [t for t in post if t["speaker"] == "agent"]
    out["first_ms"] = agents[0]["startMs"] - join if agents else None
    if out["first_ms"] is not None and abs(out["first_ms"] - sla.get("firstResponseMs", 30000)) < 1500:
        raise Ambiguous("first response too close to its SLA")
    # interruption (voice)
    out["max_overlap"] = 0
    if voice:
        for a in [t for t in turns if t["speaker"] == "agent"]:
            for c in turns:
                if c["speaker"] == "customer" and c["startMs"] < a["startMs"] < c["endMs"]:
                    ov = min(a["endMs"], c["endMs"]) - a["startMs"]
                    if abs(ov - 800) < 150:
                        raise Ambiguous(f"overlap {ov} ms too close to 800")
                    out["max_overlap"] = max(out["max_overlap"], ov)
        speech = [t for t in turns if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500]
        ms = sum(t["endMs"] - t["startMs"] for t in speech)
        out["rate"] = han("".join(t["text"] for t in speech)) / ms * 60000 if ms else None
    return out


def classify(post, idx, last, t):
    if t["speaker"] == "customer":
        return "customer_pause"
    if last["speaker"] == "agent" and "q" in last["_tags"]:
        return "customer_pause"
    if t["speaker"] != "agent":
        raise Ambiguous(f"long gap before a {t['speaker']} turn")
    # the agent owed the next word: was the wait announced by its most recent turn (acks may follow)?
    before = post[:idx]
    for x in reversed(before):
        if x["speaker"] == "customer" and "ack" in x["_tags"]:
            continue
        if x["speaker"] == "agent" and "hold" in x["_tags"]:
            return "announced"
        break
    return "unannounced"
