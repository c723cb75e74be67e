# Validator for independent-dev20c: re-derives every label from contacts.jsonl, the material and the scenario
# YAML alone (never from the plan), lints the material, and runs a mutation check.
import json, os, re, sys, importlib, random, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAT = {d: importlib.import_module(f"mat_{d}").M for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption",
          "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency", "fact-accuracy",
          "no-misinformation", "record-reference", "survey-offered", "required-info"]
FORBID_CATS = ["told_you", "indiff", "tuiwei", "shrug", "rude", "refuse_repeat"]
RUDE_CATS = ["rude", "refuse_repeat"]
AGENT_CATS = ["greet", "nogreet", "id", "notid", "ask_help", "empathy", "calm", "verif_ask", "verif_ok", "hold_announce", "hold_thanks",
              "plain_ack", "nonans", "told_you", "refuse_repeat", "indiff", "tuiwei", "shrug", "rude", "lookalike", "correction",
              "reference", "survey", "wrap_q", "closing", "nonclose"]
CUST_CATS = ["complaint", "escalate", "walkout"]


# ---------- scenario YAML (the subset this set writes) ----------
def load_scenario(path):
    S = dict(facts=[], info=[])
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("id:"):
            S["id"] = line.split(":", 1)[1].strip()
        elif line.startswith("  - { key:") and "expected:" in line:
            key = re.search(r"key: ([a-z0-9-]+)", line).group(1)
            exp = json.loads(re.search(r'expected: ("(?:[^"\\]|\\.)*")', line).group(1))
            var = json.loads("[" + re.search(r"variants: \[(.*?)\]", line).group(1) + "]")
            wrong = json.loads("[" + re.search(r"wrong: \[(.*?)\]", line).group(1) + "]")
            S["facts"].append(dict(key=key, ok=[exp] + var, wrong=wrong))
        elif line.startswith("  - { key:") and "patterns:" in line:
            key = re.search(r"key: ([a-z0-9-]+)", line).group(1)
            pats = json.loads("[" + re.search(r"patterns: \[(.*)\] \}", line).group(1) + "]")
            S["info"].append(dict(key=key, patterns=pats))
        elif line.startswith("requires:"):
            S["requires"] = {k: v == "true" for k, v in re.findall(r"(\w+): (true|false)", line)}
        elif line.startswith("sla:"):
            S["sla"] = {k: int(v) for k, v in re.findall(r"(\w+): (\d+)", line)}
    return S


SCEN = {}
SCEN_DOMAIN = {}
for d in DOMAINS:
    for s in MAT[d]["scen"]:
        SCEN[s["id"]] = load_scenario(os.path.join(ROOT, "scenarios", s["id"] + ".yaml"))
        SCEN_DOMAIN[s["id"]] = d


def rx_list(lines):
    return [re.compile(template_regex(l)) for l in lines]


DET = {}
for d in DOMAINS:
    M = MAT[d]
    D = {c: rx_list(M[c]) for c in AGENT_CATS + CUST_CATS}
    D["side_a"] = rx_list([a for q, a in M["side"]])
    D["side_q"] = rx_list([q for q, a in M["side"]])
    D["side_pairs"] = [(re.compile(template_regex(q)), re.compile(template_regex(a))) for q, a in M["side"]]
    for s in M["scen"]:
        D["disclose:" + s["id"]] = rx_list(s["disclose"])
        D["problem:" + s["id"]] = rx_list(s["problem"])
    DET[d] = D


def has(D, cat, nt):
    return any(r.search(nt) for r in D[cat])


def first_pos(D, cat, nt):
    ps = [m.start() for r in D[cat] for m in [r.search(nt)] if m]
    return min(ps) if ps else None


