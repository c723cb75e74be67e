"""Validator for independent-dev17c.

Re-derives every label from contacts.jsonl (text and timestamps), the hand-written material (mat_*.py) and the
scenario YAML files alone -- it does not import gen.py or plan.py. Then lints the material and runs a mutation
check (one flipped label per contact must be caught). Exit status 1 on any disagreement or lint problem.
"""
import glob, importlib, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
DOMAINS = ["youth", "checkup", "yacht", "catering", "tutor", "milk"]
MAT = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]

# ---------- normalisation (speech-recognition text and typed text to one form) ----------
DIG = "零一二三四五六七八九"
UNHOMO = {"公号": "工号", "在见": "再见", "公单": "工单", "少等": "稍等", "和对": "核对", "平价": "评价", "满意肚": "满意度"}
PUNCT = "，。？！、：；,.?!:;-～…“”（）()"
FILL = re.compile(r"(?:呃|那个|嗯|就是) ")


def natural(n):
    n = int(n)
    if n < 10:
        return DIG[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else DIG[t]) + "十" + ("" if o == 0 else DIG[o])


def norm(s):
    s = "".join(" " if ch in PUNCT else ch for ch in s)
    s = re.sub(r"\s+", " ", s).strip() + " "
    prev = None
    while prev != s:
        prev, s = s, FILL.sub("", s)
    s = re.sub(r"\d+", lambda m: natural(m.group(0)) if len(m.group(0)) <= 2 else "".join(DIG[int(c)] for c in m.group(0)), s)
    s = s.replace("幺", "一")
    for k, v in UNHOMO.items():
        s = s.replace(k, v)
    return s.replace(" ", "")


def spoken(s):
    return len([c for c in s if not c.isspace() and c not in PUNCT])


# ---------- scenarios ----------
def load_scenarios():
    out = {}
    for p in sorted(glob.glob(os.path.join(OUT, "scenarios", "*.yaml"))):
        t = open(p, encoding="utf-8").read()
        g = lambda pat: re.search(pat, t).group(1)
        lst = lambda key: json.loads("[" + re.search(key + r": \[(.*?)\]", t).group(1) + "]")
        sid = g(r"^id: (\S+)")
        out[sid] = dict(
            expected=json.loads(g(r"expected: (\".*?\")")), variants=lst("variants"), wrong=lst("wrong"),
            pattern=json.loads(re.search(r"patterns: \[(\".*?\")\]", t).group(1)),
            requires={k: g(k + r": (true|false)") == "true" for k in ("verification", "reference", "empathy", "survey")},
            fr=int(g(r"firstResponseMs: (\d+)")), lat=int(g(r"responseLatencyMs: (\d+)")),
            domain=g(r"tags: \[[^,]+, (\w+)\]"))
    return out


# ---------- material, normalised ----------
def cat(M, name):
    return [norm(x) for x in getattr(M, name)]


def mat_index(M):
    I = {k: cat(M, k) for k in ["GREET", "NOGREET", "ID", "IDNEG", "WRAP", "CLOSE", "ENDNC", "LOOK", "VERIF_ASK",
                                "VERIF_OK", "HOLD_ANN", "HOLD_THX", "EMP", "NONANS", "SURVEY", "ACK", "CORR",
                                "C_COMPLAIN", "C_APOL", "C_PRESS", "C_VERIF", "C_WALK", "C_BYE"]}
    I["FORBID"] = [norm(l) for l, r in M.FORBID]
    I["RUDE"] = [norm(l) for l, r in M.FORBID if r]
    I["SIDEQ"] = [norm(q) for q, a in M.C_SIDE]
    I["SIDEA"] = [norm(a) for q, a in M.C_SIDE]
    I["REF"] = [re.escape(norm(x.replace("{ref}", "QQQ"))).replace("QQQ", r"[A-Z]{2}[零一二三四五六七八九]{7}") for x in M.REF]
    return I


def has(text, lines):
    return any(l in text for l in lines)


GREET_RE = re.compile(r"您好|你好|欢迎|早上好|上午好|中午好|下午好|晚上好")
APOL_RE = re.compile(r"抱歉|对不起|不好意思|道歉|理解您|委屈")
BACKCH = {"嗯嗯", "对", "好的", "嗯", "对对"}


