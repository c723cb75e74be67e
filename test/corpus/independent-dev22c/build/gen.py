"""Generator for independent-dev22c. Deterministic: python3 build/gen.py"""
import json, os, random, re, importlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mat_common as M
from plan import make_plan, DOMAINS, REQ, SEED
OUT = os.path.dirname(HERE)
SET = "independent-dev22c"
MATS = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
DIG = dict(zip("0123456789", "零一二三四五六七八九"))
USE = {}

def draw(rng, name, lst, cap=3):
    cand = [i for i in range(len(lst)) if USE.get((name, lst[i]), 0) < cap]
    if not cand:
        raise SystemExit(f"pool {name} exhausted")
    m = min(USE.get((name, lst[i]), 0) for i in cand)
    i = rng.choice([i for i in cand if USE.get((name, lst[i]), 0) == m])
    USE[(name, lst[i])] = USE.get((name, lst[i]), 0) + 1
    return lst[i]

def spoken(t):
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", t))

def asr(t, rng):
    t = t.replace("工号", "公号" if rng.random() < 0.6 else "工号").replace("再见", "在见" if rng.random() < 0.5 else "再见")
    t = t.replace("稍等", "少等" if rng.random() < 0.4 else "稍等").replace("已经", "以经" if rng.random() < 0.4 else "已经")
    t = re.sub(r"\d", lambda m: ("幺" if m.group() == "1" and rng.random() < 0.5 else DIG[m.group()]), t)
    parts = re.split(r"[，。？！、：；,.?!:;～《》“”]+", t)
    out = []
    for p in parts:
        if not p:
            continue
        if rng.random() < 0.25:
            p = rng.choice(["呃 ", "那个 ", "嗯 ", "就是 "]) + p
        out.append(p)
    return " ".join(out) if rng.random() < 0.6 else "".join(out)

CLOSE_ONLY = {"看剧": ("ticket",), "玩得开心": ("camp",), "早日用上": ("ebike", "lock", "watch"), "用得顺心": ("ebike", "lock", "watch"), "一路顺风": ("camp", "ticket")}
def close_pool(dom):
    out = []
    for l in M.CLOSE_OK:
        if any(k in l and dom not in ds for k, ds in CLOSE_ONLY.items()): continue
        if dom == "funeral" and re.search("愉快|开心|好嘞|～|顺顺利利", l): continue
        out.append(l)
    return out

