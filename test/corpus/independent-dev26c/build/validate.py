# -*- coding: utf-8 -*-
"""Re-derives every label from contacts.jsonl + material + scenarios/*.yaml, lints the material,
counts decisive-wording reuse and runs a mutation check."""
import copy
import glob
import importlib
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import (TRADES, CHECKS, DECISIVE, norm, core, spoken_chars, BACKCH, HOMO, COMMON)

OUT = os.path.dirname(HERE)
MODS = {t: importlib.import_module("mat_" + t) for t in TRADES}
SLOTS = ["org", "name", "num", "ref", "tail", "order", "phone", "hotline"]
AGENT_KINDS = {"greet", "bad_greet", "id", "bad_id", "close", "wrap", "instr_end", "survey", "ref", "readback",
               "hold_ask", "hold_thanks", "verify_ask", "verify_ok", "rude", "refuse_repeat", "tuiwei", "lengmo",
               "polite_look", "empathy", "empathy_rude", "disc", "say1", "say2", "fix", "toldyou", "ask1", "ask2", "side_ans",
               "side_non", "casual_shrug", "small_a"}
CUST_KINDS = {"open_cmpl", "mid_cmpl", "grievance", "escalate", "protest", "walkout", "side_q", "casual_q",
              "repeat_q", "open"}
COMPLAINT = {"open_cmpl", "mid_cmpl", "grievance", "escalate", "protest"}


# ---------------- scenarios ----------------
def load_scenarios():
    out = {}
    for p in sorted(glob.glob(os.path.join(OUT, "scenarios", "*.yaml"))):
        txt = open(p, encoding="utf-8").read()
        sid = re.search(r"^id: (\S+)", txt, re.M).group(1)
        facts = []
        for m in re.finditer(r"^  - \{ key: ([\w-]+), label: (\".*?\"), expected: (\".*?\"), variants: \[(.*?)\], wrong: \[(.*?)\], cues: \[(.*?)\] \}$", txt, re.M):
            facts.append({"key": m.group(1), "expected": json.loads(m.group(3)),
                          "variants": json.loads("[" + m.group(4) + "]"), "wrong": json.loads("[" + m.group(5) + "]")})
        reqs = []
        for m in re.finditer(r"^  - \{ key: ([\w-]+), label: (\".*?\"), patterns: \[(.*)\] \}$", txt, re.M):
            reqs.append({"key": m.group(1), "patterns": json.loads("[" + m.group(3) + "]")})
        rq = re.search(r"requires: \{ verification: (\w+), reference: (\w+), empathy: (\w+), survey: (\w+) \}", txt)
        sl = re.search(r"sla: \{ firstResponseMs: (\d+), responseLatencyMs: (\d+)", txt)
        out[sid] = {"id": sid, "facts": facts, "req": reqs,
                    "requires": dict(zip(["verification", "reference", "empathy", "survey"], [x == "true" for x in rq.groups()])),
                    "first": int(sl.group(1)), "lat": int(sl.group(2))}
    return out


# ---------------- material catalogue ----------------
def scen_key(trade, sid):
    for k, v in MODS[trade].SCEN.items():
        if v["id"] == sid:
            return k
    return None


def slot_re(trade):
    T = MODS[trade]
    return {"org": re.escape(norm(T.ORG)), "name": "(?:%s)" % "|".join(re.escape(norm(a)) for a in T.AGENTS),
            "num": "[0-9]+", "ref": "[0-9]{6,}", "tail": "[0-9]+", "order": "[0-9]+", "phone": "[0-9]+",
            "hotline": "[0-9]+"}


def tmpl_regex(t, sr, v=None):
    parts = re.split(r"(\{[a-z]+\})", t)
    out = ""
    for p in parts:
        m = re.fullmatch(r"\{([a-z]+)\}", p)
        if m:
            out += re.escape(norm(v)) if m.group(1) == "v" else sr[m.group(1)]
        else:
            out += re.escape(norm(p))
    return out


CAT_CACHE = {}


