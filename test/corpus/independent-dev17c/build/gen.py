"""Generator for independent-dev17c. Python 3.11 stdlib only; byte-identical output each run."""
import json, os, random, re, sys, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from plan import make_plan, DOMAINS, SEED  # noqa: E402

SET = "independent-dev17c"
RUN = "dev17c"
MAT = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
T0 = 1780000000000

DIG = "零一二三四五六七八九"
HOMO = {"工号": "公号", "再见": "在见", "工单": "公单", "稍等": "少等", "核对": "和对", "评价": "平价", "满意度": "满意肚"}
FILLERS = ["呃", "那个", "嗯", "就是"]
PUNCT = "，。？！、：；,.?!:;-～…“”（）()"
BACKCH = ["嗯嗯", "对", "好的", "嗯", "对对"]
C_OK = ["好的。", "嗯，好。", "行。", "可以。", "好。"]
C_NUDGE = ["在吗？", "有人吗？", "还在吗？", "人呢？"]
C_HUH = ["啊？跟我之前听说的不一样啊。", "是这样吗？我记得不是这个。", "你确定吗？", "咦，跟上次说的对不上。"]
ACTION = ["我这边马上给您加急处理。", "我把情况报给负责人跟进。", "这件事我会盯到有结果。", "我先把您的诉求完整记下来。"]
FOLLOW = ["另外补充一句，有变化会短信通知您。", "我这边再看了一下，其他信息都正常。", "还有一点，后续进度您可以在公众号查看。"]
REPLY1 = ["好的，您这个情况我来处理。", "行，这事我来跟。", "明白，这个我来帮您办。", "好，我这边来安排。"]
NEVER = ["这个我先帮您记下来，回头有安排。", "具体的我这边先登记上。"]


def natural(n):
    n = int(n)
    if n < 10:
        return DIG[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else DIG[t]) + "十" + ("" if o == 0 else DIG[o])


def readout(text, rng=None):
    def rep(m):
        s = m.group(0)
        if len(s) <= 2:
            return natural(s)
        return "".join(("幺" if (ch == "1" and (rng is None or rng.random() < 0.75)) else DIG[int(ch)]) for ch in s)
    return re.sub(r"\d+", rep, text)


def asr(text, rng):
    for k, v in HOMO.items():
        if k in text and rng.random() < 0.6:
            text = text.replace(k, v)
    text = readout(text, rng)
    out = []
    for ch in text:
        if ch in PUNCT:
            out.append(" " if rng.random() < 0.75 else "")
        else:
            out.append(ch)
    text = "".join(out)
    parts = text.split(" ")
    res = []
    for i, p in enumerate(parts):
        if p and rng.random() < (0.35 if i == 0 else 0.15):
            p = rng.choice(FILLERS) + " " + p
        res.append(p)
    return re.sub(r"\s+", " ", " ".join(res)).strip()


def spoken_len(text):
    return len([ch for ch in text if not ch.isspace() and ch not in PUNCT])


def ref_code(rng):
    return rng.choice(["GD", "SL", "QX", "TK", "HC"]) + "".join(rng.choice("0123456789") for _ in range(7))


def verif_answer(M, ask, rng):
    for key in ("验证码", "出生", "身份证", "学生", "孩子的名字"):
        if key in ask:
            pool = [x for x in M.C_VERIF if key[:2] in x]
            if pool:
                return rng.choice(pool)
    pool = [x for x in M.C_VERIF if re.search("尾号|后四位", x) and "身份证" not in x]
    return rng.choice(pool or M.C_VERIF)


