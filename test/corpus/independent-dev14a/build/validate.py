#!/usr/bin/env python3
"""Re-derive every label of independent-dev14a from the written contacts and compare.

It reads contacts.jsonl, labels.jsonl and scenarios/*.yaml. Phrases are recognised through the
hand-written material (mat_*.py): each turn is normalised (speech-recognition fillers, homophones,
digit words, punctuation and spaces removed) and searched for the normalised lines of each category;
everything else (order, timestamps, speakers, events) is read from the contact itself. The plan is not
read. Then a mutation check flips one label per contact and confirms that every flip is caught.

Run: python3 build/validate.py     (exit 1 on any disagreement or lint failure)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import DOMAINS, CHECKS, plain  # noqa: E402  (material and check names only)

DIGW = {"零": "0", "幺": "1", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def norm(s):
    s = plain(s)
    s = s.replace("公号", "工号").replace("公单", "工单").replace("在见", "再见")
    s = s.replace("那个", "").replace("就是", "")
    s = re.sub("[呃嗯]", "", s)
    s = "".join(DIGW.get(ch, ch) for ch in s)
    s = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", s)
    return s.lower()


def load_yaml_scenarios():
    out = {}
    for fn in sorted(glob.glob(os.path.join(ROOT, "scenarios", "*.yaml"))):
        txt = open(fn, encoding="utf-8").read()
        sid = re.search(r"^id: (\S+)$", txt, re.M).group(1)
        req = dict(re.findall(r"(verification|reference|empathy|survey): (true|false)", re.search(r"^requires: \{(.*)\}$", txt, re.M).group(1)))
        sla = dict((k, int(v)) for k, v in re.findall(r"(\w+): (\d+)", re.search(r"^sla: \{(.*)\}$", txt, re.M).group(1)))
        pats = [json.loads(m) for m in re.findall(r"patterns: (\[.*\]) \}$", txt, re.M)]
        facts = []
        for m in re.finditer(r"^  - \{ key: ([a-z0-9-]+), label: (\".*?\"), expected: (\".*?\"), variants: (\[.*?\]), wrong: (\[.*?\]), cues: (\[.*?\]) \}$", txt, re.M):
            facts.append(dict(key=m.group(1), expected=json.loads(m.group(3)), variants=json.loads(m.group(4)), wrong=json.loads(m.group(5))))
        out[sid] = dict(req={k: v == "true" for k, v in req.items()}, sla=sla, patterns=pats, facts=facts)
    return out


AGENT_CATS = ["greet", "id_ok", "rude", "buck", "polite_ref", "verify_ask", "hold_ask", "hold_thanks", "ref_ok", "survey",
              "closing", "ack"]
CUST_CATS = ["complaint", "leave", "refer_ask"]


def catalogue(D):
    cat = {c: [] for c in AGENT_CATS + CUST_CATS}
    for c in ["greet", "id_ok", "rude", "verify_ask", "hold_ask", "hold_thanks", "ref_ok", "survey", "closing", "leave"]:
        cat[c] = list(D[c])
    for r in D["refer"]:
        cat["buck"] += r["buck"]
        cat["polite_ref"] += r["polite"]
        cat["refer_ask"].append(r["ask"])
    for c, a in D["complaints"]:
        cat["complaint"].append(c)
        cat["ack"].append(a)
    sc = {}
    for S in D["scenarios"]:
        fx = {}
        for f in S["facts"]:
            fx[f["key"]] = dict(right=f["right"] + f["correct"], wrong=f["wrong_lines"], nonans=f["nonans"])
        sc[S["id"]] = dict(facts=fx, disclose=S["disclose"], info=S["info"])
    return {k: [norm(x) for x in v] for k, v in cat.items()}, sc


def find(nt, frags):
    """First position of any of the normalised fragments in normalised text nt, or None."""
    best = None
    for f in frags:
        i = nt.find(f)
        if i >= 0 and (best is None or i < best):
            best = i
    return best


def lint(errors):
    """Material checks: categories do not contain each other, fact lines carry their values, info regexes
    match the asks and nothing else."""
    for D in DOMAINS:
        cat, sc = catalogue(D)
        agent = {c: cat[c] for c in AGENT_CATS}
        for S in D["scenarios"]:
            for k, fx in sc[S["id"]]["facts"].items():
                for kind in ("right", "wrong", "nonans"):
                    agent["fact_%s:%s" % (kind, k)] = [norm(x) for x in fx[kind]]
            agent["disclose:" + S["id"]] = [norm(x) for x in S["disclose"]]
        others = {c: [norm(x) for x in D[c]] for c in ["nogreet", "offer", "id_bad", "nonack", "neutral", "pause_reply", "ref_bad", "wrap"]}
        for c1, fr1 in list(agent.items()) + list(others.items()):
            for c2, fr2 in agent.items():
                if c1 == c2:
                    continue
                for a in fr1:
                    for b in fr2:
                        if b and b in a:
                            errors.append("lint %s: %s line %r contains %s line %r" % (D["key"], c1, a, c2, b))
        cust = {c: cat[c] for c in CUST_CATS}
        cust_other = {c: [norm(x) for x in D[c]] for c in ["push", "press", "doubt", "resign", "cust_pause", "cust_back", "cust_ack", "apology", "cust_end", "cust_bye"]}
        for c1, fr1 in list(cust.items()) + list(cust_other.items()):
            for c2, fr2 in cust.items():
                if c1 != c2:
                    for a in fr1:
                        for b in fr2:
                            if b in a:
                                errors.append("lint %s: customer %s %r contains %s %r" % (D["key"], c1, a, c2, b))
        # fact values
        for S in D["scenarios"]:
            for f in S["facts"]:
                acc = [f["expected"]] + f["variants"]
                for ln in f["right"] + f["correct"]:
                    if not any(v in plain(ln) for v in acc):
                        errors.append("lint %s: right line lacks the value: %s" % (S["id"], ln))
                for ln in f["wrong_lines"]:
                    if not any(v in plain(ln) for v in f["wrong"]) or any(v in plain(ln) for v in acc):
                        errors.append("lint %s: wrong line must carry a wrong value only: %s" % (S["id"], ln))
                for ln in f["nonans"]:
                    if any(v in plain(ln) for v in acc + f["wrong"]):
                        errors.append("lint %s: non-answer carries a value: %s" % (S["id"], ln))
            # info regexes: match every ask, in plain and normalised form; match nothing else
            it = S["info"][0]
            rx = [re.compile(p, re.I) for p in it["patterns"]]
            for ln in it["ask"]:
                for form in (plain(ln), norm(ln)):
                    if not any(r.search(form) for r in rx):
                        errors.append("lint %s: pattern misses ask %r" % (S["id"], form))
            pool = []
            for c in ["greet", "nogreet", "offer", "id_ok", "id_bad", "nonack", "neutral", "rude", "verify_ask", "hold_ask", "hold_thanks",
                      "pause_reply", "ref_ok", "ref_bad", "survey", "wrap", "closing", "curt_end", "opener_c"]:
                pool += D.get(c, [])
            for r_ in D["refer"]:
                pool += r_["buck"] + r_["polite"] + [r_["ask"]]
            for c, a in D["complaints"]:
                pool += [c, a]
            for S2 in D["scenarios"]:
                pool += S2["disclose"] + S2["opener"]
                for f in S2["facts"]:
                    pool += f["right"] + f["wrong_lines"] + f["correct"] + f["nonans"] + f["ask"]
                pool += S2["info"][0]["answer"] + [S2["info"][0]["volunteer"]]
            for c in ["push", "press", "doubt", "resign", "cust_pause", "cust_back", "cust_ack", "apology", "cust_end", "cust_bye", "leave", "verify_ans"]:
                pool += D[c]
            for sd in D["side"]:
                pool += [sd["q"], sd["shrug"], sd["answer"]]
            for ln in pool:
                for form in (plain(ln), norm(ln)):
                    if any(r.search(form) for r in rx):
                        errors.append("lint %s: pattern matches a line that is not an ask: %r" % (S["id"], ln))


def derive(c, SC, CAT):
    """All 19 labels of one contact from its text and timestamps."""
    turns = sorted(c.get("turns", []), key=lambda t: t["startMs"])
    agents = [t for t in turns if t["speaker"] == "agent"]
    if not agents:
        return {k: "na" for k in CHECKS}
    dom = c["scenarioId"].split("-")[0]
    cat, sc = CAT[dom]
    S = SC[c["scenarioId"]]
    scm = sc[c["scenarioId"]]
    voice = c["channel"] == "voice"
    for t in turns:
        t["_n"] = norm(t["text"])
    custs = [t for t in turns if t["speaker"] == "customer"]

    def is_bc(t):
        if t["speaker"] != "agent" or len(t["_n"]) > 2:
            return False
        return any(x["startMs"] < t["startMs"] < x["endMs"] for x in custs)

    real = [t for t in agents if not is_bc(t)]
    has = lambda t, k: find(t["_n"], cat[k]) is not None
    L = {}
    # greeting / agent-id
    first = agents[0]
    L["greeting"] = "pass" if any(first["_n"].startswith(g) for g in cat["greet"]) else "fail"
    L["agent-id"] = "pass" if any(has(t, "id_ok") for t in agents[:2]) else "fail"
    # closing
    last = turns[-1]
    if last["speaker"] == "customer" and has(last, "leave"):
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(has(t, "closing") for t in agents[-2:]) else "fail"
    rude = any(has(t, "rude") for t in agents)
    buck = any(has(t, "buck") for t in agents)
    L["forbidden-words"] = "fail" if rude or buck else "pass"
    L["politeness"] = "fail" if rude else "pass"
    # verification
    if S["req"]["verification"]:
        dis = [norm(x) for x in scm["disclose"]]
        pv = pd = None
        for i, t in enumerate(agents):
            a = find(t["_n"], cat["verify_ask"])
            d = find(t["_n"], dis)
            if pv is None and a is not None:
                pv = (i, a)
            if pd is None and d is not None:
                pd = (i, d)
        L["verification"] = "pass" if pv is not None and (pd is None or pv < pd) else "fail"
    else:
        L["verification"] = "na"
    # timing: holds, dead air, latency, first response
    joined = [e["atMs"] for e in c["events"] if e["type"] == "agent-joined"][0]
    thr_dead = 8000 if voice else 30000
    thr_hold = 15000 if voice else 30000
    sla = S["sla"]
    holds, dead, late = [], [], []
    cursor = joined
    last_agent = None
    pending = None
    for t in turns:
        gap = t["startMs"] - cursor
        if t["speaker"] == "agent" and not is_bc(t):
            announced = last_agent is not None and has(last_agent, "hold_ask")
            if t is first:
                if gap >= thr_dead:
                    dead.append("first word %d" % gap)
            else:
                if gap >= thr_hold:
                    holds.append((announced, has(t, "hold_thanks")))
                if gap >= thr_dead and not announced:
                    dead.append("gap %d" % gap)
            if pending is not None:
                lat = t["startMs"] - pending
                if lat > sla["responseLatencyMs"] and not announced:
                    late.append(lat)
                pending = None
            last_agent = t
        elif t["speaker"] == "customer":
            if voice:
                pending = t["endMs"]
            elif pending is None:
                pending = t["startMs"]
        if t["speaker"] in ("agent", "customer"):
            cursor = max(cursor, t["endMs"])
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        L["hold-etiquette"] = "pass" if all(a and th for a, th in holds) else "fail"
    L["dead-air"] = "fail" if dead else "pass"
    L["response-latency"] = "fail" if late else "pass"
    L["first-response"] = "pass" if first["startMs"] - joined <= sla["firstResponseMs"] else "fail"
    # interruption / speech rate
    if voice:
        intr = False
        for t in real:
            for x in custs:
                if x["startMs"] < t["startMs"] and x["endMs"] - t["startMs"] >= 800:
                    intr = True
        L["interruption"] = "fail" if intr else "pass"
        chars = sum(len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", t["text"])) for t in agents)
        dur = sum(t["endMs"] - t["startMs"] for t in agents)
        rate = chars / (dur / 60000)
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    else:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    # empathy
    comp_idx = [i for i, t in enumerate(turns) if t["speaker"] == "customer" and has(t, "complaint")]
    if not comp_idx and not S["req"]["empathy"]:
        L["empathy"] = "na"
    else:
        ok = bool(comp_idx)
        for i in comp_idx:
            reply = []
            for t in turns[i + 1:]:
                if t["speaker"] == "customer":
                    break
                if t["speaker"] == "agent":
                    reply.append(t)
            if not any(has(t, "ack") for t in reply):
                ok = False
        L["empathy"] = "pass" if ok else "fail"
    # facts
    fa_ok, nm_ok, answered = True, True, True
    for f in S["facts"]:
        fx = scm["facts"][f["key"]]
        stm = []
        for t in agents:
            r = find(t["_n"], [norm(x) for x in fx["right"]])
            w = find(t["_n"], [norm(x) for x in fx["wrong"]])
            for pos, v in sorted([(r, "R"), (w, "W")], key=lambda x: (x[0] is None, x[0] or 0)):
                if pos is not None:
                    stm.append(v)
        if not stm:
            answered = False
            fa_ok = False
        elif stm[-1] != "R":
            fa_ok = False
        if "W" in stm:
            nm_ok = False
    # own-matter sub-request answered only by a buck-pass
    for i, t in enumerate(turns):
        if t["speaker"] == "customer" and has(t, "refer_ask"):
            later = [x for x in turns[i + 1:] if x["speaker"] == "agent"]
            if any(has(x, "buck") for x in later) and not any(has(x, "polite_ref") for x in later):
                answered = False
    L["resolution"] = "pass" if answered else "fail"
    L["fact-accuracy"] = "pass" if fa_ok else "fail"
    L["no-misinformation"] = "pass" if nm_ok else "fail"
    L["record-reference"] = ("pass" if any(has(t, "ref_ok") for t in agents) else "fail") if S["req"]["reference"] else "na"
    L["survey-offered"] = ("pass" if any(has(t, "survey") for t in agents) else "fail") if S["req"]["survey"] else "na"
    rx = [re.compile(p, re.I) for p in S["patterns"][0]]
    asked = any(any(r.search(t["text"]) or r.search(t["_n"]) for r in rx) for t in agents)
    L["required-info"] = "pass" if asked else "fail"
    return {k: L[k] for k in CHECKS}


def main():
    errors = []
    lint(errors)
    SC = load_yaml_scenarios()
    CAT = {D["key"]: catalogue(D) for D in DOMAINS}
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    assert [c["contactId"] for c in contacts] == [l["contactId"] for l in labels]
    derived = {}
    for c, l in zip(contacts, labels):
        d = derive(c, SC, CAT)
        derived[c["contactId"]] = d
        for k in CHECKS:
            if d[k] != l["labels"][k]:
                errors.append("%s %s: label %s, derived %s" % (c["contactId"], k, l["labels"][k], d[k]))
        for k, v in l["labels"].items():
            if v == "fail" and not l["why"].get(k):
                errors.append("%s %s: fail without a reason" % (c["contactId"], k))
    # structure
    normal = [c for c in contacts if c["outcome"] == "completed" and any(t["speaker"] == "agent" for t in c["turns"])]
    nodur = [c["contactId"] for c in contacts if "durationMs" not in c]
    odd = [c["contactId"] for c in contacts if any(e["type"] == "transfer" for e in c["events"])]
    voice = [c for c in normal if c["channel"] == "voice"]
    asr = [c for c in voice if not any(re.search(r"[，。？！]", t["text"]) for t in c["turns"] if t["speaker"] in ("agent", "customer") and len(t["text"]) > 6)]
    print("normal contacts %d (voice %d, speech-recognition look %d = %.0f%%), special %d; no durationMs: %s; transfer events: %s" % (
        len(normal), len(voice), len(asr), 100 * len(asr) / len(voice), len(contacts) - len(normal), nodur, odd))
    if len(normal) != 150 or len(contacts) != 157 or len(nodur) != 4 or len(odd) != 4:
        errors.append("structure: counts off")
    for c in contacts:
        if c["channel"] == "webchat" and any(t["startMs"] != t["endMs"] for t in c["turns"]):
            errors.append("%s chat turn with startMs != endMs" % c["contactId"])
    # counts and balance
    print("%-18s %5s %5s %5s" % ("check", "pass", "fail", "na"))
    first_group = {"forbidden-words", "politeness", "empathy", "resolution", "agent-id", "closing", "verification", "hold-etiquette",
                   "dead-air", "record-reference", "response-latency", "no-misinformation"}
    for k in CHECKS:
        n = {v: sum(1 for l in labels if l["labels"][k] == v) for v in ("pass", "fail", "na")}
        need = 25 if k in first_group else 15
        flag = "" if n["pass"] >= need and n["fail"] >= need else "  <-- below %d" % need
        print("%-18s %5d %5d %5d%s" % (k, n["pass"], n["fail"], n["na"], flag))
        if flag:
            errors.append("balance %s" % k)
    # mutation check: flip one label per contact, every flip must be caught
    caught = 0
    for i, (c, l) in enumerate(zip(contacts, labels)):
        k = CHECKS[(i * 7) % len(CHECKS)]
        v = l["labels"][k]
        flipped = {"pass": "fail", "fail": "pass", "na": "pass"}[v]
        if derived[c["contactId"]][k] != flipped:
            caught += 1
    print("mutation check: %d of %d flips caught" % (caught, len(labels)))
    if caught != len(labels):
        errors.append("mutation check missed %d" % (len(labels) - caught))
    for e in errors[:60]:
        print("ERROR", e)
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
