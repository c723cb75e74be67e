#!/usr/bin/env python3
"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl of set independent-dev4a, deterministically.

Usage: python3 build/gen.py   (from the set's folder or anywhere; seed fixed below)
"""
import json, math, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pools as P
from domains_a import GJJ, GJJ_SCEN, ETC, ETC_SCEN, HK, HK_SCEN
from domains_b import PH, PH_SCEN, TK, TK_SCEN, DX, DX_SCEN
from plan import draw
from dialogue import Builder
from script import compose
from timeline import place, timing_labels
from labels import content_labels, whys
from noise import add_noise
from specials import specials
from domains_extra import merge

SEED = 4_2026_1204
SET = "independent-dev4a"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAINS = [(GJJ, GJJ_SCEN), (ETC, ETC_SCEN), (HK, HK_SCEN), (PH, PH_SCEN), (TK, TK_SCEN), (DX, DX_SCEN)]
SLA = {1: dict(firstResponseMs=30000, responseLatencyMs=20000, handleTimeMs=600000),
       2: dict(firstResponseMs=40000, responseLatencyMs=30000, handleTimeMs=900000),
       3: dict(firstResponseMs=30000, responseLatencyMs=60000, handleTimeMs=600000)}
PERSONAS = ["陈先生", "黄女士", "许先生", "彭女士", "苏先生", "袁女士", "邓同学", "冯先生", "林阿姨", "何师傅"]
START = 1764806400000  # 2025-12-04 00:00 UTC


def q(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(d, s, k):
    role = s["role"]
    f = s["facts"][0]
    fact = "{{ key: {}, label: {}, expected: {}, variants: {}, wrong: {}, cues: {} }}".format(
        f["key"], q(f["label"]), q(f["expected"]), q(f["variants"]), q(f["wrong"]), q(f["cues"]))
    rq = s["req"]
    req = "{{ key: {}, label: {}, patterns: {} }}".format(rq["key"], q(rq["label"]), q(rq["patterns"]))
    flags = dict(verification=role in (1, 2), reference=role in (1, 3), empathy=role == 2, survey=role in (1, 2))
    sla = SLA[role]
    return "\n".join([
        "id: " + s["id"], "title: " + q(s["title"]),
        "description: " + q("独立语料 {}，领域 {}，机构 {}".format(SET, d["domain"], d["org"])),
        "channel: [voice, webchat]", "target: {{ phone: {} }}".format(q(d["phone"])),
        "persona: {{ name: {} }}".format(q(PERSONAS[k % len(PERSONAS)])), "locale: zh-CN", "steps: [ { end: true } ]",
        "facts:", "  - " + fact, "requiredInfo:", "  - " + req,
        "requires: {{ verification: {}, reference: {}, empathy: {}, survey: {} }}".format(
            *[str(flags[x]).lower() for x in ("verification", "reference", "empathy", "survey")]),
        "sla: {{ firstResponseMs: {}, responseLatencyMs: {}, handleTimeMs: {} }}".format(
            sla["firstResponseMs"], sla["responseLatencyMs"], sla["handleTimeMs"]),
        "tags: [{}, {}]".format(SET, d["domain"]), ""])


def pick_indices(r, p, turns):
    cands = [i for i in range(2, len(turns)) if turns[i]["sp"] == "agent" and turns[i - 1]["sp"] == "customer"
             and not turns[i - 1].get("hold_after") and "leave" not in turns[i - 1]["tags"]]
    r.shuffle(cands)
    p["latency_at"] = cands[0] if p["latency_fail"] and cands else -1
    p["dead_at"] = cands[1] if p["dead"] and len(cands) > 1 else -1
    inter = [i for i in cands[2:] if turns[i - 1]["sp"] == "customer" and len(turns[i - 1]["text"]) >= 10]
    p["interrupt_at"] = inter[0] if p["interrupt"] != "none" and inter else -1
    if p["ch"] == "webchat" and p["latency_fail"] and cands:
        i = p["latency_at"]
        sla = SLA[p["role"]]["responseLatencyMs"]
        k = max(1, math.ceil((sla + 5000) / 28000) - 1)
        p["nudge_gap"] = (sla + 5000) // (k + 1)
        for _ in range(k):
            turns.insert(i, dict(sp="customer", text=r.choice(["在吗？", "？", "还在吗", "人呢？看到了吗"]), tags={"nudge"}))
        p["latency_at"] = i + k


def main():
    r = random.Random(SEED)
    for _, scens in DOMAINS:
        merge(scens)
    os.makedirs(os.path.join(ROOT, "scenarios"), exist_ok=True)
    contacts, labels, k = [], [], 0
    for d, scens in DOMAINS:
        for s in scens:
            with open(os.path.join(ROOT, "scenarios", s["id"] + ".yaml"), "w") as fh:
                fh.write(scenario_yaml(d, s, k))
            k += 1
    n = 0
    for di, (d, scens) in enumerate(DOMAINS):
        for j in range(25):
            s = scens[j % 3]
            ch = "voice" if n % 2 == 0 else "webchat"
            p = draw(r, n, ch, s)
            p["ref_no"] = d["ref_prefix"] + "2025120" + str(r.randint(10000, 99999))
            b = Builder(r, p, d, s)
            compose(b)
            turns = b.turns
            pick_indices(r, p, turns)
            if ch == "voice":
                add_noise(r, turns)
            sla = SLA[s["role"]]
            ev, out, end = place(r, p, turns, sla, d["hot"], d["org"])
            cid = "{}-{:02d}".format(s["id"], j // 3 + 1)
            lab = content_labels(p, s)
            lab.update(timing_labels(p, out, ev, sla))
            for t in out:
                t.pop("wait", None)
            c = dict(schemaVersion=1, contactId=cid, scenarioId=s["id"], channel=ch, startedAt=START + n * 3_600_000,
                     durationMs=end, outcome="completed", transcriptSource="deepgram" if ch == "voice" else "chat-dom",
                     events=ev, turns=out)
            if n % 37 == 5:  # a few normal contacts from an importer: no duration, an unknown event type
                del c["durationMs"]
                ev.insert(-1, dict(type="transfer", atMs=ev[-1]["atMs"] - 100, detail=dict(to="回访组")))
            if ch == "webchat":
                c["clock"] = "page"
            contacts.append(c)
            labels.append(dict(contactId=cid, domain=d["domain"], labels=lab, why=whys(p, s, lab)))
            n += 1
    for c, l in specials(START + n * 3_600_000):
        contacts.append(c)
        labels.append(l)
    with open(os.path.join(ROOT, "contacts.jsonl"), "w") as fh:
        fh.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in contacts)
    with open(os.path.join(ROOT, "labels.jsonl"), "w") as fh:
        fh.writelines(json.dumps(l, ensure_ascii=False) + "\n" for l in labels)
    print("wrote", len(contacts), "contacts")


if __name__ == "__main__":
    main()
