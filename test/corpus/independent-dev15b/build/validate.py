"""Validator: re-derives every label from the written contacts, the material and the scenario files alone
(never from plan.py), lints the material, and runs a mutation check.

Usage: python3 build/validate.py        exit 0 = 0 disagreements, lint clean, every mutation caught.
"""
import importlib
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from textutil import norm, forms, clauses, spoken_chars, HOMOPHONES  # noqa: E402

OUT = os.path.dirname(HERE)
DOMAINS = ["eco", "music", "play", "admit", "pet", "press"]
MAT = {d: importlib.import_module(f"mat_{d}").M for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]

# ---------------------------------------------------------------- decisive-word regexes (on normalised text)
N = r"[0-9A-Za-z零一二三四五六七八九幺两]"
GREET_RE = re.compile(r"你好|早上好|上午好|中午好|下午好|晚上好|欢迎")
ID_RE = re.compile(r"(工号|坐席号?|员工号|(?<![理记员阅证])编号)(是|为)?" + N + r"{2,}|" + N + r"{2,}号(话务员|接线员|客服|坐席|咨询老师|专员|顾问)")
INTRO_RE = r"(我是|我叫|这边是|我这边是)[^。？！]{0,10}?"
REF_RE = re.compile(r"(工单号|受理编号|报案号|流水号|服务单号)(是|为)?" + N + r"{6,}")
SURVEY_RE = re.compile(r"评价|满意度|打分|打个分|评分|满意请按|宝贵意见|评一下|点评")
CLOSE_RE = re.compile(r"再见|拜拜|祝你|祝孩子|祝考生|感谢.{0,3}(来电|致电|咨询|支持|配合|信任|理解|关注|选择|光临)|谢谢.{0,4}(来电|致电|咨询|支持|配合|理解|光临|信任|反映)|先挂机|挂机吧|回头(再)?(聊|联系|见)|慢走|下次再|欢迎下次|再会|不打扰了|先到这|先这样")
HOLDANN_RE = re.compile(r"稍等|稍候|等一下|等一等|等我|稍微等|片刻|别挂|不要挂|查一下|查查|看一下|调一下|翻一下|问一下")
HOLDTHX_RE = re.compile(r"久等|耐心等|等候|等待|谢谢你等了|等了挺久")
EMP_RE = re.compile(r"抱歉|对不起|不好意思|歉意|理解|体谅|体会|添麻烦|带来不便|委屈|糟心|闹心|窝火|着急|心情|辛苦|难受|折磨|受罪|烦心|心疼|揪心|心慌|不舒服|失误|疏忽|道歉")
VER_RE = re.compile(r"身份证|后四位|后六位|出生|验证码|核对|核实|户主|本人|尾号|对上了|一致")
NONANS_RE = re.compile(r"不清楚|不太清楚|不知道|说不好|说不上来|不太了解|不好说|查不了|查不到|没法查|回答不了|不太懂|没数|不掌握|没法说|没法给你答复|没法答复")
COMPL_RE = re.compile(r"投诉|12345|12315|曝光|领导|主任|经理|老板|店长|生气|气死|过分|第[二两三四五]次|催|说好|答应|凭什么|差劲|烦|受不了|受够|不满|离谱|火大|坑|骗|耽误|一直没|到现在|急死|窝火|崩溃|失望|误导|不像话|不负责|没人管|没人理|糊弄|管不管|干什么去了|太差|好好喂")
BACKCHANNEL = {"嗯", "嗯嗯", "对", "对对", "好的", "是", "是的", "哦"}


def lines_in(text_n, lines):
    """Which material lines occur in a normalised turn text."""
    return [ln for ln in lines if any(f in text_n for f in forms(ln))]


class Mat:
    """Material of one domain, in the shapes the derivation needs."""

    def __init__(self, m):
        self.m = m
        self.forb = [(frag, cat) for _, frag, cat in m["forb_mild"] + m["forb_rude"]]
        self.rude = [frag for _, frag, _ in m["forb_rude"]]
        self.sidea = [a for _, a in m["sideq"]]
        self.sideq = [q for q, _ in m["sideq"]]
        self.incidq = [q for q, _ in m["incid"]]
        self.complaints = m["complaint"] + m["escalate"]
        self.curt = [norm(x) for x in m["curt1"] + m["curt2"] + m["curt3"]]
        self.disclose = [x for s in m["scenarios"] for x in s["disclose"]]
        self.ver = m["verask"] + m["verconf"]


