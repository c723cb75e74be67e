"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl of independent-dev7a (seeded, stdlib only).

    python3 test/corpus/independent-dev7a/build/gen.py && python3 test/corpus/independent-dev7a/build/validate.py
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import pools as P  # noqa: E402
from compose import compose, pick  # noqa: E402
from timing import timing_labels  # noqa: E402
from mat_power_home import POWER, HOME  # noqa: E402
from mat_pharm_scenic import PHARM, SCENIC  # noqa: E402
from mat_iptv_bank import IPTV, BANK  # noqa: E402
from specials import specials  # noqa: E402
from mat_extra import merge  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAINS = [POWER, HOME, PHARM, SCENIC, IPTV, BANK]
merge(DOMAINS)
PER_DOMAIN = 25
START = 1764892800000  # 2025-12-05 00:00 UTC
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
FIRST_RESPONSE_MS = 15000


def sla_of(sc):
    return {"firstResponseMs": FIRST_RESPONSE_MS, "responseLatencyMs": sc["latency"], "handleTimeMs": 900000}


def choose(rng, weighted):
    r, acc = rng.random(), 0.0
    for value, w in weighted:
        acc += w
        if r < acc:
            return value
    return weighted[-1][0]


def schedule(rng, n, counts):
    """Exactly `counts` of each value over n contacts, in a seeded order (so every check keeps its share)."""
    xs = [v for v, c in counts for _ in range(c)]
    xs += [counts[0][0]] * (n - len(xs))
    rng.shuffle(xs)
    return xs


def make_schedules(rng, n_all, n_voice):
    cats = list(P.FORBIDDEN)
    forb = [(c, 4 if c in P.RUDE_CATEGORIES else 3) for c in cats]
    return {
        "all": {
            "curt": schedule(rng, n_all, [(False, 134), (True, 16)]),
            "greeting": schedule(rng, n_all, [("pass", 128), ("fail", 22)]),
            "agent_id": schedule(rng, n_all, [("pass", 90), ("fail", 48), ("late", 12)]),
            "required_info": schedule(rng, n_all, [("pass", 126), ("fail", 24)]),
            "hold": schedule(rng, n_all, [("none", 46), ("good", 50), ("music", 10), ("nothanks", 17), ("sorry", 4),
                                          ("unannounced", 12), ("short", 11)]),
            "fact_mode": schedule(rng, n_all, [("right", 76), ("cust_wrong", 16), ("wrong", 14), ("wrong_then_right", 14),
                                               ("right_then_wrong", 12), ("missing", 18)]),
            "answer": schedule(rng, n_all, [("real", 84), ("vague", 26), ("nonanswer", 20), ("help", 20)]),
            "forbidden": schedule(rng, n_all, [("none", 82), ("lookalike", 22)] + forb),
            "closing": schedule(rng, n_all, [("pass", 112), ("fail", 30), ("na", 8)]),
            "gapmode": schedule(rng, n_all, [("none", 96), ("deadair", 26), ("latency", 28)]),
            "late_first": schedule(rng, n_all, [(False, 130), (True, 20)]),
            "empathy_fail": schedule(rng, n_all, [(False, 92), (True, 58)]),
        },
        "voice": {
            "interrupt": schedule(rng, n_voice, [("none", 38), ("cut", 27), ("overlap", 10)]),
            "rate": schedule(rng, n_voice, [("normal", 55), ("fast", 10), ("slow", 10)]),
        },
    }


