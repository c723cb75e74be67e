# -*- coding: utf-8 -*-
"""Validator for independent-dev21b.

1. Lints the material: no category's line carries another category's decisive words; fact / reference / id templates
   carry their slot; fact values are not substrings of each other; info regexes match their asks and no other agent
   line; homophone forms do not occur in the material; every decisive category offers >= 8 wordings per domain.
2. Re-derives all 19 labels of every contact from contacts.jsonl, the scenario YAML files and the material alone
   (text matching + timestamps; it never reads plan.py or gen.py) and compares them with labels.jsonl.
3. Counts how often each decisive wording occurs in the set (at most 3).
4. Mutation check: flips one label per contact and confirms the comparison catches every flip.
Exit status 0 only if all of this holds.
"""
import glob
import importlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mat_common as C  # noqa: E402

DOMAINS = ["traffic", "lottery", "hotpot", "curtain", "freight", "supplement"]
MODS = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
PUNCT = r"[，。？！、：；,.?!～~\s“”\"'（）()…—]"
CNMAP = dict(zip("0123456789", "零一二三四五六七八九"))
PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


def norm(t):
    t = re.sub(PUNCT, "", t)
    for a, b in C.HOMOPHONES.items():
        t = t.replace(b, a)
    for f in sorted(C.FILLERS, key=len, reverse=True):
        t = t.replace(f, "")
    t = "".join(CNMAP.get(ch, ch) for ch in t)
    return t.replace("幺", "一").replace("两", "二")


NAME_RE = "(?:小[" + "".join(C.SURNAMES) + "]|[" + "".join(C.SURNAMES) + "][" + "".join(C.GIVEN) + "]|" + "|".join(C.ENGLISH) + ")"
ID_RE = "[A-Z零一二三四五六七八九]{3,5}"
REF_RE = "[A-Z零一二三四五六七八九]{6,}"


def tmpl_re(line, vre="(?:)"):
    parts = re.split(r"(\{id\}|\{name\}|\{ref\}|\{v\}|\{x\})", line)
    out = []
    for p in parts:
        if p == "{id}":
            out.append(ID_RE)
        elif p == "{name}":
            out.append(NAME_RE)
        elif p == "{ref}":
            out.append(REF_RE)
        elif p == "{v}":
            out.append(vre)
        elif p == "{x}":
            out.append(".{1,20}?")
        else:
            out.append(re.escape(norm(p)))
    return "".join(out)


class Pool:
    def __init__(self, name, lines, vre="(?:)"):
        self.name = name
        self.lines = list(dict.fromkeys(lines))
        self.res = [(l, re.compile(tmpl_re(l, vre))) for l in self.lines]

    def matches(self, ntext):
        out = []
        for l, r in self.res:
            for m in r.finditer(ntext):
                out.append((m.start(), m.end(), l))
        return out

    def find(self, ntext):
        ms = self.matches(ntext)
        return min(ms)[0] if ms else None

    def has(self, ntext):
        return any(r.search(ntext) for _, r in self.res)


# ---------------------------------------------------------------- scenarios
def load_yaml(path):
    d, cur = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("  - "):
            if cur in ("facts", "requiredInfo"):
                d[cur].append(json.loads(line[4:]))
            continue
        m = re.match(r"^([A-Za-z]+):\s*(.*)$", line)
        if not m:
            continue
        k, v = m.groups()
        cur = k
        if k in ("requires", "sla"):
            d[k] = json.loads(v)
        elif k in ("facts", "requiredInfo"):
            d[k] = []
        elif k == "id":
            d[k] = v
    return d


SCEN = {}
for p in sorted(glob.glob(os.path.join(ROOT, "scenarios", "*.yaml"))):
    y = load_yaml(p)
    SCEN[y["id"]] = y


def mat_scen(sid):
    dom = sid.split("-")[1]
    for sc in MODS[dom].SCEN:
        if f"h14b-{dom}-{sc['sfx']}" == sid:
            return dom, sc
    raise KeyError(sid)


