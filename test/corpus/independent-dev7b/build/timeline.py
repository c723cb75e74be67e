"""Places a script on a clock: turn durations, natural gaps and the silences the plan asks for.

Returns (turns, events, info). info records the injected silences so gen.py can label by intent;
validate.py re-measures the timeline without reading info.
"""
import re

PUNCT = re.compile(r"[\s，。？！、：；,.?!:;~（）()“”\"'…—-]")
FILLERS = ["呃，", "嗯，", "那个", "就是说", "啊"]
HOMOPHONES = {"套餐": "套参", "流量": "流亮", "快递": "快地", "水表": "水彪", "保单": "保担", "社保": "设保", "分期": "分七"}


def spoken_len(text):
    return len(PUNCT.sub("", text))


def asr_noise(rng, turn):
    text = turn["text"]
    if rng.random() < 0.5:
        text = re.sub(r"[，。？！]", rng.choice([" ", ""]), text).replace("、", " ")
    if turn["sp"] == "customer":
        if rng.random() < 0.3:
            text = rng.choice(FILLERS) + text
        for a, b in HOMOPHONES.items():
            if a in text and rng.random() < 0.4:
                text = text.replace(a, b)
    elif rng.random() < 0.12:
        text = "嗯" + text
    turn["text"] = text


def pick_target(rng, script, ok):
    idx = [i for i in range(1, len(script)) if ok(i)]
    return rng.choice(idx) if idx else None


def place(rng, script, plan, sla_latency, voice, t0):
    info = {"dead_air_gap": None, "latency_gap": None}
    if plan["asr_noise"]:
        for t in script:
            asr_noise(rng, t)
    sp = lambda i: script[i]["sp"]
    tag = lambda i: script[i]["tag"]
    plain_agent_reply = lambda i: (sp(i) == "agent" and sp(i - 1) == "customer" and tag(i) in (None, "A2", "A4", "A5", "A6", "last")
                                   and tag(i - 1) != "burst" and tag(i - 1) != "leave")
    used = set()
    dead_t = pick_target(rng, script, plain_agent_reply) if plan["dead_air"] else None
    used.add(dead_t)
    lat_t = pick_target(rng, script, lambda i: plain_agent_reply(i) and i not in used) if plan["latency"] else None
    used.add(lat_t)
    int_t = pick_target(rng, script, lambda i: plain_agent_reply(i) and i not in used
                        and spoken_len(script[i - 1]["text"]) >= 14) if plan["interrupt"] else None
    used.add(int_t)
    ov_t = pick_target(rng, script, lambda i: plain_agent_reply(i) and i not in used) if plan["small_overlap"] else None
    used.add(ov_t)
    pause_t = pick_target(rng, script, lambda i: sp(i) == "customer" and sp(i - 1) == "agent" and tag(i) == "answer-ask"
                          and script[i - 1]["text"].rstrip().endswith(("？", "?", "。"))) if plan["cust_pause"] else None
    barge_t = pick_target(rng, script, lambda i: sp(i) == "customer" and sp(i - 1) == "agent" and i != pause_t
                          and tag(i - 1) not in ("wait-ask",) and len(script[i - 1]["text"]) > 12) if plan["barge_in"] else None

    if voice:
        a_rate = {"normal": rng.uniform(3.5, 4.5), "fast": rng.uniform(5.4, 6.2), "slow": rng.uniform(1.55, 1.85)}[plan["rate"]]
    out = []
    t = info["start"] = 0
    for i, s in enumerate(script):
        if i == 0:
            gap = rng.randint(21500, 26000) if plan["first_slow"] else (rng.randint(700, 2500) if voice else rng.randint(3000, 14000))
        elif s["tag"] == "after-hold":
            gap = rng.randint(18000, 45000) if voice else rng.randint(35000, 90000)
        elif s["tag"] == "after-silent-hold":
            gap = rng.randint(15500, 19000) if voice else rng.randint(31000, 40000)
        elif i == dead_t:
            gap = rng.randint(8500, 14000) if voice else rng.randint(31000, 40000)
            info["dead_air_gap"] = gap
        elif i == lat_t:
            gap = sla_latency + rng.randint(1500, 7000)
            info["latency_gap"] = gap
        elif i == pause_t:
            gap = rng.randint(10000, 18000) if voice else rng.randint(35000, 70000)
        elif s["tag"] == "burst":
            gap = s["gap"]
        elif voice:
            gap = rng.randint(400, 1800) if s["sp"] == "agent" else rng.randint(300, 1500)
        else:
            if s["sp"] == "agent":
                gap = rng.randint(4000, 12000) if sp(i - 1) == "customer" else rng.randint(2000, 6000)
            else:
                gap = rng.randint(5000, 25000)
        if voice:
            rate = a_rate if s["sp"] == "agent" else rng.uniform(3.8, 5.5)
            dur = max(700, int(spoken_len(s["text"]) / rate * 1000))
        else:
            dur = 0
        if i == 0:
            start = t0 + gap
        else:
            start = out[-1]["endMs"] + gap
            if i in (int_t, ov_t) or i == barge_t:
                prev = out[-1]
                back = rng.randint(1000, 2200) if i == int_t else rng.randint(150, 500)
                if i == barge_t:
                    back = min(rng.randint(600, 1500), (prev["endMs"] - prev["startMs"]) // 2)
                start = max(prev["startMs"] + 300, prev["endMs"] - back)
        turn = {"speaker": s["sp"], "text": s["text"], "startMs": start, "endMs": start + dur}
        if voice:
            turn["confidence"] = round(rng.uniform(0.6, 0.98), 2)
        out.append(turn)
    info["interrupt_done"] = int_t is not None
    return out, info
