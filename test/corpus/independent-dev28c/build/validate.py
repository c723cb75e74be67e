# -*- coding: utf-8 -*-
"""Re-derives every label from contacts.jsonl + material + scenarios, lints the material,
counts decisive-wording reuse and runs a mutation check."""
import copy, importlib, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from mat_common import *  # noqa

MATS = {t: importlib.import_module("mat_" + t) for t in TRADES}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
KINDS = ("acct", "cmpl", "info")


def lt(s):
    return s[2:] if s[:2] in ("v:", "c:") else s


def tregex(tmpl):
    frags = re.split(r"\{[a-z]+\}", lt(tmpl))
    return re.compile(".{0,40}?".join(re.escape(canon(f)) for f in frags))


def load_yaml_scen(path):
    """Tiny reader for the flat YAML written by gen.py (flow maps, JSON-quoted strings)."""
    txt = open(path, encoding="utf-8").read()
    sc = {"facts": [], "requiredInfo": []}
    sec = None
    for line in txt.splitlines():
        if line.startswith("id:"):
            sc["id"] = line[3:].strip()
        elif line.startswith("facts:"):
            sec = "facts"
        elif line.startswith("requiredInfo:"):
            sec = "requiredInfo"
        elif line.startswith("requires:"):
            sc["requires"] = {k: v == "true" for k, v in re.findall(r"(\w+): (true|false)", line)}
        elif line.startswith("sla:"):
            sc["sla"] = {k: int(v) for k, v in re.findall(r"(\w+): (\d+)", line)}
        elif line.startswith("  - {") and sec:
            item = {}
            for k, v in re.findall(r"(\w+): (\[[^\]]*\]|\"[^\"]*\"|[\w-]+)", line):
                item[k] = json.loads(v) if v[0] in "[\"" else v
            sc[sec].append(item)
    return sc


def build_catalog(m):
    cat = []  # (tag, regex, template)
    L = m.L
    simple = ["greet", "aid", "close", "close_bad", "survey", "ref", "vok", "hold_req", "hold_thx", "emp", "walkout",
              "look", "neutral", "correct", "protest", "toldyou"]
    for role in simple:
        for x in L[role]:
            cat.append((role, tregex(x), lt(x)))
    for x, _ in L["vask"]:
        cat.append(("vask", tregex(x), lt(x)))
    for x in L["protest"]:
        cat.append(("complaint", tregex(x), x))
    for pr, line, isc in L["rude"]:
        cat.append(("rude", tregex(line), line))
        if isc:
            cat.append(("complaint", tregex(pr), pr))
    for i, (q, bad, good) in enumerate(L["jiyu"]):
        cat.append(("jiyu", tregex(bad), bad))
        cat.append(("q:j%d" % i, tregex(q), q))
        cat.append(("a:j%d" % i, tregex(good), good))
    for x in L["toldyou"]:
        cat.append(("jiyu", tregex(x), x))
    for i, (q, non, ans) in enumerate(L["side"]):
        cat.append(("q:s%d" % i, tregex(q), q))
        cat.append(("non", tregex(non), non))
        cat.append(("a:s%d" % i, tregex(ans), ans))
    for q, a in L["shrug"]:
        cat.append(("shrugq", tregex(q), q))
    if "curt" in L:
        for k, x in L["curt"].items():
            cat.append(("curt", tregex(x), x))
    for kind in KINDS:
        sc = m.SCEN[kind]
        for x in sc["cmpl"]:
            cat.append(("complaint", tregex(x), x))
        if kind == "cmpl":
            for x in sc["opens"]:
                cat.append(("complaint", tregex(x), x))
        for x in sc["ask2"]:
            cat.append(("ask2", tregex(x), x))
    return cat


CATS = {t: build_catalog(MATS[t]) for t in TRADES}
SCENS = {}
SCEN_TRADE = {}
for t in TRADES:
    for k in KINDS:
        sid = MATS[t].SCEN[k]["id"]
        SCENS[sid] = load_yaml_scen(os.path.join(OUT, "scenarios", sid + ".yaml"))
        SCEN_TRADE[sid] = (t, k)


def tags_of(text, trade):
    c = canon(text)
    out = {}
    for tag, rx, _ in CATS[trade]:
        if not rx.pattern:
            continue
        mt = rx.search(c)
        if mt:
            out.setdefault(tag, mt.start())
    return out


