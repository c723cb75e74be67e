"""Seeded generator for the independent-dev4b corpus: python3 build/gen.py (from the set's folder or anywhere).

Plans which checks fail in which contact (exact counts, seeded), assembles hand-written material
(common.py, domains_a.py, domains_b.py) into dialogue, places it on a clock and writes
scenarios/*.yaml, contacts.jsonl and labels.jsonl.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from assemble import build, plain  # noqa: E402
from common import FORBID_MILD, FORBID_RUDE, LOOKALIKE, FILLERS, HOMOPHONES  # noqa: E402
from domains_a import YIBAO, YOUZHENG, ZUFANG  # noqa: E402
from domains_b import JIANSHEN, CHONGWU, CHEDAI  # noqa: E402
from timeline import place, timing_labels  # noqa: E402
from specials import specials  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 4_0_2_6
DOMAINS = [("yibao", YIBAO), ("youzheng", YOUZHENG), ("zufang", ZUFANG), ("jianshen", JIANSHEN), ("chongwu", CHONGWU), ("chedai", CHEDAI)]
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption",
          "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency", "fact-accuracy",
          "no-misinformation", "record-reference", "survey-offered", "required-info"]
T0 = 1764806400000  # 2025-12-04 00:00 UTC


def scenario_yaml(sc):
    j = json.dumps
    lines = [f"id: {sc['id']}", f"title: {j(sc['title'], ensure_ascii=False)}",
             f"description: {j('独立语料 independent-dev4b，领域 ' + sc['domain'] + '，机构 ' + sc['org'], ensure_ascii=False)}",
             "channel: [voice, webchat]", f"target: {{ phone: \"{sc['phone']}\" }}", f"persona: {{ name: {j(sc['persona'], ensure_ascii=False)} }}",
             "locale: zh-CN", "steps: [ { end: true } ]", "facts:"]
    for f in sc["facts"]:
        d = {k: f[k] for k in ("key", "label", "expected", "variants")}
        d["wrong"], d["cues"] = f["wrong_values"], f["cues"]
        lines.append("  - " + j(d, ensure_ascii=False))
    lines.append("requiredInfo:")
    for it in sc["required"]:
        lines.append("  - " + j({"key": it["key"], "label": it["label"], "patterns": [it["pattern"]]}, ensure_ascii=False))
    b = lambda v: "true" if v else "false"  # noqa: E731
    lines.append(f"requires: {{ verification: {b(sc['verification'])}, reference: {b(sc['reference'])}, empathy: {b(sc['empathy'])}, survey: {b(sc['survey'])} }}")
    lines.append(f"sla: {{ firstResponseMs: 30000, responseLatencyMs: {6000 if sc['fast'] else 20000}, handleTimeMs: 600000 }}")
    lines.append(f"tags: [independent-dev4b, {sc['id'].split('-')[0]}]")
    return "\n".join(lines) + "\n"


def plan_all(rng):
    cs = []
    for di, (dname, scs) in enumerate(DOMAINS):
        for k in range(25):
            sc = scs[k % 3]
            cs.append(dict(id=f"{sc['id']}-{k // 3 + 1:02d}", sc=sc, dname=dname, channel="voice" if (k + di) % 2 == 0 else "webchat"))
    for c in cs:
        c.update(greeting=True, agent_id="pass-first", closing="pass", forbidden=None, curt=False, verification="pass",
                 hold=None, dead_air=False, latency=False, complaint=False, complaint_first=False, second_complaint=False,
                 empathy="na", emp_fail_at=0, side=None, fact_modes=["ok"] * len(c["sc"]["facts"]), reference="pass",
                 survey="pass", skip_info=None, interrupt=None, rate="normal", first_resp="ok", cust_pause=False,
                 cust_apology=False, short_wait=False, lookalike=False, ivr=False, noisy=False, music=False, transfer=False)

    def take(pred, k):
        pool = [c for c in cs if pred(c)]
        return rng.sample(pool, min(k, len(pool)))

    V = lambda c: c["channel"] == "voice"  # noqa: E731
    for c in take(lambda c: not c["sc"]["empathy"], 13):
        c["curt"] = True
    for c in cs:
        if c["sc"]["empathy"]:
            c.update(complaint=True, complaint_first=True)
    for c in take(lambda c: not c["sc"]["empathy"] and not c["curt"], 12):
        c["complaint"] = True
    comp = [c for c in cs if c["complaint"]]
    fails = rng.sample(comp, 28)
    for c in comp:
        c["empathy"] = "fail" if c in fails else "pass"
        if not c["sc"]["empathy"]:
            c["complaint_first"] = rng.random() < 0.5
        c["second_complaint"] = c["complaint_first"] and rng.random() < 0.3
        if c["empathy"] == "fail":
            c["emp_fail_at"] = 2 if (not c["complaint_first"] or (c["second_complaint"] and rng.random() < 0.5)) else 1
    for i, c in enumerate(take(lambda c: not c["curt"], 32)):
        tier = FORBID_RUDE if i < 15 else FORBID_MILD
        cat = rng.choice(sorted(tier))
        c["forbidden"] = (cat, rng.choice(tier[cat]), i < 15)
    for c in take(lambda c: True, 20):
        c["greeting"] = False
    for c in take(lambda c: True, 30):
        c["agent_id"] = "fail"
    for c in take(lambda c: c["agent_id"] != "fail", 12):
        c["agent_id"] = "pass-second"
    for c in take(lambda c: c["sc"]["verification"], 30):
        c["verification"] = "fail"
    for c in take(lambda c: V(c), 14) + take(lambda c: not V(c), 14):
        c["dead_air"] = True
    for c in take(lambda c: not (c["dead_air"] and not V(c)) and not c["curt"], 38):
        c["hold"] = "pass2" if rng.random() < 0.25 else "pass"
    for c in take(lambda c: c["hold"] is None, 14):
        c["hold"] = "nothanks"
    for c in take(lambda c: c["hold"] is None and V(c) and not c["dead_air"], 6):
        c["hold"] = "bare"
    for c in take(lambda c: c["hold"] == "pass", 4):
        c["hold"] = "second-nothanks"
    for c in take(lambda c: not V(c) and not c["dead_air"], 16) + take(lambda c: V(c) and c["sc"]["fast"], 7) + take(lambda c: V(c) and not c["sc"]["fast"] and not c["dead_air"], 5):
        c["latency"] = True
    for c in take(lambda c: not c["sc"]["survey"] and not c["second_complaint"], 8):
        c["closing"] = "na"
    for c in take(lambda c: c["closing"] == "pass", 30):
        c["closing"] = "fail"
    two = lambda c: len(c["sc"]["facts"]) == 2  # noqa: E731
    for c in take(lambda c: two(c) and c["closing"] != "na", 8):
        c["fact_modes"][1] = "missing"
    for mode, k in (("wrong", 16), ("selfcorrect", 12), ("neg", 20)):
        for c in take(lambda c: all(m == "ok" for m in c["fact_modes"]), k):
            c["fact_modes"][rng.randrange(len(c["fact_modes"]))] = mode
    for c in take(lambda c: c["closing"] != "na", 20):
        c["side"] = "nonanswer"
    for c in take(lambda c: c["side"] is None and c["closing"] != "na", 8):
        c["side"] = "helped"
    for c in take(lambda c: c["side"] is None, 70):
        c["side"] = "answer"
    for c in cs:
        if c["hold"] in ("pass2", "second-nothanks") and c["side"] is None:
            c["side"] = "answer"
    for c in take(lambda c: c["sc"]["reference"], 30):
        c["reference"] = "fail"
    for c in take(lambda c: c["sc"]["survey"], 20):
        c["survey"] = "fail"
    for c in take(lambda c: True, 20):
        c["skip_info"] = rng.choice(c["sc"]["required"])["key"]
    for c in take(lambda c: not c["latency"], 18):
        c["first_resp"] = "fail"
    for c in take(lambda c: V(c), 18):
        c["interrupt"] = "fail"
    for c in take(lambda c: V(c) and c["interrupt"] is None, 15):
        c["interrupt"] = "overlap"
    for i, c in enumerate(take(lambda c: V(c), 16)):
        c["rate"] = "fast" if i % 2 else "slow"
    for c in take(lambda c: c["sc"]["verification"] and c["verification"] == "pass", 15):
        c["cust_pause"] = True
    for c in take(lambda c: not c["cust_pause"], 20):
        c["cust_apology"] = True
    for c in take(lambda c: True, 15):
        c["short_wait"] = True
    for c in take(lambda c: not c["forbidden"], 55):
        c["lookalike"] = True
    for c in cs:
        if V(c):
            c["ivr"] = rng.random() < 0.5
            c["noisy"] = rng.random() < 0.7
            c["music"] = rng.random() < 0.4
    for c in take(lambda c: True, 4):
        c["transfer"] = True
    return cs


def complaint_window(B):
    """Indices of the two agent beats after each complaint (kept free of inserted lines)."""
    out = set()
    for i, b in enumerate(B):
        if b[3] == "complaint":
            n = 0
            for j in range(i + 1, len(B)):
                if B[j][0] == "agent":
                    out.add(j)
                    n += 1
                    if n == 2:
                        break
    return out


def decorate(c, B, rng):
    win = complaint_window(B)
    second_agent = [i for i, b in enumerate(B) if b[0] == "agent"][1]
    agent_mid = [i for i, b in enumerate(B) if b[0] == "agent" and second_agent < i < len(B) - 2 and b[2] == "normal" and b[3] in (None, "info-ask", "disclose", "verify-ask")
                 and i not in win and B[i - 1][0] == "customer" and B[i - 1][3] != "complaint"]
    # a 忌语 lands where real ones do: as the reply to a customer's question or doubt
    asked = [i for i in agent_mid if B[i - 1][1].rstrip().endswith(("？", "?", "吗", "呢"))]
    if c["forbidden"] and agent_mid:
        i = rng.choice(asked or agent_mid)
        B.insert(i, ["agent", c["forbidden"][1], "normal", "forbidden"])
    elif c["forbidden"]:  # no reply slot: the 忌语 opens a later agent turn instead
        later = [i for i, b in enumerate(B) if b[0] == "agent" and second_agent < i < len(B) - 2 and i not in win]
        if not later:
            raise SystemExit(f"no slot for a forbidden line in {c['id']}")
        i = rng.choice(later)
        B[i][1] = c["forbidden"][1] + B[i][1]
    if c["lookalike"] and not c["curt"]:
        slots = [i for i, b in enumerate(B) if b[0] == "agent" and 0 < i < len(B) - 3 and b[3] is None and i not in complaint_window(B)]
        if slots:
            i = rng.choice(slots)
            B[i][1] = rng.choice(LOOKALIKE) + B[i][1]
    if c["noisy"]:
        for b in B:
            s = b[1]
            if rng.random() < 0.6:
                s = s.replace("，", " ").replace("。", " ").replace("？", "").replace("！", "").strip()
            if rng.random() < 0.3:
                s = rng.choice(FILLERS) + s
            if b[0] == "customer" and rng.random() < 0.4:
                a, h = rng.choice(HOMOPHONES)
                s = s.replace(a, h)
            b[1] = s


def labels_for(c, B, turns, meta, join):
    sc, L, why = c["sc"], {}, {}
    L["greeting"] = "pass" if c["greeting"] else "fail"
    if not c["greeting"]:
        why["greeting"] = "first agent turn has no 问候: " + B[0][1][:14]
    L["agent-id"] = "fail" if c["agent_id"] == "fail" else "pass"
    if c["agent_id"] == "fail":
        why["agent-id"] = "no staff number or name+role in the first two agent turns (bare role / hotline number is not an id)"
    elif c["agent_id"] == "pass-second":
        why["agent-id"] = "name and 工号 given in the agent's second turn (within the first two)"
    L["closing"] = c["closing"]
    if c["closing"] == "fail":
        why["closing"] = "last two agent turns carry no thanks, wishes or leave-taking (a wrap-up question is not a 结束语)"
    if c["closing"] == "na":
        why["closing"] = "customer hung up before the agent could wrap up"
    L["forbidden-words"] = "fail" if c["forbidden"] else "pass"
    if c["forbidden"]:
        why["forbidden-words"] = f"{c['forbidden'][0]}: {c['forbidden'][1]}"
    elif c["lookalike"]:
        why["forbidden-words"] = "polite look-alike only (referral with help / rule plus option / 理解), not a 忌语"
    L["verification"] = "na" if not sc["verification"] else c["verification"]
    if L["verification"] == "fail":
        why["verification"] = "agent disclosed account details before any identity check"
    L["politeness"] = "fail" if c["curt"] or (c["forbidden"] and c["forbidden"][2]) else "pass"
    if c["curt"]:
        why["politeness"] = "consistently curt register: 你 not 您, no 请/谢谢, bare replies"
    elif L["politeness"] == "fail":
        why["politeness"] = "rude/mocking line: " + c["forbidden"][1]
    elif c["forbidden"]:
        why["politeness"] = "one buck-passing/refusal-type 忌语 in an otherwise courteous contact: forbidden-words only"
    L["empathy"] = c["empathy"]
    if c["empathy"] == "fail":
        why["empathy"] = "customer complained; the next two agent turns neither apologise nor acknowledge the feeling (别急 / promise only)"
    elif c["empathy"] == "na" and c["cust_apology"]:
        why["empathy"] = "only the customer apologises; no complaint"
    miss = "missing" in c["fact_modes"]
    L["resolution"] = "fail" if miss or c["side"] == "nonanswer" else "pass"
    if miss:
        why["resolution"] = "a scenario fact was never answered"
    elif c["side"] == "nonanswer":
        why["resolution"] = "customer's follow-up question got a non-answer with no look-up or referral"
    elif c["side"] == "helped":
        why["resolution"] = "non-answer followed by a look-up with the answer: pass"
    L["fact-accuracy"] = "fail" if miss or "wrong" in c["fact_modes"] else "pass"
    if "wrong" in c["fact_modes"]:
        why["fact-accuracy"] = "last statement of the fact is a wrong value"
    elif miss:
        why["fact-accuracy"] = "fact never stated, so the last statement is not the expected value"
    elif "selfcorrect" in c["fact_modes"]:
        why["fact-accuracy"] = "wrong value first, corrected; last statement is right"
    L["no-misinformation"] = "fail" if ("wrong" in c["fact_modes"] or "selfcorrect" in c["fact_modes"]) else "pass"
    if L["no-misinformation"] == "fail":
        why["no-misinformation"] = "agent stated a known-wrong value" + (" (later corrected)" if "selfcorrect" in c["fact_modes"] else "")
    elif "neg" in c["fact_modes"]:
        why["no-misinformation"] = "wrong value only named to negate it (不是X，是Y)"
    L["record-reference"] = "na" if not sc["reference"] else c["reference"]
    if L["record-reference"] == "fail":
        why["record-reference"] = "action taken but no reference number given (phone numbers/amounts are not references)"
    L["survey-offered"] = "na" if not sc["survey"] else c["survey"]
    if L["survey-offered"] == "fail":
        why["survey-offered"] = "no satisfaction-evaluation invitation"
    L["required-info"] = "fail" if c["skip_info"] else "pass"
    if c["skip_info"]:
        why["required-info"] = f"agent never asked for {c['skip_info']}"
    tl, tw = timing_labels(turns, meta, c, sc, join)
    L.update(tl)
    why.update(tw)
    if L["hold-etiquette"] == "na" and c["short_wait"]:
        why["hold-etiquette"] = "only a short announced wait (under the hold threshold): no hold"
    if L["dead-air"] == "pass" and c["cust_pause"]:
        why["dead-air"] = "long silence was the customer's (looking for the card), not the agent's"
    return {k: L[k] for k in CHECKS}, why


def main():
    rng = random.Random(SEED)
    cs = plan_all(rng)
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for _, scs in DOMAINS:
        for sc in scs:
            with open(os.path.join(OUT, "scenarios", sc["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(sc))
    contacts, labels = [], []
    for n, c in enumerate(cs):
        crng = random.Random(f"{SEED}-{c['id']}")
        B, notes = build(c, c["sc"], crng)
        decorate(c, B, crng)
        turns, ev, meta, endt, join = place(B, c, c["sc"], crng)
        L, why = labels_for(c, B, turns, meta, join)
        inter = {"schemaVersion": 1, "contactId": c["id"], "scenarioId": c["sc"]["id"], "channel": c["channel"],
                 "startedAt": T0 + n * 3_600_000 // 4, "durationMs": endt, "outcome": "completed",
                 "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom", "events": ev, "turns": turns}
        if c["transfer"]:
            del inter["durationMs"]
        contacts.append(inter)
        labels.append({"contactId": c["id"], "domain": c["sc"]["domain"], "labels": L, "why": why})
    sp_c, sp_l = specials(T0 + len(cs) * 900_000, CHECKS)
    contacts += sp_c
    labels += sp_l
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for x in contacts:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for x in labels:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    counts = {k: {"pass": 0, "fail": 0, "na": 0} for k in CHECKS}
    for x in labels:
        for k, v in x["labels"].items():
            counts[k][v] += 1
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(counts, f, indent=1)
    print(len(contacts), "contacts;", sum(1 for x in contacts if x["channel"] == "voice"), "voice")
    for k in CHECKS:
        print(f"{k:18s} pass {counts[k]['pass']:3d} fail {counts[k]['fail']:3d} na {counts[k]['na']:3d}")


if __name__ == "__main__":
    main()