def derive(c):
    sid = c["scenarioId"]
    S, d = SCEN[sid], SCEN_DOMAIN[sid]
    D = DET[d]
    voice = c["channel"] == "voice"
    L = {}
    turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in turns):
        return {k: "na" for k in CHECKS}
    for t in turns:
        t["nt"] = norm(t["text"])
    # backchannel: an agent turn that is only 嗯/对/好的 said inside a customer turn
    def is_bc(t):
        if t["speaker"] != "agent" or t["nt"] not in BACKCH:
            return False
        return any(u["speaker"] == "customer" and u["startMs"] < t["startMs"] < u["endMs"] for u in turns)
    T = [t for t in turns if not is_bc(t)]
    A = [t for t in T if t["speaker"] == "agent"]
    joined = next(e["atMs"] for e in c["events"] if e["type"] == "agent-joined")
    # greeting
    a1 = A[0]["nt"]
    stripped = a1
    changed = True
    while changed:
        changed = False
        for f in sorted(FILLERS, key=len, reverse=True):
            if stripped.startswith(f):
                stripped, changed = stripped[len(f):], True
    L["greeting"] = "pass" if any(r.match(stripped) for r in D["greet"]) else "fail"
    L["agent-id"] = "pass" if any(has(D, "id", t["nt"]) for t in A[:2]) else "fail"
    # closing
    last = T[-1]
    if last["speaker"] == "customer" and has(D, "walkout", last["nt"]):
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(has(D, "closing", t["nt"]) for t in A[-2:]) else "fail"
    L["forbidden-words"] = "fail" if any(has(D, k, t["nt"]) for t in A for k in FORBID_CATS) else "pass"
    L["politeness"] = "fail" if any(has(D, k, t["nt"]) for t in A for k in RUDE_CATS) else "pass"
    # verification
    if not S["requires"]["verification"]:
        L["verification"] = "na"
    else:
        def first_of(cats):
            for i, t in enumerate(A):
                ps = [first_pos(D, k, t["nt"]) for k in cats]
                ps = [x for x in ps if x is not None]
                if ps:
                    return (i, min(ps))
            return None
        v = first_of(["verif_ask", "verif_ok"])
        dis = first_of(["disclose:" + sid])
        L["verification"] = "pass" if v is not None and (dis is None or v < dis) else "fail"
    # silences where the agent owes the next word
    thr_dead = 8000 if voice else 30000
    thr_hold = 15000 if voice else 30000
    holds, dead = [], False
    ann = lambda t: t is not None and has(D, "hold_announce", t["nt"])
    prev_end, last_agent = joined, None
    gaps = []  # (gap, latest agent turn before, agent turn after)
    for t in T:
        if t["speaker"] == "agent":
            gaps.append((t["startMs"] - prev_end, last_agent, t))
            last_agent = t
        prev_end = max(prev_end, t["endMs"])
    pairs = []
    ev = c["events"]
    hs = [e["atMs"] for e in ev if e["type"] == "hold-start"]
    he = [e["atMs"] for e in ev if e["type"] == "hold-end"]
    for g, before, after in gaps:
        announced = ann(before)
        if g >= thr_hold or any(after["startMs"] - g <= s <= after["startMs"] for s in hs):
            holds.append(announced and has(D, "hold_thanks", after["nt"]))
        if g >= thr_dead and not announced:
            dead = True
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"
    # first response
    L["first-response"] = "pass" if A[0]["startMs"] - joined <= S["sla"]["firstResponseMs"] else "fail"
    # latency: each run of customer turns answered by the next agent turn
    lat_ok = True
    pending = None
    last_agent = None
    for t in T:
        if t["speaker"] == "customer":
            if pending is None:
                pending = (t, last_agent)
        else:
            if pending is not None:
                c0, la = pending
                ref = c0["startMs"] if not voice else c0["endMs"]
                # find the silence just before this agent turn: announced hold excepted
                if t["startMs"] - ref > S["sla"]["responseLatencyMs"] and not ann(last_agent):
                    lat_ok = False
                pending = None
            last_agent = t
    L["response-latency"] = "pass" if lat_ok else "fail"
    # interruption / speech rate
    if voice:
        intr = any(u["speaker"] == "customer" and u["startMs"] < t["startMs"] and u["endMs"] - t["startMs"] >= 1000
                   for t in A for u in turns)
        L["interruption"] = "fail" if intr else "pass"
        ch = sum(spoken_chars(t["text"]) for t in A if t["endMs"] - t["startMs"] >= 1500)
        du = sum(t["endMs"] - t["startMs"] for t in A if t["endMs"] - t["startMs"] >= 1500)
        rate = ch * 60000 / du
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    # empathy
    comp = [i for i, t in enumerate(T) if t["speaker"] == "customer" and (has(D, "complaint", t["nt"]) or has(D, "escalate", t["nt"]))]
    if not comp and not S["requires"]["empathy"]:
        L["empathy"] = "na"
    elif not comp:
        L["empathy"] = "fail"
    else:
        ok = True
        for i in comp:
            nxt = [t for t in T[i + 1:] if t["speaker"] == "agent"][:2]
            if not any(has(D, "empathy", t["nt"]) for t in nxt) or any(has(D, k, t["nt"]) for t in nxt for k in RUDE_CATS):
                ok = False
        L["empathy"] = "pass" if ok else "fail"
    # facts
    agent_text = "".join(t["nt"] for t in A)
    fa_ok, misinfo = True, False
    vals_f1 = None
    for k, F in enumerate(S["facts"]):
        hits = []
        for v in F["ok"]:
            hits += [(m.start(), True) for m in re.finditer(re.escape(norm(v)), agent_text)]
        for v in F["wrong"]:
            hits += [(m.start(), False) for m in re.finditer(re.escape(norm(v)), agent_text)]
            if norm(v) in agent_text:
                misinfo = True
        if not hits or not max(hits)[1]:
            fa_ok = False
        if k == 0:
            vals_f1 = [norm(v) for v in F["ok"] + F["wrong"]]
    L["fact-accuracy"] = "pass" if fa_ok else "fail"
    L["no-misinformation"] = "fail" if misinfo else "pass"
    # resolution: the problem question wants the first fact; each side question wants its answer
    res = True
    for i, t in enumerate(T):
        if t["speaker"] != "customer":
            continue
        later = "".join(u["nt"] for u in T[i + 1:] if u["speaker"] == "agent")
        if has(D, "problem:" + sid, t["nt"]) and not any(v in later for v in vals_f1):
            res = False
        for q, a in D["side_pairs"]:
            if q.search(t["nt"]) and not a.search(later):
                res = False
    L["resolution"] = "pass" if res else "fail"
    L["record-reference"] = "na" if not S["requires"]["reference"] else ("pass" if any(has(D, "reference", t["nt"]) for t in A) else "fail")
    L["survey-offered"] = "na" if not S["requires"]["survey"] else ("pass" if any(has(D, "survey", t["nt"]) for t in A) else "fail")
    L["required-info"] = "pass" if all(any(re.search(p, t["text"]) for t in A for p in it["patterns"]) for it in S["info"]) else "fail"
    return {k: L[k] for k in CHECKS}


