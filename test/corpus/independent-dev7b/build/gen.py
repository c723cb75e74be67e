#!/usr/bin/env python3
"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl for set independent-dev7b, deterministically.

    python3 test/corpus/independent-dev7b/build/gen.py && python3 test/corpus/independent-dev7b/build/validate.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from material_domains_a import DOMAINS_A, SCENARIOS_A  # noqa: E402
from material_domains_b import DOMAINS_B, SCENARIOS_B  # noqa: E402
from plan import draw_plan  # noqa: E402
from script import build_script  # noqa: E402
from timeline import place  # noqa: E402
from labels import label_contact, CHECKS  # noqa: E402
from specials import special_contacts  # noqa: E402

SEED = 7_2026_1205
OUT = os.path.dirname(HERE)
DOMAINS = {**DOMAINS_A, **DOMAINS_B}
SCENARIOS = SCENARIOS_A + SCENARIOS_B
BASE_EPOCH = 1764892800000  # 2025-12-05 00:00 UTC; contacts spread over the following days
PER_DOMAIN = 25
TRANSFER_CONTACTS = {"in-claim-03", "mo-overage-02", "wa-bill-05", "gh-permit-04"}
NO_SURVEY = {"mo-mnp", "wa-outage", "in-change"}


def sla_latency(sc_index):
    # alternate scenarios between a tight and a loose reply target, so chat dead air and latency separate
    return 20000 if sc_index % 2 == 0 else 45000


def scenario_yaml(sc, i):
    dom = DOMAINS[sc["domain"]]
    f = sc["fact"]
    req = {"verification": sc.get("verification", True), "reference": sc.get("reference", True),
           "empathy": sc.get("empathy", False), "survey": sc["id"] not in NO_SURVEY}
    j = json.dumps
    lines = [
        f"id: {sc['id']}",
        f"title: {j(sc['title'], ensure_ascii=False)}",
        f"description: {j('独立语料 independent-dev7b，领域 ' + dom['name'] + '，机构 ' + dom['org'], ensure_ascii=False)}",
        "channel: [voice, webchat]",
        f"target: {{ phone: \"+86105555{1100 + i}\" }}",
        f"persona: {{ name: {j(sc['persona'], ensure_ascii=False)}, description: {j(sc['persona_desc'], ensure_ascii=False)} }}",
        "locale: zh-CN",
        "steps:",
        f"  - say: {j(sc['open'][0], ensure_ascii=False)}",
        f"  - wait: {{ pattern: {j(f['cues'][0], ensure_ascii=False)}, timeoutMs: 120000, optional: true }}",
        f"  - say: {j(sc['q'], ensure_ascii=False)}",
        "  - end: true",
        "facts:",
        "  - " + j({k: f[k] for k in ("key", "label", "expected", "variants", "wrong", "cues")}, ensure_ascii=False),
        "requiredInfo:",
        "  - " + j({"key": sc["info_key"], "label": sc["info_label"], "patterns": [sc["pattern"]]}, ensure_ascii=False),
        "requires: " + j(req),
        f"sla: {{ firstResponseMs: 20000, responseLatencyMs: {sla_latency(i)}, handleTimeMs: 900000 }}",
        f"tags: [independent-dev7b, {sc['domain']}]",
    ]
    return "\n".join(lines) + "\n", req


def voice_events(rng, plan, turns, info):
    ev = [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": rng.randint(80, 250)},
          {"type": "ringing", "atMs": rng.randint(1500, 3200)}]
    answered = rng.randint(5000, 12000)
    ev.append({"type": "answered", "atMs": answered})
    return ev, answered


