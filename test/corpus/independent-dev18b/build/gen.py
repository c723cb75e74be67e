"""Generator: builds scenarios/, contacts.jsonl, labels.jsonl from the material and the seeded plan. Deterministic."""
import importlib, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import plan as PLAN
import mat_common as C
MATS = {d: importlib.import_module("mat_" + d) for d in PLAN.DOMAINS}
SET = "independent-dev18b"; RUN = "dev18b"
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption",
          "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency", "fact-accuracy",
          "no-misinformation", "record-reference", "survey-offered", "required-info"]
DIG = dict(zip("0123456789", "零幺二三四五六七八九"))
PUNCT = "，。？！、：；"

def spoken(t):
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", t))

def asr(t, rng, first_agent=False):
    for a, b in C.HOMOPHONES:
        if a in t and rng.random() < 0.6: t = t.replace(a, b)
    t = re.sub(r"[0-9]", lambda m: DIG[m.group()], t)
    t = t.replace("——", " ")
    out = []; start = True
    for ch in t:
        if start and not (first_agent and not out) and rng.random() < 0.22:
            out.append(rng.choice(C.FILLERS) + " ")
        start = False
        if ch in PUNCT:
            out.append(" " if rng.random() < 0.7 else ""); start = True
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()

def yaml_scen(d, m, sc):
    L = [f"id: {sc['id']}", f"title: {json.dumps(sc['title'], ensure_ascii=False)}",
         f"description: {json.dumps(f'独立语料 {SET}，领域 {d}，机构 {m.ORG}', ensure_ascii=False)}",
         "channel: [voice, webchat]", f"target: {json.dumps({'phone': m.PHONE})}",
         f"persona: {json.dumps({'name': m.PERSONA}, ensure_ascii=False)}", "locale: zh-CN", "steps:",
         "  - " + json.dumps({"say": sc["request"][0]}, ensure_ascii=False),
         "  - " + json.dumps({"wait": {"pattern": "(没有了|再见|祝您)", "timeoutMs": 60000}}, ensure_ascii=False),
         "  - " + json.dumps({"end": True}), "facts:"]
    for f in sc["facts"]:
        L.append("  - " + json.dumps({k: f[k] for k in ("key", "label", "expected", "variants", "wrong", "cues")}, ensure_ascii=False))
    L.append("requiredInfo:")
    for it in sc["info"]:
        L.append("  - " + json.dumps({k: it[k] for k in ("key", "label")} | {"patterns": [it["pattern"]]}, ensure_ascii=False))
    L.append("requires: " + json.dumps(sc["req"]))
    L.append("sla: " + json.dumps(sc["sla"] | {"handleTimeMs": 900000}))
    L.append(f"tags: [{SET}, {d}]")
    return "\n".join(L) + "\n"

