"""Validator: re-derives every label from contacts.jsonl, the material and the scenario YAML alone, lints the
material, and runs a mutation check (one flipped label per contact must be caught)."""
import collections
import glob
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common as C  # noqa: E402
from plan import DOMAINS  # noqa: E402

MAT = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
PH = re.compile(r"(\{\w+\})")
SAMPLE = dict(num="三七二", name="林晓", ref="AB二零二五零三幺八", info="ZX幺二三", d4="四五六七", pname="王立群",
              hot="幺二三四八", tel="八六二三幺五零七", org="某机构", birth="一九八六年四月十二号", v="VALUE")


def rx_of(line):
    out = []
    for part in PH.split(line):
        if PH.fullmatch(part):
            out.append("(.+?)")
        else:
            out.append(re.escape(C.norm(part)))
    return re.compile("".join(out))


def sample(line):
    for k, v in SAMPLE.items():
        line = line.replace("{" + k + "}", v)
    return line


# ---------- scenarios from YAML ----------
def load_scenarios():
    sc = {}
    for fn in sorted(glob.glob(os.path.join(OUT, "scenarios", "*.yaml"))):
        txt = open(fn, encoding="utf-8").read()
        sid = re.search(r"^id: (\S+)$", txt, re.M).group(1)
        fm = re.search(r"expected: (\".*?\"), variants: (\[.*?\]), wrong: (\[.*?\])", txt)
        pat = json.loads(re.search(r"patterns: \[(\".*?\")\] \}", txt).group(1))
        rq = re.search(r"requires: \{ verification: (\w+), reference: (\w+), empathy: (\w+), survey: (\w+) \}", txt)
        sl = re.search(r"firstResponseMs: (\d+), responseLatencyMs: (\d+)", txt)
        sc[sid] = {"expected": json.loads(fm.group(1)), "variants": json.loads(fm.group(2)),
                   "wrong": json.loads(fm.group(3)), "pattern": re.compile(pat),
                   "req": dict(zip(["verification", "reference", "empathy", "survey"],
                                   [x == "true" for x in rq.groups()])),
                   "fr": int(sl.group(1)), "lat": int(sl.group(2))}
    return sc


# ---------- material categories ----------
AGENT_DECISIVE = ["greet", "id", "verif", "verif_curt", "lookup", "holdthx", "empathy", "nonans", "nonans2", "ref",
                  "refnocode", "survey", "close", "rude", "rude_stop", "rude_told", "buck", "fuyan", "told", "correct",
                  "sideshrug", "wrap", "wrap_curt", "barecalm", "lookalike", "interrupt", "nonid"]
CUST_CATS = ["complain", "req", "q2", "c_sideq", "c_walkout", "press", "repeat", "capology"]


def categories(d):
    M = MAT[d]
    ag = {k: [x[1] if isinstance(x, tuple) else x for x in M.L[k]] for k in AGENT_DECISIVE}
    ag["verif_ok"] = list(C.VERIF_OK)
    ag["fin"] = list(C.AGENT_FIN_NONCLOSE)
    cu = {"press": list(C.C_PRESS), "repeat": list(C.C_REPEAT), "c_sideq": M.L["c_sideq"],
          "c_walkout": M.L["c_walkout"], "capology": list(C.C_APOLOGY), "complain": [], "req": [], "q2": []}
    per_s = {}
    for sk, S in M.S.items():
        per = {"info_ask": S["info_ask"], "info_ask_curt": S["info_ask_curt"], "disclose": S["disclose"],
               "fact": S["fact"], "ans2": [a for _, a in S["q2"]]}
        per_s[S["id"]] = per
        cu["complain"] += S["complain"]
        cu["req"] += S["req"]
        cu["q2"] += [q for q, _ in S["q2"]]
    return ag, cu, per_s


