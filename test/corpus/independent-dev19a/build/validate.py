"""Validator: re-derives every label from contacts.jsonl + material + scenarios, lints the material,
and runs a mutation check. Exit code 0 only when everything agrees."""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import norm, read_numbers, spoken_chars, HOMOPHONES, PUNCT_RE  # noqa: E402
from plan import load_mat, DOMAINS  # noqa: E402
import gen  # noqa: E402  (only for the YAML renderer and the generic correction / ref-negative lines)

OUT = os.path.dirname(HERE)
CHECKS = gen.CHECKS
BALANCED = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "dead-air",
            "empathy", "resolution", "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered"]
BACKCH = {"嗯嗯", "对", "嗯", "好的", "对对"}
problems = []


def P(msg):
    problems.append(msg)


# ---------------------------------------------------------------- material lint
DECISIVE_WORDS = {
    "GREET": r"您好|你好|欢迎|早上好|上午好|下午好|晚上好|哈喽|嗨",
    "CLOSE": r"再见|拜拜|感谢.{0,2}来电|谢谢.{0,2}来电|祝您|祝宝宝|预祝|回头见|先挂机|挂机就行|先挂吧|挂机吧",
    "HOLD_ANN": r"稍等|稍候|别挂|等我一下",
    "HOLD_THX": r"久等|耐心等|等候",
    "EMPATHY": r"抱歉|对不起|不好意思|理解您|能理解|歉|委屈|糟心|闹心|心疼|揪心|感受",
    "SURVEY": r"评价|满意|打分|打个分|评分|评个分|意见",
    "REF": r"工单号|受理编号|受理号|流水号|服务单号",
    "ID": r"工号|编号.{1,5}的(客服|坐席)|号话务员|号客服|号顾问|坐席号|坐席员|号前台|接线员|专员",
    "VERIFY": r"验证码|后四位|后六位|尾号|出生|核对|核实|生日|最后四位",
    "NONANSWER": r"查不到|不清楚|回答不了|答不上来|答复不了|没法.{0,2}答复|没有相关信息|不了解|看不到|看不出来|没有信息",
    "FW": r"说过了|讲过了|说过一遍|讲过一遍|说了两遍|随你|看着办|不管|没关系|投诉|你自己|听不懂|快点|别说了|行了行了|有本事|爱信不信|听不进去|搞不明白|弄不明白|怎么想|随便|胡搅蛮缠|磨叽|废话|外行|扯",
}
ALLOW = {("CLOSE", "HOLD_THX"), ("LOOKALIKE", "NONANSWER"), ("LOOKALIKE", "FW"), ("VERIFY_LATE", "VERIFY"), ("VERIFY_OK", "VERIFY"),
         ("HOLD_ANN", "VERIFY"), ("NONANSWER", "NONANSWER"), ("FW", "SURVEY")}
AGENT_CATS = ["GREET", "NOGREET", "ID", "IDNEG", "OPENQ", "CLOSE", "WRAP", "FW_ONLY", "FW_RUDE", "LOOKALIKE", "CALM", "VERIFY_OK",
              "VERIFY_LATE", "HOLD_ANN", "HOLD_THX", "EMPATHY", "NONANSWER", "REF", "SURVEY", "NEUTRAL_A"]
CAT_WORDKEY = {"FW_ONLY": "FW", "FW_RUDE": "FW", "VERIFY_ASK": "VERIFY"}
COMPLAINT_MARK = r"投诉|12315|12345|曝光|你们领导|找.{0,3}领导|过分|气死|受够|服了|太差|坑|不靠谱|离谱|不负责|不满意|失望|不像话|到底|糊弄|敷衍|不爽|耍人|倒霉|折腾人|必须"


def agent_lines(mat, scen=None):
    """(category, line) of every agent line that may appear in a contact of this scenario (or domain)."""
    out = []
    for cat in AGENT_CATS:
        for l in getattr(mat, cat):
            out.append((cat, l))
    for a, _ in mat.VERIFY:
        out.append(("VERIFY_ASK", a))
    for s in ([scen] if scen else mat.SCENARIOS):
        for l in s["disclose"]:
            out.append(("DISCLOSE", l))
        for _, ans in s["sq"]:
            for l in ans:
                out.append(("SQ_ANSWER", l))
        for it in s["info"]:
            for l in it["asks"]:
                out.append(("INFO_ASK:" + it["key"], l))
        for f in s["facts"]:
            for l in f["lines"]:
                for v in [f["expected"]] + f["variants"] + f["wrong"]:
                    out.append(("FACT:" + f["key"], l.format(v=v)))
    return out


