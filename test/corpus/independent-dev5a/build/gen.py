"""Write scenarios/, contacts.jsonl and labels.jsonl for independent-dev5a (deterministic).

    python3 test/corpus/independent-dev5a/build/gen.py

All dialogue comes from the hand-written material_*.py pools; plan.py decides which defects each
contact carries and derives its labels; dialogue.py / timing.py realise them. Re-running with the
same SEED rewrites byte-identical files.
"""
import json
import os
import random
import re

from material_common import FORBIDDEN, RUDE_CATEGORIES, STAFF_IDS_DIGITS, FILLERS, HOMOPHONES
from material_domains_a import DOMAINS_A
from material_domains_b import DOMAINS_B
from material_extra import merge_extra
from plan import make_plans, constrain, labels_for
from dialogue import build_beats
from timing import voice_timeline, chat_timeline

SEED = 5017
PER_DOMAIN = 25
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAINS = merge_extra(DOMAINS_A + DOMAINS_B)
T0 = 1764806400000  # 2025-12-04T00:00:00Z
SLA = {"firstResponseMs": 20000, "responseLatencyMs": 45000, "handleTimeMs": 900000}
REF_PREFIX = {"ev-charging": "CD", "shared-bike": "QX", "video-membership": "XH", "12315-hotline": "TS", "smart-home": "AZ", "online-hospital": "YY"}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption", "dead-air",
          "speech-rate", "empathy", "resolution", "first-response", "response-latency", "fact-accuracy", "no-misinformation",
          "record-reference", "survey-offered", "required-info"]
NA = {c: "na" for c in CHECKS}
PUNCT = re.compile(r"[，。？！、～…：?!~]")


def j(v):
    return json.dumps(v, ensure_ascii=False)