def make_plan(rng, sc, channel, sched, i, iv):
    A = sched["all"]
    req = sc["requires"]
    curt = A["curt"][i]
    p = {"channel": channel, "curt": curt}
    p["greeting"] = A["greeting"][i]
    p["agent_id"] = A["agent_id"][i]
    if req["empathy"]:
        p["complaint"] = pick(rng, ["open", "mid"])
    else:
        p["complaint"] = choose(rng, [("none", 0.66), ("open", 0.17), ("mid", 0.17)])
    p["empathy"] = "na" if p["complaint"] == "none" else ("fail" if curt or A["empathy_fail"][i] else "pass")
    p["required_info"] = A["required_info"][i]
    p["customer_pause"] = p["required_info"] == "pass" and rng.random() < 0.14
    p["pause_ms"] = rng.randrange(9000, 16000) if channel == "voice" else rng.randrange(8000, 11000)
    p["verification"] = ("fail" if rng.random() < 0.36 else "pass") if req["verification"] else "na"
    p["hold"] = A["hold"][i]
    if p["hold"] == "sorry" and p["empathy"] == "fail":
        p["hold"] = "nothanks"
    p["fact_mode"] = A["fact_mode"][i]
    p["answer"] = A["answer"][i]
    fw = A["forbidden"][i]
    if fw == "lookalike" and p["empathy"] == "fail":
        fw = "none"
    p["forbidden"] = fw
    p["customer_sorry"] = rng.random() < 0.1
    p["reference"] = ("fail" if rng.random() < 0.4 else "pass") if req["reference"] else "na"
    p["survey"] = ("fail" if rng.random() < 0.3 else "pass") if req["survey"] else "na"
    p["closing"] = A["closing"][i]
    voice = channel == "voice"
    late_first = A["late_first"][i]
    if late_first:
        p["first_gap"] = rng.randrange(16500, 26000)
    else:
        p["first_gap"] = rng.randrange(500, 3000) if voice else rng.randrange(2000, 12000)
    lat = sc["latency"]
    mode = A["gapmode"][i]
    if mode == "deadair":
        p["answer_gap"] = rng.randrange(8600, 12500) if voice else rng.randrange(33000, 41000)
    elif mode == "latency":
        p["answer_gap"] = rng.randrange(lat + 2500, lat + 9000)
    else:
        p["answer_gap"] = None
    if p["hold"] in ("good", "music", "nothanks", "sorry"):
        p["hold_ms"] = rng.randrange(18000, 65000) if voice else rng.randrange(35000, 90000)
    elif p["hold"] == "unannounced":
        p["hold_ms"] = rng.randrange(16000, 18500) if voice else rng.randrange(32000, 40000)
    else:
        p["hold_ms"] = rng.randrange(3000, 6500) if voice else rng.randrange(6000, 15000)
    p["interrupt"] = sched["voice"]["interrupt"][iv] if voice else "none"
    p["rate"] = sched["voice"]["rate"][iv] if voice else "normal"
    return p


def noise(text, rng):
    """ASR noise: dropped punctuation, a filler, homophones; the label stays the truth of what was said."""
    if rng.random() < 0.5:
        text = text.replace("，", " " if rng.random() < 0.5 else "").replace("。", "").replace("？", "")
    if rng.random() < 0.3:
        text = pick(rng, P.FILLERS) + text
    for a, b in P.HOMOPHONES.items():
        if a in text and rng.random() < 0.5:
            text = text.replace(a, b)
    return text