def customer_lines(mat, scen=None):
    out = []
    for cat in ["CUST_APOLOGY", "WALKOUT", "PRESS", "MOVEON", "ACK", "REPEAT", "END_C"]:
        out += [(cat, l) for l in getattr(mat, cat)]
    out += [("COMPLAINT", l) for l in mat.COMPLAINT]
    for s in ([scen] if scen else mat.SCENARIOS):
        out += [("REQUEST", l) for l in s["requests"]] + [("COMPLAINT", l) for l in s["complaint_requests"]]
        out += [("SQ", q) for q, _ in s["sq"]] + [("VOLUNTEER", it["volunteer"]) for it in s["info"]]
        out += [("INFO_ANSWER", l) for it in s["info"] for l in it["answers"]]
    out += [("VERIFY_ANSWER", b) for _, b in mat.VERIFY]
    return out


def lint(mat):
    d = mat.DOMAIN
    for cat in ["GREET", "ID", "CLOSE", "HOLD_ANN", "HOLD_THX", "EMPATHY", "NONANSWER", "REF", "SURVEY", "COMPLAINT", "LOOKALIKE"]:
        lines = getattr(mat, cat)
        if len(set(lines)) < 8:
            P(f"lint {d}: {cat} has only {len(set(lines))} wordings")
    if len(set(mat.FW_ONLY + mat.FW_RUDE)) < 16 or len(mat.VERIFY) < 8:
        P(f"lint {d}: FW or VERIFY too few")
    al = agent_lines(mat)
    # decisive words: a line of one category must not carry another category's decisive words
    for cat, l in al:
        ck = CAT_WORDKEY.get(cat, cat)
        for wcat, rx in DECISIVE_WORDS.items():
            if wcat == ck or (ck, wcat) in ALLOW:
                continue
            if cat.startswith("FACT") and wcat in ("NONANSWER",):
                continue
            if re.search(rx, l):
                P(f"lint {d}: {cat} line {l!r} has {wcat} words")
    # decisive lines must not sit inside another category's line
    decisive = ["GREET", "ID", "CLOSE", "FW_ONLY", "FW_RUDE", "VERIFY_ASK", "VERIFY_OK", "HOLD_ANN", "HOLD_THX", "EMPATHY", "NONANSWER", "SURVEY"]
    normed = [(cat, l, norm(l)) for cat, l in al]
    for cat, l, n in normed:
        if cat not in decisive:
            continue
        if len(n) < 2:
            P(f"lint {d}: decisive line too short {l!r}")
        for cat2, l2, n2 in normed:
            if cat2 != cat and not (cat in ("FW_ONLY", "FW_RUDE") and cat2 in ("FW_ONLY", "FW_RUDE")) and n in n2:
                P(f"lint {d}: {cat} line {l!r} found inside {cat2} line {l2!r}")
    # customer side: complaint markers only in complaint lines
    for cat, l in customer_lines(mat):
        if cat != "COMPLAINT" and re.search(COMPLAINT_MARK, l):
            P(f"lint {d}: customer {cat} line {l!r} reads as a complaint")
    # speech-recognition round trip
    rng = random.Random(7)
    for cat, l in al + customer_lines(mat):
        h = l
        for canon, heard in HOMOPHONES.items():
            if heard in l:
                P(f"lint {d}: line {l!r} already holds a homophone form")
            h = h.replace(canon, heard)
        if norm(read_numbers(h, rng)) != norm(l):
            P(f"lint {d}: round trip breaks {l!r}: {norm(read_numbers(h, rng))} vs {norm(l)}")
    for s in mat.SCENARIOS:
        sal = agent_lines(mat, s)
        # facts: lines carry their value; values are not substrings of each other; values only in fact lines
        for f in s["facts"]:
            if not all("{v}" in l for l in f["lines"]):
                P(f"lint {s['id']}: fact line without value")
            acc = [norm(x) for x in [f["expected"]] + f["variants"]]
            wr = [norm(x) for x in f["wrong"]]
            for a in acc:
                for w in wr:
                    if a in w or w in a:
                        P(f"lint {s['id']}: {a} / {w} overlap")
            for v in acc + wr:
                for cat, l in sal:
                    if not cat.startswith("FACT") and v in norm(l):
                        P(f"lint {s['id']}: value {v} inside {cat} line {l!r}")
                for f2 in s["facts"]:
                    if f2 is not f:
                        for v2 in [f2["expected"]] + f2["variants"] + f2["wrong"]:
                            if v in norm(v2):
                                P(f"lint {s['id']}: value {v} inside other fact value {v2}")
        # info regexes match their asks only
        for it in s["info"]:
            rx = "|".join(it["patterns"])
            for a in it["asks"]:
                if not re.search(rx, a):
                    P(f"lint {s['id']}: ask {a!r} not matched by {rx}")
            for cat, l in sal:
                if cat != "INFO_ASK:" + it["key"] and re.search(rx, l):
                    P(f"lint {s['id']}: info regex {rx} matches {cat} line {l!r}")
            for l in gen.CORRECT + gen.REFNEG:
                if re.search(rx, l):
                    P(f"lint {s['id']}: info regex matches generic line {l!r}")


