"""Generator: python3 build/gen.py -> scenarios/, contacts.jsonl, labels.jsonl (byte-identical each run)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mat_common as C
from plan import make_plan, DOMS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIG = dict(zip("0123456789", "零幺二三四五六七八九"))
PUNCT = re.compile(r"[，。？！、；：,.?!‘’~～ ]")

def nchars(t): return len(PUNCT.sub("", t))

class Use:
    def __init__(s, rng): s.rng, s.n = rng, {}
    def pick(s, cat, items):
        best = min(s.n.get((cat, x), 0) for x in items)
        cands = [x for x in items if s.n.get((cat, x), 0) == best]
        x = s.rng.choice(cands)
        s.n[(cat, x)] = s.n.get((cat, x), 0) + 1
        return x

def yaml_scen(d, sc):
    f, inf = sc["fact"], sc["info"]
    q = lambda s: json.dumps(s, ensure_ascii=False)
    L = [f"id: {sc['id']}", f"title: {q(sc['title'])}", f"description: {q('独立语料 independent-dev22b，领域 ' + d['key'] + '，机构 ' + d['org'])}",
         "channel: [voice, webchat]", 'target: { phone: "+86571555' + str(DOMS.index(d)) + str(d['scen'].index(sc)) + '417" }',
         f"persona: {{ name: {q(d['pnames'][0])} }}", "locale: zh-CN", "steps:", f"  - say: {q(sc['say'][0])}",
         f"  - wait: {{ pattern: {q(f['cues'][0])}, timeoutMs: 60000 }}", "  - end: true", "facts:",
         f"  - {{ key: {f['key']}, label: {q(f['label'])}, expected: {q(f['expected'])}, variants: {q(f['variants'])}, wrong: {q(f['wrong'])}, cues: {q(f['cues'])} }}",
         "requiredInfo:", f"  - {{ key: {inf['key']}, label: {q(inf['label'])}, patterns: [{q(inf['pattern'])}] }}",
         "requires: { " + ", ".join(f"{k}: {str(v).lower()}" for k, v in sc["requires"].items()) + " }",
         "sla: { " + ", ".join(f"{k}: {v}" for k, v in sc["sla"].items()) + " }", f"tags: [independent-dev22b, {d['key']}]"]
    return "\n".join(L) + "\n"

def build(c, rng, U):
    d, sc, chat = c["dom"], c["sc"], c["chat"]
    F, M = c["fails"], c["mode"]
    org = d["org"]
    A = lambda *parts, **kw: dict(sp="agent", parts=[p for p in parts if p], **kw)
    Cu = lambda text, **kw: dict(sp="customer", parts=[text], **kw)
    pname = rng.choice(d["pnames"])
    # id string
    if rng.random() < 0.5:
        form = U.pick("idform-num", [f for f in C.ID_FORMS if "{id}" in f])
        idtxt = form.format(id=str(rng.randint(1000, 9899)) if rng.random() < 0.7 else rng.choice("ABHKS") + str(rng.randint(100, 989)))
    else:
        key = U.pick("idform-name-" + d["key"], [(f, n) for f in C.ID_FORMS if "{name}" in f for n in d["names"]])
        idtxt = key[0].format(name=key[1])
    turns = []
    # opening
    if F.get("greeting"):
        op = U.pick("bizopen", C.BIZ_OPEN).format(org=org)
        first = A(op)
    else:
        o, t = U.pick("greet", [(o, t) for o in C.GREET_OPEN for t in C.GREET_TAIL])
        first = A(o.format(org=org), "{ID1}", t)
    turns.append(first)
    # customer opener
    reqline = rng.choice(sc["say"])
    if F.get("fact-accuracy") and not F.get("no-misinformation"): reqline = C.SAY0[sc["id"]]
    if F.get("required-info"):
        reqline += "，" + sc["info"]["vol"]
    comp_n = M.get("complaint", 0)
    blocks = []
    def complaint_block():
        cl = U.pick("complaint-" + d["key"], d["complaints"])
        b = [Cu(cl)]
        if F.get("empathy"):
            b += [A(rng.choice(d["proc"])), Cu(rng.choice(C.CUST_SAY_OK)), A(rng.choice(d["proc"]))]
        else:
            e = U.pick("empathy-" + d["key"], C.combos(C.EMPATHY_A, d["emp_tail"], "，"))
            b += [A(e), Cu(rng.choice(C.CUST_SAY_OK)), A(rng.choice(d["proc"]))]
        return b
    if c["open"] == "complaint" and comp_n:
        opening = complaint_block()[:1]
        opening[0]["parts"][0] = opening[0]["parts"][0] + "，" + reqline
        # the two agent turns after it
        cb = complaint_block()
        opening += cb[1:]
        comp_n -= 1
        turns += opening
    elif c["open"] == "smalltalk":
        turns += [Cu(rng.choice(d["small"])), A(rng.choice(["您请说", "在的，您请讲", "您说，我听着"])), Cu(reqline)]
    else:
        turns.append(Cu(reqline))
    # middle blocks
    fac = sc["fact"]
    def state(v): return rng.choice(fac["state"]).format(v=v)
    fa_f, nm_f = F.get("fact-accuracy"), F.get("no-misinformation")
    fb = []
    if fa_f and not nm_f:
        pass  # never stated, never asked
    else:
        ask = rng.random() < 0.7
        if ask: fb.append(Cu(rng.choice(fac["ask"])))
        if fa_f and nm_f:
            fb.append(A(state(rng.choice(fac["wrong"]))))
        elif nm_f:
            fb += [A(state(rng.choice(fac["wrong"]))), Cu(rng.choice(C.CUST_SAY_OK)), A(rng.choice(C.FIX) + state(rng.choice([fac["expected"]] + fac["variants"])))]
        else:
            fb.append(A(state(rng.choice([fac["expected"]] + fac["variants"]))))
    blocks.append(("fact", fb))
    if not F.get("required-info"):
        inf = sc["info"]
        blocks.append(("info", [A(rng.choice(inf["ask"])), Cu(rng.choice(inf["reply"]))]))
    needver = sc["requires"]["verification"]
    if needver and not (F.get("verification") and M["verification"] == "none"):
        va = U.pick("verify", C.combos(C.VERIFY_LEAD, C.VERIFY_ASK))
        blocks.append(("verify", [A(va), Cu(rng.choice(C.CUST_VERIFY_REPLY).format(pname=pname)), A(rng.choice(C.VERIFY_OK))]))
    if sc["disclose"]:
        blocks.append(("disclose", [A(rng.choice(sc["disclose"])), Cu(rng.choice(C.CUST_SAY_OK))]))
    # side question
    si = U.pick("side-" + d["key"], d["side"]) if c["res_mode"] != "none" else None
    if si:
        q, na, ans = si
        if c["res_mode"] == "nonanswer": b = [Cu(q), A(na), Cu(rng.choice(C.CUST_NEXT))]
        elif c["res_mode"] == "madegood": b = [Cu(q), A(na), Cu(rng.choice(C.PRESS)), A(ans)]
        else: b = [Cu(q), A(ans)]
        blocks.append(("side", b))
    for _ in range(comp_n):
        blocks.append(("complaint", complaint_block()))
    def pair_block(cat, pool):
        rem, rep = U.pick(cat + "-" + d["key"], pool)
        if rng.random() < 0.4:
            a = A(rng.choice(C.NEUTRAL), rep, rng.choice(C.NEUTRAL))
        elif rng.random() < 0.5:
            a = A(rep, rng.choice(C.NEUTRAL))
        else:
            a = A(rep)
        return [Cu(rem), a]
    if F.get("politeness"):
        blocks.append(("rude", pair_block("rude", d["rude"])))
        if c["two_rude"]: blocks.append(("rude", pair_block("rude", d["rude"])))
    if M.get("forbid-only"):
        blocks.append(("forbid", pair_block("forbid", d["forbid"])))
        if c["two_rude"]: blocks.append(("forbid", pair_block("forbid", d["forbid"])))
    # hold
    hm = M.get("hold-etiquette")
    if hm or M.get("hold-pass"):
        tt = U.pick("holdthanks", C.combos(C.HOLD_THANKS, C.THANK_TAIL))
        res = rng.choice(d["fill"])[1] if True else ""
        if hm == "unannounced" and not chat:
            b = [A(rng.choice(C.NEUTRAL)), A(tt if rng.random() < 0.5 else "", rng.choice(C.NEUTRAL), gap="hold")]
            b[1]["parts"] = [p for p in b[1]["parts"] if p]
        elif hm == "unannounced" and chat:
            b = [A(rng.choice(C.NEUTRAL)), A(rng.choice(C.NEUTRAL), "刚才在看系统", gap="hold")]
        else:
            an = U.pick("holdann", C.combos(C.HOLD_LEAD, C.HOLD_ACT, "，"))
            b = [A(an)]
            if rng.random() < 0.6: b.append(Cu(rng.choice(C.CUST_SAY_OK)))
            b.append(A(rng.choice(C.NEUTRAL), gap="hold") if hm == "nothanks" else A(tt, gap="hold"))
        blocks.append(("hold", b))
    if F.get("dead-air") and not chat:
        fc, fa = rng.choice(d["fill"])
        blocks.append(("dead", [Cu(fc), A(fa, gap="dead")]))
    if F.get("response-latency"):
        fc, fa = rng.choice(d["fill"])
        blocks.append(("lat", [Cu(fc, lat=True), A(fa)]))
    ni = c["interrupts"] if F.get("interruption") else 0
    for _ in range(ni):
        fc, fa = rng.choice(d["fill"])
        it = U.pick("interrupt", C.combos(C.INTERRUPT_A, C.INTERRUPT_B))
        blocks.append(("intr", [Cu(fc + "，" + rng.choice(C.EXPLAIN)), A(it, gap="intr")]))
    if not chat and rng.random() < 0.5:
        fc, fa = rng.choice(d["fill"])
        blocks.append(("bc", [Cu(fc + "，" + rng.choice(C.EXPLAIN)), A(rng.choice(C.BACKCHANNEL), bc=True), A(fa)]))
    if rng.random() < 0.5:
        blocks.append(("look", [Cu(rng.choice(C.CUST_APOLOGY)), A(rng.choice(C.LOOKALIKE))]))
    # pad
    cur = len(turns) + sum(len(b[1]) for b in blocks) + 4
    fills = list(d["fill"]); rng.shuffle(fills)
    k = 0
    while cur < c["len"] - 1 and k < 12:
        fc, fa = fills[k % len(fills)]
        blocks.append(("fill", [Cu(fc), A(fa)])); cur += 2; k += 1
    short = c["len"] <= 14
    def optional(b): return b[0] in ("bc", "look", "fill") or (b[0] == "side" and c["res_mode"] != "nonanswer")
    endn = 2 + 2 * sum(1 for x in (sc["requires"]["reference"] and not F.get("record-reference"), sc["requires"]["survey"] and not F.get("survey-offered")) if x) + 2
    while any(optional(b) for b in blocks) and (len(turns) + sum(len(b[1]) for b in blocks) + endn > (c["len"] if short else min(c["len"] + 6, 32))):
        blocks.remove(next(b for b in reversed(blocks) if optional(b)))
    rng.shuffle(blocks)
    names = [b[0] for b in blocks]
    def move(name, before):
        if name in names and before in names:
            i, j = names.index(name), names.index(before)
            if i > j:
                blocks.insert(j, blocks.pop(i)); names.insert(j, names.pop(i))
    if needver:
        if F.get("verification") and M["verification"] == "late": move("disclose", "verify")
        else: move("verify", "disclose")
        if c["verify_first"] and not F.get("verification"): move("verify", names[0])
    if "dead" in names and chat is False:
        pass
    for b in blocks: turns += b[1]
    merged = []
    for t in turns:
        if merged and t["sp"] == "customer" and merged[-1]["sp"] == "customer" and not merged[-1].get("lat"):
            merged.append(A(rng.choice(C.ACK)))
        merged.append(t)
    turns[:] = merged
    if chat and F.get("dead-air"):
        turns += [A(rng.choice(C.NEUTRAL)), A("我这边接着说", rng.choice(d["fill"])[1], gap="dead")]
    # end
    if sc["requires"]["reference"] and not F.get("record-reference"):
        ref = rng.choice(["GD", "SL", "TS", "FW"]) + str(rng.randint(10 ** 7, 10 ** 8 - 1))
        l, n, t = U.pick("ref", [(l, n, t) for l in C.REF_LEAD for n in C.REF_NOUN for t in C.REF_TAIL])
        turns += [A(l + n.format(ref=ref) + t), Cu(rng.choice(["好，我记一下", "记下了", "好的"]))]
    surv = None
    if sc["requires"]["survey"] and not F.get("survey-offered"):
        l, bd = U.pick("survey", [(l, b) for l in C.SURVEY_LEAD for b in (C.SURVEY_BODY_C if chat else C.SURVEY_BODY_V)])
        surv = l + bd
    if M.get("walkout"):
        if surv: turns.append(A(surv))
        turns.append(Cu(rng.choice(C.WALKOUT_C if chat else C.WALKOUT_V)))
        hang = "customer"
    else:
        w = U.pick("wrap", C.combos(C.WRAP_PRE, C.WRAP_Q))
        turns += [A(w), Cu(rng.choice(C.WRAP_NO))]
        if F.get("closing"):
            nc = U.pick("nonclose", C.combos(C.NC_A, C.NC_B))
            if surv and rng.random() < 0.5: turns.append(A(nc, surv))
            else:
                if surv: turns += [A(surv), Cu(rng.choice(C.CUST_SAY_OK))]
                turns.append(A(nc))
            if rng.random() < 0.6: turns.append(Cu(rng.choice(["嗯", "好", "嗯好的"])))
            hang = "agent"
        else:
            cl = U.pick("closing", C.closings(chat))
            if surv and rng.random() < 0.5: turns.append(A(surv, cl))
            else:
                if surv: turns += [A(surv), Cu(rng.choice(C.CUST_SAY_OK))]
                turns.append(A(cl))
            turns.append(Cu(rng.choice(C.CUST_BYE)))
            hang = rng.choice(["agent", "customer"])
    # agent id injection
    real = [t for t in turns if t["sp"] == "agent" and not t.get("bc")]
    am = M.get("agent-id")
    for t in real:
        t["parts"] = [p for p in t["parts"] if p != "{ID1}"]
    if c["idpos"] == 1: real[0]["parts"].insert(1, idtxt)
    elif c["idpos"] == 2: real[1]["parts"].insert(0, idtxt)
    elif am == "third": real[2]["parts"].insert(0, "忘了说，" + idtxt)
    elif am == "role": real[0]["parts"].insert(1, "我是客服")
    return turns, hang, idtxt

def render(c, rng, turns):
    chat, asr = c["chat"], c["asr"]
    out = []
    for t in turns:
        txt = "，".join(t["parts"]).replace("，，", "，")
        if not re.search(r"[？?！。]$", txt) and not t.get("bc"): txt += "。" if not txt.endswith("吗") else "？"
        if asr:
            txt = re.sub(r"[0-9]", lambda m: DIG[m.group()], txt)
            for a, b, p in (("工号", "公号", .5), ("再见", "在见", .5), ("工单", "公单", .5), ("稍等", "少等", .3)):
                if a in txt and rng.random() < p: txt = txt.replace(a, b)
            txt = PUNCT.sub(lambda m: " " if rng.random() < 0.5 else "", txt).strip()
            if not t.get("bc") and rng.random() < 0.3: txt = rng.choice(["呃 ", "那个 ", "嗯 ", "就是 "]) + txt
        out.append((t, txt))
    return out

def timing(c, rng, rt, pre_t):
    chat, sc = c["chat"], c["sc"]
    lat_sla, fr_sla = sc["sla"]["responseLatencyMs"], sc["sla"]["firstResponseMs"]
    arate = rng.uniform(170, 265)
    if c["fails"].get("speech-rate"): arate = rng.uniform(335, 380) if c["mode"]["speech-rate"] == "fast" else rng.uniform(86, 100)
    crate = rng.uniform(220, 280)
    conf = (lambda: round(rng.uniform(0.6, 0.93), 2)) if c["asr"] else (lambda: round(rng.uniform(0.9, 0.99), 2))
    res = []
    t = pre_t
    first = True
    prev = None
    for (tu, txt) in rt:
        sp = tu["sp"]
        g = tu.get("gap")
        if chat:
            if first: gap = (rng.randint(25000, 29000) - 0 if fr_sla >= 20000 else fr_sla + rng.randint(2000, 8000)) if c["fails"].get("first-response") else rng.randint(2000, min(fr_sla - 1000, 8000))
            elif g == "hold": gap = rng.randint(35000, 90000)
            elif g == "dead": gap = rng.randint(32000, 45000)
            elif sp == "agent": gap = rng.randint(3000, 9000)
            else: gap = rng.randint(4000, 15000)
            if first and c["fails"].get("first-response"): gap = max(gap, fr_sla + 1500); gap = min(gap, 29000)
            st = t + gap; en = st
            res.append(dict(speaker=sp, text=txt, startMs=st, endMs=en)); t = en
            if tu.get("lat"):
                tot = 0
                while tot <= lat_sla + 1000:
                    g2 = rng.randint(15000, 22000); tot += g2; t += g2
                    res.append(dict(speaker="customer", text=rng.choice(C.NUDGE_C), startMs=t, endMs=t))
                t += rng.randint(3000, 8000) if tot < lat_sla else 0
                tu["_skipgap"] = True
        else:
            dur = int(nchars(txt) * 60000 / (arate if sp == "agent" else crate)) + rng.randint(0, 120)
            if first: gap = rng.randint(6600, 7600) if c["fails"].get("first-response") else rng.randint(700, 3000)
            elif g == "hold": gap = rng.randint(18000, 60000)
            elif g == "dead": gap = rng.randint(8600, 11000)
            elif g == "intr": gap = -rng.randint(1300, 2300)
            elif sp == "agent": gap = rng.randint(500, 2200)
            else: gap = rng.randint(400, 1500)
            if tu.get("bc"):
                pc = res[-1]; st = pc["startMs"] + int((pc["endMs"] - pc["startMs"]) * 0.45); en = st + 450
                res.append(dict(speaker=sp, text=txt, startMs=st, endMs=en, confidence=conf()))
                continue
            st = t + gap; en = st + max(dur, 300)
            res.append(dict(speaker=sp, text=txt, startMs=st, endMs=en, confidence=conf())); t = max(t, en)
            if tu.get("lat"):
                tot = 0
                while tot <= lat_sla + 800:
                    g2 = rng.randint(6000, 7400); t += g2; tot += g2
                    ntxt = rng.choice(C.NUDGE_V)
                    if c["asr"]: ntxt = PUNCT.sub(" ", ntxt).strip()
                    nd = int(nchars(ntxt) * 60000 / crate) + 200
                    res.append(dict(speaker="customer", text=ntxt, startMs=t, endMs=t + nd, confidence=conf())); t += nd; tot += nd
                # next agent turn: small gap but still > SLA total
        first = False
    return res, t

def main():
    rng, plan = make_plan()
    U = Use(rng)
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMS:
        for sc in d["scen"]:
            open(os.path.join(OUT, "scenarios", sc["id"] + ".yaml"), "w", encoding="utf-8").write(yaml_scen(d, sc))
    contacts, labels = [], []
    base = 1796601600000
    nodur = set(rng.sample(range(150), 4)); transfer = rng.randrange(150)
    for k, c in enumerate(plan):
        turns, hang, idtxt = build(c, rng, U)
        rt = render(c, rng, turns)
        ev = [dict(type="started", atMs=0)]
        pre = []
        if c["chat"]:
            ev.append(dict(type="page-loaded", atMs=1400))
            t = 1400
            if c["bot"]:
                pre += [dict(speaker="bot", text=f"您好，我是{c['dom']['org']}智能助手小澜，请问有什么可以帮您？", startMs=1900, endMs=1900),
                        dict(speaker="customer", text="转人工", startMs=8000, endMs=8000), dict(speaker="bot", text="正在为您转接人工客服，请稍候。", startMs=8600, endMs=8600)]
                t = 8600
            ev.append(dict(type="queued", atMs=t + 200)); t += rng.randint(5000, 40000)
            ev.append(dict(type="agent-joined", atMs=t))
        else:
            ev += [dict(type="dialed", atMs=300), dict(type="ringing", atMs=1100)]
            t = 1100 + rng.randint(3000, 9000); ev.append(dict(type="answered", atMs=t))
            if c["ivr"]:
                txt = f"您好，欢迎致电{c['dom']['org']}。咨询请按一，人工服务请按零。"
                d_ = int(nchars(txt) * 60000 / 230)
                pre.append(dict(speaker="ivr", text=txt, startMs=t + 300, endMs=t + 300 + d_, confidence=0.99)); t += 300 + d_
                ev.append(dict(type="dtmf", atMs=t + 1200, detail=dict(digits="0"))); t += 1200
                pre.append(dict(speaker="ivr", text="正在为您转接，请稍候。", startMs=t + 400, endMs=t + 2600, confidence=0.99)); t += 2600
                ev.append(dict(type="queued", atMs=t)); t += rng.randint(4000, 30000)
            else:
                t += 300
            ev.append(dict(type="agent-joined", atMs=t))
        res, tend = timing(c, rng, rt, t)
        allt = pre + res
        # hold events for some announced holds (voice only) -- none; keep silences
        tend = max(x["endMs"] for x in allt) + 800
        ev.append(dict(type="hangup", atMs=tend, detail=dict(by=hang)))
        if k == transfer: ev.insert(-1, dict(type="transfer", atMs=tend - 400))
        ev.append(dict(type="ended", atMs=tend + 300))
        obj = dict(schemaVersion=1, contactId=c["id"], scenarioId=c["sc"]["id"], runId="dev22b", channel="webchat" if c["chat"] else "voice",
                   startedAt=base + k * 3600000, durationMs=tend + 300, events=ev, turns=allt, outcome="completed",
                   transcriptSource="chat-dom" if c["chat"] else "deepgram")
        if k in nodur: del obj["durationMs"]
        contacts.append(obj)
        labels.append(plan_labels(c))
    specials = [("x01", "no-answer", "voice"), ("x02", "busy", "voice"), ("x03", "ivr-abandon", "voice"), ("x04", "chat-queue-abandon", "webchat"),
                ("x05", "bot-only", "webchat"), ("x06", "harness-failure", "webchat"), ("x07", "harness-failure", "voice")]
    for j, (x, kind, ch) in enumerate(specials):
        d = DOMS[j % 6]; sc = d["scen"][j % 3]
        o = dict(schemaVersion=1, contactId="h15b-" + x, scenarioId=sc["id"], runId="dev22b", channel=ch, startedAt=base + (150 + j) * 3600000,
                 transcriptSource="chat-dom" if ch == "webchat" else "deepgram")
        if kind == "no-answer": o.update(durationMs=45000, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=300), dict(type="ringing", atMs=1100), dict(type="ended", atMs=45000)], turns=[], outcome="no-answer")
        elif kind == "busy": o.update(durationMs=4200, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=300), dict(type="ended", atMs=4200)], turns=[], outcome="busy")
        elif kind == "ivr-abandon":
            o.update(durationMs=98000, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=300), dict(type="ringing", atMs=1100), dict(type="answered", atMs=5200), dict(type="dtmf", atMs=14000, detail=dict(digits="0")), dict(type="queued", atMs=16500), dict(type="hangup", atMs=97000, detail=dict(by="customer")), dict(type="ended", atMs=98000)],
                     turns=[dict(speaker="ivr", text=f"您好，欢迎致电{d['org']}。人工服务请按零。", startMs=5500, endMs=12800, confidence=0.98), dict(speaker="ivr", text="当前坐席繁忙，请耐心等待。", startMs=17000, endMs=20500, confidence=0.98)], outcome="abandoned")
        elif kind == "chat-queue-abandon":
            o.update(durationMs=185000, events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=1500), dict(type="queued", atMs=2500), dict(type="ended", atMs=185000)],
                     turns=[dict(speaker="customer", text="你好，有人吗？我想问下押金的事", startMs=3000, endMs=3000), dict(speaker="system", text="您前面还有8位，请耐心等待", startMs=3500, endMs=3500)], outcome="abandoned")
        elif kind == "bot-only":
            o.update(durationMs=150000, events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=1500), dict(type="ended", atMs=150000)],
                     turns=[dict(speaker="bot", text=f"您好，我是{d['org']}智能助手，请问有什么可以帮您？", startMs=2000, endMs=2000), dict(speaker="customer", text="我要找人工", startMs=9000, endMs=9000),
                            dict(speaker="bot", text="请您描述一下具体问题哦。", startMs=9500, endMs=9500), dict(speaker="customer", text="人工！转人工！", startMs=20000, endMs=20000), dict(speaker="bot", text="抱歉，我没有理解您的意思。", startMs=20500, endMs=20500)], outcome="abandoned")
        else:
            o.update(events=[], turns=[], outcome="failed", failedBy="harness", errorCode="E_SELECTOR_TIMEOUT" if x == "x06" else "E_BROWSER_CRASHED")
        contacts.append(o)
        labels.append(dict(contactId="h15b-" + x, domain=d["key"], labels={k: "na" for k in CHECKS}, why={}, special=kind))
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for o in contacts: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for o in labels: f.write(json.dumps(o, ensure_ascii=False) + "\n")

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption", "dead-air", "speech-rate",
          "empathy", "resolution", "first-response", "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
WHY = {"greeting": "首句无问候语", "agent-id": "前两轮未报工号/姓名", "closing": "末两轮无结束语", "forbidden-words": "坐席说了服务忌语", "verification": "未核身或披露在核身之前",
       "hold-etiquette": "保持未告知或未致谢", "politeness": "坐席语气粗鲁", "interruption": "坐席抢话", "dead-air": "出现无告知静默", "speech-rate": "语速超出范围",
       "empathy": "客户抱怨后未致歉/共情", "resolution": "客户问题未作答", "first-response": "首响超时", "response-latency": "客户消息回复超时",
       "fact-accuracy": "事实值错误或未说明", "no-misinformation": "说过错误值", "record-reference": "未给工单号", "survey-offered": "未邀评", "required-info": "未询问必要信息"}

def plan_labels(c):
    sc, F, M = c["sc"], c["fails"], c["mode"]
    L = {}
    for k in CHECKS: L[k] = "fail" if F.get(k) else "pass"
    if M.get("walkout"): L["closing"] = "na"
    if not sc["requires"]["verification"]: L["verification"] = "na"
    if not (F.get("hold-etiquette") or M.get("hold-pass")): L["hold-etiquette"] = "na"
    if c["chat"]: L["interruption"] = L["speech-rate"] = "na"
    if not M.get("complaint"): L["empathy"] = "na"
    if not sc["requires"]["reference"]: L["record-reference"] = "na"
    if not sc["requires"]["survey"]: L["survey-offered"] = "na"
    return dict(contactId=c["id"], domain=c["dom"]["key"], labels=L, why={k: WHY[k] for k, v in L.items() if v == "fail"})

if __name__ == "__main__":
    main()
