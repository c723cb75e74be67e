"""Generator: writes scenarios/, contacts.jsonl, labels.jsonl. Byte-identical on every run."""
import json, os, random, re
from common import *
from plan import make_plan

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE_T = 1796000000000
GENERIC = r"打了|曝光|12315|投诉|领导|经理|院长|店长|服务|过不下去"
FIT = {"h10a-hotline-handling": r"联系|处理|回复|接线员", "h10a-moving-damage": r"磕|划|餐桌|衣柜", "h10a-moving-late": r"八点|十点",
       "h10a-moving-quote": r"报价|加钱", "h10a-dental-booking": r"等一个多小时|洗牙", "h10a-dental-implant": r"种植",
       "h10a-dental-pain": r"拔完牙", "h10a-confinement-nurse": r"护士", "h10a-confinement-deposit": r"退|推三阻四",
       "h10a-cinema-seat": r"座", "h10a-cinema-refund": r"退票", "h10a-cinema-balance": r"卡里", "h10a-furniture-delay": r"交货",
       "h10a-furniture-defect": r"柜门|怪味", "h10a-furniture-measure": r"量尺"}

def q(s):
    return json.dumps(s, ensure_ascii=False)

def write_scenarios(M):
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMAINS:
        for s in M[d]["scen"]:
            f, i = s["fact"], s["info"]
            y = [f"id: {s['id']}", f"title: {q(s['title'])}", f"description: {q(f'独立语料 {SET}，领域 {d}，机构 ' + M[d]['org'])}",
                 "channel: [voice, webchat]", f"target: {{ phone: {q(s['phone'])} }}", f"persona: {{ name: {q(s['persona'])} }}", "locale: zh-CN",
                 "steps:", f"  - say: {q(s['request'][0])}", f"  - wait: {{ pattern: {q(f['cues'][0])}, timeoutMs: 60000 }}", "  - end: true",
                 "facts:",
                 f"  - {{ key: {f['key']}, label: {q(f['label'])}, expected: {q(f['expected'])}, variants: {q(f['variants'])}, wrong: {q(f['wrong'])}, cues: {q(f['cues'])} }}",
                 "requiredInfo:", f"  - {{ key: {i['key']}, label: {q(i['label'])}, patterns: [{q(i['pattern'])}] }}",
                 "requires: { " + ", ".join(f"{k}: {str(v).lower()}" for k, v in s["reqs"].items()) + " }",
                 f"sla: {{ firstResponseMs: {s['sla'][0]}, responseLatencyMs: {s['sla'][1]}, handleTimeMs: 900000 }}",
                 f"tags: [{SET}, {d}]"]
            open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w").write("\n".join(y) + "\n")

def code_words(c):
    return "".join(DIGW[int(ch)] if ch.isdigit() else ch for ch in c)

class C:
    def __init__(s, p, M):
        s.p, s.D = p, M[p["domain"]]
        s.S = s.D["scen"][p["si"]]
        s.r = random.Random(p["seed"])
        s.voice = p["channel"] == "voice"
        s.asr = bool(p.get("asr"))
        s.turns, s.events = [], []
        s.t = 0
        s.homo = [h for h in HOMO if s.r.random() < 0.7] if s.asr else []
        s.arate = {"fast": s.r.uniform(360, 400), "slow": s.r.uniform(85, 100)}.get(p.get("rate"), s.r.uniform(200, 265))
        s.crate = s.r.uniform(200, 260)

    def pick(s, xs):
        return s.r.choice(xs)

    def code(s, c):
        return code_words(c) if s.asr else c

    def asrify(s, text, first=False):
        if not s.asr:
            return text
        parts = [x for x in re.split(r"[，。？！、；：]", text) if x]
        out = []
        for n, x in enumerate(parts):
            if not (first and n == 0) and s.r.random() < 0.3:
                x = s.pick(["呃", "那个", "嗯", "就是", "这个"]) + " " + x
            out.append(x)
        t = (" " if s.r.random() < 0.6 else "").join(out)
        for a, b in s.homo:
            t = t.replace(a, b)
        return t

    def dur(s, text, spk):
        rate = s.arate if spk == "agent" else (240 if spk == "ivr" else s.crate)
        return int(len(spoken(text)) / rate * 60000)

    def say(s, spk, text, gap, first=False):
        if s.voice:
            text = s.asrify(text, first)
        st = s.t + int(gap)
        if s.voice:
            en = st + max(s.dur(text, spk), 300)
            conf = round(s.r.uniform(0.6, 0.93), 2) if s.asr else round(s.r.uniform(0.9, 0.99), 2)
        else:
            en, conf = st, 1.0
        s.turns.append(dict(speaker=spk, text=text, startMs=st, endMs=en, confidence=conf))
        s.t = en
        return s.turns[-1]

    def ev(s, typ, at, detail=None):
        e = {"type": typ, "atMs": int(at)}
        if detail: e["detail"] = detail
        s.events.append(e)

    # gaps
    def ag(s):  # agent reply gap
        return s.r.randint(500, 2200) if s.voice else s.r.randint(3000, 9000)
    def cg(s):
        return s.r.randint(400, 1800) if s.voice else s.r.randint(4000, 14000)