# decisive words per category (lint: none of them in another category's lines)
KW = {
    "greet": ["您好", "你好", "欢迎致电", "欢迎来电", "欢迎光临", "欢迎咨询", "上午好", "下午好", "早上好", "晚上好"],
    "close": ["再见", "再会", "感谢来电", "感谢您的来电", "谢谢您的来电", "谢谢来电", "祝您", "您先挂机", "拜拜", "回头联系",
              "不打扰您了", "慢走"],
    "empathy": ["抱歉", "对不起", "不好意思", "理解", "体会", "委屈", "受累", "添麻烦", "难处", "心疼"],
    "survey": ["评价", "满意", "打分", "评分", "打个分", "评个分", "宝贵意见", "五星"],
    "ref": ["工单号", "受理编号", "受理号", "流水号", "工单编号", "服务单号", "登记号"],
    "id": ["工号", "坐席", "话务员", "接线员"],
    "lookup": ["稍等", "稍候", "别挂", "等一会", "等一下"],
    "holdthx": ["久等", "耐心", "等候"],
    "verif": ["身份证", "后四位", "尾号", "出生", "验证码", "核对", "核验"],
    "nonans": ["说不好", "不清楚", "没法告诉", "回答不上来", "查不了", "很难讲", "说不准", "不了解", "没法回答"],
    "forbid": ["你自己", "说过了", "说过一遍", "讲过了", "投诉", "随便", "看着办", "等着吧", "看情况", "快点", "我哪知道",
               "别说了", "烦不烦", "你去", "你找", "管不了", "不归我们"],
}
KW_OWNER = {"greet": {"greet"}, "close": {"close"}, "empathy": {"empathy"}, "survey": {"survey"}, "ref": {"ref"},
            "id": {"id"}, "lookup": {"lookup"}, "holdthx": {"holdthx"}, "verif": {"verif", "verif_curt", "verif_ok"},
            "nonans": {"nonans", "nonans2", "sideshrug"},
            "forbid": {"rude", "rude_stop", "rude_told", "buck", "fuyan", "told"}}
FAMILY = {("nonans", "nonans2"), ("verif", "verif_curt"), ("info_ask", "info_ask_curt"), ("wrap", "wrap_curt")}
ALLOWED = {("lookalike", "nonans"), ("lookalike", "forbid")}