def build(c):
    rng = random.Random(c["seed"])
    M = MAT[c["domain"]]
    S = M.SCEN[c["scen"]]
    F = S["fact"]
    voice = c["channel"] == "voice"
    ch = rng.choice
    T = []  # turn specs

    def A(*segs, gap=None, tag=None):
        T.append(dict(sp="agent", text="".join(s for s in segs if s), gap=gap, tag=tag))

    def C(*segs, gap=None, tag=None):
        T.append(dict(sp="customer", text="".join(s for s in segs if s), gap=gap, tag=tag))

    emp_apol = re.compile("抱歉|对不起|不好意思|理解|委屈|道歉")
    thx_pool = [x for x in M.HOLD_THX if not (c["emp_fail"] and emp_apol.search(x))]
    corr_pool = [x for x in M.CORR if not (c["emp_fail"] and emp_apol.search(x))]
    look_pool = list(M.LOOK)
    rng.shuffle(look_pool)

    def look():
        return look_pool.pop() if (c["look"] and look_pool and rng.random() < 0.5) else ""

    # 1 opening
    A(ch(M.GREET) if c["greet"] else ch(M.NOGREET), ch(M.IDNEG) if c["idneg"] else "", tag="first")
    comp_start = c["complaint"] and c["scen"] == 2
    C(ch(M.C_APOL) if c["capol"] else "", ch(S["req"]), ch(M.C_COMPLAIN) if comp_start else "")
    emp_now = comp_start and not c["emp_fail"]
    ask = "" if c["info_fail"] else ch(S["info_asks"])
    A(ch(M.EMP) if emp_now else "", ask or ch(REPLY1), "" if ask else look(), tag="reply1")
    C("" if ask else "对了，", ch(S["info_ans"]), tag="info")
    # verification
    verif_first = c["verif"] == "pass"
    if verif_first:
        va = ch(M.VERIF_ASK)
        A(ch(M.ACK) if rng.random() < 0.4 else "", va, tag="vask")
        C(verif_answer(M, va, rng), tag="vans")
    # fact phase
    vok = ch(M.VERIF_OK) if verif_first else ""
    wrong = ch(F["wrong"])
    good = ch([F["expected"]] + F["variants"])
    fl = list(S["fact_lines"]); rng.shuffle(fl)
    if c["fact"] in ("wrong", "corr"):
        fact1 = fl[0].format(v=wrong)
    elif c["fact"] == "never":
        fact1 = ch(NEVER)
    else:
        fact1 = fl[0].format(v=good)
    refl = ch(M.REF).format(ref=ref_code(rng)) if (S["requires"]["reference"] and not c["ref_fail"]) else ""
    forb = ""
    if c["forbid"]:
        pool = [l for l, r in M.FORBID if r == (c["forbid"] == "rude")]
        forb = ch(pool)
    if c["hold"] in ("ok", "nothx"):
        A(vok, ch(M.HOLD_ANN), tag="hold-ann")
        if rng.random() < 0.6:
            C(ch(C_OK))
        A(ch(thx_pool) if c["hold"] == "ok" else "", fact1, refl if c["fact"] != "corr" else "", forb, tag="fact", gap="hold")
    elif c["hold"] == "unann":
        A(vok, fact1, refl if c["fact"] != "corr" else "", forb, tag="fact", gap="unann")
    else:
        A(vok, fact1, refl if c["fact"] != "corr" else "", forb, tag="fact", gap="dead" if c["deadair"] else None)
    if c["fact"] == "corr":
        C(ch(C_HUH))
        A(ch(corr_pool), fl[1].format(v=good), refl, tag="corr")
    if c["verif"] == "late":
        C(ch(C_OK))
        va = ch(M.VERIF_ASK)
        A("另外，", va, tag="vask-late")
        C(verif_answer(M, va, rng))
        A(ch(M.VERIF_OK), tag="vok-late")
    # mid complaint (non-empathy scenarios)
    if c["complaint"] and not comp_start:
        C(ch(M.C_COMPLAIN), tag="comp")
        A(ch(M.EMP) if not c["emp_fail"] else "", ch(ACTION), look(), tag="after-comp")
    # side question
    if c["side"]:
        q, a = ch(M.C_SIDE)
        C(q, tag="side")
        if c["side"] == "ok":
            A(a)
        else:
            A(ch(M.NONANS), tag="nonans")
            if c["side"] == "madegood":
                C(ch(M.C_PRESS))
                A(a)
    # closing
    surv = ch(M.SURVEY) if (S["requires"]["survey"] and not c["survey_fail"]) else ""
    if c["close"] == "walk":
        C(ch(M.C_WALK), tag="walk")
        hang = "customer"
    else:
        A(surv, ch(M.WRAP), tag="wrap")
        C(ch(M.C_BYE))
        if c["close"] == "pass":
            A(ch(M.CLOSE), tag="close")
        else:
            A(ch(M.ENDNC), tag="endnc")
        hang = ch(["agent", "customer"])
    # id placement
    aturns = [t for t in T if t["sp"] == "agent"]
    idl = ch(M.ID)
    if c["idpos"] == "first":
        aturns[0]["text"] = aturns[0]["text"] + idl
    elif c["idpos"] == "second":
        aturns[1]["text"] = idl + aturns[1]["text"]
    elif c["idpos"] == "late":
        aturns[2]["text"] = idl + aturns[2]["text"]
    # chat dead air between two agent turns (unannounced hold): split off a follow-up
    return T, hang, rng