def catalogue(trade, skey, scen):
    key = (trade, skey)
    if key in CAT_CACHE:
        return CAT_CACHE[key]
    T = MODS[trade]
    sr = slot_re(trade)
    ents = []

    def add(kind, t, extra=None):
        if "{v}" in t:
            for fi, fc in enumerate(scen["facts"]):
                if kind == "say1" and fi != 0 or kind == "say2" and fi != 1:
                    continue
                if kind == "toldyou" and fi != 1:
                    continue
                for val in [fc["expected"]] + fc["variants"] + fc["wrong"]:
                    right = val in [fc["expected"]] + fc["variants"]
                    ents.append({"kind": kind, "t": t, "re": re.compile(tmpl_regex(t, sr, val)), "fact": fc["key"], "right": right, "val": val})
        else:
            r = tmpl_regex(t, sr)
            if norm(re.sub(r"\{[a-z]+\}", "", t)):
                ents.append(dict({"kind": kind, "t": t, "re": re.compile(r)}, **(extra or {})))
    for kind, lines in T.L.items():
        if kind in ("side", "casual"):
            for i, ln in enumerate(lines):
                parts = [x.strip() for x in ln.split("|")]
                if kind == "side":
                    add("side_q", parts[0], {"side": i})
                    add("side_ans", parts[1], {"side": i})
                    add("side_non", parts[2], {"side": i})
                    add("press", parts[3], {"side": i})
                else:
                    add("casual_q", parts[0], {"side": 100 + i})
                    add("casual_shrug", parts[1], {"side": 100 + i})
            continue
        for ln in lines:
            add(kind, ln)
    for kind, lines in T.S[skey].items():
        for ln in lines:
            add(kind, ln)
    CAT_CACHE[key] = ents
    return ents


def match_turn(text, ents, sp):
    n = norm(text)
    hits = []
    for e in ents:
        kind = e["kind"]
        if sp == "agent" and kind not in AGENT_KINDS:
            continue
        if sp == "customer" and kind not in CUST_KINDS and kind != "press":
            continue
        for m in e["re"].finditer(n):
            hits.append((m.start(), m.end(), e))
    seen = set()
    uh = []
    for h in hits:
        k = (h[0], h[1], h[2]["t"], h[2].get("fact"))
        if k not in seen:
            seen.add(k)
            uh.append(h)
    hits = uh
    # drop hits contained in a longer hit
    keep = []
    for h in hits:
        if any(o is not h and o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) for o in hits):
            continue
        keep.append(h)
    keep.sort(key=lambda h: (h[0], h[1]))
    return keep