def lint(d, sc):
    errs = []
    M = MAT[d]
    ag, cu, per_s = categories(d)
    allag = dict(ag)
    for sid, per in per_s.items():
        for k, v in per.items():
            allag.setdefault(k, [])
            allag[k] = allag[k] + v
    # 1 cross-containment among agent categories
    rxs = {k: [rx_of(x) for x in v] for k, v in allag.items()}
    for x, lines in allag.items():
        for line in lines:
            nl = C.norm(sample(line))
            for y, rl in rxs.items():
                if y == x or (x, y) in FAMILY or y in ("nonid", "interrupt", "barecalm", "lookalike", "wrap", "fin", "verif_ok"):
                    continue
                for r in rl:
                    if r.search(nl):
                        errs.append(f"{d}: [{x}] {line!r} contains a [{y}] line ({r.pattern})")
    # 2 decisive words
    for kwcat, words in KW.items():
        for x, lines in allag.items():
            if x in KW_OWNER[kwcat] or (x, kwcat) in ALLOWED:
                continue
            for line in lines:
                for w in words:
                    if w in line:
                        errs.append(f"{d}: [{x}] {line!r} has {kwcat} word {w}")
    for x in ["info_ask", "info_ask_curt"]:
        pass
    # 3 fact lines carry their value; no other agent line carries a fact value of the domain
    values = []
    for S in M.S.values():
        f = S["facts"][0]
        values += [f["expected"]] + f["variants"] + f["wrong"]
        for w in f["wrong"]:
            for a in [f["expected"]] + f["variants"]:
                if a in w or w in a:
                    errs.append(f"{d}: accepted {a} and wrong {w} overlap")
    for k in ("fact", "correct", "told"):
        for line in allag[k]:
            if "{v}" not in line:
                errs.append(f"{d}: [{k}] line without its value: {line}")
    for x, lines in allag.items():
        if x in ("fact", "correct", "told"):
            continue
        for line in lines:
            for v in values:
                if v in line:
                    errs.append(f"{d}: [{x}] {line!r} carries fact value {v}")
    # 4 info regexes match their asks only
    everything = []
    for x, lines in allag.items():
        everything += [(x, l) for l in lines]
    for x, lines in cu.items():
        everything += [("cust:" + x, l) for l in lines]
    for S in M.S.values():
        everything += [("cust:info_give", l) for l in S["info_give"]]
    for sk, S in M.S.items():
        pat = sc[S["id"]]["pattern"]
        mine = set(S["info_ask"] + S["info_ask_curt"])
        for l in mine:
            for form in (l, C.PUNCT.sub("", l), C.PUNCT.sub(" ", l)):
                if not pat.search(form):
                    errs.append(f"{d}/{sk}: info pattern misses its ask {form!r}")
        for x, l in everything:
            if l in mine:
                continue
            if pat.search(sample(l)):
                errs.append(f"{d}/{sk}: info pattern matches non-ask [{x}] {l!r}")
    # 5 customer categories do not contain each other
    crx = {k: [rx_of(x) for x in v] for k, v in cu.items()}
    for x, lines in cu.items():
        for line in lines:
            nl = C.norm(sample(line))
            for y, rl in crx.items():
                if y == x:
                    continue
                for r in rl:
                    if r.search(nl):
                        errs.append(f"{d}: customer [{x}] {line!r} contains [{y}]")
    # 6 at least 8 wordings per decisive category
    for k in ["greet", "nogreet", "id", "verif", "lookup", "holdthx", "empathy", "ref", "survey", "close"]:
        if len(set(M.L[k])) < 8:
            errs.append(f"{d}: only {len(set(M.L[k]))} wordings for {k}")
    for k, n in [("forbidden", len(M.L["rude"] + M.L["rude_stop"] + M.L["rude_told"] + M.L["buck"] + M.L["fuyan"] + M.L["told"])),
                 ("non-answer", len(M.L["nonans"] + M.L["nonans2"])),
                 ("info ask", sum(len(S["info_ask"]) for S in M.S.values())),
                 ("complaint", sum(len(S["complain"]) for S in M.S.values()))]:
        if n < 8:
            errs.append(f"{d}: only {n} wordings for {k}")
    # homophones never written in material
    for x, l in everything:
        for canon, heard in C.HOMOPHONES:
            if heard in l:
                errs.append(f"{d}: [{x}] {l!r} contains the ASR homophone {heard}")
    return errs


# ---------- derivation ----------
def is_bc(t):
    return t["speaker"] == "agent" and C.PUNCT.sub("", t["text"]) in C.BACKCHANNELS