# ---------- material lint ----------
KEYS = {
    "greet": ["您好", "你好", "欢迎", "上午好", "下午好", "晚上好"],
    "id": ["工号", "坐席", "服务编号", "号客服", "号受理员", "号专员", "登记员"],
    "closing": ["再见", "感谢来电", "感谢您的来电", "祝", "先挂吧", "再联系", "不打扰您了"],
    "empathy": ["抱歉", "对不起", "不好意思", "理解", "道歉", "添麻烦"],
    "hold_announce": ["稍等", "稍候", "查一下", "查查", "看一下", "调一下", "翻一下", "问一下"],
    "hold_thanks": ["久等", "耐心等", "等候", "等我", "多等了", "等了这么"],
    "survey": ["评价", "满意", "打分", "打个分", "意见", "评个价"],
    "reference": ["工单", "受理编号", "受理号", "流水号"],
    "verif": ["身份证", "后四位", "验证码", "出生", "核对", "尾号", "预留", "身份"],
    "forbid": ["你找", "你去", "别找我", "不管", "管不了", "管不着", "说过", "讲过", "无所谓", "随您", "没关系", "琢磨",
               "呗", "投诉啊", "嚷", "别说了", "别讲了", "不用说了", "重点", "外行", "烦不烦", "常识", "怪", "不重复", "记不住", "自己"],
}
KEY_CATS = {"greet": ["greet"], "id": ["id"], "closing": ["closing"], "empathy": ["empathy"], "hold_announce": ["hold_announce"],
            "hold_thanks": ["hold_thanks"], "survey": ["survey"], "reference": ["reference"], "verif": ["verif_ask", "verif_ok"],
            "forbid": FORBID_CATS}


