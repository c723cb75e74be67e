#!/usr/bin/env python3
"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl of set independent-dev5b, deterministically.

Run from anywhere: python3 test/corpus/independent-dev5b/build/gen.py
Material is hand-written in common_material.py / domains_a.py / domains_b.py; plan.py decides which
contact carries which defect; dialogue.py writes the turns; this file times them and labels them.
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common_material import FILLERS, FORBIDDEN, HOMOPHONES, RUDE_KINDS  # noqa: E402
from dialogue import build_dialogue  # noqa: E402
from domains_a import DOMAINS_A  # noqa: E402
from domains_b import DOMAINS_B  # noqa: E402
from plan import make_plans  # noqa: E402
from specials import special_contacts  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOMAINS = DOMAINS_A + DOMAINS_B
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
SLA = {"firstResponseMs": 20000, "responseLatencyMs": 45000, "handleTimeMs": 900000}
PUNCT = re.compile(r"[，。！？、：；…,.!?:;\s\"“”]")
T0 = 1764806400000  # 2025-12-04 00:00 UTC, a fixed origin


def spoken_len(text):
    return len(PUNCT.sub("", text))


def asr_noise(r, text, speaker, tags):
    """Voice transcripts: punctuation lost, fillers added, a homophone slip in some customer turns."""
    if speaker == "customer" and "complaint" not in tags and r.random() < 0.3:
        a, b = r.choice(HOMOPHONES)
        text = text.replace(a, b, 1)
    if r.random() < 0.6:
        text = re.sub(r"[，。！？、]", " ", text).strip()
    if speaker == "customer" and r.random() < 0.4:
        text = r.choice(FILLERS) + " " + text
    return text