def dialogue(c):
    """agent/customer turns, agent backchannels over the customer removed."""
    cust = [t for t in c["turns"] if t["speaker"] == "customer"]
    out = []
    bot_phase_end = max([e["atMs"] for e in c["events"] if e["type"] == "agent-joined"] or [0])
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer"):
            continue
        if t["startMs"] < bot_phase_end and t["speaker"] == "customer":
            continue  # typed to the bot before a human joined
        if t["speaker"] == "agent" and is_backchannel_text(t["text"]) and any(
                u["startMs"] <= t["startMs"] and t["endMs"] <= u["endMs"] for u in cust):
            continue
        out.append(t)
    return out


def messages(c, turns):
    """group chat bubbles of one speaker sent 1-3 s apart into one message."""
    msgs = []
    for t in turns:
        if msgs and c["channel"] == "webchat" and msgs[-1]["speaker"] == t["speaker"] and t["startMs"] - msgs[-1]["endMs"] <= 3000:
            msgs[-1]["text"] += t["text"]
            msgs[-1]["endMs"] = t["endMs"]
            msgs[-1]["parts"].append(t)
        else:
            msgs.append({"speaker": t["speaker"], "text": t["text"], "startMs": t["startMs"], "endMs": t["endMs"], "parts": [t]})
    return msgs