def build_contact(rng, sc, sc_index, channel, n, req):
    dom = DOMAINS[sc["domain"]]
    voice = channel == "voice"
    plan = draw_plan(rng, sc, channel)
    script, meta = build_script(rng, sc, dom, channel, plan, n)
    cid = f"{sc['id']}-{n:02d}"
    events, pre_turns = [], []
    if voice:
        events, answered = voice_events(rng, plan, None, None)
        join = answered
        if plan["ivr"]:
            ivr_text = f"您好，欢迎致电{dom['org']}，人工服务请按0，本次通话可能会被录音。"
            ivr_end = answered + 400 + int(len(ivr_text) / 4.2 * 1000)
            pre_turns.append({"speaker": "ivr", "text": ivr_text, "startMs": answered + 400, "endMs": ivr_end})
            events += [{"type": "ivr-prompt", "atMs": answered + 400}, {"type": "dtmf", "atMs": ivr_end + 1500, "detail": {"digits": "0"}},
                       {"type": "queued", "atMs": ivr_end + 1800}]
            join = ivr_end + rng.randint(6000, 60000)
        if not plan["ivr"] and rng.random() < 0.3:
            pass  # no agent-joined event: the first response is counted from `answered`
        else:
            events.append({"type": "agent-joined", "atMs": join})
    else:
        events = [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": rng.randint(600, 1800)}]
        q = rng.randint(2500, 4000)
        events.append({"type": "queued", "atMs": q})
        join = q + rng.randint(3000, 90000)
        events.append({"type": "agent-joined", "atMs": join})
    turns, info = place(rng, script, plan, sla_latency(sc_index), voice, join)
    # music-on-hold events inside announced holds
    if plan["hold_events"]:
        for i, s in enumerate(script):
            if s["tag"] == "after-hold":
                prev_end = turns[i - 1]["endMs"]
                events.append({"type": "hold-start", "atMs": prev_end + 800})
                events.append({"type": "hold-end", "atMs": turns[i]["startMs"] - 600})
    end = turns[-1]["endMs"] + rng.randint(300, 1500)
    if voice:
        by = "customer" if plan["early_hangup"] or rng.random() < 0.6 else "agent"
        events.append({"type": "hangup", "atMs": end, "detail": {"by": by}})
    if cid in TRANSFER_CONTACTS:
        events.append({"type": "transfer", "atMs": turns[len(turns) // 2]["startMs"] - 100, "detail": {"to": "二线专席"}})
    events.append({"type": "ended", "atMs": end + 200})
    events.sort(key=lambda e: e["atMs"])
    inter = {"schemaVersion": 1, "contactId": cid, "scenarioId": sc["id"], "channel": channel,
             "startedAt": BASE_EPOCH + n * 3_600_000 + sc_index * 86_400_000, "durationMs": end + 200,
             "outcome": "completed", "transcriptSource": "deepgram" if voice else "chat-dom", "events": events,
             "turns": pre_turns + turns}
    if cid in TRANSFER_CONTACTS:
        del inter["durationMs"]
    labels, why = label_contact(plan, sc, req, channel, info, meta, sla_latency(sc_index))
    return inter, {"contactId": cid, "domain": dom["name"], "labels": labels, "why": why}


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    contacts, labels = [], []
    for i, sc in enumerate(SCENARIOS):
        text, req = scenario_yaml(sc, i)
        sc["_req"] = req
        with open(os.path.join(OUT, "scenarios", sc["id"] + ".yaml"), "w", encoding="utf-8") as fh:
            fh.write(text)
    by_domain = {}
    for i, sc in enumerate(SCENARIOS):
        by_domain.setdefault(sc["domain"], []).append((i, sc))
    for dom_key, scs in by_domain.items():
        for k in range(PER_DOMAIN):
            i, sc = scs[k % len(scs)]
            n = k // len(scs) + 1
            channel = "voice" if k % 2 == 0 else "webchat"
            inter, lab = build_contact(rng, sc, i, channel, n, sc["_req"])
            contacts.append(inter)
            labels.append(lab)
    for inter in special_contacts(rng, SCENARIOS, DOMAINS, BASE_EPOCH):
        contacts.append(inter)
        labels.append({"contactId": inter["contactId"], "domain": DOMAINS[[s for s in SCENARIOS if s["id"] == inter["scenarioId"]][0]["domain"]]["name"],
                       "labels": {c: "na" for c in CHECKS}, "why": {"all": "no conversation with an agent took place: every check is na"}})
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(contacts)} contacts, {len(SCENARIOS)} scenarios")


if __name__ == "__main__":
    main()
