"""Self-check of independent-dev7a: every contact's text and timeline carry what its labels say.

    python3 test/corpus/independent-dev7a/build/validate.py   (exit 1 and a list of problems on failure)
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import pools as P  # noqa: E402
from timing import timing_labels, PUNCT_RE  # noqa: E402
from gen import DOMAINS, CHECKS, sla_of  # noqa: E402
from compose import curtify  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNHOMO = {b: a for a, b in P.HOMOPHONES.items()}
GREET_RE = re.compile("您好|你好|早上好|下午好|晚上好|欢迎|^Hi|^hi")
ID_RE = re.compile("工号|编号[A-Z0-9零幺一二三四五六七八九洞]{2,}|[0-9零幺一二三四五六七八九洞]{2,}号(话务员)?|坐席[A-Z]?[0-9零幺一二三四五六七八九洞]{2,}"
                   "|客服(专员|代表)|顾问.{1,3}|专属客服|值班客服.{1,3}|客服.{1,3}（工号|值班组长|服务代表|话务员|售后专员|服务顾问")
CLOSE_RE = re.compile("谢|祝|再见|拜拜|再会|不打扰")
REF_RE = re.compile("(工单号|受理号|服务单号|申请编号|业务流水号|报修单号)[是：:]?[A-Z0-9零幺一二三四五六七八九洞]{6,}")
SURVEY_RE = re.compile("评价|打分|打个分")
EMPATHY_RE = re.compile("抱歉|不好意思|对不住|歉意|理解|体会|赔个不是|窝火|闹心|是我们的问题|不应该|着急的|责任在我们|辛苦|不踏实|做得不够好|是我们的不是|过意不去|对不起|道歉|换谁都|被气着")


def norm_raw(text):
    text = PUNCT_RE.sub("", text)
    for b, a in UNHOMO.items():
        text = text.replace(b, a)
    return text


def norm(text):
    text = PUNCT_RE.sub("", curtify(text))
    for b, a in UNHOMO.items():
        text = text.replace(b, a)
    return text


def main():
    scen = {sc["id"]: (dom, sc) for dom in DOMAINS for sc in dom["scenarios"]}
    labels = {}
    for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
        lb = json.loads(line)
        labels[lb["contactId"]] = lb
    problems = []
    n = 0
    for line in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8"):
        ix = json.loads(line)
        n += 1
        cid = ix["contactId"]
        lb = labels.pop(cid, None)
        bad = lambda msg: problems.append("%s: %s" % (cid, msg))  # noqa: E731
        if lb is None:
            bad("no labels")
            continue
        L = lb["labels"]
        for c in CHECKS:
            if L.get(c) not in ("pass", "fail", "na"):
                bad("label %s missing" % c)
            if L.get(c) == "fail" and not lb["why"].get(c):
                bad("fail without why: %s" % c)
        prev = -1
        for t in ix["turns"]:
            if t["startMs"] < prev or t["endMs"] < t["startMs"]:
                bad("turns out of order")
            prev = t["startMs"]
            if ix["channel"] == "webchat" and t["startMs"] != t["endMs"]:
                bad("chat turn is not an instant")
            if ix["channel"] == "voice" and t["speaker"] != "ivr" and not 0.6 <= t.get("confidence", 0) <= 0.98:
                bad("voice confidence out of range")
        agent = [t for t in ix["turns"] if t["speaker"] == "agent"]
        if not agent:
            if any(v != "na" for v in L.values()):
                bad("no agent turn but labels are not na")
            continue
        dom, sc = scen[ix["scenarioId"]]
        A = [norm(t["text"]) for t in agent]
        all_a = "".join(A)
        talk = [t for t in ix["turns"] if t["speaker"] in ("agent", "customer")]

        def expect(check, cond):
            want = "pass" if cond else "fail"
            if L[check] != want:
                bad("%s labelled %s but text says %s" % (check, L[check], want))

        expect("greeting", GREET_RE.search(A[0]))
        expect("agent-id", ID_RE.search(A[0]) or (len(A) > 1 and ID_RE.search(A[1])))
        forb = [ph for cat in P.FORBIDDEN.values() for ph in cat if norm(ph) in all_a]
        expect("forbidden-words", not forb)
        rude = [ph for c in P.RUDE_CATEGORIES for ph in P.FORBIDDEN[c] if norm(ph) in all_a]
        expect("politeness", not rude and any("您" in t["text"] for t in agent))
        if talk[-1]["speaker"] == "customer" and any(norm(x) in norm(talk[-1]["text"]) for x in P.CUSTOMER_LEAVE):
            if L["closing"] != "na":
                bad("customer left first but closing is %s" % L["closing"])
        else:
            expect("closing", any(CLOSE_RE.search(a) for a in A[-2:]))
        if sc["requires"]["verification"]:
            asks = [k for k, a in enumerate(A) if any(norm(v) in a for v in dom["verify_asks"])]
            disc = [k for k, a in enumerate(A) if sc["disclose"] and norm(sc["disclose"]) in a]
            first_disc = disc[0] if disc else 99
            expect("verification", asks and asks[0] < first_disc)
        elif L["verification"] != "na":
            bad("verification should be na")
        pats = [re.compile(p, re.I) for p in sc["req"]["patterns"]]
        raw = [norm_raw(t["text"]) for t in agent]
        expect("required-info", any(p.search(a) for p in pats for a in raw))
        if sc["requires"]["reference"]:
            expect("record-reference", any(REF_RE.search(a) for a in A))
        elif L["record-reference"] != "na":
            bad("record-reference should be na")
        if sc["requires"]["survey"]:
            expect("survey-offered", SURVEY_RE.search(all_a))
        elif L["survey-offered"] != "na":
            bad("survey should be na")
        f = sc["fact"]
        good = [norm(x) for x in [f["expected"]] + f["variants"]]
        wrong = [norm(x) for x in f["wrong"]]
        marks = []
        for k, a in enumerate(A):
            if any(norm(x) in a for x in P.FORBIDDEN_LOOKALIKE):
                continue  # a look-alike line talks about something else (e.g. 申请一次特殊审批 is no "1次" fact)
            for w in good:
                for m in re.finditer(re.escape(w), a):
                    marks.append((k, m.start(), "good"))
            for w in wrong:
                for m in re.finditer(re.escape(w), a):
                    marks.append((k, m.start(), "wrong"))
        marks.sort()
        expect("fact-accuracy", marks and marks[-1][2] == "good")
        expect("no-misinformation", not any(m[2] == "wrong" for m in marks))
        nonans = any(norm(x) in a for x in P.NONANSWER for a in A) or any(norm(x) in all_a for x in P.FORBIDDEN["敷衍"])
        expect("resolution", marks and not nonans)
        complaints = [k for k, t in enumerate(talk) if t["speaker"] == "customer" and any(norm(c) in norm(t["text"]) for c in sc["complaints"])]
        if not complaints and not sc["requires"]["empathy"]:
            if L["empathy"] != "na":
                bad("empathy should be na")
        else:
            ok = bool(complaints)
            for k in complaints:
                nxt = [norm(t["text"]) for t in talk[k + 1:] if t["speaker"] == "agent"][:2]
                ok = ok and any(EMPATHY_RE.search(x) for x in nxt)
            expect("empathy", ok)
        if L["politeness"] == "pass" and forb and not rude and len(forb) > 1:
            bad("several 忌语 in a polite contact")
        tl = timing_labels(ix, sla_of(sc))
        for c in ("first-response", "dead-air", "hold-etiquette", "response-latency", "interruption", "speech-rate"):
            if tl[c] != L[c]:
                bad("%s labelled %s, timeline says %s" % (c, L[c], tl[c]))
    for cid in labels:
        problems.append("%s: label without contact" % cid)
    for p in problems:
        print(p)
    print("%d contacts, %d problems" % (n, len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