def derive(c):
    sid = c["scenarioId"]
    trade, kind = SCEN_TRADE[sid]
    sc = SCENS[sid]
    req = sc["requires"]
    ch = c["channel"]
    lab = {}
    T = dialogue(c)
    M = messages(c, T)
    for mm in M:
        mm["tags"] = tags_of(mm["text"], trade)
        mm["canon"] = canon(mm["text"])
    AM = [mm for mm in M if mm["speaker"] == "agent"]
    CM = [mm for mm in M if mm["speaker"] == "customer"]
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered", 0))
    if not AM:
        return {k: "na" for k in CHECKS}
    # greeting
    g = AM[0]["tags"].get("greet")
    lab["greeting"] = "pass" if g is not None and g <= 3 else "fail"
    lab["agent-id"] = "pass" if any("aid" in mm["tags"] for mm in AM[:2]) else "fail"
    # closing
    if CM and M[-1]["speaker"] == "customer" and "walkout" in M[-1]["tags"]:
        lab["closing"] = "na"
    else:
        rest = [mm for mm in AM if set(mm["tags"]) - {"survey"} or "survey" not in mm["tags"]]
        lab["closing"] = "pass" if rest and "close" in rest[-1]["tags"] and rest[-1] is not AM[-1] or (rest and rest[-1] is AM[-1] and "close" in AM[-1]["tags"]) else "fail"
        if rest and "close" in rest[-1]["tags"]:
            after = AM[AM.index(rest[-1]) + 1:]
            lab["closing"] = "pass" if all(set(a["tags"]) <= {"survey"} for a in after) else "fail"
        else:
            lab["closing"] = "fail"
    # politeness / forbidden
    alltext = "".join(mm["text"] for mm in AM)
    rude = any("rude" in mm["tags"] for mm in AM)
    curt = "您" not in alltext and sum(1 for mm in AM if "curt" in mm["tags"]) >= 2
    lab["politeness"] = "fail" if rude or curt else "pass"
    lab["forbidden-words"] = "fail" if rude or curt or any("jiyu" in mm["tags"] for mm in AM) else "pass"
    # facts
    def vals(f, which):
        vs = [f["expected"]] + f["variants"] if which == "ok" else f["wrong"]
        return [canon(v) for v in vs]
    stmts = {}
    for fi, f in enumerate(sc["facts"]):
        st = []
        for i, mm in enumerate(AM):
            hits = []
            for which in ("ok", "wrong"):
                for v in vals(f, which):
                    for mt in re.finditer(re.escape(v), mm["canon"]):
                        hits.append((i, mt.start(), which == "wrong"))
            st.extend(sorted(set(hits)))
        stmts[fi] = st
    lab["fact-accuracy"] = "pass" if all(stmts[fi] and not stmts[fi][-1][2] for fi in stmts) else "fail"
    lab["no-misinformation"] = "fail" if any(w for fi in stmts for _, _, w in stmts[fi]) else "pass"
    # verification
    if not req["verification"]:
        lab["verification"] = "na"
    else:
        disc = stmts[0][0] if stmts[0] else None
        va = next((i for i, mm in enumerate(AM) if "vask" in mm["tags"]), None)
        vo = next((i for i, mm in enumerate(AM) if "vok" in mm["tags"] and va is not None and
                   (i > va or (i == va and mm["tags"]["vok"] > mm["tags"]["vask"]))), None)
        if vo is None:
            lab["verification"] = "fail"
        elif disc is None:
            lab["verification"] = "pass"
        else:
            di, dp, _ = disc
            lab["verification"] = "pass" if (vo < di or (vo == di and AM[vo]["tags"]["vok"] < dp)) else "fail"
    # timing: silences
    thr_hold, thr_dead = HOLD_MIN[ch], DEAD_MIN[ch]
    holds, dead = [], False
    prev_end, prev = joined, None
    for mm in M:
        gap = mm["startMs"] - prev_end
        owed = prev is None or prev["speaker"] == "customer" or mm["speaker"] == "agent"
        if owed and mm["speaker"] == "agent" or (owed and prev is not None and prev["speaker"] == "customer"):
            latest_agent = [a for a in AM if a["endMs"] <= mm["startMs"] and a is not mm]
            announced = bool(latest_agent) and "hold_req" in latest_agent[-1]["tags"]
            is_hold = gap >= thr_hold and mm["speaker"] == "agent" and prev is not None
            if is_hold:
                holds.append((announced, mm["speaker"] == "agent" and "hold_thx" in mm["tags"]))
            if gap >= thr_dead and not (is_hold and announced):
                dead = True
        prev_end = max(prev_end, mm["endMs"])
        prev = mm
    lab["hold-etiquette"] = "na" if not holds else ("pass" if all(a and b for a, b in holds) else "fail")
    lab["dead-air"] = "fail" if dead else "pass"
    # interruption & speech rate
    if ch == "voice":
        lab["interruption"] = "pass"
        for a in T:
            if a["speaker"] != "agent":
                continue
            for u in T:
                if u["speaker"] == "customer" and u["startMs"] < a["startMs"] <= u["endMs"] - 800:
                    lab["interruption"] = "fail"
        chars = sum(count_chars(a["text"]) for a in T if a["speaker"] == "agent" and a["endMs"] - a["startMs"] >= 1500)
        ms = sum(a["endMs"] - a["startMs"] for a in T if a["speaker"] == "agent" and a["endMs"] - a["startMs"] >= 1500)
        rate = chars / (ms / 60000.0) if ms else 0
        lab["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    else:
        lab["interruption"] = lab["speech-rate"] = "na"
    # empathy
    comp = [i for i, mm in enumerate(M) if mm["speaker"] == "customer" and "complaint" in mm["tags"]]
    if not comp and not req["empathy"]:
        lab["empathy"] = "na"
    else:
        ok = bool(comp)
        for i in comp:
            nxt = [mm for mm in M[i + 1:] if mm["speaker"] == "agent"][:2]
            if not any("emp" in mm["tags"] for mm in nxt):
                ok = False
        lab["empathy"] = "pass" if ok else "fail"
    # resolution
    res = "pass"
    for i, mm in enumerate(M):
        if mm["speaker"] != "customer":
            continue
        for tg in mm["tags"]:
            if tg.startswith("q:"):
                if not any(("a:" + tg[2:]) in x["tags"] for x in M[i + 1:] if x["speaker"] == "agent"):
                    res = "fail"
            if tg == "ask2":
                later = [x for x in AM if x["startMs"] >= mm["startMs"]]
                if not any(later.index(x) >= 0 and any(AM.index(x) == s[0] for s in stmts[1]) for x in later):
                    res = "fail"
    lab["resolution"] = res
    # first response
    lab["first-response"] = "pass" if AM[0]["startMs"] - joined <= sc["sla"]["firstResponseMs"] else "fail"
    # latency
    lat = "pass"
    first = None
    for mm in M:
        if mm["speaker"] == "customer":
            last_c = mm
            if first is None:
                first = mm
        else:
            ref_t = (last_c["endMs"] if ch == "voice" else first["startMs"]) if first is not None else 0
            if first is not None and mm["startMs"] - ref_t > sc["sla"]["responseLatencyMs"]:
                prevs = [a for a in AM if a["endMs"] <= first["startMs"]]
                if not (prevs and "hold_req" in prevs[-1]["tags"] and mm["startMs"] - ref_t >= thr_hold):
                    lat = "fail"
            first = None
    lab["response-latency"] = lat
    lab["record-reference"] = "na" if not req["reference"] else ("pass" if any("ref" in mm["tags"] for mm in AM) else "fail")
    lab["survey-offered"] = "na" if not req["survey"] else ("pass" if any("survey" in mm["tags"] for mm in AM) else "fail")
    ri = "pass"
    for item in sc["requiredInfo"]:
        if not any(re.search(p, mm["canon"]) for p in item["patterns"] for mm in AM):
            ri = "fail"
    lab["required-info"] = ri
    return {k: lab[k] for k in CHECKS}


def lint():
    errs = []
    for t in TRADES:
        m = MATS[t]
        lines = []

        def walk(x, path):
            if isinstance(x, str):
                lines.append((path, x))
            elif isinstance(x, (list, tuple)):
                for i, y in enumerate(x):
                    walk(y, path + [i])
            elif isinstance(x, dict):
                for k, y in x.items():
                    walk(y, path + [k])
        walk(m.L, ["L"])
        for k in KINDS:
            for key in ("opens", "ask2", "f1", "f2", "cmpl"):
                walk(m.SCEN[k][key], [k, key])
            for q in m.SCEN[k]["reqinfo"]:
                walk(q["asks"], [k, "asks"])
                walk(q["ans"], [k, "ans"])
        for path, s in lines:
            if any(w in s for w in ("致电", "来电", "挂机", "电话里")) and not s.startswith("v:") and path[1] not in ("ivr",):
                errs.append("%s %s: phone word outside a voice-only line: %s" % (t, path, s))
            if "打字" in s and not s.startswith("c:"):
                errs.append("%s %s: typing word outside a chat-only line: %s" % (t, path, s))
        cat = CATS[t]
        agent_roles = {"greet", "aid", "close", "close_bad", "survey", "ref", "vok", "hold_req", "hold_thx", "emp", "look",
                       "neutral", "correct", "rude", "jiyu", "vask", "non"}
        for tag, rx, tm in cat:
            if tag in agent_roles and tag != "emp" and re.search("抱歉|对不起|不好意思|理解您", tm):
                errs.append("%s: apology wording outside empathy lines: %s" % (t, tm))
        for tag, rx, tm in cat:
            for tag2, rx2, tm2 in cat:
                if tag != tag2 and tm != tm2 and rx.pattern and rx.search(canon(re.sub(r"\{[a-z]+\}", "", tm2))) and not (tag, tag2) in (("complaint", "complaint"), ("hold_thx", "greet")):
                    if {tag, tag2} <= {"complaint", "protest"} or (tag, tag2) == ("protest", "complaint") or (tag2, tag) == ("protest", "complaint"):
                        continue
                    errs.append("%s: %s line '%s' is inside %s line '%s'" % (t, tag, tm, tag2, tm2))
        for k in KINDS:
            sc = m.SCEN[k]
            allv = []
            for f in sc["facts"]:
                allv += [(f["key"], "ok", v) for v in [f["expected"]] + f["variants"]] + [(f["key"], "bad", v) for v in f["wrong"]]
            for a in allv:
                for b in allv:
                    if a != b and (a[0] != b[0] or a[1] != b[1]) and canon(a[2]) in canon(b[2]):
                        errs.append("%s/%s: value %s inside %s" % (t, k, a, b))
            for tag, rx, tm in cat:
                if tag.startswith("a:") or tag in agent_roles:
                    for a in allv:
                        if canon(a[2]) in canon(tm):
                            errs.append("%s/%s: fact value %s inside %s line %s" % (t, k, a[2], tag, tm))
            for q in sc["reqinfo"]:
                for a in q["asks"]:
                    if not any(re.search(p, canon(a)) for p in q["patterns"]):
                        errs.append("%s/%s: ask does not match its pattern: %s" % (t, k, a))
                for tag, rx, tm in cat:
                    if tag in agent_roles and any(re.search(p, canon(re.sub(r"\{[a-z]+\}", "", tm))) for p in q["patterns"]):
                        errs.append("%s/%s: non-ask agent line matches required-info pattern: %s" % (t, k, tm))
                for fl in sc["f1"] + sc["f2"]:
                    if any(re.search(p, canon(fl)) for p in q["patterns"]):
                        errs.append("%s/%s: fact line matches required-info pattern: %s" % (t, k, fl))
        if "curt" in m.L:
            for x in m.L["curt"].values():
                if "您" in x or "请" in x:
                    errs.append("%s: curt line contains 您/请: %s" % (t, x))
    # trade isolation of core wordings
    owner = defaultdict(set)
    for t in TRADES:
        for tag, rx, tm in CATS[t]:
            owner[core(tm)].add(t)
    for k, v in owner.items():
        if len(v) > 1 and len(k) > 2:
            errs.append("core wording in several trades %s: %s" % (sorted(v), k))
    return errs


EXCLUDE_COUNT = {"ack_c", "nomore"}


def reuse(contacts):
    """Count every material line used in the set by its core wording; small talk by whole turn."""
    cnt = Counter()
    for c in contacts:
        if c["outcome"] != "completed" or not any(e["type"] == "agent-joined" for e in c["events"]):
            continue
        trade, kind = SCEN_TRADE[c["scenarioId"]]
        m = MATS[trade]
        pool = []
        for role, lst in m.L.items():
            if role in EXCLUDE_COUNT or role in ("ivr", "bot", "small_c", "small_a", "vdata", "curt"):
                continue
            for x in lst:
                if isinstance(x, tuple):
                    for y in x:
                        if isinstance(y, str):
                            pool.append(y)
                elif isinstance(x, str):
                    pool.append(x)
        for k in KINDS:
            sc = m.SCEN[k]
            for key in ("opens", "ask2", "f1", "f2", "cmpl"):
                pool += sc[key]
            for q in sc["reqinfo"]:
                pool += q["asks"]
        pool = sorted(set(lt(p) for p in pool), key=lambda p: len(canon(re.sub(r"\{[a-z]+\}", "", p))), reverse=True)
        rxs = [(p, tregex(p)) for p in pool if len(canon(re.sub(r"\{[a-z]+\}", "", p))) >= 3]
        small = set()
        for a in m.L["small_c"][0]:
            for b in m.L["small_c"][1]:
                small.add(canon(a + b))
        for a in m.L["small_a"][0]:
            for b in m.L["small_a"][1]:
                small.add(canon(a + b))
        for t in dialogue(c):
            ct = canon(t["text"])
            if ct in small:
                cnt[core(ct)] += 1
                continue
            covered = []
            for p, rx in rxs:
                for mt in rx.finditer(ct):
                    if any(s <= mt.start() < e for s, e in covered):
                        continue
                    covered.append((mt.start(), mt.end()))
                    cnt[core(p)] += 1
    return cnt


def mutate_and_check(c, lab):
    trade, kind = SCEN_TRADE[c["scenarioId"]]
    m = MATS[trade]
    sc = m.SCEN[kind]
    res = {}
    base = derive(c)
    agent_idx = [i for i, t in enumerate(c["turns"]) if t["speaker"] == "agent"]

    def alt(fn):
        c2 = copy.deepcopy(c)
        fn(c2)
        return derive(c2)

    def retime(c2, factor=None, rate=None):
        t0 = [e["atMs"] for e in c2["events"] if e["type"] == "agent-joined"][0]
        cur = t0 + 1000
        for t in c2["turns"]:
            if t["startMs"] < t0:
                continue
            d = t["endMs"] - t["startMs"]
            t["startMs"] = int(cur)
            t["endMs"] = int(cur + d)
            cur = t["endMs"] + 1000
        c2["events"] = [e for e in c2["events"] if e["type"] not in ("hold-start", "hold-end")]

    for ck in CHECKS:
        if lab[ck] == "na":
            continue
        muts = []
        for i in range(len(c["turns"])):
            muts.append(lambda c2, i=i: c2["turns"].__setitem__(i, dict(c2["turns"][i], text="", speaker="system")))
        first_a = agent_idx[0] if agent_idx else 0
        last_a = agent_idx[-1] if agent_idx else 0
        ins = {"greeting": (first_a, lt(m.L["greet"][1]), True), "agent-id": (first_a, lt(m.L["aid"][0]).replace("{n}", "1234").replace("{nm}", "小王"), False),
               "closing": (last_a, lt(m.L["close"][0]), False), "record-reference": (last_a, lt(m.L["ref"][0]).replace("{r}", "20261188888"), False),
               "survey-offered": (last_a, lt(m.L["survey"][0]), False),
               "required-info": (first_a, "".join(q["asks"][0] for q in sc["reqinfo"]), False),
               "fact-accuracy": (last_a, "".join(lt(x[0]).replace("{v}", f["expected"]) for x, f in ((sc["f1"], sc["facts"][0]), (sc["f2"], sc["facts"][1]))), False),
               "verification": (first_a, lt(m.L["vask"][0][0]) + lt(m.L["vok"][0]), True)}
        if ck in ins:
            i, txt, front = ins[ck]
            muts.append(lambda c2, i=i, txt=txt, front=front: c2["turns"].__setitem__(i, dict(c2["turns"][i], text=(txt + c2["turns"][i]["text"]) if front else (c2["turns"][i]["text"] + txt))))
        if ck == "empathy":
            def add_emp(c2):
                for i in agent_idx:
                    c2["turns"][i]["text"] = lt(m.L["emp"][0]) + c2["turns"][i]["text"]
            muts.append(add_emp)
        if ck in ("politeness", "forbidden-words"):
            def polite(c2):
                for i in agent_idx:
                    c2["turns"][i]["text"] = "请您见谅，" + c2["turns"][i]["text"]
            muts.append(polite)
        if ck == "resolution":
            muts.append(lambda c2: c2["turns"].__setitem__(last_a, dict(c2["turns"][last_a], text=c2["turns"][last_a]["text"] + "".join(a for _, _, a in m.L["side"]) + "".join(g for _, _, g in m.L["jiyu"]))))
        if ck in ("dead-air", "hold-etiquette", "response-latency", "first-response", "interruption"):
            muts.append(retime)
        if ck == "speech-rate":
            def rerate(c2):
                for i in agent_idx:
                    t = c2["turns"][i]
                    n = count_chars(t["text"])
                    if lab[ck] == "fail":
                        t["endMs"] = t["startMs"] + int(n / 200.0 * 60000)
                    else:
                        t["endMs"] = t["startMs"] + int(n / 400.0 * 60000)
            muts.append(rerate)
        if ck in ("politeness", "forbidden-words", "no-misinformation", "empathy", "hold-etiquette"):
            for i in agent_idx:
                for j in agent_idx:
                    if j > i:
                        def two(c2, i=i, j=j):
                            for k in (i, j):
                                c2["turns"][k] = dict(c2["turns"][k], text="", speaker="system")
                        muts.append(two)
        caught = False
        for fn in muts:
            try:
                if alt(fn)[ck] != base[ck]:
                    caught = True
                    break
            except Exception:
                continue
        res[ck] = caught
    return res


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
    dis = []
    for c in contacts:
        if c["scenarioId"] not in SCENS:
            dis.append((c["contactId"], "scenario", "missing"))
            continue
        want = labels[c["contactId"]]["labels"]
        if c["outcome"] != "completed" or not any(e["type"] == "agent-joined" for e in c["events"]):
            got = {k: "na" for k in CHECKS}
        else:
            got = derive(c)
        for k in CHECKS:
            if got[k] != want[k]:
                dis.append((c["contactId"], k, "label %s derived %s" % (want[k], got[k])))
        for k, v in want.items():
            if v == "fail" and k not in labels[c["contactId"]]["why"]:
                dis.append((c["contactId"], k, "fail without reason"))
    # reasons unique
    rs = Counter(r for l in labels.values() for r in l["why"].values())
    dup_reasons = [r for r, n in rs.items() if n > 1]
    errs = lint()
    cnt = reuse(contacts)
    top = cnt.most_common(8)
    over = [(k, v) for k, v in cnt.items() if v > 3]
    # mutation
    mut_total = mut_caught = 0
    missed = []
    if "--no-mutation" not in sys.argv:
        for c in contacts:
            want = labels[c["contactId"]]["labels"]
            if c["outcome"] != "completed" or not any(e["type"] == "agent-joined" for e in c["events"]):
                continue
            res = mutate_and_check(c, want)
            for ck, ok in res.items():
                if want[ck] != "fail":
                    continue
                mut_total += 1
                mut_caught += ok
                if not ok:
                    missed.append((c["contactId"], ck))
    for x in dis[:40]:
        print("DISAGREE", *x)
    for e in errs[:40]:
        print("LINT", e)
    for k, v in over[:40]:
        print("REUSE>3", v, k)
    for x in missed[:20]:
        print("MUTATION-MISSED", *x)
    print("contacts %d  disagreements %d  lint %d  duplicate-reasons %d  highest-core-use %d (%s)  over3 %d  mutation %d/%d caught"
          % (len(contacts), len(dis), len(errs), len(dup_reasons), top[0][1] if top else 0, top[0][0] if top else "", len(over), mut_caught, mut_total))
    if dup_reasons:
        for r in dup_reasons[:10]:
            print("DUP-REASON", r)


if __name__ == "__main__":
    main()
