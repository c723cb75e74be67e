# -*- coding: utf-8 -*-
"""Validator for independent-dev18a.
Re-derives every label from contacts.jsonl + the material (mat_*.py) + scenarios/*.yaml alone (never the plan),
compares with labels.jsonl, lints the material and runs a mutation check."""
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mat_common as M  # noqa: E402

DOMAINS = ["culture", "pest", "game", "flower", "watch", "locker"]
DOM = {d: importlib.import_module("mat_" + d).D for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
CN = "零一二三四五六七八九"
PUNCT_RE = re.compile(r"[，。？！、：；,.?!:;～~\s　]+")
NOPUNCT = set("，。？！、：；,.?!:;～~ 　")


def norm(s):
    for a, b in M.HOMO:
        s = s.replace(b, a)
    s = "".join(CN[int(ch)] if ch.isdigit() else ch for ch in s).replace("幺", "一")
    s = PUNCT_RE.sub("", s)
    for f in M.FILLERS:
        s = s.replace(f, "")
    return s


def spoken(t):
    return sum(1 for ch in t if ch not in NOPUNCT)


# ---------- scenarios (our own flow-JSON YAML) ----------
def load_scenarios():
    out = {}
    for fn in sorted(os.listdir(os.path.join(ROOT, "scenarios"))):
        sc = {}
        cur = None
        for line in open(os.path.join(ROOT, "scenarios", fn), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("  - "):
                sc[cur].append(json.loads(line[4:]))
                continue
            k, _, v = line.partition(":")
            v = v.strip()
            cur = k
            if v == "":
                sc[k] = []
            elif v.startswith("{") or v.startswith('"'):
                sc[k] = json.loads(v)
            else:
                sc[k] = v
        out[sc["id"]] = sc
    return out


# ---------- template regexes ----------
def tpl_re(t, org=None, values=None):
    pieces = re.split(r"(\{[a-z]+\})", t)
    rx = ""
    for pc in pieces:
        if pc == "{org}":
            rx += re.escape(norm(org)) if org else ".*?"
        elif pc == "{name}":
            rx += "(?:" + "|".join(map(re.escape, M.NAMES)) + ")"
        elif pc == "{num}":
            rx += "[零一二三四五六七八九]{3,6}"
        elif pc == "{ref}":
            rx += "[A-Z零一二三四五六七八九]{6,12}"
        elif pc == "{v}":
            rx += "(?:" + "|".join(re.escape(norm(v)) for v in values) + ")"
        else:
            rx += re.escape(norm(pc))
    return re.compile(rx)


class Cat:
    def __init__(self, lines, org=None):
        self.rx = [tpl_re(t, org) for t in lines]

    def hit(self, text):
        n = norm(text)
        return any(r.search(n) for r in self.rx)


def domain_cats(d):
    D = DOM[d]
    org = D["org"]
    c = {k: Cat(getattr(M, k), org) for k in ("GREET", "NOGREET", "ID", "HOLD_ANN", "HOLD_THX", "CLOSE", "WRAPQ", "SURVEY",
                                              "REF", "NONANS", "MADEGOOD", "INTERRUPT")}
    for k in ("COMPLAIN", "EMPATHY", "FORBID", "RUDE", "VERIFY", "DISCLOSE"):
        c[k] = Cat(D[k], org)
    c["WALKOUT"] = Cat(M.WALKOUT)
    c["SIDEQ"] = [norm(D["EXTRA"][0][0])]
    c["EXTRAQ"] = [norm(q) for q, a in D["EXTRA"]]
    return c


GREET_KW = re.compile(r"您好|你好|欢迎|上午好|下午好|晚上好|早上好")
ID_RX = re.compile(r"(工号|坐席号|客服编号|员工编号)(是|为)?[零一二三四五六七八九]{3,}|[零一二三四五六七八九]{3,}号客服")
REF_RX = re.compile(r"(工单号|受理编号|受理单号|流水号|服务单号).{0,12}?[A-Z零一二三四五六七八九]{6,}")
SURVEY_KW = re.compile(r"评价|满意|打.{0,2}分|评.{0,2}分|宝贵意见|评个价")
CLOSE_KW = re.compile(r"再见|再会|拜拜|感谢.{0,3}来电|感谢您?的?(咨询|联系|配合)|谢谢|祝您|您先挂机|不打扰|回头.{0,4}联系")
EMP_KW = re.compile(r"抱歉|对不起|不好意思|理解您|道歉|添麻烦|辛苦您|过意不去|惭愧|委屈")
VERIFY_KW = re.compile(r"身份证|验证码|后四位|尾号|后六位|出生日期")
HOLD_KW = re.compile(r"稍等|稍候|等一下|等我|等一小会|别挂")
NONANS_KW = re.compile(r"(我|这边|这个).{0,4}(不清楚|不知道)|查不到|回答不上|说不准|给不了")
FORBID_KW = re.compile(r"不归我们管|随便|看着办|我哪知道|去投诉|已经说过|爱.不.")


def is_backch(t):
    return PUNCT_RE.sub("", t) in M.BACKCH


def derive(c, sc, cats):
    voice = c["channel"] == "voice"
    turns = c["turns"]
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    L = {}
    if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in turns):
        return {k: "na" for k in CHECKS}
    joined = ev.get("agent-joined", ev.get("answered", 0))
    conv = [t for t in turns if t["speaker"] in ("agent", "customer") and t["startMs"] >= joined]
    ag = [t for t in conv if t["speaker"] == "agent" and not is_backch(t["text"])]
    req = sc["requires"]
    sla = sc["sla"]
    # greeting
    L["greeting"] = "pass" if GREET_KW.search(norm(ag[0]["text"])[:12]) else "fail"
    # agent-id
    L["agent-id"] = "pass" if any(ID_RX.search(norm(t["text"])) or cats["ID"].hit(t["text"]) for t in ag[:2]) else "fail"
    # closing
    walk = any(t["speaker"] == "customer" and cats["WALKOUT"].hit(t["text"]) for t in conv)
    if walk:
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(cats["CLOSE"].hit(t["text"]) for t in ag[-2:]) else "fail"
    # forbidden / politeness
    rude = any(cats["RUDE"].hit(t["text"]) for t in ag)
    L["forbidden-words"] = "fail" if rude or any(cats["FORBID"].hit(t["text"]) for t in ag) else "pass"
    L["politeness"] = "fail" if rude else "pass"
    # verification
    if not req["verification"]:
        L["verification"] = "na"
    else:
        vi = next((i for i, t in enumerate(ag) if cats["VERIFY"].hit(t["text"])), None)
        di = next((i for i, t in enumerate(ag) if cats["DISCLOSE"].hit(t["text"])), None)
        if vi is None:
            L["verification"] = "fail"
        elif di is not None and di < vi:
            L["verification"] = "fail"
        elif di is not None and di == vi:
            n = norm(ag[vi]["text"])
            pv = min(m.start() for r in cats["VERIFY"].rx for m in [r.search(n)] if m)
            pd = min(m.start() for r in cats["DISCLOSE"].rx for m in [r.search(n)] if m)
            L["verification"] = "pass" if pv < pd else "fail"
        else:
            L["verification"] = "pass"
    # gaps: holds and dead air
    hold_thr = 15000 if voice else 30000
    dead_thr = 8000 if voice else 30000
    hs = sorted(e["atMs"] for e in c["events"] if e["type"] == "hold-start")
    he = sorted(e["atMs"] for e in c["events"] if e["type"] == "hold-end")
    holds = []
    dead = False
    first_agent = ag[0]
    if first_agent["startMs"] - joined >= dead_thr:
        dead = True
    ordered = sorted(conv, key=lambda t: t["startMs"])
    end_so_far = None
    last_spk = None
    last_agent = None
    for t in ordered:
        if end_so_far is not None:
            gap = t["startMs"] - end_so_far
            owed = last_spk == "customer" or t["speaker"] == "agent"
            has_ev = any(end_so_far <= x <= t["startMs"] for x in hs)
            if owed and (gap >= hold_thr or has_ev):
                announced = last_agent is not None and cats["HOLD_ANN"].hit(last_agent["text"])
                holds.append((announced, t))
            if owed and gap >= dead_thr:
                announced = last_agent is not None and cats["HOLD_ANN"].hit(last_agent["text"])
                if not announced:
                    dead = True
        if t["speaker"] == "agent" and not is_backch(t["text"]):
            last_agent = t
        if end_so_far is None or t["endMs"] >= end_so_far:
            last_spk = t["speaker"] if not (t["speaker"] == "agent" and is_backch(t["text"])) else last_spk
        end_so_far = max(end_so_far or 0, t["endMs"])
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        ok = True
        for announced, after in holds:
            if not announced:
                ok = False
            nxt = after if after["speaker"] == "agent" else next((x for x in ordered if x["speaker"] == "agent" and x["startMs"] >= after["startMs"]), None)
            if nxt is None or not cats["HOLD_THX"].hit(nxt["text"]):
                ok = False
        L["hold-etiquette"] = "pass" if ok else "fail"
    L["dead-air"] = "fail" if dead else "pass"
    # interruption
    if not voice:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    else:
        intr = False
        for i, t in enumerate(ordered):
            if t["speaker"] != "agent" or is_backch(t["text"]):
                continue
            if any(x["speaker"] == "customer" and x["startMs"] < t["startMs"] <= x["endMs"] - 1000 for x in ordered):
                intr = True
        L["interruption"] = "fail" if intr else "pass"
        ch = sum(spoken(t["text"]) for t in ag if t["endMs"] - t["startMs"] >= 1500)
        ms = sum(t["endMs"] - t["startMs"] for t in ag if t["endMs"] - t["startMs"] >= 1500)
        rate = ch / (ms / 60000) if ms else 200
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    # empathy
    comp = [i for i, t in enumerate(ordered) if t["speaker"] == "customer" and cats["COMPLAIN"].hit(t["text"])]
    if not comp:
        L["empathy"] = "fail" if req["empathy"] else "na"
    else:
        ok = True
        for i in comp:
            nxt = [t for t in ordered[i + 1:] if t["speaker"] == "agent" and not is_backch(t["text"])][:2]
            if not any(cats["EMPATHY"].hit(t["text"]) for t in nxt):
                ok = False
        L["empathy"] = "pass" if ok else "fail"
    # facts
    fact_ok = True
    misinfo = False
    answered_all = True
    for f in sc["facts"]:
        acc = [norm(v) for v in [f["expected"]] + f["variants"]]
        wr = [norm(v) for v in f["wrong"]]
        last = None
        for ti, t in enumerate(ag):
            n = norm(t["text"])
            for v in acc + wr:
                for m in re.finditer(re.escape(v), n):
                    key = (ti, m.start())
                    if last is None or key > last[0]:
                        last = (key, v in acc)
            if any(v in n for v in wr):
                misinfo = True
        if last is None:
            fact_ok = False
            answered_all = False
        elif not last[1]:
            fact_ok = False
    L["fact-accuracy"] = "pass" if fact_ok else "fail"
    L["no-misinformation"] = "fail" if misinfo else "pass"
    # resolution
    res = answered_all
    for i, t in enumerate(ordered):
        if t["speaker"] == "agent" and cats["NONANS"].hit(t["text"]):
            prevc = [x for x in ordered[:i] if x["speaker"] == "customer"]
            side = prevc and norm(prevc[-1]["text"]) in cats["SIDEQ"]
            later = [x for x in ordered[i + 1:] if x["speaker"] == "agent"][:1]
            made = later and cats["MADEGOOD"].hit(later[0]["text"])
            if not side and not made:
                res = False
    L["resolution"] = "pass" if res else "fail"
    # first response
    L["first-response"] = "pass" if first_agent["startMs"] - joined <= sla["firstResponseMs"] else "fail"
    # response latency
    pending = None
    lat_ok = True
    prev_agent = None
    for t in ordered:
        if t["speaker"] == "customer":
            if pending is None:
                pending = t["endMs"]
        elif not is_backch(t["text"]):
            held = prev_agent is not None and cats["HOLD_ANN"].hit(prev_agent["text"])  # an announced hold is excepted
            if pending is not None and t["startMs"] - pending > sla["responseLatencyMs"] and not held:
                lat_ok = False
            pending = None
            prev_agent = t
    L["response-latency"] = "pass" if lat_ok else "fail"
    # reference / survey
    if not req["reference"]:
        L["record-reference"] = "na"
    else:
        L["record-reference"] = "pass" if any(REF_RX.search(norm(t["text"])) for t in ag) else "fail"
    if not req["survey"]:
        L["survey-offered"] = "na"
    else:
        L["survey-offered"] = "pass" if any(SURVEY_KW.search(norm(t["text"])) for t in ag) else "fail"
    # required info (patterns run on the written agent text)
    ok = True
    for it in sc["requiredInfo"]:
        if not any(re.search(p, t["text"]) for p in it["patterns"] for t in ag):
            ok = False
    L["required-info"] = "pass" if ok else "fail"
    return {k: L[k] for k in CHECKS}


# ---------- lint ----------
def lint(scen):
    errs = []
    agent_cats = {}
    for d in DOMAINS:
        D = DOM[d]
        cats = {k: getattr(M, k) for k in ("GREET", "NOGREET", "ID", "NONID", "ASKHELP", "HOLD_ANN", "HOLD_THX", "CLOSE",
                                          "WRAPQ", "SURVEY", "REF", "NOREF", "NONANS", "MADEGOOD", "LOOK", "ACK", "CORRECT", "INTERRUPT")}
        for k in ("EMPATHY", "FORBID", "RUDE", "VERIFY", "DISCLOSE"):
            cats[k] = D[k]
        cats["LOOK"] = cats["LOOK"] + D["LOOK"]
        cats["EXTRA_A"] = [a for q, a in D["EXTRA"]]
        cats["INFO_ASK"] = [x for s in D["SCEN"] for x in s["info"]["ask"]]
        agent_cats[d] = cats
        kw = {"GREET": GREET_KW, "SURVEY": SURVEY_KW, "CLOSE": CLOSE_KW, "EMPATHY": EMP_KW, "VERIFY": VERIFY_KW,
              "HOLD_ANN": HOLD_KW, "NONANS": NONANS_KW, "FORBID": FORBID_KW}
        exempt = {"CLOSE": ("HOLD_THX",), "GREET": (), "FORBID": ("RUDE",), "NONANS": ("RUDE", "FORBID")}
        # decisive words of one category must not sit in another category's lines
        for cname, rx in kw.items():
            for other, lines in cats.items():
                if other == cname or other in exempt.get(cname, ()):
                    continue
                if cname == "GREET" and other not in ("NOGREET", "ID", "NONID", "ASKHELP"):
                    continue
                for ln in lines:
                    if rx.search(norm(ln)):
                        errs.append(f"{d}: {other} line carries {cname} words: {ln}")
        # each decisive category's template must not match another's lines
        for cname in ("EMPATHY", "FORBID", "RUDE", "VERIFY", "DISCLOSE", "HOLD_ANN", "HOLD_THX", "CLOSE", "NONANS", "MADEGOOD", "ID"):
            rxs = [tpl_re(t, D["org"]) for t in cats[cname]]
            for other, lines in cats.items():
                if other == cname:
                    continue
                for ln in lines:
                    if any(r.search(norm(ln.replace("{org}", D["org"]))) for r in rxs):
                        errs.append(f"{d}: {other} line matches {cname}: {ln}")
        # at least 8 distinct wordings per decisive domain category
        for k in ("COMPLAIN", "EMPATHY", "FORBID", "RUDE", "VERIFY", "DISCLOSE"):
            if len(set(D[k])) < 8:
                errs.append(f"{d}: {k} has < 8 lines")
        # fact lines carry their value; no other agent line names a fact value; info regex matches only its asks
        for s in D["SCEN"]:
            for f in s["facts"]:
                vals = [f["expected"]] + f["variants"] + f["wrong"]
                for a in [f["expected"]] + f["variants"]:
                    for w in f["wrong"]:
                        if norm(a) in norm(w) or norm(w) in norm(a):
                            errs.append(f"{s['id']}: accepted {a} / wrong {w} overlap")
                for t in f["say"]:
                    if "{v}" not in t:
                        errs.append(f"{s['id']}: fact line without value: {t}")
                for other, lines in cats.items():
                    for ln in lines:
                        if any(norm(v) in norm(ln) for v in vals):
                            errs.append(f"{s['id']}: {other} line names a value of {f['key']}: {ln}")
            rx = re.compile(s["info"]["pattern"])
            for a in s["info"]["ask"]:
                if not rx.search(a):
                    errs.append(f"{s['id']}: info regex misses its ask {a}")
            for other, lines in cats.items():
                if other == "INFO_ASK":
                    continue
                for ln in lines:
                    if rx.search(ln):
                        errs.append(f"{s['id']}: info regex matches {other}: {ln}")
            for other in ("COMPLAIN",):
                for r in s["request"]:
                    if Cat(D["COMPLAIN"]).hit(r):
                        errs.append(f"{s['id']}: request line matches COMPLAIN: {r}")
    for h in M.HOMO:
        for d in DOMAINS:
            for lines in agent_cats[d].values():
                for ln in lines:
                    if h[1] in ln:
                        errs.append(f"homophone target {h[1]} in material: {ln}")
    return errs


def main():
    scen = load_scenarios()
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8") if l.strip()]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if l.strip()}
    catcache = {d: domain_cats(d) for d in DOMAINS}
    dis = []
    derived = {}
    for c in contacts:
        lab = labels[c["contactId"]]
        sc = scen[c["scenarioId"]]
        got = derive(c, sc, catcache[lab["domain"]])
        derived[c["contactId"]] = got
        for k in CHECKS:
            if got[k] != lab["labels"][k]:
                dis.append(f"{c['contactId']} {k}: label {lab['labels'][k]} derived {got[k]}")
        for k, v in lab["labels"].items():
            if v == "fail" and not lab["why"].get(k):
                dis.append(f"{c['contactId']} {k}: fail without why")
    errs = lint(scen)
    # mutation: flip one label per contact (cycling through checks); each must be caught
    caught = 0
    for i, c in enumerate(contacts):
        lab = labels[c["contactId"]]["labels"]
        k = CHECKS[i % len(CHECKS)]
        flipped = {"pass": "fail", "fail": "pass", "na": "pass"}[lab[k]]
        if derived[c["contactId"]][k] != flipped:
            caught += 1
    # counts
    print(f"{'check':20s} pass fail   na")
    for k in CHECKS:
        vals = [labels[c["contactId"]]["labels"][k] for c in contacts]
        print(f"{k:20s} {vals.count('pass'):4d} {vals.count('fail'):4d} {vals.count('na'):4d}")
    for e in errs:
        print("LINT", e)
    for x in dis:
        print("DISAGREE", x)
    print(f"contacts {len(contacts)}; disagreements {len(dis)}; lint problems {len(errs)}; mutations caught {caught}/{len(contacts)}")
    sys.exit(1 if dis or errs or caught != len(contacts) else 0)


if __name__ == "__main__":
    main()
