"""Generate scenarios/, contacts.jsonl, labels.jsonl for independent-dev16a. Byte-identical on each run."""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import load, read_numbers, spoken_len, HOMO, DOMAINS
from plan import make_plan

SET = "independent-dev16a"; RUN = "dev16a"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption", "dead-air", "speech-rate",
          "empathy", "resolution", "first-response", "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
MATS = {d: load(d) for d in DOMAINS}

def js(x): return json.dumps(x, ensure_ascii=False)

def write_scenarios():
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMAINS:
        M = MATS[d]; D = M["D"]
        for s in D["scen"]:
            v, r, su, e = s["req"]
            L = [f"id: {s['id']}", f"title: {js(s['title'])}", f"description: {js('独立语料 ' + SET + '，领域 ' + D['name'] + '，机构 ' + D['org'])}",
                 "channel: [voice, webchat]", f"target: {{ phone: {js(D['phone'])} }}", f"persona: {{ name: {js(s['persona'])} }}", "locale: zh-CN", "steps:",
                 f"  - say: {js(s['problem'][0])}", f"  - wait: {{ pattern: {js('|'.join(['请问', '您好', '你好']))}, timeoutMs: 60000 }}",
                 f"  - say: {js(s['facts'][0]['q'][0])}", "  - wait: { pattern: \".+\", timeoutMs: 60000 }", f"  - say: {js(s['facts'][1]['q'][0])}",
                 "  - wait: { pattern: \".+\", timeoutMs: 60000 }", "  - end: true", "facts:"]
            for f in s["facts"]:
                L.append("  - " + js({"key": f["key"], "label": f["label"], "expected": f["expected"], "variants": f["variants"], "wrong": f["wrong"], "cues": f["cues"]}))
            L.append("requiredInfo:")
            i = s["info"]
            L.append("  - " + js({"key": i["key"], "label": i["label"], "patterns": [i["pattern"]]}))
            L.append("requires: " + js({"verification": v, "reference": r, "empathy": e, "survey": su}))
            L.append("sla: " + js({"firstResponseMs": s["sla"][0], "responseLatencyMs": s["sla"][1], "handleTimeMs": 900000}))
            L.append(f"tags: [{SET}, {d}]")
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(L) + "\n")

def asr(text, rng):
    t = read_numbers(text)
    for a, b in HOMO.items():
        if a in t and rng.random() < 0.6: t = t.replace(a, b)
    parts = re.split(r"([，。？！：；、,.?!～…]+)", t)
    out = []
    drop = rng.random() < 0.4
    start = True
    for seg in parts:
        if not seg: continue
        if re.fullmatch(r"[，。？！：；、,.?!～…]+", seg):
            out.append("" if drop else " "); start = True; continue
        if start and rng.random() < 0.3: seg = rng.choice(["呃 ", "那个 ", "就是 ", "嗯 "]) + seg
        out.append(seg); start = False
    return re.sub(r" +", " ", "".join(out)).strip()

def verans(ask, S, rng):
    """The customer's reply fits what the agent asked for."""
    dg = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    name = S["persona"]; out = []
    if "验证码" in ask: return rng.choice(["验证码是", "收到了，是", "码是"]) + dg(6) + "。"
    if "身份证" in ask: return "身份证后" + ("六位" if "六位" in ask else "四位") + "是" + dg(6 if "六位" in ask else 4) + "。"
    if "出生" in ask or "生日" in ask:
        out.append(f"我叫{name}" if ("姓名" in ask or "名" in ask) else "")
        out.append(f"生日是{rng.randint(1, 12)}月{rng.randint(1, 28)}号")
        return "，".join(x for x in out if x) + "。"
    if "卡号" in ask: return "卡号后六位是" + dg(6) + "。"
    if "客户编号" in ask: return "客户编号QF" + dg(4) + "。"
    if "单位" in ask: return f"我们是云锦科技，联系人{name}，尾号{dg(4)}。"
    if "手机" in ask or "尾号" in ask:
        return (f"我叫{name}，" if ("姓名" in ask or "名" in ask) else "") + rng.choice(["尾号", "手机尾号", "后四位是"]) + dg(4) + "。"
    return f"{name}。"

