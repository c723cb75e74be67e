# -*- coding: utf-8 -*-
"""Independent re-derivation of every label from contacts + material + scenarios; lint; reuse count; mutation check."""
import copy
import sys
sys.dont_write_bytecode = True
import importlib
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import *  # noqa

OUT = os.path.dirname(HERE)
MATS = {t: importlib.import_module("mat_" + t).MAT for t in TRADES}


# ---------------- scenarios (own tiny YAML reader for this format) ----------------
def parse_flow(txt):
    """Parse '{ k: v, k: [..] }' where values are JSON strings, bare words or lists."""
    txt = txt.strip()
    assert txt[0] == "{" and txt[-1] == "}"
    body = txt[1:-1]
    out, i = {}, 0
    while i < len(body):
        m = re.match(r"\s*([A-Za-z][\w-]*)\s*:\s*", body[i:])
        if not m:
            break
        key = m.group(1)
        i += m.end()
        if body[i] == "[":
            j = i
            depth, inq = 0, False
            while True:
                ch = body[j]
                if ch == '"' and body[j - 1] != "\\":
                    inq = not inq
                if not inq and ch == "[":
                    depth += 1
                if not inq and ch == "]":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out[key] = json.loads(body[i:j + 1])
            i = j + 1
        elif body[i] == '"':
            dec = json.JSONDecoder()
            val, end = dec.raw_decode(body[i:])
            out[key] = val
            i += end
        else:
            m2 = re.match(r"([^,}]+)", body[i:])
            v = m2.group(1).strip()
            out[key] = {"true": True, "false": False}.get(v, int(v) if v.isdigit() else v)
            i += m2.end()
        m3 = re.match(r"\s*,?\s*", body[i:])
        i += m3.end()
    return out


def load_scenarios():
    sc = {}
    for fn in sorted(os.listdir(os.path.join(OUT, "scenarios"))):
        txt = open(os.path.join(OUT, "scenarios", fn), encoding="utf-8").read()
        d = {"facts": [], "requiredInfo": []}
        sect = None
        for line in txt.splitlines():
            if line.startswith("id:"):
                d["id"] = line.split(":", 1)[1].strip()
            elif line.startswith("facts:"):
                sect = "facts"
            elif line.startswith("requiredInfo:"):
                sect = "requiredInfo"
            elif line.startswith("  - {") and sect:
                d[sect].append(parse_flow(line[4:]))
            elif line.startswith("requires:"):
                d["requires"] = parse_flow(line.split(":", 1)[1])
                sect = None
            elif line.startswith("sla:"):
                d["sla"] = parse_flow(line.split(":", 1)[1])
            elif line.startswith("tags:"):
                d["trade"] = line.split(",")[1].strip(" ]")
            elif not line.startswith("  "):
                sect = None
        sc[d["id"]] = d
    return sc


SCEN = None

# ---------------- material index ----------------
AGENT_CATS = ["greet", "greet_bad", "ids", "id_bad", "close", "close_bad", "rude", "jiyu", "told", "look", "nonans",
              "verify", "hold_ask", "hold_thx", "emp", "proc", "survey", "ref", "side_a", "casual_a", "correct"]
CUST_CATS = ["complaint", "walkout", "side_q", "casual_q"]


def mat_lines(trade):
    m = MATS[trade]
    L = defaultdict(list)
    for k in ["greet", "greet_bad", "ids", "id_bad", "close", "close_bad", "look", "nonans", "verify", "hold_ask",
              "hold_thx", "emp", "proc", "survey", "ref", "correct", "walkout", "protest"]:
        L[k] = list(m[k])
    L["rude"] = [x[0] for x in m["rude"]]
    L["jiyu"] = [x[0] for x in m["jiyu"]]
    L["told"] = [x[0] for x in m["told"]]
    L["side_q"] = [q for q, a in m["side"]]
    L["side_a"] = [a for q, a in m["side"]]
    L["casual_q"] = [q for q, a in m["casual"]]
    L["casual_a"] = [a for q, a in m["casual"]]
    L["complaint"] = list(m["gen_complaints"]) + list(m["protest"])
    for s in m["scen"]:
        L["complaint"] += s["complaints"] + (s["open"][:3] if s["kind"] == "compl" else [])
    return L


RX = {}


def rx(t):
    if t not in RX:
        RX[t] = template_regex(t)
    return RX[t]


def find(cat_lines, text):
    """Return list of (template, match) for templates found in normalised text."""
    n = norm(text)
    res = []
    for t in cat_lines:
        mm = rx(t).search(n)
        if mm:
            res.append((t, mm))
    return res