# ---------------------------------------------------------------- derivation
class M:
    """Normalised material of one domain/scenario for matching."""

    def __init__(self, mat, scen):
        self.mat, self.scen = mat, scen
        n = lambda ls: [x for x in {norm(l) for l in ls} if x]
        self.greet = n(mat.GREET)
        self.id = n(mat.ID)
        self.close = n(mat.CLOSE)
        self.fw = n(mat.FW_ONLY + mat.FW_RUDE)
        self.rude = n(mat.FW_RUDE)
        self.verify = n([a for a, _ in mat.VERIFY] + mat.VERIFY_OK)
        self.disclose = n(scen["disclose"])
        self.hold_ann = n(mat.HOLD_ANN)
        self.hold_thx = n(mat.HOLD_THX)
        self.empathy = n(mat.EMPATHY)
        self.nonanswer = n(mat.NONANSWER)
        self.sq_answer = n([l for _, ans in scen["sq"] for l in ans])
        self.survey = n(mat.SURVEY)
        self.complaint = n(mat.COMPLAINT + scen["complaint_requests"])
        self.walkout = n(mat.WALKOUT)
        self.ref = [re.compile(re.escape(norm(t.split("{ref}")[0])) + re.escape(mat.REF_PREFIX) + r"\d{6,}" + re.escape(norm(t.split("{ref}")[1])))
                    for t in mat.REF]
        self.facts = [([norm(x) for x in [f["expected"]] + f["variants"]], [norm(x) for x in f["wrong"]]) for f in scen["facts"]]


def has(text, lines):
    t = norm(text)
    return any(l in t for l in lines)