def build(p):
    rng = random.Random(PLAN.SEED * 1000 + p["i"])
    m = MATS[p["domain"]]; sc = m.SCEN[p["scen"]]; req = sc["req"]; voice = p["channel"] == "voice"
    ch = rng.choice; req = sc["req"]
    sid = str(rng.randint(1000, 9899)); ref = rng.choice(["GD", "SL", "QX", "HB"]) + str(rng.randint(20260000, 20269999))
    fill = lambda s: s.replace("{sid}", sid).replace("{ref}", ref)
    S = []  # script: [speaker, text, tag]
    A = lambda t, tag="": S.append(["agent", t, tag]); U = lambda t, tag="": S.append(["customer", t, tag])
    # opener
    op = ""
    op += ch(m.NOGREET) if p["greet_fail"] else ch(m.GREET)
    if p["id_mode"] == "ok1": op += fill(ch(m.IDENT))
    if p["id_mode"] == "role": op += ch(m.ROLE)
    if not p["greet_fail"]: op += ch(C.HELP)
    op = op.replace("，。", "。")
    if op.endswith("，"): op = op[:-1] + "。"
    A(op, "open")
    req_line = ch(sc["request"])
    comp = ""
    if p["complaint"]:
        comp = ch(m.COMPLAINT) if req["empathy"] else ch(["另外我得说一句，", "还有件事憋了好久了，", "顺带说下之前的事，"]) + ch(m.COMPLAINT)
    cust = (ch(C.CUST_SORRY) if p["sorry"] else "") + req_line + comp
    U(cust, "request")
    a1 = ""
    if p["complaint"] and not p["emp_fail"]: a1 += ch(m.EMPATHY)
    elif p["complaint"] and rng.random() < 0.5: a1 += "您先别急，"
    if p["id_mode"] == "ok2": a1 += fill(ch(m.IDENT)).rstrip("，") + "。"
    i1, i2 = sc["info"]
    a1 += ch(i1["asks"]); A(a1, "a1")
    U(ch(i1["gives"]), "give1")
    a2 = ("好的，我记一下。" if p["info_fail"] else ch(i2["asks"]))
    if p["id_mode"] == "late": a2 = fill(ch(m.IDENT)).rstrip("，") + "，" + a2
    A(a2, "a2")
    U(("对了，" if p["info_fail"] else "") + ch(i2["gives"]), "give2")
    disclose = ch(sc["disclose"])
    pre = ""  # text to prefix the fact turn
    if p["verif"] == "ok":
        vk = rng.randrange(len(C.VERIFY)); A(C.VERIFY[vk], "verify"); U(C.VERIFY_ANS[vk], "vans"); pre = ch(C.VERIFY_OK)
    elif p["verif"] == "late":
        A(disclose, "disclose"); U(ch(C.CUST_ACK), "ack"); vk = rng.randrange(len(C.VERIFY)); A(C.VERIFY[vk], "verify"); U(C.VERIFY_ANS[vk], "vans"); pre = ch(C.VERIFY_OK); disclose = ""
    elif p["verif"] == "none":
        A(disclose, "disclose"); U(ch(C.CUST_ACK), "ack"); disclose = ""
    if p["hold"] in ("ok", "nothanks"):
        A(pre + ch(C.HOLD_ANN), "holdann"); pre = ""; U(ch(["好的。", "行，我等着。", "嗯，好。"]), "holdack")
        S[-1][2] = "holdack"
    f = sc["facts"][0]
    ft = pre + (ch(C.HOLD_THX) if p["hold"] == "ok" else "") + disclose
    if p["fact"] in ("ok", "lastwrong"): ft += ch(f["right"])
    elif p["fact"] in ("wrong", "corrected"): ft += ch(f["wrongl"])
    if req["reference"] and not p["ref_fail"]: ft += fill(ch([r.split("|")[-1] for r in m.REF if "|" not in r or r.startswith(f"s{p['scen']}|")]))
    if rng.random() < 0.6: ft += ch(m.LOOKALIKE)
    if not ft: ft = "好的，情况我了解了。"
    A(ft, "fact")
    if p["fact"] == "corrected":
        U(ch(["嗯？您再确认一下？", "啊，是这样吗？", "确定吗？"]), "doubt"); A("更正一下，" + ch(f["right"]), "fix")
    if p["fact"] == "lastwrong":
        U(ch(C.CUST_ACK), "ack2"); A("我再确认了一下，" + ch(f["wrongl"]), "fix")
    # side question
    q, ans = sc["sideq"][rng.randrange(2)]
    if p["side"] == "incidental":
        U(ch(m.INCIDENTAL_Q), "sideq"); A(ch(m.SHRUG) + (ch(m.FORB) if p["forb"] == "forb" else ""), "sidea")
    else:
        U(q, "sideq")
        if p["side"] == "answer": A(ans + (ch(m.FORB) if p["forb"] == "forb" else ""), "sidea")
        else:
            A(ch(m.NONANS) + (ch(m.FORB) if p["forb"] == "forb" else ""), "sidea")
            if p["side"] == "madegood": U(ch(C.CUST_PRESS), "press"); A(ans, "made")
            else: U(ch(["好吧。", "行吧。", "那行吧。"]) if True else "", "ack3")
    if p["forb"] == "rude":
        U(ch(["我还是不太明白，能再说说吗？", "那我具体该怎么办呢？", "您再讲一下行吗？"]), "press2")
        A(ch(m.RUDE), "rude")
        U(ch(["……好吧。", "行，我知道了。", "嗯。"]), "ack4")
        A("好，那就按刚才说的办。" if rng.random() < 0.5 else "情况就是这样。", "after")
    if p["close"] == "walkout":
        U(ch(m.WALKOUT), "walkout")
    else:
        w = ""
        if req["survey"] and not p["survey_fail"]: w += ch(C.SURVEY)
        w += ch(C.WRAPQ); A(w, "wrap"); U(ch(C.CUST_END), "end")
        A(ch(C.CLOSE) if p["close"] == "ok" else ch(C.NONCLOSE), "last")
    return S, sid, ref, rng

