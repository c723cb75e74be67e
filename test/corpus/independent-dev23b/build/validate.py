"""Validator for independent-dev23b: re-derives every label from contacts.jsonl + material + scenarios,
lints the material, counts repetition of every decisive wording, and runs a mutation check."""
import json, os, re, sys, random
from collections import Counter, defaultdict
from common import *

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
GREET = re.compile(r"^.{0,3}(您好|你好|欢迎|早上好|上午好|下午好|晚上好)")
REF = re.compile(r"(工单号|受理编号|受理号|流水号|服务单号|登记号)(是|为)?[A-Z]{0,3}[0-9A-Z零一二三四五六七八九]{6,}")
SURVEY = re.compile(r"评价|满意|打.?分|评.?分|宝贵意见|问卷")
problems = []

def load_scen(path):
    s = open(path, encoding="utf8").read()
    g = lambda pat: re.search(pat, s).group(1)
    sc = dict(id=g(r"^id: (\S+)"))
    fl = re.search(r"expected: (\"[^\"]*\"), variants: (\[[^\]]*\]), wrong: (\[[^\]]*\])", s)
    sc["expected"] = json.loads(fl.group(1)); sc["variants"] = json.loads(fl.group(2)); sc["wrong"] = json.loads(fl.group(3))
    sc["patterns"] = [json.loads(x) for x in re.findall(r"patterns: \[(\"[^\"]*\")\]", s)]
    rq = re.search(r"requires: \{ verification: (\w+), reference: (\w+), empathy: (\w+), survey: (\w+) \}", s)
    sc["req"] = dict(zip(["verification", "reference", "empathy", "survey"], [x == "true" for x in rq.groups()]))
    sl = re.search(r"firstResponseMs: (\d+), responseLatencyMs: (\d+)", s)
    sc["sla"] = (int(sl.group(1)), int(sl.group(2)))
    return sc

SC = {}
for f in sorted(os.listdir(os.path.join(OUT, "scenarios"))):
    sc = load_scen(os.path.join(OUT, "scenarios", f)); SC[sc["id"]] = sc

# material index: per domain, list of (cat, line, regex); scenario lines carry the scenario id
MAT = {}; NAMES = {}
for d in DOMAINS:
    m = load(d)
    NAMES[d] = m.ORGS + m.NAMES + m.PERSONAS
    rows = []
    for cat, lines in m.L.items():
        for l in lines:
            rows.append((cat, l, line_regex(l), None))
    for s in m.SCEN:
        for cat in SCEN_CATS:
            for l in s[cat]:
                rows.append((cat, l, line_regex(l), s["id"]))
    MAT[d] = rows

CUST_CATS = {"complaint", "xq", "walkout", "capology", "press", "factq", "smalltalk", "pad_c", "verify_reply", "opens"}
def tag(d, text, sid, sp):
    n = norm(text)
    hits = []
    for cat, l, rx, s in MAT[d]:
        if s is not None and s != sid:
            continue
        if (cat in CUST_CATS) != (sp == "customer"):
            continue
        if rx.search(n):
            hits.append((cat, l))
    return hits

def has(hits, cat):
    return any(c == cat for c, _ in hits)

