"""Re-derive every label from contacts.jsonl + material + scenarios; lint material; mutation check; wording-reuse count."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mat_common as C
from plan import DOMS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIG = dict(zip("0123456789", "零幺二三四五六七八九"))
HOMO = [("公号", "工号"), ("在见", "再见"), ("公单", "工单"), ("少等", "稍等")]
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption", "dead-air", "speech-rate",
          "empathy", "resolution", "first-response", "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
def norm(t):
    t = re.sub(r"[，。？！、；：,.?!‘’~～\s]", "", t)
    t = re.sub(r"[0-9]", lambda m: DIG[m.group()], t)
    for a, b in HOMO: t = t.replace(a, b)
    return t
NUM = "[0-9A-Za-z零幺一二三四五六七八九两]{3,}"
ALLNAMES = "|".join(n for d in DOMS for n in d["names"])
def tmpl_re(s):
    s = norm(s.replace("{id}", "\x01").replace("{name}", "\x02").replace("{ref}", "\x03").replace("{org}", "\x04"))
    s = re.escape(s).replace("\x01", NUM).replace("\x02", f"(?:{ALLNAMES})").replace("\x03", "[A-Za-z]{2}[零幺二三四五六七八九]{6,}").replace("\x04", "(?:" + "|".join(d["org"] for d in DOMS) + ")")
    return re.compile(s)
GREETW = ["您好", "你好", "欢迎", "上午好", "下午好", "晚上好", "早上好"]
ID_RE = [tmpl_re(f) for f in C.ID_FORMS]
CLOSE_PARTS = [norm(p) for p in C.CLOSE_THANKS + C.CLOSE_WISH + C.CLOSE_BYE_V + C.CLOSE_BYE_C]
HOLD_ANN = [norm(x) for x in C.combos(C.HOLD_LEAD, C.HOLD_ACT, "，")]
HOLD_TH = [norm(x) for x in C.HOLD_THANKS]
EMP = {d["key"]: [norm(x) for x in C.combos(C.EMPATHY_A, d["emp_tail"], "，")] for d in DOMS}
SURV = [norm(l + b) for l in C.SURVEY_LEAD for b in C.SURVEY_BODY_V + C.SURVEY_BODY_C]
REF_RE = [tmpl_re(n) for n in C.REF_NOUN]
VER = [norm(x) for x in C.VERIFY_ASK]
RUDE = [norm(r) for d in DOMS for _, r in d["rude"]]
FORB = [norm(r) for d in DOMS for _, r in d["forbid"]]
WALK = [norm(x) for x in C.WALKOUT_V + C.WALKOUT_C]
BC = set(norm(x) for x in C.BACKCHANNEL)
SCEN = {sc["id"]: (d, sc) for d in DOMS for sc in d["scen"]}

def has(t, pool): return any(p in t for p in pool)

def derive(o):
    d, sc = SCEN[o["scenarioId"]]
    chat = o["channel"] == "webchat"
    ev = {e["type"]: e["atMs"] for e in o["events"]}
    T = [dict(t, n=norm(t["text"])) for t in o["turns"]]
    for t in T: t["bc"] = t["speaker"] == "agent" and t["n"] in BC
    ag = [i for i, t in enumerate(T) if t["speaker"] == "agent" and not t["bc"]]
    L = {}
    f0 = T[ag[0]]["n"]
    L["greeting"] = "pass" if has(f0[:9], GREETW) else "fail"
    L["agent-id"] = "pass" if any(r.search(T[i]["n"]) for i in ag[:2] for r in ID_RE) else "fail"
    if T[-1]["speaker"] == "customer" and any(T[-1]["n"].endswith(w) for w in WALK): L["closing"] = "na"
    else: L["closing"] = "pass" if any(has(T[i]["n"], CLOSE_PARTS) for i in ag[-2:]) else "fail"
    atext = [T[i]["n"] for i in ag]
    L["forbidden-words"] = "fail" if any(has(t, RUDE + FORB) for t in atext) else "pass"
    L["politeness"] = "fail" if any(has(t, RUDE) for t in atext) else "pass"
    if sc["requires"]["verification"]:
        dis = [norm(x) for x in sc["disclose"]]
        vi = next((k for k, t in enumerate(atext) if has(t, VER)), None)
        di = next((k for k, t in enumerate(atext) if has(t, dis)), None)
        L["verification"] = "pass" if vi is not None and (di is None or vi < di) else "fail"
    else: L["verification"] = "na"
    # silences
    holdthr, deadthr = (30000, 30000) if chat else (15000, 8000)
    first = ag[0]
    holds, dead = [], False
    joined = ev.get("agent-joined", ev.get("answered", 0))
    if T[first]["startMs"] - joined >= deadthr: dead = True
    maxend = T[first]["endMs"]; prev = first
    seq = [i for i in range(first + 1, len(T)) if not T[i]["bc"]]
    lastag = first
    for i in seq:
        t = T[i]; gap = t["startMs"] - maxend
        owed = t["speaker"] == "agent" or T[prev]["speaker"] == "customer"
        if owed and t["speaker"] == "agent" and gap >= holdthr:
            ann = has(T[lastag]["n"], HOLD_ANN)
            holds.append(ann and has(t["n"], HOLD_TH))
            if not ann: dead = True
        elif owed and gap >= deadthr:
            dead = True
        if t["speaker"] == "agent": lastag = i
        maxend = max(maxend, t["endMs"]); prev = i
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"
    if chat: L["interruption"] = L["speech-rate"] = "na"
    else:
        intr = False
        for i in ag:
            p = i - 1
            while p >= 0 and T[p]["bc"]: p -= 1
            if p >= 0 and T[p]["speaker"] == "customer" and T[p]["endMs"] - T[i]["startMs"] >= 1000: intr = True
        L["interruption"] = "fail" if intr else "pass"
        ch = du = 0
        for i in ag:
            dd = T[i]["endMs"] - T[i]["startMs"]
            if dd >= 1500: ch += len(T[i]["n"]); du += dd
        r = ch / (du / 60000)
        L["speech-rate"] = "pass" if 120 <= r <= 300 else "fail"
    comps = [i for i, t in enumerate(T) if t["speaker"] == "customer" and has(t["n"], [norm(x) for x in d["complaints"]])]
    if not comps: L["empathy"] = "fail" if sc["requires"]["empathy"] else "na"
    else:
        ok = True
        for i in comps:
            nx = [k for k in ag if k > i][:2]
            if not any(has(T[k]["n"], EMP[d["key"]]) for k in nx): ok = False
        L["empathy"] = "pass" if ok else "fail"
    res = True
    vals_ok = [norm(v) for v in [sc["fact"]["expected"]] + sc["fact"]["variants"]]
    vals_bad = [norm(v) for v in sc["fact"]["wrong"]]
    for i, t in enumerate(T):
        if t["speaker"] != "customer": continue
        for q, na, ans in d["side"]:
            if norm(q) in t["n"]:
                nx = [k for k in ag if k > i]
                if nx and T[nx[0]]["n"].endswith(norm(na)) and not any(norm(ans) in T[k]["n"] for k in nx): res = False
        if has(t["n"], [norm(a) for a in sc["fact"]["ask"]]):
            if not any(has(T[k]["n"], vals_ok + vals_bad) for k in ag if k > i): res = False
    L["resolution"] = "pass" if res else "fail"
    L["first-response"] = "pass" if T[first]["startMs"] - joined <= sc["sla"]["firstResponseMs"] else "fail"
    lat = True; pending = None; lastag = first
    for i in seq:
        t = T[i]
        if t["speaker"] == "customer":
            if pending is None: pending = (t["endMs"], lastag)
        elif t["speaker"] == "agent":
            if pending is not None:
                dl = t["startMs"] - pending[0]
                exempt = has(T[pending[1]]["n"], HOLD_ANN)
                if dl > sc["sla"]["responseLatencyMs"] and not exempt: lat = False
                pending = None
            lastag = i
    L["response-latency"] = "pass" if lat else "fail"
    last = None
    for k in ag:
        for v in vals_ok + vals_bad:
            for m in re.finditer(re.escape(v), T[k]["n"]):
                key = (k, m.start())
                if last is None or key > last[0]: last = (key, v in vals_ok)
    L["fact-accuracy"] = "pass" if last and last[1] else "fail"
    L["no-misinformation"] = "fail" if any(has(t, vals_bad) for t in atext) else "pass"
    L["record-reference"] = ("pass" if any(r.search(t) for t in atext for r in REF_RE) else "fail") if sc["requires"]["reference"] else "na"
    L["survey-offered"] = ("pass" if any(has(t, SURV) for t in atext) else "fail") if sc["requires"]["survey"] else "na"
    L["required-info"] = "pass" if any(re.search(sc["info"]["pattern"], t) for t in atext) else "fail"
    return L

def lint():
    errs = []
    empw = ["抱歉", "不好意思", "理解", "对不住", "添麻烦"]
    for d in DOMS:
        lines = [r for _, r in d["rude"]] + [r for _, r in d["forbid"]] + [x[1] for x in d["side"]] + [x[2] for x in d["side"]] + d["proc"] + [f[1] for f in d["fill"]] + C.NEUTRAL + C.LOOKALIKE + C.NC_B
        for l in lines:
            n = norm(l)
            if has(n, empw): errs.append(("empathy word", l))
            if has(n, CLOSE_PARTS): errs.append(("closing word", l))
            if has(n, SURV + ["评价", "打分"]): errs.append(("survey word", l))
            if has(n, HOLD_ANN + VER): errs.append(("hold/verify", l))
        for l in [r for _, r in d["forbid"]] + [x[1] for x in d["side"]]:
            if has(norm(l), RUDE): errs.append(("rude in forbid/nonanswer", l))
        for sc in d["scen"]:
            f = sc["fact"]
            for s in f["state"]:
                if "{v}" not in s: errs.append(("fact line without value", s))
            vals = [norm(v) for v in [f["expected"]] + f["variants"] + f["wrong"]]
            for a in vals:
                for b in vals:
                    if a != b and a in b: errs.append(("value substring", a, b))
            others = lines + d["complaints"] + [x[0] for x in d["side"]] + [r for r, _ in d["rude"]] + [r for r, _ in d["forbid"]] + sum((s2["disclose"] for s2 in d["scen"]), [])
            for l in others:
                if has(norm(l), vals): errs.append(("fact value outside fact line", l))
            for a in sc["info"]["ask"]:
                if not re.search(sc["info"]["pattern"], norm(a)): errs.append(("info ask not matched", a))
            allother = [l for d2 in DOMS for l in (d2["proc"] + [f2[1] for f2 in d2["fill"]] + [f2[0] for f2 in d2["fill"]] + [r for _, r in d2["rude"]] + [r for _, r in d2["forbid"]] + [x[2] for x in d2["side"]] + [x[0] for x in d2["side"]] + d2["complaints"] + d2["say"] if False else d2["proc"] + [f2[1] for f2 in d2["fill"]] + [f2[0] for f2 in d2["fill"]] + [r for _, r in d2["rude"]] + [r for _, r in d2["forbid"]] + [x[2] for x in d2["side"]] + [x[0] for x in d2["side"]] + d2["complaints"])] + C.combos(C.REF_LEAD, C.REF_NOUN) + C.VERIFY_ASK + C.WRAP_Q + [s2["info"]["vol"] for s2 in d["scen"]] + sum((s2["say"] for s2 in d["scen"]), [])
            for l in allother:
                if re.search(sc["info"]["pattern"], norm(l)): errs.append(("info regex matches a non-ask", sc["id"], l))
    return errs

def wording_counts(contacts):
    cnt = collections.Counter()
    pools = {"closing": [norm(x) for x in set(C.closings(0) + C.closings(1))], "nonclose": [norm(x) for x in C.combos(C.NC_A, C.NC_B)],
             "holdann": HOLD_ANN, "holdthanks": [norm(x) for x in C.combos(C.HOLD_THANKS, C.THANK_TAIL)], "survey": SURV,
             "verify": [norm(x) for x in C.combos(C.VERIFY_LEAD, C.VERIFY_ASK)], "interrupt": [norm(x) for x in C.combos(C.INTERRUPT_A, C.INTERRUPT_B)],
             "rude": RUDE, "forbid": FORB, "empathy": sum(EMP.values(), []), "nonanswer": [norm(x[1]) for d in DOMS for x in d["side"]],
             "ref": [norm(l + n.replace("{ref}", "\x03") + t) for l in C.REF_LEAD for n in C.REF_NOUN for t in C.REF_TAIL]}
    refre = [(p, re.compile(re.escape(p).replace("\x03", "[A-Za-z]{2}[零幺二三四五六七八九]{6,}"))) for p in pools.pop("ref")]
    for o in contacts:
        ag = [norm(t["text"]) for t in o["turns"] if t["speaker"] == "agent"]
        for k, t in enumerate(ag):
            for cat, pool in pools.items():
                if cat == "nonanswer":
                    if t in pool: cnt[(cat, t)] += 1
                    continue
                m = [p for p in pool if p in t]
                if m: cnt[(cat, max(m, key=len))] += 1
            m = [p for p, r in refre if r.search(t)]
            if m: cnt[("ref", max(m, key=len))] += 1
            if k == 0:
                gm = [(o_, tl) for o_ in C.GREET_OPEN for tl in C.GREET_TAIL if re.match(".{0,3}" + tmpl_re(o_).pattern + ".*" + re.escape(norm(tl)), t)]
                if gm: o_, tl = max(gm, key=lambda x: len(x[0])); cnt[("greet", o_ + "|" + tl)] += 1
                bm = [b for b in C.BIZ_OPEN if tmpl_re(b).match(t)]
                if bm: cnt[("bizopen", max(bm, key=len))] += 1
                for r in ID_RE:
                    mm = r.search(t)
                    if mm: cnt[("id", mm.group())] += 1
    return cnt

def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
    dis, derived = [], {}
    for o in contacts:
        if not o["turns"] or o["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in o["turns"]):
            D = {k: "na" for k in CHECKS}
        else: D = derive(o)
        derived[o["contactId"]] = D
        for k in CHECKS:
            if D[k] != labels[o["contactId"]]["labels"][k]: dis.append((o["contactId"], k, labels[o["contactId"]]["labels"][k], D[k]))
    for x in dis[:60]: print("DISAGREE", *x)
    print("disagreements:", len(dis))
    errs = lint()
    for e in errs[:40]: print("LINT", *e)
    print("lint problems:", len(errs))
    caught = 0
    for n, (cid, lab) in enumerate(sorted(labels.items())):
        k = CHECKS[n % len(CHECKS)]; v = lab["labels"][k]
        flipped = {"pass": "fail", "fail": "pass", "na": "pass"}[v]
        if flipped != derived[cid][k]: caught += 1
    print(f"mutation check: {caught}/{len(labels)} caught")
    cnt = wording_counts(contacts)
    over = [(k, v) for k, v in cnt.items() if v > 3]
    for k, v in sorted(over, key=lambda x: -x[1])[:30]: print("REUSED>3", k, v)
    print("decisive wordings used >3 times:", len(over), "| distinct decisive wordings:", len(cnt))
    tab = collections.defaultdict(collections.Counter)
    for l in labels.values():
        for k in CHECKS: tab[k][l["labels"][k]] += 1
    print(f"{'check':20s} pass fail   na")
    for k in CHECKS: print(f"{k:20s} {tab[k]['pass']:4d} {tab[k]['fail']:4d} {tab[k]['na']:4d}")
    return 0 if not dis and not errs and caught == len(labels) and not over else 1

if __name__ == "__main__":
    sys.exit(main())