def timeline(c, T, hang, rng):
    M = MAT[c["domain"]]
    S = M.SCEN[c["scen"]]
    sla = S["sla"]
    voice = c["channel"] == "voice"
    events = [dict(type="started", atMs=0)]
    turns = []
    if voice:
        events.append(dict(type="dialed", atMs=180))
        events.append(dict(type="ringing", atMs=900))
        t = 900 + rng.randint(3000, 9000)
        events.append(dict(type="answered", atMs=t))
        base = t
        if c["ivr"]:
            txt = rng.choice(M.IVR)
            if c["asr"]:
                txt = asr(txt, rng)
            d = int(spoken_len(txt) / 250 * 60000)
            turns.append(dict(speaker="ivr", text=txt, startMs=t + 300, endMs=t + 300 + d,
                              confidence=round(rng.uniform(0.6, 0.93) if c["asr"] else rng.uniform(0.9, 0.99), 2)))
            t = t + 300 + d + 1500
            events.append(dict(type="dtmf", atMs=t, detail=dict(digits="0")))
            events.append(dict(type="queued", atMs=t + 400))
            t = t + 400 + rng.randint(5000, 40000)
            events.append(dict(type="agent-joined", atMs=t))
            base = t
        elif rng.random() < 0.5:
            t += 300
            events.append(dict(type="agent-joined", atMs=t))
            base = t
        if c["fr_fail"]:
            first_gap = rng.randint(sla["firstResponseMs"] + 700, sla["firstResponseMs"] + 1500)
        else:
            first_gap = rng.randint(1200, 3800)
    else:
        events.append(dict(type="page-loaded", atMs=1400))
        t = 1400
        if rng.random() < 0.6:
            events.append(dict(type="queued", atMs=3100))
            t = 3100
        t += rng.randint(4000, 30000)
        events.append(dict(type="agent-joined", atMs=t))
        base = t
        first_gap = rng.randint(sla["firstResponseMs"] + 2000, sla["firstResponseMs"] + 6000) if c["fr_fail"] else rng.randint(2500, 5500)
    if c["rate"] == "slow":
        arate = rng.uniform(82, 100)
    elif c["rate"] == "fast":
        arate = rng.uniform(340, 385)
    else:
        arate = rng.uniform(185, 265)
    crate = rng.uniform(200, 280)
    conf = (lambda: round(rng.uniform(0.6, 0.93), 2)) if (voice and c["asr"]) else (lambda: round(rng.uniform(0.9, 0.99), 2))
    # which customer turn gets an interruption: the first customer turn after the 2nd agent turn
    cust_idx = [i for i, x in enumerate(T) if x["sp"] == "customer"]
    intr_at = None
    if voice and c["interrupt"]:
        cands = [i for i in cust_idx if i + 1 < len(T) and T[i + 1]["sp"] == "agent" and T[i + 1]["gap"] is None and len(T[i]["text"]) >= 8]
        intr_at = cands[0] if cands else None
    bc_at = None
    if voice and c["backch"]:
        cands = [i for i in cust_idx if i > 1 and len(T[i]["text"]) >= 10 and i != intr_at]
        bc_at = cands[0] if cands else None
    pause_at = None
    if voice and c["cpause"]:
        cands = [i for i in cust_idx if i > 0 and T[i - 1]["sp"] == "agent" and T[i].get("tag") in ("info", "vans")]
        pause_at = cands[0] if cands else None
    nudge_done = False
    forced = None
    chat_dead_done = False
    prev_end = base
    hold_pairs = []
    first = True
    for i, x in enumerate(T):
        text = x["text"]
        if voice and c["asr"]:
            text = asr(text, rng)
        if first:
            start = base + first_gap
            first = False
        elif x["sp"] == "agent":
            prev = T[i - 1]
            if x["gap"] == "hold":
                g = rng.randint(20000, 48000) if voice else rng.randint(40000, 75000)
            elif x["gap"] == "unann":
                g = rng.randint(16000, 19500) if voice else rng.randint(34000, 46000)
            elif x["gap"] == "dead" and voice:
                g = rng.randint(8600, 10800)
            elif intr_at is not None and i == intr_at + 1:
                g = -min(rng.randint(1300, 2600), turns[-1]["endMs"] - turns[-1]["startMs"] - 300)
            else:
                g = rng.randint(400, 2400) if voice else rng.randint(4000, 10000)
            start = prev_end + g
            if forced is not None:
                start, forced = forced, None
            if x["gap"] == "hold" and voice:
                hs = prev_end + 400
                hold_pairs.append((hs, start - 300))
        else:
            g = rng.randint(300, 2000) if voice else rng.randint(5000, 18000)
            if i == pause_at:
                g = rng.randint(9000, 12500)
            start = prev_end + g
        if voice:
            rate = arate if x["sp"] == "agent" else crate
            d = max(600, int(spoken_len(text) / rate * 60000))
            end = start + d
        else:
            end = start
        turns.append(dict(speaker=x["sp"], text=text, startMs=start, endMs=end, confidence=conf()))
        # chat nudge: customer sends a nudge before the agent replies
        if (not voice and c["nudge"] and not nudge_done and x["sp"] == "customer" and i + 1 < len(T)
                and T[i + 1]["sp"] == "agent" and T[i + 1]["gap"] is None and i >= 1):
            nudge_done = True
            ns = end + rng.randint(16000, 22000)
            turns.append(dict(speaker="customer", text=rng.choice(C_NUDGE), startMs=ns, endMs=ns, confidence=conf()))
            forced = ns + rng.randint(12000, 18000)
            end = ns
        prev_end = end
        # chat dead air between two agent turns
        if (not voice and c["deadair_chat"] and not chat_dead_done and x["sp"] == "agent" and x.get("tag") == "fact"):
            chat_dead_done = True
            ds = end + rng.randint(33000, 42000)
            turns.append(dict(speaker="agent", text=rng.choice(FOLLOW), startMs=ds, endMs=ds, confidence=conf()))
            prev_end = ds
        if voice and i == bc_at:
            cs = turns[-1]["startMs"]
            bs = cs + (end - cs) // 2
            turns.append(dict(speaker="agent", text=rng.choice(BACKCH), startMs=bs, endMs=bs + 400, confidence=conf()))
    turns.sort(key=lambda z: (z["startMs"], 0 if z["speaker"] == "customer" else 1))
    last = max(z["endMs"] for z in turns)
    for hs, he in hold_pairs:
        events.append(dict(type="hold-start", atMs=hs))
        events.append(dict(type="hold-end", atMs=he))
    if c["transfer"]:
        events.append(dict(type="transfer", atMs=turns[2]["startMs"] - 100))
    events.append(dict(type="hangup", atMs=last + 700, detail=dict(by=hang)))
    events.append(dict(type="ended", atMs=last + 1000))
    events.sort(key=lambda e: e["atMs"])
    return events, turns, last + 1000