def derive(c, dom):
    sid = c["scenarioId"]; sc = SC[sid]; voice = c["channel"] == "voice"
    L = {}
    raw = sorted([t for t in c.get("turns", []) if t["speaker"] in ("agent", "customer")], key=lambda t: t["startMs"])
    if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in raw):
        return {k: "na" for k in CHECKS}, []
    cust = [t for t in raw if t["speaker"] == "customer"]
    def backch(t):
        return t["speaker"] == "agent" and is_backch(t["text"]) and any(u["startMs"] <= t["startMs"] and t["endMs"] <= u["endMs"] for u in cust)
    seq = [t for t in raw if not backch(t)]
    H = [tag(dom, t["text"], sid, t["speaker"]) for t in seq]
    ag = [i for i, t in enumerate(seq) if t["speaker"] == "agent"]
    ev = {e["type"]: e["atMs"] for e in c["events"] if e["type"] in ("agent-joined", "answered")}
    joined = ev.get("agent-joined", ev.get("answered", 0))
    L["greeting"] = "pass" if GREET.search(norm(seq[ag[0]]["text"])) else "fail"
    L["agent-id"] = "pass" if any(has(H[i], "id_ok") for i in ag[:2]) else "fail"
    last = seq[-1]
    if last["speaker"] == "customer" and has(H[-1], "walkout"):
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(has(H[i], "close_ok") for i in ag[-2:]) else "fail"
    L["forbidden-words"] = "fail" if any(has(H[i], "fb_mild") or has(H[i], "fb_rude") for i in ag) else "pass"
    L["politeness"] = "fail" if any(has(H[i], "fb_rude") for i in ag) else "pass"
    if sc["req"]["verification"]:
        v = next((i for i in ag if has(H[i], "verify_ask")), None)
        dsc = next((i for i in ag if has(H[i], "disclose")), None)
        L["verification"] = "pass" if v is not None and (dsc is None or v < dsc) else "fail"
    else:
        L["verification"] = "na"
    def latest_agent(k):
        j = max([i for i in ag if i <= k], default=None)
        return j
    def announced(k):
        j = latest_agent(k)
        return j is not None and has(H[j], "hold_ann")
    holdT = 15000 if voice else 30000; daT = 8000 if voice else 30000
    holds = []; dead = []
    if seq[0]["speaker"] == "agent" and seq[0]["startMs"] - joined >= daT:
        dead.append(0)
    for k in range(1, len(seq)):
        pv, nx = seq[k - 1], seq[k]
        owed = pv["speaker"] == "customer" or (pv["speaker"] == "agent" and nx["speaker"] == "agent")
        if not owed:
            continue
        gap = nx["startMs"] - pv["endMs"]
        if gap >= holdT:
            holds.append(k)
        if gap >= daT and not announced(k - 1):
            dead.append(k)
    hs = [e["atMs"] for e in c["events"] if e["type"] == "hold-start"]
    for a in hs:
        k = next((k for k in range(1, len(seq)) if seq[k - 1]["endMs"] <= a <= seq[k]["startMs"]), None)
        if k is not None and k not in holds:
            holds.append(k)
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        ok = True
        for k in holds:
            nxt = next((i for i in ag if i >= k), None)
            if not announced(k - 1) or nxt is None or not has(H[nxt], "hold_thx"):
                ok = False
        L["hold-etiquette"] = "pass" if ok else "fail"
    L["dead-air"] = "fail" if dead else "pass"
    if voice:
        intr = any(seq[i - 1]["speaker"] == "customer" and seq[i]["startMs"] <= seq[i - 1]["endMs"] - 1000 for i in ag if i > 0)
        L["interruption"] = "fail" if intr else "pass"
        tot_c = sum(spoken(seq[i]["text"]) for i in ag if seq[i]["endMs"] - seq[i]["startMs"] >= 1500)
        tot_ms = sum(seq[i]["endMs"] - seq[i]["startMs"] for i in ag if seq[i]["endMs"] - seq[i]["startMs"] >= 1500)
        rate = tot_c / (tot_ms / 60000) if tot_ms else 200
        if 120 <= rate <= 300:
            L["speech-rate"] = "pass"
        elif rate < 110 or rate > 320:
            L["speech-rate"] = "fail"
        else:
            L["speech-rate"] = "unclear"
    else:
        L["interruption"] = "na"; L["speech-rate"] = "na"
    comps = [k for k, t in enumerate(seq) if t["speaker"] == "customer" and has(H[k], "complaint")]
    if not comps:
        L["empathy"] = "na" if not sc["req"]["empathy"] else "unclear"
    else:
        ok = True
        for k in comps:
            nx2 = [i for i in ag if i > k][:2]
            if not nx2 or has(H[nx2[0]], "fb_rude") or not any(has(H[i], "empathy") for i in nx2):
                ok = False
        L["empathy"] = "pass" if ok else "fail"
    res = "pass"
    for n, i in enumerate(ag):
        if has(H[i], "nonans"):
            nxt = ag[n + 1] if n + 1 < len(ag) else None
            if not (has(H[i], "xa") or (nxt is not None and has(H[nxt], "xa"))):
                res = "fail"
    for k, t in enumerate(seq):
        if t["speaker"] == "customer" and has(H[k], "factq") and not any(has(H[i], "factt") for i in ag if i > k):
            res = "fail"
    L["resolution"] = res
    L["first-response"] = "pass" if seq[ag[0]]["startMs"] - joined <= sc["sla"][0] else "fail"
    pend = None; lat = "pass"
    for k, t in enumerate(seq):
        if t["speaker"] == "customer":
            if pend is None:
                pend = (t["endMs"], k)
        else:
            if pend is not None:
                if t["startMs"] - pend[0] > sc["sla"][1] and not announced(pend[1]):
                    lat = "fail"
                pend = None
    L["response-latency"] = lat
    occ = []
    for i in ag:
        n = norm(seq[i]["text"])
        for v in [sc["expected"]] + sc["variants"]:
            for mm in re.finditer(re.escape(norm(v)), n):
                occ.append((i, mm.start(), "ok"))
        for v in sc["wrong"]:
            for mm in re.finditer(re.escape(norm(v)), n):
                occ.append((i, mm.start(), "wrong"))
    occ.sort()
    L["fact-accuracy"] = "pass" if occ and occ[-1][2] == "ok" else "fail"
    L["no-misinformation"] = "fail" if any(o[2] == "wrong" for o in occ) else "pass"
    L["record-reference"] = ("pass" if any(REF.search(norm(seq[i]["text"])) for i in ag) else "fail") if sc["req"]["reference"] else "na"
    L["survey-offered"] = ("pass" if any(SURVEY.search(norm(seq[i]["text"])) for i in ag) else "fail") if sc["req"]["survey"] else "na"
    L["required-info"] = "pass" if all(any(re.search(p, norm(seq[i]["text"])) for i in ag) for p in sc["patterns"]) else "fail"
    used = [(cat, l) for h in H for cat, l in h]
    return L, used

