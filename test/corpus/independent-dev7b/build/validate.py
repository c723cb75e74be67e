#!/usr/bin/env python3
"""Self-check: re-measures every contact's text and timeline and compares with its labels.

Text checks look for the hand-written markers (忌语 list, reference-number shape, requiredInfo regexes,
fact values, greeting / closing / survey / empathy wording); timing checks re-measure the silences,
overlaps and rates by the definitions in the brief, without reading the generator's intent.
Exits 1 with a list of mismatches; also enforces the per-check quotas.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from material_common import EMPATHY_PASS, GENERIC_COMPLAINTS, WAIT_ASKS  # noqa: E402
from material_phrases import FORBIDDEN, RUDE_CATEGORIES, NON_ANSWERS  # noqa: E402
from material_domains_a import SCENARIOS_A  # noqa: E402
from material_domains_b import SCENARIOS_B  # noqa: E402
from labels import CHECKS  # noqa: E402
from timeline import spoken_len, HOMOPHONES  # noqa: E402

OUT = os.path.dirname(HERE)
SC = {s["id"]: s for s in SCENARIOS_A + SCENARIOS_B}
NORM = re.compile(r"[\s，。？！、：；,?!:;~（）()“”\"'…—]")
norm = lambda t: NORM.sub("", t)
GREET = re.compile(r"您好|你好|早上好|下午好|晚上好")
CLOSE = re.compile(r"再见|拜拜|拜$|祝您|祝你|愉快|顺利|慢忙|回头见|感谢您的来电|感谢您的支持|谢谢您的耐心|不打扰您了|注意保暖")
SURVEY = re.compile(r"评价|打分|满意度|反馈|评个分")
DIG = "0-9A-Za-z零幺一二三四五六七八九"
STAFF = re.compile(rf"(工号|编号)(是)?[{DIG}]{{2,}}")
REF = re.compile(rf"(服务单号|受理编号|工单号|受理单号|售后单号|工单编号|报修单号|报案号|受理号)(是|为)?[{DIG}]{{6,}}")
VERIFY = re.compile(r"身份证|预留|验证码|服务密码|后四位|后六位|出生日期|车架号|绑定的手机号|收件人姓名|户主姓名")
WAIT = re.compile(r"稍等|稍候|等一下|等我一会|别挂|片刻")
THANK = re.compile(r"谢|感谢")
COURTESY = re.compile(r"您|谢谢|感谢|麻烦|请您|请问|请稍|请报|请说|请念|请提供")
NAMES = ["李婷", "周敏", "韩雪", "蒋涛", "潘玉洁", "温晴", "陆一鸣", "秦川", "罗佳", "万芳", "曹蕾", "宋可欣"]
ALL_FORBIDDEN = [(c, norm(p)) for c, ps in FORBIDDEN.items() for p in ps]
QUOTA_MAIN = ["politeness", "forbidden-words", "agent-id", "closing", "verification", "empathy", "resolution",
              "response-latency", "no-misinformation", "record-reference", "hold-etiquette", "dead-air"]


def load(name):
    with open(os.path.join(OUT, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def yaml_field(sid, key):
    text = open(os.path.join(OUT, "scenarios", sid + ".yaml"), encoding="utf-8").read()
    m = re.search(rf"^{key}: (.*)$", text, re.M)
    return m.group(1)


def measure_text(c, sc, req):
    ag = [t for t in c["turns"] if t["speaker"] == "agent"]
    texts = [norm(t["text"]) for t in ag]
    allag = "".join(texts)
    m = {}
    m["greeting"] = "pass" if GREET.search(texts[0][:12]) else "fail"
    first2 = "".join(texts[:2])
    m["agent-id"] = "pass" if STAFF.search(first2) or any(n in first2 for n in NAMES) else "fail"
    last_cust = c["turns"][-1]["speaker"] == "customer"
    m["closing"] = "na" if last_cust else ("pass" if any(CLOSE.search(t) for t in texts[-2:]) else "fail")
    bad = [p for _, p in ALL_FORBIDDEN if p in allag]
    m["forbidden-words"] = "fail" if bad else "pass"
    rude = [p for cat, p in ALL_FORBIDDEN if cat in RUDE_CATEGORIES and p in allag]
    m["politeness"] = "fail" if rude or not COURTESY.search(allag) else "pass"
    if not req["verification"]:
        m["verification"] = "na"
    else:
        disc = next((i for i, t in enumerate(texts) if norm(sc["disclose"]) in t or norm(sc["disclose"]).replace("您", "你") in t), None)
        ver = next((i for i, t in enumerate(texts) if VERIFY.search(t)), None)
        m["verification"] = "pass" if ver is not None and (disc is None or ver < disc) else "fail"
    comps = [norm(x) for x in sc["complain"] + GENERIC_COMPLAINTS] + ([norm(x) for x in sc["open"]] if req["empathy"] else [])
    emp = [norm(x) for x in EMPATHY_PASS]
    turns = c["turns"]
    def heard(text):  # undo the ASR homophones: label the truth of what was said
        for a, b in HOMOPHONES.items():
            text = text.replace(b, a)
        return norm(text)
    complaint_idx = [i for i, t in enumerate(turns) if t["speaker"] == "customer" and any(x in heard(t["text"]) for x in comps)]
    if not complaint_idx and not req["empathy"]:
        m["empathy"] = "na"
    else:
        ok = True
        for i in complaint_idx:
            nxt = [norm(t["text"]) for t in turns[i + 1:] if t["speaker"] == "agent"][:2]
            ok &= any(e in t for t in nxt for e in emp)
        m["empathy"] = "pass" if ok and complaint_idx else "fail"
    f = sc["fact"]
    good = [norm(v) for v in [f["expected"]] + f.get("variants", [])]
    wrong = [norm(v) for v in f["wrong"]]
    pos = []
    for v in good + wrong:
        for mm in re.finditer(re.escape(v), allag):
            pos.append((mm.start(), v in good))
    m["no-misinformation"] = "fail" if any(not g for _, g in pos) else "pass"
    m["fact-accuracy"] = "pass" if pos and max(pos)[1] else "fail"
    nonans = any(norm(x) in allag or norm(x).replace("您", "你") in allag for x in NON_ANSWERS)
    m["resolution"] = "fail" if (not pos or nonans) else "pass"
    m["record-reference"] = "na" if not req["reference"] else ("pass" if REF.search(allag) else "fail")
    m["survey-offered"] = "na" if not req["survey"] else ("pass" if SURVEY.search(allag) else "fail")
    m["required-info"] = "pass" if re.search(sc["pattern"], allag, re.I) else "fail"
    return m


def measure_timing(c, sla):
    voice = c["channel"] == "voice"
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    join = ev.get("agent-joined", ev.get("answered"))
    turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    ag = [t for t in turns if t["speaker"] == "agent"]
    m = {}
    m["first-response"] = "pass" if ag[0]["startMs"] - join <= sla["firstResponseMs"] else "fail"
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    dead = False
    holds = []  # (announced, thanked)
    prev_end, last_sp = join, "start"
    announced_pending = False
    for t in turns:
        gap = t["startMs"] - prev_end
        if t["speaker"] == "agent":
            if announced_pending and gap >= hold_thr:
                holds.append((True, bool(THANK.search(t["text"]))))
            elif last_sp == "customer" and gap >= hold_thr:
                holds.append((False, bool(THANK.search(t["text"]))))
                dead = True
            elif last_sp in ("customer", "start") and gap >= dead_thr and not announced_pending:
                dead = True
            announced_pending = bool(WAIT.search(t["text"]))
        prev_end, last_sp = max(prev_end, t["endMs"]), t["speaker"]
    if any(e["type"] == "hold-start" for e in c["events"]) and not holds:
        holds.append((False, False))
    m["dead-air"] = "fail" if dead else "pass"
    m["hold-etiquette"] = "na" if not holds else ("pass" if all(a and th for a, th in holds) else "fail")
    # response latency: from the first unanswered customer turn to the next agent turn
    late = False
    first_unanswered, ask_pending = None, False
    for t in turns:
        if t["speaker"] == "customer":
            if first_unanswered is None:
                first_unanswered = t["endMs"] if voice else t["startMs"]
        else:
            if first_unanswered is not None and not ask_pending and t["startMs"] - first_unanswered > sla["responseLatencyMs"]:
                late = True
            first_unanswered = None
            ask_pending = bool(WAIT.search(t["text"]))
    m["response-latency"] = "fail" if late else "pass"
    if not voice:
        m["interruption"] = m["speech-rate"] = "na"
        return m
    inter = any(a["speaker"] == "agent" and c2["speaker"] == "customer" and c2["startMs"] < a["startMs"] <= c2["endMs"] - 800
                for a in turns for c2 in turns)
    m["interruption"] = "fail" if inter else "pass"
    long_turns = [t for t in ag if t["endMs"] - t["startMs"] >= 1500]
    chars = sum(spoken_len(t["text"]) for t in long_turns)
    ms = sum(t["endMs"] - t["startMs"] for t in long_turns)
    cpm = chars * 60000 / ms
    m["speech-rate"] = "pass" if 120 <= cpm <= 300 else "fail"
    return m


def main():
    contacts = {c["contactId"]: c for c in load("contacts.jsonl")}
    labels = load("labels.jsonl")
    problems, counts = [], {k: {"pass": 0, "fail": 0, "na": 0} for k in CHECKS}
    for lab in labels:
        c = contacts[lab["contactId"]]
        L = lab["labels"]
        for k in CHECKS:
            counts[k][L[k]] += 1
        for k, v in L.items():
            if v == "fail" and k not in lab["why"]:
                problems.append(f"{c['contactId']} {k}: fail without a why")
        if not any(t["speaker"] == "agent" for t in c["turns"]):
            if any(v != "na" for v in L.values()):
                problems.append(f"{c['contactId']}: no agent turn but not all na")
            continue
        sc = SC[c["scenarioId"]]
        req = json.loads(yaml_field(c["scenarioId"], "requires"))
        sla_line = yaml_field(c["scenarioId"], "sla")
        sla = {k: int(v) for k, v in re.findall(r"(\w+): (\d+)", sla_line)}
        measured = {**measure_text(c, sc, req), **measure_timing(c, sla)}
        for k, v in measured.items():
            if L[k] != v:
                problems.append(f"{c['contactId']} {k}: labelled {L[k]}, measured {v}")
        prev = -1
        for t in c["turns"]:
            if t["startMs"] < 0 or t["endMs"] < t["startMs"]:
                problems.append(f"{c['contactId']}: bad turn times")
            prev = t["startMs"]
    voice = sum(1 for c in contacts.values() if c["channel"] == "voice" and c["turns"] and any(t["speaker"] == "agent" for t in c["turns"]))
    chat = sum(1 for c in contacts.values() if c["channel"] == "webchat" and any(t["speaker"] == "agent" for t in c["turns"]))
    if voice < 72 or chat < 72:
        problems.append(f"too few normal contacts: voice {voice}, chat {chat}")
    for k in CHECKS:
        need = 25 if k in QUOTA_MAIN else 15
        if counts[k]["pass"] < need or counts[k]["fail"] < need:
            problems.append(f"quota {k}: {counts[k]} (need {need} pass and fail)")
    print(json.dumps(counts, ensure_ascii=False))
    print(f"voice {voice}, chat {chat}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