def build(p, M):
    c = C(p, M); D, S, r = c.D, c.S, c.r
    L = {k: "pass" for k in CHECKS}; why = {}
    def fail(k, w):
        L[k] = "fail"; why.setdefault(k, w)
    voice = c.voice
    if not voice:
        for k in ("interruption", "speech-rate"): L[k] = "na"
    # --- connect
    c.ev("started", 0)
    if voice:
        c.ev("dialed", 150); c.ev("ringing", 900); ans = r.randint(4000, 8000); c.ev("answered", ans); c.t = ans
        if p.get("ivr"):
            c.say("ivr", D["ivr"][0], 300); c.ev("dtmf", c.t + 1200, {"digits": "0"}); c.t += 1500
            c.ev("queued", c.t); c.say("ivr", D["ivr"][1], 200); c.t += r.randint(3000, 30000)
        else:
            c.t += r.randint(200, 800)
    else:
        c.ev("page-loaded", 1400); c.t = 1400
        if r.random() < 0.6:
            c.ev("queued", 2500); c.t = 2500 + r.randint(3000, 40000)
        else:
            c.t = 2600
    joined = c.t; c.ev("agent-joined", joined)
    fr_sla, lat_sla = S["sla"]
    if p.get("fr_fail"):
        g = r.randint(fr_sla + 1000, 7800) if voice else r.randint(max(fr_sla + 2000, 12000), 27000)
        fail("first-response", f"first agent word {g} ms after joining (sla {fr_sla})")
    else:
        g = r.randint(800, min(2500, fr_sla - 1000)) if voice else r.randint(2000, min(5500, fr_sla - 500))
    c.t = joined
    # --- A1 opener
    idline = c.pick(D["ids"]).replace("{sid}", c.code(str(r.randint(1000, 9899))))
    a1 = c.pick(D["nogreet"] if p.get("greet_fail") else D["greet"])
    if p.get("greet_fail"): fail("greeting", "agent's first turn opens without a greeting")
    if p["id_mode"] == "pos1": a1 += idline
    elif p["id_mode"] == "none" and r.random() < 0.6: a1 += c.pick(D["noid"])
    a1 += c.pick(D["offer"])
    c.say("agent", a1, g, first=True)
    if p["id_mode"] == "late": fail("agent-id", "agent names itself only in its third turn")
    if p["id_mode"] == "none": fail("agent-id", "no staff id or named self-introduction")
    # --- C1 request
    c.say("customer", c.pick(S["request"]), c.cg())
    pre = ""
    if p.get("lat_fail"):
        if voice:
            c.say("customer", NUDGE_V[0], 7000); c.say("customer", NUDGE_V[1], 7100); gap = 6600
        else:
            c.say("customer", c.pick(NUDGE_C), 14000); gap = 12500
        pre = c.pick(AFTER_NUDGE)
        fail("response-latency", "request left unanswered past the sla while the customer nudged")
    else:
        gap = c.ag()
    # --- A2 info ask
    info = S["info"]
    a2 = pre
    if p["id_mode"] == "pos2": a2 += idline
    if p.get("info_fail"):
        a2 += c.pick(NOINFO); fail("required-info", f"agent never asked for {info['key']}")
    else:
        a2 += c.pick(info["asks"])
    c.say("agent", a2, gap)
    # C2
    if p.get("info_fail"):
        c2 = c.pick(info["answers"]) if r.random() < 0.5 else c.pick(CUST_OK)
    else:
        c2 = c.pick(info["answers"])
    if r.random() < 0.25: c2 = c.pick(D["cust_apology"]) + c2
    c.say("customer", c2, c.cg())
    dgap = None
    if p.get("dead_air"):
        dgap = r.randint(9000, 11000); fail("dead-air", f"{dgap} ms silence after the customer's answer")
    nxt_gap = dgap if dgap else c.ag()
    # --- verification / hold / fact
    late_id = p["id_mode"] == "late"
    def with_id(txt):
        nonlocal late_id
        if late_id:
            late_id = False
            return idline + txt
        return txt
    req = S["reqs"]
    vmode = p.get("verif", "ok") if req["verification"] else None
    if not req["verification"]: L["verification"] = "na"
    lead = ""
    if vmode == "ok":
        c.say("agent", with_id(c.pick(D["verify"])), nxt_gap); nxt_gap = None
        c.say("customer", c.pick(D["verify_ans"]), c.cg())
        lead = c.pick(D["verify_ok"])
    elif vmode == "none":
        fail("verification", "record disclosed with no identity check")
    elif vmode == "late":
        fail("verification", "identity check only after the record was disclosed")
    hmode = p.get("hold")
    f = S["fact"]
    fm = p.get("fact", "ok")
    def val(ok=True):
        if not ok: return c.pick(f["wrong"])
        vs = [f["expected"]] + f["variants"]
        if voice and c.asr: vs = [v for v in vs if not re.search(r"[0-9]", v)]
        return c.pick(vs)
    fact_txt = c.pick(f["stmts"]).replace("{v}", val(fm == "ok"))
    if fm == "wrong":
        fail("fact-accuracy", f"{f['key']} last stated wrong"); fail("no-misinformation", f"wrong {f['key']} stated")
    elif fm == "corrected":
        fail("no-misinformation", f"wrong {f['key']} stated before the correction")
    tail = ""
    if p.get("rude"):
        tail = c.pick(D["rude"]); fail("politeness", "rude line to the customer"); fail("forbidden-words", "rude 忌语 line")
    elif p.get("forbid"):
        tail = c.pick(D["forbid"]); fail("forbidden-words", "服务忌语 (buck-passing / indifference / told-you)")
    if hmode is None:
        L["hold-etiquette"] = "na"
        g = nxt_gap if nxt_gap else c.ag()
        c.say("agent", with_id(lead + fact_txt + tail), g)
    elif hmode in ("ok", "nothx"):
        g = nxt_gap if nxt_gap else c.ag()
        c.say("agent", with_id(lead + c.pick(D["hold_ann"])), g)
        c.say("customer", c.pick(CUST_OK), c.cg())
        hg = r.randint(18000, 40000) if voice else r.randint(35000, 60000)
        if p.get("hold_events"):
            c.ev("hold-start", c.t + 600); c.ev("hold-end", c.t + hg - 500)
        thx = c.pick(D["hold_thx"]) if hmode == "ok" else ""
        if hmode == "nothx": fail("hold-etiquette", "no thanks after the hold")
        c.say("agent", with_id(thx + fact_txt + tail), hg)
    else:  # unannounced hold
        g = nxt_gap if nxt_gap else c.ag()
        c.say("agent", with_id(lead or c.pick(ACK)), g)
        hg = r.randint(17000, 30000) if voice else r.randint(34000, 50000)
        thx = c.pick(D["hold_thx"]) if r.random() < 0.5 else ""
        c.say("agent", with_id(thx + fact_txt + tail), hg)
        fail("hold-etiquette", "silent hold not announced"); fail("dead-air", f"unannounced silence of {hg} ms")
    if vmode == "late":
        c.say("customer", c.pick(CUST_OK), c.cg())
        c.say("agent", "对了，" + c.pick(D["verify"]), c.ag())
        c.say("customer", c.pick(D["verify_ans"]), c.cg())
        c.say("agent", c.pick(D["verify_ok"]) + "那就按刚才说的办。", c.ag())
    # --- complaint
    if S["reqs"]["empathy"] or p.get("complaint"):
        pass
    if p.get("complaint"):
        pool = [l for l in D["complaint"] if re.search(GENERIC, l) or re.search(FIT.get(S["id"], "^$"), l)]
        ct = c.say("customer", c.pick(pool), c.cg())
        if voice and r.random() < 0.4:
            st = ct["startMs"] + int((ct["endMs"] - ct["startMs"]) * 0.45)
            c.turns.append(dict(speaker="agent", text=c.pick(BACKCH), startMs=st, endMs=st + 350, confidence=0.8 if c.asr else 0.95))
        if p.get("emp_fail"):
            resp = c.pick(D["procedure"]); fail("empathy", "complaint met with procedure only")
            if r.random() < 0.3: resp = c.pick(["您先别着急，", "您别急，"]) + resp
        else:
            resp = c.pick(D["empathy"]) + c.pick(D["procedure"])
        c.say("agent", resp, c.ag())
        sq, sa = c.pick(D["sideqa"])
        c.say("customer", c.pick(["那我再问一下，", "另外想问问，", "还有啊，我想知道"]) + sq, c.cg())
    else:
        if not S["reqs"]["empathy"]: L["empathy"] = "na"
        sq, sa = c.pick(D["sideqa"])
        c.say("customer", "好的，那" + sq, c.cg())
    # --- side question
    if p.get("res_fail"):
        sa_txt = c.pick(D["nonanswer"]); fail("resolution", "customer's question got a non-answer")
    else:
        sa_txt = sa + (c.pick(D["lookalike"]) if r.random() < 0.5 else "")
    if p.get("interrupt"):
        last = c.turns[-1]
        ov = min(r.randint(1300, 1900), last["endMs"] - last["startMs"] - 400)
        c.t = last["endMs"]; c.say("agent", sa_txt, -ov)
        fail("interruption", f"agent took the floor {ov} ms before the customer finished")
    else:
        c.say("agent", sa_txt, c.ag())
    # --- end
    if p.get("walkout"):
        c.say("customer", c.pick(D["walkout"]), c.cg())
        L["closing"] = "na"
        if fm == "corrected": fail("fact-accuracy", f"customer left before the wrong {f['key']} was corrected")
        if req["reference"]: fail("record-reference", "customer left before any reference was given")
        if req["survey"]: fail("survey-offered", "customer left before any survey invitation")
        by = "customer"
    else:
        c.say("customer", c.pick(CUST_OK), c.cg())
        w = ""
        if fm == "corrected": w += "另外，" + c.pick(D["correct"]).replace("{v}", val(True))
        if req["reference"]:
            if p.get("ref_fail"): fail("record-reference", "no case reference given")
            else: w += c.pick(D["ref"]).replace("{ref}", c.code(c.pick(["GD", "SL", ""]) + str(r.randint(10 ** 7, 10 ** 8 - 1))))
        if req["survey"]:
            if p.get("survey_fail"): fail("survey-offered", "no evaluation invited")
            else: w += c.pick(D["survey"])
        if r.random() < 0.4 and not p.get("res_fail") is False: w += c.pick(D["lookalike"]) if r.random() < 0.3 else ""
        c.say("agent", w + c.pick(D["wrap"]), c.ag())
        c.say("customer", c.pick(CUST_NO), c.cg())
        if p.get("close_fail"):
            c.say("agent", c.pick(D["wrapstmt"]), c.ag()); fail("closing", "agent's last two turns carry no 结束语")
            c.say("customer", c.pick(CUST_END_BARE), c.cg())
        else:
            c.say("agent", c.pick(D["close"]), c.ag())
            c.say("customer", c.pick(CUST_BYE), c.cg())
        by = "customer"
    if not req["reference"]: L["record-reference"] = "na"
    if not req["survey"]: L["survey-offered"] = "na"
    if p.get("rate"): fail("speech-rate", f"agent speaks at about {int(c.arate)} chars/min")
    end = c.t + r.randint(500, 1500)
    if voice: c.ev("hangup", end, {"by": by})
    if p.get("nodur"): c.ev("transfer", end - 200)
    c.ev("ended", end + 200)
    c.events.sort(key=lambda e: e["atMs"])
    c.turns.sort(key=lambda t: t["startMs"])
    it = {"schemaVersion": 1, "contactId": p["cid"], "scenarioId": S["id"], "runId": RUN, "channel": p["channel"],
          "startedAt": BASE_T + p["k"] * 3_600_000}
    if not p.get("nodur"): it["durationMs"] = end + 200
    it.update({"events": c.events, "turns": c.turns, "outcome": "completed", "transcriptSource": "deepgram" if voice else "chat-dom"})
    lab = {"contactId": p["cid"], "domain": p["domain"], "labels": L, "why": {k: v for k, v in why.items() if L[k] == "fail"}}
    return it, lab