def derive(c, mat, scen):
    m = M(mat, scen)
    voice = c["channel"] == "voice"
    sla = scen["sla"]
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered"))
    turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer") and t["startMs"] >= joined]
    cust = [t for t in turns if t["speaker"] == "customer"]

    def is_bc(t):
        if t["speaker"] != "agent" or PUNCT_RE.sub("", t["text"]) not in BACKCH:
            return False
        return any(u["startMs"] <= t["startMs"] < u["endMs"] for u in cust)

    seq = [t for t in turns if not is_bc(t)]
    agents = [t for t in seq if t["speaker"] == "agent"]
    L = {}
    L["greeting"] = "pass" if has(agents[0]["text"], m.greet) else "fail"
    L["agent-id"] = "pass" if any(has(a["text"], m.id) for a in agents[:2]) else "fail"
    if seq[-1]["speaker"] == "customer" and has(seq[-1]["text"], m.walkout):
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(has(a["text"], m.close) for a in agents[-2:]) else "fail"
    L["forbidden-words"] = "fail" if any(has(a["text"], m.fw) for a in agents) else "pass"
    L["politeness"] = "fail" if any(has(a["text"], m.rude) for a in agents) else "pass"
    if scen["requires"]["verification"]:
        vi = next((i for i, a in enumerate(agents) if has(a["text"], m.verify)), None)
        di = next((i for i, a in enumerate(agents) if has(a["text"], m.disclose)), None)
        if di is None:
            P(f"{c['contactId']}: no disclosure in a verification scenario")
        L["verification"] = "pass" if (vi is not None and di is not None and vi < di) else "fail"
    else:
        L["verification"] = "na"
    # silences the agent owed
    hold_ev = [(e["atMs"], "s" if e["type"] == "hold-start" else "e") for e in c["events"] if e["type"] in ("hold-start", "hold-end")]
    silences = []  # (start, end, next_turn_index_in_seq)
    last_end = joined
    for i, t in enumerate(seq):
        if t["speaker"] == "agent":
            if i == 0 or True:
                silences.append((last_end, t["startMs"], i))
        last_end = max(last_end, t["endMs"])
    hold_thr, da_thr = (15000, 8000) if voice else (30000, 30000)
    holds, dead = [], False
    sil_info = {}
    for s0, s1, i in silences:
        gapms = s1 - s0
        evhold = any(s0 <= at <= s1 for at, _ in hold_ev)
        is_hold = gapms >= hold_thr or evhold
        prev_agent = next((a for a in reversed(seq[:i]) if a["speaker"] == "agent"), None)
        announced = prev_agent is not None and has(prev_agent["text"], m.hold_ann)
        if is_hold:
            holds.append(announced and has(seq[i]["text"], m.hold_thx))
        if gapms >= da_thr and not (is_hold and announced):
            dead = True
        sil_info[i] = (is_hold and announced)
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"
    if voice:
        inter = False
        for a in agents:
            for u in cust:
                if u["startMs"] < a["startMs"] < u["endMs"] and a["startMs"] <= u["endMs"] - 1000:
                    inter = True
        L["interruption"] = "fail" if inter else "pass"
        long = [a for a in agents if a["endMs"] - a["startMs"] >= 1500]
        rate = sum(spoken_chars(a["text"]) for a in long) / (sum(a["endMs"] - a["startMs"] for a in long) / 60000)
        if 120 <= rate <= 300:
            L["speech-rate"] = "pass"
        elif rate < 110 or rate > 320:
            L["speech-rate"] = "fail"
        else:
            P(f"{c['contactId']}: ambiguous speech rate {rate:.0f}")
            L["speech-rate"] = "fail"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    # empathy
    comps = [i for i, t in enumerate(seq) if t["speaker"] == "customer" and has(t["text"], m.complaint)]
    if not comps:
        if scen["requires"]["empathy"]:
            P(f"{c['contactId']}: empathy owed but no complaint written")
        L["empathy"] = "na"
    else:
        ok = True
        for i in comps:
            nxt = [t for t in seq[i + 1:] if t["speaker"] == "agent"][:2]
            if not any(has(t["text"], m.empathy) for t in nxt):
                ok = False
        L["empathy"] = "pass" if ok else "fail"
    # facts
    fact_ok, misinfo, all_stated = True, False, True
    for acc, wr in m.facts:
        last = None
        for ti, a in enumerate(agents):
            t = norm(a["text"])
            for v, good in [(x, True) for x in acc] + [(x, False) for x in wr]:
                for mm in re.finditer(re.escape(v), t):
                    key = (ti, mm.start())
                    if last is None or key > last[0]:
                        last = (key, good)
                    if not good:
                        misinfo = True
        if last is None:
            all_stated = False
            fact_ok = False
        elif not last[1]:
            fact_ok = False
    L["fact-accuracy"] = "pass" if fact_ok else "fail"
    L["no-misinformation"] = "fail" if misinfo else "pass"
    res = all_stated
    for ti, a in enumerate(agents):
        if has(a["text"], m.nonanswer):
            nxt = agents[ti + 1] if ti + 1 < len(agents) else None
            nt = norm(nxt["text"]) if nxt else ""
            cured = nxt is not None and has(nxt["text"], m.sq_answer)
            if not cured:
                res = False
    L["resolution"] = "pass" if res else "fail"
    L["first-response"] = "pass" if agents[0]["startMs"] - joined <= sla["firstResponseMs"] else "fail"
    late = False
    pending = None
    for i, t in enumerate(seq):
        if t["speaker"] == "customer":
            if pending is None:
                pending = t["endMs"]
        else:
            if pending is not None and t["startMs"] - pending > sla["responseLatencyMs"] and not sil_info.get(i):
                late = True
            pending = None
    L["response-latency"] = "fail" if late else "pass"
    if scen["requires"]["reference"]:
        L["record-reference"] = "pass" if any(r.search(norm(a["text"])) for a in agents for r in m.ref) else "fail"
    else:
        L["record-reference"] = "na"
    if scen["requires"]["survey"]:
        L["survey-offered"] = "pass" if any(has(a["text"], m.survey) for a in agents) else "fail"
    else:
        L["survey-offered"] = "na"
    ok = all(any(re.search("|".join(it["patterns"]), a["text"]) for a in agents) for it in scen["info"])
    L["required-info"] = "pass" if ok else "fail"
    return {k: L[k] for k in CHECKS}


