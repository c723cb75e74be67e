#!/usr/bin/env python3
"""Self-check for set independent-dev8b: every label must be carried by the contact's own text and clock.

It re-derives each label from the written contact (not from gen.py's plan) with the hand-written pools:
a 忌语 line present iff forbidden-words fails, a reference number present iff record-reference passes,
the requiredInfo regex matches iff required-info passes, the last stated fact value decides fact-accuracy,
silences of the labelled kind exist iff labelled, and so on. Exit 1 on any mismatch.
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import material as M  # noqa: E402
from domains_a import SCENARIOS_A  # noqa: E402
from domains_b import SCENARIOS_B  # noqa: E402
from domains_extra import merge  # noqa: E402

OUT = os.path.dirname(HERE)
SC = {s["id"]: s for s in merge(SCENARIOS_A + SCENARIOS_B)}
MAIN12 = ["politeness", "forbidden-words", "agent-id", "closing", "verification", "empathy", "resolution",
          "response-latency", "no-misinformation", "record-reference", "hold-etiquette", "dead-air"]
NUM = "0-9零幺一二三四五六七八九十两百"
LEAVING = ["行了行了我知道了挂了", "好我先挂了啊有电话进来", "嗯不用了", "算了我自己去看吧"]


EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2B50]")


def norm(s):
    s = EMOJI.sub("", s)
    s = re.sub(r"[，。？！、：；～,.?!:;~…（）()“”\"'·\s]", "", s).replace("您", "你")
    return re.sub(r"^(嗯那个|嗯|呃|那个|啊)", "", s)


def has_any(text, pool):
    t = norm(text)
    return any(norm(p) and norm(p) in t for p in pool)


def mentions(text, values):
    """Positions where one of values is said, not as the tail of a longer number (15天 is not 5天)."""
    t = re.sub(r"[，。？！、：；～,.?!:;~…（）()“”\"'·\s]+", "|", text).replace("您", "你")
    out = []
    for v in values:
        for m in re.finditer(re.escape(v.replace("您", "你")), t):
            if m.start() and t[m.start() - 1] in NUM:
                continue
            out.append((m.start(), v))
    return out


def derive(c, sc):
    """The labels the text and the clock carry."""
    voice = c["channel"] == "voice"
    turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    agents = [t for t in turns if t["speaker"] == "agent"]
    atext = [t["text"] for t in agents]
    allA = "".join(atext)
    L = {}
    L["greeting"] = "pass" if any(w in norm(atext[0])[:14] for w in M.GREET_WORDS) else "fail"
    id_re = re.compile(rf"((工号|编号)(是)?[A-Z\-]*[{NUM}]{{2,}})|([{NUM}]{{2,}}号话务员)")
    named = any(n in x and re.search(r"客服|话务员|咨询员|顾问|专员", x) for x in atext[:2] for n in M.NAMES)
    L["agent-id"] = "pass" if any(id_re.search(norm(x)) for x in atext[:2]) or named else "fail"
    if turns[-1]["speaker"] == "customer" and any(norm(turns[-1]["text"]).endswith(norm(x)) for x in LEAVING):
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(has_any(x, M.CLOSING_WORDS) for x in atext[-2:]) else "fail"
    forb = [f for f in M.FORBIDDEN if has_any(allA, [f[0].replace("{dept}", sc["dept"])])]
    L["forbidden-words"] = "fail" if forb else "pass"
    courteous = "您" in allA or any(m in allA for m in M.WARM_MARKERS)
    L["politeness"] = "fail" if (not courteous or any(f[2] for f in forb)) else "pass"
    if not sc["requires"]["verification"]:
        L["verification"] = "na"
    else:
        v_at = next((i for i, x in enumerate(atext) if has_any(x, M.VERIFY_WORDS)), None)
        d_at = next((i for i, x in enumerate(atext) if has_any(x, sc["disclose"])), None)
        L["verification"] = "pass" if v_at is not None and (d_at is None or v_at < d_at) else "fail"
    # empathy
    complaints = [i for i, t in enumerate(turns) if t["speaker"] == "customer" and has_any(t["text"], sc["open_complaint"] + M.COMPLAINT2)]
    if not complaints:
        L["empathy"] = "na" if not sc["requires"]["empathy"] else "pass"
    else:
        ok = True
        for i in complaints:
            nxt = [t for t in turns[i + 1:] if t["speaker"] == "agent"][:2]
            ok &= any(has_any(t["text"], M.EMPATHY) for t in nxt)
        L["empathy"] = "pass" if ok else "fail"
    # resolution and facts
    bare = any(has_any(x, M.NON_ANSWER) and not has_any(x, [r.split("{dept}")[0] for r in M.REFERRAL_HELP]) for x in atext)
    brushed = any(f[1] in ("buck-passing", "cold") for f in forb)
    f = sc["fact"]
    right = [f["expected"]] + f["variants"] + sc["fact_voice"]
    wrong = f["wrong"] + sc["wrong_voice"]
    ms = sorted([(p, "R") for p, _ in mentions(allA, right)] + [(p, "W") for p, _ in mentions(allA, wrong)])
    flat = re.sub(r"[，。？！、：；～,.?!:;~…（）()“”\"'·\s]+", "|", allA).replace("您", "你")
    negs = [p for p, v in mentions(allA, right) if flat[max(0, p - 2):p] == "不是"]
    ms = [(p, "N" if p in negs else k) for p, k in ms]
    L["resolution"] = "fail" if bare or brushed or not ms else "pass"
    L["fact-accuracy"] = "pass" if ms and ms[-1][1] == "R" else "fail"
    L["no-misinformation"] = "fail" if any(k in ("W", "N") for _, k in ms) else "pass"
    ref_re = re.compile(rf"({'|'.join(M.REF_WORDS)})(是)?[A-Z\-]*[{NUM}]{{6,}}")
    L["record-reference"] = "na" if not sc["requires"]["reference"] else ("pass" if ref_re.search(norm(allA)) else "fail")
    L["survey-offered"] = "na" if not sc["requires"]["survey"] else ("pass" if has_any(allA, M.SURVEY_WORDS) else "fail")
    L["required-info"] = "pass" if re.search(sc["req"]["pattern"], allA, re.I) or re.search(sc["req"]["pattern"], norm(allA), re.I) else "fail"
    L.update(timing(c, turns, sc, voice))
    return L


def timing(c, turns, sc, voice):
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered", 0))
    T_dead, T_hold = (8000, 15000) if voice else (30000, 30000)
    L = {}
    ai = [i for i, t in enumerate(turns) if t["speaker"] == "agent"]
    L["first-response"] = "fail" if turns[ai[0]]["startMs"] - joined > sc["first"] else "pass"
    dead = bad_hold = lat_bad = False
    holds = 0
    # opening silence: from joining (or the customer's last word) to the first agent word
    marks = [joined] + [t["endMs"] for t in turns[:ai[0]]]
    starts = [t["startMs"] for t in turns[:ai[0]]] + [turns[ai[0]]["startMs"]]
    dead |= max(s - m for s, m in zip(starts, marks)) >= T_dead
    for k in range(ai[0] + 1, len(turns)):
        cur, prev = turns[k], turns[k - 1]
        gap = cur["startMs"] - prev["endMs"]
        if cur["speaker"] != "agent":
            continue
        last_agent = max(i for i in ai if i < k)
        between = turns[last_agent + 1:k]
        announced = has_any(turns[last_agent]["text"], M.WAIT_WORDS) and all(has_any(t["text"], M.HOLD_ACK_CUSTOMER) and len(norm(t["text"])) <= 6 for t in between)
        owed = prev["speaker"] == "customer" or announced
        if not owed:
            continue
        if not announced and gap >= T_dead:
            dead = True
        if gap >= T_hold:
            holds += 1
            if not announced or "谢" not in norm(cur["text"])[:14]:
                bad_hold = True
        if between and not announced:
            c0 = between[0]
            if cur["startMs"] - (c0["endMs"] if voice else c0["startMs"]) > sc["latency"]:
                lat_bad = True
    L["dead-air"] = "fail" if dead else "pass"
    L["hold-etiquette"] = "na" if not holds else ("fail" if bad_hold else "pass")
    L["response-latency"] = "fail" if lat_bad else "pass"
    if voice:
        L["interruption"] = "fail" if any(turns[i - 1]["speaker"] == "customer" and turns[i]["startMs"] <= turns[i - 1]["endMs"] - 800 for i in ai if i) else "pass"
        lt = [turns[i] for i in ai if turns[i]["endMs"] - turns[i]["startMs"] >= 1500]
        rate = 60 * sum(len(norm(t["text"])) for t in lt) / (sum(t["endMs"] - t["startMs"] for t in lt) / 1000)
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    return L


def structure(c):
    errs = []
    ts = c["turns"]
    if any(a["startMs"] > b["startMs"] for a, b in zip(ts, ts[1:])):
        errs.append("turns out of order")
    if any(t["startMs"] > t["endMs"] for t in ts):
        errs.append("turn ends before it starts")
    if c["channel"] == "webchat" and any(t["startMs"] != t["endMs"] for t in ts):
        errs.append("chat turn not an instant")
    if c["channel"] == "voice" and any(not (0.6 <= t.get("confidence", 0.9) <= 0.98) for t in ts):
        errs.append("confidence out of range")
    evs = [e["atMs"] for e in c["events"]]
    if c["events"][-1]["type"] != "ended":
        errs.append("'ended' is not the last event")
    if evs != sorted(evs):
        errs.append("events out of order")
    if ts and "durationMs" in c and c["durationMs"] < max(t["endMs"] for t in ts):
        errs.append("duration shorter than the turns")
    return errs


def main():
    contacts = [json.loads(x) for x in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {x["contactId"]: x for x in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    problems, counts = [], collections.defaultdict(collections.Counter)
    for c in contacts:
        lab = labels[c["contactId"]]
        for k, v in lab["labels"].items():
            counts[k][v] += 1
            if v == "fail" and k not in lab["why"]:
                problems.append(f"{c['contactId']} {k}: fail without a why")
        problems += [f"{c['contactId']}: {e}" for e in structure(c)]
        if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in c["turns"]):
            if set(lab["labels"].values()) != {"na"}:
                problems.append(f"{c['contactId']}: special contact must be all na")
            continue
        got = derive(c, SC[c["scenarioId"]])
        for k, v in got.items():
            if lab["labels"][k] != v:
                problems.append(f"{c['contactId']} {k}: labelled {lab['labels'][k]}, text/clock says {v}")
    for k, cnt in counts.items():
        need = 25 if k in MAIN12 else 15
        if cnt["pass"] < need or cnt["fail"] < need:
            problems.append(f"{k}: only {cnt['pass']} pass / {cnt['fail']} fail (need {need} each)")
    ch = collections.Counter(c["channel"] for c in contacts)
    if ch["voice"] < 72 or ch["webchat"] < 72:
        problems.append(f"channels {dict(ch)}")
    if os.environ.get("SKIP_SCHEMA") != "1":
        r = subprocess.run(["npx", "tsx", os.path.join(HERE, "check_scenarios.ts")], capture_output=True, text=True,
                           cwd=os.path.join(OUT, "..", "..", ".."))
        if r.returncode:
            problems.append("scenario schema: " + (r.stdout + r.stderr)[-800:])
    for p in problems:
        print("PROBLEM", p)
    for k, cnt in counts.items():
        print(f"{k:18s} pass {cnt['pass']:3d}  fail {cnt['fail']:3d}  na {cnt['na']:3d}")
    print(f"{len(contacts)} contacts ({dict(ch)}), {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
