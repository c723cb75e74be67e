"""Builds the 'independent-dev2a' corpus set: scenarios/*.yaml, contacts.jsonl, labels.jsonl.

Run from anywhere: `python3 test/corpus/independent-dev2a/build/build.py`. Deterministic (seeded):
running it twice writes byte-identical files. Imports nothing from the project.
"""
import json
import zlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common_lines as L  # noqa: E402
from domains_a import RAIL, TAX, SEC  # noqa: E402
from domains_b import FOOD, HOTEL, APPLIANCE  # noqa: E402
from plan import make_plans  # noqa: E402
from dialogue import build_turns  # noqa: E402
from timeline import place, VOICE_SLA, VOICE_IVR_SLA, CHAT_SLA  # noqa: E402
from labels import label, CHECKS  # noqa: E402
from extras import extra_contacts  # noqa: E402
from validate import check_all  # noqa: E402

OUT = os.path.dirname(HERE)
DOMAINS = [RAIL, TAX, SEC, FOOD, HOTEL, APPLIANCE]
EPOCH0 = 1793520000000  # 2026-11-02 (fixed so the build is reproducible)
# contacts exported by "another system": no durationMs and an event type the harness does not know
FOREIGN_EXPORTS = 5


def q(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(sc, channel, domain, ivr):
    sla = (VOICE_IVR_SLA if ivr else VOICE_SLA) if channel == "voice" else CHAT_SLA
    lines = [f"id: {sc['key']}-{'voice' if channel == 'voice' else 'chat'}-01", f"title: {q(sc['title'])}",
             f"description: {q('independent-dev2a corpus, domain ' + domain + (', IVR line' if ivr else ', direct line' if channel == 'voice' else ''))}", f"channel: {channel}",
             f"persona: {{ name: {q(sc['persona'])} }}", "steps: [ { end: true } ]"]
    if channel == "voice":  # a fictional number: the set is scored from transcripts, never dialled
        lines.insert(4, f"target: {{ phone: \"+861055{zlib.crc32(sc['key'].encode()) % 1000000:06d}\" }}")
    if sc["facts"]:
        lines.append("facts:")
        for f in sc["facts"]:
            parts = [f"key: {f['key']}", f"label: {q(f['label'])}", f"expected: {q(f['expected'])}"]
            for k in ("variants", "wrong", "cues"):
                if f.get(k):
                    parts.append(f"{k}: [{', '.join(q(v) for v in f[k])}]")
            lines.append(f"  - {{ {', '.join(parts)} }}")
    if sc["requiredInfo"]:
        lines.append("requiredInfo:")
        for r in sc["requiredInfo"]:
            lines.append(f"  - {{ key: {r['key']}, label: {q(r['label'])}, patterns: [{', '.join(q(x) for x in r['patterns'])}] }}")
    rq = sc["requires"]
    lines.append("requires: { " + ", ".join(f"{k}: {str(rq[k]).lower()}" for k in ("verification", "reference", "empathy", "survey")) + " }")
    lines.append("sla: { " + ", ".join(f"{k}: {v}" for k, v in sla.items()) + ", handleTimeMs: 900000 }")
    lines.append(f"tags: [{domain}, independent-dev2a]")
    return "\n".join(lines) + "\n"


def main():
    rng = random.Random(20261203)
    plans = make_plans(DOMAINS)
    contacts, labels, scen_files = [], [], {}
    for i, p in enumerate(plans):
        crng = random.Random(f"{p['cid']}-{i}")
        specs, meta = build_turns(p, crng)
        p["meta"] = meta
        events, turns, st = place(p, specs, crng, L.FILLERS)
        labs, why = label(p, st, meta, turns)
        p["stats"] = st
        inter = dict(schemaVersion=1, contactId=p["cid"], scenarioId=p["scenarioId"], channel=p["channel"],
                     startedAt=EPOCH0 + i * 2_345_678, durationMs=events[-1]["atMs"], outcome="completed",
                     transcriptSource="deepgram" if p["channel"] == "voice" else "chat-dom", events=events, turns=turns)
        contacts.append(inter)
        labels.append(dict(contactId=p["cid"], domain=p["domain"], labels=labs, why=why,
                           _stats=dict(plan={k: p[k] for k in ("lookup", "rate", "asr", "curt", "answer", "complaint")}, timing=st)))
        scen_files[p["scenarioId"]] = scenario_yaml(p["sc"], p["channel"], p["domain"], p["ivr"])
    # other systems' exports: drop durationMs, add an event type the harness does not know
    for inter in rng.sample(contacts, FOREIGN_EXPORTS):
        del inter["durationMs"]
        mid = inter["turns"][len(inter["turns"]) // 2]["startMs"]
        inter["events"].append(dict(type=rng.choice(["transfer", "recording-started", "supervisor-listen"]), atMs=mid,
                                    detail=dict(source="legacy-acd")))
        inter["events"].sort(key=lambda e: e["atMs"])
        inter["transcriptSource"] = "import"
    for inter, lab, (sid, yml) in extra_contacts(DOMAINS, EPOCH0 + len(contacts) * 2_345_678):
        contacts.append(inter)
        labels.append(lab)
        if sid:
            scen_files.setdefault(sid, yml)
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for sid, yml in sorted(scen_files.items()):
        with open(os.path.join(OUT, "scenarios", f"{sid}.yaml"), "w", encoding="utf-8") as fh:
            fh.write(yml)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            lab = {k: v for k, v in lab.items() if k != "_stats"}
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    counts = check_all(plans, contacts, labels, scen_files)
    write_readme(plans, contacts, counts, len(scen_files))
    print(f"{len(contacts)} contacts, {len(scen_files)} scenarios")


def write_readme(plans, contacts, counts, n_scen):
    from collections import Counter
    outcomes = Counter(c["outcome"] for c in contacts)
    ch = Counter(c["channel"] for c in contacts)
    doms = Counter(p["domain"] for p in plans)
    noisy = sum(1 for p in plans if p["asr"])
    hard = sum(1 for p in plans if p["lookalike"] or p["customer_pause"] or p["rate"] == "fast_normal" or p["backchannel"]
               or p["lookup"] == "hold_ok" or p["warm_plain"] or p["agentid"] == "second")
    totals = (f"**{len(contacts)} contacts** ({ch['voice']} voice, {ch['webchat']} chat) in {n_scen} scenarios: "
              f"{len(plans)} completed with an agent ({', '.join(f'{d} {n}' for d, n in doms.items())}), "
              f"{outcomes['no-answer']} no-answer, {outcomes['busy']} busy, {outcomes['abandoned']} abandoned in the queue, "
              f"1 bot-only chat and {outcomes['failed']} harness failures. {noisy} of the voice contacts carry ASR noise; "
              f"{hard} of the completed contacts ({100 * hard // len(plans)} %) carry at least one deliberate hard negative "
              "(polite look-alike, thanked hold, customer's own long pause, backchannel overlap, 237–251 字/分 speech, "
              "warm plain-spoken agent, staff id only in the second turn).")
    rows = ["| check | pass | fail | na |", "|---|---:|---:|---:|"]
    rows += [f"| {k} | {v['pass']} | {v['fail']} | {v['na']} |" for k, v in counts.items()]
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as fh:
        text = fh.read()
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text.replace("{{TOTALS}}", totals).replace("{{COUNTS}}", "\n".join(rows)))


if __name__ == "__main__":
    main()