def derive(c, S, I):
    """Labels from the written contact alone."""
    L, voice = {}, c["channel"] == "voice"
    turns = c["turns"]
    if not any(t["speaker"] == "agent" for t in turns):
        return {k: "na" for k in CHECKS}
    for t in turns:
        t["n"] = norm(t["text"])
        t["bc"] = t["speaker"] == "agent" and re.sub(r"[\s，。！？]", "", t["text"]) in BACKCH
    ag = [t for t in turns if t["speaker"] == "agent" and not t["bc"]]
    main = [t for t in turns if not t["bc"] and t["speaker"] in ("agent", "customer")]
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    pf = lambda ok: "pass" if ok else "fail"
    # 规范性
    L["greeting"] = pf(bool(GREET_RE.search(ag[0]["n"][:8])))
    L["agent-id"] = pf(any(has(t["n"], I["ID"]) for t in ag[:2]))
    last = main[-1]
    if last["speaker"] == "customer" and has(last["n"], I["C_WALK"]):
        L["closing"] = "na"
    else:
        L["closing"] = pf(any(has(t["n"], I["CLOSE"]) for t in ag[-2:]))
    L["forbidden-words"] = pf(not any(has(t["n"], I["FORBID"]) for t in ag))
    L["politeness"] = pf(not any(has(t["n"], I["RUDE"]) for t in ag))
    # facts and disclosure positions
    vals_ok = [norm(v) for v in [S["expected"]] + S["variants"]]
    vals_bad = [norm(v) for v in S["wrong"]]
    stated = []  # (turn idx, pos, ok)
    for k, t in enumerate(ag):
        for v in vals_ok + vals_bad:
            for m in re.finditer(re.escape(v), t["n"]):
                stated.append((k, m.start(), v in vals_ok))
    stated.sort()
    refpos = [(k, re.search(r, t["n"]).start()) for k, t in enumerate(ag) for r in I["REF"] if re.search(r, t["n"])]
    if S["requires"]["verification"]:
        checks = [(k, t["n"].find(l)) for k, t in enumerate(ag) for l in I["VERIF_ASK"] + I["VERIF_OK"] if l in t["n"]]
        disc = sorted([(k, p) for k, p, _ in stated] + refpos)
        if not checks:
            L["verification"] = "fail"
        else:
            L["verification"] = pf(not disc or min(checks) < disc[0])
    else:
        L["verification"] = "na"
    # timing: silences where the agent owes the word
    join = ev.get("agent-joined", ev.get("answered"))
    holds, deads = [], []
    hs_pairs = [(e["atMs"]) for e in c["events"] if e["type"] == "hold-start"]
    dead_th, hold_th = (8000, 15000) if voice else (30000, 30000)
    first_agent = ag[0]
    if first_agent["startMs"] - join >= dead_th:
        deads.append(first_agent)
    end_so_far = None
    prev = None
    for t in main:
        if prev is not None and t["speaker"] == "agent":
            gap = t["startMs"] - end_so_far
            before = [a for a in ag if a["startMs"] < t["startMs"]]
            announced = bool(before) and has(before[-1]["n"], I["HOLD_ANN"])
            evhold = any(end_so_far <= h <= t["startMs"] for h in hs_pairs)
            if gap >= hold_th or evhold:
                holds.append((announced, has(t["n"], I["HOLD_THX"])))
            if gap >= dead_th and not announced:
                deads.append(t)
        end_so_far = t["endMs"] if end_so_far is None else max(end_so_far, t["endMs"])
        prev = t
    L["hold-etiquette"] = "na" if not holds else pf(all(a and b for a, b in holds))
    L["dead-air"] = pf(not deads)
    if voice:
        intr = False
        for t in ag:
            cs = [x for x in turns if x["speaker"] == "customer" and x["startMs"] < t["startMs"]]
            if cs and t["startMs"] <= cs[-1]["endMs"] - 1000:
                intr = True
        L["interruption"] = pf(not intr)
        long_ = [t for t in ag if t["endMs"] - t["startMs"] >= 1500]
        chars = sum(spoken(t["text"]) for t in long_)
        mins = sum(t["endMs"] - t["startMs"] for t in long_) / 60000
        rate = chars / mins if mins else 200
        L["speech-rate"] = pf(120 <= rate <= 300)
    else:
        L["interruption"] = L["speech-rate"] = "na"
    # empathy
    comps = [i for i, t in enumerate(main) if t["speaker"] == "customer" and has(t["n"], I["C_COMPLAIN"])]
    if not comps and not S["requires"]["empathy"]:
        L["empathy"] = "na"
    else:
        ok = bool(comps)
        for i in comps:
            nxt = [t for t in main[i + 1:] if t["speaker"] == "agent"][:2]
            ok = ok and any((has(t["n"], I["EMP"]) or APOL_RE.search(t["n"])) and not has(t["n"], I["RUDE"]) for t in nxt)
        L["empathy"] = pf(ok)
    # resolution
    res = bool(stated)
    for i, t in enumerate(main):
        if t["speaker"] == "customer" and has(t["n"], I["SIDEQ"]):
            nxt = [x for x in main[i + 1:] if x["speaker"] == "agent"][:2]
            if nxt and nxt[0]["n"] in I["NONANS"]:
                if not (len(nxt) > 1 and has(nxt[1]["n"], I["SIDEA"])):
                    res = False
    L["resolution"] = pf(res)
    # 及时性
    L["first-response"] = pf(first_agent["startMs"] - join <= S["fr"])
    lat_ok = True
    pending = None
    nudges = {"在吗", "有人吗", "还在吗", "人呢"}
    for t in main:
        if t["speaker"] == "customer":
            if pending is None:
                pending = t["endMs"]
        elif pending is not None:
            before = [a for a in ag if a["startMs"] < t["startMs"]]
            announced = bool(before) and has(before[-1]["n"], I["HOLD_ANN"])
            if t["startMs"] - pending > S["lat"] and not announced:
                lat_ok = False
            pending = None
    L["response-latency"] = pf(lat_ok)
    # 准确性
    L["fact-accuracy"] = pf(bool(stated) and stated[-1][2])
    L["no-misinformation"] = pf(not any(not ok for _, _, ok in stated))
    # 完整性
    L["record-reference"] = pf(bool(refpos)) if S["requires"]["reference"] else "na"
    L["survey-offered"] = pf(any(re.search(r"评价|满意度|打分|打一下分|打个分|评个分|评个价|宝贵意见|满意的话", t["n"]) for t in ag)) if S["requires"]["survey"] else "na"
    pat = re.compile(S["pattern"])
    L["required-info"] = pf(any(pat.search(t["n"]) for t in ag))
    return {k: L[k] for k in CHECKS}