def load_yaml_scenario(path):
    """The few fields the derivation needs from the scenario file (our own flat YAML)."""
    txt = open(path, encoding="utf-8").read()
    sc = dict(facts=[], info=[])
    sc["id"] = re.search(r"^id: (\S+)", txt, re.M).group(1)
    req = re.search(r"^requires: \{(.*)\}", txt, re.M).group(1)
    sc["requires"] = {k: v == "true" for k, v in re.findall(r"(\w+): (true|false)", req)}
    sla = re.search(r"^sla: \{(.*)\}", txt, re.M).group(1)
    sc["sla"] = {k: int(v) for k, v in re.findall(r"(\w+): (\d+)", sla)}
    for line in re.findall(r"^  - \{ key: .*expected.*$", txt, re.M):
        def arr(name):
            return json.loads(re.search(name + r": (\[.*?\])", line).group(1))
        sc["facts"].append(dict(key=re.search(r"key: (\w+)", line).group(1),
                                expected=json.loads(re.search(r'expected: ("[^"]*")', line).group(1)),
                                variants=arr("variants"), wrong=arr("wrong")))
    for line in re.findall(r"^  - \{ key: .*patterns.*$", txt, re.M):
        sc["info"].append(dict(key=re.search(r"key: (\w+)", line).group(1),
                               patterns=json.loads(re.search(r"patterns: (\[.*\]) \}", line).group(1))))
    return sc


