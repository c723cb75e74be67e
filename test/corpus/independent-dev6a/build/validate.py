"""Self-check for independent-dev6a: every contact's text and timeline carry what its labels say.

    python3 test/corpus/independent-dev6a/build/validate.py

Checks are written separately from compose.py/timeline.py (plain text search over the written turns
and a second reading of the clock), so a generator bug shows up as a mismatch here.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from material_a import SCENARIOS_A  # noqa: E402
from material_b import SCENARIOS_B  # noqa: E402
from pools import STAFF_NAMES, FORBIDDEN, RUDE_CATEGORIES, EMPATHY, NON_ANSWERS, POLITE_LOOKALIKES  # noqa: E402

OUT = os.path.dirname(HERE)
SCN = {s["id"]: s for s in SCENARIOS_A + SCENARIOS_B}
NORM = re.compile(r"[\s，。！？、：；,.!?:;～~…“”\"'（）()《》·\-—]+")
IDCH = "0-9A-Z幺零一二三四五六七八九"
n = lambda t: NORM.sub("", t)
FILLER = re.compile("^(嗯|呃|那个|就是|啊)")
problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


def iff(cid, check, label, present, what):
    if label == "na":
        return
    if (label == "pass") != present:
        bad(cid, f"{check} labelled {label} but {what} {'present' if present else 'absent'}")


def check_text(c, lab):
    cid, scn = c["contactId"], SCN[c["scenarioId"]]
    turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    ag = [FILLER.sub("", n(t["text"])) for t in turns if t["speaker"] == "agent"]
    alltext = "".join(ag)
    forb = [(cat, n(l)) for cat, ls in FORBIDDEN.items() for l in ls]
    def has(line, a):  # short lines (不知道) only as a whole turn, longer ones anywhere in a turn
        line = line.format(unit=n(scn["unit"]), elsewhere=n(scn["elsewhere"]), item=scn["item"])
        return line in a if len(line) >= 6 else a == line
    hits = [cat for cat, l in forb if any(has(l, a) for a in ag)]
    iff(cid, "forbidden-words", lab["forbidden-words"], not hits, "no 忌语")
    for la in POLITE_LOOKALIKES:
        if any(cat for cat, l in forb if l and l in n(la)):
            bad(cid, "a polite look-alike contains a forbidden line verbatim")
    curt = "您" not in alltext and "请" not in alltext
    iff(cid, "politeness", lab["politeness"], not (curt or any(h in RUDE_CATEGORIES for h in hits)), "courteous register")
    iff(cid, "greeting", lab["greeting"], bool(re.search("(您好|你好|上午好|下午好|晚上好)", ag[0][:10])), "greeting at the start")
    idre = re.compile(f"(工号|编号)(是)?[{IDCH}]{{2,}}|[{IDCH}]{{2,}}号客服|我是(客服专员|顾问|值班客服|客服)({'|'.join(STAFF_NAMES)})")
    iff(cid, "agent-id", lab["agent-id"], any(idre.search(a) for a in ag[:2]), "staff id / name with role in the first two turns")
    if lab["closing"] != "na":
        iff(cid, "closing", lab["closing"], any(re.search("谢谢|感谢|祝|再见|拜拜|辛苦|不打扰|随时联系", a) for a in ag[-2:]), "a 结束语 in the last two agent turns")
    elif turns[-1]["speaker"] != "customer":
        bad(cid, "closing na but the agent spoke last")
    # verification: an identity ask before any disclosure of the customer's own records
    if scn["requires"]["verification"]:
        vre = re.compile("姓名|后四位|(?<!订单)尾号|手机号|身份证|资金账号|户主|名字和")
        disc = [n(d).replace("您", "你") for d in scn["disclose"]]
        first_v = next((i for i, a in enumerate(ag) if vre.search(a)), 99)
        first_d = next((i for i, a in enumerate(ag) if any(d in a.replace("您", "你") for d in disc)), 99)
        iff(cid, "verification", lab["verification"], first_v < first_d, "identity check before disclosure")
        if lab["verification"] == "fail" and first_d == 99:
            bad(cid, "verification fail without a disclosure")
    elif lab["verification"] != "na":
        bad(cid, "verification labelled although the scenario does not require it")
    # empathy: after a complaint, one of the agent's next two turns apologises / acknowledges
    comp = [n(x) for x in scn["complain"]]
    ci = next((i for i, t in enumerate(turns) if t["speaker"] == "customer" and any(x in n(t["text"]) for x in comp)), None)
    if (ci is None) != (lab["empathy"] == "na"):
        bad(cid, f"empathy {lab['empathy']} but complaint {'absent' if ci is None else 'present'}")
    if ci is not None:
        nxt = [n(t["text"]) for t in turns[ci + 1:] if t["speaker"] == "agent"][:2]
        emp = [n(e).rstrip() for e in EMPATHY]
        iff(cid, "empathy", lab["empathy"], any(e in a for e in emp for a in nxt), "apology/acknowledgement in the next two agent turns")
    # facts
    f = scn["fact"]
    right, wrong = [f["expected"]] + f["variants"], f["wrong"]
    said = []
    for a in ag:
        vals = [(a.find(v), True) for v in right if v in a] + [(a.find(v), False) for v in wrong if v in a]
        said += [ok for _, ok in sorted(vals)]
    iff(cid, "fact-accuracy", lab["fact-accuracy"], bool(said) and said[-1], "the right value as the last statement")
    iff(cid, "no-misinformation", lab["no-misinformation"], False not in said, "no known-wrong value")
    bare_non_answer = any(a in [n(x) for x in NON_ANSWERS] for a in ag)
    iff(cid, "resolution", lab["resolution"], bool(said) and not bare_non_answer, "fact answered and no bare non-answer")
    if scn["requires"]["reference"]:
        iff(cid, "record-reference", lab["record-reference"], bool(re.search(n(scn["ref_prefix"]) + f"是[{IDCH}]{{6,}}", alltext)), "a reference number")
    elif lab["record-reference"] != "na":
        bad(cid, "record-reference labelled although not required")
    if scn["requires"]["survey"]:
        iff(cid, "survey-offered", lab["survey-offered"], bool(re.search("评价|打个分|满意度", alltext)), "a survey invitation")
    elif lab["survey-offered"] != "na":
        bad(cid, "survey labelled although not required")
    ri_re = re.compile(scn["ri"]["patterns"][0], re.I)
    iff(cid, "required-info", lab["required-info"], any(ri_re.search(t["text"]) for t in turns if t["speaker"] == "agent"), "the required-info ask")


def check_timing(c, lab):
    """A second, independent reading of the clock."""
    cid, voice = c["contactId"], c["channel"] == "voice"
    joined = next(e["atMs"] for e in c["events"] if e["type"] == "agent-joined")
    tt = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    ags = [t for t in tt if t["speaker"] == "agent"]
    if ags[0]["startMs"] < joined:
        bad(cid, "agent speaks before agent-joined")
    iff(cid, "first-response", lab["first-response"], ags[0]["startMs"] - joined <= 20000, "first reply within 20 s")
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    dead = ags[0]["startMs"] - joined >= dead_thr
    holds = []  # (asked, thanked)
    late = False
    last_agent_text = ""
    for i, t in enumerate(tt):
        if t["speaker"] == "agent" and i > 0:
            prev = tt[i - 1]
            silence = t["startMs"] - prev["endMs"]
            asked = re.search("稍等|稍候|别挂|等我一会儿", last_agent_text) and (prev["speaker"] == "agent" or re.fullmatch(r"\W*(好的|行你查吧|嗯|好我等着|行，你查吧|好，我等着)\W*", n(prev["text"]).replace("就是", "").replace("那个", "").replace("呃", "").replace("啊", "")) or len(n(prev["text"])) <= 6)
            if asked and silence >= hold_thr:
                holds.append((True, bool(re.search("谢谢|感谢|久等", t["text"]))))
            elif prev["speaker"] == "customer":
                if silence >= dead_thr:
                    dead = True
                if silence >= hold_thr:
                    holds.append((False, False))
        if t["speaker"] == "agent":
            last_agent_text = t["text"]
    # latency from the first unanswered customer turn (announced holds excepted)
    i = 0
    while i < len(tt):
        if tt[i]["speaker"] == "customer":
            j = i
            while j < len(tt) and tt[j]["speaker"] == "customer":
                j += 1
            if j < len(tt):
                before = [t for t in tt[:i] if t["speaker"] == "agent"]
                announced = before and re.search("稍等|稍候|别挂|等我一会儿", before[-1]["text"])
                if not announced and tt[j]["startMs"] - tt[i]["endMs"] > 45000:
                    late = True
            i = j
        else:
            i += 1
    iff(cid, "dead-air", lab["dead-air"], not dead, "no dead air")
    iff(cid, "response-latency", lab["response-latency"], not late, "every reply within 45 s")
    if not holds:
        if lab["hold-etiquette"] != "na":
            bad(cid, "hold-etiquette labelled but no hold found")
    else:
        iff(cid, "hold-etiquette", lab["hold-etiquette"], all(a and th for a, th in holds), "ask+thanks around every hold")
    if voice:
        cut = any(tt[i]["speaker"] == "agent" and tt[i - 1]["speaker"] == "customer" and tt[i - 1]["endMs"] - tt[i]["startMs"] >= 800 for i in range(1, len(tt)))
        iff(cid, "interruption", lab["interruption"], not cut, "no agent talk-over")
        long = [t for t in ags if t["endMs"] - t["startMs"] >= 1500]
        rate = sum(len(n(t["text"])) for t in long) / (sum(t["endMs"] - t["startMs"] for t in long) / 60000)
        iff(cid, "speech-rate", lab["speech-rate"], 120 <= rate <= 300, f"rate {rate:.0f}/min in band")
        for t in c["turns"]:
            if not 0.6 <= t.get("confidence", 0) <= 0.98:
                bad(cid, "voice turn without a 0.6-0.98 confidence")
    elif lab["interruption"] != "na" or lab["speech-rate"] != "na":
        bad(cid, "interruption/speech-rate labelled on chat")
    else:
        if any(t["startMs"] != t["endMs"] for t in c["turns"]):
            bad(cid, "chat turn with a duration")
    starts = [t["startMs"] for t in c["turns"]]
    if starts != sorted(starts):
        bad(cid, "turns out of order")
    ats = [e["atMs"] for e in c["events"]]
    if ats != sorted(ats):
        bad(cid, "events out of order")


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {d["contactId"]: d for d in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    yamls = {f[:-5] for f in os.listdir(os.path.join(OUT, "scenarios"))}
    counts = {}
    for c in contacts:
        cid, d = c["contactId"], labels[c["contactId"]]
        if c["scenarioId"] not in yamls:
            bad(cid, "unknown scenario")
        for chk, v in d["labels"].items():
            counts.setdefault(chk, {"pass": 0, "fail": 0, "na": 0})[v] += 1
            if v == "fail" and chk not in d["why"]:
                bad(cid, f"{chk} fail without a why")
        if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in c["turns"]):
            if set(d["labels"].values()) != {"na"}:
                bad(cid, "special contact not all na")
            continue
        check_text(c, d["labels"])
        check_timing(c, d["labels"])
    voice = sum(c["channel"] == "voice" and c["outcome"] == "completed" and c["turns"] and any(t["speaker"] == "agent" for t in c["turns"]) for c in contacts)
    chat = sum(c["channel"] == "webchat" and any(t["speaker"] == "agent" for t in c["turns"]) for c in contacts)
    if voice < 72 or chat < 72:
        problems.append(f"too few contacts: {voice} voice, {chat} chat")
    key = ["politeness", "forbidden-words", "agent-id", "closing", "verification", "empathy", "resolution", "response-latency",
           "no-misinformation", "record-reference", "hold-etiquette", "dead-air"]
    for chk, cnt in counts.items():
        need = 25 if chk in key else 15
        if cnt["pass"] < need or cnt["fail"] < need:
            problems.append(f"{chk}: only {cnt['pass']} pass / {cnt['fail']} fail (need {need} each)")
    print(f"{len(contacts)} contacts checked ({voice} voice, {chat} chat with an agent); {len(problems)} problem(s)")
    for p in problems[:80]:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