def build(p, rng):
    d = MATS[p["domain"]]; S = d.SCEN[p["sc"]]; org = d.ORG
    vreq, rreq, sreq = REQ[p["sc"]]
    T = []  # dicts: sp, text, tags
    def A(text, **k): T.append(dict(sp="agent", text=text, **k)); return T[-1]
    def C(text, **k): T.append(dict(sp="customer", text=text, **k)); return T[-1]
    lab = {}
    compact = p["length"] <= 12
    if compact:
        p = dict(p, lookalikes=0, opener=("complaint" if p["opener"] == "complaint" else "req"))
    # ---- opener
    if p["greet_bad"]:
        g = draw(rng, "GREET_BAD", [x for x in M.GREET_BAD if p["channel"] == "voice" or "喂" not in x and "听得到" not in x])
    else:
        g = draw(rng, "GREET_OK", M.GREET_OK)
    g = g.format(org=org)
    A(g + draw(rng, "OPENQ", M.OPENQ, 99), first=True)
    lab["greeting"] = "fail" if p["greet_bad"] else "pass"
    emp = list(p["emp"]); complaints = []
    info = S["info"][0]
    req = rng.choice(S["request"])
    if p["info"] == "volunteer":
        req = req + "对了，" + info["label"] + "我先说一下：" + rng.choice(info["give"])
    if p["opener"] == "small":
        C(rng.choice(d.SMALL)); A(draw(rng, "FILL_A", M.FILL_A, 99))
    open_c = [e for e in emp if e[1] == "open"]
    if p["opener"] == "complaint" and emp:
        e = emp.pop(0); c = draw(rng, "COMP_" + d.DOMAIN, d.COMPLAINT)
        C(c + req, complaint=e[0]); complaints.append(e[0])
        A((draw(rng, "EMPATHY", M.EMPATHY) if e[0] == "ok" else draw(rng, "NOEMP", M.NOEMP, 99)) + M.REQANS[S["id"]], emp=(e[0] == "ok"))
    else:
        C(req); A(draw(rng, "ACK", M.ACK, 99) + M.REQANS[S["id"]])
    # ---- middle blocks
    blocks = []
    facts = S["facts"]; fstate = []
    vol = []  # fact statements to volunteer into some agent turn
    for fi, (f, mode) in enumerate(zip(facts, p["facts"])):
        if mode == "never":
            continue
        val = f["expected"] if mode == "ok" else rng.choice(f["wrong"])
        if mode == "ok" and rng.random() < 0.3: val = rng.choice(f["variants"])
        stmt = rng.choice(f["say"]).format(v=val)
        if mode == "corrected":
            stmt += draw(rng, "CORRECT", M.CORRECT).format(v=f["expected"])
        if rng.random() < 0.65 and not compact:
            blocks.append([("C", rng.choice(f["ask"]), {}), ("A", stmt, {})])
        else:
            vol.append(stmt)
    if p["info"] == "ask" and compact:
        T[-1]["text"] += rng.choice(info["ask"]); C(rng.choice(info["give"]))
    elif p["info"] == "ask":
        blocks.append([("A", rng.choice(info["ask"]), {}), ("C", rng.choice(info["give"]), {})])
    for s, (q, a) in zip(p["sides"], rng.sample(d.SIDE, len(p["sides"]))):
        q = re.sub(r"^顺便问(一)?下，", "", q)
        if s == "ok": blocks.append([("C", q, {}), ("A", a, {})])
        elif s == "made_good": blocks.append([("C", q, {}), ("A", draw(rng, "NONANSWER", M.NONANSWER), {}), ("C", draw(rng, "PRESS", M.PRESS, 99), {}), ("A", a, {})])
        else: blocks.append([("C", q, {}), ("A", draw(rng, "NONANSWER", M.NONANSWER), {}), ("C", draw(rng, "FILL_C", M.FILL_C, 99), {}), ("A", draw(rng, "FILL_A", M.FILL_A, 99), {})])
    for h in p["holds"]:
        content = vol.pop(0) if vol else "这边查清楚了，按刚才说的流程走就行。"
        thx = draw(rng, "HOLD_THX", M.HOLD_THX) if h == "ok" else ""
        b = [("A", draw(rng, "HOLD_ANN", M.HOLD_ANN), {})]
        if rng.random() < 0.6: b.append(("C", rng.choice(M.CUST_OKAY), {}))
        b.append(("A", thx + content, {"gap": "hold"}))
        blocks.append(b)
    for e in emp:
        c = draw(rng, "COMP_" + d.DOMAIN, d.COMPLAINT); complaints.append(e[0])
        r = draw(rng, "EMPATHY", M.EMPATHY) if e[0] == "ok" else draw(rng, "NOEMP", M.NOEMP, 99)
        blocks.append([("C", c, {"complaint": e[0]}), ("A", r + (vol.pop(0) if vol else draw(rng, "FILL_A", M.FILL_A, 99)), {"emp": e[0] == "ok"})])
    # fillers to reach length
    if rng.random() < 0.3 and not compact:
        blocks.append([("C", rng.choice(M.CUST_SORRY), {}), ("A", "没关系，" + draw(rng, "FILL_A", M.FILL_A, 99), {})])
    rng.shuffle(blocks)
    # forbidden-word lines go into filler-like slots at early / middle / late positions
    for kind, pos, buried in p["fw"]:
        line = draw(rng, "FW_RUDE" if kind == "rude" else "FW_ONLY", M.FW_RUDE if kind == "rude" else M.FW_ONLY)
        if buried: line = draw(rng, "FILL_A", M.FILL_A, 99) + line + draw(rng, "FILL_A", M.FILL_A, 99)
        b = [("C", draw(rng, "FILL_C", M.FILL_C, 99), {}), ("A", line, {})]
        n = len(blocks)
        at = {"early": 0, "middle": n // 2, "late": n}[pos]
        blocks.insert(at, b)
    for _ in range(p["lookalikes"]):
        la = draw(rng, "LOOKALIKE", M.LOOKALIKE, 99)
        blocks.insert(rng.randint(0, len(blocks)), [("C", draw(rng, "FILL_C", M.FILL_C, 99), {}), ("A", la, {})])
    # verification
    disc = S["disclose"]
    if vreq:
        vask = draw(rng, "VERIFY_ASK", M.VERIFY_ASK)
        if "码" in vask: va = f"验证码是{rng.randint(100000, 999999)}。"
        elif "出生" in vask: va = "一九" + "".join(DIG[x] for x in str(rng.randint(50, 89))) + "年" + rng.choice(["三", "五", "七", "十", "十一"]) + "月" + rng.choice(["二", "八", "十六", "二十三"]) + "号。"
        elif "证" in vask: va = f"{S['persona']}，证件尾号{rng.randint(1000, 9999)}。"
        else: va = f"{S['persona']}，尾号{rng.randint(1000, 9999)}。"
        vb = [("A", vask, {}), ("C", va, {})]
        db_text = rng.choice(disc)
        if p["verify"] in ("first", "after"):
            vb.append(("A", draw(rng, "VERIFY_OK", M.VERIFY_OK, 99) + db_text, {}))
            at = 0 if p["verify"] == "first" else min(len(blocks), rng.randint(1, 2))
            blocks.insert(at, vb)
        else:
            dblock = [("C", rng.choice(["麻烦帮我看看我那边现在是什么情况。", "你先帮我查查我名下那单吧。", "我之前登记过的，你那边能看到吧？", "帮我调一下我的记录看看。", "我那单现在啥状态？"]), {}), ("A", db_text, {})]
            blocks.insert(0, dblock)
            if p["verify"] == "late":
                blocks.insert(rng.randint(1, min(3, len(blocks))), vb + [("A", draw(rng, "VERIFY_OK", M.VERIFY_OK, 99) + "那我们继续。", {})])
        lab["verification"] = "pass" if p["verify"] in ("first", "after") else "fail"
    else:
        lab["verification"] = "na"
    est = len(T) + sum(len(b) + 1 for b in blocks) + (0 if compact else 2 * len(vol)) + 2 + 4
    for _ in range(max(0, (p["length"] - est) // 2)):
        blocks.insert(rng.randint(0, len(blocks)), [("C", draw(rng, "FILL_C", M.FILL_C, 99), {}), ("A", draw(rng, "FILL_A", M.FILL_A, 99), {})])
    for b in blocks:
        for sp, text, tags in b:
            if sp == "C" and T[-1]["sp"] == "customer":
                A(draw(rng, "ACK2", M.ACK2, 99))
            (A if sp == "A" else C)(text, **tags)
    # leftover volunteered facts
    pre = ""
    if compact:
        pre = "".join(vol)
    else:
        for stmt in vol:
            A("另外跟您说一下，" + stmt); C(rng.choice(M.CUST_OKAY))
    # reference
    if rreq and p["ref"]:
        ref = rng.choice(["GD", "SL", "FW", ""]) + str(rng.randint(10000000, 99999999))[: rng.randint(6, 8)]
        rl = draw(rng, "REF_TPL", M.REF_TPL).format(ref=ref) + "后面有进展会通知您。"
        if compact: pre += rl
        else: A(rl); C(rng.choice(M.CUST_OKAY))
    elif rreq and rng.random() < 0.6 and not compact:
        A(rng.choice(M.REF_LOOK).format(hot=(" ".join(DIG[c] for c in d.PHONE[-8:]) if p["channel"] == "voice" else d.PHONE[-8:]))); C(rng.choice(M.CUST_OKAY))
    lab["record-reference"] = "na" if not rreq else ("pass" if p["ref"] else "fail")
    lab["survey-offered"] = "na" if not sreq else ("pass" if p["survey"] else "fail")
    survey = draw(rng, "SURVEY", M.SURVEY) if (sreq and p["survey"]) else ""
    if compact and pre:
        if p["closing"] == "ok" and rng.random() < 0.6:
            A(pre + survey + draw(rng, "CLOSE", close_pool(p["domain"]))); C(rng.choice(M.CUST_BYE))
            early = True
        else:
            A(pre); C(rng.choice(M.CUST_OKAY)); early = False
    else:
        early = False
    # ---- ending
    if early:
        hang = rng.choice(["agent", "customer"]); lab["closing"] = "pass"
    elif p["closing"] == "walk":
        A((survey or draw(rng, "FILL_A", M.FILL_A, 99)))
        C(draw(rng, "WALKOUT", M.WALKOUT)); hang = "customer"
        lab["closing"] = "na"
    elif p["closing"] == "ok":
        if rng.random() < 0.5:
            A(draw(rng, "WRAPUP", M.WRAPUP, 99)); C(draw(rng, "ENDOK", M.CUST_ENDOK, 99))
            A(survey + draw(rng, "CLOSE", close_pool(p["domain"])))
        else:
            A(survey + draw(rng, "WRAPUP", M.WRAPUP, 99)); C(draw(rng, "ENDOK", M.CUST_ENDOK, 99))
            A(draw(rng, "CLOSE", close_pool(p["domain"])))
        if rng.random() < 0.5: C(rng.choice(M.CUST_BYE))
        hang = rng.choice(["agent", "customer"]); lab["closing"] = "pass"
    else:
        A(draw(rng, "WRAPUP_BAD", M.WRAPUP)); C(draw(rng, "ENDOK", M.CUST_ENDOK, 99))
        if rng.random() < 0.6 or survey: A(survey + (rng.choice(M.BADEND) if rng.random() < 0.5 or not survey else ""))
        if rng.random() < 0.4: C(rng.choice(["嗯。", "好的。"]))
        hang = rng.choice(["agent", "customer"]); lab["closing"] = "fail"
    # ---- agent id
    ag = [t for t in T if t["sp"] == "agent"]
    name = rng.choice(M.NAMES); role = rng.choice(M.ROLES)
    code = rng.choice(["", "", "A", "K", "B"]) + str(rng.randint(1000, 99999))
    idl = draw(rng, "ID_OK", M.ID_OK, 99).format(n=name, r=role, k=code)
    m = p["id_mode"]
    if m == "t1":
        ag[0]["text"] = g + idl + ag[0]["text"][len(g):]
    elif m == "t2":
        ag[1]["text"] = idl + ag[1]["text"]
    elif m == "t3":
        ag[2]["text"] = idl + ag[2]["text"]
    elif m == "look":
        ag[0]["text"] = g + rng.choice(M.ID_LOOK).format(org=org) + ag[0]["text"][len(g):]
    lab["agent-id"] = "pass" if m in ("t1", "t2") else "fail"
    # ---- labels from construction
    lab["forbidden-words"] = "fail" if p["fw"] else "pass"
    lab["politeness"] = "fail" if any(k == "rude" for k, _, _ in p["fw"]) else "pass"
    ce = []
    for i, t in enumerate(T):
        if t.get("complaint"):
            nxt = [u for u in T[i + 1:] if u["sp"] == "agent"][:2]
            ce.append(any(u.get("emp") for u in nxt))
    lab["empathy"] = "na" if not ce else ("pass" if all(ce) else "fail")
    lab["resolution"] = "fail" if "fail" in p["sides"] else "pass"
    lab["fact-accuracy"] = "fail" if any(x in ("wrong", "never") for x in p["facts"]) else "pass"
    lab["no-misinformation"] = "fail" if any(x in ("wrong", "corrected") for x in p["facts"]) else "pass"
    lab["required-info"] = "fail" if p["info"] == "volunteer" else "pass"
    return T, lab, hang, S

def timeline(p, T, lab, hang, S, rng):
    voice = p["channel"] == "voice"
    fr_sla, lat_sla = S["sla"]
    ev = [{"type": "started", "atMs": 0}]
    turns = []
    crate = rng.randint(200, 280); arate = p["rate"]
    conf = lambda: round(rng.uniform(0.6, 0.93) if p["asr"] else rng.uniform(0.9, 0.99), 2) if voice else 1.0
    if voice:
        t = 300; ev.append({"type": "dialed", "atMs": t}); t += rng.randint(600, 1500); ev.append({"type": "ringing", "atMs": t})
        t += rng.randint(3000, 9000); ev.append({"type": "answered", "atMs": t})
        if p["ivr"]:
            d = MATS[p["domain"]]
            txt = f"您好，欢迎致电{d.ORG}，本次通话可能会被录音，人工服务请按零。"
            s = t + 500; e = s + int(spoken(txt) * 60000 / 250)
            turns.append(dict(speaker="ivr", text=txt, startMs=s, endMs=e, confidence=conf()))
            t = e + rng.randint(800, 2500); ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            t += 400; ev.append({"type": "queued", "atMs": t}); t += rng.randint(4000, 40000)
        ev.append({"type": "agent-joined", "atMs": t})
    else:
        ev.append({"type": "page-loaded", "atMs": rng.randint(600, 1500)})
        t = rng.randint(2000, 4000)
        if rng.random() < 0.6: ev.append({"type": "queued", "atMs": t}); t += rng.randint(5000, 60000)
        ev.append({"type": "agent-joined", "atMs": t})
    joined = t
    # assign gap kinds to agent turns that follow a customer turn (not the first)
    gaps = list(p["gaps"])
    cand = [i for i in range(2, len(T) - 1) if T[i]["sp"] == "agent" and T[i - 1]["sp"] == "customer" and "gap" not in T[i]]
    rng.shuffle(cand)
    for g in gaps:
        if cand: T[cand.pop()]["gap"] = g
    icand = [i for i in range(1, len(T)) if T[i]["sp"] == "agent" and T[i - 1]["sp"] == "customer" and "gap" not in T[i] and spoken(T[i - 1]["text"]) >= 12]
    rng.shuffle(icand)
    inter = set(icand[: p["interrupt"]]) if voice else set()
    lab["interruption"] = "na" if not voice else ("fail" if inter else "pass")
    dead = lat = holdfail = False; holds = 0
    prev_end = None; prev_sp = None; text_out = []
    for i, tr in enumerate(T):
        txt = asr(tr["text"], rng) if p["asr"] else tr["text"]
        if voice:
            dur = int(spoken(txt) * 60000 / (arate if tr["sp"] == "agent" else crate))
        else:
            dur = 0
        g = tr.get("gap")
        if prev_end is None:
            if p["fr_fail"]:
                gap = rng.randint(fr_sla + 400, 7600) if voice else rng.randint(fr_sla + 1000, 26000)
            else:
                gap = rng.randint(700, min(4000, fr_sla - 800)) if voice else rng.randint(2000, min(9000, fr_sla - 500))
            start = joined + gap
        else:
            if tr["sp"] == "customer":
                gap = rng.randint(300, 1800) if voice else rng.randint(4000, 22000)
            elif g == "hold":
                gap = rng.randint(18000, 60000) if voice else rng.randint(35000, 90000)
            elif g == "dead":
                gap = rng.randint(8500, 11500)
            elif g == "voicelat":
                gap = rng.randint(lat_sla + 800, 14500)
            elif g == "unann":
                gap = rng.randint(lat_sla + 2000, lat_sla + 15000) if voice else rng.randint(40000, 70000)
            elif g == "chatlat":
                gap = rng.randint(lat_sla + 1500, 29000)
            elif g == "chatdead":
                gap = rng.randint(31000, 45000)
            else:
                gap = rng.randint(300, 2500) if voice else rng.randint(3000, min(15000, lat_sla - 3000))
            start = prev_end + gap
            if i in inter:
                start = prev_end - rng.randint(1200, 2500)
        if g == "hold":
            holds += 1
            if not tr["text"].startswith(tuple(M.HOLD_THX)): holdfail = True
        if g in ("dead", "voicelat", "unann", "chatdead"): dead = True
        if g in ("voicelat", "unann", "chatlat", "chatdead"): lat = True
        if g in ("unann", "chatdead"): holds += 1; holdfail = True
        if g in ("hold", "unann") and voice and rng.random() < 0.5:
            ev.append({"type": "hold-start", "atMs": prev_end + 400}); ev.append({"type": "hold-end", "atMs": start - 300})
        end = start + dur
        turns.append(dict(speaker=tr["sp"], text=txt, startMs=start, endMs=end, confidence=conf()))
        prev_end = max(end, prev_end or 0); prev_sp = tr["sp"]
    # backchannels over long customer turns (voice)
    if voice and p["backch"]:
        longc = [x for x in turns if x["speaker"] == "customer" and x["endMs"] - x["startMs"] > 3500]
        for x in rng.sample(longc, min(len(longc), p["backch"])):
            s = x["startMs"] + (x["endMs"] - x["startMs"]) // 2
            turns.append(dict(speaker="agent", text=rng.choice(M.BACKCH), startMs=s, endMs=s + 450, confidence=conf()))
    turns.sort(key=lambda x: x["startMs"])
    lab["first-response"] = "fail" if p["fr_fail"] else "pass"
    lab["dead-air"] = "fail" if dead else "pass"
    lab["response-latency"] = "fail" if lat else "pass"
    lab["hold-etiquette"] = "na" if not holds else ("fail" if holdfail else "pass")
    if voice:
        lab["speech-rate"] = "fail" if not (120 <= arate <= 300) else "pass"
    else:
        lab["speech-rate"] = "na"
    end = prev_end + rng.randint(400, 1200)
    ev.append({"type": "hangup", "atMs": end, "detail": {"by": hang}}) if voice else None
    if p["nodur"]: ev.append({"type": "transfer", "atMs": end - 200})
    ev.append({"type": "ended", "atMs": end + 300})
    ev.sort(key=lambda e: e["atMs"])
    return ev, turns, end + 300

def scen_yaml(d, S):
    q = lambda s: json.dumps(s, ensure_ascii=False)
    v, r, e, s = (S["requires"][k] for k in ("verification", "reference", "empathy", "survey"))
    L = [f"id: {S['id']}", f"title: {q(S['title'])}", f"description: {q('独立语料 ' + SET + '，领域 ' + d.DOMAIN + '，机构 ' + d.ORG)}",
         "channel: [voice, webchat]", f"target: {{ phone: {q(d.PHONE)} }}", f"persona: {{ name: {q(S['persona'])} }}", "locale: zh-CN",
         "steps:", f"  - say: {q(S['request'][0])}", f"  - wait: {{ pattern: {q('.+')}, timeoutMs: 60000 }}", "  - end: true", "facts:"]
    for f in S["facts"]:
        L.append(f"  - {{ key: {f['key']}, label: {q(f['label'])}, expected: {q(f['expected'])}, variants: {q(f['variants'])}, wrong: {q(f['wrong'])}, cues: {q(f['cues'])} }}")
    L.append("requiredInfo:")
    for it in S["info"]:
        L.append(f"  - {{ key: {it['key']}, label: {q(it['label'])}, patterns: [{q(it['pattern'])}] }}")
    tf = lambda b: "true" if b else "false"
    L.append(f"requires: {{ verification: {tf(v)}, reference: {tf(r)}, empathy: {tf(e)}, survey: {tf(s)} }}")
    L.append(f"sla: {{ firstResponseMs: {S['sla'][0]}, responseLatencyMs: {S['sla'][1]}, handleTimeMs: 900000 }}")
    L.append(f"tags: [{SET}, {d.DOMAIN}]")
    return "\n".join(L) + "\n"

def specials(rng, base):
    out = []
    kinds = [("no-answer", "no-answer"), ("busy", "busy"), ("ivr-abandon", "abandoned"), ("chat-queue-abandon", "abandoned"),
             ("bot-only", "completed"), ("harness-selector-timeout", "failed"), ("harness-browser-crashed", "failed")]
    for n, (kind, outc) in enumerate(kinds, 1):
        dom = DOMAINS[n % 6]; d = MATS[dom]; S = d.SCEN[0]
        ch = "webchat" if kind in ("chat-queue-abandon", "bot-only", "harness-browser-crashed") else "voice"
        c = {"schemaVersion": 1, "contactId": f"h15c-x{n:02d}", "scenarioId": S["id"], "runId": "dev22c", "channel": ch,
             "startedAt": base + n * 7200000}
        ev = [{"type": "started", "atMs": 0}]; turns = []
        if kind == "no-answer":
            ev += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1500}, {"type": "ended", "atMs": 61500}]; dur = 61500
        elif kind == "busy":
            ev += [{"type": "dialed", "atMs": 300}, {"type": "ended", "atMs": 2100}]; dur = 2100
        elif kind == "ivr-abandon":
            ev += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1400}, {"type": "answered", "atMs": 5200},
                   {"type": "dtmf", "atMs": 14000, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 14400},
                   {"type": "hangup", "atMs": 190000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 190300}]
            turns = [dict(speaker="ivr", text=f"您好，欢迎致电{d.ORG}，人工服务请按零。", startMs=5700, endMs=11000, confidence=0.95),
                     dict(speaker="ivr", text="坐席忙，请耐心等待。", startMs=15000, endMs=17500, confidence=0.94)]; dur = 190300
        elif kind == "chat-queue-abandon":
            ev += [{"type": "page-loaded", "atMs": 900}, {"type": "queued", "atMs": 2500}, {"type": "ended", "atMs": 240000}]
            turns = [dict(speaker="system", text="当前排队人数较多，您前面还有6位。", startMs=2600, endMs=2600, confidence=1.0),
                     dict(speaker="customer", text="怎么还没人，不等了。", startMs=200000, endMs=200000, confidence=1.0)]; dur = 240000
        elif kind == "bot-only":
            ev += [{"type": "page-loaded", "atMs": 800}, {"type": "ended", "atMs": 180000}]
            turns = [dict(speaker="bot", text=f"您好，我是{d.ORG}智能助手小澄，请描述您的问题。", startMs=1500, endMs=1500, confidence=1.0),
                     dict(speaker="customer", text="转人工。", startMs=9000, endMs=9000, confidence=1.0),
                     dict(speaker="bot", text="正在为您转接人工，请稍候。", startMs=9800, endMs=9800, confidence=1.0),
                     dict(speaker="customer", text="人呢？我要找真人。", startMs=120000, endMs=120000, confidence=1.0)]; dur = 180000
        else:
            code = "E_SELECTOR_TIMEOUT" if "selector" in kind else "E_BROWSER_CRASHED"
            c.update(durationMs=30000 if ch == "webchat" else 15000, events=[{"type": "started", "atMs": 0}], turns=[], outcome="failed",
                     failedBy="harness", errorCode=code, transcriptSource="chat-dom" if ch == "webchat" else "deepgram")
            out.append((c, kind)); continue
        c.update(durationMs=dur, events=ev, turns=turns, outcome=outc, transcriptSource="chat-dom" if ch == "webchat" else "deepgram")
        out.append((c, kind))
    return out