def derive(contact, sc, mat: Mat):
    L = {}
    voice = contact["channel"] == "voice"
    turns = sorted(contact["turns"], key=lambda t: (t["startMs"], 0 if t["speaker"] != "agent" else 1))
    ev = contact["events"]
    evt = {e["type"]: e["atMs"] for e in ev}
    for t in turns:
        t["n"] = norm(t["text"])
    A = [t for t in turns if t["speaker"] == "agent"]
    C = [t for t in turns if t["speaker"] == "customer"]
    if not A:
        return {k: "na" for k in CHECKS}

    def is_bc_over(a):
        """a backchannel said while a customer was speaking"""
        if a["n"] not in BACKCHANNEL:
            return False
        return any(c["startMs"] < a["startMs"] < c["endMs"] for c in C)

    # greeting
    L["greeting"] = "pass" if GREET_RE.search(A[0]["n"][:8]) else "fail"
    # agent-id
    names = "|".join(re.escape(norm(n)) for n in mat.m["staff"])
    intro = re.compile(INTRO_RE + "(" + names + ")")
    L["agent-id"] = "pass" if any(ID_RE.search(a["n"]) or intro.search(a["n"]) for a in A[:2]) else "fail"
    # closing
    walkout = any(lines_in(c["n"], mat.m["walkout"]) for c in C)
    if walkout:
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(lines_in(a["n"], mat.m["close"]) for a in A[-2:]) else "fail"
    # forbidden words
    agent_all = [a["n"] for a in A]
    forb_hits = [frag for frag, _ in mat.forb if any(any(f in x for f in forms(frag)) for x in agent_all)]
    L["forbidden-words"] = "fail" if forb_hits else "pass"
    # politeness
    rude = any(any(any(f in x for f in forms(fr)) for x in agent_all) for fr in mat.rude)
    raw_agent = "".join(a["text"] for a in A)
    curt_turns = sum(1 for a in A if any(norm(cl) in mat.curt for cl in clauses(a["text"])))
    curt = ("您" not in raw_agent) and curt_turns >= 3
    L["politeness"] = "fail" if rude or curt else "pass"
    # verification
    if not sc["requires"].get("verification"):
        L["verification"] = "na"
    else:
        vi = next((i for i, a in enumerate(A) if lines_in(a["n"], mat.ver)), None)
        di = next((i for i, a in enumerate(A) if lines_in(a["n"], mat.disclose)), None)
        L["verification"] = "pass" if vi is not None and (di is None or vi < di) else "fail"

    # silences where the agent owed the next word
    hold_thr = 15000 if voice else 30000
    dead_thr = 8000 if voice else 30000
    base = evt.get("agent-joined", evt.get("answered", 0))
    holds, dead = [], False
    real_A = [a for a in A if not is_bc_over(a)]
    for a in real_A:
        before = [t for t in turns if t["startMs"] < a["startMs"] and t is not a and t["speaker"] in ("agent", "customer")]
        if a is real_A[0]:
            prev_end = base
        else:
            if not before:
                continue
            prev_end = max(t["endMs"] for t in before)
        gap = a["startMs"] - prev_end
        if gap < dead_thr:
            continue
        prev_agent = [t for t in before if t["speaker"] == "agent" and not is_bc_over(t)]
        announced = False
        if prev_agent:
            pa = prev_agent[-1]
            between = [t for t in before if t["speaker"] == "customer" and t["startMs"] > pa["startMs"]]
            announced = bool(lines_in(pa["n"], mat.m["holdann"])) and all(len(t["n"]) <= 6 for t in between)
        if a is not real_A[0] and gap >= hold_thr:
            holds.append(dict(announced=announced, thanked=bool(lines_in(a["n"], mat.m["holdthx"]))))
        if not announced and a is not real_A[0] or (a is real_A[0] and gap >= dead_thr):
            dead = True
    # explicit hold events not already inside a counted silence
    starts = [e["atMs"] for e in ev if e["type"] == "hold-start"]
    ends = [e["atMs"] for e in ev if e["type"] == "hold-end"]
    for hs, he in zip(starts, ends):
        nxt = next((a for a in real_A if a["startMs"] >= he), None)
        prv = [a for a in real_A if a["endMs"] <= hs]
        covered = nxt is not None and prv and nxt["startMs"] - max(t["endMs"] for t in turns if t["startMs"] < nxt["startMs"] and t is not nxt) >= hold_thr
        if not covered:
            holds.append(dict(announced=bool(prv and lines_in(prv[-1]["n"], mat.m["holdann"])),
                              thanked=bool(nxt and lines_in(nxt["n"], mat.m["holdthx"]))))
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(h["announced"] and h["thanked"] for h in holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"

    # interruption / speech rate
    if voice:
        intr = False
        for a in A:
            for c in C:
                if c["startMs"] < a["startMs"] < c["endMs"] and c["endMs"] - a["startMs"] >= 1000 and a["n"] not in BACKCHANNEL:
                    intr = True
        L["interruption"] = "fail" if intr else "pass"
        long_ = [a for a in A if a["endMs"] - a["startMs"] >= 1500]
        chars = sum(spoken_chars(a["text"]) for a in long_)
        mins = sum(a["endMs"] - a["startMs"] for a in long_) / 60000
        rate = chars / mins if mins else 200
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    else:
        L["interruption"] = L["speech-rate"] = "na"

    # empathy
    comp = [c for c in C if lines_in(c["n"], mat.complaints)]
    if not comp and not sc["requires"].get("empathy"):
        L["empathy"] = "na"
    elif not comp:
        L["empathy"] = "pass" if any(lines_in(a["n"], mat.m["empathy"] + mat.m["empathy_esc"]) for a in A) else "fail"
    else:
        ok = True
        for c in comp:
            nxt = [a for a in A if a["startMs"] > c["startMs"]][:2]
            has = any(lines_in(a["n"], mat.m["empathy"] + mat.m["empathy_esc"]) for a in nxt)
            rude_reply = any(any(f in a["n"] for fr in mat.rude for f in forms(fr)) for a in nxt)
            if not has or rude_reply:
                ok = False
        L["empathy"] = "pass" if ok else "fail"

    # facts (accuracy, misinformation) and resolution
    def positions(val_forms):
        hits = []
        for ti, a in enumerate(A):
            for f in val_forms:
                for mm in re.finditer(re.escape(f), a["n"]):
                    hits.append((ti, mm.end()))
        return hits
    fact_ok, misinfo, missing = True, False, False
    for f in sc["facts"]:
        acc = sorted({x for v in [f["expected"]] + f["variants"] for x in forms(v)}, key=len, reverse=True)
        wr = sorted({x for v in f["wrong"] for x in forms(v)}, key=len, reverse=True)
        ha, hw = positions(acc), positions(wr)
        if hw:
            misinfo = True
        if not ha and not hw:
            fact_ok = False
            missing = True
        elif not ha or (hw and max(hw) > max(ha)):
            fact_ok = False
    L["fact-accuracy"] = "pass" if fact_ok else "fail"
    L["no-misinformation"] = "fail" if misinfo else "pass"
    nonans_bad = False
    for i, a in enumerate(A):
        if not lines_in(a["n"], mat.m["nonans"]):
            continue
        prevc = [c for c in C if c["startMs"] < a["startMs"]]
        if prevc and lines_in(prevc[-1]["n"], mat.incidq):
            continue
        later = [x for x in A[i + 1:] if not is_bc_over(x)][:1]
        answered = later and (lines_in(later[0]["n"], mat.sidea) or lines_in(later[0]["n"], [a2 for _, a2 in mat.m["referral"]]))
        if not answered:
            nonans_bad = True
    L["resolution"] = "fail" if (missing or nonans_bad) else "pass"

    # first response
    L["first-response"] = "pass" if A[0]["startMs"] - base <= sc["sla"]["firstResponseMs"] else "fail"
    # response latency
    lat_fail = False
    first_agent_start = A[0]["startMs"]
    i = 0
    while i < len(turns):
        t = turns[i]
        if t["speaker"] != "customer" or t["startMs"] < first_agent_start:
            i += 1
            continue
        clock = t["endMs"]
        if not voice:
            # group consecutive customer messages: the clock runs from the first
            j = i
            while j + 1 < len(turns) and turns[j + 1]["speaker"] == "customer":
                j += 1
            grp = turns[i:j + 1]
        else:
            grp = [t]
            j = i
        last = grp[-1]
        ans = next((a for a in A if a["startMs"] > t["startMs"] and not (a["n"] in BACKCHANNEL and a["startMs"] < last["endMs"])), None)
        if ans is not None:
            prev_agent = [a for a in A if a["startMs"] < t["startMs"] and not is_bc_over(a)]
            excepted = bool(prev_agent and lines_in(prev_agent[-1]["n"], mat.m["holdann"]))
            if not excepted and ans["startMs"] - clock > sc["sla"]["responseLatencyMs"]:
                lat_fail = True
        i = j + 1
    L["response-latency"] = "fail" if lat_fail else "pass"
    # record reference / survey
    if not sc["requires"].get("reference"):
        L["record-reference"] = "na"
    else:
        L["record-reference"] = "pass" if any(REF_RE.search(a["n"]) for a in A) else "fail"
    if not sc["requires"].get("survey"):
        L["survey-offered"] = "na"
    else:
        L["survey-offered"] = "pass" if any(SURVEY_RE.search(a["n"]) for a in A) else "fail"
    # required info
    ok = True
    for it in sc["info"]:
        pats = [re.compile(p) for p in it["patterns"]]
        if not any(p.search(a["text"]) or p.search(a["n"]) for p in pats for a in A):
            ok = False
    L["required-info"] = "pass" if ok else "fail"
    return {k: L[k] for k in CHECKS}


# ---------------------------------------------------------------- lint
def lint():
    problems = []
    for h in [h for _, h in HOMOPHONES]:
        for d, m in MAT.items():
            if h in json.dumps(m, ensure_ascii=False):
                problems.append(f"{d}: homophone {h} occurs in material")
    for d, m in MAT.items():
        mt = Mat(m)
        facts = [f for s in m["scenarios"] for f in s["facts"]]
        # agent-side lines by category (values / placeholders filled)
        fill = dict(name=m["staff"][0], ref=m["refprefix"] + "20260511", v="…", cust=m["customers"][0])
        cat = defaultdict(list)
        for k in ["greet", "nogreet", "ids", "bare", "openq", "curt1", "ack", "curt2", "wrap", "curt3", "empathy", "calm",
                  "verask", "verconf", "holdann", "holdthx", "nonans", "lookalike", "close", "nonclose", "survey", "ref", "noref", "correct"]:
            cat[k] = [x.format(**fill) for x in m[k]]
        cat["empathy"] += m["empathy_esc"]
        cat["sidea"] = [a for _, a in m["sideq"]]
        cat["shrug"] = [a for _, a in m["incid"]]
        cat["referral"] = [a for _, a in m["referral"]]
        cat["forb"] = [x for x, _, _ in m["forb_mild"] + m["forb_rude"]]
        for s in m["scenarios"]:
            cat["disclose"] += s["disclose"]
            for it in s["info"]:
                cat["ask:" + s["id"] + ":" + it["key"]] = it["ask"]
            for f in s["facts"]:
                if any("{v}" not in t for t in f["state"]):
                    problems.append(f"{d}: a fact line of {f['key']} lacks its value")
                cat["state"] += [t.format(v=f["expected"]) for t in f["state"]]
        cust = defaultdict(list)
        cust["issue"] = [x for s in m["scenarios"] for x in s["issue"]]
        cust["answers"] = [a for s in m["scenarios"] for it in s["info"] for a in it["answer"]]
        cust["asks"] = [a for s in m["scenarios"] for f in s["facts"] for a in f["ask"]]
        cust["other"] = m["capology"] + [x.format(**fill) for x in m["vergive"]] + [q for q, _ in m["sideq"]] + \
            [q for q, _ in m["incid"]] + [q for q, _ in m["referral"]] + m["press"] + m["walkout"] + m["custend"]
        allagent = [(k, x) for k, v in cat.items() for x in v]

        def must(k, rx, lines=None):
            for x in (lines if lines is not None else cat[k]):
                if not any(rx.search(f) for f in forms(x)):
                    problems.append(f"{d}: {k} line lacks its decisive words: {x}")

        def must_not(k, rx, exempt=()):
            for kk, x in allagent:
                if kk == k or kk in exempt:
                    continue
                if any(rx.search(f) for f in forms(x)):
                    problems.append(f"{d}: {kk} line carries {k} words: {x}")
        must("greet", GREET_RE)
        for k in ["nogreet", "ids", "bare", "openq", "curt1"]:
            for x in cat[k]:
                if any(GREET_RE.search(f) for f in forms(x)):
                    problems.append(f"{d}: {k} (opener part) carries a greeting: {x}")
        names = "|".join(re.escape(norm(n)) for n in m["staff"])
        intro = re.compile(INTRO_RE + "(" + names + ")")
        idrx = re.compile(ID_RE.pattern + "|" + intro.pattern)
        must("ids", idrx)
        must_not("ids", idrx)
        must("ref", REF_RE)
        must_not("ref", REF_RE)
        must("survey", SURVEY_RE)
        must_not("survey", SURVEY_RE)
        must("close", CLOSE_RE)
        must_not("close", CLOSE_RE)
        must("holdann", HOLDANN_RE)
        must_not("holdann", HOLDANN_RE)
        must("holdthx", HOLDTHX_RE)
        must_not("holdthx", HOLDTHX_RE)
        must("empathy", EMP_RE)
        must_not("empathy", EMP_RE, exempt=("shrug",))
        for k in ["verask", "verconf"]:
            must(k, VER_RE)
        for kk, x in allagent:
            if kk not in ("verask", "verconf") and any(VER_RE.search(f) for f in forms(x)):
                problems.append(f"{d}: {kk} line carries verification words: {x}")
        must("nonans", NONANS_RE)
        must_not("nonans", NONANS_RE, exempt=("shrug", "lookalike"))
        for frag in [f for _, f, _ in m["forb_mild"] + m["forb_rude"]]:
            for kk, x in allagent:
                if kk != "forb" and any(ff in norm(x) for ff in forms(frag)):
                    problems.append(f"{d}: {kk} line carries a 忌语 fragment {frag}: {x}")
        for x, frag, _ in m["forb_mild"] + m["forb_rude"]:
            if frag not in x:
                problems.append(f"{d}: forb fragment not in its line: {frag}")
        for kk, x in allagent:
            if kk.startswith("curt"):
                continue
            for cl in clauses(x):
                if norm(cl) in mt.curt:
                    problems.append(f"{d}: {kk} line has a curt clause {cl}: {x}")
        for x in cat["disclose"]:
            for kk, y in allagent:
                if kk != "disclose" and any(f in norm(y) for f in forms(x)):
                    problems.append(f"{d}: disclosure line inside {kk}: {y}")
        # customer side: complaints carry complaint words, nothing else does
        for x in mt.complaints:
            if not COMPL_RE.search(norm(x)):
                problems.append(f"{d}: complaint line lacks complaint words: {x}")
        for k, v in cust.items():
            for x in v:
                if COMPL_RE.search(norm(x)):
                    problems.append(f"{d}: customer {k} line carries complaint words: {x}")
        for x in m["capology"]:
            if not re.search(r"不好意思|抱歉|对不起", x):
                problems.append(f"{d}: customer apology lacks apology: {x}")
        # facts: values only in their fact lines; accepted vs wrong never substrings of each other
        for f in facts:
            acc = {x for v in [f["expected"]] + f["variants"] for x in forms(v)}
            wr = {x for v in f["wrong"] for x in forms(v)}
            for a in acc:
                for w in wr:
                    if a in w or w in a:
                        problems.append(f"{d}: {f['key']} accepted {a} and wrong {w} overlap")
            for kk, x in allagent + [(k, x) for k, v in cust.items() for x in v]:
                if kk == "state":
                    continue
                for val in acc | wr:
                    if val in norm(x) or any(val in ff for ff in forms(x)):
                        problems.append(f"{d}: value {val} of {f['key']} occurs in {kk}: {x}")
        # info regexes match their asks and nothing else an agent says
        for s in m["scenarios"]:
            for it in s["info"]:
                pats = [re.compile(p) for p in it["patterns"]]
                for x in it["ask"]:
                    for ff in [x] + forms(x):
                        if not any(p.search(ff) for p in pats):
                            problems.append(f"{d}: info {it['key']} pattern misses its ask: {ff}")
                for kk, x in allagent:
                    if kk.startswith("ask:") and kk.endswith(":" + it["key"]):
                        continue
                    if any(p.search(ff) for p in pats for ff in [x] + forms(x)):
                        problems.append(f"{d}: info {it['key']} pattern matches a {kk} line: {x}")
        if set(m["staff"]) & set(m["customers"]):
            problems.append(f"{d}: staff and customer names overlap")
    return problems


def main():
    scen = {}
    for f in sorted(os.listdir(os.path.join(OUT, "scenarios"))):
        sc = load_yaml_scenario(os.path.join(OUT, "scenarios", f))
        scen[sc["id"]] = sc
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8") if l.strip()]
    labels = {l["contactId"]: l for l in (json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") if x.strip())}
    problems = lint()
    for p in problems:
        print("LINT", p)
    derived = {}
    dis = 0
    for c in contacts:
        sc = scen[c["scenarioId"]]
        dom = c["scenarioId"].split("-")[1]
        if c["outcome"] != "completed":
            d = {k: "na" for k in CHECKS}
        else:
            d = derive(json.loads(json.dumps(c)), sc, Mat(MAT[dom]))
        derived[c["contactId"]] = d
        lab = labels[c["contactId"]]
        for k in CHECKS:
            if lab["labels"][k] != d[k]:
                dis += 1
                print(f"DISAGREE {c['contactId']} {k}: label={lab['labels'][k]} derived={d[k]}")
        for k, v in lab["labels"].items():
            if v == "fail" and k not in lab.get("why", {}):
                print(f"NOWHY {c['contactId']} {k}")
                dis += 1
    # mutation check: flip one label per contact, it must be caught
    caught = 0
    for n, c in enumerate(contacts):
        cid = c["contactId"]
        k = CHECKS[n % len(CHECKS)]
        v = labels[cid]["labels"][k]
        mut = {"pass": "fail", "fail": "pass", "na": "pass"}[v]
        if mut != derived[cid][k]:
            caught += 1
    # counts
    cnt = {k: Counter() for k in CHECKS}
    for l in labels.values():
        for k in CHECKS:
            cnt[k][l["labels"][k]] += 1
    print(f"{'check':18} pass fail   na")
    for k in CHECKS:
        print(f"{k:18} {cnt[k]['pass']:4} {cnt[k]['fail']:4} {cnt[k]['na']:4}")
    bal = []
    for k in ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "dead-air",
              "empathy", "resolution", "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered"]:
        if cnt[k]["pass"] < 25 or cnt[k]["fail"] < 25:
            bal.append(k)
    for k in ["interruption", "speech-rate"]:
        if cnt[k]["fail"] < 15:
            bal.append(k)
    print(f"contacts={len(contacts)} disagreements={dis} lint={len(problems)} mutations caught={caught}/{len(contacts)} balance-short={bal}")
    ok = dis == 0 and not problems and caught == len(contacts) and not bal
    print("OK" if ok else "NOT OK")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