def lay_out(script, plan, rng, channel, t0):
    voice = channel == "voice"
    cps_agent = {"normal": rng.uniform(3.5, 4.5), "fast": rng.uniform(5.5, 6.4), "slow": rng.uniform(1.5, 1.85)}[plan["rate"]]
    noisy = voice and rng.random() < 0.7
    turns, prev_end, prev_sp = [], t0, None
    cut_done = plan["interrupt"] == "none"
    for k, t in enumerate(script):
        text = t["text"]
        if noisy and rng.random() < 0.75:
            text = noise(text, rng)
        if voice:
            from timing import spoken_chars
            cps = cps_agent if t["sp"] == "agent" else rng.uniform(3.2, 5.0)
            dur = int(spoken_chars(text) / cps * 1000) + rng.randrange(150, 400)
        else:
            dur = 0
        gap = t["gap"]
        if gap is None:
            if voice:
                gap = rng.randrange(300, 1500)
            elif t["sp"] == "agent":
                # after the customer's own "wait, I'll look" pause the agent answers quickly, so the
                # customer's pause never counts against the agent's response latency
                gap = rng.randrange(3000, 6000) if k and script[k - 1]["tag"] == "pause" else rng.randrange(3000, 13000)
            else:
                gap = rng.randrange(4000, 26000) if prev_sp == "agent" else rng.randrange(3000, 9000)
            if (not cut_done and voice and t["sp"] == "agent" and prev_sp == "customer" and k >= 3
                    and t["tag"] not in ("hold-back",) and turns[-1]["endMs"] - turns[-1]["startMs"] > 2800):
                max_over = turns[-1]["endMs"] - turns[-1]["startMs"] - 500
                over = rng.randrange(1100, min(2400, max_over)) if plan["interrupt"] == "cut" else rng.randrange(250, 600)
                gap = -over
                cut_done = True
        start = prev_end + gap
        if turns and start <= turns[-1]["startMs"]:
            start = turns[-1]["startMs"] + 200
        end = start + dur
        turn = {"speaker": t["sp"], "text": text, "startMs": start, "endMs": end}
        if voice:
            turn["confidence"] = round(rng.uniform(0.6, 0.86) if text != t["text"] else rng.uniform(0.85, 0.98), 2)
        turns.append(turn)
        prev_end = max(prev_end, end) if gap < 0 else end
        prev_sp = t["sp"]
    return turns, noisy


def build_contact(rng, dom, sc, n, channel, start_at, sched, i, iv):
    plan = make_plan(rng, sc, channel, sched, i, iv)
    script, why = compose(plan, dom, sc, rng)
    voice = channel == "voice"
    events = [{"type": "started", "atMs": 0}]
    ivr_turns = []
    if voice:
        t = rng.randrange(80, 220)
        events.append({"type": "dialed", "atMs": t})
        t += rng.randrange(1500, 3500)
        events.append({"type": "ringing", "atMs": t})
        t += rng.randrange(3000, 9000)
        events.append({"type": "answered", "atMs": t})
        if rng.random() < 0.4:
            txt = "您好，欢迎致电%s，业务咨询请按1，人工服务请按0" % dom["org"]
            ivr_turns.append({"speaker": "ivr", "text": txt, "startMs": t + 400, "endMs": t + 400 + len(txt) * 220, "confidence": 0.95})
            t = ivr_turns[-1]["endMs"] + rng.randrange(1000, 3000)
            events.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            events.append({"type": "queued", "atMs": t + 300})
            t += rng.randrange(5000, 40000)
            events.append({"type": "agent-joined", "atMs": t})
        elif rng.random() < 0.8:
            events.append({"type": "agent-joined", "atMs": t})
    else:
        t = rng.randrange(800, 2500)
        events.append({"type": "page-loaded", "atMs": t})
        t += rng.randrange(4000, 40000)
        events.append({"type": "agent-joined", "atMs": t})
    turns, noisy = lay_out(script, plan, rng, channel, t)
    if voice and plan["hold"] == "music":
        for k, tr in enumerate(turns):
            if k and script[k]["tag"] == "hold-back":
                events.append({"type": "hold-start", "atMs": turns[k - 1]["endMs"] + 400})
                events.append({"type": "hold-end", "atMs": tr["startMs"] - 300})
    end = turns[-1]["endMs"] + rng.randrange(600, 2500)
    if voice:
        by = "customer" if script[-1]["sp"] == "customer" else pick(rng, ["agent", "customer"])
        events.append({"type": "hangup", "atMs": end, "detail": {"by": by}})
    events.append({"type": "ended", "atMs": end + 200})
    events.sort(key=lambda e: e["atMs"])
    ix = {"schemaVersion": 1, "contactId": "%s-%02d" % (sc["id"], n), "scenarioId": sc["id"], "channel": channel,
          "startedAt": start_at, "durationMs": end + 200, "outcome": "completed",
          "transcriptSource": "deepgram" if voice else "chat-dom", "events": events, "turns": ivr_turns + turns}
    labels = label(plan, sc, ix)
    tl = timing_labels(ix, sla_of(sc))
    for k in ("first-response", "dead-air", "hold-etiquette", "response-latency", "interruption", "speech-rate"):
        labels[k] = tl[k]
    timing_why(labels, plan, tl, why)
    for k in list(why):
        if labels.get(k) == "pass" and not why[k].endswith("（通过）") and k not in ("resolution",):
            del why[k]
    if labels["resolution"] == "pass" and "resolution" in why and "通过" not in why["resolution"] and "含糊" not in why["resolution"]:
        del why["resolution"]
    return ix, labels, why, plan