def main():
    P, target = make_plan()
    rng = random.Random(SEED + 1)
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for dn in DOMAINS:
        d = MATS[dn]
        for S in d.SCEN:
            S["sla"] = (d.SCEN[0]["sla"][0] if False else S["sla"])
            with open(os.path.join(OUT, "scenarios", S["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scen_yaml(d, S))
    base = 1796083200000
    C, L = [], []
    for n, p in enumerate(P):
        T, lab, hang, S = build(p, rng)
        ev, turns, dur = timeline(p, T, lab, hang, S, rng)
        c = {"schemaVersion": 1, "contactId": p["cid"], "scenarioId": S["id"], "runId": "dev22c", "channel": p["channel"],
             "startedAt": base + n * 3600000 + rng.randint(0, 3000000)}
        if not p["nodur"]: c["durationMs"] = dur
        c.update(events=ev, turns=turns, outcome="completed", transcriptSource="deepgram" if p["channel"] == "voice" else "chat-dom")
        C.append(c)
        L.append({"contactId": p["cid"], "domain": p["domain"], "labels": {k: lab[k] for k in CHECKS}})
    for c, kind in specials(rng, base):
        C.append(c); L.append({"contactId": c["contactId"], "domain": "special", "labels": {k: "na" for k in CHECKS}, "special": kind})
    WHY = {"greeting": "坐席首句无问候语", "agent-id": "前两轮坐席发言未自报工号或姓名", "closing": "坐席最后两轮无结束语",
           "forbidden-words": "坐席使用服务忌语", "verification": "披露客户记录前未核验身份", "hold-etiquette": "保持未预告或未致谢",
           "politeness": "坐席语气不礼貌", "interruption": "坐席抢话打断客户", "dead-air": "出现未告知的长时间静默",
           "speech-rate": "坐席语速超出范围", "empathy": "客户抱怨后坐席未致歉或共情", "resolution": "客户问题未获答复",
           "first-response": "首次响应超时", "response-latency": "回复客户超时", "fact-accuracy": "事实陈述错误或缺失",
           "no-misinformation": "说出了错误值", "record-reference": "未提供工单/受理编号", "survey-offered": "未邀请评价",
           "required-info": "未询问必要信息"}
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for c in C: f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in L:
            l["why"] = {k: WHY[k] for k, v in l["labels"].items() if v == "fail"}
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    json.dump({f"{a}|{b}": n for (a, b), n in sorted(USE.items())}, open(os.path.join(HERE, "usage.json"), "w"), ensure_ascii=False, indent=0)
    print("contacts", len(C))

if __name__ == "__main__":
    main()