SPECIALS = [
    ("x01", "hotline", "voice", "no-answer"), ("x02", "moving", "voice", "busy"), ("x03", "dental", "voice", "ivr-abandon"),
    ("x04", "confinement", "webchat", "chat-queue-abandon"), ("x05", "cinema", "webchat", "bot-only"),
    ("x06", "furniture", "voice", "E_SELECTOR_TIMEOUT"), ("x07", "hotline", "webchat", "E_BROWSER_CRASHED")]

def special(n, d, ch, kind, M):
    D = M[d]; S = D["scen"][0]
    it = {"schemaVersion": 1, "contactId": f"h10a-{n}", "scenarioId": S["id"], "runId": RUN, "channel": ch,
          "startedAt": BASE_T + (200 + int(n[1:])) * 3_600_000}
    ev, turns = [{"type": "started", "atMs": 0}], []
    if kind == "no-answer":
        ev += [{"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 900}, {"type": "ended", "atMs": 60900}]; out = "no-answer"
    elif kind == "busy":
        ev += [{"type": "dialed", "atMs": 150}, {"type": "ended", "atMs": 1800}]; out = "busy"
    elif kind == "ivr-abandon":
        ev += [{"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 900}, {"type": "answered", "atMs": 5200}]
        turns.append(dict(speaker="ivr", text=D["ivr"][0], startMs=5500, endMs=13500, confidence=0.95))
        ev += [{"type": "dtmf", "atMs": 14500, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 15000}]
        turns.append(dict(speaker="ivr", text=D["ivr"][1], startMs=15200, endMs=17600, confidence=0.95))
        ev += [{"type": "hangup", "atMs": 95000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 95200}]; out = "abandoned"
    elif kind == "chat-queue-abandon":
        ev += [{"type": "page-loaded", "atMs": 1400}, {"type": "queued", "atMs": 2500}, {"type": "ended", "atMs": 182500}]
        turns.append(dict(speaker="system", text="当前排队人数较多，您前面还有6位，请耐心等待。", startMs=2600, endMs=2600, confidence=1.0))
        turns.append(dict(speaker="customer", text="还要等多久啊？", startMs=95000, endMs=95000, confidence=1.0))
        out = "abandoned"
    elif kind == "bot-only":
        ev += [{"type": "page-loaded", "atMs": 1400}]
        turns += [dict(speaker="bot", text="您好，我是星幕智能助手小星，请问有什么可以帮您？", startMs=2000, endMs=2000, confidence=1.0),
                  dict(speaker="customer", text="我要转人工。", startMs=9000, endMs=9000, confidence=1.0),
                  dict(speaker="bot", text="您可以描述一下遇到的问题，我来为您解答哦。", startMs=10000, endMs=10000, confidence=1.0),
                  dict(speaker="customer", text="人工客服！", startMs=18000, endMs=18000, confidence=1.0),
                  dict(speaker="bot", text="正在为您转接人工，请稍候。", startMs=19000, endMs=19000, confidence=1.0)]
        ev += [{"type": "queued", "atMs": 19100}, {"type": "ended", "atMs": 200000}]; out = "abandoned"
    if kind.startswith("E_"):
        it.update({"durationMs": 30000 if kind == "E_SELECTOR_TIMEOUT" else 4200, "events": [{"type": "started", "atMs": 0}], "turns": [],
                   "outcome": "failed", "failedBy": "harness", "errorCode": kind, "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"})
    else:
        it.update({"durationMs": ev[-1]["atMs"], "events": ev, "turns": turns, "outcome": out, "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"})
    lab = {"contactId": it["contactId"], "domain": d, "special": kind, "labels": {k: "na" for k in CHECKS}, "why": {}}
    return it, lab

def main():
    M = mats()
    write_scenarios(M)
    P = make_plan()
    cs, ls = [], []
    for p in P:
        it, lab = build(p, M); cs.append(it); ls.append(lab)
    for sp in SPECIALS:
        it, lab = special(*sp, M); cs.append(it); ls.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w") as f:
        for it in cs: f.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        for l in ls: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(cs)} contacts")

if __name__ == "__main__":
    main()