def main():
    mats = {d: load_mat(d) for d in DOMAINS}
    scen_by_id = {}
    for d, mat in mats.items():
        lint(mat)
        for s in mat.SCENARIOS:
            scen_by_id[s["id"]] = (mat, s)
            p = os.path.join(OUT, "scenarios", s["id"] + ".yaml")
            if open(p, encoding="utf-8").read() != gen.scenario_yaml(mat, s):
                P(f"scenario file {p} differs from the material")
    if len(os.listdir(os.path.join(OUT, "scenarios"))) != 18:
        P("expected 18 scenario files")
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {o["contactId"]: o for o in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    derived = {}
    dis = 0
    for c in contacts:
        lab = labels[c["contactId"]]
        if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in c["turns"]):
            derived[c["contactId"]] = {k: "na" for k in CHECKS}
            if "special" not in lab:
                P(f"{c['contactId']}: special contact without kind")
        else:
            mat, s = scen_by_id[c["scenarioId"]]
            derived[c["contactId"]] = derive(c, mat, s)
        for k in CHECKS:
            if derived[c["contactId"]][k] != lab["labels"][k]:
                dis += 1
                P(f"{c['contactId']} {k}: label {lab['labels'][k]} but text says {derived[c['contactId']][k]}")
            if lab["labels"][k] == "fail" and not lab["why"].get(k):
                P(f"{c['contactId']} {k}: fail without why")
    # mutation check: flip one label per contact, the comparison must notice
    caught = 0
    for n, c in enumerate(contacts):
        lab = dict(labels[c["contactId"]]["labels"])
        k = CHECKS[n % len(CHECKS)]
        lab[k] = {"pass": "fail", "fail": "pass", "na": "pass"}[lab[k]]
        if any(lab[x] != derived[c["contactId"]][x] for x in CHECKS):
            caught += 1
    # structure and balance
    normal = [c for c in contacts if "special" not in labels[c["contactId"]]]
    voice = [c for c in normal if c["channel"] == "voice"]
    if len(normal) != 150 or len(voice) != 75 or len(contacts) != 157:
        P("counts wrong")
    cnt = {k: collections.Counter(labels[c["contactId"]]["labels"][k] for c in normal) for k in CHECKS}
    for k in BALANCED:
        if cnt[k]["pass"] < 25 or cnt[k]["fail"] < 25:
            P(f"balance {k}: {dict(cnt[k])}")
    for k in ("interruption", "speech-rate"):
        if cnt[k]["fail"] < 15:
            P(f"balance {k}: {dict(cnt[k])}")
    nodur = sum(1 for c in normal if "durationMs" not in c)
    unk = sum(1 for c in normal if any(e["type"] == "transfer" for e in c["events"]))
    asr = sum(1 for c in voice if any(t["speaker"] == "agent" and t["confidence"] < 0.9 for t in c["turns"]))
    ivr = sum(1 for c in voice if any(t["speaker"] == "ivr" for t in c["turns"]))
    print(f"contacts {len(contacts)} (normal {len(normal)}, voice {len(voice)}); no durationMs {nodur}; unknown event {unk}; "
          f"ASR-style voice {asr}; IVR {ivr}")
    print(f"{'check':18} pass fail   na")
    for k in CHECKS:
        print(f"{k:18} {cnt[k]['pass']:4} {cnt[k]['fail']:4} {cnt[k]['na']:4}")
    used = collections.defaultdict(set)
    for c in normal:
        mat, sc = scen_by_id[c["scenarioId"]]
        for t in c["turns"]:
            if t["speaker"] != "agent":
                continue
            nt = norm(t["text"])
            for cat in ["GREET", "ID", "CLOSE", "FW_ONLY", "FW_RUDE", "HOLD_ANN", "HOLD_THX", "EMPATHY", "NONANSWER", "SURVEY"]:
                for l in getattr(mat, cat):
                    if norm(l) in nt:
                        used[(mat.DOMAIN, cat)].add(l)
    print("distinct decisive wordings used per domain:", " ".join(
        f"{cat}:{min(len(used[(d, cat)]) for d in DOMAINS)}-{max(len(used[(d, cat)]) for d in DOMAINS)}"
        for cat in ["GREET", "ID", "CLOSE", "FW_ONLY", "FW_RUDE", "HOLD_ANN", "HOLD_THX", "EMPATHY", "NONANSWER", "SURVEY"]))
    print(f"disagreements: {dis}; mutation check caught {caught}/{len(contacts)}")
    for p in problems[:60]:
        print("PROBLEM", p)
    if problems or caught != len(contacts):
        print(f"{len(problems)} problems")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
