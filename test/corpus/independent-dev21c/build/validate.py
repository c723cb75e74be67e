# -*- coding: utf-8 -*-
"""Validator for independent-dev21c.

Re-derives every label from the written contacts (text + timestamps), the material (mat_*.py) and the
scenario YAML files alone, compares with labels.jsonl, lints the material, checks that no decisive line is
drawn more than 3 times, and runs a mutation check (one flipped label per contact must be caught).
Python 3.11 standard library only."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

import material as MA
from material import DOM, DOMAINS, M, asr, normalize, ph_regex, registry, strip_tag

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]


# ---- tiny YAML reader for the subset gen.py writes ----------------------------------------------
def parse_flow(s):
    toks = re.findall(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:]+', s)
    pos = 0

    def val():
        nonlocal pos
        t = toks[pos]
        if t == "{":
            pos += 1
            out = {}
            while toks[pos] != "}":
                k = toks[pos]
                k = json.loads(k) if k.startswith('"') else k
                assert toks[pos + 1] == ":"
                pos += 2
                out[k] = val()
                if toks[pos] == ",":
                    pos += 1
            pos += 1
            return out
        if t == "[":
            pos += 1
            out = []
            while toks[pos] != "]":
                out.append(val())
                if toks[pos] == ",":
                    pos += 1
            pos += 1
            return out
        pos += 1
        if t.startswith('"'):
            return json.loads(t)
        if t in ("true", "false"):
            return t == "true"
        if re.fullmatch(r"-?\d+", t):
            return int(t)
        return t
    return val()


def read_yaml(path):
    doc, cur = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("  - "):
            item = line[4:]
            if item.startswith("{"):
                doc[cur].append(parse_flow(item))
            else:
                k, v = item.split(":", 1)
                doc[cur].append({k.strip(): parse_flow(v.strip()) if v.strip() else True})
            continue
        k, v = line.split(":", 1)
        v = v.strip()
        if v == "":
            doc[k] = []
            cur = k
        elif v[0] in "{[\"":
            doc[k] = parse_flow(v)
        else:
            doc[k] = parse_flow(v)
    return doc


SCEN = {}
for fn in sorted(os.listdir(os.path.join(OUT, "scenarios"))):
    y = read_yaml(os.path.join(OUT, "scenarios", fn))
    SCEN[y["id"]] = y
SCEN_DOM = {s["id"]: d["key"] for d in DOMAINS for s in d["scen"]}

# ---- compiled material --------------------------------------------------------------------------
REG = registry()


def fact_of(entry):
    if entry["cat"] in ("f1", "f2") and entry["scope"].startswith("s:"):
        sid = entry["scope"][2:]
        return SCEN[sid]["facts"][0 if entry["cat"] == "f1" else 1]
    return None


def compile_tpl(t, fact):
    parts = re.split(r"\{(\w+)\}", t)
    rx = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            rx.append(re.escape(normalize(part)))
        elif part == "v":
            vals = sorted({normalize(x) for x in [fact["expected"]] + fact["variants"] + fact["wrong"]}, key=len, reverse=True)
            rx.append("(?P<v>" + "|".join(re.escape(x) for x in vals) + ")")
        else:
            rx.append(ph_regex(part))
    return re.compile("".join(rx))


class Entry:
    def __init__(self, e):
        self.cat, self.spk, self.scope, self.text, self.idx = e["cat"], e["spk"], e["scope"], e["text"], e["idx"]
        self.fact = fact_of(e)
        self.rxs = []
        seen = set()
        for form in (strip_tag(self.text), asr(self.text)):
            if form in seen:
                continue
            seen.add(form)
            self.rxs.append(compile_tpl(form, self.fact))


ENTRIES = [Entry(e) for e in REG]


def in_scope(en, dom, sid):
    return en.scope is None or en.scope == "d:" + dom or en.scope == "s:" + sid


CAND = {}


def candidates(spk, dom, sid):
    key = (spk, dom, sid)
    if key not in CAND:
        CAND[key] = [en for en in ENTRIES if en.spk == spk and in_scope(en, dom, sid) and en.cat != "bc"]
    return CAND[key]


def parse(text, spk, dom, sid):
    s = normalize(text)
    cands = candidates(spk, dom, sid)
    n = len(s)
    memo = {}

    def go(i):
        if i == n:
            return []
        if i in memo:
            return memo[i]
        memo[i] = None
        opts = []
        for en in cands:
            for rx in en.rxs:
                m = rx.match(s, i)
                if m and m.end() > i:
                    opts.append((m.end(), en, m))
        opts.sort(key=lambda x: -x[0])
        for end, en, m in opts:
            rest = go(end)
            if rest is not None:
                v = m.groupdict().get("v") if "v" in m.re.groupindex else None
                memo[i] = [(en, v)] + rest
                break
        return memo[i]
    return go(0)


ACKS = {"c_ok", "c_giveup", "c_hold_ok", "c_bye", "c_nomore", "c_walk"}


# ---- derivation ---------------------------------------------------------------------------------
def cats(turn):
    return {en.cat for en, _ in turn["segs"]}


def derive(c):
    sid = c["scenarioId"]
    sc = SCEN[sid]
    dom = SCEN_DOM[sid]
    voice = c["channel"] == "voice"
    out = {k: "na" for k in CHECKS}
    ag_any = [t for t in c.get("turns", []) if t["speaker"] == "agent"]
    if c["outcome"] != "completed" or not ag_any:
        return out, {}
    turns = [dict(t) for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    bcs = {normalize(x) for x in M.BACKCH}
    custs = [t for t in turns if t["speaker"] == "customer"]
    for t in turns:
        t["bc"] = False
        if t["speaker"] == "agent" and voice and normalize(t["text"]) in bcs:
            t["bc"] = any(u["startMs"] <= t["startMs"] and t["endMs"] <= u["endMs"] for u in custs)
    conv = [t for t in turns if not t["bc"]]
    problems = []
    for t in conv:
        t["segs"] = parse(t["text"], t["speaker"], dom, sid)
        if t["segs"] is None:
            problems.append(("unparsed", t["text"]))
            t["segs"] = []
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered", 0))
    AT = [i for i, t in enumerate(conv) if t["speaker"] == "agent"]
    A = [conv[i] for i in AT]
    P = lambda cat: lambda t: cat in cats(t)
    # greeting / agent-id
    out["greeting"] = "pass" if A[0]["segs"] and A[0]["segs"][0][0].cat == "greet" else "fail"
    out["agent-id"] = "pass" if any(cats(t) & {"self_id", "nogreet_id"} for t in A[:2]) else "fail"
    # closing
    last = conv[-1]
    if last["speaker"] == "customer" and "c_walk" in cats(last):
        out["closing"] = "na"
    else:
        out["closing"] = "pass" if any("close" in cats(t) for t in A[-2:]) else "fail"
    allseg = [(en, v) for t in A for en, v in t["segs"]]
    out["forbidden-words"] = "fail" if any(en.cat.startswith("jy:") for en, _ in allseg) else "pass"
    out["politeness"] = "fail" if any(en.cat in MA.RUDE for en, _ in allseg) else "pass"
    # verification
    if sc["requires"]["verification"]:
        order = [en.cat for en, _ in allseg]
        vi = next((i for i, x in enumerate(order) if x in ("verify_ask", "verified")), None)
        di = next((i for i, x in enumerate(order) if x == "disc"), None)
        out["verification"] = "pass" if vi is not None and (di is None or vi < di) else "fail"
    # silences
    thr_dead = 8000 if voice else 30000
    thr_hold = 15000 if voice else 30000
    holds_start = [e["atMs"] for e in c["events"] if e["type"] == "hold-start"]

    def announced(i):
        j = i - 1
        while j >= 0 and conv[j]["speaker"] == "customer":
            if not cats(conv[j]) <= {"c_hold_ok", "c_ok"}:
                return False
            j -= 1
        return j >= 0 and "hold_ann" in cats(conv[j])

    hold_res, dead = [], False
    for k, i in enumerate(AT):
        t = conv[i]
        prev_end = conv[i - 1]["endMs"] if i > 0 else joined
        gap = t["startMs"] - prev_end
        is_hold = i > 0 and (gap >= thr_hold or any(prev_end <= h <= t["startMs"] for h in holds_start))
        ann = i > 0 and announced(i)
        if is_hold:
            hold_res.append(ann and "hold_thx" in cats(t))
        if gap >= thr_dead and not ann:
            dead = True
    out["hold-etiquette"] = "na" if not hold_res else ("pass" if all(hold_res) else "fail")
    out["dead-air"] = "fail" if dead else "pass"
    # interruption / speech-rate
    if voice:
        intr = False
        for i in AT:
            if i > 0 and conv[i - 1]["speaker"] == "customer" and conv[i]["startMs"] <= conv[i - 1]["endMs"] - 1000:
                intr = True
        out["interruption"] = "fail" if intr else "pass"
        ch_n, ms = 0, 0
        for t in A:
            dur = t["endMs"] - t["startMs"]
            if dur >= 1500:
                ch_n += sum(1 for x in t["text"] if not x.isspace() and x not in MA.PUNCT)
                ms += dur
        rate = ch_n / (ms / 60000) if ms else 200
        out["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    # empathy
    comp_idx = [i for i, t in enumerate(conv) if t["speaker"] == "customer" and cats(t) & MA.COMPLAINT]
    if comp_idx or sc["requires"]["empathy"]:
        ok = bool(comp_idx)
        for i in comp_idx:
            nxt = [conv[j] for j in range(i + 1, len(conv)) if conv[j]["speaker"] == "agent"][:2]
            good = any("emp" in cats(t) for t in nxt)
            if nxt and cats(nxt[0]) & MA.RUDE:
                good = False
            ok = ok and good
        out["empathy"] = "pass" if ok else "fail"
    # resolution
    res = True
    NON = {"nonans", "jy:fuyan", "jy:tuiwei"}
    for i, t in enumerate(conv):
        if t["speaker"] != "customer":
            continue
        nxt = [conv[j] for j in range(i + 1, len(conv)) if conv[j]["speaker"] == "agent"]
        cs = cats(t)
        if cs & {"req", "comp"}:
            if not any("f1" in cats(a) for a in nxt):
                res = False
        if "q2q" in cs:
            qi = [en.idx for en, _ in t["segs"] if en.cat == "q2q"][0]
            def answers(a):
                return any(en.cat == "q2a" and en.idx == qi for en, _ in a["segs"])
            if not nxt:
                res = False
            elif not answers(nxt[0]):
                if cats(nxt[0]) & NON and len(nxt) > 1 and answers(nxt[1]):
                    pass
                else:
                    res = False
    out["resolution"] = "pass" if res else "fail"
    # first response
    out["first-response"] = "pass" if A[0]["startMs"] - joined <= sc["sla"]["firstResponseMs"] else "fail"
    # response latency
    lat_ok = True
    pending = None
    for i, t in enumerate(conv):
        if t["speaker"] == "customer":
            if cats(t) <= ACKS:
                continue
            if pending is None:
                pending = t["endMs"]
        else:
            if pending is not None:
                wait = t["startMs"] - pending
                if wait > sc["sla"]["responseLatencyMs"] and not announced(i):
                    lat_ok = False
            pending = None
    if pending is not None:
        tail = []
        for t in reversed(conv):
            if t["speaker"] != "customer":
                break
            tail.append(t)
        if any(not cats(t) <= {"c_bye", "c_nomore", "c_walk", "c_ok", "c_giveup"} for t in tail):
            lat_ok = False
    out["response-latency"] = "pass" if lat_ok else "fail"
    # facts
    facts = sc["facts"]
    fa, mis = True, False
    for fi, cat in ((0, "f1"), (1, "f2")):
        f = facts[fi]
        ok_vals = {normalize(x) for x in [f["expected"]] + f["variants"]}
        bad_vals = {normalize(x) for x in f["wrong"]}
        said = [v for en, v in allseg if en.cat == cat]
        if not said or said[-1] not in ok_vals:
            fa = False
        if any(v in bad_vals for v in said):
            mis = True
        for t in A:
            if any(b in normalize(t["text"]) for b in bad_vals):
                mis = True
    out["fact-accuracy"] = "pass" if fa else "fail"
    out["no-misinformation"] = "fail" if mis else "pass"
    if sc["requires"]["reference"]:
        out["record-reference"] = "pass" if any(en.cat == "ref" for en, _ in allseg) else "fail"
    if sc["requires"]["survey"]:
        out["survey-offered"] = "pass" if any(en.cat == "survey" for en, _ in allseg) else "fail"
    pats = [re.compile(p) for it in sc["requiredInfo"] for p in it["patterns"]]
    out["required-info"] = "pass" if all(any(p.search(normalize(t["text"])) for t in A) for p in pats) else "fail"
    if not voice:
        out["interruption"] = out["speech-rate"] = "na"
    return out, dict(problems=problems, segs=[(t["speaker"], [(en.cat, en.text) for en, _ in t["segs"]]) for t in conv])


# ---- lint ---------------------------------------------------------------------------------------
KEYWORDS = {
    "greet": (["您好", "你好", "欢迎", "早上好", "上午好", "中午好", "下午好", "晚上好", "哈喽"], {"greet"}),
    "id": (["工号", "坐席", "话务员"], {"self_id", "nogreet_id", "fake_id"}),
    "close": (["再见", "拜拜", "再会", "祝您", "感谢来电", "感谢您的来电", "谢谢来电", "谢谢您的来电", "回头联系", "回头见", "先挂机",
               "下次再聊"], {"close"}),
    "hold_ann": (["稍等", "稍候", "等我一下", "等一等", "别挂"], {"hold_ann"}),
    "hold_thx": (["久等", "耐心等", "等候", "等待"], {"hold_thx"}),
    "survey": (["评价", "满意", "打分", "评分", "意见", "分数"], {"survey"}),
    "ref": (["工单", "受理编号", "受理号", "流水号", "单号", "登记号", "案件编号"], {"ref", "info_ask"}),
    "emp": (["抱歉", "对不起", "不好意思", "道歉", "歉意", "理解您", "对不住", "委屈", "过意不去", "谅解"], {"emp"}),
    "verify": (["身份证", "后四位", "尾号", "核对", "核实", "核验", "验证码", "出生"], {"verify_ask", "verified"}),
    "jy": (["你自己", "随便", "看着办", "说过", "讲过", "投诉吧", "别说了", "快点", "快说", "不归我们", "你去问", "你找", "别问"],
           {c for c in MA.DECISIVE if c.startswith("jy:")}),
}


def lint():
    errs = []
    agent = [en for en in ENTRIES if en.spk == "agent"]
    # (1) one normalised wording belongs to one category
    seen = {}
    for en in ENTRIES:
        if en.cat == "bc":
            continue
        for form in {strip_tag(en.text), asr(en.text)}:
            k = (en.spk, normalize(form))
            if k in seen and seen[k] != (en.cat, en.text):
                errs.append(f"same wording in {seen[k]} and {en.cat}: {en.text}")
            seen[k] = (en.cat, en.text)
    # (2) no category's line contains another category's decisive words
    for name, (words, allowed) in KEYWORDS.items():
        for en in agent:
            if en.cat in allowed or en.cat == "bc":
                continue
            for w in words:
                if w in strip_tag(en.text):
                    errs.append(f"{en.cat} line carries {name} word {w}: {en.text}")
    # (3) fact lines carry their value; no other agent line carries a fact value
    all_vals = []
    for s in SCEN.values():
        for f in s["facts"]:
            all_vals += [(s["id"], x) for x in [f["expected"]] + f["variants"] + f["wrong"]]
    for en in agent:
        if en.cat in ("f1", "f2"):
            if "{v}" not in en.text:
                errs.append(f"fact line without value: {en.text}")
            continue
        for sid, v in all_vals:
            if en.scope not in (None, "s:" + sid, "d:" + SCEN_DOM[sid]):
                continue
            if normalize(v) in normalize(strip_tag(en.text)):
                errs.append(f"{en.cat} line carries fact value {v}: {en.text}")
    # (4) info regexes match only their asks
    for d in DOMAINS:
        pat = re.compile(d["info"]["pattern"])
        for en in agent:
            if en.scope not in (None, "d:" + d["key"]) and not (en.scope or "").startswith("s:" + d["key"]):
                continue
            for form in (strip_tag(en.text), asr(en.text)):
                hit = bool(pat.search(normalize(form)))
                if en.cat == "info_ask" and en.scope == "d:" + d["key"] and not hit:
                    errs.append(f"info pattern misses ask: {form}")
                if en.cat != "info_ask" and hit:
                    errs.append(f"info pattern matches non-ask {en.cat}: {form}")
    # (5) placeholders are followed by literal text; accepted values are no substrings of wrong ones
    for en in ENTRIES:
        if en.spk == "agent" and re.search(r"\{ref\}[。，？！]*$", strip_tag(en.text)):
            errs.append(f"line ends in a placeholder: {en.text}")
    for s in SCEN.values():
        for f in s["facts"]:
            for a in [f["expected"]] + f["variants"]:
                for w in f["wrong"]:
                    if normalize(a) in normalize(w) or normalize(w) in normalize(a):
                        errs.append(f"{s['id']} {f['key']}: {a} / {w} overlap")
    return errs


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8") if l.strip()]
    labels = {j["contactId"]: j for j in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") if l.strip())}
    errs = lint()
    for e in errs:
        print("LINT", e)
    dis = 0
    derived = {}
    use = Counter()
    unparsed = 0
    for c in contacts:
        got, info = derive(c)
        derived[c["contactId"]] = got
        for p in info.get("problems", []):
            unparsed += 1
            print("UNPARSED", c["contactId"], p[1])
        for spk, segs in info.get("segs", []):
            for cat, text in segs:
                if cat in MA.DECISIVE:
                    use[(cat, text)] += 1
        want = labels[c["contactId"]]["labels"]
        for k in CHECKS:
            if got[k] != want[k]:
                dis += 1
                print(f"DISAGREE {c['contactId']} {k}: label {want[k]} derived {got[k]}")
        for k in CHECKS:
            if want[k] == "fail" and not labels[c["contactId"]]["why"].get(k):
                print(f"NO-WHY {c['contactId']} {k}")
                dis += 1
    over = [(k, n) for k, n in use.items() if n > 3]
    for k, n in over:
        print("OVERUSED", n, k)
    # mutation check
    caught = 0
    for i, c in enumerate(contacts):
        lab = dict(labels[c["contactId"]]["labels"])
        k = CHECKS[i % len(CHECKS)]
        lab[k] = {"pass": "fail", "fail": "pass", "na": "pass"}[lab[k]]
        if any(lab[x] != derived[c["contactId"]][x] for x in CHECKS):
            caught += 1
    # counts
    cnt = defaultdict(Counter)
    for j in labels.values():
        for k in CHECKS:
            cnt[k][j["labels"][k]] += 1
    print("\ncheck              pass  fail    na")
    for k in CHECKS:
        print(f"{k:18s} {cnt[k]['pass']:5d} {cnt[k]['fail']:5d} {cnt[k]['na']:5d}")
    print(f"\ncontacts {len(contacts)}  disagreements {dis}  unparsed turns {unparsed}  lint {len(errs)}  overused {len(over)}  "
          f"mutations caught {caught}/{len(contacts)}")
    ok = dis == 0 and not errs and not over and unparsed == 0 and caught == len(contacts)
    print("VALID" if ok else "INVALID")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
