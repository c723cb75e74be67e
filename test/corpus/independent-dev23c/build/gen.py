"""Generator: plan + material -> scenarios/*.yaml, contacts.jsonl, labels.jsonl (byte-identical each run)."""
import json, os, random, re
from common import DOMAINS, MATS, SET, CHECKS, HOMOPHONES, UNANN, speak_len
from plan import make_plan

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIG = dict(zip("0123456789", "零幺二三四五六七八九"))
ACKS = ["明白了，您说的情况我了解了。", "好的，这个我来帮您处理。", "嗯，清楚了。", "了解，我们一项一项来。", "好，我这边记下了。"]
SMALL_REPLY = ["是的，您请说具体什么事。", "没关系，您有什么需要？", "理解理解，您请讲。", "好的，您说。"]
TAILS = ["请问有什么可以帮您？", "您请说。", "请问您要咨询什么？", "请讲。", "有什么能帮到您？"]
BACKCH = ["嗯", "嗯嗯", "对", "好的"]
OKAY = ["好的", "嗯好", "行", "可以"]

STATEMENT = {"ack", "emp_ok", "side_a", "say", "disclose", "ramble_ok", "hesi_ok", "verif_done", "correct"}
GIVE = [("验证码", ["验证码是{d4}", "收到了，{d4}", "{d4}，刚收到的"]), ("姓名", ["{cname}", "名字是{cname}", "{cname}，我本人"]), ("全名", ["{cname}", "全名{cname}"]),
        ("名字", ["{cname}", "登记的是{cname}"]), ("实名", ["实名是{cname}", "{cname}"]), ("出生", ["一九九一年五月{d2}号", "九三年二月{d2}号"]), ("生日", ["生日是七月{d2}号", "十一月{d2}号"]),
        ("邮箱", ["邮箱是 user{d4}@mail.example", "{d4}abc@mail.example"]), ("联系人", ["紧急联系人是我姐姐", "填的是我爱人"]), ("", ["后四位是{d4}", "尾号{d4}", "是{d4}"])]
class Uses:
    """draw lines so that no line is used more than 3 times in the whole set"""
    def __init__(self): self.n = {}
    def take(self, R, key, lines):
        ok = [l for l in lines if self.n.get((key, l), 0) < 3]
        if not ok: raise SystemExit(f"pool exhausted: {key}")
        m = min(self.n.get((key, l), 0) for l in ok)
        l = R.choice([l for l in ok if self.n.get((key, l), 0) == m])
        self.n[(key, l)] = self.n.get((key, l), 0) + 1
        return l
U = Uses()

def fill(t, R, c, dom):
    m = MATS[dom]
    t = t.replace("{org}", m.ORG).replace("{name}", c["agent_name"])
    t = t.replace("{id}", c["staff_id"]).replace("{n}", c["staff_n"])
    t = t.replace("{code}", "".join(R.choice("0123456789") for _ in range(R.randint(10, 12))))
    t = t.replace("{d4}", "".join(R.choice("0123456789") for _ in range(4))).replace("{d2}", str(R.randint(10, 28)))
    if "{ref}" in t:
        c["ref"] = R.choice(["", "GD", "SL"]) + "".join(R.choice("0123456789") for _ in range(R.randint(8, 10)))
        t = t.replace("{ref}", c["ref"])
    return t

def asr(t, R):
    t = "".join(DIG.get(ch, ch) for ch in t)
    for good, bad in HOMOPHONES:
        if good in t and R.random() < 0.5: t = t.replace(good, bad)
    parts = [p for p in re.split(r"[，。！？、：；,.!?:;～]+", t) if p]
    out = []
    for p in parts:
        if R.random() < 0.25: p = R.choice(["呃", "那个", "嗯", "就是"]) + p
        out.append(p)
    sep = R.choice([" ", "", " "])
    return sep.join(out)

