"""Self-check of the generated corpus (format + label/text consistency). Exit 1 on any problem.

Run: python3 test/corpus/independent-dev/build/validate.py
The text checks use the scenario's own facts/patterns and a few word lists only to catch generator
bugs (e.g. an apology slipping into a turn labelled as not acknowledging); they are not a scorer.
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from domains_a import BANK, ECOM, TELECOM  # noqa: E402
from domains_b import GOV, INS, UTIL  # noqa: E402
from labels import CHECKS  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
from domains_c import EXTRA  # noqa: E402
SC = {s["id"]: s for d in (BANK, TELECOM, ECOM, GOV, UTIL, INS) for s in d["scenarios"]}
SC.update({s["id"]: s for s in EXTRA.values()})
ACK = ["抱歉", "对不起", "不好意思", "理解", "添麻烦", "歉意", "久等", "委屈", "着急", "没做好", "别急"]
CLOSE = ["再见", "在见", "拜拜", "感谢", "谢谢", "祝", "慢走"]
GREET = ["您好", "你好", "早上好", "下午好", "欢迎", "哈喽"]
errors = []
HARD = {
    "lookalike": "polite look-alikes of 忌语 (如有不清楚的地方请随时联系我们, 不知道您现在方便吗, 您不用自己跑营业厅了, 没关系的这不是您的问题)",
    "customer-pause": "customer's own pause after an agent question: 9–26 s on calls, 35–110 s in chats",
    "hold-thanked": "announced hold, then a proper thanks (感谢您的耐心等待 / 让您久等了 / 辛苦您等了这么久)",
    "hold-short": "announced look-up shorter than a hold (calls 8.5–13 s: a silence, but announced; chats 12–25 s)",
    "backchannel": "agent backchannels (嗯/对/是) under 800 ms inside the customer's speech",
    "small-overlap": "agent takes over 200–600 ms before the customer finishes",
    "cust-interrupts": "customer cuts into the agent (not an agent interruption)",
    "complaint-injected": "complaint in everyday words in a non-complaint scenario (说实话有点失望, 排队排了二十分钟)",
    "rate-fast-ok": "fast-but-normal agent speech, about 231–249 字/分",
    "rate-slow-ok": "slow-but-normal agent speech, about 144–156 字/分",
    "reask-patient": "customer asks again; the agent patiently restates",
    "customer-wrong-belief": "the customer quotes a known-wrong value (是不是收取10元啊？); the agent states the right one",
    "long-queue": "long IVR/queue/bot wait (45–150 s) before agent-joined",
    "closing-hangup": "customer hangs up / leaves before the agent can close (closing na)",
}


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    yamls = {f[:-5] for f in os.listdir(os.path.join(OUT, "scenarios"))}
    lab = {l["contactId"]: l for l in labels}
    assert len(lab) == len(labels) == len(contacts), "ids must be unique and 1:1"
    for c in contacts:
        cid = c["contactId"]
        l = lab[cid]
        if c["scenarioId"] not in yamls:
            err(cid, "no scenario yaml")
        if sorted(l["labels"]) != sorted(CHECKS) or any(v not in ("pass", "fail", "na") for v in l["labels"].values()):
            err(cid, "labels incomplete")
        for k, v in l["labels"].items():
            if v == "fail" and k not in l.get("why", {}) and "_" not in l.get("why", {}):
                err(cid, f"fail without why: {k}")
        last = {}
        for t in c["turns"]:
            if t["endMs"] < t["startMs"]:
                err(cid, "endMs < startMs")
            if t["startMs"] < last.get(t["speaker"], -1):
                err(cid, f"{t['speaker']} turns overlap or go back in time")
            last[t["speaker"]] = t["endMs"] if c["channel"] == "voice" else t["startMs"]   # nobody talks over themselves
        if c["outcome"] == "completed" and any(t["speaker"] == "agent" for t in c["turns"]):
            check_text(c, l["labels"], SC[c["scenarioId"]])
    report(contacts, labels)
    if errors:
        print("\n".join(errors[:60]))
        print(f"{len(errors)} problems")
        sys.exit(1)
    print("validate: OK")


def check_text(c, L, sc):
    cid = c["contactId"]
    agent = [t for t in c["turns"] if t["speaker"] == "agent"]
    cust = [t for t in c["turns"] if t["speaker"] == "customer"]
    # backchannels: agent turns lying wholly inside a customer turn (voice)
    real = [t for t in agent if not any(u["startMs"] < t["startMs"] and t["endMs"] < u["endMs"] for u in cust)]
    text = "".join(t["text"] for t in agent)
    for f in sc["facts"]:
        accepted = [f["expected"], *f.get("variants", [])]
        if L["fact-accuracy"] == "pass" and not any(a in text for a in accepted):
            err(cid, f"fact {f['key']} pass but no accepted value stated")
        if L["no-misinformation"] == "pass" and any(w in text for w in f.get("wrong", [])):
            err(cid, f"fact {f['key']}: wrong value present but no-misinformation pass")
    if L["no-misinformation"] == "fail" and not any(w in text for f in sc["facts"] for w in f.get("wrong", [])):
        err(cid, "misinformation fail but no wrong value in text")
    for it in sc["req"]:
        hit = any(re.search(p, t["text"], re.I) for p in it["patterns"] for t in agent)
        if L["required-info"] == "pass" and not hit:
            err(cid, f"required-info pass but {it['key']} not asked")
    if L["required-info"] == "fail" and all(any(re.search(p, t["text"]) for p in it["patterns"] for t in agent) for it in sc["req"]):
        err(cid, "required-info fail but every item matches")
    if L["closing"] == "fail" and any(w in t["text"] for t in real[-2:] for w in CLOSE):
        err(cid, "closing fail but closing word in last two agent turns")
    if L["closing"] == "pass" and not any(w in t["text"] for t in real[-2:] for w in CLOSE):
        err(cid, "closing pass but no closing word")
    ident = re.compile(r"工号|公号|编号|号客服|号话务员|客服[^，。 ]{1,3}(很高兴)?为[您你]服务|我是")
    if (L["agent-id"] == "pass") != any(ident.search(t["text"]) for t in agent[:2]):
        err(cid, f"agent-id {L['agent-id']} vs first two agent turns {[t['text'][:16] for t in agent[:2]]}")
    g = any(w in real[0]["text"] for w in GREET)
    if (L["greeting"] == "pass") != g:
        err(cid, f"greeting {L['greeting']} vs text “{real[0]['text'][:20]}”")
    if L["empathy"] in ("pass", "fail"):
        turns = c["turns"]
        ci = next(i for i, t in enumerate(turns) if t["speaker"] == "customer" and t["startMs"] >= agent[0]["startMs"])
        nxt = [t for t in turns[ci + 1:] if t["speaker"] == "agent" and len(t["text"]) > 2][:2]
        has = any(w in t["text"] for t in nxt for w in ACK)
        if (L["empathy"] == "pass") != has:
            err(cid, f"empathy {L['empathy']} but next two agent turns: {[t['text'][:20] for t in nxt]}")
    if L["record-reference"] == "pass" and not re.search(r"(受理编号|受理号|工单号|服务单号|报案号).{0,6}[0-9A-Z零幺一二三四五六七八九]{4,}", text):
        err(cid, "reference pass but no reference number found")


def report(contacts, labels):
    counts = {k: Counter() for k in CHECKS}
    for l in labels:
        for k, v in l["labels"].items():
            counts[k][v] += 1
    chans = Counter(c["channel"] for c in contacts)
    doms = Counter(l["domain"] for l in labels)
    trace = [json.loads(x) for x in open(os.path.join(OUT, "build", "trace.jsonl"), encoding="utf-8")]
    hard = sum(1 for t in trace if t.get("hard"))
    print(f"contacts {len(contacts)}  channels {dict(chans)}  domains {dict(doms)}  hard-negative contacts {hard}")
    print(f"{'check':20s} pass fail   na")
    for k in CHECKS:
        cn = counts[k]
        flag = "" if cn["pass"] >= 15 and cn["fail"] >= 15 else "   <-- below 15"
        if flag:
            err("counts", f"{k} {dict(cn)}")
        print(f"{k:20s} {cn['pass']:4d} {cn['fail']:4d} {cn['na']:4d}{flag}")
    if "--readme" in sys.argv:   # refresh the counts table in README.md
        rows = "\n".join(f"| {k} | {counts[k]['pass']} | {counts[k]['fail']} | {counts[k]['na']} |" for k in CHECKS)
        path = os.path.join(OUT, "README.md")
        text = open(path, encoding="utf-8").read()
        head, rest = text.split("<!-- counts:start", 1)
        _, tail = rest.split("<!-- counts:end -->", 1)
        table = "<!-- counts:start (written by build/validate.py --readme) -->\n| check | pass | fail | na |\n|---|---:|---:|---:|\n"
        text = head + table + rows + "\n<!-- counts:end -->" + tail
        hc = Counter(h for t in trace for h in t.get("hard", []))
        hrows = "\n".join(f"| {HARD[k]} | {hc[k]} |" for k in HARD)
        head, rest = text.split("<!-- hard:start", 1)
        _, tail = rest.split("<!-- hard:end -->", 1)
        text = (head + "<!-- hard:start (written by build/validate.py --readme) -->\n| hard negative | contacts |\n|---|---:|\n"
                + hrows + f"\n| any of these | {hard} |\n<!-- hard:end -->" + tail)
        clean = sum(1 for t in trace if "plan" in t and not t["defects"])
        text = re.sub(r"\| hard negatives \| \d+ contacts", f"| hard negatives | {hard} contacts", text)
        text = re.sub(r"\| defect-free contacts \| \d+ completed", f"| defect-free contacts | {clean} completed", text)
        open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