def timeline(p, S, rng):
    m = MATS[p["domain"]]; sc = m.SCEN[p["scen"]]; sla = sc["sla"]; voice = p["channel"] == "voice"
    ev = [{"type": "started", "atMs": 0}]; turns = []
    if voice:
        arate = {"ok": rng.uniform(200, 265), "fast": rng.uniform(345, 400), "slow": rng.uniform(85, 102)}[p["rate"]]
        crate = rng.uniform(200, 250)
        conf = (lambda: round(rng.uniform(0.6, 0.93), 2)) if p["asr"] else (lambda: round(rng.uniform(0.9, 0.99), 2))
        ev += [{"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 900}]
        t = rng.randint(4000, 11000); ev.append({"type": "answered", "atMs": t})
        if p["ivr"]:
            txt = m.IVR if not p["asr"] else asr(m.IVR, rng)
            d = int(spoken(txt) / 240 * 60000); turns.append({"speaker": "ivr", "text": txt, "startMs": t + 300, "endMs": t + 300 + d, "confidence": conf()})
            t = t + 300 + d + 1500; ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            t += 400; ev.append({"type": "queued", "atMs": t}); t += rng.randint(3000, 25000)
        else:
            t += 200
        ev.append({"type": "agent-joined", "atMs": t})
    else:
        ev += [{"type": "page-loaded", "atMs": 1400}, {"type": "queued", "atMs": 3100}]
        t = rng.randint(8000, 30000); ev.append({"type": "agent-joined", "atMs": t})
    joined = t
    lat = sla["responseLatencyMs"]; fr = sla["firstResponseMs"]
    # choose where timing defects go
    idx_agent_after_cust = [k for k in range(1, len(S)) if S[k][0] == "agent" and S[k - 1][0] == "customer" and S[k][2] not in ("fact",)]
    lat_at = None; dead_at = None; int_at = None; bc_at = None
    tags = [s[2] for s in S]
    if p["latency"]: lat_at = tags.index("a2")
    if p["dead"]:
        if voice: dead_at = tags.index("sidea")
    if p["interrupt"]: int_at = tags.index("a1")
    if p["backchannel"]: bc_at = tags.index("sideq")
    prev_end = t; info = {"lat_gaps": []}
    for k, (spk, txt, tag) in enumerate(S):
        if voice and p["asr"]: txt = asr(txt, rng, first_agent=(k == 0))
        if k == 0:
            if p["fr_fail"]: gap = fr + rng.randint(800, 1600 if voice else 7000)
            else: gap = rng.randint(700, 2500) if voice else rng.randint(2000, min(5000, fr - 800))
        elif spk == "agent":
            prevspk = S[k - 1][0]
            if tag == "fact" and p["hold"] in ("ok", "nothanks", "unannounced"):
                gap = rng.randint(16000, 40000) if voice else rng.randint(35000, 70000)
            elif k == lat_at:
                gap = rng.randint(lat + 600, 14500) if voice else rng.randint(lat + 1500, min(lat + 6000, 29000))
            elif k == dead_at:
                gap = rng.randint(8600, 11000)
            elif prevspk == "agent":
                gap = rng.randint(400, 1500) if voice else rng.randint(1500, 5000)
            else:
                gap = rng.randint(400, 2200) if voice else rng.randint(3000, min(9000, lat - 2500))
        else:
            if tag in ("vans", "give1") and rng.random() < 0.3: gap = rng.randint(9000, 13000) if voice else rng.randint(31000, 50000)
            else: gap = rng.randint(300, 1800) if voice else rng.randint(4000, 15000)
        start = prev_end + gap
        if k == int_at: start = prev_end - rng.randint(1300, 2600)
        if voice:
            rate = arate if spk == "agent" else crate
            dur = int(spoken(txt) / rate * 60000)
            end = start + dur
            turns.append({"speaker": spk, "text": txt, "startMs": start, "endMs": end, "confidence": conf()})
            if k == bc_at:
                bs = start + int(dur * 0.45); bt = rng.choice(C.BACKCHANNEL)
                turns.append({"speaker": "agent", "text": bt, "startMs": bs, "endMs": bs + 450, "confidence": conf()})
            if tag == "fact" and p["hold"] in ("ok", "nothanks") and rng.random() < 0.5:
                ev.append({"type": "hold-start", "atMs": prev_end + 800}); ev.append({"type": "hold-end", "atMs": start - 600})
            prev_end = max(prev_end, end)
        else:
            turns.append({"speaker": spk, "text": txt, "startMs": start, "endMs": start})
            prev_end = start
        if p["dead"] and not voice and tag == "fact":
            # an unannounced silence between two agent turns (the agent resumes with a follow-up line)
            g = rng.randint(32000, 45000); prev_end += g
            turns.append({"speaker": "agent", "text": "另外跟您说一声，" + rng.choice(["后续有变化我们会主动通知您。", "相关的规定在官网上也能看到。", "有新进展会第一时间告知。"]), "startMs": prev_end, "endMs": prev_end})
    turns.sort(key=lambda x: (x["startMs"], x["speaker"] != "customer"))
    end_t = prev_end + rng.randint(500, 2000)
    last = S[-1]
    if voice:
        ev.append({"type": "hangup", "atMs": end_t, "detail": {"by": "customer" if last[0] == "customer" or rng.random() < 0.4 else "agent"}})
    ev.append({"type": "ended", "atMs": end_t + 300})
    if p["odd_event"]: ev.append({"type": "supervisor-listen", "atMs": joined + 5000})
    ev.sort(key=lambda e: e["atMs"])
    return ev, turns, end_t + 300

def intended(p, turns, ev):
    m = MATS[p["domain"]]; sc = m.SCEN[p["scen"]]; req = sc["req"]; voice = p["channel"] == "voice"; sla = sc["sla"]
    L = {}
    L["greeting"] = "fail" if p["greet_fail"] else "pass"
    L["agent-id"] = "pass" if p["id_mode"] in ("ok1", "ok2") else "fail"
    L["closing"] = "na" if p["close"] == "walkout" else ("pass" if p["close"] == "ok" else "fail")
    L["forbidden-words"] = "fail" if p["forb"] else "pass"
    L["politeness"] = "fail" if p["forb"] == "rude" else "pass"
    L["verification"] = "na" if not req["verification"] else ("pass" if p["verif"] == "ok" else "fail")
    chat_dead = p["dead"] and not voice
    if p["hold"] is None and not chat_dead: L["hold-etiquette"] = "na"
    else: L["hold-etiquette"] = "pass" if p["hold"] == "ok" and not chat_dead else "fail"
    L["interruption"] = "na" if not voice else ("fail" if p["interrupt"] else "pass")
    L["speech-rate"] = "na" if not voice else ("fail" if p["rate"] != "ok" else "pass")
    L["dead-air"] = "fail" if (p["dead"] or p["hold"] == "unannounced" or (voice and p["latency"])) else "pass"
    L["empathy"] = "na" if not p["complaint"] else ("fail" if p["emp_fail"] else "pass")
    L["resolution"] = "fail" if (p["side"] == "bare" or p["fact"] == "missing") else "pass"
    L["first-response"] = "fail" if p["fr_fail"] else "pass"
    latf = p["latency"]
    if p["hold"] == "unannounced":
        # the unannounced silence follows a customer turn: it counts against the latency budget
        cust_before = None; fact = None
        ag = [t for t in turns if t["speaker"] == "agent"]
        # find the longest gap before an agent turn that follows a customer turn
        gaps = [turns[k]["startMs"] - turns[k - 1]["endMs"] for k in range(1, len(turns)) if turns[k]["speaker"] == "agent" and turns[k - 1]["speaker"] == "customer"]
        if max(gaps) > sla["responseLatencyMs"]: latf = True
    L["response-latency"] = "fail" if latf else "pass"
    L["fact-accuracy"] = "fail" if p["fact"] in ("wrong", "missing", "lastwrong") else "pass"
    L["no-misinformation"] = "fail" if p["fact"] in ("wrong", "corrected", "lastwrong") else "pass"
    L["record-reference"] = "na" if not req["reference"] else ("fail" if p["ref_fail"] else "pass")
    L["survey-offered"] = "na" if not req["survey"] else ("fail" if (p["survey_fail"] or p["close"] == "walkout") else "pass")
    L["required-info"] = "fail" if p["info_fail"] else "pass"
    why = {}
    R = {"greeting": "坐席首句没有问候语", "agent-id": {"none": "前两句未报工号或姓名", "role": "只说了岗位，没有工号或姓名", "late": "第三句才报工号/姓名"}.get(p["id_mode"], ""),
         "closing": "最后两句没有结束语", "forbidden-words": "坐席说了服务忌语", "politeness": "坐席语气粗鲁（训斥/挖苦/不耐烦）",
         "verification": "未核身或核身晚于披露", "hold-etiquette": "保持未预告或未致谢", "interruption": "坐席抢话超过一秒",
         "dead-air": "坐席应答前出现未预告的长时间静默", "speech-rate": "坐席语速明显超出正常范围", "empathy": "客户抱怨后坐席未致歉或共情",
         "resolution": "有问题得到的是搪塞或事实未答复", "first-response": "坐席首句超时", "response-latency": "客户话后应答超时",
         "fact-accuracy": "事实值错误或未说明", "no-misinformation": "说出过错误的事实值", "record-reference": "未提供工单/受理编号",
         "survey-offered": "未邀请评价", "required-info": "有必需信息未询问"}
    for k, v in L.items():
        if v == "fail": why[k] = R[k]
    return L, why

SPECIALS = [("x01", "no-answer"), ("x02", "busy"), ("x03", "ivr-abandon"), ("x04", "chat-queue-abandon"), ("x05", "bot-only"),
            ("x06", "E_SELECTOR_TIMEOUT"), ("x07", "E_BROWSER_CRASHED")]

def special(k, kind, rng):
    d = PLAN.DOMAINS[int(k[1:]) % 6]; m = MATS[d]; sc = m.SCEN[0]
    base = {"schemaVersion": 1, "contactId": f"h11b-{k}", "scenarioId": sc["id"], "runId": RUN}
    st = 1793000000000 + int(k[1:]) * 3600000
    if kind == "no-answer":
        ev = [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 900}, {"type": "ended", "atMs": 60900}]
        return base | {"channel": "voice", "startedAt": st, "durationMs": 60900, "events": ev, "turns": [], "outcome": "no-answer", "transcriptSource": "deepgram"}
    if kind == "busy":
        ev = [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 150}, {"type": "ended", "atMs": 2400}]
        return base | {"channel": "voice", "startedAt": st, "durationMs": 2400, "events": ev, "turns": [], "outcome": "busy", "transcriptSource": "deepgram"}
    if kind == "ivr-abandon":
        d_ = int(spoken(m.IVR) / 240 * 60000)
        ev = [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 900}, {"type": "answered", "atMs": 6000},
              {"type": "dtmf", "atMs": 6300 + d_ + 1200, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 6300 + d_ + 1600},
              {"type": "hangup", "atMs": 6300 + d_ + 181600, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 6300 + d_ + 181900}]
        tr = [{"speaker": "ivr", "text": m.IVR, "startMs": 6300, "endMs": 6300 + d_, "confidence": 0.95},
              {"speaker": "ivr", "text": "坐席正忙，请您耐心等待。", "startMs": 6300 + d_ + 30000, "endMs": 6300 + d_ + 33000, "confidence": 0.94}]
        return base | {"channel": "voice", "startedAt": st, "durationMs": 6300 + d_ + 181900, "events": ev, "turns": tr, "outcome": "abandoned", "transcriptSource": "deepgram"}
    if kind == "chat-queue-abandon":
        ev = [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1300}, {"type": "queued", "atMs": 3000}, {"type": "ended", "atMs": 243000}]
        tr = [{"speaker": "system", "text": "当前排队人数较多，您前面还有6位。", "startMs": 3200, "endMs": 3200},
              {"speaker": "customer", "text": "还要等多久啊", "startMs": 120000, "endMs": 120000}]
        return base | {"channel": "webchat", "startedAt": st, "durationMs": 243000, "events": ev, "turns": tr, "outcome": "abandoned", "transcriptSource": "chat-dom"}
    if kind == "bot-only":
        ev = [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1500}, {"type": "ended", "atMs": 190000}]
        tr = [{"speaker": "bot", "text": f"您好，我是{m.ORG}智能助手小青，请问有什么可以帮您？", "startMs": 2500, "endMs": 2500},
              {"speaker": "customer", "text": "我要转人工。", "startMs": 15000, "endMs": 15000},
              {"speaker": "bot", "text": "好的，正在为您转接人工客服，请稍候。", "startMs": 16000, "endMs": 16000},
              {"speaker": "customer", "text": "人呢？怎么还没人？", "startMs": 120000, "endMs": 120000},
              {"speaker": "bot", "text": "您可以描述一下您的问题，我来帮您解答。", "startMs": 121000, "endMs": 121000}]
        return base | {"channel": "webchat", "startedAt": st, "durationMs": 190000, "events": ev, "turns": tr, "outcome": "abandoned", "transcriptSource": "chat-dom"}
    ev = [{"type": "started", "atMs": 0}]
    return base | {"channel": "webchat", "startedAt": st, "durationMs": 31000, "events": ev, "turns": [], "outcome": "failed",
                   "failedBy": "harness", "errorCode": kind, "transcriptSource": "chat-dom"}