def build(c):
    R = random.Random(c["seed"]); dom = c["dom"]; m = MATS[dom]; P = m.P; S = m.SCEN[c["si"]]; L = c["L"]
    c["agent_name"] = R.choice(m.AGENTS); c["cust_name"] = R.choice(m.CUSTOMERS)
    c["staff_id"] = R.choice([str(R.randint(1000, 9999)), R.choice("ABCDKM") + str(R.randint(100, 999))])
    c["staff_n"] = str(R.randint(11, 99))
    take = lambda cat, lines=None: fill(U.take(R, dom + ":" + cat, lines if lines is not None else P[cat]), R, c, dom)
    steps = []  # dict(sp, segs=[(cat,text)], tags=set())
    def A(*segs, **kw): steps.append(dict(sp="agent", segs=list(segs), **kw))
    def C(*segs, **kw): steps.append(dict(sp="customer", segs=list(segs), **kw))
    short = c["target_len"] < 12
    why = {}
    # opener
    g = ("greet_ok", take("greet_ok")) if L["greeting"] == "pass" else ("greet_bad", take("greet_bad"))
    a1 = [g]
    if c["id_mode"] == "t1": a1.append(("id_ok", take("id_ok")))
    if c["id_mode"] == "bare": a1.append(("id_bad", take("id_bad")))
    a1.append(("tail", R.choice([x for x in TAILS if "讲" not in g[1] or "讲" not in x])))
    A(*a1, first=True)
    opener = S["open"][R.randrange(len(S["open"]))]
    vol = []
    if L["required-info"] == "fail": vol = [("vol", fill(R.choice(S["info_give"]), R, c, dom))]
    complaints = 0
    blocks = []
    def complaint_block():
        nonlocal complaints
        complaints += 1
        cc = take("c_complaint")
        C(("c_complaint", cc), tag="complaint")
        if L["empathy"] == "pass": A(("emp_ok", take("emp_ok")), ("ack", R.choice(ACKS)))
        else: A(("emp_bad", take("emp_bad")), tag="empbad")
    if c["opener"] == "smalltalk":
        C(("small", R.choice(P["open_small"]))); A(("ack", R.choice(SMALL_REPLY))); C(("open", opener), *vol)
    elif c["opener"] == "complaint":
        complaints += 1
        C(("c_complaint", take("c_complaint")), ("open", opener), *vol, tag="complaint")
        if L["empathy"] == "pass": A(("emp_ok", take("emp_ok")), ("ack", R.choice(ACKS)))
        else: A(("emp_bad", take("emp_bad")), tag="empbad")
    else:
        C(("open", opener), *vol)
    # blocks
    if L["required-info"] == "pass":
        def info():
            A(("info_ask", take("info_ask", S["info_asks"]))); C(("give", fill(R.choice(S["info_give"]), R, c, dom)))
        blocks.append(("info", info))
    hold_slots = []
    def answer_with_hold(segs, slot):
        """agent answer; if this slot carries the hold, announce / hold / thanks"""
        if slot in hold_slots:
            mode = c["hold_mode"]
            if mode == "unann-dead":
                A(("unann", R.choice(UNANN)), tag="pre-unann")
                A(*segs, tag="after-unann")
            else:
                A(("hold_ann", take("hold_ann")), tag="pre-hold")
                C(("okay", R.choice(OKAY)))
                if mode == "ok": A(("hold_thx", take("hold_thx")), *segs, tag="after-hold")
                else: A(*segs, tag="after-hold-nothx")
        else:
            A(*segs)
    ver = S["req"]["verification"]
    def verif():
        va = take("verif_ask")
        gv = next(g for k, g in GIVE if k in va)
        A(("verif_ask", va), tag="verif"); C(("give", fill(R.choice(gv), R, c, dom).replace("{cname}", c["cust_name"]))); A(("verif_done", take("verif_done")))
    def disc():
        answer_with_hold([("disclose", take("disclose", S["disclose"]))], "disc")
    if ver:
        if c["ver_mode"] == "ok": blocks.append(("verif+disc", lambda: (verif(), disc())))
        elif c["ver_mode"] == "late": blocks.append(("disc+verif", lambda: (disc(), A(("ack", R.choice(ACKS))), verif())))
        else: blocks.append(("disc", disc))
    f = S["fact"]
    fm = c["fact_mode"]
    if fm != "unstated":
        def fact():
            pre = [("c_sorry", R.choice(P["c_sorry"]))] if R.random() < 0.3 else []
            C(*pre, ("fact_ask", R.choice(S["ask"])))
            v = R.choice([f["expected"]] + f["variants"]) if fm == "right" else R.choice(f["wrong"])
            answer_with_hold([("say", take("say", S["say"]).replace("{v}", v))], "fact")
        blocks.append(("fact", fact))
    side_need = L["resolution"] == "fail" or (not short and R.random() < 0.7)
    if side_need:
        def side():
            sp = [x for x in P["side"] if U.n.get((dom + ":side_a", x[1]), 0) < 3]
            q, a = R.choice(sp)
            C(("side_q", q))
            if L["resolution"] == "fail":
                A(("nonans", take("nonans")), tag="nonans"); C(("cn", R.choice(P["c_neutral"])))
            elif R.random() < 0.35:
                A(("nonans", take("nonans"))); C(("press", R.choice(P["c_press"])))
                answer_with_hold([("side_a", take("side_a", [a]))], "side")
            else:
                answer_with_hold([("side_a", take("side_a", [a]))], "side")
        blocks.append(("side", side))
    if L["empathy"] != "na":
        need = (0 if c["opener"] == "complaint" else 1) + (1 if c["double_complaint"] else 0)
        for _ in range(need): blocks.append(("complaint", complaint_block))
    rude_n = (2 if c["double_rude"] else 1) if L["politeness"] == "fail" else (1 if not short and R.random() < 0.4 else 0)
    for _ in range(rude_n):
        def ramble():
            C(("c_ramble", U.take(R, dom + ":c_ramble", P["c_ramble"]) if False else R.choice(P["c_ramble"])), tag="ramble")
            if L["politeness"] == "fail": A(("rude", take("rude")), tag="rude")
            else: A(("ramble_ok", take("ramble_ok")))
        blocks.append(("ramble", ramble))
    jy = L["forbidden-words"] == "fail" and L["politeness"] == "pass"
    if jy or (not short and R.random() < 0.4):
        def hesi():
            C(("c_hesi", R.choice(P["c_hesi"])))
            if jy: A(("jiyu", take("jiyu")), tag="jiyu")
            else: A(("hesi_ok", take("hesi_ok")))
        blocks.append(("hesi", hesi))
    # hold slot
    if c["hold_mode"]:
        opts = (["fact"] if fm != "unstated" else []) + (["disc"] if ver else []) + (["side"] if side_need and L["resolution"] == "pass" else [])
        if not opts:
            # a dedicated look-up about the customer's question
            def look():
                C(("fact_like", R.choice(P["c_press"])) if False else ("cq", "那现在能帮我看下怎么处理吗？"))
                answer_with_hold([("a_neutral", R.choice(P["a_neutral"]))], "look")
            blocks.append(("look", look)); opts = ["look"]
        R.shuffle(opts)
        hold_slots.extend(opts[:2] if c["double_hold"] and len(opts) > 1 else opts[:1])
    R.shuffle(blocks)
    if c["verify_first"]:
        blocks.sort(key=lambda b: 0 if b[0] in ("verif+disc", "info") else 1)
    if fm == "corrected":
        blocks.append(("corr", lambda: A(("correct", take("correct").replace("{v}", R.choice([f["expected"]] + f["variants"]))))))
    for name, fn in blocks:
        if steps[-1]["sp"] == "customer" and name in ("fact", "side", "complaint", "ramble", "hesi", "look"):
            A(("ack", R.choice(ACKS)))
        fn()
        if name == "corr":
            pass
    # padding
    pad = P["a_neutral"][:]; R.shuffle(pad); cpad = P["c_neutral"][:]; R.shuffle(cpad)
    safe = lambda k: steps[k - 1]["sp"] == "agent" and steps[k - 1].get("tag") is None and steps[k]["sp"] == "customer" and not steps[k].get("tag") and steps[k - 1]["segs"][-1][0] in STATEMENT
    while len(steps) + 4 < c["target_len"] and pad:
        cand = [k for k in range(2, len(steps)) if safe(k)]
        if not cand: break
        pos = R.choice(cand)
        steps[pos:pos] = [dict(sp="customer", segs=[("cn", cpad.pop() if cpad else "嗯")]), dict(sp="agent", segs=[("a_neutral", pad.pop())])]
    # end
    tailsegs = []
    if L["record-reference"] == "pass": tailsegs.append(("ref_ok", take("ref_ok")))
    if L["survey-offered"] == "pass": tailsegs.append(("survey_ok", take("survey_ok")))
    if steps[-1]["sp"] == "agent" and not steps[-1].get("tag"):
        steps[-1]["segs"].extend(tailsegs)
    elif tailsegs:
        A(*tailsegs)
    if c["walk"]:
        C(("c_walk", take("c_walk")), tag="walk")
        hang = "customer"
    elif L["closing"] == "pass":
        if R.random() < 0.5:
            C(("bye", R.choice(P["c_bye"]))); A(("close_ok", take("close_ok"))); hang = R.choice(["customer", "agent"])
        else:
            A(("close_ok", take("close_ok"))); C(("bye", R.choice(P["c_bye"]))); hang = "customer"
    else:
        if R.random() < 0.5:
            A(("close_bad", take("close_bad")), tag="closebad"); C(("bye", R.choice(P["c_bye"]))); hang = "customer"
        else:
            A(("close_bad", take("close_bad")), tag="closebad"); C(("cn", R.choice(["没有了", "嗯", "好的"]))); A(("close_bad", take("close_bad")), tag="closebad"); hang = "agent"
    # id in 2nd / 3rd agent turn
    aturns = [s for s in steps if s["sp"] == "agent"]
    if c["id_mode"] == "t2": aturns[1]["segs"].insert(0, ("id_ok", take("id_ok")))
    if c["id_mode"] == "late": aturns[2]["segs"].insert(0, ("id_ok", take("id_ok")))
    return steps, hang