def derive(c, sc):
    L = {k: "na" for k in CHECKS}
    if not c.get("turns") or not any(t["speaker"] == "agent" for t in c["turns"]):
        return L
    d = next(dd for dd in DOMAINS if any(S["id"] == c["scenarioId"] for S in MAT[dd].S.values()))
    ag, cu, per_s = categories(d)
    cats_a = dict(ag)
    cats_a.update(per_s[c["scenarioId"]])
    rxa = {k: [rx_of(x) for x in v] for k, v in cats_a.items()}
    rxc = {k: [rx_of(x) for x in v] for k, v in cu.items()}
    S = sc[c["scenarioId"]]
    voice = c["channel"] == "voice"
    turns = sorted(c["turns"], key=lambda t: (t["startMs"], t["endMs"]))
    A = [t for t in turns if t["speaker"] == "agent" and not is_bc(t)]
    CU = [t for t in turns if t["speaker"] == "customer"]
    joined = next(e["atMs"] for e in c["events"] if e["type"] == "agent-joined")
    CU = [t for t in CU if t["startMs"] >= joined]

    def cats(t, rx):
        n = C.norm(t["text"])
        return {k for k, rl in rx.items() if any(r.search(n) for r in rl)}
    for t in A:
        t["_c"] = cats(t, rxa)
        t["_n"] = C.norm(t["text"])
        if t["_n"] in ("哦", "知道了"):
            t["_c"].add("nonans2")
    for t in CU:
        t["_c"] = cats(t, rxc)
    P = lambda b: "pass" if b else "fail"
    # greeting / id
    L["greeting"] = P(any(r.match(A[0]["_n"]) for r in rxa["greet"]))
    L["agent-id"] = P(any("id" in t["_c"] for t in A[:2]))
    # closing
    last = turns[-1]
    if last["speaker"] == "customer" and "c_walkout" in last["_c"]:
        L["closing"] = "na"
    else:
        L["closing"] = P(any("close" in t["_c"] for t in A[-2:]))
    rude = {"rude", "rude_stop", "rude_told"}
    forb = rude | {"buck", "fuyan", "told"}
    L["forbidden-words"] = P(not any(t["_c"] & forb for t in A))
    curt = sum(1 for t in A if t["_c"] & {"info_ask_curt", "verif_curt", "wrap_curt"})
    L["politeness"] = P(not any(t["_c"] & rude for t in A) and curt < 3)
    # verification
    if S["req"]["verification"]:
        vi = next((i for i, t in enumerate(A) if t["_c"] & {"verif", "verif_curt"}), None)
        di = next((i for i, t in enumerate(A) if "disclose" in t["_c"]), None)
        L["verification"] = P(vi is not None and (di is None or vi < di))
    # timing: owed gaps before each agent turn
    H, D = (15000, 8000) if voice else (30000, 30000)
    speaking = [t for t in turns if t["speaker"] in ("agent", "customer") and not is_bc(t) and t["startMs"] >= joined]
    gaps = []
    for i, t in enumerate(speaking):
        if t["speaker"] != "agent":
            continue
        prev = [u for u in speaking[:i]]
        prev_end = max([u["endMs"] for u in prev], default=joined)
        prev_agent = [u for u in prev if u["speaker"] == "agent"]
        announced = bool(prev_agent) and "lookup" in prev_agent[-1]["_c"]
        if t["startMs"] < prev_end:
            continue
        gaps.append({"len": t["startMs"] - prev_end, "announced": announced, "thanked": "holdthx" in t["_c"],
                     "turn": t, "first": not prev_agent})
    ev = c["events"]
    hs = [e["atMs"] for e in ev if e["type"] == "hold-start"]
    he = [e["atMs"] for e in ev if e["type"] == "hold-end"]
    holds = [g for g in gaps if g["len"] >= H]
    for a, b in zip(hs, he):
        g = next(g for g in gaps if g["turn"]["startMs"] >= b)
        if g not in holds:
            holds.append(g)
    if holds:
        L["hold-etiquette"] = P(all(g["announced"] and g["thanked"] for g in holds))
    L["dead-air"] = P(not any(g["len"] >= D and not g["announced"] for g in gaps))
    first = gaps[0]
    assert first["first"]
    L["first-response"] = P(first["turn"]["startMs"] - joined <= S["fr"])
    # latency: runs of customer turns, clock from the first unanswered one
    late = False
    i = 0
    while i < len(speaking):
        t = speaking[i]
        if t["speaker"] != "customer":
            i += 1
            continue
        j = i
        while j + 1 < len(speaking) and speaking[j + 1]["speaker"] == "customer":
            j += 1
        nxt = [u for u in A if u["startMs"] > t["startMs"]]
        if nxt:
            a = nxt[0]
            g = next((g for g in gaps if g["turn"] is a), None)
            announced = g["announced"] if g else False
            if a["startMs"] - t["endMs"] > S["lat"] and not announced:
                late = True
        i = j + 1
    L["response-latency"] = P(not late)
    # voice only
    if voice:
        inter = False
        for a in A:
            for u in CU:
                if u["startMs"] < a["startMs"] and u["endMs"] - a["startMs"] >= 1000:
                    inter = True
        L["interruption"] = P(not inter)
        tt = [a for a in turns if a["speaker"] == "agent" and a["endMs"] - a["startMs"] >= 1500]
        ch = sum(C.spoken_chars(a["text"]) for a in tt)
        ms = sum(a["endMs"] - a["startMs"] for a in tt)
        rate = ch / ms * 60000
        if 120 <= rate <= 300:
            L["speech-rate"] = "pass"
        elif rate < 110 or rate > 320:
            L["speech-rate"] = "fail"
        else:
            raise AssertionError(f"{c['contactId']}: ambiguous speech rate {rate:.0f}")
    # empathy
    comps = [u for u in CU if "complain" in u["_c"]]
    if comps:
        ok = True
        for u in comps:
            win = [a for a in A if a["startMs"] > u["startMs"]][:2]
            if not any("empathy" in a["_c"] for a in win) or any(a["_c"] & rude for a in win[:1]):
                ok = False
        L["empathy"] = P(ok)
    elif S["req"]["empathy"]:
        L["empathy"] = "fail"
    # facts
    acc = [S["expected"]] + S["variants"]
    allv = acc + S["wrong"]
    stated = [i for i, a in enumerate(A) if any(v in a["_n"] for v in allv)]
    res = bool(stated) and "req" in CU[0]["_c"]
    for i, a in enumerate(A):
        if a["_c"] & {"nonans", "buck", "fuyan"}:
            if i not in stated and i + 1 not in stated:
                res = False
    for u in CU:
        if "q2" in u["_c"]:
            nx = [a for a in A if a["startMs"] > u["startMs"]][:2]
            if not nx or not ("ans2" in nx[0]["_c"] or (len(nx) > 1 and "nonans2" in nx[0]["_c"] and "ans2" in nx[1]["_c"])):
                res = False
    L["resolution"] = P(res)
    text = "|".join(a["_n"] for a in A)
    lastpos, lastval = -1, None
    for v in allv:
        for m in re.finditer(re.escape(v), text):
            if m.start() > lastpos:
                lastpos, lastval = m.start(), v
    L["fact-accuracy"] = P(lastval in acc)
    L["no-misinformation"] = P(not any(w in text for w in S["wrong"]))
    if S["req"]["reference"]:
        L["record-reference"] = P(any("ref" in a["_c"] for a in A))
    if S["req"]["survey"]:
        L["survey-offered"] = P(any("survey" in a["_c"] for a in A))
    L["required-info"] = P(any(S["pattern"].search(a["text"]) for a in A))
    for u in CU:
        if S["pattern"].search(u["text"]):
            raise AssertionError(f"{c['contactId']}: info pattern matches a customer turn")
    return L