# ---------------- derivation ----------------
def derive(c, scen):
    trade = c["contactId"].split("-")[1]
    skey = scen_key(trade, c["scenarioId"])
    ents = catalogue(trade, skey, scen)
    voice = c["channel"] == "voice"
    evs = c["events"]
    join = None
    for e in evs:
        if e["type"] == "agent-joined":
            join = e["atMs"]
    base = join
    if base is None:
        for e in evs:
            if e["type"] == "answered":
                base = e["atMs"]
    turns = c["turns"]
    cust = [t for t in turns if t["speaker"] == "customer"]
    dlg = []  # indices of dialogue turns
    for i, t in enumerate(turns):
        if t["speaker"] not in ("agent", "customer"):
            continue
        if t["startMs"] < base and t["speaker"] == "customer":
            continue  # typed to the bot / before the agent
        if t["speaker"] == "agent" and norm(t["text"]) in BACKCH and any(
                u["startMs"] <= t["startMs"] and t["endMs"] <= u["endMs"] for u in cust):
            continue  # backchannel over the customer
        dlg.append(i)
    M = {i: match_turn(turns[i]["text"], ents, turns[i]["speaker"]) for i in dlg}
    kinds = {i: [h[2]["kind"] for h in M[i]] for i in dlg}
    A = [i for i in dlg if turns[i]["speaker"] == "agent"]
    L, E = {}, {}

    def has(i, *ks):
        return any(k in ks for k in kinds[i])
    # 1 greeting
    if A and M[A[0]] and M[A[0]][0][2]["kind"] == "greet" and M[A[0]][0][0] == 0:
        L["greeting"] = "pass"
        E["greeting"] = [A[0]]
    else:
        L["greeting"] = "fail"
        E["greeting"] = [A[0]] if A else []
    # 2 agent-id
    ids = [i for i in A[:2] if has(i, "id")]
    L["agent-id"] = "pass" if ids else "fail"
    E["agent-id"] = ids or A[:2]
    # 3 closing
    last = dlg[-1]
    if turns[last]["speaker"] == "customer" and has(last, "walkout"):
        L["closing"] = "na"
        E["closing"] = [last]
    else:
        la = A[-1]
        ok = has(la, "close") or (set(kinds[la]) == {"survey"} and len(A) > 1 and has(A[-2], "close"))
        L["closing"] = "pass" if ok else "fail"
        E["closing"] = [i for i in A[-2:] if has(i, "close")] if ok else [la]
    # 4 / 7
    bad = [i for i in A if has(i, "rude", "refuse_repeat", "tuiwei", "lengmo", "toldyou")]
    rude = [i for i in A if has(i, "rude", "refuse_repeat")]
    L["forbidden-words"] = "fail" if bad else "pass"
    E["forbidden-words"] = bad
    L["politeness"] = "fail" if rude else "pass"
    E["politeness"] = rude
    # 5 verification
    if not scen["requires"]["verification"]:
        L["verification"] = "na"
        E["verification"] = []
    else:
        disc = [i for i in A if has(i, "disc", "say1") or any(h[2]["kind"] == "fix" and h[2].get("fact") == scen["facts"][0]["key"] for h in M[i])]
        ver = [i for i in A if has(i, "verify_ask") and any(j > i and turns[j]["speaker"] == "customer" for j in dlg)]
        if ver and (not disc or ver[0] < disc[0]):
            L["verification"] = "pass"
            E["verification"] = [ver[0]]
        else:
            L["verification"] = "fail"
            E["verification"] = [disc[0]] if disc else []
    # silences before agent turns
    holdth = 15000 if voice else 30000
    deadth = 8000 if voice else 30000
    sil = []  # (agent idx, gap, announced, prev_agent_idx)
    prev_end = join
    prev_i = None
    for i in dlg:
        t = turns[i]
        if prev_end is not None and t["speaker"] == "agent":
            gap = t["startMs"] - prev_end
            pa = [j for j in A if j < i]
            ann = bool(pa) and has(pa[-1], "hold_ask") and (prev_i is None or turns[prev_i]["speaker"] == "agent")
            sil.append((i, gap, ann, pa[-1] if pa else None))
        prev_end = max(prev_end or 0, t["endMs"])
        prev_i = i
    # 6 hold
    holds = [(i, g, ann, pa) for (i, g, ann, pa) in sil if g >= holdth]
    spans = [e["atMs"] for e in evs if e["type"] == "hold-end"]
    for he in spans:
        nxt = [i for i in A if turns[i]["startMs"] >= he]
        if nxt and not any(h[0] == nxt[0] for h in holds):
            pa = [j for j in A if j < nxt[0]]
            holds.append((nxt[0], None, bool(pa) and has(pa[-1], "hold_ask"), pa[-1] if pa else None))
    if not holds:
        L["hold-etiquette"] = "na"
        E["hold-etiquette"] = []
    else:
        badh = [h for h in holds if not (h[2] and has(h[0], "hold_thanks"))]
        L["hold-etiquette"] = "fail" if badh else "pass"
        E["hold-etiquette"] = [h[0] for h in (badh or holds)]
    # 8 interruption
    if not voice:
        L["interruption"] = "na"
        E["interruption"] = []
    else:
        ints = [i for i in A if any(u["startMs"] < turns[i]["startMs"] <= u["endMs"] - 800 for u in cust)]
        L["interruption"] = "fail" if ints else "pass"
        E["interruption"] = ints
    # 9 dead-air
    dead = [(i, g) for (i, g, ann, pa) in sil if g >= deadth and not ann]
    L["dead-air"] = "fail" if dead else "pass"
    E["dead-air"] = [x[0] for x in dead]
    E["_dead_gaps"] = dead
    # 10 speech-rate
    if not voice:
        L["speech-rate"] = "na"
        E["speech-rate"] = []
    else:
        ch = sum(spoken_chars(turns[i]["text"]) for i in A if turns[i]["endMs"] - turns[i]["startMs"] >= 1500)
        ms = sum(turns[i]["endMs"] - turns[i]["startMs"] for i in A if turns[i]["endMs"] - turns[i]["startMs"] >= 1500)
        rate = ch * 60000.0 / ms if ms else 0
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
        E["speech-rate"] = [A[0]]
        E["_rate"] = rate
    # 11 empathy
    comps = [i for i in dlg if turns[i]["speaker"] == "customer" and any(k in COMPLAINT for k in kinds[i])]
    if not comps and not scen["requires"]["empathy"]:
        L["empathy"] = "na"
        E["empathy"] = []
    else:
        miss, acks = [], []
        for ci in comps:
            nxt = [i for i in A if i > ci][:2]
            a = [i for i in nxt if has(i, "empathy", "empathy_rude")]
            if a:
                acks.append(a[0])
            else:
                miss.append(ci)
        L["empathy"] = "fail" if (miss or not comps) else "pass"
        E["empathy"] = miss if miss else acks
    # 12 resolution
    qs = [(i, h[2]["side"]) for i in dlg if turns[i]["speaker"] == "customer" for h in M[i] if h[2]["kind"] == "side_q"]
    unres, ansd = [], []
    for qi, sidx in qs:
        ans = [i for i in A if i > qi and any(h[2]["kind"] == "side_ans" and h[2]["side"] == sidx for h in M[i])]
        if ans:
            ansd.append(ans[0])
        else:
            non = [i for i in A if i > qi][:1]
            unres.append(non[0] if non else qi)
    L["resolution"] = "fail" if unres else "pass"
    E["resolution"] = unres or ansd
    # 13 first-response
    fr = turns[A[0]]["startMs"] - base
    L["first-response"] = "pass" if fr <= scen["first"] else "fail"
    E["first-response"] = [A[0]]
    E["_fr"] = fr
    # 14 latency
    pend = None
    lats = []
    for i in dlg:
        t = turns[i]
        if t["speaker"] == "customer":
            if pend is None:
                pend = t["endMs"]
        else:
            if pend is not None:
                if t["startMs"] - pend > scen["lat"]:
                    lats.append((i, t["startMs"] - pend))
                pend = None
    L["response-latency"] = "fail" if lats else "pass"
    E["response-latency"] = [x[0] for x in lats]
    E["_lats"] = lats
    # 15 / 16 facts
    fa_bad, nm_bad, fa_ev, nm_ev = [], [], [], []
    for fc in scen["facts"]:
        st = []
        for i in A:
            for h in M[i]:
                if h[2].get("fact") == fc["key"]:
                    st.append((i, h[0], h[2]["right"], h[2]["val"]))
        st.sort()
        if not st or not st[-1][2]:
            fa_bad.append((fc["key"], st[-1] if st else None))
        else:
            fa_ev.append(st[-1][0])
        w = [s for s in st if not s[2]]
        if w:
            nm_bad.append((fc["key"], w[0]))
        else:
            nm_ev += [s[0] for s in st]
    L["fact-accuracy"] = "fail" if fa_bad else "pass"
    E["fact-accuracy"] = [x[1][0] for x in fa_bad if x[1]] if fa_bad else fa_ev
    E["_fa"] = fa_bad
    L["no-misinformation"] = "fail" if nm_bad else "pass"
    E["no-misinformation"] = [x[1][0] for x in nm_bad] if nm_bad else nm_ev
    E["_nm"] = nm_bad
    # 17 reference
    if not scen["requires"]["reference"]:
        L["record-reference"] = "na"
        E["record-reference"] = []
    else:
        r = [i for i in A if has(i, "ref")]
        L["record-reference"] = "pass" if r else "fail"
        E["record-reference"] = r or [i for i in A if has(i, "readback")]
    # 18 survey
    if not scen["requires"]["survey"]:
        L["survey-offered"] = "na"
        E["survey-offered"] = []
    else:
        r = [i for i in A if has(i, "survey")]
        L["survey-offered"] = "pass" if r else "fail"
        E["survey-offered"] = r
    # 19 required info
    miss, got = [], []
    for rq in scen["req"]:
        hit = [i for i in A if any(re.search(p, turns[i]["text"]) for p in rq["patterns"])]
        if hit:
            got += hit
        else:
            miss.append(rq["key"])
    L["required-info"] = "fail" if miss else "pass"
    E["required-info"] = got
    E["_reqmiss"] = miss
    E["_M"] = M
    E["_A"] = A
    E["_base"] = base
    return L, E