def label(plan, sc, ix):
    L = {}
    L["greeting"] = plan["greeting"]
    L["agent-id"] = "pass" if plan["agent_id"] == "pass" else "fail"
    L["closing"] = plan["closing"]
    fw = plan["forbidden"]
    L["forbidden-words"] = "fail" if fw in P.FORBIDDEN else "pass"
    L["verification"] = plan["verification"]
    L["politeness"] = "fail" if plan["curt"] or fw in P.RUDE_CATEGORIES else "pass"
    L["empathy"] = plan["empathy"]
    fm = plan["fact_mode"]
    L["resolution"] = "fail" if fm == "missing" or plan["answer"] == "nonanswer" or fw == "敷衍" else "pass"
    L["fact-accuracy"] = "fail" if fm in ("wrong", "right_then_wrong", "missing") else "pass"
    L["no-misinformation"] = "fail" if fm in ("wrong", "wrong_then_right", "right_then_wrong") else "pass"
    L["record-reference"] = plan["reference"]
    L["survey-offered"] = plan["survey"]
    L["required-info"] = plan["required_info"]
    return L


def timing_why(labels, plan, tl, why):
    if labels["first-response"] == "fail":
        why["first-response"] = "坐席接入后%.1f秒才首次应答" % (plan["first_gap"] / 1000)
    if labels["dead-air"] == "fail":
        why["dead-air"] = tl["_dead"]
    if labels["response-latency"] == "fail":
        why["response-latency"] = tl["_late"]
    if labels["hold-etiquette"] == "fail":
        why["hold-etiquette"] = {"nothanks": "请客户稍等了，回来没有致谢", "sorry": "回来只说“久等了”的歉语，没有感谢等待（判断见README）",
                                 "unannounced": "没请客户稍等就静默查询"}.get(plan["hold"], "保持礼仪不完整")
    elif labels["hold-etiquette"] == "na" and plan["hold"] == "short":
        why["hold-etiquette"] = "说了稍等但静默很短，不构成保持（na）"
    if labels["interruption"] == "fail":
        why["interruption"] = "坐席在客户说完前抢话超过0.8秒"
    elif plan["interrupt"] == "overlap":
        why["interruption"] = "轻微重叠不足0.8秒（通过）"
    if labels["speech-rate"] == "fail":
        why["speech-rate"] = "语速%d字/分钟，超出120–300" % tl["_cpm"]
    if plan["customer_pause"] and labels["dead-air"] == "pass":
        why["dead-air"] = "客户说“等一下我找找”后的停顿是客户的停顿（通过）"


