#!/usr/bin/env python3
"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl for set independent-dev8b.

Deterministic: one seeded RNG for the plan, one per contact (seeded by its id) for the wording.
Run from anywhere: python3 test/corpus/independent-dev8b/build/gen.py
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import material as M  # noqa: E402
from domains_a import SCENARIOS_A  # noqa: E402
from domains_b import SCENARIOS_B  # noqa: E402
from domains_extra import merge  # noqa: E402
from dialogue_end import ContactWriter  # noqa: E402
from plan import make_plans  # noqa: E402
from timeline import add_noise, measure, place  # noqa: E402
from specials import special_contacts  # noqa: E402

SET = "independent-dev8b"
# The RNG seeds keep the name the set was written under (independent-dev8b) so that renaming it did not
# change a single contact: the output is byte-identical to what its author validated.
SEED_NAME = "independent-dev8b"
OUT = os.path.dirname(HERE)
SCENARIOS = merge(SCENARIOS_A + SCENARIOS_B)
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2B50]")
EPOCH = 1764892800000  # 2025-12-05T00:00:00Z; each contact starts a few hours later than the one before


def y(v):
    return json.dumps(v, ensure_ascii=False)


def write_scenario(sc):
    f = sc["fact"]
    fact = {k: f[k] for k in ("key", "label", "expected", "variants", "wrong", "cues")}
    req = sc["req"]
    lines = [
        f"id: {sc['id']}", f"title: {y(sc['title'])}",
        "description: " + y("独立语料 " + SET + "，领域 " + sc["domain"] + "，机构 " + sc["org"]),
        "channel: [voice, webchat]", f"target: {{ phone: {y(sc['phone'])} }}", f"persona: {{ name: {y(sc['persona'])} }}",
        "locale: zh-CN", "steps: [ { end: true } ]", "facts:", f"  - {y(fact)}", "requiredInfo:",
        f"  - {y({'key': req['key'], 'label': req['label'], 'patterns': [req['pattern']]})}",
        f"requires: {y(sc['requires'])}",
        f"sla: {y({'firstResponseMs': sc['first'], 'responseLatencyMs': sc['latency'], 'handleTimeMs': 600000})}",
        f"tags: [{SET}, {sc['domain']}]", "",
    ]
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    with open(os.path.join(OUT, "scenarios", f"{sc['id']}.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def contact_list():
    out, n = [], 0
    for d in range(6):
        group = SCENARIOS[3 * d:3 * d + 3]
        for s_i, sc in enumerate(group):
            for k in range(9 if s_i == 0 else 8):
                out.append(dict(id=f"{sc['id']}-{k + 1:02d}", sc=sc, channel="voice" if n % 2 == 0 else "webchat"))
                n += 1
    return out


def opening_events(c, p, rng):
    sc, voice = c["sc"], c["channel"] == "voice"
    ev, pre = [{"type": "started", "atMs": 0}], []
    if voice:
        ring = rng.randint(1500, 3200)
        ans = ring + rng.randint(4000, 12000)
        ev += [{"type": "dialed", "atMs": rng.randint(90, 240)}, {"type": "ringing", "atMs": ring}, {"type": "answered", "atMs": ans}]
        joined = ans
        if p["ivr"]:
            txt = f"您好，欢迎致电{sc['org']}，咨询请按1，投诉建议请按2，人工服务请按0。"
            d = int(len(txt) / 4.2 * 1000)
            pre.append(dict(speaker="ivr", text=txt, startMs=ans + 400, endMs=ans + 400 + d))
            ev.append({"type": "dtmf", "atMs": ans + 400 + d + 1800, "detail": {"digits": "0"}})
            q = ans + 400 + d + 2600
            pre.append(dict(speaker="ivr", text="正在为您转接人工坐席，请稍候。", startMs=q, endMs=q + 3400))
            ev.append({"type": "queued", "atMs": q + 3500})
            joined = q + 3500 + rng.randint(6000, 70000)
        if not p["no_joined"] or p["ivr"]:
            ev.append({"type": "agent-joined", "atMs": joined})
    else:
        loaded = rng.randint(600, 1600)
        ev += [{"type": "page-loaded", "atMs": loaded}, {"type": "queued", "atMs": loaded + rng.randint(800, 2000)}]
        joined = loaded + rng.randint(5000, 80000)
        ev.append({"type": "agent-joined", "atMs": joined})
        if rng.random() < 0.5:
            pre.append(dict(speaker="system", text="客服已接入，正在为您服务", startMs=joined, endMs=joined))
    return ev, pre, joined


def shape_first_response(turns, c, p, rng):
    """first-response fail: the customer keeps talking (喂？/在吗) or the line stays silent past the SLA."""
    if not p["fr_fail"]:
        return
    sla, voice = c["sc"]["first"], c["channel"] == "voice"
    lines = M.CUSTOMER_HELLO_VOICE if voice else ["你好", "在吗？", "有人吗", "？", "你好，我想咨询个事"]
    if rng.random() < 0.6:
        step = (4500, 6500) if voice else (10000, 20000)
        hellos, g = [], rng.randint(3000, 4500)
        t = g
        while t < sla - (3000 if voice else 8000):
            hellos.append(dict(sp="customer", text=lines[len(hellos) % len(lines)], gap_ms=g))
            g = rng.randint(*step)
            t += g
        turns[0]["min_from_joined"] = sla + rng.randint(800, 3500)
        turns[:0] = hellos
    else:
        turns[0]["min_from_joined"] = sla + rng.randint(2000, 12000)


def insert_nags(turns, sc, rng):
    for i, t in enumerate(turns):
        if t.get("gap") == "nag":
            nags, total = [], 0
            for _ in range(rng.choice([2, 3])):
                g = rng.randint(12000, 26000)
                nags.append(dict(sp="customer", text=rng.choice(M.CUSTOMER_NAG), gap_ms=g))
                total += g
            t["gap"] = None
            t["gap_ms"] = min(28000, max(4000, sc["latency"] - total + rng.randint(3000, 12000)))
            turns[i:i] = nags
            return total + t["gap_ms"]
    return None


def main():
    plan_rng = random.Random(f"{SEED_NAME}:plan")
    for sc in SCENARIOS:
        write_scenario(sc)
    contacts = contact_list()
    plans = make_plans(contacts, plan_rng)
    out_c, out_l = [], []
    for n, c in enumerate(contacts):
        p = plans[c["id"]]
        rng = random.Random(f"{SEED_NAME}:{c['id']}")
        writer = ContactWriter(c["sc"], c["channel"], p, rng, c["id"])
        turns = writer.write()
        if c["channel"] == "webchat":
            for t in turns:
                if t["sp"] == "customer" and rng.random() < 0.12:
                    t["text"] += rng.choice(["😂", "🙏", "😅", "😤" if t.get("complaint") else "👌"])
        else:  # speech has no emoji; most calls also carry ASR noise
            for t in turns:
                t["text"] = EMOJI.sub("", t["text"])
                if p["noise"]:
                    add_noise(t, rng)
        ev, pre, joined = opening_events(c, p, rng)
        shape_first_response(turns, c, p, rng)
        insert_nags(turns, c["sc"], rng)
        ev += place(turns, c["channel"], p, c["sc"], rng, joined)
        labels, why = dict(writer.labels), dict(writer.why)
        tl, tw = measure(turns, c["channel"], c["sc"], joined)
        labels.update(tl)
        why.update(tw)
        end = max(t["endMs"] for t in turns)
        last_by = turns[-1].get("last", "customer")
        hang = end + rng.randint(400, 1500)
        if c["channel"] == "voice":
            ev.append({"type": "hangup", "atMs": hang, "detail": {"by": last_by if last_by == "agent" else "customer"}})
        if p["unknown_event"]:
            mid = turns[len(turns) // 2]["startMs"] - 50
            ev.append({"type": rng.choice(["transfer", "consult-start", "wrapup-code"]), "atMs": mid, "detail": {"note": "centre-specific event"}})
        ended = (hang if c["channel"] == "voice" else end) + rng.randint(200, 2500)
        ev.append({"type": "ended", "atMs": max(ended, end + 200)})
        ev.sort(key=lambda e: e["atMs"])
        out_turns = pre + [dict(speaker=t["sp"], text=t["text"], startMs=t["startMs"], endMs=t["endMs"],
                                **({"confidence": round(rng.uniform(0.6, 0.93 if p["noise"] else 0.98), 2)} if c["channel"] == "voice" else {}))
                           for t in turns]
        inter = {"schemaVersion": 1, "contactId": c["id"], "scenarioId": c["sc"]["id"], "channel": c["channel"],
                 "startedAt": EPOCH + n * 3_600_000 * 3 + rng.randint(0, 3_000_000)}
        if not p["unknown_event"]:
            inter["durationMs"] = ev[-1]["atMs"]
        inter.update({"outcome": "completed", "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom",
                      "events": ev, "turns": out_turns})
        out_c.append(inter)
        missing = [k for k in CHECKS if k not in labels]
        assert not missing, (c["id"], missing)
        out_l.append({"contactId": c["id"], "domain": c["sc"]["domain"], "labels": {k: labels[k] for k in CHECKS},
                      "why": {k: v for k, v in why.items() if k in CHECKS}})
    for inter, lab in special_contacts(EPOCH, CHECKS):
        out_c.append(inter)
        out_l.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in out_c)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in out_l)
    print(f"wrote {len(out_c)} contacts, {len(SCENARIOS)} scenarios")


if __name__ == "__main__":
    main()
