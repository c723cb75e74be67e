#!/usr/bin/env python3
"""Self-check of set independent-dev5b: every contact's text and timeline must carry what its labels say.

It re-reads contacts.jsonl / labels.jsonl and decides each check again from the text alone (regexes and
the timeline), without the generator's tags or plan. Exit status 1 and a list of mismatches on failure.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common_material import FORBIDDEN, FORBIDDEN_PROMPTS, NON_ANSWER  # noqa: E402
from domains_a import DOMAINS_A  # noqa: E402
from domains_b import DOMAINS_B  # noqa: E402

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = re.compile(r"[，。！？、：；…,.!?:;\s\"“”]")
strip = lambda s: P.sub("", s)
DIG = "A-Z0-9零幺二三四五六七八九"
GREET = re.compile(r"您好|你好|早上好|下午好|晚上好|欢迎")
ID = re.compile(r"(工号|编号)(是)?[%s]{2,}|[%s]{2,}号客服" % (DIG, DIG))
CLOSE = re.compile(r"感谢|谢谢|祝您|祝你|再见|拜拜")
VERIFY = re.compile(r"身份|后四位|出生日期")
HOLD_ASK = re.compile(r"稍等|稍候|别挂|别走开|等我一下|等会儿")
THANKS = re.compile(r"(谢谢|感谢).{0,8}(等|耐心)|(等|耐心).{0,8}(谢谢|感谢)")
EMPATHY = re.compile(r"抱歉|对不起|不好意思|理解|换成我|添麻烦|心情|是我们不对")
REF = re.compile(r"(受理号|工单号|投诉单号)[是为：:]?[%s]{6,}" % DIG)
SURVEY = re.compile(r"评价|评个价|打个分|评个分|满意度")
HELP = re.compile(r"我帮您查一下|转到专岗|我问了后台")
SC = {sc["id"]: (d, sc) for d in DOMAINS_A + DOMAINS_B for sc in d["scenarios"]}
COMPLAINTS = [strip(x) for d in DOMAINS_A + DOMAINS_B for x in d["complaints"]] + [strip(v[0]) for v in FORBIDDEN_PROMPTS.values() if v[1]]
FORB = [strip(x) for v in FORBIDDEN.values() for x in v]
NONANS = [strip(x) for x in NON_ANSWER] + [strip(x) for k in ("buck-passing", "cold") for x in FORBIDDEN[k]]


def fact_tokens(sc, agent_texts):
    """Mentions of the fact in order: 'R' right value, 'W' wrong value, 'N' negation of the right one."""
    f = sc["fact"]
    text = "|".join(strip(t) for t in agent_texts)
    exp = [f["expected"]] + f.get("variants", [])
    for e in exp:
        text = re.sub(re.escape(e) + r"不是" + re.escape(e), "\0N", text)
        text = text.replace("不是" + e, "\0N")
    alts = sorted([(e, "R") for e in exp] + [(w, "W") for w in f["wrong"]], key=lambda x: -len(x[0]))
    rx = re.compile("|".join(re.escape(a) for a, _ in alts) + "|\0N")
    kind = dict(alts)
    return ["N" if m.group(0) == "\0N" else kind[m.group(0)] for m in rx.finditer(text)]


def check(x, lab):
    L = lab["labels"]
    got = {}
    agent = [t for t in x["turns"] if t["speaker"] == "agent"]
    if not agent:
        return {k: "na" for k in L}
    d, sc = SC[x["scenarioId"]]
    voice = x["channel"] == "voice"
    at = [strip(t["text"]) for t in agent]
    joined = next(e["atMs"] for e in x["events"] if e["type"] == "agent-joined")
    got["greeting"] = "pass" if GREET.search(at[0][:14]) else "fail"
    first2 = "".join(at[:2])
    named = any(re.search(r"我是(客服|专员)%s|专员%s|%s为您服务" % (n, n, n), first2) for n in d["names"])
    got["agent-id"] = "pass" if (ID.search(first2) or named) else "fail"
    turns = [t for t in x["turns"] if t["speaker"] in ("agent", "customer")]
    left_early = turns[-1]["speaker"] == "customer" and re.search(r"挂了|先这样", turns[-1]["text"])
    got["closing"] = "na" if left_early else ("pass" if CLOSE.search("".join(at[-2:])) else "fail")
    alltext = "|".join(at)
    got["forbidden-words"] = "fail" if any(f in alltext for f in FORB) else "pass"
    toks_idx = [i for i, t in enumerate(at) if strip(sc["peek"]) in t or strip(sc["peek"]).replace("您", "你") in t]
    v_idx = [i for i, t in enumerate(at) if VERIFY.search(t)]
    if not sc["requires"].get("verification"):
        got["verification"] = "na"
    else:
        got["verification"] = "pass" if v_idx and (not toks_idx or v_idx[0] < toks_idx[0]) else "fail"
    # silences the agent owed
    holds, dead, lat = [], [], []
    prev_end, prev_sp, last_agent, pending = joined, "join", None, None
    for t in turns:
        gap = t["startMs"] - prev_end
        owed = prev_sp in ("customer", "join") or t["speaker"] == "agent"
        announced = last_agent is not None and HOLD_ASK.search(last_agent["text"])
        if owed and gap >= (15000 if voice else 30000):
            holds.append(bool(announced) and t["speaker"] == "agent" and bool(THANKS.search(strip(t["text"]))))
        if owed and gap >= (8000 if voice else 30000) and not announced:
            dead.append(gap)
        if t["speaker"] == "customer":
            pending = pending if pending is not None else (t["endMs"] if voice else t["startMs"])
        else:
            if pending is not None and t["startMs"] - pending > 45000 and not announced:
                lat.append(t["startMs"] - pending)
            pending, last_agent = None, t
        prev_end = max(prev_end, t["endMs"])
        prev_sp = t["speaker"]
    got["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    got["dead-air"] = "fail" if dead else "pass"
    got["response-latency"] = "fail" if lat else "pass"
    rude = re.search(r"你(到底|听我|别在|有病|要投诉|自己操作|这要求)|谁让你|这么简单|有本事|说过了吗|好几遍|还没听懂|长话短说|一次说清楚|赶紧的|跟你讲过|第三遍|怪你自己|别说话|嚷嚷|可真会|这么厉害|随你投诉|爱打|神经病|脑子进水", alltext)
    curt = "您" not in alltext
    got["politeness"] = "fail" if (rude or curt) else "pass"
    if voice:
        bad = any(b["speaker"] == "agent" and a["speaker"] == "customer" and b["startMs"] <= a["endMs"] - 800 for a, b in zip(turns, turns[1:]))
        got["interruption"] = "fail" if bad else "pass"
        long_turns = [t for t in agent if t["endMs"] - t["startMs"] >= 1500]
        rate = sum(len(strip(t["text"])) for t in long_turns) / (sum(t["endMs"] - t["startMs"] for t in long_turns) / 60000)
        got["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    else:
        got["interruption"] = got["speech-rate"] = "na"
    ok, any_c = True, False
    for k, t in enumerate(turns):
        if t["speaker"] == "customer" and any(cl in strip(t["text"]) for cl in COMPLAINTS):
            any_c = True
            nxt = [u for u in turns[k + 1:] if u["speaker"] == "agent"][:2]
            ok = ok and any(EMPATHY.search(u["text"]) for u in nxt)
    got["empathy"] = "na" if not any_c and not sc["requires"].get("empathy") else ("pass" if ok else "fail")
    toks = fact_tokens(sc, [t["text"] for t in agent])
    nonans = [t for t in at if any(n in t for n in NONANS) and not HELP.search(t)]
    got["resolution"] = "pass" if toks and not nonans else "fail"
    got["first-response"] = "pass" if agent[0]["startMs"] - joined <= 20000 else "fail"
    got["fact-accuracy"] = "pass" if toks and toks[-1] == "R" else "fail"
    got["no-misinformation"] = "fail" if any(k in ("W", "N") for k in toks) else "pass"
    got["record-reference"] = "na" if not sc["requires"].get("reference") else ("pass" if REF.search(alltext) else "fail")
    got["survey-offered"] = "na" if not sc["requires"].get("survey") else ("pass" if SURVEY.search(alltext) else "fail")
    asked = any(re.search(p, t, re.I) for p in sc["req"]["patterns"] for t in [a["text"] for a in agent])
    got["required-info"] = "pass" if asked else "fail"
    return got


def main():
    contacts = [json.loads(l) for l in open(os.path.join(SET, "contacts.jsonl")) if l.strip()]
    labels = {l["contactId"]: l for l in (json.loads(x) for x in open(os.path.join(SET, "labels.jsonl")) if x.strip())}
    problems = []
    for x in contacts:
        lab = labels[x["contactId"]]
        ts = [t["startMs"] for t in x["turns"]]
        if x["channel"] == "webchat" and ts != sorted(ts):
            problems.append((x["contactId"], "turns out of order"))
        if [e["atMs"] for e in x["events"]] != sorted(e["atMs"] for e in x["events"]):
            problems.append((x["contactId"], "events out of order"))
        for k in ("fact-accuracy", "no-misinformation", "resolution", "verification") + tuple(lab["labels"]):
            pass
        got = check(x, lab)
        for k, v in lab["labels"].items():
            if got.get(k, v) != v:
                problems.append((x["contactId"], "%s: label %s, text says %s" % (k, v, got[k])))
            if v == "fail" and k not in lab["why"] and "all" not in lab["why"]:
                problems.append((x["contactId"], "%s fail without a why" % k))
    for p in problems:
        print(*p)
    print("%d contacts, %d problems" % (len(contacts), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