def main():
    sc = load_scenarios()
    errs = []
    for d in DOMAINS:
        errs += lint(d, sc)
    for e in errs:
        print("LINT", e)
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
    dis = 0
    derived = {}
    for c in contacts:
        got = derive(c, sc)
        derived[c["contactId"]] = got
        want = labels[c["contactId"]]["labels"]
        for k in CHECKS:
            if got[k] != want[k]:
                dis += 1
                print(f"DISAGREE {c['contactId']} {k}: label={want[k]} derived={got[k]}")
        for k, v in want.items():
            if v == "fail" and k not in labels[c["contactId"]].get("why", {}):
                print(f"MISSING WHY {c['contactId']} {k}")
                dis += 1
    # mutation check
    caught = 0
    for i, c in enumerate(contacts):
        want = dict(labels[c["contactId"]]["labels"])
        k = CHECKS[i % len(CHECKS)]
        want[k] = {"pass": "fail", "fail": "pass", "na": "pass"}[want[k]]
        if any(derived[c["contactId"]][kk] != want[kk] for kk in CHECKS):
            caught += 1
    # counts
    cnt = {k: collections.Counter(l["labels"][k] for l in labels.values()) for k in CHECKS}
    print(f"{'check':20s} pass fail   na")
    for k in CHECKS:
        print(f"{k:20s} {cnt[k]['pass']:4d} {cnt[k]['fail']:4d} {cnt[k]['na']:4d}")
    bal = []
    for k in ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
              "dead-air", "empathy", "resolution", "response-latency", "fact-accuracy", "no-misinformation",
              "record-reference", "survey-offered"]:
        if cnt[k]["pass"] < 25 or cnt[k]["fail"] < 25:
            bal.append(k)
    for k in ["interruption", "speech-rate"]:
        if cnt[k]["fail"] < 15:
            bal.append(k)
    print(f"contacts {len(contacts)}; lint errors {len(errs)}; disagreements {dis}; mutations caught {caught}/{len(contacts)};"
          f" balance short: {bal or 'none'}")
    ok = not errs and dis == 0 and caught == len(contacts) and not bal
    print("VALID" if ok else "INVALID")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