def labels_for(c, events, turns):
    """Labels by intent of the plan, corrected by the timeline where timing decides."""
    M = MAT[c["domain"]]
    S = M.SCEN[c["scen"]]
    req = S["requires"]
    sla = S["sla"]
    voice = c["channel"] == "voice"
    L, why = {}, {}

    def put(k, ok, reason=""):
        L[k] = "pass" if ok else "fail"
        if not ok:
            why[k] = reason

    put("greeting", c["greet"], "坐席首句无问候语")
    put("agent-id", c["idpos"] in ("first", "second"), "前两句未报工号/姓名" if c["idpos"] == "none" else "第三句才自报")
    if c["close"] == "walk":
        L["closing"] = "na"
    else:
        put("closing", c["close"] == "pass", "最后两句无结束语")
    put("forbidden-words", c["forbid"] is None, "服务忌语")
    put("politeness", c["forbid"] != "rude", "粗鲁/不耐烦的话")
    if req["verification"]:
        refd = req["reference"] and not c["ref_fail"]
        late_ok = c["verif"] == "late" and c["fact"] == "never" and not refd
        put("verification", c["verif"] == "pass" or late_ok, "未核身" if c["verif"] == "none" else "先披露后核身")
    else:
        L["verification"] = "na"
    if c["hold"] is None and not c.get("deadair_chat"):
        L["hold-etiquette"] = "na"
    else:
        put("hold-etiquette", c["hold"] == "ok", "保持未预告或未致谢")
    put("dead-air", not (c["hold"] == "unann" or c["deadair"] or c.get("deadair_chat")), "未预告的静默")
    if voice:
        put("interruption", not c["interrupt"], "抢话")
        put("speech-rate", c["rate"] == "ok", "语速过慢" if c["rate"] == "slow" else "语速过快")
    else:
        L["interruption"] = L["speech-rate"] = "na"
    if c["complaint"] or req["empathy"]:
        put("empathy", not c["emp_fail"], "客户抱怨后未致歉/共情")
    else:
        L["empathy"] = "na"
    put("resolution", c["fact"] != "never" and c["side"] != "nonans", "事实未答" if c["fact"] == "never" else "问题未答")
    # timing-derived
    first_agent = next(t for t in turns if t["speaker"] == "agent")
    joined = next((e["atMs"] for e in events if e["type"] == "agent-joined"), None)
    if joined is None:
        joined = next(e["atMs"] for e in events if e["type"] == "answered")
    put("first-response", first_agent["startMs"] - joined <= sla["firstResponseMs"], "首次响应超时")
    lat_fail = c.get("nudge") or (c["hold"] == "unann" and (not voice or sla["responseLatencyMs"] < 16000))
    put("response-latency", not lat_fail, "回复超时")
    put("fact-accuracy", c["fact"] in ("ok", "corr"), "事实错误" if c["fact"] == "wrong" else "事实未说明")
    put("no-misinformation", c["fact"] not in ("wrong", "corr"), "说出错误值")
    if req["reference"]:
        put("record-reference", not c["ref_fail"], "未给工单号")
    else:
        L["record-reference"] = "na"
    if req["survey"]:
        put("survey-offered", not (c["survey_fail"] or c["close"] == "walk"), "未邀评")
    else:
        L["survey-offered"] = "na"
    put("required-info", not c["info_fail"], "未询问必要信息")
    order = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
             "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
             "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
    return {k: L[k] for k in order}, {k: why[k] for k in order if k in why}