# ---------- lint ----------
DECISIVE = ["GREET", "ID", "CLOSE", "FORBID", "LOOK", "VERIF_ASK", "VERIF_OK", "HOLD_ANN", "HOLD_THX", "EMP",
            "NONANS", "SURVEY", "WRAP", "ENDNC", "IDNEG", "NOGREET", "ACK", "SIDEA"]


CONTAINED = {"ID", "CLOSE", "FORBID", "VERIF_ASK", "VERIF_OK", "HOLD_ANN", "HOLD_THX", "EMP", "NONANS", "SURVEY"}


def lint(scen):
    probs = []
    for d in DOMAINS:
        M = MAT[d]
        I = mat_index(M)
        raw = {k: getattr(M, k) for k in DECISIVE if hasattr(M, k)}
        raw["FORBID"] = [l for l, _ in M.FORBID]
        raw["SIDEA"] = [a for _, a in M.C_SIDE]
        allagent = []
        for k, v in raw.items():
            for x in v:
                if re.search(r"(?:呃|那个|嗯|就是)(?:[，。？！、：；]|$)", x) or "呃" in x:
                    probs.append(f"{d} {k}: filler before punctuation: {x}")
                for h in UNHOMO:
                    if h in x:
                        probs.append(f"{d} {k}: contains homophone form {h}: {x}")
                allagent.append((k, x, norm(x)))
            if k not in ("ACK", "ENDNC", "IDNEG", "NOGREET") and len(set(v)) < 8:
                probs.append(f"{d} {k}: only {len(set(v))} distinct lines")
        # no line of one decisive category contains a line of another
        for k1, x1, n1 in allagent:
            for k2, x2, n2 in allagent:
                if k1 != k2 and k2 in CONTAINED and n2 in n1:
                    probs.append(f"{d}: {k1} line '{x1}' contains {k2} line '{x2}'")
        for k, x, n in allagent:
            if k in ("NOGREET",) and GREET_RE.search(n):
                probs.append(f"{d} NOGREET has a greeting word: {x}")
            if k != "EMP" and k not in ("HOLD_THX", "CORR", "LOOK") and APOL_RE.search(n):
                probs.append(f"{d} {k} has an apology word: {x}")
            if k != "SURVEY" and re.search(r"评价|满意度|打分|打一下分|打个分|评个分|评个价|宝贵意见|满意的话", n):
                probs.append(f"{d} {k} reads as a survey: {x}")
            if k != "CLOSE" and has(n, I["CLOSE"]):
                probs.append(f"{d} {k} contains a closing: {x}")
        for S in M.SCEN:
            sc = scen[S["id"]]
            ok = [norm(v) for v in [sc["expected"]] + sc["variants"]]
            bad = [norm(v) for v in sc["wrong"]]
            for a in ok:
                for b in bad:
                    if a in b or b in a:
                        probs.append(f"{S['id']}: accepted {a} and wrong {b} overlap")
            for fl in S["fact_lines"]:
                if "{v}" not in fl:
                    probs.append(f"{S['id']}: fact line without its value: {fl}")
            others = [n for _, _, n in allagent] + [norm(x) for T in M.SCEN for x in T["info_asks"]] + \
                     [norm(f) for T in M.SCEN for f in T["fact_lines"] if T is not S]
            for v in ok + bad:
                for n in others:
                    if v in n:
                        probs.append(f"{S['id']}: value {v} appears outside its fact lines: {n}")
            pat = re.compile(sc["pattern"])
            for a in S["info_asks"]:
                if not pat.search(norm(a)):
                    probs.append(f"{S['id']}: info regex misses its ask: {a}")
            for n in [n for _, _, n in allagent] + [norm(f.replace("{v}", "")) for T in M.SCEN for f in T["fact_lines"]] + \
                     [norm(x) for T in M.SCEN if T is not S for x in T["info_asks"]]:
                if pat.search(n):
                    probs.append(f"{S['id']}: info regex matches a non-ask: {n}")
    return probs