# ---------------------------------------------------------------- pools per domain
def pools(dom):
    m = MODS[dom]
    return dict(
        greet=Pool("greet", m.GREET), open_bad=Pool("open_bad", m.OPEN_BAD), ids=Pool("ids", m.IDS + C.IDS),
        idneg=Pool("idneg", C.IDNEG), close=Pool("close", m.CLOSE + C.CLOSE), wrap=Pool("wrap", C.WRAP),
        apology=Pool("apology", m.APOLOGY + C.APOLOGY), ackbad=Pool("ackbad", C.ACKBAD),
        hold_ann=Pool("hold_ann", m.HOLD_ANN + [l for sc in m.SCEN for l in sc["hold"]] + C.HOLD_ANN), hold_thx=Pool("hold_thx", C.HOLD_THX),
        ver_ask=Pool("ver_ask", [t for _, t in m.VER_ASK]), ver_ok=Pool("ver_ok", C.VER_OK),
        nonans=Pool("nonans", m.NONANS + C.NONANS), rude=Pool("rude", m.RUDE), cold=Pool("cold", C.COLD),
        survey=Pool("survey", m.SURVEY + C.SURVEY), ref=Pool("ref", m.REF + C.REF),
        lookalike=Pool("lookalike", m.LOOKALIKE + C.LOOKALIKE), madegood=Pool("madegood", C.MADEGOOD),
        polite_muse=Pool("polite_muse", C.POLITE_MUSE), esc=Pool("esc", m.ESC), walkout=Pool("walkout", C.C_WALKOUT),
    )


DP = {d: pools(d) for d in DOMAINS}


def fact_values(y):
    vals = []
    for f in y["facts"]:
        vals += [f["expected"]] + f["variants"] + f["wrong"]
    return vals


def vre_for(y):
    return "(?:" + "|".join(re.escape(norm(v)) for v in sorted(fact_values(y), key=len, reverse=True)) + ")"


SP = {}
for sid, y in SCEN.items():
    dom, sc = mat_scen(sid)
    vre = vre_for(y)
    SP[sid] = dict(
        told=Pool("told", C.TOLD, vre), polite_rep=Pool("polite_rep", C.POLITE_REPEAT, vre), corr=Pool("corr", C.CORR, vre),
        disclose=Pool("disclose", sc["disclose"]), complain=Pool("complain", sc["complain"]),
        req=Pool("req", sc["req"]), again=Pool("again", sc["facts"][0]["again"]),
    )


# ---------------------------------------------------------------- derivation
def stripped(t):
    return re.sub(PUNCT, "", t)