def render(c, steps, hang):
    R = random.Random(c["seed"] + 7); dom = c["dom"]; S = MATS[dom].SCEN[c["si"]]; L = c["L"]
    sla = S["sla"]; voice = c["ch"] == "voice"
    ev = [dict(type="started", atMs=0)]
    turns = []
    if voice:
        t = R.randint(200, 500); ev.append(dict(type="dialed", atMs=t)); t += R.randint(800, 3000); ev.append(dict(type="ringing", atMs=t))
        t += R.randint(2000, 9000); ev.append(dict(type="answered", atMs=t))
        if c["ivr"]:
            txt = f"您好，欢迎致电{MATS[dom].ORG}。业务咨询请按一，人工服务请按零。"
            d = speak_len(txt) * 60000 // 240
            turns.append(dict(speaker="ivr", text=txt, startMs=t + 300, endMs=t + 300 + d, confidence=0.97))
            t += 300 + d + R.randint(1500, 3000); ev.append(dict(type="dtmf", atMs=t, detail=dict(digits="0")))
            t += 500; ev.append(dict(type="queued", atMs=t)); t += R.randint(5000, 60000)
        else:
            t += R.randint(300, 1500)
        ev.append(dict(type="agent-joined", atMs=t))
        arate = R.randint(170, 260) if L["speech-rate"] != "fail" else R.choice([R.randint(340, 390), R.randint(75, 98)])
        crate = R.randint(190, 280)
    else:
        t = 0; t += R.randint(800, 2500); ev.append(dict(type="page-loaded", atMs=t))
        if R.random() < 0.6: t += R.randint(1000, 3000); ev.append(dict(type="queued", atMs=t)); t += R.randint(5000, 90000)
        else: t += R.randint(2000, 6000)
        ev.append(dict(type="agent-joined", atMs=t))
    joined = t
    # choose special timings
    cust_then_agent = [i for i in range(1, len(steps)) if steps[i]["sp"] == "agent" and steps[i - 1]["sp"] == "customer"
                       and not str(steps[i].get("tag", "")).startswith("after") and i + 1 < len(steps)]
    dead_at = lat_at = intr_at = None
    if voice and L["dead-air"] == "fail": dead_at = R.choice(cust_then_agent)
    if not voice and L["response-latency"] == "fail":
        lat_at = R.choice(cust_then_agent)
    if voice and L["interruption"] == "fail":
        longc = [i for i in cust_then_agent if sum(speak_len(x[1]) for x in steps[i - 1]["segs"]) >= 14 and i != dead_at]
        intr_at = R.choice(longc or [i for i in cust_then_agent if i != dead_at])
    nudge = not voice and lat_at is not None and R.random() < 0.4
    conf = lambda: round(R.uniform(0.6, 0.93), 2) if c["asr"] else round(R.uniform(0.9, 0.99), 2)
    prev_end = t; prev_sp = None
    hold_ms = lambda: R.randint(18000, 45000) if voice else R.randint(35000, 80000)
    recs = []
    for i, s in enumerate(steps):
        text = "".join(x[1] if re.search(r"[，。！？～]$", x[1]) else x[1] + "，" for x in s["segs"])
        text = re.sub(r"，$", "。", text)
        if voice and c["asr"]: text = asr(text, R)
        sp = s["sp"]
        if i == 0:
            if not voice and L["first-response"] == "fail": gap = R.randint(sla["firstResponseMs"] + 1500, 28500)
            else: gap = R.randint(800, min(5000, sla["firstResponseMs"] - 1000))
        elif sp == "agent":
            tag = s.get("tag", "")
            if tag in ("after-hold", "after-hold-nothx") or tag == "after-unann":
                gap = hold_ms() if tag != "after-unann" else R.randint(32000, 50000)
                if tag.startswith("after-hold") and (voice or R.random() < 0.5) and R.random() < 0.7:
                    ev.append(dict(type="hold-start", atMs=prev_end + 400)); ev.append(dict(type="hold-end", atMs=prev_end + gap - 400))
            elif i == dead_at: gap = R.randint(8500, 11500)
            elif i == lat_at: gap = R.randint(sla["responseLatencyMs"] + 2000, 29000)
            elif prev_sp == "agent": gap = R.randint(300, 1500) if voice else R.randint(1500, 6000)
            else: gap = R.randint(500, 2200) if voice else R.randint(2500, min(9000, sla["responseLatencyMs"] - 2500))
        else:
            gap = R.randint(400, 2500) if voice else R.randint(4000, 20000)
            if voice and R.random() < 0.08: gap = R.randint(8500, 11000)  # the customer's own pause after the agent spoke
        if not voice and i == lat_at and nudge:
            nt = prev_end + R.randint(9000, 14000)
            recs.append(dict(speaker="customer", text="在吗？", startMs=nt, endMs=nt, confidence=1.0))
        start = prev_end + gap
        if voice:
            rate = arate if sp == "agent" else crate
            dur = max(600, speak_len(text) * 60000 // rate)
            if sp == "customer" and i + 1 == intr_at: dur = max(dur, 3000)
            if i == intr_at: start = prev_end - R.randint(1200, 2200)
            elif sp == "agent" and prev_sp == "customer" and R.random() < 0.1 and i not in (dead_at,) and not s.get("tag"): start = prev_end - R.randint(150, 600)
            end = start + dur
            recs.append(dict(speaker=sp, text=text, startMs=start, endMs=end, confidence=conf()))
            if sp == "customer" and dur > 3500 and R.random() < 0.3 and i + 1 != intr_at:
                bs = start + dur // 3
                recs.append(dict(speaker="agent", text=R.choice(BACKCH), startMs=bs, endMs=bs + 400, confidence=conf(), _bc=True))
        else:
            end = start
            recs.append(dict(speaker=sp, text=text, startMs=start, endMs=end, confidence=1.0))
        prev_end = max(end, prev_end) if voice else end; prev_sp = sp
    t = prev_end + R.randint(500, 2000)
    ev.append(dict(type="hangup", atMs=t, detail=dict(by=hang)) if voice else dict(type="ended", atMs=t))
    if voice: ev.append(dict(type="ended", atMs=t + 200))
    for r in recs: r.pop("_bc", None)
    turns += recs
    ev.sort(key=lambda e: e["atMs"])
    return ev, turns, t + 200, joined

def main():
    plan = make_plan()
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMAINS:
        m = MATS[d]
        for k, s in enumerate(m.SCEN):
            f = s["fact"]; q = lambda x: json.dumps(x, ensure_ascii=False)
            y = [f"id: {s['id']}", f"title: {q(s['title'])}", f"description: {q('独立语料 ' + SET + '，领域 ' + d + '，机构 ' + m.ORG)}",
                 "channel: [voice, webchat]", f"target: {{ phone: \"+86400{600 + DOMAINS.index(d)}{k}{k}{k}{k}\" }}",
                 f"persona: {{ name: {q(m.CUSTOMERS[k])} }}", "locale: zh-CN", "steps:",
                 f"  - say: {q(s['open'][0])}", f"  - wait: {{ pattern: {q('.')}, timeoutMs: 60000 }}", f"  - say: {q(s['ask'][0])}",
                 f"  - wait: {{ pattern: {q('.')}, timeoutMs: 60000 }}", "  - end: true", "facts:",
                 f"  - {{ key: {f['key']}, label: {q(f['label'])}, expected: {q(f['expected'])}, variants: {q(f['variants'])}, wrong: {q(f['wrong'])}, cues: {q(f['cues'])} }}",
                 "requiredInfo:", f"  - {{ key: {s['info']['key']}, label: {q(s['info']['label'])}, patterns: [{q(s['info']['pattern'])}] }}",
                 "requires: { " + ", ".join(f"{k2}: {'true' if v else 'false'}" for k2, v in s["req"].items()) + " }",
                 f"sla: {{ firstResponseMs: {s['sla']['firstResponseMs']}, responseLatencyMs: {s['sla']['responseLatencyMs']}, handleTimeMs: 900000 }}",
                 f"tags: [{SET}, {d}]", ""]
            open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w").write("\n".join(y))
    contacts, labels = [], []
    base = 1796000000000
    from whyx import reasons
    for n, c in enumerate(plan):
        steps, hang = build(c)
        ev, turns, dur, joined = render(c, steps, hang)
        o = dict(schemaVersion=1, contactId=c["cid"], scenarioId=c["sid"], runId="dev23c", channel=c["ch"], startedAt=base + n * 3600000)
        if not c["noduration"]: o["durationMs"] = dur
        else: ev.insert(len(ev) - 1, dict(type="transfer", atMs=ev[-1]["atMs"] - 100))
        o.update(events=ev, turns=turns, outcome="completed", transcriptSource="deepgram" if c["ch"] == "voice" else "chat-dom")
        contacts.append(o)
        lab = dict(contactId=c["cid"], domain=c["dom"], labels={k: c["L"][k] for k in CHECKS})
        lab["why"] = reasons(c, o)
        labels.append(lab)
    specials = [("no-answer", "voice", dict(outcome="no-answer")), ("busy", "voice", dict(outcome="busy")),
                ("ivr-abandon", "voice", dict(outcome="abandoned")), ("chat-abandon", "webchat", dict(outcome="abandoned")),
                ("bot-only", "webchat", dict(outcome="completed")), ("harness-timeout", "voice", dict(outcome="failed", failedBy="harness", errorCode="E_SELECTOR_TIMEOUT")),
                ("harness-crash", "webchat", dict(outcome="failed", failedBy="harness", errorCode="E_BROWSER_CRASHED"))]
    for k, (kind, ch, extra) in enumerate(specials):
        d = DOMAINS[k % 6]; s = MATS[d].SCEN[k % 3]; org = MATS[d].ORG
        o = dict(schemaVersion=1, contactId=f"h16c-x{k+1:02d}", scenarioId=s["id"], runId="dev23c", channel=ch, startedAt=base + (200 + k) * 3600000)
        if kind == "no-answer": ev = [dict(type="started", atMs=0), dict(type="dialed", atMs=300), dict(type="ringing", atMs=1500), dict(type="ended", atMs=61500)]; tu = []
        elif kind == "busy": ev = [dict(type="started", atMs=0), dict(type="dialed", atMs=300), dict(type="ended", atMs=2100)]; tu = []
        elif kind == "ivr-abandon":
            ev = [dict(type="started", atMs=0), dict(type="dialed", atMs=300), dict(type="ringing", atMs=1400), dict(type="answered", atMs=6000),
                  dict(type="dtmf", atMs=14000, detail=dict(digits="0")), dict(type="queued", atMs=14500), dict(type="hangup", atMs=190000, detail=dict(by="customer")), dict(type="ended", atMs=190200)]
            tu = [dict(speaker="ivr", text=f"您好，欢迎致电{org}，人工服务请按零。", startMs=6200, endMs=11000, confidence=0.96),
                  dict(speaker="ivr", text="坐席正忙，请您耐心等待。", startMs=15000, endMs=18000, confidence=0.95)]
        elif kind == "chat-abandon":
            ev = [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1500), dict(type="queued", atMs=3000), dict(type="ended", atMs=240000)]
            tu = [dict(speaker="system", text="当前排队人数较多，请稍候。", startMs=3000, endMs=3000, confidence=1.0),
                  dict(speaker="customer", text="还要等多久？", startMs=120000, endMs=120000, confidence=1.0)]
        elif kind == "bot-only":
            ev = [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1200), dict(type="ended", atMs=300000)]
            tu = [dict(speaker="bot", text=f"您好，我是{org}智能助手，请描述您的问题。", startMs=2000, endMs=2000, confidence=1.0),
                  dict(speaker="customer", text="转人工", startMs=15000, endMs=15000, confidence=1.0),
                  dict(speaker="bot", text="正在为您转接人工客服，请稍候。", startMs=16000, endMs=16000, confidence=1.0),
                  dict(speaker="customer", text="人呢？我要找真人", startMs=200000, endMs=200000, confidence=1.0)]
        else: ev = []; tu = []
        o.update(dict(durationMs=ev[-1]["atMs"]) if ev else {})
        o.update(events=ev, turns=tu, transcriptSource="deepgram" if ch == "voice" else "chat-dom")
        o.update(extra)
        contacts.append(o)
        labels.append(dict(contactId=o["contactId"], domain=d, special=kind, labels={k2: "na" for k2 in CHECKS}, why={}))
    with open(os.path.join(OUT, "contacts.jsonl"), "w") as fh:
        for o in contacts: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w") as fh:
        for o in labels: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(contacts), "contacts")

if __name__ == "__main__":
    main()
