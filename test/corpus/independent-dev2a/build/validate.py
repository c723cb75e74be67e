"""Self-checks of the built set (format + that each label agrees with the text actually written).
These are the generator's own consistency checks, not a scorer: each one tests a property the
generator promised (e.g. a skipped required-info item is really never asked for)."""
import re
from collections import Counter
import common_lines as L
from labels import CHECKS

GREET = re.compile(r"您好|你好|欢迎|上午好|下午好|晚上好|早上好")
AGENT_ID = re.compile(r"工号|公号|(?<![订定单])编号|坐席|服务号|员工号|(?<!尾)[\d零幺一二三四五六七八九十]+号(?![线楼店机公入理GDK的])|客服小|小.为您服务|专员|话务员|小姐")
CLOSE = re.compile(r"再见|拜拜|感谢|谢谢|祝您|祝你|再会|随时找我们|不打扰")
EMPATHY = re.compile(r"抱歉|对不起|不好意思|理解|添麻烦|着急|我们的问题|不到位|闹心|委屈|体会|道个歉")
WORDS = dict(zip("0123456789", "零幺二三四五六七八九"))


def norm(t):
    return re.sub(r"\s", "", t)


def check_all(plans, contacts, labels, scen_files):
    errors = []
    byid = {c["contactId"]: c for c in contacts}
    assert len(byid) == len(contacts), "duplicate contactId"
    for c in contacts:
        if c["scenarioId"] not in scen_files:
            errors.append(f"{c['contactId']}: no scenario {c['scenarioId']}")
        for sp in ("agent", "customer", "ivr", "bot", "system"):
            st = [t["startMs"] for t in c["turns"] if t["speaker"] == sp]
            if st != sorted(st):
                errors.append(f"{c['contactId']}: {sp} turns out of order")
        for t in c["turns"]:
            if t["endMs"] < t["startMs"]:
                errors.append(f"{c['contactId']}: endMs < startMs")
    for lab in labels:
        if set(lab["labels"]) != set(CHECKS) or not set(lab["labels"].values()) <= {"pass", "fail", "na"}:
            errors.append(f"{lab['contactId']}: incomplete labels")
        for k, v in lab["labels"].items():
            if v == "fail" and k not in lab["why"]:
                errors.append(f"{lab['contactId']}: fail without why: {k}")
    labs = {lab["contactId"]: lab["labels"] for lab in labels}
    for p in plans:
        c, lab = byid[p["cid"]], labs[p["cid"]]
        agent = [norm(t["text"]) for t in c["turns"] if t["speaker"] == "agent"]
        agent_main = [norm(t["text"]) for t in c["turns"] if t["speaker"] == "agent" and len(norm(t["text"])) > 2]
        alltext = "".join(agent)
        e = lambda m: errors.append(f"{p['cid']}: {m}")
        if bool(GREET.search(agent[0])) != (lab["greeting"] == "pass"):
            e(f"greeting label vs text: {agent[0]}")
        if bool(AGENT_ID.search("".join(agent_main[:2]))) != (lab["agent-id"] == "pass"):
            e(f"agent-id label vs text: {agent_main[:2]}")
        if lab["closing"] != "na" and bool(CLOSE.search("".join(agent[-2:]))) != (lab["closing"] == "pass"):
            e(f"closing label vs text: {agent[-2:]}")
        if lab["forbidden-words"] == "pass" and any(norm(x[1])[:6] in alltext for x in L.FORBIDDEN):
            e("forbidden line in a pass contact")
        if lab["survey-offered"] != "na" and bool(re.search(r"评价|打分|打个分|满意度", alltext)) != (lab["survey-offered"] == "pass"):
            e("survey label vs text")
        for i, item in enumerate(p["sc"]["requiredInfo"]):
            hit = any(re.search(pt, a, re.I) for pt in item["patterns"] for a in agent)
            if hit != (p["required_skip"] != i):
                e(f"required-info {item['key']} asked={hit} vs plan")
        for f in p["sc"]["facts"]:
            ok = any(norm(v) in alltext for v in [f["expected"]] + f.get("variants", []))
            # a train number such as G1232次 contains "2次" without stating a change count (kept as a hard negative)
            bad = any(norm(v) in re.sub(r"[GDK]\d+次", "", alltext) for v in f.get("wrong", []))
            if p["answer"] == "correct" and (not ok or bad):
                e(f"fact {f['key']} correct answer not stated right ok={ok} bad={bad}")
            if p["answer"] == "nonanswer" and ok:
                e(f"fact {f['key']} stated in a non-answer")
        if p["answer"] == "wrong" and not any(norm(v) in alltext for f in p["sc"]["facts"] for v in f.get("wrong", [])):
            e("wrong answer without a known-wrong value")
        if p["answer"] == "partial" and all(any(norm(v) in alltext for v in [f["expected"]] + f.get("variants", []))
                                            for f in p["sc"]["facts"]):
            e("partial answer states every fact")
        if p["complaint"]:
            turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
            cs = p["meta"]["complaint_start"]
            first = next(i for i, t in enumerate(turns) if t["speaker"] == "customer" and t["startMs"] == cs)
            nxt = [norm(t["text"]) for t in turns[first + 1:] if t["speaker"] == "agent" and t["startMs"] >= turns[first]["startMs"]][:2]
            if bool(EMPATHY.search("".join(nxt))) != (lab["empathy"] == "pass"):
                e(f"empathy label vs next two agent turns: {nxt}")
        if lab["record-reference"] == "pass":
            ref = p["meta"]["reference"]
            digits = re.sub(r"\D", "", ref)
            if digits not in alltext and "".join(WORDS[d] for d in digits) not in alltext and \
                    not any(seg in alltext for seg in [digits[:6]]):
                e("reference not found in agent text")
        st = p["stats"]
        # first-response must not depend on whether it is measured from `answered` or `agent-joined`
        if (st["first_response_from_answered_ms"] > st["first_response_sla"]) != (lab["first-response"] == "fail"):
            e("first-response differs when measured from answered")
        if c["channel"] == "voice":
            r1, r2 = st["rate_cjk"], st["rate_units"]
            if lab["speech-rate"] == "pass" and not (140 <= r1 <= 260 and 140 <= r2 <= 260):
                e(f"speech-rate pass outside 140-260: {r1:.0f}/{r2:.0f}")
            if lab["speech-rate"] == "fail" and not ((r1 >= 320 and r2 >= 320) or (r1 <= 110 and r2 <= 110)):
                e(f"speech-rate fail not clear: {r1:.0f}/{r2:.0f}")
    counts = {k: Counter(lab["labels"][k] for lab in labels) for k in CHECKS}
    for k, cnt in counts.items():
        if cnt["fail"] < 15 or cnt["pass"] < 15:
            errors.append(f"quota: {k} pass={cnt['pass']} fail={cnt['fail']}")
    ch = Counter(c["channel"] for c in contacts)
    if min(ch.values()) < 0.35 * len(contacts):
        errors.append(f"channel mix {ch}")
    print(f"{'check':18} pass fail  na")
    for k in CHECKS:
        print(f"{k:18} {counts[k]['pass']:4} {counts[k]['fail']:4} {counts[k]['na']:4}")
    print("channels", dict(ch), "domains", dict(Counter(lab["domain"] for lab in labels)))
    if errors:
        print("\n".join(errors[:60]))
        raise SystemExit(f"{len(errors)} validation errors")
    return counts