# ---------------- reasons ----------------
def q(c, i):
    t = c["turns"][i]
    return "第%d轮（%.1f秒处）%s「%s」" % (i + 1, t["startMs"] / 1000.0, "坐席" if t["speaker"] == "agent" else "客户", t["text"])


def reason(c, scen, chk, L, E):
    A = E["_A"]
    if chk == "greeting":
        return "%s开口没有问候语（您好/欢迎致电之类），只是报了渠道或直接让客户说。" % q(c, A[0])
    if chk == "agent-id":
        later = [i for i in A[2:] if any(h[2]["kind"] == "id" for h in E["_M"][i])]
        tail = ("工号直到%s才报出，已经晚于前两轮" % q(c, later[0])) if later else "整通对话坐席都没有报过工号或姓名"
        return "前两轮坐席发言%s都没有报工号或姓名；%s。" % ("、".join(q(c, i) for i in A[:2]), tail)
    if chk == "closing":
        return "坐席最后一句是%s，不是结束礼貌语（感谢来电/再见/祝福）。" % q(c, A[-1])
    if chk == "forbidden-words":
        return "服务忌语：%s。" % "；".join(q(c, i) for i in E[chk])
    if chk == "politeness":
        return "不礼貌的说法：%s。" % "；".join(q(c, i) for i in E[chk])
    if chk == "verification":
        if E[chk]:
            return "%s在核实身份之前就透露或处理了客户本人的记录。" % q(c, E[chk][0])
        return "本场景要求核身，但坐席始终没有用尾号、验证码等本人信息核对身份（已有 %d 轮坐席发言）。" % len(A)
    if chk == "hold-etiquette":
        i = E[chk][0]
        prev = [j for j in A if j < i]
        ann = bool(prev) and any(h[2]["kind"] == "hold_ask" for h in E["_M"][prev[-1]])
        thx = any(h[2]["kind"] == "hold_thanks" for h in E["_M"][i])
        gap = c["turns"][i]["startMs"] - max(c["turns"][j]["endMs"] for j in range(i) if c["turns"][j]["speaker"] in ("agent", "customer"))
        what = []
        if not ann:
            what.append("之前的%s并没有请客户稍等" % (q(c, prev[-1]) if prev else "接入"))
        if not thx:
            what.append("回来后的这一句没有感谢客户等待")
        return "%s之前静默了 %.1f 秒（一次等待）：%s。" % (q(c, i), gap / 1000.0, "；".join(what))
    if chk == "dead-air":
        i, g = E["_dead_gaps"][0]
        return "%s前出现 %.1f 秒无人说话，且坐席事先没有请客户稍等。" % (q(c, i), g / 1000.0)
    if chk == "interruption":
        return "%s在客户话还没说完时（提前0.8秒以上）就开始回答，属于抢话。" % q(c, E[chk][0])
    if chk == "speech-rate":
        return "坐席语速约 %.0f 字/分钟，超出120–300的范围（例如%s）。" % (E["_rate"], q(c, A[0]))
    if chk == "empathy":
        return "客户抱怨%s之后，坐席接下来两轮没有道歉或表示理解。" % q(c, E[chk][0])
    if chk == "resolution":
        i = E[chk][0]
        qs = [j for j in range(i) if any(h[2]["kind"] == "side_q" for h in E["_M"].get(j, []))]
        return "客户问%s，坐席只回了%s，是空的搪塞，后面也没有补上答案。" % (q(c, qs[-1]) if qs else "的问题", q(c, i))
    if chk == "first-response":
        return "坐席接入后 %.1f 秒才首次回复（%s），超过要求的 %.0f 秒。" % (E["_fr"] / 1000.0, q(c, A[0]), scen["first"] / 1000.0)
    if chk == "response-latency":
        i, g = E["_lats"][0]
        return "%s距离客户上一条未回复的消息 %.1f 秒，超过 %.0f 秒的响应时限。" % (q(c, i), g / 1000.0, scen["lat"] / 1000.0)
    if chk == "fact-accuracy":
        parts = []
        for key, st in E["_fa"]:
            parts.append("%s最后一次说成%s" % (key, q(c, st[0])) if st else "%s从头到尾没有告诉客户，坐席收尾于%s" % (key, q(c, A[-1])))
        return "；".join(parts) + "。"
    if chk == "no-misinformation":
        return "；".join("%s说错过：%s（错值%s）" % (key, q(c, st[0]), st[3]) for key, st in E["_nm"]) + "。"
    if chk == "record-reference":
        if E[chk]:
            return "坐席只复述了客户自己的号码%s，没有给出工单号/受理编号。" % q(c, E[chk][0])
        return "需要给出受理编号，但坐席到%s结束都没有报任何工单号。" % q(c, A[-1])
    if chk == "survey-offered":
        return "本场景要求邀请评价，坐席到最后一句%s都没有提满意度评价。" % q(c, A[-1])
    if chk == "required-info":
        vol = [i for i, t in enumerate(c["turns"]) if t["speaker"] == "customer" and "先告诉你" in t["text"]]
        return "坐席从未主动询问%s；%s是客户自己报出来的，坐席没有问过。" % ("、".join(E["_reqmiss"]), q(c, vol[0]) if vol else "该信息")
    return ""