# ---------------- messages ----------------
def messages(c):
    voice = c["channel"] == "voice"
    ev = {e["type"]: e for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered", {"atMs": 0}))["atMs"]
    turns = c["turns"]
    cust = [t for t in turns if t["speaker"] == "customer"]
    msgs = []
    for i, t in enumerate(turns):
        if t["speaker"] not in ("agent", "customer"):
            continue
        if t["speaker"] == "customer" and t["startMs"] < joined:
            continue
        if voice and t["speaker"] == "agent":
            raw = "".join(ch for ch in t["text"] if ch not in PUNCT and not ch.isspace())
            if raw in BACKCHANNELS and any(u["startMs"] < t["startMs"] and t["endMs"] <= u["endMs"] for u in cust):
                continue
        if (not voice) and msgs and msgs[-1]["sp"] == t["speaker"] and t["startMs"] - msgs[-1]["end"] <= 3000:
            msgs[-1]["text"] += t["text"]
            msgs[-1]["end"] = t["endMs"]
            msgs[-1]["idx"].append(i)
            continue
        msgs.append({"sp": t["speaker"], "text": t["text"], "start": t["startMs"], "end": t["endMs"], "idx": [i]})
    return msgs, joined


def q(s):
    return "“" + s.replace("\n", " ")[:80] + "”"


def analyze(c):
    global SCEN
    if SCEN is None:
        SCEN = load_scenarios()
    sc = SCEN[c["scenarioId"]]
    trade = sc["trade"]
    L = mat_lines(trade)
    msgs, joined = messages(c)
    R = {}
    agents = [k for k, m in enumerate(msgs) if m["sp"] == "agent"]
    if c.get("outcome") != "completed" or not agents:
        return {k: ("na", "special contact") for k in CHECKS}
    voice = c["channel"] == "voice"
    A = [msgs[k] for k in agents]
    req = sc["requires"]
    sla = sc["sla"]
    # greeting
    g = [(t, mm) for t, mm in find(L["greet"], A[0]["text"]) if mm.start() <= 8]
    R["greeting"] = ("pass", "") if g else ("fail", "坐席首句%s没有问候语（您好/欢迎致电），只有称呼或单位名不算问候。" % q(A[0]["text"]))
    # agent id
    idf = [k for k in range(min(2, len(A))) if find(L["ids"], A[k]["text"])]
    if idf:
        R["agent-id"] = ("pass", "")
    else:
        late = [k for k in range(2, len(A)) if find(L["ids"], A[k]["text"])]
        bad = [k for k in range(min(2, len(A))) if find(L["id_bad"], A[k]["text"])]
        if late:
            R["agent-id"] = ("fail", "工号/姓名到坐席第%d个发言才报出：%s，晚于前两轮。" % (late[0] + 1, q(A[late[0]]["text"])))
        elif bad:
            R["agent-id"] = ("fail", "坐席只说了%s，是泛称而非工号或姓名。" % q(find(L["id_bad"], A[bad[0]]["text"])[0][0]))
        else:
            R["agent-id"] = ("fail", "全程未报工号或姓名；开场为%s。" % q(A[0]["text"]))
    # closing
    last = msgs[-1]
    if last["sp"] == "customer" and find(L["walkout"], last["text"]):
        R["closing"] = ("na", "")
    elif find(L["close"], A[-1]["text"]):
        R["closing"] = ("pass", "")
    else:
        lastA = [k for k, x in enumerate(msgs) if x["sp"] == "agent"][-1]
        pc = [x for x in msgs[:lastA] if x["sp"] == "customer"]
        R["closing"] = ("fail", "客户说%s后，坐席最后一句只是%s，没有致谢或道别等结束语。" % (q(pc[-1]["text"]) if pc else "", q(A[-1]["text"])))
    # forbidden / politeness
    rude = [(k, t) for k in range(len(A)) for t, mm in find(L["rude"], A[k]["text"])]
    jiyu = [(k, t) for k in range(len(A)) for t, mm in find(L["jiyu"] + L["told"], A[k]["text"])]
    if rude:
        R["politeness"] = ("fail", "坐席说%s，属于%s。" % (q(rude[0][1]), "指责/讽刺/催促/挑衅类不礼貌用语") + (" 另有%s。" % q(rude[1][1]) if len(rude) > 1 else ""))
    else:
        R["politeness"] = ("pass", "")
    if rude or jiyu:
        w = rude[0][1] if rude else jiyu[0][1]
        R["forbidden-words"] = ("fail", "服务忌语：%s%s" % (q(w), "（不礼貌用语同时是忌语）" if rude else "（推诿/冷漠/“我刚才说过了”式回应）"))
    else:
        R["forbidden-words"] = ("pass", "")
    # facts
    facts = sc["facts"]

    def occ(f):
        vals = [(v, True) for v in [f["expected"]] + f["variants"]] + [(v, False) for v in f["wrong"]]
        res = []
        for k, a in enumerate(A):
            n = norm(a["text"])
            for v, ok in vals:
                nv = norm(v)
                for mm in re.finditer(re.escape(nv), n):
                    res.append((k, mm.start(), ok, v))
        res.sort()
        return res
    occs = [occ(f) for f in facts]
    # verification
    if not req["verification"]:
        R["verification"] = ("na", "")
    else:
        vk = [k for k in range(len(A)) if find(L["verify"], A[k]["text"])]
        dk = occs[0][0] if occs[0] else None
        if not vk:
            R["verification"] = ("fail", "全程未核验身份（手机尾号/身份证/验证码），却处理了本人记录：%s。" % (q(A[dk[0]]["text"]) if dk else q(A[min(2, len(A) - 1)]["text"])))
        elif dk and dk[0] < vk[0]:
            R["verification"] = ("fail", "先披露本人记录%s，之后才核验%s，顺序错误。" % (q(A[dk[0]]["text"]), q(A[vk[0]]["text"])))
        else:
            R["verification"] = ("pass", "")
    # silences: holds and dead air
    dthr, hthr = (8000, 15000) if voice else (30000, 30000)
    holds, dead = [], []
    first_agent_mi = agents[0]
    for mi in agents:
        if mi == first_agent_mi:
            prev_end = joined
            prevs = [m for m in msgs[:mi] if m["start"] >= joined]
            if prevs:
                prev_end = prevs[-1]["end"]
        else:
            prev_end = msgs[mi - 1]["end"]
        gap = msgs[mi]["start"] - prev_end
        before = [m for m in msgs[:mi] if m["sp"] == "agent"]
        ann = bool(before) and bool(find(L["hold_ask"], before[-1]["text"]))
        thx = bool(find(L["hold_thx"], msgs[mi]["text"]))
        if gap >= dthr and not ann:
            dead.append((mi, gap))
        if gap >= hthr:
            holds.append((mi, gap, ann, thx))
    for e in c["events"]:
        if e["type"] == "hold-start":
            hs = e["atMs"]
            he = min([x["atMs"] for x in c["events"] if x["type"] == "hold-end" and x["atMs"] >= hs] or [hs])
            after = [mi for mi in agents if msgs[mi]["start"] >= he]
            beforeA = [mi for mi in agents if msgs[mi]["end"] <= hs]
            if after:
                mi = after[0]
                ann = bool(beforeA) and bool(find(L["hold_ask"], msgs[beforeA[-1]]["text"]))
                thx = bool(find(L["hold_thx"], msgs[mi]["text"]))
                if not any(h[0] == mi for h in holds):
                    holds.append((mi, he - hs, ann, thx))
    if not holds:
        R["hold-etiquette"] = ("na", "")
    else:
        badh = [h for h in holds if not (h[2] and h[3])]
        if badh:
            mi, gap, ann, thx = badh[0]
            R["hold-etiquette"] = ("fail", "%.0f秒静默/保持后坐席说%s：%s。" % (gap / 1000, q(msgs[mi]["text"]), "保持前未请客户稍等" if not ann else "保持后没有感谢等待"))
        else:
            R["hold-etiquette"] = ("pass", "")
    if dead:
        mi, gap = dead[0]
        R["dead-air"] = ("fail", "坐席在%s之前沉默%.1f秒且事先没有请客户稍等。" % (q(msgs[mi]["text"]), gap / 1000))
    else:
        R["dead-air"] = ("pass", "")
    # interruption, speech rate
    turns = c["turns"]
    if not voice:
        R["interruption"] = R["speech-rate"] = ("na", "")
    else:
        cust = [t for t in turns if t["speaker"] == "customer"]
        ints = []
        tot_c, tot_ms = 0, 0
        for mi in agents:
            for ti in msgs[mi]["idx"]:
                t = turns[ti]
                for u in cust:
                    if u["startMs"] < t["startMs"] and u["endMs"] - t["startMs"] >= 800:
                        ints.append((t, u))
                if t["endMs"] - t["startMs"] >= 1500:
                    tot_c += spoken_chars(t["text"])
                    tot_ms += t["endMs"] - t["startMs"]
        R["interruption"] = ("fail", "坐席在客户话未说完时（提前%.1f秒）插话：%s，打断了%s。" % ((ints[0][1]["endMs"] - ints[0][0]["startMs"]) / 1000, q(ints[0][0]["text"]), q(ints[0][1]["text"]))) if ints else ("pass", "")
        rate = tot_c / (tot_ms / 60000) if tot_ms else 200
        R["speech-rate"] = ("pass", "") if 120 <= rate <= 300 else ("fail", "坐席语速约%.0f字/分钟，超出120–300范围（例：%s）。" % (rate, q(A[0]["text"])))
    # empathy
    comps = [mi for mi, m in enumerate(msgs) if m["sp"] == "customer" and find(L["complaint"], m["text"])]
    if not comps and not req["empathy"]:
        R["empathy"] = ("na", "")
    else:
        miss = []
        for mi in comps:
            nxt = [m for m in msgs[mi + 1:] if m["sp"] == "agent"][:2]
            if not any(find(L["emp"], m["text"]) for m in nxt):
                miss.append((mi, nxt))
        if miss or not comps:
            mi, nxt = miss[0] if miss else (None, [])
            R["empathy"] = ("fail", "客户抱怨%s，坐席随后只回应%s，没有致歉或安抚。" % (q(msgs[mi]["text"]) if mi is not None else "", q(nxt[0]["text"]) if nxt else "（无）"))
        else:
            R["empathy"] = ("pass", "")
    # resolution
    sideq = dict(zip(L["side_q"], L["side_a"]))
    unres = []
    for mi, m in enumerate(msgs):
        if m["sp"] != "customer":
            continue
        for qq, mm in find(L["side_q"], m["text"]):
            later = [x for x in msgs[mi + 1:] if x["sp"] == "agent"]
            if not any(find([sideq[qq]], x["text"]) for x in later):
                unres.append((qq, later[0]["text"] if later else ""))
    main_ok = any(occs[0]) or any(occs[1])
    if unres:
        R["resolution"] = ("fail", "客户问%s，坐席只答%s，之后始终没有给出答案。" % (q(unres[0][0]), q(unres[0][1])))
    elif not main_ok:
        R["resolution"] = ("fail", "客户的主要诉求始终没有得到答复。")
    else:
        R["resolution"] = ("pass", "")
    # first response
    fr = A[0]["start"] - joined
    R["first-response"] = ("pass", "") if fr <= sla["firstResponseMs"] else ("fail", "坐席首条回复%s在接入后%.1f秒才出现，超过%.0f秒时限。" % (q(A[0]["text"]), fr / 1000, sla["firstResponseMs"] / 1000))
    # latency
    lat = []
    first_un = None
    for mi, m in enumerate(msgs):
        if m["sp"] == "customer":
            if first_un is None:
                first_un = m
        else:
            if first_un is not None:
                before = [x for x in msgs[:mi] if x["sp"] == "agent"]
                ann = bool(before) and bool(find(L["hold_ask"], before[-1]["text"]))
                gap = m["start"] - first_un["end"]
                if gap > sla["responseLatencyMs"] and not ann:
                    lat.append((m, first_un, gap))
            first_un = None
    R["response-latency"] = ("fail", "客户发%s后%.1f秒坐席才回复%s，超过%.0f秒。" % (q(lat[0][1]["text"]), lat[0][2] / 1000, q(lat[0][0]["text"]), sla["responseLatencyMs"] / 1000)) if lat else ("pass", "")
    # fact accuracy / misinformation
    acc_fail, mis_fail = [], []
    for f, oc in zip(facts, occs):
        if not oc:
            acc_fail.append("事实“%s”坐席始终未说明（应为%s），直到最后一句%s也没提" % (f["label"], f["expected"], q(A[-1]["text"])))
        elif not oc[-1][2]:
            acc_fail.append("“%s”最后一次说成%s（应为%s）：%s" % (f["label"], oc[-1][3], f["expected"], q(A[oc[-1][0]]["text"])))
        wr = [o for o in oc if not o[2]]
        if wr:
            mis_fail.append("坐席说%s，把“%s”说成%s（正确为%s）%s" % (q(A[wr[0][0]]["text"]), f["label"], wr[0][3], f["expected"], "，虽然之后更正" if oc[-1][2] else ""))
    R["fact-accuracy"] = ("fail", "；".join(acc_fail) + "。") if acc_fail else ("pass", "")
    R["no-misinformation"] = ("fail", "；".join(mis_fail) + "。") if mis_fail else ("pass", "")
    # reference, survey, required info
    if not req["reference"]:
        R["record-reference"] = ("na", "")
    else:
        refs = [a for a in A if find(L["ref"], a["text"]) and re.search(r"\d{6,}", norm(a["text"]))]
        R["record-reference"] = ("pass", "") if refs else ("fail", "全程没有给出工单号/受理编号；结束时坐席说%s。" % q(A[-1]["text"]))
    if not req["survey"]:
        R["survey-offered"] = ("na", "")
    else:
        R["survey-offered"] = ("pass", "") if any(find(L["survey"], a["text"]) for a in A) else ("fail", "没有邀请满意度评价；最后一句是%s。" % q(A[-1]["text"]))
    miss = []
    for ri in sc["requiredInfo"]:
        pats = ri["patterns"]
        if not any(re.search(p, re.sub(r"\s", "", a["text"])) for a in A for p in pats):
            miss.append(ri["label"])
    if miss:
        vol = [m["text"] for m in msgs if m["sp"] == "customer"][:1]
        R["required-info"] = ("fail", "坐席从未询问%s（客户开头自己说了%s也不算）。" % ("、".join(miss), q(vol[0]) if vol else ""))
    else:
        R["required-info"] = ("pass", "")
    return R


# ---------------- counting and lint ----------------
COUNT_CATS = ["greet", "greet_bad", "ids", "id_bad", "close", "close_bad", "rude", "jiyu", "told", "look", "nonans",
              "verify", "hold_ask", "hold_thx", "emp", "proc", "survey", "ref", "side_a", "casual_a", "correct",
              "complaint", "walkout"]


def decisive_templates(trade):
    L = mat_lines(trade)
    out = []
    for k in COUNT_CATS:
        for t in L[k]:
            out.append((k, t))
    for s in MATS[trade]["scen"]:
        for f in s["facts"]:
            for t in f["stmts"]:
                out.append(("stmt:" + s["id"], t))
        for t in s["req"]["asks"]:
            out.append(("ask:" + s["id"], t))
    return out


def lint():
    errs = []
    owner = {}
    for tr in TRADES:
        for k, t in decisive_templates(tr):
            co = core(t)
            if not co:
                errs.append("%s %s empty core: %s" % (tr, k, t))
            if co in owner and owner[co] != tr:
                errs.append("core wording in two trades (%s,%s): %s" % (owner[co], tr, t))
            owner[co] = tr
        m = MATS[tr]
        L = mat_lines(tr)
        all_agent = [(k, t) for k in AGENT_CATS for t in L[k]] + [(k, t) for k, t in [("bridge", b) for b in AGENT_BRIDGES]]
        for s in m["scen"]:
            own_stmts = [t.replace("{v}", f["expected"]) for f in s["facts"] for t in f["stmts"]]
            usable = [t for k, t in all_agent] + own_stmts
            # required-info pattern must only match the asks
            for t in usable:
                tt = t.replace("{n}", "1234").replace("{name}", m["agents"][0]).replace("{ref}", "123456789").replace("{v}", "")
                if re.search(s["req"]["pattern"], tt):
                    errs.append("%s: required-info pattern matches non-ask line: %s" % (s["id"], t))
            for a in s["req"]["asks"]:
                if not re.search(s["req"]["pattern"], a):
                    errs.append("%s: ask not matched by pattern: %s" % (s["id"], a))
            # fact values: distinct, not substrings, absent from other lines
            for f in s["facts"]:
                vals = [f["expected"]] + f["variants"] + f["wrong"]
                rights = [norm(v) for v in [f["expected"]] + f["variants"]]
                wrongs = [norm(v) for v in f["wrong"]]
                for a in rights:
                    for b in wrongs:
                        if a in b or b in a:
                            errs.append("%s %s: right/wrong overlap %s %s" % (s["id"], f["key"], a, b))
                for t in [t for k, t in all_agent] + [t for t in f["stmts"]]:
                    nt = norm(t.replace("{v}", "|"))
                    for v in vals:
                        if norm(v) in nt:
                            errs.append("%s: value %s appears in line %s" % (s["id"], v, t))
                for of in s["facts"]:
                    if of is f:
                        continue
                    for t in of["stmts"]:
                        for v in vals:
                            if norm(v) in norm(t.replace("{v}", "|")):
                                errs.append("%s: value %s in other fact stmt %s" % (s["id"], v, t))
        # cross-category: a category's regex must not match another category's line
        cats = ["greet", "greet_bad", "ids", "id_bad", "close", "close_bad", "rude", "jiyu", "told", "look", "nonans",
                "verify", "hold_ask", "hold_thx", "emp", "proc", "survey", "ref", "side_a", "casual_a", "correct",
                "verify_ok"]
        L2 = dict(L)
        L2["verify_ok"] = list(m["verify_ok"])
        fillers = [("bridge", b) for b in AGENT_BRIDGES]
        for ca in cats:
            if ca == "verify_ok":
                continue
            for t in L2[ca]:
                r = rx(t)
                for cb in cats + ["bridge"]:
                    if cb == ca:
                        continue
                    lines = L2[cb] if cb != "bridge" else AGENT_BRIDGES
                    for u in lines:
                        uu = u.replace("{n}", "1234").replace("{name}", m["agents"][0]).replace("{ref}", "123456789").replace("{v}", "某值")
                        if r.search(norm(uu)):
                            errs.append("%s: %s template %s matches %s line %s" % (tr, ca, t, cb, u))
        for t in L["complaint"]:
            for u in [p[0] for p in m["pads"]] + CUST_ACKS + m["cust_sorry"] + m["repeat_q"] + m["press"] + L["side_q"] + L["casual_q"]:
                if rx(t).search(norm(u)):
                    errs.append("%s: complaint template matches non-complaint %s" % (tr, u))
    return errs


def count_reuse(contacts):
    cnt = Counter()
    for c in contacts:
        if c.get("outcome") != "completed":
            continue
        sc = SCEN[c["scenarioId"]]
        tr = sc["trade"]
        tmpls = [(k, t) for k, t in decisive_templates(tr) if not (k.startswith("stmt:") or k.startswith("ask:")) or k.split(":", 1)[1] == c["scenarioId"]]
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                continue
            n = norm(t["text"])
            for k, tm in tmpls:
                if (k in ("complaint", "walkout")) != (t["speaker"] == "customer"):
                    continue
                if rx(tm).search(n):
                    cnt[(tr, core(tm))] += 1
    return cnt


# ---------------- mutation check ----------------
def mutate_and_check(c, lab):
    """For each fail (and several passes), alter the decisive line; the label must change."""
    sc = SCEN[c["scenarioId"]]
    tr = sc["trade"]
    m = MATS[tr]
    L = mat_lines(tr)
    base = analyze(c)
    results = []

    def redo(fn):
        cc = copy.deepcopy(c)
        fn(cc)
        return analyze(cc)

    def amsgs(cc):
        ms, j = messages(cc)
        return [x for x in ms if x["sp"] == "agent"], ms, j

    def set_text(cc, msg, text):
        cc["turns"][msg["idx"][0]]["text"] = text
        for k in msg["idx"][1:]:
            cc["turns"][k]["text"] = ""
    f0 = sc["facts"][0]
    for chk, v in lab.items():
        if v == "na":
            continue
        fn = None
        if chk == "greeting":
            fn = (lambda cc: set_text(cc, amsgs(cc)[0][0], m["greet"][0] + amsgs(cc)[0][0]["text"])) if v == "fail" else \
                 (lambda cc: set_text(cc, amsgs(cc)[0][0], "喂。" + "".join(find_rm(L["greet"], amsgs(cc)[0][0]["text"]))))
        elif chk == "agent-id" and v == "fail":
            fn = lambda cc: set_text(cc, amsgs(cc)[0][0], amsgs(cc)[0][0]["text"] + m["ids"][0].replace("{n}", "1234").replace("{name}", m["agents"][0]))
        elif chk == "closing":
            fn = (lambda cc: set_text(cc, amsgs(cc)[0][-1], amsgs(cc)[0][-1]["text"] + m["close"][0])) if v == "fail" else \
                 (lambda cc: set_text(cc, amsgs(cc)[0][-1], m["close_bad"][0]))
        elif chk in ("forbidden-words", "politeness") and v == "fail":
            def fn(cc, chk=chk):
                for a in amsgs(cc)[0]:
                    if find(L["rude"] + L["jiyu"] + L["told"], a["text"]):
                        set_text(cc, a, "好的，我明白。")
        elif chk == "verification":
            if v == "fail":
                fn = lambda cc: set_text(cc, amsgs(cc)[0][0], amsgs(cc)[0][0]["text"] + m["verify"][0])
            else:
                def fn(cc):
                    for a in amsgs(cc)[0]:
                        if find(L["verify"], a["text"]):
                            set_text(cc, a, "好的。")
        elif chk in ("hold-etiquette", "dead-air") and v == "fail":
            def fn(cc):
                ag, ms, j = amsgs(cc)
                for k, a in enumerate(ag):
                    if k > 0:
                        set_text(cc, ag[k - 1], cc["turns"][ag[k - 1]["idx"][0]]["text"] + m["hold_ask"][0])
                        set_text(cc, a, m["hold_thx"][0] + cc["turns"][a["idx"][0]]["text"])
                        ag, ms, j = amsgs(cc)
        elif chk == "interruption" and v == "fail":
            def fn(cc):
                cust = [t for t in cc["turns"] if t["speaker"] == "customer"]
                for t in cc["turns"]:
                    if t["speaker"] == "agent":
                        for u in cust:
                            if u["startMs"] < t["startMs"] and u["endMs"] - t["startMs"] >= 800 and len(t["text"]) > 3:
                                d = u["endMs"] + 300 - t["startMs"]
                                t["startMs"] += d
                                t["endMs"] += d
        elif chk == "speech-rate" and v == "fail":
            def fn(cc):
                for t in cc["turns"]:
                    if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500:
                        t["endMs"] = t["startMs"] + int(spoken_chars(t["text"]) / 200 * 60000)
        elif chk == "empathy" and v == "fail":
            def fn(cc):
                ag, ms, j = amsgs(cc)
                for mi, x in enumerate(ms):
                    if x["sp"] == "customer" and find(L["complaint"], x["text"]):
                        nxt = [y for y in ms[mi + 1:] if y["sp"] == "agent"]
                        if nxt:
                            cc["turns"][nxt[0]["idx"][0]]["text"] = m["emp"][0] + cc["turns"][nxt[0]["idx"][0]]["text"]
        elif chk == "resolution" and v == "fail":
            def fn(cc):
                ag = amsgs(cc)[0]
                set_text(cc, ag[-1], ag[-1]["text"] + "".join(L["side_a"]))
        elif chk == "first-response" and v == "fail":
            def fn(cc):
                ag, ms, j = amsgs(cc)
                for k in ag[0]["idx"]:
                    cc["turns"][k]["startMs"] = cc["turns"][k]["endMs"] = j + 1000
                cc["turns"].sort(key=lambda t: t["startMs"])
        elif chk == "response-latency" and v == "fail":
            def fn(cc):
                for chk2 in range(10):
                    r = analyze(cc)
                    if r["response-latency"][0] == "pass":
                        return
                    ag, ms, j = amsgs(cc)
                    first_un = None
                    for x in ms:
                        if x["sp"] == "customer":
                            first_un = first_un or x
                        else:
                            if first_un and x["start"] - first_un["end"] > sc["sla"]["responseLatencyMs"]:
                                d = x["start"] - first_un["end"] - 2000
                                for t in cc["turns"]:
                                    if t["startMs"] >= x["start"] and t["speaker"] == "agent" and t["startMs"] <= x["end"]:
                                        t["startMs"] -= d
                                        t["endMs"] -= d
                                cc["turns"] = [t for t in cc["turns"] if not (t["speaker"] == "customer" and first_un["end"] < t["startMs"] < x["start"] and t["text"] in NUDGES)]
                                cc["turns"].sort(key=lambda t: t["startMs"])
                                break
                            first_un = None
        elif chk == "fact-accuracy":
            if v == "fail":
                fn = lambda cc: set_text(cc, amsgs(cc)[0][-1], amsgs(cc)[0][-1]["text"] + "".join(f["expected"] + "。" for f in sc["facts"]))
            else:
                def fn(cc):
                    for t in cc["turns"]:
                        if t["speaker"] == "agent":
                            for v2 in sorted([f0["expected"]] + f0["variants"], key=len, reverse=True):
                                t["text"] = t["text"].replace(v2, f0["wrong"][0])
                            if any(norm(v2) in norm(t["text"]) for v2 in [f0["expected"]] + f0["variants"]):
                                t["text"] = "好的。"
        elif chk == "no-misinformation" and v == "fail":
            def fn(cc):
                for t in cc["turns"]:
                    if t["speaker"] == "agent":
                        for f in sc["facts"]:
                            for w in f["wrong"]:
                                t["text"] = t["text"].replace(w, f["expected"])
                            nw = [norm(w) for w in f["wrong"]]
                            if any(x in norm(t["text"]) for x in nw):
                                t["text"] = "好的。"
        elif chk == "record-reference":
            fn = (lambda cc: set_text(cc, amsgs(cc)[0][-1], amsgs(cc)[0][-1]["text"] + m["ref"][0].replace("{ref}", "123456789"))) if v == "fail" else None
            if v == "pass":
                def fn(cc):
                    for a in amsgs(cc)[0]:
                        if find(L["ref"], a["text"]):
                            set_text(cc, a, "好的。")
        elif chk == "survey-offered":
            if v == "fail":
                fn = lambda cc: set_text(cc, amsgs(cc)[0][-1], amsgs(cc)[0][-1]["text"] + m["survey"][0])
            else:
                def fn(cc):
                    for a in amsgs(cc)[0]:
                        if find(L["survey"], a["text"]):
                            set_text(cc, a, "好的。")
        elif chk == "required-info":
            ask = [s for s in m["scen"] if s["id"] == c["scenarioId"]][0]["req"]["asks"][0]
            if v == "fail":
                fn = lambda cc: set_text(cc, amsgs(cc)[0][-1], amsgs(cc)[0][-1]["text"] + ask)
            else:
                def fn(cc):
                    pats = [p for ri in sc["requiredInfo"] for p in ri["patterns"]]
                    for a in amsgs(cc)[0]:
                        if any(re.search(p, re.sub(r"\s", "", a["text"])) for p in pats):
                            set_text(cc, a, "好的。")
        if fn is None:
            continue
        after = redo(fn)
        results.append((chk, v, after[chk][0], after[chk][0] != v))
    return results


def find_rm(lines, text):
    n = text
    for t in lines:
        mm = rx(t).search(norm(n))
        if mm:
            return [norm(n)[:mm.start()] + norm(n)[mm.end():]]
    return [n]


def main():
    global SCEN
    SCEN = load_scenarios()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {j["contactId"]: j for j in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    dis = 0
    for c in contacts:
        R = analyze(c)
        lab = labels[c["contactId"]]
        for k in CHECKS:
            if R[k][0] != lab["labels"][k]:
                dis += 1
                print("DISAGREE %s %s label=%s derived=%s %s" % (c["contactId"], k, lab["labels"][k], R[k][0], R[k][1][:120]))
        for k, v in lab["labels"].items():
            if v == "fail" and not lab["why"].get(k):
                print("NO-WHY %s %s" % (c["contactId"], k))
                dis += 1
    # reasons unique
    whys = Counter(w for l in labels.values() for k, w in l["why"].items() if k != "special")
    dupw = [w for w, n in whys.items() if n > 1]
    errs = lint()
    for e in errs:
        print("LINT", e)
    cnt = count_reuse(contacts)
    top = cnt.most_common(5)
    # mutation
    mut_total = mut_caught = 0
    for c in contacts:
        if c.get("outcome") != "completed" or c["contactId"].endswith(("x05",)):
            continue
        for chk, v, after, ok in mutate_and_check(c, labels[c["contactId"]]["labels"]):
            mut_total += 1
            if ok:
                mut_caught += 1
            else:
                print("MUTATION-MISSED %s %s %s->%s" % (c["contactId"], chk, v, after))
    tab = {k: Counter(l["labels"][k] for l in labels.values()) for k in CHECKS}
    print("checks: pass/fail/na")
    for k in CHECKS:
        print("  %-18s %3d %3d %3d" % (k, tab[k]["pass"], tab[k]["fail"], tab[k]["na"]))
    turns_n = [len([t for t in c["turns"] if t["speaker"] in ("agent", "customer")]) for c in contacts if c["contactId"].count("-") == 2]
    msg_n = [len(messages(c)[0]) for c in contacts if c["contactId"].count("-") == 2]
    print("contacts %d; agent/customer turn records per normal contact %d-%d; dialogue messages (bubbles merged, backchannels and bot phase left out) %d-%d" % (len(contacts), min(turns_n), max(turns_n), min(msg_n), max(msg_n)))
    print("disagreements: %d" % dis)
    print("lint: %d" % len(errs))
    print("duplicate reasons: %d" % len(dupw))
    print("highest core-wording use: %d  %s" % (top[0][1], top[:3]))
    print("mutation: %d/%d caught" % (mut_caught, mut_total))
    return 0 if (dis == 0 and not errs and top[0][1] <= 3 and mut_caught == mut_total) else 1


if __name__ == "__main__":
    sys.exit(main())