def lint():
    for d in DOMAINS:
        m = load(d); rows = MAT[d]
        for cat, l, rx, s in rows:
            if cat in AGENT_CATS:
                for kw, (pat, owners) in KW.items():
                    if cat not in owners and re.search(pat, norm(l)) and not (kw == "closing" and cat == "pad_a"):
                        problems.append(f"lint {d}: {cat} line carries {kw} words: {l}")
            for cat2, l2, rx2, s2 in rows:
                if cat2 != cat and (s is None or s2 is None or s == s2) and rx.search(norm(re.sub(r'\{[a-z]+\}', 'X1', l2))):
                    if cat in DECISIVE + SCEN_CATS:
                        problems.append(f"lint {d}: {cat} line '{l}' found inside {cat2} line '{l2}'")
        for s in m.SCEN:
            for t in s["factt"]:
                if "{v}" not in t:
                    problems.append(f"lint {d}: fact line without value slot: {t}")
            F = s["fact"]; vals = [F["expected"]] + F["variants"] + F["wrong"]
            for a in [F["expected"]] + F["variants"]:
                for w in F["wrong"]:
                    if a in w or w in a:
                        problems.append(f"lint {d}: accepted {a} vs wrong {w} substring")
            for cat, l, rx, s2 in rows:
                if cat == "factt" or s2 not in (None, s["id"]) or cat == "volunteer":
                    continue
                for v in vals:
                    if norm(v) in norm(l):
                        problems.append(f"lint {d}: value {v} appears in {cat} line {l}")
            pat = s["info"]["pattern"]
            for a in s["asks"]:
                if not re.search(pat, norm(a)):
                    problems.append(f"lint {d}: info pattern misses ask {a}")
            for cat, l, rx, s2 in rows:
                if cat == "asks" and s2 == s["id"]:
                    continue
                if re.search(pat, norm(l)):
                    problems.append(f"lint {d}: info pattern {pat} matches {cat} line {l}")
            if re.search(pat, norm(s["volunteer"])) and False:
                pass
    # a core wording lives in one domain only
    owner = {}
    for d in DOMAINS:
        for cat, l, rx, s in MAT[d]:
            if cat in DECISIVE or cat in SCEN_CATS:
                k = core(l, NAMES[d])
                if k in owner and owner[k][0] != d:
                    problems.append(f"lint: core '{k}' shared by {owner[k]} and {d}:{l}")
                owner.setdefault(k, (d, l))

def main():
    lint()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf8") if l.strip()]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf8") if l.strip()}
    dis = 0; derived = {}; rep = Counter(); rep_ex = {}
    for c in contacts:
        lab = labels[c["contactId"]]; dom = lab["domain"]
        L, used = derive(c, dom)
        derived[c["contactId"]] = L
        for cat, l in used:
            if cat in DECISIVE or cat in SCEN_CATS:
                k = (core(l, NAMES[dom]))
                rep[k] += 1; rep_ex[k] = (dom, cat, l)
        for k in CHECKS:
            if L[k] != lab["labels"][k]:
                dis += 1; problems.append(f"disagree {c['contactId']} {k}: label {lab['labels'][k]} derived {L[k]}")
            if lab["labels"][k] == "fail" and not lab.get("why", {}).get(k):
                problems.append(f"no reason {c['contactId']} {k}")
    reasons = Counter(v for l in labels.values() for v in l.get("why", {}).values())
    for r, n in reasons.items():
        if n > 1:
            problems.append(f"reason used {n}x: {r}")
    over = [(k, n) for k, n in rep.items() if n > 3]
    for k, n in sorted(over, key=lambda x: -x[1]):
        problems.append(f"repetition {n}x: {rep_ex[k]}")
    # mutation check
    rng = random.Random(5); caught = 0
    for c in contacts:
        lab = labels[c["contactId"]]["labels"]
        k = rng.choice(CHECKS); alt = [x for x in ("pass", "fail", "na") if x != lab[k]]
        mut = dict(lab); mut[k] = rng.choice(alt)
        if any(mut[x] != derived[c["contactId"]][x] for x in CHECKS):
            caught += 1
    # counts
    tab = {k: Counter(l["labels"][k] for l in labels.values()) for k in CHECKS}
    print(f"{'check':18} pass fail   na")
    for k in CHECKS:
        print(f"{k:18} {tab[k]['pass']:4} {tab[k]['fail']:4} {tab[k]['na']:4}")
    for k in CHECKS:
        need = 15 if k in ("interruption", "speech-rate") else (25 if k not in ("first-response", "required-info") else 0)
        if tab[k]["fail"] < need or (need == 25 and tab[k]["pass"] < 25):
            problems.append(f"balance {k}: {dict(tab[k])}")
    print(f"contacts {len(contacts)}; disagreements {dis}; mutation caught {caught}/{len(contacts)}; decisive wordings counted {len(rep)}, max use {max(rep.values())}")
    for p in problems[:80]:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    sys.exit(1 if problems or caught != len(contacts) else 0)

if __name__ == "__main__":
    main()