def derive(c):
    L = {k: "na" for k in CHECKS}
    turns = c.get("turns", [])
    if c.get("outcome") != "completed" or not any(t["speaker"] == "agent" for t in turns):
        return L, {}
    sid = c["scenarioId"]
    y = SCEN[sid]
    dom, sc = mat_scen(sid)
    P, S = DP[dom], SP[sid]
    voice = c["channel"] == "voice"
    ev = {e["type"]: e for e in c["events"]}
    joined = ev["agent-joined"]["atMs"] if "agent-joined" in ev else ev["answered"]["atMs"]
    cust = [t for t in turns if t["speaker"] == "customer" and t["startMs"] >= joined]

    def is_bc(t):
        return stripped(t["text"]) in C.BACKCHANNEL and any(u["startMs"] < t["startMs"] and t["endMs"] <= u["endMs"] for u in cust)

    ag = [t for t in turns if t["speaker"] == "agent" and not is_bc(t)]
    N = {id(t): norm(t["text"]) for t in ag + cust}
    n = lambda t: N[id(t)]  # noqa: E731
    info = {}

    # greeting / agent-id
    L["greeting"] = "pass" if any(n(ag[0]).startswith(norm(g)) for g in P["greet"].lines) else "fail"
    L["agent-id"] = "pass" if any(P["ids"].has(n(t)) for t in ag[:2]) else "fail"
    # closing
    items = sorted(ag + cust, key=lambda t: t["startMs"])
    last = items[-1]
    hang = ev.get("hangup", {}).get("detail", {}).get("by")
    walkout = last["speaker"] == "customer" and P["walkout"].has(n(last)) and (hang in (None, "customer"))
    if walkout:
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(P["close"].has(n(t)) for t in ag[-2:]) else "fail"
    # 忌语 / politeness
    rude = any(P["rude"].has(n(t)) for t in ag)
    L["politeness"] = "fail" if rude else "pass"
    L["forbidden-words"] = "fail" if rude or any(S["told"].has(n(t)) or P["cold"].has(n(t)) for t in ag) else "pass"
    # verification
    if y["requires"]["verification"]:
        first_d = first_v = None
        for i, t in enumerate(ag):
            d = S["disclose"].find(n(t))
            v = [x for x in (P["ver_ask"].find(n(t)), P["ver_ok"].find(n(t))) if x is not None]
            if first_d is None and d is not None:
                first_d = (i, d)
            if first_v is None and v:
                first_v = (i, min(v))
        L["verification"] = "pass" if first_v is not None and (first_d is None or first_v < first_d) else "fail"
    # timeline: holds and dead air
    hold_thr, dead_thr = (15000, 8000) if voice else (30000, 30000)
    holds, deads = [], []
    last_end, last_agent = joined, None
    for t in items:
        gap = t["startMs"] - last_end
        if t["speaker"] == "agent":
            if gap >= hold_thr:
                holds.append((last_agent, t))
            elif gap >= dead_thr:
                deads.append(t)
            last_agent = t
        last_end = max(last_end, t["endMs"])
    for e in c["events"]:
        if e["type"] == "hold-start":
            after = next(t for t in ag if t["startMs"] > e["atMs"])
            before = ([t for t in ag if t["startMs"] < e["atMs"]] or [None])[-1]
            if all(h[1] is not after for h in holds):
                holds.append((before, after))
    bad_hold = False
    unann = 0
    for before, after in holds:
        ann = before is not None and P["hold_ann"].has(n(before))
        thx = P["hold_thx"].has(n(after))
        if not ann:
            unann += 1
        if not (ann and thx):
            bad_hold = True
    L["hold-etiquette"] = "na" if not holds else ("fail" if bad_hold else "pass")
    L["dead-air"] = "fail" if deads or unann else "pass"
    # interruption / speech rate
    if voice:
        inter = any(u["startMs"] < a["startMs"] and u["endMs"] - a["startMs"] >= 1000 for a in ag for u in cust)
        L["interruption"] = "fail" if inter else "pass"
        ch = sum(len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", t["text"])) for t in ag if t["endMs"] - t["startMs"] >= 1500)
        ms = sum(t["endMs"] - t["startMs"] for t in ag if t["endMs"] - t["startMs"] >= 1500)
        rate = ch * 60000 / ms
        info["rate"] = round(rate)
        if 120 <= rate <= 300:
            L["speech-rate"] = "pass"
        elif rate < 110 or rate > 320:
            L["speech-rate"] = "fail"
        else:
            problem(f"{c['contactId']}: ambiguous speech rate {rate:.0f}")
            L["speech-rate"] = "?"
    # empathy
    comp = [u for u in cust if S["complain"].has(n(u)) or P["esc"].has(n(u))]
    if not comp and not y["requires"]["empathy"]:
        L["empathy"] = "na"
    elif not comp:
        problem(f"{c['contactId']}: empathy owed but no complaint written")
        L["empathy"] = "?"
    else:
        ok = True
        for u in comp:
            nxt = [t for t in ag if t["startMs"] > u["startMs"]][:2]
            if not any(P["apology"].has(n(t)) for t in nxt):
                ok = False
        L["empathy"] = "pass" if ok else "fail"
    # resolution
    f1 = y["facts"][0]
    f1vals = [norm(v) for v in [f1["expected"]] + f1["variants"] + f1["wrong"]]
    res_ok = True
    for u in cust:
        if S["req"].has(n(u)) or S["again"].has(n(u)):
            if not any(any(v in n(t) for v in f1vals) for t in ag if t["startMs"] > u["startMs"]):
                res_ok = False
        for q, a in sc["q2"]:
            if norm(q) in n(u):
                later = [t for t in ag if t["startMs"] > u["startMs"]]
                if not any(norm(a) in n(t) for t in later):
                    res_ok = False
                    if not (later and P["nonans"].has(n(later[0]))):
                        problem(f"{c['contactId']}: side question unanswered without a written non-answer")
    L["resolution"] = "pass" if res_ok else "fail"
    # first response / latency
    L["first-response"] = "pass" if ag[0]["startMs"] - joined <= y["sla"]["firstResponseMs"] else "fail"
    lat_ok = True
    pending, last_agent = None, None
    for t in items:
        if t["speaker"] == "customer":
            if pending is None:
                pending = (t, last_agent is not None and P["hold_ann"].has(n(last_agent)))
        else:
            if pending is not None:
                u, exc = pending
                lat = t["startMs"] - (u["endMs"] if voice else u["startMs"])
                if lat > y["sla"]["responseLatencyMs"] and not exc:
                    lat_ok = False
                pending = None
            last_agent = t
    L["response-latency"] = "pass" if lat_ok else "fail"
    # facts
    fa_ok, nm_ok = True, True
    for f in y["facts"]:
        acc = [norm(v) for v in [f["expected"]] + f["variants"]]
        wrong = [norm(v) for v in f["wrong"]]
        hits = []
        for i, t in enumerate(ag):
            for v in acc:
                hits += [(i, m.start(), "acc") for m in re.finditer(re.escape(v), n(t))]
                if ("不是" + v) in n(t):
                    nm_ok = False
            for v in wrong:
                hits += [(i, m.start(), "wrong") for m in re.finditer(re.escape(v), n(t))]
        if not hits or max(hits)[2] != "acc":
            fa_ok = False
        if any(h[2] == "wrong" for h in hits):
            nm_ok = False
    L["fact-accuracy"] = "pass" if fa_ok else "fail"
    L["no-misinformation"] = "pass" if nm_ok else "fail"
    if y["requires"]["reference"]:
        L["record-reference"] = "pass" if any(P["ref"].has(n(t)) for t in ag) else "fail"
    if y["requires"]["survey"]:
        L["survey-offered"] = "pass" if any(P["survey"].has(n(t)) for t in ag) else "fail"
    L["required-info"] = "pass" if all(any(re.search(p, t["text"]) for t in ag for p in it["patterns"]) for it in y["requiredInfo"]) else "fail"
    return L, info


# ---------------------------------------------------------------- lint
KW = {
    "greet": r"您好|你好|欢迎",
    "close": r"再见|再会|回见|拜拜|祝您|祝你|祝好|感谢来电|谢谢来电|感谢您的来电|谢谢您的来电|感谢致电|感谢您致电|挂机|不打扰您了|先这样|您先忙|注意安全|打进来|期待您再来",
    "apology": r"抱歉|对不起|不好意思|道歉|致歉|歉意|理解|体会|委屈|过意不去|疏忽|窝火|失望|烦心|没做好|添麻烦|受累|折腾|不痛快|郁闷|添堵|不安|难受|膈应|失职|责任",
    "hold_ann": r"稍等|稍候|别挂|不要挂断|等我一下|等一下|等一会|一两分钟|请稍",
    "hold_thx": r"久等|等候|等待|耐心|谢谢您等|有劳您等|等了一会",
    "survey": r"评价|满意|打分|评分|意见|点评|问卷",
    "ref": r"工单号|工单编号|受理编号|受理号|流水号|服务单号|登记编号|办理编号|跟进单号|报修单号|投诉单号",
    "ver": r"核对|核实|核验|验证|比对|吻合|相符|信息一致|是本人|是您本人|对得上|对上了|信息匹配|信息正确|出生|后四位|后六位|末四位|最后四位|尾号|手机号后",
    "nonans": r"不清楚|查不到|查不了|答不上来|说不上来|不了解|调不出来|看不到|没有这方面",
    "rude": r"长记性|瞎掺和|这点事|问题多|吓唬|瞎嚷嚷|难缠|问这么细|也要来问|你自己不|你自己没|你自己点|没包好|不会自己看|费劲|干嘛|烦不烦|去投诉|投诉去|不懂|难伺候|别来吃|至于|瞎买|听不懂|还用问|较真|事儿这么多|这么多事|啰嗦|有完没完|计较|快点|乱买|怪谁|你懂什么|一口一个|讲究|值得打电话|不看清楚|不看规则|不会看|本事",
    "told": r"讲过|说过|说了嘛|告诉你了|答过|回答过|已经讲了|讲完的|就讲了|说得很清楚",
    "cold": r"随你|看着弄|你自己定|无所谓|拿主意|你的事|咋整",
    "id": r"工号|坐席|我是|我叫|我姓|为您服务|接线的是",
}
ALLOW = {("rude", "cold"), ("idneg", "id"), ("ver_ok", "ver"), ("ver_ask", "ver"), ("corr", "told")}
OWN = {"greet": "greet", "open_bad": None, "ids": "id", "idneg": None, "close": "close", "wrap": None, "apology": "apology",
       "ackbad": None, "hold_ann": "hold_ann", "hold_thx": "hold_thx", "ver_ask": "ver", "ver_ok": "ver", "nonans": "nonans",
       "rude": "rude", "cold": "cold", "survey": "survey", "ref": "ref", "lookalike": None, "madegood": None,
       "polite_muse": None, "told": "told", "polite_rep": None, "corr": None, "disclose": None, "offer": None,
       "fact": None, "q2": None, "neutral": None, "verpre": None}


def agent_lines(dom):
    m = MODS[dom]
    out = {k: list(p.lines) for k, p in DP[dom].items() if k not in ("esc", "walkout")}
    out.update(told=C.TOLD, polite_rep=C.POLITE_REPEAT, corr=C.CORR, offer=C.OFFER, verpre=C.VER_LATE_PRE)
    out["disclose"] = [l for sc in m.SCEN for l in sc["disclose"]]
    out["fact"] = [l for sc in m.SCEN for f in sc["facts"] for l in f["say"]]
    out["q2"] = [a for sc in m.SCEN for _, a in sc["q2"]]
    out["neutral"] = C.NEUTRAL_ACK + C.REFNEG + C.ID_LATE_PRE
    return out


def lint():
    hom = set(C.HOMOPHONES.values())
    for dom in DOMAINS:
        m = MODS[dom]
        AL = agent_lines(dom)
        for cat, lines in AL.items():
            for l in lines:
                for k, rx in KW.items():
                    if k == OWN.get(cat) or (cat, k) in ALLOW:
                        continue
                    if re.search(rx, l):
                        problem(f"lint {dom}/{cat}: '{l}' carries {k} words")
                if cat in ("fact", "told", "polite_rep", "corr") and "{v}" not in l:
                    problem(f"lint {dom}/{cat}: '{l}' has no value slot")
                if cat == "ref" and "{ref}" not in l:
                    problem(f"lint {dom}/ref: '{l}' has no reference slot")
                if cat == "ids" and "{id}" not in l and "{name}" not in l:
                    problem(f"lint {dom}/ids: '{l}' names nobody")
        all_mat = [l for ls in AL.values() for l in ls] + [l for sc in m.SCEN for k in ("req", "complain") for l in sc[k]]
        for l in all_mat:
            for h in hom:
                if h in l:
                    problem(f"lint {dom}: homophone form {h} in '{l}'")
        # >= 8 wordings per decisive category per domain
        for cat in ("greet", "open_bad", "ids", "close", "apology", "ackbad", "hold_ann", "hold_thx", "ver_ask", "ver_ok",
                    "nonans", "rude", "cold", "told", "survey", "ref", "lookalike", "wrap", "corr", "madegood"):
            if len(set(AL[cat])) < 8:
                problem(f"lint {dom}/{cat}: only {len(set(AL[cat]))} wordings")
        for sc in m.SCEN:
            sid = f"h14b-{dom}-{sc['sfx']}"
            y = SCEN[sid]
            for f in y["facts"]:
                acc = [f["expected"]] + f["variants"]
                for a in acc:
                    for w in f["wrong"]:
                        for A_, W_ in ((a, w), (norm(a), norm(w))):
                            if A_ in W_ or W_ in A_:
                                problem(f"lint {sid}: value {a} / {w} substring")
            vals = [norm(v) for v in fact_values(y)]
            for cat, lines in AL.items():
                if cat in ("fact", "told", "polite_rep", "corr"):
                    continue
                for l in lines:
                    for v in vals:
                        if v in norm(l):
                            problem(f"lint {sid}: fact value {v} inside {cat} line '{l}'")
            for it in y["requiredInfo"]:
                for p in it["patterns"]:
                    mi = next(i for i in sc["info"] if i["key"] == it["key"])
                    for a in mi["asks"]:
                        if not re.search(p, a):
                            problem(f"lint {sid}: info regex misses ask '{a}'")
                    for cat, lines in AL.items():
                        for l in lines:
                            if re.search(p, l):
                                problem(f"lint {sid}: info regex {it['key']} matches {cat} line '{l}'")


# ---------------------------------------------------------------- usage of decisive wordings
USAGE_CATS = ["greet", "open_bad", "ids", "close", "wrap", "apology", "ackbad", "hold_ann", "hold_thx", "ver_ask", "ver_ok",
              "nonans", "rude", "cold", "survey", "ref", "lookalike", "madegood", "polite_muse"]


def usage(contacts):
    cnt = Counter()
    for c in contacts:
        if c.get("outcome") != "completed":
            continue
        dom, _ = mat_scen(c["scenarioId"])
        P, S = DP[dom], SP[c["scenarioId"]]
        for t in c["turns"]:
            nt = norm(t["text"])
            pools = [(k, P[k]) for k in USAGE_CATS] if t["speaker"] == "agent" else [("complain", S["complain"]), ("esc", P["esc"]), ("walkout", P["walkout"])]
            if t["speaker"] == "agent":
                pools += [("told", S["told"]), ("polite_rep", S["polite_rep"]), ("corr", S["corr"])]
            if t["speaker"] not in ("agent", "customer"):
                continue
            for k, pool in pools:
                ms = sorted(pool.matches(nt), key=lambda m: (-(m[1] - m[0]), m[0]))
                taken = []
                for s, e, l in ms:
                    if all(e <= s2 or s >= e2 for s2, e2 in taken):
                        taken.append((s, e))
                        cnt[(k, l)] += 1
    for (k, l), v in sorted(cnt.items()):
        if v > 3:
            problem(f"usage: {k} wording '{l}' used {v} times")
    return cnt


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")}
    lint()
    derived = {}
    dis = []
    for c in contacts:
        L, _ = derive(c)
        derived[c["contactId"]] = L
        lab = labels[c["contactId"]]["labels"]
        for k in CHECKS:
            if L[k] != lab[k]:
                dis.append(f"{c['contactId']} {k}: label {lab[k]} derived {L[k]}")
        for k in CHECKS:
            if lab[k] == "fail" and k not in labels[c["contactId"]].get("why", {}):
                problem(f"{c['contactId']}: fail {k} without a reason")
    cnt = usage(contacts)
    # mutation check
    rng = random.Random(83562)
    caught = 0
    for c in contacts:
        cid = c["contactId"]
        k = rng.choice(CHECKS)
        mut = dict(labels[cid]["labels"])
        mut[k] = {"pass": "fail", "fail": "pass", "na": "pass"}[mut[k]]
        if any(mut[x] != derived[cid][x] for x in CHECKS):
            caught += 1
    for d in dis:
        print("DISAGREE", d)
    for p in PROBLEMS:
        print("PROBLEM", p)
    counts = defaultdict(Counter)
    for l in labels.values():
        for k in CHECKS:
            counts[k][l["labels"][k]] += 1
    print(f"contacts {len(contacts)}  disagreements {len(dis)}  problems {len(PROBLEMS)}  mutations caught {caught}/{len(contacts)}")
    print(f"decisive wordings in use {len(cnt)}, max use {max(cnt.values())}")
    for k in CHECKS:
        print(f"  {k:18} pass {counts[k]['pass']:3}  fail {counts[k]['fail']:3}  na {counts[k]['na']:3}")
    sys.exit(0 if not dis and not PROBLEMS and caught == len(contacts) else 1)


if __name__ == "__main__":
    main()
