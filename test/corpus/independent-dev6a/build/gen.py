"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl for independent-dev6a, deterministically.

    python3 test/corpus/independent-dev6a/build/gen.py      (then validate.py)

Each contact draws a plan of defects and hard negatives from a seeded RNG (seed = SEED + index),
compose.py writes the dialogue from the hand-written material so the text carries that plan,
timeline.py places it on a clock and reads the timing labels back off the placed turns.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from material_a import SCENARIOS_A  # noqa: E402
from material_b import SCENARIOS_B  # noqa: E402
from compose import compose  # noqa: E402
from timeline import place, timing_labels  # noqa: E402
from pools import FILLERS, CUSTOMER_HOMOPHONES  # noqa: E402

SEED = 60601
SCENARIOS = SCENARIOS_A + SCENARIOS_B
OUT = os.path.dirname(HERE)
SLA = {"firstResponseMs": 20000, "responseLatencyMs": 45000, "handleTimeMs": 900000}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
BASE_TS = 1796342400000  # 2026-12-03 00:00 UTC
UNKNOWN_EVENT_AT = {11, 52, 97, 133}  # contacts without durationMs and with an unknown event type


def pick(rng, weighted):
    r, acc = rng.random(), 0.0
    for value, w in weighted:
        acc += w
        if r < acc:
            return value
    return weighted[-1][0]


def draw_plan(rng, scn, channel):
    req = scn["requires"]
    p = {}
    p["curt"] = rng.random() < 0.13
    p["greet"] = rng.random() < 0.72
    p["id"] = pick(rng, [("staff", 0.42), ("name", 0.18), ("fake", 0.15), ("none", 0.15), ("late", 0.10)])
    p["forbidden"] = pick(rng, [(None, 0.68)] + [(c, 0.032) for c in ["buck-passing", "impatience", "told-you", "blame", "flat-refusal", "cold", "ordering", "sarcasm", "dare-complain", "vulgar"]])
    p["lookalike"] = (not p["curt"]) and rng.random() < 0.5
    p["complains"] = req["empathy"] or rng.random() < 0.5
    p["empathy"] = (not p["curt"]) and rng.random() < 0.55
    p["verify"] = pick(rng, [("pass", 0.66), ("disclose-first", 0.22), ("name-only", 0.12)]) if req["verification"] else None
    p["ri"] = rng.random() < 0.7
    p["hold"] = rng.random() < 0.6
    p["hold_thanks"] = (not p["curt"]) and rng.random() < 0.72
    p["fact"] = pick(rng, [("correct", 0.5), ("variant", 0.15), ("wrong", 0.13), ("wrong-then-correct", 0.1), ("correct-then-wrong", 0.06), ("omitted", 0.06)])
    p["side"] = pick(rng, [(None, 0.45), ("answered", 0.25), ("non-answer", 0.17), ("referral", 0.13)])
    p["ref"] = pick(rng, [("given", 0.62), ("none", 0.22), ("lookalike", 0.16)]) if req["reference"] else pick(rng, [("given", 0.2), ("none", 0.8)])
    p["survey"] = rng.random() < (0.62 if req["survey"] else 0.15)
    p["closing"] = rng.random() < 0.68
    p["early_leave"] = bool(p["forbidden"]) and rng.random() < 0.2
    p["cust_apology"] = rng.random() < 0.25
    voice = channel == "voice"
    p["cust_pause"] = (rng.randint(9000, 14000) if voice else rng.randint(33000, 60000)) if rng.random() < 0.3 else 0
    p["burst"] = (not voice) and rng.random() < 0.3
    p["first_gap"] = rng.randint(800, 3000) if voice else (rng.randint(21000, 29000) if rng.random() < 0.27 else rng.randint(2000, 12000))
    p["deadair"] = pick(rng, [(None, 0.71), ("short", 0.22), ("long", 0.07)]) if voice else pick(rng, [(None, 0.87), ("short", 0.09), ("long", 0.04)])
    p["interrupt"] = pick(rng, [(None, 0.43), ("fail", 0.32), ("soft", 0.25)]) if voice else None
    p["rate"] = pick(rng, [("normal", 0.78), ("fast", 0.12), ("slow", 0.10)]) if voice else None
    p["asr"] = voice and rng.random() < 0.7
    return p


def candidate_reply_slots(items):
    """Agent items that follow a customer item with no gap chosen yet (where dead air / overlap may go)."""
    return [i for i in range(1, len(items)) if items[i]["sp"] == "agent" and items[i - 1]["sp"] == "customer"
            and "gap" not in items[i] and "resume" not in items[i]["tags"]]


