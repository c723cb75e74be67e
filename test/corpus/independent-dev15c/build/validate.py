"""Validator: re-derives every label from the written contacts, the material and the scenario files alone,
compares with labels.jsonl, lints the material and runs a mutation check. Python 3.11 stdlib only."""
import importlib, json, os, re, sys, glob
from collections import Counter, defaultdict
from common import HOMOPHONES, FILLERS, asr_core, norm, spoken_chars
import mat_common as MC

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DOMAINS = ["quality", "ferry", "grocery", "watch", "windows", "tvshop"]
MATS = {d: importlib.import_module(f"mat_{d}") for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
problems = []

# ------------------------------------------------------------------ scenarios (read from the written YAML)
def parse_yaml(path):
    txt = open(path, encoding="utf-8").read()
    sc = {"id": re.search(r"^id: (\S+)", txt, re.M).group(1), "facts": [], "info": []}
    r = re.search(r"^requires: \{(.*)\}", txt, re.M).group(1)
    sc["requires"] = {k: v == "true" for k, v in re.findall(r"(\w+): (true|false)", r)}
    s = re.search(r"^sla: \{(.*)\}", txt, re.M).group(1)
    sc["sla"] = {k: int(v) for k, v in re.findall(r"(\w+): (\d+)", s)}
    sc["domain"] = re.search(r"^tags: \[[^,]+, (\w+)\]", txt, re.M).group(1)
    sec = None
    for line in txt.splitlines():
        if line in ("facts:", "requiredInfo:"):
            sec = line
            continue
        if not line.startswith("  - "):
            if not line.startswith(" "):
                sec = None if line not in ("facts:", "requiredInfo:") else sec
            continue
        if sec == "facts:":
            sc["facts"].append({"key": re.search(r"key: ([\w-]+)", line).group(1),
                                "expected": json.loads(re.search(r"expected: (\".*?\")", line).group(1)),
                                "variants": json.loads(re.search(r"variants: (\[.*?\])", line).group(1)),
                                "wrong": json.loads(re.search(r"wrong: (\[.*?\])", line).group(1))})
        elif sec == "requiredInfo:":
            sc["info"].append({"key": re.search(r"key: ([\w-]+)", line).group(1),
                               "patterns": json.loads(re.search(r"patterns: (\[.*\]) \}", line).group(1))})
    return sc

SCN = {}
for p in sorted(glob.glob(os.path.join(OUT, "scenarios", "*.yaml"))):
    sc = parse_yaml(p)
    SCN[sc["id"]] = sc

# ------------------------------------------------------------------ dictionaries of written lines
CODE_CLEAN = "[0-9]{6,12}"
CODE_ASR = "[零幺二三四五六七八九]{6,12}"


def homo(m):
    h = dict(HOMOPHONES)
    h.update(m.HOMO)
    return h


def agent_lines(m, ms, sc):
    """(category, attr, line) for every agent line a contact of this scenario can contain."""
    out = []
    for cat, v in m.A.items():
        if cat in ("f_mild", "f_harsh"):
            for sub, ls in v.items():
                out += [(cat, sub, l) for l in ls]
        elif cat != "ref":
            out += [(cat, None, l) for l in v]
    out += [("disclose", None, l) for l in ms["disclose"]]
    for i in ms["info"]:
        out += [("ask:" + i["key"], None, l) for l in i["ask"]]
    fy = {f["key"]: f for f in sc["facts"]}
    for f in ms["facts"]:
        y = fy[f["key"]]
        for t in f["say"]:
            for kind, vals in (("right", [y["expected"]] + y["variants"]), ("wrong", y["wrong"])):
                out += [("fact:" + f["key"], kind, t.format(v=v)) for v in vals]
    for sd in m.SIDE:
        out += [("side_ans", None, l) for l in sd["a"]]
    out += [("note", None, l) for l in MC.NOTE]
    return out


def cust_lines(m, ms):
    out = []
    for cat, v in m.C.items():
        out += [(cat, None, l) for l in v]
    out += [("problem", None, l) for l in ms["problem"]]
    for i in ms["info"]:
        out += [("give:" + i["key"], None, l) for l in i["give"]]
    for f in ms["facts"]:
        out += [("q:" + f["key"], None, l) for l in f["ask"]]
    for sd in m.SIDE:
        out += [("side_q", None, l) for l in sd["q"]]
    out += [("side_q", None, l) for l in m.MILD_Q.values()]
    return out


class Dict:
    def __init__(self, entries, ref_templates, h):
        self.fixed = defaultdict(list)
        self.rx = []
        seen = {}
        for cat, attr, line in entries:
            for form in {norm(line), norm(asr_core(line, h))}:
                key = form
                if key in seen and seen[key][:2] != (cat, attr) and not (seen[key][0] == cat and {seen[key][1], attr} <= {"right"}):
                    problems.append(f"lint: same written form in two categories: {line} ({seen[key]} / {cat})")
                seen[key] = (cat, attr, line)
                self.fixed[form[0]].append((form, cat, attr))
        for t in ref_templates:
            a, b = t.split("{code}")
            for conv, code in ((lambda x: x, CODE_CLEAN), (lambda x: asr_core(x, h), CODE_ASR)):
                self.rx.append((re.compile(re.escape(norm(conv(a))) + code + re.escape(norm(conv(b)))), "ref", None))

    def parse(self, s):
        memo = {}

        def go(i):
            if i == len(s):
                return [[]]
            if i in memo:
                return memo[i]
            res = []
            for form, cat, attr in self.fixed.get(s[i], []):
                if s.startswith(form, i):
                    for rest in go(i + len(form)):
                        res.append([(cat, attr)] + rest)
                        if len(res) > 4:
                            break
            for rx, cat, attr in self.rx:
                mm = rx.match(s, i)
                if mm:
                    for rest in go(mm.end()):
                        res.append([(cat, attr)] + rest)
            memo[i] = res[:5]
            return memo[i]
        parses = go(0)
        if not parses:
            return None
        uniq = {tuple(p) for p in parses}
        if len(uniq) > 1:
            return "ambiguous"
        return parses[0]


DICTS = {}
for d in DOMAINS:
    m = MATS[d]
    for ms in m.SCEN:
        sc = SCN[ms["id"]]
        h = homo(m)
        DICTS[ms["id"]] = (Dict(agent_lines(m, ms, sc), m.A["ref"], h), Dict(cust_lines(m, ms), [], h))

# ------------------------------------------------------------------ label derivation
BC = set(MC.BACKCHANNEL)
ANSWER = {"side_ans", "answer_press", "disclose"}
NONREPLY = {"nonans", "f_mild", "neutral", "curt"}
QUESTION = ("q:", "side_q", "press")


def cats(t):
    return {c for c, _ in t["segs"]}


def has(t, pfx):
    return any(c == pfx or c.startswith(pfx + ":") for c, _ in t["segs"])


def derive(o):
    L = {}
    if o["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in o["turns"]):
        return {k: "na" for k in CHECKS}
    sc = SCN[o["scenarioId"]]
    adict, cdict = DICTS[o["scenarioId"]]
    voice = o["channel"] == "voice"
    ev = {e["type"]: e["atMs"] for e in o["events"]}
    join = ev.get("agent-joined", ev.get("answered", 0))
    T = []
    for t in o["turns"]:
        if t["speaker"] not in ("agent", "customer") or t["startMs"] < join:
            continue
        tt = dict(t)
        raw = re.sub(r"[\s，。？！、,.?!]", "", t["text"])
        if t["speaker"] == "agent" and raw in BC:
            tt["bc"], tt["segs"] = True, []
        else:
            tt["bc"] = False
            segs = (adict if t["speaker"] == "agent" else cdict).parse(norm(t["text"]))
            if segs is None or segs == "ambiguous":
                problems.append(f"{o['contactId']}: turn not parsed ({segs}): {t['text']}")
                segs = []
            tt["segs"] = segs
        T.append(tt)
    AG = [t for t in T if t["speaker"] == "agent" and not t["bc"]]
    seq = [t for t in T if not t["bc"]]
    thr_dead, thr_hold = (8000, 15000) if voice else (30000, 30000)

    # 规范性
    L["greeting"] = "pass" if AG and AG[0]["segs"] and AG[0]["segs"][0][0] == "greet" else "fail"
    L["agent-id"] = "pass" if any(has(t, "id") for t in AG[:2]) else "fail"
    last = seq[-1]
    if last["speaker"] == "customer" and has(last, "walkout"):
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(has(t, "close") for t in AG[-2:]) else "fail"
    L["forbidden-words"] = "fail" if any(has(t, "f_mild") or has(t, "f_harsh") for t in AG) else "pass"
    if not sc["requires"]["verification"]:
        L["verification"] = "na"
    else:
        pos_v = pos_d = None
        for i, t in enumerate(AG):
            for j, (c, _) in enumerate(t["segs"]):
                if c == "verify" and pos_v is None:
                    pos_v = (i, j)
                if c in ("disclose", "ref") and pos_d is None:
                    pos_d = (i, j)
        L["verification"] = "pass" if pos_v is not None and (pos_d is None or pos_v < pos_d) else "fail"

    # silences
    def announced(idx):
        """Is the silence before seq[idx] announced by the agent's latest turn (customer acks may follow)?"""
        j = idx - 1
        while j >= 0 and seq[j]["speaker"] == "customer":
            if cats(seq[j]) - {"ack"}:
                return False
            j -= 1
        return j >= 0 and has(seq[j], "hold_ann")

    holds, dead = [], False
    end_so_far = join
    for i, t in enumerate(seq):
        gap = t["startMs"] - end_so_far
        if i == 0:
            if t["speaker"] == "agent" and gap >= thr_dead:
                dead = True
        else:
            owed = t["speaker"] == "agent" or seq[i - 1]["speaker"] == "customer"
            hs = [e for e in o["events"] if e["type"] == "hold-start" and end_so_far <= e["atMs"] <= t["startMs"]]
            if owed and (gap >= thr_hold or hs):
                holds.append(i)
            if owed and (gap >= thr_dead or hs) and not announced(i):
                dead = True
        end_so_far = max(end_so_far, t["endMs"])
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        ok = True
        for i in holds:
            nxt = next((t for t in seq[i:] if t["speaker"] == "agent"), None)
            if not announced(i) or nxt is None or not has(nxt, "hold_thx"):
                ok = False
        L["hold-etiquette"] = "pass" if ok else "fail"

    # 专业性
    curt_turns = sum(1 for t in AG if has(t, "curt"))
    L["politeness"] = "fail" if any(has(t, "f_harsh") for t in AG) or curt_turns >= 3 else "pass"
    if voice:
        intr = False
        for a in AG:
            for c in T:
                if c["speaker"] == "customer" and c["startMs"] <= a["startMs"] < c["endMs"] and c["endMs"] - a["startMs"] >= 1000:
                    intr = True
        L["interruption"] = "fail" if intr else "pass"
        spoken = [t for t in T if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500]
        chars = sum(spoken_chars(t["text"]) for t in spoken)
        ms = sum(t["endMs"] - t["startMs"] for t in spoken)
        rate = chars * 60000 / ms
        if 120 <= rate <= 300:
            L["speech-rate"] = "pass"
        elif rate < 110 or rate > 320:
            L["speech-rate"] = "fail"
        else:
            problems.append(f"{o['contactId']}: speech rate {rate:.0f} in the grey band")
            L["speech-rate"] = "?"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    L["dead-air"] = "fail" if dead else "pass"

    complaints = [i for i, t in enumerate(seq) if t["speaker"] == "customer" and (has(t, "complaint") or has(t, "escalate"))]
    if not complaints:
        L["empathy"] = "na" if not sc["requires"]["empathy"] else ("pass" if any(has(t, "empathy") for t in AG) else "fail")
    else:
        ok = True
        for i in complaints:
            nxt = [t for t in seq[i + 1:] if t["speaker"] == "agent"][:2]
            if not any(has(t, "empathy") for t in nxt):
                ok = False
        L["empathy"] = "pass" if ok else "fail"

    # resolution
    fact_keys = [f["key"] for f in sc["facts"]]
    stated = {k: [a for t in AG for (c, a) in t["segs"] if c == "fact:" + k] for k in fact_keys}
    res = all(stated[k] for k in fact_keys)
    for i, t in enumerate(seq):
        if t["speaker"] != "customer" or not any(c.startswith(QUESTION) for c in cats(t)):
            continue
        rest = seq[i + 1:]
        a = next((x for x in rest if x["speaker"] == "agent"), None)
        if a is None:
            res = False
            continue
        cs = cats(a)
        if "hold_ann" in cs or not cs <= NONREPLY or not (cs & {"nonans", "f_mild"}):
            continue
        ai = seq.index(a)
        nc = seq[ai + 1] if ai + 1 < len(seq) else None
        good = False
        if nc is not None and nc["speaker"] == "customer" and has(nc, "press"):
            na = next((x for x in seq[ai + 2:] if x["speaker"] == "agent"), None)
            if na is not None and (cats(na) & ANSWER or any(c.startswith("fact:") for c in cats(na))):
                good = True
        if not good:
            res = False
    L["resolution"] = "pass" if res else "fail"

    # 及时性
    L["first-response"] = "pass" if AG[0]["startMs"] - join <= sc["sla"]["firstResponseMs"] else "fail"
    lat_ok = True
    i = 0
    while i < len(seq):
        t = seq[i]
        if t["speaker"] != "customer":
            i += 1
            continue
        j = i
        if not voice:
            while j + 1 < len(seq) and seq[j + 1]["speaker"] == "customer":
                j += 1
        a_idx = next((k for k in range(j + 1, len(seq)) if seq[k]["speaker"] == "agent"), None)
        if a_idx is None:
            if any(c.startswith(QUESTION) for x in seq[i:j + 1] for c in cats(x)):
                lat_ok = False
            break
        ref_t = t["endMs"]
        if voice:
            a = next(x for x in AG if x["startMs"] > t["startMs"])
            lat = a["startMs"] - ref_t
            a_idx = seq.index(a)
        else:
            lat = seq[a_idx]["startMs"] - ref_t
        if lat > sc["sla"]["responseLatencyMs"] and not announced(a_idx):
            lat_ok = False
        i = j + 1
    L["response-latency"] = "pass" if lat_ok else "fail"

    # 准确性
    L["fact-accuracy"] = "pass" if all(stated[k] and stated[k][-1] == "right" for k in fact_keys) else "fail"
    L["no-misinformation"] = "fail" if any("wrong" in stated[k] for k in fact_keys) else "pass"
    # 完整性
    L["record-reference"] = "na" if not sc["requires"]["reference"] else ("pass" if any(has(t, "ref") for t in AG) else "fail")
    L["survey-offered"] = "na" if not sc["requires"]["survey"] else ("pass" if any(has(t, "survey") for t in AG) else "fail")
    okinfo = all(any(re.search(p, t["text"]) for t in AG for p in it["patterns"]) for it in sc["info"])
    L["required-info"] = "pass" if okinfo else "fail"
    return {k: L[k] for k in CHECKS}


# ------------------------------------------------------------------ lint of the material
DECISIVE_A = {
    "greet": ["您好", "你好", "欢迎"],
    "id": ["工号", "坐席", "话务员", "为您服务"],
    "close": ["再见", "祝您", "感谢您的来电", "感谢来电", "先挂机", "回头联系"],
    "hold_ann": ["稍等", "稍候", "等一会", "别挂断", "不要挂断", "查一下", "看一下", "调一下", "翻一下"],
    "hold_thx": ["久等", "耐心等", "等候", "等了挺久", "等久了", "等这么", "等我"],
    "empathy": ["抱歉", "对不起", "不好意思", "理解您", "添麻烦", "委屈", "心情", "糟心"],
    "verify": ["身份证", "后四位", "末四位", "尾号", "手机尾号", "验证码", "核对", "核实"],
    "survey": ["评价", "满意", "打分", "打个分", "宝贵意见", "评分"],
    "ref": ["工单号", "受理编号", "受理号", "流水号", "服务单号", "维修单号"],
    "wrapup": ["其他需要", "别的问题", "其他问题", "还有什么需要", "还需要我", "需要的吗", "要处理的吗"],
    "nonans": ["不清楚", "查不了", "不太了解", "说不准", "回答不了", "回答不上来", "没法答复"],
    "f_mild": ["不归", "你去问", "你找", "随便你", "看着办", "等着吧", "看情况", "不管", "不行", "管不着", "管不了", "问他们去",
               "跑一趟", "你的事", "跟我没关系", "随你", "拿主意", "算哪天", "急也没用", "再说吧", "自然就到", "估计", "谁说得准", "爱怎么"],
    "f_harsh": ["说过", "是你自己", "去投诉", "投诉我", "讲得清清楚楚", "第二遍", "去告", "投诉去", "谁让你", "怪谁", "明明是你", "有本事", "有病", "有毛病", "烦不烦", "你到底", "脑子", "傻", "神经病", "常识", "有完没完", "别说了", "快点"],
}
DECISIVE_C = {
    "complaint": ["投诉", "12315", "曝光", "领导", "第三次", "第二次", "三次", "气死", "太差", "什么态度", "坑人", "骗人"],
    "escalate": ["投诉", "曝光", "领导", "老板", "店长"],
    "walkout": ["算了", "先挂", "不说了", "先下线"],
    "apology": ["不好意思", "抱歉"],
    "nudge": ["在吗", "人呢", "在不"],
}
# a category may share words with these (they are the same family)
FAMILY = {frozenset({"complaint", "escalate"}), frozenset({"id", "role"})}


def lint():
    for d in DOMAINS:
        m = MATS[d]
        h = homo(m)
        every = []
        for ms in m.SCEN:
            every += [("A",) + e for e in agent_lines(m, ms, SCN[ms["id"]])]
            every += [("C",) + e for e in cust_lines(m, ms)]
        every += [("A", "ref", None, t) for t in m.A["ref"]]
        for side, cat, attr, line in every:
            for fw in FILLERS:
                if fw in line:
                    problems.append(f"lint {d}: filler '{fw}' inside a written line: {line}")
            table = DECISIVE_A if side == "A" else DECISIVE_C
            base = cat.split(":")[0]
            for other, words in table.items():
                if other == base or frozenset({base, other}) in FAMILY:
                    continue
                if base in ("id", "role") and other == "id":
                    continue
                for w in words:
                    if w in line:
                        problems.append(f"lint {d}: {side}:{cat} line carries {other}'s word '{w}': {line}")
        for ms in m.SCEN:
            sc = SCN[ms["id"]]
            # facts: every template carries its value; accepted vs wrong never substrings (both forms)
            for f in ms["facts"]:
                for t in f["say"]:
                    if t.count("{v}") != 1:
                        problems.append(f"lint {d}: fact line without its value slot: {t}")
                y = next(x for x in sc["facts"] if x["key"] == f["key"])
                acc = [y["expected"]] + y["variants"]
                for a in acc:
                    for w in y["wrong"]:
                        for fa, fw_ in ((a, w), (asr_core(a, h), asr_core(w, h))):
                            if fa in fw_ or fw_ in fa:
                                problems.append(f"lint {d}: accepted '{a}' and wrong '{w}' overlap")
            # info regexes: match every ask (written and recognised forms), and no other agent line
            lines = agent_lines(m, ms, sc)
            for it in sc["info"]:
                for cat, attr, line in lines:
                    forms = {line, asr_core(line, h), re.sub(r"[，。？！]", " ", asr_core(line, h))}
                    hit = any(re.search(p, f) for p in it["patterns"] for f in forms)
                    if cat == "ask:" + it["key"] and not all(any(re.search(p, f) for p in it["patterns"]) for f in forms):
                        problems.append(f"lint {d}: info regex misses its ask: {line}")
                    if cat != "ask:" + it["key"] and hit:
                        problems.append(f"lint {d}: info regex {it['key']} matches a non-ask line: {line}")
            for t in m.A["ref"]:
                if "{code}" not in t:
                    problems.append(f"lint {d}: ref line without code: {t}")


# ------------------------------------------------------------------ main
def main():
    lint()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8") if l.strip()]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") if l.strip()}
    derived = {}
    dis = 0
    for o in contacts:
        D = derive(o)
        derived[o["contactId"]] = D
        lab = labels[o["contactId"]]["labels"]
        for k in CHECKS:
            if D[k] != lab[k]:
                dis += 1
                problems.append(f"{o['contactId']} {k}: written text says {D[k]}, label says {lab[k]}")
        for k, v in lab.items():
            if v == "fail" and k not in labels[o["contactId"]].get("why", {}):
                problems.append(f"{o['contactId']} {k}: fail without a why")
    # mutation check: flip one label per contact, the derivation must disagree
    caught = 0
    order = ["greeting", "closing", "dead-air", "resolution", "fact-accuracy", "agent-id"]
    for n, o in enumerate(contacts):
        lab = dict(labels[o["contactId"]]["labels"])
        k = CHECKS[n % len(CHECKS)]
        lab[k] = {"pass": "fail", "fail": "pass", "na": "pass"}[lab[k]]
        if derived[o["contactId"]][k] != lab[k]:
            caught += 1
    # counts
    cnt = {k: Counter(labels[c]["labels"][k] for c in labels) for k in CHECKS}
    print("| check | pass | fail | na |\n|---|---:|---:|---:|")
    for k in CHECKS:
        print(f"| {k} | {cnt[k]['pass']} | {cnt[k]['fail']} | {cnt[k]['na']} |")
    need25 = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "dead-air",
              "empathy", "resolution", "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered"]
    for k in need25:
        if cnt[k]["pass"] < 25 or cnt[k]["fail"] < 25:
            problems.append(f"balance: {k} has {cnt[k]['pass']} pass / {cnt[k]['fail']} fail")
    for k in ("interruption", "speech-rate"):
        if cnt[k]["fail"] < 15:
            problems.append(f"balance: {k} has {cnt[k]['fail']} fail")
    ch = Counter(o["channel"] for o in contacts if not labels[o["contactId"]].get("special"))
    print(f"\nnormal contacts by channel: {dict(ch)}; specials: {sum(1 for c in labels.values() if c.get('special'))}")
    print(f"disagreements: {dis}; mutation check caught {caught}/{len(contacts)}")
    for p in problems[:60]:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")
    sys.exit(1 if problems or caught != len(contacts) else 0)


if __name__ == "__main__":
    main()
