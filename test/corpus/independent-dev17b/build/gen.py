"""Generator: writes scenarios/, contacts.jsonl, labels.jsonl from the material and the seeded plan. Deterministic."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import M, DOM, OUT, RUN, SET, words, spoken_chars, scenario, PUNCT
from plan import make_plan, DOMAINS
import rules

PRESS = ["您再帮我看看呗，这个对我挺重要的。", "能不能麻烦您问一下再告诉我？", "您再确认一下行吗？我等着用。"]
FINAL_NOCLOSE = ["好的。", "嗯，好。", "行，我这边记下了。", "好的，那就按这个处理。"]
ACKS = ["好的，我记下了。", "明白，情况我登记了。", "嗯，这个情况我知道了。"]
LATE_OK = ["好的，信息对上了。", "嗯，没问题。", "可以，对得上。"]


CNAMES = ["赵国平", "吴海燕", "周明", "钱晓雯", "黄涛", "郑宏", "林佳慧", "冯晓东", "何静", "孙丽华", "马骁", "邓一帆"]
CN = "零一二三四五六七八九"


def verify_answer(ask, r):
    dg = lambda n: "".join(CN[r.randrange(10)] for _ in range(n))
    if "验证码" in ask:
        return r.choice(["验证码是", "是", "我看下，"]) + dg(6 if "六位" in ask else 4) + "。"
    if "出生" in ask or "生日" in ask:
        return r.choice(["一九八", "一九九", "一九七"]) + CN[r.randrange(10)] + "年" + r.choice(["三", "五", "十", "十二", "七"]) + "月" + r.choice(["二", "九", "十五", "二十一"]) + "号。"
    nm = r.choice(CNAMES)
    if "六位" in ask:
        return nm + "，后六位" + dg(6) + "。"
    if "身份证" in ask or "证件" in ask:
        return nm + "，后四位" + dg(4) + "。"
    return nm + "，尾号" + dg(4) + "。"


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenarios():
    d = os.path.join(OUT, "scenarios")
    os.makedirs(d, exist_ok=True)
    for dom in DOMAINS:
        D = DOM[dom]
        for s in D["scenarios"]:
            f = s["fact"]
            lines = [f"id: {s['id']}", f"title: {yq(s['title'])}",
                     f"description: {yq('独立语料 ' + SET + '，领域 ' + dom + '，机构 ' + D['org'])}",
                     "channel: [voice, webchat]", f"target: {{ phone: {yq(D['phone'])} }}", f"persona: {{ name: {yq('测试来电人')} }}",
                     "locale: zh-CN", "steps:", f"  - say: {yq(s['request'][0])}", f"  - wait: {{ pattern: {yq('您好|你好|请讲')}, timeoutMs: 60000 }}",
                     "  - end: true", "facts:",
                     "  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }" % (
                         f["key"], yq(f["label"]), yq(f["expected"]), json.dumps(f["variants"], ensure_ascii=False),
                         json.dumps(f["wrong"], ensure_ascii=False), json.dumps(f["cues"], ensure_ascii=False)),
                     "requiredInfo:"]
            for it in s["info"]:
                lines.append("  - { key: %s, label: %s, patterns: [%s] }" % (it["key"], yq(it["label"]), yq(it["pattern"])))
            r = s["requires"]
            lines.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
                str(r[k]).lower() for k in ("verification", "reference", "empathy", "survey")))
            lines.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % (
                s["sla"]["firstResponseMs"], s["sla"]["responseLatencyMs"]))
            lines.append(f"tags: [{SET}, {dom}]")
            with open(os.path.join(d, s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")


def build_segments(p, r, D, S):
    """Returns list of segments {sp, parts:[(cat,text)], tag}."""
    org = D["short"]
    sid = str(r.randrange(1000, 9999)) if r.random() < 0.7 else r.choice("ABCKM") + str(r.randrange(100, 999))
    nm = r.choice(M.NAMES)
    ref = r.choice(["GD", "SL", "LS", ""]) + "26" + "".join(str(r.randrange(10)) for _ in range(r.choice([6, 7, 8])))
    fill = lambda t: t.format(org=org, id=sid, nm=nm, ref=ref)
    import re as _re
    bad = "致电|来电|通话|按一|挂机|电话" if p["channel"] == "webchat" else "对话结束后|点一下"
    fit = lambda lst: [x for x in lst if not _re.search(bad, x)]
    pick = lambda lst: fill(r.choice(fit(lst)))
    asr = p["asr"]
    f = S["fact"]

    def val(kind):
        if kind == "ok":
            vals = [f["expected"]] + f["variants"]
        else:
            vals = f["wrong"]
        if asr:
            w = [v for v in vals if not any(ch.isdigit() for ch in v)]
            vals = w or vals
        return r.choice(vals)

    info = S["info"][0]
    ok_here = lambda t: p["scen"] in D["ONLY"].get(t, [p["scen"]])
    segs = []
    A = lambda parts, tag=None: segs.append(dict(sp="agent", parts=parts, tag=tag))
    C = lambda parts, tag=None: segs.append(dict(sp="customer", parts=parts, tag=tag))
    # A1
    a1 = []
    a1_tpl = r.choice(fit(M.GREET if p["greet"] else M.NOGREET))
    a1.append(("GREET" if p["greet"] else None, fill(a1_tpl)))
    if p["aid"] == "a1":
        a1.append(("AID", pick(M.AID)))
    elif r.random() < 0.5:
        a1.append(("NOTID", pick([x for x in M.NOTID if "{org}" not in x or "{org}" not in a1_tpl])))
    if p["greet"]:
        a1.append((None, r.choice(["请问有什么可以帮您？", "请问您要办理什么业务？", "有什么需要帮忙的？", "请问您遇到什么情况了？"])))
    A(a1, "fr")
    # C1
    c1 = []
    if p["sorry"] and not p["complaint"]:
        c1.append((None, r.choice(M.CUST_SORRY)))
    if p["complaint"]:
        c1.append(("COMPLAIN", r.choice([x for x in D["COMPLAIN"] if ok_here(x)])))
    c1.append((None, r.choice(S["request"])))
    if not p["info"]:
        c1.append((None, r.choice(["对了，", "哦对，", ""]) + r.choice(info["answers"])))
    C(c1)
    # where does a forbidden line go
    a6_followa = not p["nonans"] and not p["madegood"]
    fw_line = None
    if p["forbid"]:
        pool = D["RUDE"] if p["rude"] else D["FORBID"]
        cand = [t for t, pos in pool if (a6_followa or pos == "any") and ok_here(t) and (p["complaint"] or "投诉" not in t)]
        fw_line = ("RUDE" if p["rude"] else "FORBID", r.choice(cand))
        fw_where = "a6" if a6_followa else "a2"
    # A2
    pos_tag = lambda pos: "dead" if p["dead"] == pos else "lat" if p["lat"] == pos else "intr" if p["intr"] == pos else None
    a2 = []
    if p["complaint"] and not p["emp_fail"]:
        a2.append(("EMPATHY", r.choice(M.EMPATHY)))
    elif p["complaint"] and r.random() < 0.5:
        a2.append((None, r.choice(["您别急，", "先别急，", "这样，"])))
    if p["aid"] == "a2":
        a2.append(("AID", pick(M.AID)))
    if fw_line and fw_where == "a2":
        a2.append(fw_line)
    if p["lookalike"] and not p["complaint"] and not (fw_line and fw_where == "a2") and r.random() < 0.6:
        a2.append(("LOOKALIKE", pick(M.LOOKALIKE)))
    if p["info"]:
        a2.append(("INFO:" + info["key"], r.choice(info["asks"])))
    else:
        a2.append((None, r.choice(ACKS)))
    A(a2, pos_tag("a2"))
    if p["info"]:
        C([(None, r.choice(info["answers"]))])
    req = S["requires"]
    if req["verification"] and p["verify"] == "pass":
        va = r.choice(D["VERIFY"])
        A([("VERIFY", va)])
        C([(None, verify_answer(va, r))])
    if p["hold"] != "none":
        if p["hold"] != "unann":
            A([(None, r.choice(["好的，", "行，", "嗯，", ""])), ("HOLDANN", r.choice(fit(M.HOLDANN)))])
            if r.random() < 0.6:
                C([(None, r.choice(M.CUST_HOLDOK))])
    a5 = []
    if p["hold"] == "ok" or (p["hold"] == "unann" and r.random() < 0.5):
        a5.append(("HOLDTHANKS", r.choice(M.HOLDTHANKS)))
    a5.append(("DISCLOSE", r.choice(S["disclose"])))
    if p["fact"] != "miss":
        kind = "ok" if p["fact"] == "ok" else "bad"
        a5.append(("FACT_OK" if kind == "ok" else "FACT_BAD", r.choice(S["factlines"]).format(v=val(kind))))
    late = req["verification"] and p["verify"] == "fail-late"
    if late:
        a5.append((None, "另外，"))
        a5.append(("VERIFY", r.choice(D["VERIFY"])))
    A(a5, "hold" if p["hold"] != "none" else None)
    if late:
        C([(None, verify_answer(a5[-1][1], r))])
        A([(None, r.choice(LATE_OK))])
    # C4 + A6
    pre = r.choice(["我还想问一下，", "还有个事儿，", "另外想问问，"]) if (p["channel"] == "voice" or r.random() < 0.5) else ""
    C([(None, pre + r.choice(S["followq"]))], "backch" if p["backch"] else None)
    walk = p["close"] == "na"
    a6 = []
    corr = ("FACT_OK", r.choice(M.CORRECT).format(v=val("ok"))) if p["fact"] == "corr" else None
    tail = []
    if walk:
        if p["ref"] and req["reference"]:
            tail.append(("REF", pick(M.REF)))
        if p["survey"] and req["survey"]:
            tail.append(("SURVEY", pick(M.SURVEY)))
    if fw_line and fw_where == "a6":
        a6.append(fw_line)
    if p["nonans"] or p["madegood"]:
        short = [x for x in D["NONANS"] if len(x) <= 4]
        long_ = [x for x in D["NONANS"] if len(x) > 4]
        alone = not (corr and not p["madegood"]) and not (tail and not p["madegood"])
        a6.append(("NONANS", r.choice(D["NONANS"] if alone else long_)))
    else:
        a6.append(("FOLLOWA", r.choice(S["followa"])))
    if not p["madegood"]:
        if corr: a6.append(corr)
        a6 += tail
    A(a6, pos_tag("a6"))
    if p["madegood"]:
        C([(None, r.choice(PRESS))])
        A([(None, r.choice(["我刚问了同事，", "我帮您查到了，", ""])), ("FOLLOWA", r.choice(S["followa"]))] + ([corr] if corr else []) + tail)
    if walk:
        C([("WALKOUT", r.choice(D["WALKOUT"]))])
        return segs, "customer"
    survey_a8 = p["survey"] and req["survey"] and p["close"] == "pass" and r.random() < 0.5
    a7 = []
    if p["ref"] and req["reference"]:
        a7.append(("REF", pick(M.REF)))
    if p["survey"] and req["survey"] and not survey_a8:
        a7.append(("SURVEY", pick(M.SURVEY)))
    a7.append(("WRAPQ", r.choice(M.WRAPQ)))
    A(a7)
    C([(None, r.choice(M.CUST_END))])
    if p["close"] == "pass":
        A(([("SURVEY", pick(M.SURVEY))] if survey_a8 else []) + [("CLOSE", pick(M.CLOSE))])
        if r.random() < 0.5:
            C([(None, r.choice(M.CUST_BYE))])
            return segs, "customer"
        return segs, r.choice(["agent", "customer"])
    A([(None, r.choice(FINAL_NOCLOSE))])
    return segs, "agent"


def render(parts, r, asr, fillers=True):
    out = []
    for k, (cat, t) in enumerate(parts):
        if asr:
            for a, b in M.HOMOPHONES.items():
                t = t.replace(a, b)
            t = words(t)
            t = "".join((r.choice([" ", "", " "]) if ch in PUNCT else ch) for ch in t)
            if fillers and ((k == 0 and r.random() < 0.4) or (k > 0 and r.random() < 0.2)):
                t = r.choice(M.FILLERS) + r.choice(["", " "]) + t
        out.append(t)
    s = "".join(out)
    return s.strip() if asr else s


def build_contact(p):
    r = random.Random(p["seed"])
    D = DOM[p["domain"]]
    S = D["scenarios"][p["scen"]]
    voice = p["channel"] == "voice"
    # clash rules: interruption never shares a place with a dead-air / latency gap
    if p["intr"] and p["intr"] in (p["dead"], p["lat"]):
        p["intr"] = "a6" if p["intr"] == "a2" else "a2"
    segs, hung = build_segments(p, r, D, S)
    # merge consecutive agent segments without their own gap
    merged = []
    for s in segs:
        if merged and merged[-1]["sp"] == "agent" and s["sp"] == "agent" and s["tag"] is None:
            merged[-1]["parts"] += s["parts"]
        else:
            merged.append(dict(s, parts=list(s["parts"])))
    ags = [s for s in merged if s["sp"] == "agent"]
    if p["aid"] == "fail-late" and len(ags) >= 3:
        ags[2]["parts"].insert(0, (None, "对了，"))
        ags[2]["parts"].insert(1, ("AID", M.AID[r.randrange(len(M.AID))].format(org=D["short"], id=str(r.randrange(1000, 9999)), nm=r.choice(M.NAMES), ref="")))
    sla = S["sla"]
    events = [{"type": "started", "atMs": 0}]
    turns, abstract = [], []
    arate = {"ok": r.uniform(190, 260), "fast": r.uniform(335, 380), "slow": r.uniform(85, 105)}[p["rate"]]
    crate = r.uniform(210, 280)
    conf = (lambda: round(r.uniform(0.6, 0.93), 2)) if p["asr"] else (lambda: round(r.uniform(0.9, 0.99), 2))
    if voice:
        events += [{"type": "dialed", "atMs": 200}]
        ring = r.randint(800, 1500); events.append({"type": "ringing", "atMs": ring})
        ans = ring + r.randint(3000, 9000); events.append({"type": "answered", "atMs": ans})
        if p["ivr"]:
            txt = r.choice(["您好，欢迎致电{o}。人工服务请按零。", "您好，这里是{o}，咨询请按一，人工请按零。", "欢迎致电{o}，您的来电可能会被录音，转人工请按零。"]).format(o=D["org"])
            if p["asr"]: txt = render([(None, txt)], r, True, False)
            st = ans + 400; en = st + int(spoken_chars(txt) * 60000 / 230)
            turns.append({"speaker": "ivr", "text": txt, "startMs": st, "endMs": en, "confidence": conf()})
            dt = en + r.randint(800, 2000)
            events += [{"type": "dtmf", "atMs": dt, "detail": {"digits": "0"}}, {"type": "queued", "atMs": dt + 300}]
            joined = dt + 300 + r.randint(4000, 25000)
        else:
            joined = ans + r.randint(300, 900)
    else:
        pl = r.randint(800, 2000); events.append({"type": "page-loaded", "atMs": pl})
        t0 = pl
        if r.random() < 0.5:
            t0 = pl + r.randint(500, 1500); events.append({"type": "queued", "atMs": t0})
        joined = t0 + r.randint(3000, 40000)
        turns.append({"speaker": "system", "text": "已为您接入人工客服。", "startMs": joined, "endMs": joined, "confidence": 1.0})
    events.append({"type": "agent-joined", "atMs": joined})
    t = joined
    last_sp = None
    hold_pair = None
    prev_c = None
    for s in merged:
        txt = render(s["parts"], r, p["asr"])
        sp = s["sp"]
        if sp == "agent":
            tag = s["tag"]
            if tag == "fr":
                lim = sla["firstResponseMs"]
                gap = lim + r.randint(1500, 4000) if p["fr_fail"] else r.randint(800, min(lim, 8000 if voice else 30000) - 1000)
                start = joined + gap
            else:
                if tag == "dead":
                    gap = r.randint(9000, 11500) if voice else r.randint(32000, 45000)
                elif tag == "lat":
                    gap = sla["responseLatencyMs"] + (r.randint(1200, 2800) if voice else r.randint(1500, 3000))
                elif tag == "hold":
                    gap = r.randint(18000, 50000) if voice else r.randint(35000, 80000)
                elif last_sp == "agent":
                    gap = r.randint(600, 1500) if voice else r.randint(2000, 5000)
                else:
                    gap = r.randint(500, 2500) if voice else r.randint(3000, 9000)
                start = t + gap
                if tag == "intr" and voice:
                    start = prev_c["endMs"] - r.randint(1300, 2600)
                if tag == "hold" and voice and p["hold_events"]:
                    hold_pair = (t + 600, start - 500)
            rate = arate
        else:
            start = t + (r.randint(400, 1600) if voice else r.randint(5000, 14000))
            rate = crate
        end = start + max(400, int(spoken_chars(txt) * 60000 / rate)) if voice else start
        turn = {"speaker": sp, "text": txt, "startMs": start, "endMs": end, "confidence": conf() if voice else 1.0}
        turns.append(turn)
        abstract.append({"sp": sp, "start": start, "end": end, "chars": spoken_chars(txt),
                         "items": [(c_, k) for k, (c_, _) in enumerate(s["parts"]) if c_]})
        if sp == "customer" and s["tag"] == "backch" and voice:
            bt = M.BACKCH[r.randrange(len(M.BACKCH))]
            if p["asr"]:
                bt = render([(None, bt)], r, True, False)
            bs = start + int((end - start) * 0.4)
            turns.append({"speaker": "agent", "text": bt, "startMs": bs, "endMs": bs + 500, "confidence": conf()})
            abstract.append({"sp": "agent", "start": bs, "end": bs + 500, "chars": spoken_chars(bt), "items": [("BACKCH", 0)], "backch": True})
        if sp == "customer":
            prev_c = turn
        t = max(t, end)
        last_sp = sp
    if hold_pair:
        events += [{"type": "hold-start", "atMs": hold_pair[0]}, {"type": "hold-end", "atMs": hold_pair[1]}]
    if voice:
        hu = t + r.randint(300, 1200)
        events.append({"type": "hangup", "atMs": hu, "detail": {"by": hung}})
        endt = hu + 200
    else:
        endt = t + r.randint(2000, 8000)
    events.append({"type": "ended", "atMs": endt})
    if p["nodur"]:
        events.append({"type": "transfer", "atMs": joined - 100})
    events.sort(key=lambda e: e["atMs"])
    order = sorted(range(len(turns)), key=lambda k: turns[k]["startMs"])
    turns = [turns[k] for k in order]
    ab_order = sorted(range(len(abstract)), key=lambda k: abstract[k]["start"])
    abstract = [abstract[k] for k in ab_order]
    cid = "h10b-%s-%02d" % (p["domain"], p["k"] + 1)
    inter = {"schemaVersion": 1, "contactId": cid, "scenarioId": S["id"], "runId": RUN, "channel": p["channel"],
             "startedAt": 1772413200000 + p["i"] * 2_700_000 + r.randint(0, 600_000)}
    if not p["nodur"]:
        inter["durationMs"] = endt
    inter.update(events=events, turns=turns, outcome="completed", transcriptSource="deepgram" if voice else "chat-dom")
    ab = {"channel": p["channel"], "joined": joined, "events": events, "turns": abstract}
    labels, why = rules.derive(ab, {"requires": S["requires"], "sla": sla, "requiredInfo": S["info"]})
    return inter, {"contactId": cid, "domain": p["domain"], "labels": labels, "why": why}


def specials():
    base = 1772413200000 + 160 * 2_700_000
    na = {c: "na" for c in rules.CHECKS}
    out = []
    def add(n, kind, sid, ch, events, turns, outcome, extra=None):
        inter = {"schemaVersion": 1, "contactId": "h10b-x%02d" % n, "scenarioId": sid, "runId": RUN, "channel": ch,
                 "startedAt": base + n * 1_800_000, "durationMs": events[-1]["atMs"], "events": events, "turns": turns,
                 "outcome": outcome, "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"}
        if extra: inter.update(extra)
        out.append((inter, {"contactId": inter["contactId"], "domain": sid.split("-")[1], "labels": dict(na), "why": {}, "special": kind}))
    add(1, "no-answer", "h10b-city-road-damage", "voice", [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 200}, {"type": "ringing", "atMs": 1100}, {"type": "ended", "atMs": 61100}], [], "no-answer")
    add(2, "busy", "h10b-golf-tee-time", "voice", [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 200}, {"type": "ended", "atMs": 2600}], [], "busy")
    add(3, "ivr-abandon-in-queue", "h10b-blood-appointment", "voice",
        [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 200}, {"type": "ringing", "atMs": 1000}, {"type": "answered", "atMs": 5200},
         {"type": "dtmf", "atMs": 12400, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 12700}, {"type": "hangup", "atMs": 95300, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 95500}],
        [{"speaker": "ivr", "text": "您好，欢迎致电青禾市献血服务中心，人工服务请按零。", "startMs": 5600, "endMs": 11200, "confidence": 0.95},
         {"speaker": "ivr", "text": "坐席正忙，请您耐心等待。", "startMs": 13000, "endMs": 15800, "confidence": 0.94}], "abandoned")
    add(4, "chat-abandon-in-queue", "h10b-storage-access", "webchat",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1300}, {"type": "queued", "atMs": 2100}, {"type": "ended", "atMs": 184000}],
        [{"speaker": "system", "text": "正在为您排队，前面还有6位。", "startMs": 2100, "endMs": 2100, "confidence": 1.0},
         {"speaker": "customer", "text": "怎么还没人？", "startMs": 90500, "endMs": 90500, "confidence": 1.0}], "abandoned")
    add(5, "bot-only", "h10b-phone-quote", "webchat",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1200}, {"type": "ended", "atMs": 142000}],
        [{"speaker": "bot", "text": "您好，我是智能助手小旧，请问想了解什么？", "startMs": 1800, "endMs": 1800, "confidence": 1.0},
         {"speaker": "customer", "text": "转人工。", "startMs": 9000, "endMs": 9000, "confidence": 1.0},
         {"speaker": "bot", "text": "正在为您转接人工客服，请稍候。", "startMs": 9600, "endMs": 9600, "confidence": 1.0},
         {"speaker": "customer", "text": "人呢？我要找人工。", "startMs": 78000, "endMs": 78000, "confidence": 1.0},
         {"speaker": "bot", "text": "当前咨询人数较多，建议您留言。", "startMs": 78500, "endMs": 78500, "confidence": 1.0}], "abandoned")
    add(6, "harness-failure", "h10b-museum-group", "webchat", [{"type": "started", "atMs": 0}, {"type": "ended", "atMs": 30000}], [], "failed",
        {"failedBy": "harness", "errorCode": "E_SELECTOR_TIMEOUT"})
    add(7, "harness-failure", "h10b-city-streetlight", "webchat", [{"type": "started", "atMs": 0}, {"type": "ended", "atMs": 4200}], [], "failed",
        {"failedBy": "harness", "errorCode": "E_BROWSER_CRASHED"})
    return out


def main():
    write_scenarios()
    plan = make_plan(lambda i: scenario(i)["requires"])
    C, Lb = [], []
    for p in plan:
        a, b = build_contact(p)
        C.append(a); Lb.append(b)
    for a, b in specials():
        C.append(a); Lb.append(b)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in C: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in Lb: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(C), "contacts")


if __name__ == "__main__":
    main()