def build(p):
    M = MATS[p["domain"]]; D = M["D"]; S = D["scen"][p["scen"]]
    rng = random.Random(p["seed"]); ch = p["channel"]; voice = ch == "voice"
    req_v, req_r, req_s, req_e = S["req"]
    complaint = p["complaint"] or req_e
    pick = rng.choice
    steps = []
    def A(*fr, **kw):
        t = "".join(x for x in fr if x)
        steps.append(dict(sp="agent", text=t[:-1] + "。" if t.endswith("，") else t, **kw))
    def C(*fr, **kw): steps.append(dict(sp="customer", text="".join(x for x in fr if x), **kw))
    facts = S["facts"]
    fm = p["fact_mode"]; fw = p["fact_which"] if fm != "D" else 1
    def val(f, kind):
        if kind == "ok": return rng.choice([f["expected"]] + f["variants"])
        return rng.choice(f["wrong"])
    def say(f, v): return pick(f["says"]).replace("{v}", v)
    # 1 opener
    idm = p["idmode"]
    t1 = [pick(M["GREET"]) if p["greet"] else pick(M["NOGREET"])]
    if idm == "t1": t1.append(pick(M["ID"]))
    elif idm in ("none", "late") and p["greet"] and rng.random() < 0.6: t1.append(pick(M["NONID"]))
    t1.append(pick(M["OPENQ"]))
    A(*t1, first=True)
    # 2 problem
    thr = re.compile("曝光|投诉|12315|领导|经理|负责人|店长|反映|换家")
    gr = [x for x in M["COMPLAINT"] if not thr.search(x)]; th = [x for x in M["COMPLAINT"] if thr.search(x)]
    comp_lines = [pick(gr), pick(th)]
    C(pick(M["CUST_APOLOGY"]) if p["apology"] else "", pick(S["problem"]), comp_lines[0] if complaint else "")
    t2 = []
    if complaint and p["emp"]: t2.append(pick(M["EMPATHY"]))
    elif complaint and rng.random() < 0.5: t2.append("您先别着急，咱们一步一步来。")
    if idm == "t2": t2.append(pick(M["ID"]))
    if p["info"]: t2.append(pick(S["info"]["asks"]))
    else: t2 += [pick(M["ACK"]), "您说的我都记下了。"]
    A(*t2, interrupt=p["interrupt"])
    if p["info"] or rng.random() < 0.6:
        C(pick(S["info"]["answers"]), pause=p["cust_pause"] and p["info"])
    else:
        C(pick(M["CACK"]))
    # 3 verification / disclosure
    late_id = pick(M["ID"]) if idm == "late" else ""
    if req_v and p["ver"] == "pass":
        va = pick(M["VERIFY"]); A(late_id, pick(M["ACK"]), va, latency=p["latency"]); C(verans(va, S, rng))
        A(pick(M["ACK"]), pick(S["disclose"]), split=p["deadair"] and not voice)
    elif req_v and p["ver"] == "before":
        A(late_id, pick(S["disclose"]), latency=p["latency"]); C(pick(M["CACK"]))
        va = pick(M["VERIFY"]); A("另外，", va, split=p["deadair"] and not voice); C(verans(va, S, rng)); A(pick(["信息对得上。", "行，对上了。", "嗯，没问题。", "好，信息一致。"]))
    else:
        A(late_id, pick(M["ACK"]), pick(S["disclose"]) if (req_v or rng.random() < 0.5) else "", split=p["deadair"] and not voice,
          latency=p["latency"], fallback=True)
    # fact 1 with optional hold
    def fact_turns(i, pre=""):
        f = facts[i]
        if i == fw and fm == "C":
            A(pre, say(f, val(f, "bad")), **({} if i else {}))
        elif i == fw and fm == "B":
            A(pre, say(f, val(f, "bad"))); C(pick(M["DOUBT"])); A(pick(M["CORRECT"]).replace("{v}", val(f, "ok")))
        else:
            A(pre, say(f, val(f, "ok")))
    C(pick(facts[0]["q"]))
    h = p["hold"]
    if h != "none":
        if h == "unann":
            A(pick(M["PREHOLD"]))
        else:
            A(pick(M["HOLD_ANN"]))
            if rng.random() < 0.6: C(pick(M["CACK"]))
        steps[-1]["hold_after"] = True
        fact_turns(0, pick(M["HOLD_THX"]) if h in ("ok", "unann") and (h == "ok" or rng.random() < 0.5) else "")
    else:
        fact_turns(0)
    # fact 2
    C(pick(facts[1]["q"]), backch=p["backch"])
    rude = pick(M["RUDE"]) if p["rude"] else ""
    if fm == "D":
        A(pick(M["NONANS"]), deadair=p["deadair"] and voice)
        if rude: C(pick(M["DOUBT"])); A(rude, "这个我确实答不上来。")
    else:
        f = facts[1]
        kind = "bad" if (fw == 1 and fm in "BC") else "ok"
        A(rude, say(f, val(f, kind)), deadair=p["deadair"] and voice)
        if fw == 1 and fm == "B": C(pick(M["DOUBT"])); A(pick(M["CORRECT"]).replace("{v}", val(f, "ok")))
    # side question
    sq = p["sideq"]
    if fm == "D" and sq == "madegood": sq = "ans"
    if sq != "none":
        k = rng.randrange(len(M["SIDEQ"]))
        C(M["SIDEQ"][k])
        if sq == "ans": A(pick(M["ACK"]), M["SIDEANS"][k], pick(M["LOOKALIKE"]) if p["lookalike"] else "")
        elif sq == "nonans": A(pick(M["NONANS"]))
        else: A(pick(M["NONANS"])); C(pick(M["PRESS"])); A(pick(M["MADEGOOD"]), M["SIDEANS"][k])
    if p["cold"]:
        C(pick(M["MULL"])); A(pick(M["COLD"])); C(pick(M["COLDREPLY"]))
    if complaint and p["complaint2"]:
        C(comp_lines[1])
        A(pick(M["EMPATHY"]) if p["emp"] else "", "我这边会把情况记录清楚。")
    if p["walkout"]:
        C(pick(M["WALKOUT"] if voice else M["WALKOUT_CHAT"]), walkout=True)
        return steps, S, True
    tail = []
    if req_r and p["ref"]: tail.append(pick(M["REF"]))
    elif p["noref_hn"]: tail.append(pick(M["NOREF"]))
    if tail: A(*tail); C(pick(M["CACK"]))
    if p["wrap"]: A(pick(M["WRAP"])); C(pick(M["CEND"]))
    last = []
    if req_s and p["survey"]: last.append(pick(M["SURVEY"]))
    if p["close"]: last.append(pick(M["CLOSE"]))
    else: last.append(pick(M["CLOSEFAIL"]))
    A(*last); C(pick(M["CBYE"]))
    return steps, S, False