def yaml_q(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(M, S):
    F, I, R, Q = S["fact"], S["info"], S["requires"], S["sla"]
    lines = [f"id: {S['id']}", f"title: {yaml_q(S['title'])}",
             f"description: {yaml_q('独立语料 ' + SET + '，领域 ' + M.DOMAIN + '，机构 ' + M.ORG)}",
             "channel: [voice, webchat]", f"target: {{ phone: {yaml_q(M.PHONE)} }}",
             f"persona: {{ name: {yaml_q(S['persona'])} }}", "locale: zh-CN", "steps:",
             f"  - say: {yaml_q(S['req'][0])}", f"  - wait: {{ pattern: {yaml_q('.+')}, timeoutMs: 60000 }}", "  - end: true",
             "facts:",
             "  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
                 F["key"], yaml_q(F["label"]), yaml_q(F["expected"]), ", ".join(map(yaml_q, F["variants"])),
                 ", ".join(map(yaml_q, F["wrong"])), ", ".join(map(yaml_q, F["cues"]))),
             "requiredInfo:",
             "  - { key: %s, label: %s, patterns: [%s] }" % (I["key"], yaml_q(I["label"]), yaml_q(I["pattern"])),
             "requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
                 "true" if R[k] else "false" for k in ("verification", "reference", "empathy", "survey")),
             "sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }" % (Q["firstResponseMs"], Q["responseLatencyMs"], Q["handleTimeMs"]),
             f"tags: [{SET}, {M.DOMAIN}]"]
    return "\n".join(lines) + "\n"