def lint():
    problems = []
    for d in DOMAINS:
        M = MAT[d]
        for s in M["scen"]:
            agent_lines = [(c, l) for c in AGENT_CATS for l in M[c]] + [("side_a", a) for q, a in M["side"]] + \
                          [("disclose", l) for l in s["disclose"]] + [("info_ask", l) for l in s["info"][0]["asks"]] + \
                          [("listen", l) for l in LISTEN + NOTE]
            cust_lines = [(c, l) for c in CUST_CATS for l in M[c]] + [("side_q", q) for q, a in M["side"]] + \
                         [("problem", l) for l in s["problem"]] + [("give", l) for l in s["info"][0]["gives"]] + \
                         [("generic", l) for l in CUST_ACK + CUST_DONE + CUST_BYE + CUST_OK_WAIT + PRESS + REPEAT_Q + CUST_SORRY + NUDGE]
            # decisive words only in their own category (agent lines)
            for kc, words in KEYS.items():
                for c, l in agent_lines:
                    if c in KEY_CATS[kc]:
                        continue
                    for w in words:
                        if w in l:
                            problems.append(f"{d}/{s['id']}: {c} line '{l}' contains {kc} word '{w}'")
            # fact lines carry their value; values appear in no other line
            allv = []
            for F in s["facts"]:
                for l in F["lines"]:
                    if "{v}" not in l:
                        problems.append(f"{d}: fact line without value: {l}")
                allv += [(F["key"], True, v) for v in F["ok"]] + [(F["key"], False, v) for v in F["wrong"]]
            for k1, o1, v1 in allv:
                for k2, o2, v2 in allv:
                    if (k1, o1) != (k2, o2) and norm(v1) in norm(v2):
                        problems.append(f"{d}/{s['id']}: value {v1} inside {v2}")
                for c, l in agent_lines + cust_lines + [("factline", l) for F in s["facts"] for l in F["lines"]]:
                    if norm(v1) in norm(l.replace("{v}", "")):
                        problems.append(f"{d}/{s['id']}: value {v1} appears in {c} line {l}")
            # info regexes match only their asks
            it = s["info"][0]
            for c, l in agent_lines + cust_lines:
                for txt in (l, norm(l)):
                    m = re.search(it["pattern"], txt)
                    if c == "info_ask" and not m:
                        problems.append(f"{d}/{s['id']}: ask not matched: {l}")
                    if c != "info_ask" and m:
                        problems.append(f"{d}/{s['id']}: info regex matches {c} line {l}")
        # distinct wordings
        counts = {"greet": M["greet"], "id": M["id"], "closing": M["closing"], "empathy": M["empathy"], "verif_ask": M["verif_ask"],
                  "hold_announce": M["hold_announce"], "hold_thanks": M["hold_thanks"], "reference": M["reference"], "survey": M["survey"],
                  "nonans": M["nonans"], "forbidden": sum((M[k] for k in FORBID_CATS), []), "rude": M["rude"] + M["refuse_repeat"],
                  "complaint": M["complaint"] + M["escalate"]}
        for k, v in counts.items():
            if len(set(v)) < 8:
                problems.append(f"{d}: only {len(set(v))} wordings for {k}")
        # a line belongs to one category only
        seen = {}
        for c in AGENT_CATS:
            for l in M[c]:
                if l in seen and seen[l] != c and c not in ("plain_ack", "nonclose") and seen[l] not in ("plain_ack", "nonclose"):
                    problems.append(f"{d}: line '{l}' in {seen[l]} and {c}")
                seen.setdefault(l, c)
    return problems


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8")]
    labels = {l["contactId"]: l for l in (json.loads(x) for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8"))}
    probs = lint()
    for p in probs:
        print("LINT", p)
    dis = 0
    derived = {}
    for c in contacts:
        L = derive(c)
        derived[c["contactId"]] = L
        lab = labels[c["contactId"]]
        for k in CHECKS:
            if L[k] != lab["labels"][k]:
                dis += 1
                print("DISAGREE", c["contactId"], k, "label", lab["labels"][k], "derived", L[k])
        for k, v in lab["labels"].items():
            if v == "fail" and k not in lab["why"]:
                print("NO-WHY", c["contactId"], k); dis += 1
    # mutation check: flip one label per contact, the comparison must catch it
    rng = random.Random(13)
    caught = 0
    for c in contacts:
        lab = labels[c["contactId"]]["labels"]
        k = rng.choice(CHECKS)
        flipped = {"pass": "fail", "fail": "pass", "na": "pass"}[lab[k]]
        if flipped != derived[c["contactId"]][k]:
            caught += 1
    # counts
    cnt = {k: collections.Counter(labels[c["contactId"]]["labels"][k] for c in contacts) for k in CHECKS}
    print(f"{'check':18} pass fail   na")
    for k in CHECKS:
        print(f"{k:18} {cnt[k]['pass']:4} {cnt[k]['fail']:4} {cnt[k]['na']:4}")
    print(f"contacts {len(contacts)}  disagreements {dis}  lint problems {len(probs)}  mutations caught {caught}/{len(contacts)}")
    ok = dis == 0 and not probs and caught == len(contacts)
    need = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "dead-air", "empathy",
            "resolution", "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered"]
    for k in need:
        if cnt[k]["pass"] < 25 or cnt[k]["fail"] < 25:
            print("BALANCE", k, dict(cnt[k])); ok = False
    for k in ["interruption", "speech-rate"]:
        if cnt[k]["fail"] < 15:
            print("BALANCE", k, dict(cnt[k])); ok = False
    print("OK" if ok else "NOT OK")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