def add_reasons(contacts, labels):
    scens = load_scenarios()
    for c, l in zip(contacts, labels):
        if "special" in l["why"]:
            continue
        L, E = derive(c, scens[c["scenarioId"]])
        for chk in CHECKS:
            if l["labels"][chk] == "fail":
                l["why"][chk] = reason(c, scens[c["scenarioId"]], chk, L, E) if L[chk] == "fail" else "（生成意图为不合格，复核未定位到决定句）"


# ---------------- mutation ----------------
def mutate(c, scen, chk, L, E):
    """return a mutated copy aimed at flipping chk, or None if no mutation defined"""
    m = copy.deepcopy(c)
    T = m["turns"]
    A = E["_A"]
    trade = c["contactId"].split("-")[1]
    Mo = MODS[trade]
    neutral = "好的。"
    lab = L[chk]
    if lab == "na":
        return None

    def neut(idxs):
        for i in idxs:
            T[i]["text"] = neutral
    if chk == "greeting":
        if lab == "fail":
            T[A[0]]["text"] = Mo.L["greet"][0].replace("{org}", Mo.ORG) + T[A[0]]["text"]
        else:
            T[A[0]]["text"] = "嗯。"
    elif chk == "agent-id":
        if lab == "fail":
            T[A[0]]["text"] += Mo.L["id"][0].replace("{num}", "1234").replace("{name}", Mo.AGENTS[0])
        else:
            neut(E[chk])
    elif chk == "closing":
        if lab == "fail":
            T[A[-1]]["text"] += Mo.L["close"][0].replace("{org}", Mo.ORG)
        else:
            neut(E[chk])
    elif chk in ("forbidden-words", "politeness"):
        if lab == "fail":
            neut(E[chk])
        else:
            T[A[-1]]["text"] += Mo.L["rude"][0]
    elif chk == "verification":
        if lab == "fail":
            T[A[0]]["text"] += Mo.L["verify_ask"][0]
        else:
            neut([i for i in A if any(h[2]["kind"] == "verify_ask" for h in E["_M"][i])])
    elif chk in ("hold-etiquette",):
        if lab == "fail":
            for i in E[chk]:
                T[i]["text"] = Mo.L["hold_thanks"][0] + T[i]["text"]
                prev = [j for j in A if j < i]
                if prev:
                    T[prev[-1]]["text"] += Mo.L["hold_ask"][0]
        else:
            for i in E[chk]:
                T[i]["text"] = neutral
    elif chk == "dead-air" and lab == "fail":
        for i in E[chk]:
            prev = [j for j in range(i) if T[j]["speaker"] in ("agent", "customer")]
            pe = max(T[j]["endMs"] for j in prev if T[j]["startMs"] >= E["_base"] or T[j]["speaker"] == "agent") if prev else E["_base"]
            pe = max(pe, E["_base"])
            d = T[i]["endMs"] - T[i]["startMs"]
            T[i]["startMs"] = pe + 1000
            T[i]["endMs"] = pe + 1000 + d
    elif chk == "interruption" and lab == "fail":
        for i in E[chk]:
            d = T[i]["endMs"] - T[i]["startMs"]
            ce = max(u["endMs"] for u in T if u["speaker"] == "customer" and u["startMs"] < T[i]["startMs"])
            T[i]["startMs"] = ce + 300
            T[i]["endMs"] = ce + 300 + d
    elif chk == "speech-rate":
        for i in A:
            n = spoken_chars(T[i]["text"])
            T[i]["endMs"] = T[i]["startMs"] + int(n * 60000 / (200 if lab == "fail" else 60))
    elif chk == "empathy":
        if lab == "fail":
            for ci in E[chk]:
                nxt = [i for i in A if i > ci][:1]
                if nxt:
                    T[nxt[0]]["text"] = Mo.L["empathy"][0] + T[nxt[0]]["text"]
        else:
            neut(E[chk])
    elif chk == "resolution":
        if lab == "fail":
            for i in E[chk]:
                pass
            qs = [i for i in range(len(T)) if T[i]["speaker"] == "customer" and any(h[2]["kind"] == "side_q" for h in E["_M"].get(i, []))]
            for qi in qs:
                sidx = [h[2]["side"] for h in E["_M"][qi] if h[2]["kind"] == "side_q"][0]
                ans = Mo.L["side"][sidx].split("|")[1].strip()
                T[A[-1]]["text"] = ans + T[A[-1]]["text"]
        else:
            if not E[chk]:
                return None
            neut(E[chk])
    elif chk == "first-response":
        i = A[0]
        d = T[i]["endMs"] - T[i]["startMs"]
        T[i]["startMs"] = E["_base"] + (scen["first"] + 2500 if lab == "pass" else 1000)
        T[i]["endMs"] = T[i]["startMs"] + d
    elif chk == "response-latency" and lab == "fail":
        for i, g in E["_lats"]:
            d = T[i]["endMs"] - T[i]["startMs"]
            T[i]["startMs"] -= g - 2000
            T[i]["endMs"] = T[i]["startMs"] + d
    elif chk == "fact-accuracy":
        if lab == "fail":
            for key, st in E["_fa"]:
                fc = [f for f in scen["facts"] if f["key"] == key][0]
                T[A[-1]]["text"] += Mo.L["fix"][0].replace("{v}", fc["expected"])
        else:
            neut(E[chk])
    elif chk == "no-misinformation":
        if lab == "fail":
            neut(E[chk])
        else:
            fc = scen["facts"][0]
            T[A[-1]]["text"] += Mo.L["fix"][0].replace("{v}", fc["wrong"][0])
    elif chk in ("record-reference",):
        if lab == "fail":
            T[A[-1]]["text"] += Mo.L["ref"][0].replace("{ref}", "20261234567")
        else:
            neut(E[chk])
    elif chk == "survey-offered":
        if lab == "fail":
            T[A[-1]]["text"] += Mo.L["survey"][0]
        else:
            neut(E[chk])
    elif chk == "required-info":
        if lab == "fail":
            key = Mo.SCEN[scen_key(trade, c["scenarioId"])]
            for i, rq in enumerate(key["req"]):
                if rq["key"] in E["_reqmiss"]:
                    T[A[-1]]["text"] += Mo.S[scen_key(trade, c["scenarioId"])]["ask%d" % (i + 1)][0]
        else:
            neut(E[chk])
    else:
        return None
    return m