def main():
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d, m in MATS.items():
        for sc in m.SCEN:
            with open(os.path.join(OUT, "scenarios", sc["id"] + ".yaml"), "w", encoding="utf-8") as fh: fh.write(yaml_scen(d, m, sc))
    P = PLAN.make_plan(MATS)
    contacts, labels = [], []
    for p in P:
        S, sid, ref, rng = build(p)
        ev, turns, dur = timeline(p, S, rng)
        m = MATS[p["domain"]]; sc = m.SCEN[p["scen"]]
        c = {"schemaVersion": 1, "contactId": p["cid"], "scenarioId": sc["id"], "runId": RUN, "channel": p["channel"],
             "startedAt": 1792000000000 + p["i"] * 1800000 + rng.randint(0, 600000)}
        if not p["no_duration"]: c["durationMs"] = dur
        c |= {"events": ev, "turns": turns, "outcome": "completed", "transcriptSource": "deepgram" if p["channel"] == "voice" else "chat-dom"}
        contacts.append(c)
        L, why = intended(p, turns, ev)
        labels.append({"contactId": p["cid"], "domain": p["domain"], "labels": L, "why": why})
    srng = random.Random(PLAN.SEED + 7)
    for k, kind in SPECIALS:
        c = special(k, kind, srng); contacts.append(c)
        d = PLAN.DOMAINS[int(k[1:]) % 6]
        labels.append({"contactId": c["contactId"], "domain": d, "special": kind, "labels": {x: "na" for x in CHECKS}, "why": {}})
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels: fh.write(json.dumps(l, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