def scenario_yaml(dom, sc):
    f = sc["fact"]
    q = lambda xs: "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"
    r = sc["requires"]
    lines = [
        "id: %s" % sc["id"], "title: %s" % json.dumps(sc["title"], ensure_ascii=False),
        "description: %s" % json.dumps("独立语料 independent-dev7a，领域 %s，机构 %s" % (dom["domain"], dom["org"]), ensure_ascii=False),
        "channel: [voice, webchat]", "target: { phone: \"%s\" }" % dom["phone"],
        "persona: { name: %s }" % json.dumps(pick(random.Random(sc["id"]), ["罗女士", "孙先生", "何阿姨", "周先生", "林女士"]), ensure_ascii=False),
        "locale: zh-CN", "steps: [ { end: true } ]", "facts:",
        "  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }" % (
            f["key"], json.dumps(f["label"], ensure_ascii=False), json.dumps(f["expected"], ensure_ascii=False),
            q(f["variants"]), q(f["wrong"]), q(f["cues"])),
        "requiredInfo:",
        "  - { key: %s, label: %s, patterns: %s }" % (sc["req"]["key"], json.dumps(sc["req"]["label"], ensure_ascii=False), q(sc["req"]["patterns"])),
        "requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
            str(r[k]).lower() for k in ("verification", "reference", "empathy", "survey")),
        "sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % (FIRST_RESPONSE_MS, sc["latency"]),
        "tags: [independent-dev7a, %s]" % dom["domain"],
    ]
    return "\n".join(lines) + "\n"


def main():
    rng = random.Random(7_2026)
    contacts, labels = [], []
    scen_dir = os.path.join(OUT, "scenarios")
    os.makedirs(scen_dir, exist_ok=True)
    start_at = START
    plans = {}
    sched = make_schedules(random.Random(11), len(DOMAINS) * PER_DOMAIN, len(DOMAINS) * PER_DOMAIN // 2)
    i = iv = 0
    for d, dom in enumerate(DOMAINS):
        for sc in dom["scenarios"]:
            with open(os.path.join(scen_dir, sc["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(dom, sc))
        counters = {}
        for k in range(PER_DOMAIN):
            sc = dom["scenarios"][k % 3]
            counters[sc["id"]] = counters.get(sc["id"], 0) + 1
            channel = "voice" if (k + d) % 2 == 0 else "webchat"
            ix, lab, why, plan = build_contact(rng, dom, sc, counters[sc["id"]], channel, start_at, sched, i, iv)
            i += 1
            iv += channel == "voice"
            start_at += rng.randrange(600000, 3600000)
            contacts.append(ix)
            plans[ix["contactId"]] = plan
            labels.append({"contactId": ix["contactId"], "domain": dom["domain"], "labels": {c: lab[c] for c in CHECKS}, "why": why})
    # 4 normal contacts from an exporter that drops durationMs and adds its own event type
    for ix in contacts[5:150:37]:
        del ix["durationMs"]
        mid = ix["turns"][len(ix["turns"]) // 2]["startMs"]
        ix["events"].append({"type": "transfer", "atMs": mid, "detail": {"to": "quality-monitor"}})
        ix["events"].sort(key=lambda e: e["atMs"])
    for ix in specials(DOMAINS, start_at):
        contacts.append(ix)
        labels.append({"contactId": ix["contactId"], "domain": ix.pop("_domain"), "labels": {c: "na" for c in CHECKS},
                       "why": {c: reason for c in CHECKS for reason in [ix["_why"]]}})
        del ix["_why"]
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for ix in contacts:
            fh.write(json.dumps(ix, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lb in labels:
            fh.write(json.dumps(lb, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "build", "plans.json"), "w", encoding="utf-8") as fh:
        json.dump(plans, fh, ensure_ascii=False, indent=0, sort_keys=True)
    counts = {c: {"pass": 0, "fail": 0, "na": 0} for c in CHECKS}
    for lb in labels:
        for c in CHECKS:
            counts[c][lb["labels"][c]] += 1
    for c in CHECKS:
        print("%-18s pass %3d fail %3d na %3d" % (c, counts[c]["pass"], counts[c]["fail"], counts[c]["na"]))
    print("contacts", len(contacts), "voice", sum(1 for x in contacts if x["channel"] == "voice"))


if __name__ == "__main__":
    main()