# ---------------- lint ----------------
def lint(scens):
    probs = []
    trade_core = defaultdict(set)
    heard = set(HOMO.values())
    for tr in TRADES:
        T = MODS[tr]
        allsrc = [("L", k, ln) for k, v in T.L.items() for ln in v]
        for sk, sd in T.S.items():
            allsrc += [(sk, k, ln) for k, v in sd.items() for ln in v]
        for src, k, ln in allsrc:
            for h in heard:
                if h in ln:
                    probs.append("%s %s: heard-form %s in material: %s" % (tr, k, h, ln))
        for sk, S in T.SCEN.items():
            sc = scens[S["id"]]
            for fc in sc["facts"]:
                rights = set(norm(x) for x in [fc["expected"]] + fc["variants"])
                for w in fc["wrong"]:
                    if norm(w) in rights:
                        probs.append("%s %s: wrong value equals right after normalisation" % (tr, fc["key"]))
            for i, rq in enumerate(sc["req"]):
                asks = T.S[sk].get("ask%d" % (i + 1), [])
                if not asks:
                    probs.append("%s %s: no ask lines" % (tr, rq["key"]))
                for a in asks:
                    if not any(re.search(p, a) for p in rq["patterns"]):
                        probs.append("%s %s: ask line not matched by pattern: %s" % (tr, rq["key"], a))
                # other agent lines must not match
                others = [(k, ln) for k, v in T.L.items() if k in AGENT_KINDS for ln in v]
                others += [(k, ln) for k, v in T.S[sk].items() if k in AGENT_KINDS and k != "ask%d" % (i + 1) for ln in v]
                others += [("side", x.split("|")[j]) for x in T.L["side"] for j in (1, 2)]
                others += [("pad", x) for x in COMMON_A()]
                for k, ln in others:
                    if any(re.search(p, ln) for p in rq["patterns"]):
                        probs.append("%s %s: non-ask agent line matches pattern: %s" % (tr, rq["key"], ln))
        for src, k, ln in allsrc:
            if k in DECISIVE or k in ("side",):
                parts = ln.split("|") if k == "side" else [ln]
                for p in parts:
                    trade_core[core(p)].add(tr)
    for cw, trs in trade_core.items():
        if len(trs) > 1 and cw:
            probs.append("core wording shared by trades %s: %s" % (sorted(trs), cw))
    return probs