def asr_noise(items, rng):
    for it in items:
        if rng.random() < 0.5:
            it["text"] = it["text"].replace("，", " ").replace("。", "").replace("？", "").replace("！", "")
        if rng.random() < 0.25:
            it["text"] = rng.choice(FILLERS) + " " + it["text"]
        if it["sp"] == "customer" and "complaint" not in it["tags"] and rng.random() < 0.4:
            a, b = rng.choice(CUSTOMER_HOMOPHONES)
            it["text"] = it["text"].replace(a, b)


def build_contact(idx, scn, channel, k):
    rng = random.Random(SEED * 1000 + idx)
    plan = draw_plan(rng, scn, channel)
    items, lab, why = compose(scn, channel, plan, rng)
    voice = channel == "voice"
    slots = candidate_reply_slots(items)
    if plan["deadair"] and len(slots) > 2:
        s = slots.pop(rng.randrange(1, len(slots)))
        if voice:
            items[s]["gap"] = rng.randint(8600, 13500) if plan["deadair"] == "short" else rng.randint(46000, 60000)
        else:
            items[s]["gap"] = rng.randint(31000, 43000) if plan["deadair"] == "short" else rng.randint(47000, 70000)
    talk_over = [s for s in slots if len(items[s - 1]["text"]) >= 12]  # long enough to be cut into
    if voice and plan["interrupt"] and talk_over:
        s = talk_over[rng.randrange(len(talk_over))]
        items[s]["gap"] = -rng.randint(1000, 2400) if plan["interrupt"] == "fail" else -rng.randint(150, 600)
    if plan["asr"]:
        asr_noise(items, rng)
    cps = {"normal": rng.uniform(3.5, 4.6), "fast": rng.uniform(5.4, 6.2), "slow": rng.uniform(1.45, 1.85), None: 4.0}[plan["rate"]]
    events = [{"type": "started", "atMs": 0}]
    pre_turns = []
    if voice:
        dial = rng.randint(80, 220)
        answered = dial + rng.randint(2500, 12000)
        events += [{"type": "dialed", "atMs": dial}, {"type": "ringing", "atMs": dial + rng.randint(1200, 2400)}, {"type": "answered", "atMs": answered}]
        joined = answered
        if rng.random() < 0.4:
            prompt = f"您好，欢迎致电{scn['org']}，{scn['domain']}业务请按1，人工服务请按0。"
            end = answered + 400 + int(len(prompt) / 4.0 * 1000)
            pre_turns.append({"speaker": "ivr", "text": prompt, "startMs": answered + 400, "endMs": end, "confidence": 0.95})
            events += [{"type": "ivr-prompt", "atMs": answered + 400}, {"type": "dtmf", "atMs": end + 1500, "detail": {"digits": "0"}}, {"type": "queued", "atMs": end + 1800}]
            joined = end + 1800 + rng.randint(4000, 40000)
        events.append({"type": "agent-joined", "atMs": joined})
    else:
        loaded = rng.randint(700, 2200)
        joined = loaded + rng.randint(3000, 50000)
        events += [{"type": "page-loaded", "atMs": loaded}]
        if rng.random() < 0.4:
            pre_turns.append({"speaker": "system", "text": "正在为您接入人工客服，请稍候……", "startMs": loaded + 500, "endMs": loaded + 500})
        events.append({"type": "agent-joined", "atMs": joined})
    placed = place(items, channel, joined, cps, rng)
    tl, twhy = timing_labels(placed, channel, joined, SLA)
    lab.update(tl)
    why.update(twhy)
    # the reasoning behind tricky passes (hard negatives) is written down too
    if plan["cust_pause"] and tl["dead-air"] == "pass":
        why["dead-air"] = "the long pause before the customer's answer is the customer's (they owed the next word), not dead air"
    if plan["burst"] and tl["dead-air"] == "pass":
        why["dead-air"] = "the customer sent several messages in a row; the agent's silence after the last one stays under 30 s"
    if plan["interrupt"] == "soft" and tl.get("interruption") == "pass":
        why["interruption"] = "a short overlap (< 0.8 s) at the turn change is not an interruption"
    if plan["cust_apology"] and lab["empathy"] == "na":
        why["empathy"] = "the customer's own 不好意思 is an apology, not a complaint; nothing to acknowledge"
    turns = list(pre_turns)
    hold_events = voice and rng.random() < 0.5
    for n, (tr, tags) in enumerate(placed):
        if voice:
            tr["confidence"] = round(rng.uniform(0.6, 0.88) if plan["asr"] else rng.uniform(0.86, 0.98), 2)
        if hold_events and "resume" in tags:
            events += [{"type": "hold-start", "atMs": placed[n - 1][0]["endMs"] + 300}, {"type": "hold-end", "atMs": tr["startMs"] - 400}]
        turns.append(tr)
    last = placed[-1][0]["endMs"]
    if k in UNKNOWN_EVENT_AT:
        events.append({"type": rng.choice(["transfer", "supervisor-barge", "wrapup-code"]), "atMs": placed[len(placed) // 2][0]["startMs"] - 50})
    who = "customer" if plan["early_leave"] or placed[-1][0]["speaker"] == "customer" else rng.choice(["customer", "agent"])
    if voice:
        events.append({"type": "hangup", "atMs": last + rng.randint(400, 1800), "detail": {"by": who}})
    ended = last + rng.randint(2000, 3000)
    events.append({"type": "ended", "atMs": ended})
    events.sort(key=lambda e: e["atMs"])
    cid = f"{scn['id']}-{k:03d}"
    inter = {"schemaVersion": 1, "contactId": cid, "scenarioId": scn["id"], "channel": channel,
             "startedAt": BASE_TS + k * 3_600_000 // 5, "durationMs": ended, "outcome": "completed",
             "transcriptSource": "deepgram" if voice else "chat-dom", "events": events, "turns": turns}
    if k in UNKNOWN_EVENT_AT:
        del inter["durationMs"]
    labels = {c: lab[c] for c in CHECKS}
    return inter, {"contactId": cid, "domain": scn["domain"], "labels": labels, "why": {c: why[c] for c in CHECKS if c in why}}


def yaml_str(v):
    return json.dumps(v, ensure_ascii=False)


def write_scenario(scn):
    f, ri, r = scn["fact"], scn["ri"], scn["requires"]
    lines = [
        f"id: {scn['id']}", f"title: {yaml_str(scn['title'])}",
        f"description: {yaml_str('独立语料 independent-dev6a，领域 ' + scn['domain'] + '，机构 ' + scn['org'])}",
        "channel: [voice, webchat]", f"target: {{ phone: {yaml_str(scn['phone'])} }}",
        f"persona: {{ name: {yaml_str(scn['persona'])} }}", "locale: zh-CN", "steps: [ { end: true } ]", "facts:",
        "  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }" % (
            f["key"], yaml_str(f["label"]), yaml_str(f["expected"]), yaml_str(f["variants"]), yaml_str(f["wrong"]), yaml_str(f["cues"])),
        "requiredInfo:", "  - { key: %s, label: %s, patterns: %s }" % (ri["key"], yaml_str(ri["label"]), yaml_str(ri["patterns"])),
        "requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(str(r[x]).lower() for x in ("verification", "reference", "empathy", "survey")),
        "sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }" % (SLA["firstResponseMs"], SLA["responseLatencyMs"], SLA["handleTimeMs"]),
        f"tags: [independent-dev6a, {scn['id'].split('-')[0]}]", ""]
    with open(os.path.join(OUT, "scenarios", scn["id"] + ".yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def main():
    from specials import special_contacts
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for scn in SCENARIOS:
        write_scenario(scn)
    contacts, labels, k = [], [], 0
    per_domain = {}
    for scn in SCENARIOS:
        per_domain.setdefault(scn["domain"], []).append(scn)
    for dom, scns in per_domain.items():
        for j in range(25):
            scn = scns[j % 3]
            channel = "voice" if k % 2 == 0 else "webchat"
            c, l = build_contact(k, scn, channel, k)
            contacts.append(c)
            labels.append(l)
            k += 1
    for c in special_contacts(BASE_TS, CHECKS):
        contacts.append(c[0])
        labels.append(c[1])
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in contacts)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(l, ensure_ascii=False) + "\n" for l in labels)
    counts = {c: {"pass": 0, "fail": 0, "na": 0} for c in CHECKS}
    for l in labels:
        for c, v in l["labels"].items():
            counts[c][v] += 1
    print(f"{len(contacts)} contacts ({sum(c['channel'] == 'voice' for c in contacts)} voice)")
    for c in CHECKS:
        print(f"  {c:18s} pass {counts[c]['pass']:3d}  fail {counts[c]['fail']:3d}  na {counts[c]['na']:3d}")


if __name__ == "__main__":
    main()