SPECIALS = [
    ("x01", "no-answer", "youth", 0, "voice"), ("x02", "busy", "checkup", 1, "voice"),
    ("x03", "ivr-abandon", "yacht", 0, "voice"), ("x04", "chat-queue-abandon", "catering", 1, "webchat"),
    ("x05", "bot-only", "tutor", 2, "webchat"), ("x06", "harness-selector-timeout", "milk", 0, "webchat"),
    ("x07", "harness-browser-crashed", "youth", 1, "webchat"),
]


def special(i, sid, kind, dom, scen, chn):
    M = MAT[dom]
    rng = random.Random(SEED * 7 + i)
    base = dict(schemaVersion=1, contactId=f"h10c-{sid}", scenarioId=M.SCEN[scen]["id"], runId=RUN, channel=chn,
                startedAt=T0 + (200 + i) * 3600000)
    ev = [dict(type="started", atMs=0)]
    turns = []
    if kind == "no-answer":
        ev += [dict(type="dialed", atMs=200), dict(type="ringing", atMs=1000), dict(type="ended", atMs=46000)]
        out = dict(outcome="no-answer", durationMs=46000)
    elif kind == "busy":
        ev += [dict(type="dialed", atMs=200), dict(type="ended", atMs=2600)]
        out = dict(outcome="busy", durationMs=2600)
    elif kind == "ivr-abandon":
        ev += [dict(type="dialed", atMs=200), dict(type="ringing", atMs=900), dict(type="answered", atMs=5200)]
        txt = M.IVR[0]
        d = int(spoken_len(txt) / 250 * 60000)
        turns.append(dict(speaker="ivr", text=txt, startMs=5500, endMs=5500 + d, confidence=0.95))
        t = 5500 + d + 1500
        ev += [dict(type="dtmf", atMs=t, detail=dict(digits="0")), dict(type="queued", atMs=t + 400),
               dict(type="hangup", atMs=t + 95000, detail=dict(by="customer")), dict(type="ended", atMs=t + 95300)]
        out = dict(outcome="abandoned", durationMs=t + 95300)
    elif kind == "chat-queue-abandon":
        ev += [dict(type="page-loaded", atMs=1300), dict(type="queued", atMs=2900), dict(type="ended", atMs=182000)]
        out = dict(outcome="abandoned", durationMs=182000)
    elif kind == "bot-only":
        ev += [dict(type="page-loaded", atMs=1200)]
        turns = [dict(speaker="bot", text="您好，我是青藤智能助手小藤，请问有什么可以帮您？", startMs=2500, endMs=2500, confidence=1.0),
                 dict(speaker="customer", text="老师今天没来，我要转人工。", startMs=15000, endMs=15000, confidence=1.0),
                 dict(speaker="bot", text="正在为您转接人工客服，请稍候。", startMs=16000, endMs=16000, confidence=1.0),
                 dict(speaker="customer", text="人工呢？还有人吗？", startMs=140000, endMs=140000, confidence=1.0),
                 dict(speaker="bot", text="当前排队人数较多，请您耐心等待。", startMs=141000, endMs=141000, confidence=1.0)]
        ev += [dict(type="ended", atMs=300000)]
        out = dict(outcome="completed", durationMs=300000)
    else:
        code = "E_SELECTOR_TIMEOUT" if kind == "harness-selector-timeout" else "E_BROWSER_CRASHED"
        ev += [dict(type="ended", atMs=31000)]
        out = dict(outcome="failed", failedBy="harness", errorCode=code, durationMs=31000)
    obj = dict(base)
    obj["durationMs"] = out.pop("durationMs")
    obj["events"] = ev
    obj["turns"] = turns
    obj.update(out)
    obj["transcriptSource"] = "deepgram" if chn == "voice" else "chat-dom"
    order = ["schemaVersion", "contactId", "scenarioId", "runId", "channel", "startedAt", "durationMs", "events", "turns",
             "outcome", "failedBy", "errorCode", "transcriptSource"]
    obj = {k: obj[k] for k in order if k in obj}
    lab = {k: "na" for k in ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
                             "politeness", "interruption", "dead-air", "speech-rate", "empathy", "resolution",
                             "first-response", "response-latency", "fact-accuracy", "no-misinformation",
                             "record-reference", "survey-offered", "required-info"]}
    return obj, dict(contactId=obj["contactId"], domain=dom, special=kind, labels=lab, why={})