def COMMON_A():
    from mat_common import A_PAD
    return A_PAD + ["请问有什么可以帮您？", "以后有问题也可以直接拨打我们的热线。"]


def main():
    scens = load_scenarios()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
    dis = []
    reuse = Counter()
    reuse_ex = {}
    derived = {}
    for c in contacts:
        lab = labels[c["contactId"]]
        if c["scenarioId"] not in scens:
            dis.append((c["contactId"], "scenario", "missing scenario"))
            continue
        if "special" in lab["why"]:
            ok = all(v == "na" for v in lab["labels"].values())
            if not ok:
                dis.append((c["contactId"], "special", "not all na"))
            continue
        L, E = derive(c, scens[c["scenarioId"]])
        derived[c["contactId"]] = (L, E)
        for chk in CHECKS:
            if L[chk] != lab["labels"][chk]:
                dis.append((c["contactId"], chk, "label %s, derived %s" % (lab["labels"][chk], L[chk])))
            if lab["labels"][chk] == "fail" and not lab["why"].get(chk):
                dis.append((c["contactId"], chk, "fail without reason"))
        for i, hs in E["_M"].items():
            for h in hs:
                k = h[2]["kind"]
                if k in DECISIVE:
                    cw = core(h[2]["t"])
                    reuse[cw] += 1
                    reuse_ex[cw] = h[2]["t"]
    # duplicate reasons
    allr = Counter(r for l in labels.values() for k, r in l["why"].items() if k != "special")
    dup_r = [r for r, n in allr.items() if n > 1]
    probs = lint(scens)
    # mutation
    mut_total = mut_caught = 0
    mut_miss = []
    for c in contacts:
        if c["contactId"] not in derived:
            continue
        L, E = derived[c["contactId"]]
        sc = scens[c["scenarioId"]]
        for chk in CHECKS:
            m = mutate(c, sc, chk, L, E)
            if m is None:
                continue
            mut_total += 1
            L2, _ = derive(m, sc)
            if L2[chk] != L[chk]:
                mut_caught += 1
            else:
                mut_miss.append((c["contactId"], chk, L[chk]))
    # report
    print("contacts: %d  (normal %d)" % (len(contacts), len(derived)))
    print("disagreements: %d" % len(dis))
    for x in dis[:40]:
        print("  ", x)
    print("lint problems: %d" % len(probs))
    for p in probs[:40]:
        print("  ", p)
    top = reuse.most_common(8)
    print("highest core-wording use: %d" % (top[0][1] if top else 0))
    for cw, n in top:
        if n > 3:
            print("   >3: %d %s" % (n, reuse_ex[cw]))
    print("duplicate reasons: %d" % len(dup_r))
    for r in dup_r[:5]:
        print("  ", r)
    print("mutation check: %d/%d caught" % (mut_caught, mut_total))
    for x in mut_miss[:30]:
        print("   missed:", x)
    turns = [len([t for t in c["turns"] if t["speaker"] in ("agent", "customer")]) for c in contacts if c["contactId"] in derived]
    print("dialogue turns per normal contact: %d-%d" % (min(turns), max(turns)))
    return 0 if not dis and not probs and (not top or top[0][1] <= 3) and mut_caught == mut_total and not dup_r else 1


if __name__ == "__main__":
    sys.exit(main())