def render(p, idx):
    steps, S, walk = build(p)
    M = MATS[p["domain"]]
    rng = random.Random(p["seed"] + 7); voice = p["channel"] == "voice"
    fr_sla, lat_sla = S["sla"]
    ev = [{"type": "started", "atMs": 0}]; turns = []
    if voice:
        ev += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1400}]
        t = 1400 + rng.randint(3000, 9000); ev.append({"type": "answered", "atMs": t})
        if p["ivr"]:
            txt = f"您好，欢迎致电{M['org']}。人工服务请按0。"
            d = int(len(txt) / 4.2 * 1000); turns.append(dict(speaker="ivr", text=txt, startMs=t + 300, endMs=t + 300 + d, confidence=0.97))
            t += 300 + d + 1500; ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            t += 400; ev.append({"type": "queued", "atMs": t}); t += rng.randint(8000, 40000)
        else:
            t += rng.randint(300, 1200)
        ev.append({"type": "agent-joined", "atMs": t})
    else:
        ev.append({"type": "page-loaded", "atMs": 1800}); t = 1800 + rng.randint(2000, 6000)
        if rng.random() < 0.6: ev.append({"type": "queued", "atMs": t}); t += rng.randint(5000, 45000)
        ev.append({"type": "agent-joined", "atMs": t})
    joined = t
    arate = {"ok": rng.uniform(190, 255), "slow": rng.uniform(72, 98), "fast": rng.uniform(345, 410)}[p["rate"]]
    crate = rng.uniform(210, 280)
    end = joined  # max end so far
    prev = None
    hold_pending = False
    for i, s in enumerate(steps):
        sp = s["sp"]
        text = s["text"]
        if voice and p["asr"]: text = asr(text, rng)
        n = spoken_len(text)
        if sp == "agent":
            if s.get("first"):
                if p["fr_fail"] and (not voice or fr_sla == 6000): gap = fr_sla + rng.randint(600, 1500)
                else: gap = rng.randint(900, 3200) if voice else rng.randint(2000, 5000)
                start = joined + gap
            elif hold_pending:
                gap = rng.randint(18000, 42000) if voice else rng.randint(36000, 75000)
                hs = end + rng.randint(300, 800)
                start = end + gap
                if voice and p["hold_events"]: ev += [{"type": "hold-start", "atMs": hs}, {"type": "hold-end", "atMs": start - rng.randint(300, 900)}]
                hold_pending = False
            elif s.get("interrupt") and prev and prev["speaker"] == "customer":
                dd = prev["endMs"] - prev["startMs"]
                assert dd >= 1700, (p["domain"], p["n"], dd)
                start = prev["endMs"] - rng.randint(1300, min(2400, dd - 300))
            elif s.get("latency") and prev and prev["speaker"] == "customer":
                total = lat_sla + rng.randint(2500, 6000)
                if voice:
                    cur = prev["endMs"]
                    while cur - prev["endMs"] + 8000 <= total:
                        g = rng.randint(6000, 7400); nt = rng.choice(M["NUDGE"])
                        if p["asr"]: nt = asr(nt, rng)
                        d = int(spoken_len(nt) / crate * 60000) + 200
                        turns.append(dict(speaker="customer", text=nt, startMs=cur + g, endMs=cur + g + d, confidence=round(rng.uniform(0.6, 0.93) if p["asr"] else rng.uniform(0.9, 0.99), 2)))
                        cur = cur + g + d
                    start = max(prev["endMs"] + total, cur + rng.randint(5000, 7400))
                    end = cur
                else:
                    nt = rng.choice(M["NUDGE_CHAT"]); at = prev["endMs"] + int(total * 0.55)
                    turns.append(dict(speaker="customer", text=nt, startMs=at, endMs=at, confidence=1.0))
                    start = prev["endMs"] + total; end = at
            elif s.get("deadair"):
                start = end + rng.randint(8700, 11000)
            elif s.get("split"):
                start = end + rng.randint(2000, 5000)
            elif prev and prev["speaker"] == "agent":
                start = end + (rng.randint(400, 1200) if voice else rng.randint(1500, 4000))
            else:
                start = end + (rng.randint(500, 2300) if voice else rng.randint(3000, 9500))
            rate = arate
        else:
            if s.get("pause"): start = end + rng.randint(9000, 12500)
            else: start = end + (rng.randint(400, 1600) if voice else rng.randint(4000, 16000))
            rate = crate
        dur = int(n / rate * 60000) + (rng.randint(100, 300) if voice else 0) if voice else 0
        conf = (round(rng.uniform(0.6, 0.93), 2) if p["asr"] else round(rng.uniform(0.9, 0.99), 2)) if voice else 1.0
        if sp == "agent" and s.get("split") and not voice:
            # chat dead air: an acknowledgement, then a long unexplained silence before the rest
            turns.append(dict(speaker="agent", text="嗯嗯，收到。", startMs=start, endMs=start, confidence=1.0))
            start = start + rng.randint(33000, 48000)
        tr = dict(speaker=sp, text=text, startMs=start, endMs=start + dur, confidence=conf)
        turns.append(tr)
        if s.get("backch") and voice and dur > 3000:
            bs = start + dur // 2; bt = rng.choice(M["BACKCH"])
            turns.append(dict(speaker="agent", text=bt, startMs=bs, endMs=bs + 500, confidence=conf))
        end = max(end, tr["endMs"]); prev = tr
        if s.get("hold_after"): hold_pending = True
    t = end + rng.randint(500, 2000)
    by = "customer" if (walk or rng.random() < 0.5) else "agent"
    if voice: ev.append({"type": "hangup", "atMs": t, "detail": {"by": by}})
    ev.append({"type": "ended", "atMs": t + 300})
    if p["no_duration"]:
        ev.insert(-2, {"type": "transfer", "atMs": turns[len(turns) // 2]["startMs"] - 100})
    ev.sort(key=lambda e: e["atMs"])
    turns.sort(key=lambda x: x["startMs"])
    cid = f"h9a-{p['domain']}-{p['n']:02d}"
    obj = {"schemaVersion": 1, "contactId": cid, "scenarioId": S["id"], "runId": RUN, "channel": p["channel"],
           "startedAt": 1780000000000 + idx * 3600000}
    if not p["no_duration"]: obj["durationMs"] = t + 300
    obj.update({"events": ev, "turns": turns, "outcome": "completed", "transcriptSource": "deepgram" if voice else "chat-dom"})
    return obj, labels_from_plan(p, S, walk)

def labels_from_plan(p, S, walk):
    v, r, su, e = S["req"]; voice = p["channel"] == "voice"
    comp = p["complaint"] or e
    L = {}; why = {}
    def put(k, ok, reason, na=False):
        L[k] = "na" if na else ("pass" if ok else "fail")
        if L[k] == "fail": why[k] = reason
    put("greeting", p["greet"], "agent opens without a greeting")
    put("agent-id", p["idmode"] in ("t1", "t2"), "no staff id / name in the agent's first two turns")
    put("closing", p["close"], "no closing in the agent's last two turns", na=walk)
    put("forbidden-words", not (p["rude"] or p["cold"]), "service taboo phrase (rude or indifferent)")
    put("verification", p["ver"] == "pass", "record disclosed before / without identity check", na=not v)
    chat_da = (not voice) and p["deadair"]
    put("hold-etiquette", p["hold"] == "ok" and not chat_da, "hold not announced or not thanked", na=p["hold"] == "none" and not chat_da)
    put("politeness", not p["rude"], "rude / impatient line")
    put("interruption", not p["interrupt"], "agent talks over the customer", na=not voice)
    put("dead-air", not (p["deadair"] or p["hold"] == "unann"), "unannounced silence")
    put("speech-rate", p["rate"] == "ok", f"agent speech rate {p['rate']}", na=not voice)
    put("empathy", p["emp"], "complaint not acknowledged", na=not comp)
    put("resolution", not (p["sideq"] == "nonans" or p["fact_mode"] == "D"), "a question got a non-answer")
    put("first-response", not (p["fr_fail"] and (not voice or S["sla"][0] == 6000)), "first agent word later than SLA")
    put("response-latency", not p["latency"], "customer waited beyond the latency SLA")
    put("fact-accuracy", p["fact_mode"] in "AB", "a fact wrong or never stated")
    put("no-misinformation", p["fact_mode"] in "AD", "a wrong value was stated")
    put("record-reference", p["ref"] and not walk, "no case reference given", na=not r)
    put("survey-offered", p["survey"] and not walk, "no survey invitation", na=not su)
    put("required-info", p["info"], "required info never asked")
    return L, why

def specials():
    out = []
    sc = lambda d, i: MATS[d]["D"]["scen"][i]["id"]
    base = 1780000000000 + 200 * 3600000
    def mk(k, scen, ch, ev, turns, outcome, extra=None):
        o = {"schemaVersion": 1, "contactId": f"h9a-x0{k}", "scenarioId": scen, "runId": RUN, "channel": ch, "startedAt": base + k * 3600000,
             "durationMs": ev[-1]["atMs"] if ev else 0, "events": ev, "turns": turns, "outcome": outcome, "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"}
        if extra: o.update(extra)
        return o
    out.append((mk(1, sc("proc", 0), "voice", [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1500}, {"type": "ended", "atMs": 61500}], [], "no-answer"), "no-answer", "proc"))
    out.append((mk(2, sc("nail", 0), "voice", [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 300}, {"type": "ended", "atMs": 2100}], [], "busy"), "busy", "nail"))
    ivr = "您好，欢迎致电拓星智能手表售后中心。人工服务请按0。"
    out.append((mk(3, sc("watch", 0), "voice", [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1400}, {"type": "answered", "atMs": 6200},
        {"type": "dtmf", "atMs": 14500, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 14900}, {"type": "hangup", "atMs": 135000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 135300}],
        [{"speaker": "ivr", "text": ivr, "startMs": 6500, "endMs": 13000, "confidence": 0.96}, {"speaker": "ivr", "text": "坐席正忙，请耐心等待。", "startMs": 15000, "endMs": 17500, "confidence": 0.95}], "abandoned"), "ivr-abandon", "watch"))
    out.append((mk(4, sc("ktv", 0), "webchat", [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1700}, {"type": "queued", "atMs": 4200}, {"type": "ended", "atMs": 190000}],
        [{"speaker": "customer", "text": "想订周五晚上的包厢。", "startMs": 5000, "endMs": 5000, "confidence": 1.0}, {"speaker": "system", "text": "当前排队人数较多，您前面还有6位。", "startMs": 5200, "endMs": 5200, "confidence": 1.0}], "abandoned"), "chat-abandon", "ktv"))
    out.append((mk(5, sc("farm", 2), "webchat", [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1600}, {"type": "ended", "atMs": 240000}],
        [{"speaker": "bot", "text": "您好，我是青禾湾智能助手小禾，请问想了解什么？", "startMs": 2500, "endMs": 2500, "confidence": 1.0},
         {"speaker": "customer", "text": "草莓采摘多少钱？", "startMs": 12000, "endMs": 12000, "confidence": 1.0},
         {"speaker": "bot", "text": "您可以查看“采摘活动”页面了解详情。", "startMs": 13000, "endMs": 13000, "confidence": 1.0},
         {"speaker": "customer", "text": "转人工", "startMs": 30000, "endMs": 30000, "confidence": 1.0},
         {"speaker": "bot", "text": "正在为您转接人工客服，请稍候。", "startMs": 31000, "endMs": 31000, "confidence": 1.0},
         {"speaker": "customer", "text": "人呢？有人吗", "startMs": 150000, "endMs": 150000, "confidence": 1.0}], "abandoned"), "bot-only", "farm"))
    hf = [{"type": "started", "atMs": 0}, {"type": "ended", "atMs": 30500}]
    out.append((mk(6, sc("water", 0), "webchat", hf, [], "failed", {"failedBy": "harness", "errorCode": "E_SELECTOR_TIMEOUT"}), "harness-failure", "water"))
    out.append((mk(7, sc("proc", 2), "webchat", [{"type": "started", "atMs": 0}, {"type": "ended", "atMs": 4200}], [], "failed", {"failedBy": "harness", "errorCode": "E_BROWSER_CRASHED"}), "harness-failure", "proc"))
    return out

def main():
    write_scenarios()
    plan = make_plan()
    C, Lb = [], []
    for idx, p in enumerate(plan):
        obj, (L, why) = render(p, idx)
        C.append(js(obj)); Lb.append(js({"contactId": obj["contactId"], "domain": p["domain"], "labels": L, "why": why}))
    for obj, kind, dom in specials():
        C.append(js(obj)); Lb.append(js({"contactId": obj["contactId"], "domain": dom, "special": kind, "labels": {k: "na" for k in CHECKS}, "why": {}}))
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh: fh.write("\n".join(C) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh: fh.write("\n".join(Lb) + "\n")

if __name__ == "__main__":
    main()