def main():
    plan = make_plan()
    contacts, labels = [], []
    for c in plan:
        c["deadair_chat"] = False
    # chat dead air between two agent turns: chat contacts without any hold, chosen by the seed
    rng = random.Random(SEED + 1)
    chat_free = [c for c in plan if c["channel"] == "webchat" and c["hold"] is None and not c["nudge"]]
    rng.shuffle(chat_free)
    for c in chat_free[:12]:
        c["deadair_chat"] = True
    for c in plan:
        M = MAT[c["domain"]]
        T, hang, crng = build(c)
        events, turns, dur = timeline(c, T, hang, crng)
        obj = dict(schemaVersion=1, contactId=f"h10c-{c['domain']}-{c['n']:02d}", scenarioId=M.SCEN[c["scen"]]["id"],
                   runId=RUN, channel=c["channel"], startedAt=T0 + c["idx"] * 3600000)
        if not c["nodur"]:
            obj["durationMs"] = dur
        obj["events"] = events
        obj["turns"] = turns
        obj["outcome"] = "completed"
        obj["transcriptSource"] = "deepgram" if c["channel"] == "voice" else "chat-dom"
        lab, why = labels_for(c, events, turns)
        contacts.append(obj)
        labels.append(dict(contactId=obj["contactId"], domain=c["domain"], labels=lab, why=why))
    for i, s in enumerate(SPECIALS):
        o, l = special(i, *s)
        contacts.append(o)
        labels.append(l)
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMAINS:
        for S in MAT[d].SCEN:
            with open(os.path.join(OUT, "scenarios", S["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(MAT[d], S))
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for o in contacts:
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(contacts)} contacts")


if __name__ == "__main__":
    main()