def write_scenario(dom, scen):
    ver, ref, survey = scen["requires"]
    f = scen["fact"]
    r = scen["req"]
    lines = [
        f"id: {scen['id']}", f"title: {j(scen['title'])}",
        f"description: {j('独立语料 independent-dev5a，领域 ' + dom['domain'] + '，机构 ' + dom['org'])}",
        "channel: [voice, webchat]", f"target: {{ phone: {j(dom['phone'])} }}", f"persona: {{ name: {j(dom['personas'][0])} }}",
        "locale: zh-CN", f"steps: [ {{ say: {j(scen['open'][0])} }}, {{ wait: {{ pattern: {j(f['cues'][0])}, timeoutMs: 120000, optional: true }} }}, {{ end: true }} ]",
        "facts:",
        f"  - {{ key: {f['key']}, label: {j(f['label'])}, expected: {j(f['expected'])}, variants: {j(f['variants'])}, wrong: {j(f['wrong'])}, cues: {j(f['cues'])} }}",
        "requiredInfo:", f"  - {{ key: {r['key']}, label: {j(r['label'])}, patterns: {j(r['patterns'])} }}",
        f"requires: {{ verification: {str(ver).lower()}, reference: {str(ref).lower()}, empathy: false, survey: {str(survey).lower()} }}",
        f"sla: {{ firstResponseMs: {SLA['firstResponseMs']}, responseLatencyMs: {SLA['responseLatencyMs']}, handleTimeMs: {SLA['handleTimeMs']} }}",
        f"tags: [independent-dev5a, {dom['domain']}]",
    ]
    with open(os.path.join(ROOT, "scenarios", scen["id"] + ".yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def asr_noise(rng, turns):
    """~70% of calls: punctuation lost, fillers and homophones in the customer's words (labels follow what was said)."""
    for t in turns:
        if t["speaker"] == "ivr":
            continue
        t["text"] = PUNCT.sub(rng.choice([" ", ""]), t["text"]).strip()
        if t["speaker"] == "customer":
            if rng.random() < 0.4:
                t["text"] = rng.choice(FILLERS) + t["text"]
            for a, b in HOMOPHONES.items():
                if a in t["text"] and rng.random() < 0.5:
                    t["text"] = t["text"].replace(a, b)


def normal_contact(rng, idx, dom, scen_index, modes, channel):
    scen = dom["scenarios"][scen_index]
    m = constrain(dict(modes), channel, scen_index, scen["requires"])
    if m["forbid"] == "phrase":
        cats = sorted(c for c in FORBIDDEN if (c in RUDE_CATEGORIES) == (m["polite"] == "rude"))
        cat = rng.choice(cats)
        m["forbid_line"] = rng.choice(FORBIDDEN[cat])
    m["ref_no"] = REF_PREFIX[dom["domain"]] + "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10, 12])))
    staff = rng.choice(STAFF_IDS_DIGITS)
    beats, _ = build_beats(rng, dom, scen, scen_index, m, channel, staff)
    if channel == "voice":
        ivr = [f"您好，欢迎致电{dom['org']}，业务咨询请按1，投诉建议请按2，人工服务请按0。"] if rng.random() < 0.4 else []
        events, turns = voice_timeline(rng, beats, m, ivr)
        if rng.random() < 0.7:
            asr_noise(rng, turns)
        for t in turns:
            t["confidence"] = round(rng.uniform(0.6, 0.98), 2)
        source = "deepgram"
    else:
        events, turns = chat_timeline(rng, beats, m, dom["org"])
        source = "chat-dom"
    events.sort(key=lambda e: e["atMs"])
    cid = f"{scen['id']}-{idx:02d}"
    contact = {"schemaVersion": 1, "contactId": cid, "scenarioId": scen["id"], "channel": channel, "startedAt": T0 + idx * 3_600_000,
               "durationMs": events[-1]["atMs"], "outcome": "completed", "transcriptSource": source, "events": events, "turns": turns}
    labels, why = labels_for(m, channel, scen["requires"])
    return contact, {"contactId": cid, "domain": dom["domain"], "labels": labels, "why": why}, m


def special_contacts(rng):
    out = []
    base = {"schemaVersion": 1, "turns": [], "transcriptSource": "deepgram", "channel": "voice"}
    def add(cid, scen, **kw):
        c = dict(base, contactId=cid, scenarioId=scen, startedAt=T0 + 900_000_000 + len(out) * 600_000)
        c.update(kw)
        domain = next(d["domain"] for d in DOMAINS for sc in d["scenarios"] if sc["id"] == scen)
        note = "特殊联络（" + cid[3:] + "）：没有可评的人工坐席对话，全部 na"
        out.append((c, {"contactId": cid, "domain": domain, "labels": dict(NA), "why": {}, "note": note}))
    add("sp-no-answer", "ev-pile-repair", outcome="no-answer", durationMs=46300,
        events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 2300}, {"type": "ended", "atMs": 46300, "detail": {"reason": "no-answer"}}])
    add("sp-busy", "bike-deposit", outcome="busy", durationMs=3900,
        events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 120}, {"type": "ended", "atMs": 3900, "detail": {"sip": 486}}])
    ivr = [{"speaker": "ivr", "text": "您好，欢迎致电12315热线，投诉请按1，举报请按2，咨询请按3。", "startMs": 6100, "endMs": 13200, "confidence": 0.95},
           {"speaker": "ivr", "text": "当前坐席繁忙，请您耐心等待，您前面还有8位。", "startMs": 17400, "endMs": 22100, "confidence": 0.93},
           {"speaker": "ivr", "text": "坐席仍然繁忙，请继续等待。", "startMs": 82400, "endMs": 85300, "confidence": 0.94}]
    add("sp-ivr-abandoned", "h12315-accept", outcome="abandoned", durationMs=131800, turns=ivr,
        events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 140}, {"type": "ringing", "atMs": 2000}, {"type": "answered", "atMs": 5800},
                {"type": "ivr-prompt", "atMs": 6100}, {"type": "dtmf", "atMs": 14500, "detail": {"digits": "1"}}, {"type": "queued", "atMs": 15200},
                {"type": "hangup", "atMs": 131600, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 131800}])
    add("sp-chat-queue-abandoned", "video-sharing", channel="webchat", transcriptSource="chat-dom", outcome="abandoned", durationMs=245000,
        turns=[{"speaker": "system", "text": "您已进入人工排队，前面还有12位", "startMs": 4200, "endMs": 4200},
               {"speaker": "customer", "text": "有人吗", "startMs": 95000, "endMs": 95000},
               {"speaker": "system", "text": "您前面还有9位，请耐心等待", "startMs": 150000, "endMs": 150000}],
        events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1800}, {"type": "queued", "atMs": 4200}, {"type": "ended", "atMs": 245000, "detail": {"by": "customer"}}])
    add("sp-chat-bot-only", "clinic-delivery", channel="webchat", transcriptSource="chat-dom", outcome="completed", durationMs=98000,
        turns=[{"speaker": "bot", "text": "您好，我是安心小助手，请问有什么可以帮您？", "startMs": 3100, "endMs": 3100},
               {"speaker": "customer", "text": "处方药多久发货", "startMs": 15000, "endMs": 15000},
               {"speaker": "bot", "text": "为您找到以下问题：1. 处方药配送时效 2. 如何查询物流", "startMs": 16200, "endMs": 16200},
               {"speaker": "customer", "text": "1", "startMs": 40000, "endMs": 40000},
               {"speaker": "bot", "text": "处方审核通过后会尽快安排发货，具体以订单页面为准。还有其他问题吗？", "startMs": 41000, "endMs": 41000}],
        events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1200}, {"type": "ended", "atMs": 98000, "detail": {"by": "customer"}}])
    add("sp-harness-selector", "home-install", channel="webchat", transcriptSource="chat-dom", outcome="failed", failedBy="harness", durationMs=31500,
        error={"code": "E_SELECTOR_TIMEOUT", "message": "selector .chat-input not found within 30000 ms"},
        events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1500}, {"type": "error", "atMs": 31500}])
    add("sp-harness-crash", "video-autorenew", channel="webchat", transcriptSource="chat-dom", outcome="failed", failedBy="harness", durationMs=8800,
        error={"code": "E_BROWSER_CRASHED", "message": "browser process exited unexpectedly (signal SIGKILL)"},
        events=[{"type": "started", "atMs": 0}, {"type": "error", "atMs": 8800}])
    return out


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(ROOT, "scenarios"), exist_ok=True)
    for dom in DOMAINS:
        for scen in dom["scenarios"]:
            write_scenario(dom, scen)
    plans = make_plans(PER_DOMAIN * len(DOMAINS), SEED)
    contacts, labels, modes = [], [], []
    idx = 0
    for dom in DOMAINS:
        for k in range(PER_DOMAIN):
            channel = "voice" if idx % 2 == 0 else "webchat"
            c, l, m = normal_contact(rng, idx, dom, k % 3, plans[idx], channel)
            contacts.append(c); labels.append(l); modes.append(m)
            idx += 1
    # unknown event type + no durationMs on a few ordinary contacts (importers must tolerate both)
    for c in [contacts[i] for i in (7, 40, 88, 131)]:
        del c["durationMs"]
        mid = c["turns"][len(c["turns"]) // 2]["startMs"]
        c["events"].append({"type": "transfer", "atMs": mid, "detail": {"target": "二线支持", "completed": False}})
        c["events"].sort(key=lambda e: e["atMs"])
    for c, l in special_contacts(rng):
        contacts.append(c); labels.append(l); modes.append(None)
    with open(os.path.join(ROOT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(j(c) + "\n" for c in contacts)
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(j(l) + "\n" for l in labels)
    with open(os.path.join(ROOT, "build", "modes.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(j({"contactId": c["contactId"], "modes": m}) + "\n" for c, m in zip(contacts, modes))
    print(f"wrote {len(contacts)} contacts")


if __name__ == "__main__":
    main()