def main():
    scen = load_scenarios()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8") if l.strip()]
    labels = {j["contactId"]: j for j in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") if l.strip())}
    idx = {d: mat_index(MAT[d]) for d in DOMAINS}
    dis = []
    derived = {}
    for c in contacts:
        S = scen[c["scenarioId"]]
        D = derive(c, S, idx[S["domain"]])
        derived[c["contactId"]] = D
        lab = labels[c["contactId"]]
        for k in CHECKS:
            if lab["labels"][k] != D[k]:
                dis.append(f"{c['contactId']} {k}: label {lab['labels'][k]} derived {D[k]}")
        for k in CHECKS:
            if lab["labels"][k] == "fail" and not lab["why"].get(k):
                dis.append(f"{c['contactId']} {k}: fail without a reason")
    probs = lint(scen)
    # mutation check: flip one label per contact (cycling through the checks); the re-derivation must disagree
    caught = 0
    for i, c in enumerate(contacts):
        k = CHECKS[i % len(CHECKS)]
        orig = labels[c["contactId"]]["labels"][k]
        flipped = {"pass": "fail", "fail": "pass", "na": "pass"}[orig]
        if derived[c["contactId"]][k] != flipped:
            caught += 1
    # counts
    cnt = defaultdict(Counter)
    for l in labels.values():
        for k in CHECKS:
            cnt[k][l["labels"][k]] += 1
    print("check                pass  fail    na")
    for k in CHECKS:
        print(f"{k:<20}{cnt[k]['pass']:>5}{cnt[k]['fail']:>6}{cnt[k]['na']:>6}")
    for d in dis[:60]:
        print("DISAGREE", d)
    for p in probs[:80]:
        print("LINT", p)
    print(f"contacts {len(contacts)}; disagreements {len(dis)}; lint problems {len(probs)}; mutations caught {caught}/{len(contacts)}")
    sys.exit(1 if dis or probs or caught != len(contacts) else 0)


if __name__ == "__main__":
    main()