def time_contact(c, T):
    """Assigns start/end to turns and returns (turns, events, facts about silences for labels)."""
    r = c["rng"]
    voice = c["channel"] == "voice"
    ev = [{"type": "started", "atMs": 0}]
    pre_turns = []
    if voice:
        t = r.randint(80, 200)
        ev.append({"type": "dialed", "atMs": t})
        t += r.randint(1200, 3000)
        ev.append({"type": "ringing", "atMs": t})
        t += r.randint(3000, 9000)
        ev.append({"type": "answered", "atMs": t})
        if r.random() < 0.45:
            txt = "您好，欢迎致电{org}。咨询业务请按1，人工服务请按0。".format(org=c["dom"]["org"])
            dur = int(len(txt) / 4.5 * 1000)
            pre_turns.append({"speaker": "ivr", "text": txt, "startMs": t + 300, "endMs": t + 300 + dur, "confidence": 0.95})
            t += 300 + dur + r.randint(1500, 4000)
            ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            ev.append({"type": "queued", "atMs": t + 200})
            t += r.randint(8000, 90000)  # queue: answer time, not the agent's first response
        ev.append({"type": "agent-joined", "atMs": t})
    else:
        t = r.randint(600, 2000)
        ev.append({"type": "page-loaded", "atMs": t})
        t += r.randint(1500, 4000)
        pre_turns.append({"speaker": "system", "text": "正在为您转接人工客服，请稍候", "startMs": t, "endMs": t})
        ev.append({"type": "queued", "atMs": t})
        t += r.randint(5000, 80000)
        ev.append({"type": "agent-joined", "atMs": t})
    joined = t
    rate = {"ok": r.uniform(3.5, 4.6), "fast": r.uniform(5.6, 6.4), "slow": r.uniform(1.5, 1.8)}[c["rate"]]
    # choose where the unannounced silences go: an agent reply to a customer turn, not right after a hold ask
    cand = [k for k in range(1, len(T)) if T[k]["sp"] == "agent" and T[k - 1]["sp"] == "customer" and T[k]["gap"] is None
            and not any("hold_ask" in T[m]["tags"] for m in range(k - 1, max(-1, k - 3), -1) if T[m]["sp"] == "agent")]
    if c["dead_air"]:
        k = r.choice(cand)
        if voice:
            T[k]["gap"] = r.randint(9000, 13000) if r.random() < 0.5 else r.randint(16000, 28000)
        else:
            T[k]["gap"] = r.randint(32000, 44000)
        T[k]["tags"].add("dead_air")
        cand.remove(k)
    if c["latency"]:
        k = r.choice(cand)
        T[k]["gap"] = r.randint(48000, 70000) if voice else r.randint(50000, 80000)
        T[k]["tags"].add("late")
        cand.remove(k)
    if voice and (c["interrupt"] or c["overlap_ok"]):
        # only after a customer turn long enough (>= ~2.7 s) for the agent to cut into it
        long_enough = [k for k in cand if spoken_len(T[k - 1]["text"]) >= 14]
        k = r.choice(long_enough or cand)
        if not long_enough:
            T[k - 1]["text"] += "，我就是想问清楚到底怎么回事"
        T[k]["overlap"] = r.randint(1000, 2200) if c["interrupt"] else r.randint(150, 500)
    turns = list(pre_turns)
    prev_end = joined
    for k, tt in enumerate(T):
        if k == 0:
            gap = (r.randint(21000, 28000) if c["first_fail"] else r.randint(3000, 15000)) if not voice else r.randint(600, 2500)
        elif tt["gap"] is not None:
            gap = tt["gap"]
        elif voice:
            gap = r.randint(400, 1500) if tt["sp"] == "agent" else r.randint(300, 1800)
        else:
            if tt["sp"] == "agent":
                gap = r.randint(5000, 18000)
            else:
                gap = r.randint(4000, 14000) if T[k - 1]["sp"] == "customer" else r.randint(5000, 40000)
        text = tt["text"]
        if voice:
            start = prev_end + gap
            if tt.get("overlap"):
                start = prev_end - tt["overlap"]
            cps = rate if tt["sp"] == "agent" else r.uniform(3.8, 5.2)
            dur = max(600, int(spoken_len(text) / cps * 1000))
            if c["noisy"]:
                text = asr_noise(r, text, tt["sp"], tt["tags"])
            turn = {"speaker": tt["sp"], "text": text, "startMs": start, "endMs": start + dur, "confidence": round(r.uniform(0.6, 0.98), 2)}
            prev_end = max(prev_end, start + dur)
        else:
            start = prev_end + gap
            turn = {"speaker": tt["sp"], "text": text, "startMs": start, "endMs": start}
            prev_end = start
        tt["startMs"], tt["endMs"] = turn["startMs"], turn["endMs"]
        turns.append(turn)
        if voice and "after_hold" in tt["tags"] and c["hold_events"]:
            ev.append({"type": "hold-start", "atMs": T[k - 1]["endMs"] + 500})
            ev.append({"type": "hold-end", "atMs": start - 400})
    end = prev_end + r.randint(500, 2000)
    if voice:
        ev.append({"type": "hangup", "atMs": end, "detail": {"by": "customer" if r.random() < 0.7 else "agent"}})
    ev.append({"type": "ended", "atMs": end + 200})
    if c["no_duration"]:
        mid = T[len(T) // 2]["startMs"] - 300
        ev.append({"type": "transfer", "atMs": mid, "detail": {"to": "same-queue"}})
    ev.sort(key=lambda e: e["atMs"])
    return turns, ev, joined, end + 200


def silences(c, T, joined):
    """Gaps the agent owed, classified: (length, announced, thanked_after, kind)."""
    voice = c["channel"] == "voice"
    out = []
    prev_end, prev_sp, last_agent = joined, "join", None
    for tt in T:
        gap = tt["startMs"] - prev_end
        owed = prev_sp in ("customer", "join") or tt["sp"] == "agent"
        if owed and gap > 0:
            announced = last_agent is not None and "hold_ask" in last_agent["tags"]
            out.append((gap, announced, "hold_thanked" in tt["tags"], tt))
        prev_end = max(prev_end, tt["endMs"]) if voice else tt["startMs"]
        prev_sp = tt["sp"]
        if tt["sp"] == "agent":
            last_agent = tt
    return out


def latencies(c, T):
    """Waits above the SLA from the first unanswered customer turn to the agent's reply, announced holds excepted."""
    voice = c["channel"] == "voice"
    out, pending, last_agent = [], None, None
    for tt in T:
        if tt["sp"] == "customer":
            if pending is None:
                pending = tt["endMs"] if voice else tt["startMs"]
        else:
            if pending is not None:
                announced = last_agent is not None and "hold_ask" in last_agent["tags"]
                wait = tt["startMs"] - pending
                if wait > SLA["responseLatencyMs"] and not announced:
                    out.append(wait)
            pending, last_agent = None, tt
    return out


def label(c, T, joined):
    sc, voice = c["sc"], c["channel"] == "voice"
    L, why = {}, {}
    agent = [t for t in T if t["sp"] == "agent"]
    L["greeting"] = "fail" if c["greet_fail"] else "pass"
    if c["greet_fail"]:
        why["greeting"] = "首句「%s」没有问候语" % agent[0]["text"][:18]
    L["agent-id"] = "fail" if c["id_fail"] else "pass"
    if c["id_fail"]:
        why["agent-id"] = "前两句没有工号或姓名+岗位（只有「客服/工作人员」或热线号）"
    L["closing"] = {"na": "na", "fail": "fail", "ok": "pass"}[c["closing"]]
    if c["closing"] == "fail":
        why["closing"] = "最后两句「%s」「%s」没有感谢/祝福/道别" % (agent[-2]["text"][:30], agent[-1]["text"][:30])
    if c["closing"] == "na":
        why["closing"] = "客户在坐席收尾前先挂断"
    kind = c["meta"]["kind"]
    L["forbidden-words"] = "fail" if kind else "pass"
    if kind:
        why["forbidden-words"] = "服务忌语（%s）：%s" % (kind, next(t["text"] for t in agent if t["tags"] & {"forbidden"} or any(x in t["text"] for x in FORBIDDEN[kind])))
    vreq = sc["requires"].get("verification")
    L["verification"] = "na" if not vreq else ("fail" if c["verify_fail"] else "pass")
    if vreq and c["verify_fail"]:
        why["verification"] = "先告知/办理了客户本人的业务信息，之后才核身或根本没核身"
    holds = [s for s in silences(c, T, joined) if s[0] >= (15000 if voice else 30000)]
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        bad = [s for s in holds if not (s[1] and s[2])]
        L["hold-etiquette"] = "fail" if bad else "pass"
        if bad:
            why["hold-etiquette"] = "%d秒的等待%s" % (bad[0][0] // 1000, "事先没请客户稍等" if not bad[0][1] else "回来后没有感谢客户等待")
    rude = c["curt"] or (kind in RUDE_KINDS)
    L["politeness"] = "fail" if rude else "pass"
    if c["curt"]:
        why["politeness"] = "全程用「你」、一两个字的答复、没有请/谢谢等敬语"
    elif rude:
        why["politeness"] = "有粗鲁/训斥/讥讽的话（%s）" % kind
    elif kind:
        why["politeness"] = "只有一句推诿/冷淡，其余礼貌：算忌语不算不礼貌"
    L["interruption"] = "na" if not voice else ("fail" if c["interrupt"] else "pass")
    if voice and c["interrupt"]:
        why["interruption"] = "坐席在客户说完前1秒以上就开口"
    elif voice and c["overlap_ok"]:
        why["interruption"] = "只有不到0.5秒的抢话重叠，不算打断"
    dead = [s for s in silences(c, T, joined) if s[0] >= (8000 if voice else 30000) and not s[1]]
    L["dead-air"] = "fail" if dead else "pass"
    if dead:
        why["dead-air"] = "客户说完后坐席%d秒没出声也没请客户稍等" % (dead[0][0] // 1000)
    elif any("customer_pause" in t["tags"] for t in T):
        why["dead-air"] = "长停顿是客户在找资料（该客户说话），不是冷场"
    L["speech-rate"] = "na" if not voice else ("pass" if c["rate"] == "ok" else "fail")
    if voice and c["rate"] != "ok":
        why["speech-rate"] = "坐席语速" + ("过快（每分钟三百多字）" if c["rate"] == "fast" else "过慢（每分钟一百字左右）")
    complaints = [k for k, t in enumerate(T) if t["sp"] == "customer" and "complaint" in t["tags"]]
    if not complaints and not sc["requires"].get("empathy"):
        L["empathy"] = "na"
        if any("customer_apology" in t["tags"] for t in T):
            why["empathy"] = "客户道歉不是抱怨，无需共情"
    else:
        ok = True
        for k in complaints:
            nxt = [t for t in T[k + 1:] if t["sp"] == "agent"][:2]
            ok = ok and any("empathy" in t["tags"] for t in nxt)
        L["empathy"] = "pass" if ok else "fail"
        if not ok:
            why["empathy"] = "客户抱怨后坐席接下来两句没有致歉或体谅（只有「别急」/承诺处理/忌语）"
    nonans = any("non_answer" in t["tags"] for t in agent)
    L["resolution"] = "fail" if (c["fact"] == "absent" or nonans) else "pass"
    if c["fact"] == "absent":
        why["resolution"] = "始终没回答%s" % sc["fact"]["label"]
    elif nonans:
        why["resolution"] = "客户的问题得到「不清楚/查不了/推走」式答复，之后没有查询或转办"
    elif c["extra"] == "help":
        why["resolution"] = "先说不清楚，但随即查询/转专岗并给出答复"
    L["first-response"] = "fail" if c["first_fail"] else "pass"
    if c["first_fail"]:
        why["first-response"] = "坐席接入后%d秒才发第一句" % ((agent[0]["startMs"] - joined) // 1000)
    late = latencies(c, T)
    L["response-latency"] = "fail" if late else "pass"
    if late:
        why["response-latency"] = "有一条客户消息%d秒后才得到回复（期间没请客户稍等）" % (late[0] // 1000)
    st = c["fact"]
    L["fact-accuracy"] = "pass" if st in ("right", "wrong-then-right", "negated-then-right") else "fail"
    L["no-misinformation"] = "pass" if st in ("right", "absent") else "fail"
    fx = {"wrong": "说了错误的值", "right-then-wrong": "先说对后又改成错误的值", "absent": "没说",
          "wrong-then-right": "先说错后更正", "negated-then-right": "先否定了正确值后又更正"}
    if st != "right":
        why["fact-accuracy" if L["fact-accuracy"] == "fail" else "no-misinformation"] = "%s：%s" % (sc["fact"]["label"], fx[st])
        if L["fact-accuracy"] == "fail" and L["no-misinformation"] == "fail":
            why["no-misinformation"] = why["fact-accuracy"]
        if L["fact-accuracy"] == "pass":
            why["fact-accuracy"] = "最后一次说法是正确值"
    rreq = sc["requires"].get("reference")
    L["record-reference"] = "na" if not rreq else ("pass" if c["ref"] == "ok" else "fail")
    if rreq and c["ref"] != "ok":
        why["record-reference"] = "没给受理/工单号" if c["ref"] == "none" else "只给了订单号/热线/金额/工号，不是受理编号"
    sreq = sc["requires"].get("survey")
    L["survey-offered"] = "na" if not sreq else ("fail" if c["survey_fail"] else "pass")
    if sreq and c["survey_fail"]:
        why["survey-offered"] = "没有邀请满意度评价（提到「满意」不等于邀评）"
    L["required-info"] = "fail" if c["reqinfo_fail"] else "pass"
    if c["reqinfo_fail"]:
        why["required-info"] = "没问%s" % sc["req"]["label"]
    return L, why


def scenario_yaml(dom, sc):
    j = lambda v: json.dumps(v, ensure_ascii=False)
    f = sc["fact"]
    lines = [
        "id: %s" % sc["id"], "title: %s" % j(sc["title"]),
        "description: %s" % j("独立语料 independent-dev5b，领域 %s，机构 %s" % (dom["key"], dom["org"])),
        "channel: [voice, webchat]", "target: { phone: %s }" % j(dom["phone"]), "persona: { name: %s }" % j("客户"),
        "locale: zh-CN", "steps:", "  - say: %s" % j(sc["opener"][0]), "  - wait: %s" % j("。|？"), "  - end: true",
        "facts:", "  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }" % (
            f["key"], j(f["label"]), j(f["expected"]), j(f["variants"]), j(f["wrong"]), j(f["cues"])),
        "requiredInfo:", "  - { key: %s, label: %s, patterns: %s }" % (sc["req"]["key"], j(sc["req"]["label"]), j(sc["req"]["patterns"])),
        "requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
            "true" if sc["requires"].get(k) else "false" for k in ("verification", "reference", "empathy", "survey")),
        "sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }" % (SLA["firstResponseMs"], SLA["responseLatencyMs"], SLA["handleTimeMs"]),
        "tags: [independent-dev5b, %s]" % dom["key"],
    ]
    return "\n".join(lines) + "\n"


def main():
    plans = make_plans(DOMAINS)
    contacts, labels = [], []
    for c in plans:
        r = c["rng"]
        c["noisy"] = c["channel"] == "voice" and r.random() < 0.7
        c["hold_events"] = r.random() < 0.4
        T, meta = build_dialogue(c)
        c["meta"] = meta
        turns, ev, joined, end = time_contact(c, T)
        cid = "%s-%s-%02d" % (c["sc"]["id"], "v" if c["channel"] == "voice" else "c", c["n"])
        inter = {"schemaVersion": 1, "contactId": cid, "scenarioId": c["sc"]["id"], "channel": c["channel"],
                 "startedAt": T0 + c["i"] * 3_600_000, "durationMs": end, "outcome": "completed",
                 "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom", "events": ev, "turns": turns}
        if c["no_duration"]:
            del inter["durationMs"]
        L, why = label(c, T, joined)
        contacts.append(inter)
        labels.append({"contactId": cid, "domain": c["dom"]["key"], "labels": L, "why": why})
    for inter, lab in special_contacts(T0 + 200 * 3_600_000, CHECKS):
        contacts.append(inter)
        labels.append(lab)
    os.makedirs(os.path.join(SET, "scenarios"), exist_ok=True)
    for dom in DOMAINS:
        for sc in dom["scenarios"]:
            with open(os.path.join(SET, "scenarios", sc["id"] + ".yaml"), "w") as fh:
                fh.write(scenario_yaml(dom, sc))
    with open(os.path.join(SET, "contacts.jsonl"), "w") as fh:
        for x in contacts:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "labels.jsonl"), "w") as fh:
        for x in labels:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    counts = {k: {"pass": 0, "fail": 0, "na": 0} for k in CHECKS}
    for lab in labels:
        for k in CHECKS:
            counts[k][lab["labels"][k]] += 1
    for k in CHECKS:
        print("%-18s pass %3d  fail %3d  na %3d" % (k, counts[k]["pass"], counts[k]["fail"], counts[k]["na"]))
    print("contacts", len(contacts), "voice", sum(1 for x in contacts if x["channel"] == "voice"))


if __name__ == "__main__":
    main()
