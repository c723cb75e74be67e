"""Generator: writes scenarios/*.yaml, contacts.jsonl and labels.jsonl from the material and the seeded plan.
Byte-identical on every run (all randomness is seeded)."""
import importlib, json, os, random, re
from common import HOMOPHONES, FILLERS, PUNCT, asr_core, spoken_chars
import mat_common as MC
from plan import make_plan, DOMAINS, SEED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "independent-dev15c"
RUN = "dev15c"
MATS = {d: importlib.import_module(f"mat_{d}") for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
BASE_TS = 1767225600000


def scen(m, key):
    return next(s for s in m.SCEN if s["key"] == key)


def homo(m):
    h = dict(HOMOPHONES)
    h.update(m.HOMO)
    return h


# ---------------------------------------------------------------- dialogue
def build_dialogue(c, m, s, rng):
    A, C = m.A, m.C
    ch = rng.choice
    turns = []
    st = {"k": 0, "pre": [], "pc": [], "hold_done": c["hold"] is None or c["hold"] == "noann_done"}

    def agent(segs, **kw):
        k = st["k"]
        pre = []
        if c["curt"] and k in (2, 3, 4):
            pre.append(("curt", A["curt"][k - 2]))
        if (c["id"] == "second" and k == 1) or (c["id"] == "third" and k == 2):
            pre.append(("id", ch(A["id"])))
        segs = pre + st["pre"] + segs
        st["pre"] = []
        st["k"] += 1
        turns.append(dict(speaker="agent", segs=segs, **kw))

    def cust(segs, **kw):
        segs = st["pc"] + segs
        st["pc"] = []
        if turns and turns[-1]["speaker"] == "customer" and not kw.get("gap"):
            turns[-1]["segs"] += segs  # one customer turn, not two in a row
            return
        turns.append(dict(speaker="customer", segs=segs, **kw))

    def respond(segs, hold_site=False, **kw):
        """The agent's reply to the last customer turn, with the contact's hold here if this is its hold site."""
        h = c["hold"]
        if hold_site and h and not st["hold_done"]:
            st["hold_done"] = True
            if h == "noann":
                agent([("neutral", A["neutral"][0])], **kw)
                agent([("resume", ch(A["resume"]))] + segs, gap="hold")
                return
            agent([("hold_ann", ch(A["hold_ann"]))], **kw)
            if rng.random() < 0.6:
                cust([("ack", ch(C["ack"]))])
            pre = [("hold_thx", ch(A["hold_thx"]))] if h in ("ok", "ok_events") else []
            if rng.random() < 0.5 or not pre:
                pre.append(("resume", ch(A["resume"])))
            agent(pre + segs, gap="hold", events=(h == "ok_events"))
            return
        agent(segs, **kw)

    # opening
    segs = []
    if c["greet"] == "ok":
        segs.append(("greet", ch(A["greet"])))
    elif c["greet"] == "nogreet":
        segs.append(("nogreet", ch(A["nogreet"])))
    if c["greet"] == "idonly" or c["id"] == "first":
        segs.append(("id", ch(A["id"])))
    if c["id"] == "role":
        segs.append(("role", ch(A["role"])))
    segs.append(("offer", ch(A["offer"])))
    agent(segs, gap="open")
    # problem
    segs = []
    if c["apology"]:
        segs.append(("apology", ch(C["apology"])))
    segs.append(("problem", ch(s["problem"])))
    if c["complaint"]:
        segs.append(("complaint", ch(C["complaint"])))
    cust(segs, backchannel=c["backchannel"])
    info = s["info"]
    segs = []
    if c["complaint"] and c["emp"] == "ok":
        segs.append(("empathy", ch(A["empathy"])))
    segs.append(("ask:" + info[0]["key"], ch(info[0]["ask"])))
    agent(segs, interrupt=c["interrupt"])
    segs = [("give:" + info[0]["key"], info[0]["give"][0])]
    if c["info"] == "omit":
        segs.append(("give:" + info[1]["key"], info[1]["give"][0]))
    cust(segs, gap="pause" if c["cust_pause"] else None)
    if c["info"] != "omit":
        agent([("ask:" + info[1]["key"], ch(info[1]["ask"]))])
        cust([("give:" + info[1]["key"], info[1]["give"][0])])
    # verification and disclosure of the caller's own record
    merge_q1 = False
    if s["requires"]["verification"]:
        if c["verif"] == "ok":
            agent([("verify", ch(A["verify"]))])
            cust([("verify_ans", ch(C["verify_ans"]))])
            respond([("disclose", ch(s["disclose"]))], hold_site=True)
        elif c["verif"] == "late":
            respond([("disclose", ch(s["disclose"]))], hold_site=True)
            cust([("ack", ch(C["ack"]))])
            agent([("verify", ch(A["verify"]))])
            st["pc"] = [("verify_ans", ch(C["verify_ans"]))]
        else:
            respond([("disclose", ch(s["disclose"]))], hold_site=True)
    # facts
    fixpend = None
    for k, f in enumerate(s["facts"]):
        mode = c["facts"][k]
        cust([("q:" + f["key"], ch(f["ask"]))])
        if fixpend:
            st["pre"] = fixpend
            fixpend = None
        kw = {}
        if k == 1:
            if c["lat"]:
                kw["gap"] = c["lat"]
            elif c["dead"] in ("cust_gap", "agent_gap"):
                kw["gap"] = c["dead"]
        tmpl = ch(f["say"])
        if mode in ("ok", "variant", "wrong", "fixed"):
            val = f["expected"] if mode == "ok" else (f["variants"][0] if mode == "variant" else f["wrong"][rng.randrange(2)])
            body = [(f"fact:{f['key']}", tmpl.format(v=val))]
        else:
            body = [("nonans", ch(A["nonans"]))]
        if kw.get("gap") == "agent_gap":
            agent([("neutral", A["neutral"][0])])
            kw = {"gap": "agent_gap"}
        if kw.get("gap") == "nudge":
            cust([("nudge", ch(C["nudge"]))], gap="nudge")
            kw = {"gap": "nudge"}
        respond(body, hold_site=(k == 0), **kw)
        if mode == "fixed":
            other = [t for t in f["say"] if t != tmpl] or [tmpl]
            fixpend = [("correct", A["correct"][0]), (f"fact:{f['key']}", ch(other).format(v=f["expected"]))]
        if mode == "omit":
            st["pc"] = [("accept", ch(C["accept"]))]
    if fixpend:
        st["pre"] = fixpend
    # side exchange 1: the 忌语 / look-alike slot
    side = m.SIDE
    if c["side1"]:
        fb = c["forb"]
        cust([("side_q", m.MILD_Q[fb[1]] if fb and fb[0] == "mild" else ch(side[0]["q"]))])
        if fb and fb[0] == "mild":
            agent([("f_mild", A["f_mild"][fb[1]][0])])
            cust([("press", ch(C["press"]))])
            agent([("answer_press", ch(A["answer_press"]))])
        elif fb:
            agent([("f_harsh", A["f_harsh"][fb[1]][0]), ("side_ans", side[0]["a"][0])])
        elif c["lookalike"]:
            agent([("lookalike", ch(A["lookalike"])), ("side_ans", side[0]["a"][0])])
        else:
            agent([("side_ans", side[0]["a"][0])])
    # side exchange 2: the resolution slot
    if c["res"] == "side_nonans":
        cust([("side_q", ch(side[1]["q"]))])
        agent([("nonans", ch(A["nonans"]))])
        st["pc"] = [("accept", ch(C["accept"]))]
    elif c["made_good"]:
        cust([("side_q", ch(side[1]["q"]))])
        agent([("nonans", ch(A["nonans"]))])
        cust([("press", ch(C["press"]))])
        agent([("side_ans", side[1]["a"][0])])
    elif rng.random() < 0.3:
        cust([("side_q", ch(side[1]["q"]))])
        agent([("side_ans", side[1]["a"][0])])
    if c["escalate"]:
        cust([("escalate", ch(C["escalate"]))])
        segs = [] if c["emp"] == "fail2" else [("empathy", ch(A["empathy"]))]
        agent(segs + [("note", ch(MC.NOTE))])
    # ending
    cust([("ack", ch(C["ack"]))])
    refseg = [("ref", ch(A["ref"]).format(code=f"{rng.randrange(10**7, 10**8)}"))] if c["ref"] == "ok" else []
    survseg = [("survey", ch(A["survey"]))] if c["survey"] == "ok" else []
    hang = "agent"
    if c["close"] == "walkout":
        agent(refseg + [("note", ch(MC.NOTE))])
        cust([("walkout", ch(C["walkout"]))])
        hang = "customer"
    elif c["close"] == "ok":
        if rng.random() < 0.65:
            agent(refseg + [("wrapup", ch(A["wrapup"]))])
            cust([("nomore", ch(C["nomore"]))])
            agent(survseg + [("close", ch(A["close"]))])
        else:
            agent(refseg + survseg + [("close", ch(A["close"]))])
        if rng.random() < 0.6:
            cust([("thanks", ch(C["thanks"]))])
            hang = "customer"
    elif c["close"] == "wrap_only":
        agent(refseg + [("wrapup", ch(A["wrapup"]))])
        cust([("nomore", ch(C["nomore"]))])
        agent([("neutral", A["neutral"][0])] + survseg)
    else:
        agent(refseg + survseg + [("note", ch(MC.NOTE))])
        if rng.random() < 0.5:
            cust([("thanks", ch(C["thanks"]))])
    return turns, hang


# ---------------------------------------------------------------- surface text
def surface(segs, asr, h, rng):
    if not asr:
        return "".join(t for _, t in segs)
    out = []
    for _, t in segs:
        t = asr_core(t, h)
        t = "".join((" " if rng.random() < 0.6 else "") if ch_ in PUNCT else ch_ for ch_ in t)
        out.append(t)
    text = " ".join(x.strip() for x in out if x.strip())
    parts = text.split(" ")
    res = []
    for j, p in enumerate(parts):
        if (j == 0 and rng.random() < 0.35) or (j > 0 and rng.random() < 0.15):
            res.append(rng.choice(FILLERS))
        res.append(p)
    return " ".join(x for x in res if x)


# ---------------------------------------------------------------- timing and events
def render(c, m, s, rng):
    turns, hang = build_dialogue(c, m, s, rng)
    h = homo(m)
    voice = c["channel"] == "voice"
    sla = s["sla"]
    events = [{"type": "started", "atMs": 0}]
    out = []

    def conf(sp):
        if not voice:
            return 1.0
        if c["asr"] and sp in ("agent", "customer"):
            return round(rng.uniform(0.6, 0.93), 2)
        return round(rng.uniform(0.9, 0.99), 2)

    arate = {"ok": rng.uniform(170, 265), "fast": rng.uniform(340, 390), "slow": rng.uniform(82, 100)}.get(c["rate"], 0)
    crate = rng.uniform(200, 270)

    def dur(text, rate):
        return int(round(spoken_chars(text) * 60000 / rate))

    def put(sp, text, start, rate=None):
        end = start if not voice else start + dur(text, rate or 240)
        out.append({"speaker": sp, "text": text, "startMs": int(start), "endMs": int(end), "confidence": conf(sp)})
        return end

    if voice:
        t = rng.randint(200, 600)
        events.append({"type": "dialed", "atMs": t})
        t += rng.randint(800, 1500)
        events.append({"type": "ringing", "atMs": t})
        t += rng.randint(3000, 9000)
        events.append({"type": "answered", "atMs": t})
        join = t
        if c["ivr"]:
            t = put("ivr", MC.IVR[0].format(org=m.ORG), t + 400, 250)
            t += rng.randint(1200, 3000)
            events.append({"type": "dtmf", "atMs": t, "detail": {"digits": rng.choice(["1", "2", "3"])}})
            t = put("ivr", MC.IVR[1], t + 500, 250)
            events.append({"type": "queued", "atMs": t + 200})
            t = t + 200 + rng.randint(4000, 30000)
            events.append({"type": "agent-joined", "atMs": t})
            join = t
    else:
        t = rng.randint(900, 2500)
        events.append({"type": "page-loaded", "atMs": t})
        if c["bot"]:
            t = put("bot", MC.BOT[0].format(org=m.ORG), t + 800)
            t = put("customer", rng.choice(MC.CUST_TO_HUMAN), t + rng.randint(4000, 9000))
            t = put("bot", MC.BOT[1], t + 1000)
            events.append({"type": "queued", "atMs": t + 500})
            t += 500 + rng.randint(5000, 40000)
        elif rng.random() < 0.6:
            events.append({"type": "queued", "atMs": t + 1500})
            t += 1500 + rng.randint(3000, 30000)
        else:
            t += rng.randint(1000, 3000)
        events.append({"type": "agent-joined", "atMs": t})
        join = t

    cursor = t
    last_end = t
    prev = None
    for tr in turns:
        text = surface(tr["segs"], c["asr"], h, rng)
        sp = tr["speaker"]
        g = tr.get("gap")
        if g == "open":
            if c["dead"] == "join":
                gap = rng.randint(8500, 9500)
            elif c["fr"] == "late":
                gap = rng.randint(6600, 7600) if voice else rng.randint(7500, 14000)
            else:
                gap = rng.randint(1000, 4500) if voice else rng.randint(2000, 5000)
            start = join + gap
        elif tr.get("interrupt") and voice and prev is not None and prev["speaker"] == "customer":
            start = max(prev["startMs"] + 500, prev["endMs"] - rng.randint(1200, 2200))
        else:
            if g == "hold":
                gap = rng.randint(18000, 45000) if voice else rng.randint(35000, 90000)
            elif g == "pause":
                gap = rng.randint(9000, 12000) if voice else rng.randint(35000, 50000)
            elif g == "voice_gap":
                gap = rng.randint(12600, 14600)
            elif g == "direct":
                gap = rng.randint(sla["responseLatencyMs"] + 1500, min(sla["responseLatencyMs"] + 4000, 29000))
            elif g == "nudge":
                gap = int(sla["responseLatencyMs"] * rng.uniform(0.56, 0.62))
            elif g == "cust_gap":
                gap = rng.randint(8600, 11400)
            elif g == "agent_gap":
                gap = rng.randint(9000, 13000)
            elif sp == "agent":
                gap = rng.randint(400, 1800) if voice else rng.randint(2500, 8000)
            else:
                gap = rng.randint(400, 2000) if voice else rng.randint(4000, 20000)
            start = last_end + gap
            if g == "hold" and tr.get("events"):
                events.append({"type": "hold-start", "atMs": last_end + rng.randint(500, 1200)})
                events.append({"type": "hold-end", "atMs": start - rng.randint(400, 900)})
        end = put(sp, text, start, arate if sp == "agent" else crate)
        cur = out[-1]
        if sp == "customer" and tr.get("backchannel") and voice and end - start > 2500:
            bstart = start + int((end - start) * rng.uniform(0.35, 0.55))
            out.append({"speaker": "agent", "text": rng.choice(MC.BACKCHANNEL), "startMs": bstart,
                        "endMs": bstart + rng.randint(350, 700), "confidence": conf("agent")})
        last_end = max(last_end, end)
        prev = cur
        if c["no_duration"] and sp == "agent" and not any(e["type"] == "transfer" for e in events) and len(out) > 2:
            events.append({"type": "transfer", "atMs": end + 100})
    out.sort(key=lambda x: (x["startMs"], x["endMs"]))
    end_t = last_end
    if voice:
        end_t += rng.randint(600, 1500)
        events.append({"type": "hangup", "atMs": end_t, "detail": {"by": hang}})
        end_t += rng.randint(200, 500)
    else:
        end_t += rng.randint(3000, 12000)
    events.append({"type": "ended", "atMs": end_t})
    events.sort(key=lambda e: e["atMs"])
    return out, events, end_t


# ---------------------------------------------------------------- intended labels
def intended(c, s):
    L, why = {}, {}
    voice = c["channel"] == "voice"
    req = s["requires"]

    def setl(k, v, w=None):
        L[k] = v
        if v == "fail":
            why[k] = w
    setl("greeting", "pass" if c["greet"] == "ok" else "fail",
         "agent's first turn opens with business/喂" if c["greet"] == "nogreet" else "first turn opens with a staff id, no greeting")
    setl("agent-id", "pass" if c["id"] in ("first", "second") else "fail",
         {"third": "id only in the third agent turn", "role": "bare role, no number or name", "none": "no self-identification"}.get(c["id"]))
    if c["close"] == "walkout":
        setl("closing", "na")
    else:
        setl("closing", "pass" if c["close"] == "ok" else "fail",
             "last agent turns: wrap-up question only" if c["close"] == "wrap_only" else "agent ends without any closing")
    fb = c["forb"]
    setl("forbidden-words", "fail" if fb else "pass", f"忌语 ({fb[1]})" if fb else None)
    if not req["verification"]:
        setl("verification", "na")
    else:
        setl("verification", "pass" if c["verif"] == "ok" else "fail",
             "record disclosed before the identity check" if c["verif"] == "late" else "record disclosed with no identity check")
    h = c["hold"]
    if h is None:
        setl("hold-etiquette", "na")
    else:
        setl("hold-etiquette", "pass" if h in ("ok", "ok_events") else "fail",
             "hold not thanked afterwards" if h == "nothx" else "silent hold not announced")
    setl("politeness", "fail" if (fb and fb[0] == "harsh") or c["curt"] else "pass",
         "harsh 忌语 to the customer" if fb and fb[0] == "harsh" else "three clipped bare-order turns")
    setl("interruption", "na" if not voice else ("fail" if c["interrupt"] else "pass"), "agent takes the floor over the customer")
    dead = h == "noann" or c["dead"] is not None or c["lat"] == "voice_gap"
    setl("dead-air", "fail" if dead else "pass", "unannounced silence where the agent owed the next word")
    setl("speech-rate", "na" if not voice else ("pass" if c["rate"] == "ok" else "fail"), f"agent speaks too {c['rate']}")
    if not c["complaint"] and not req["empathy"]:
        setl("empathy", "na")
    else:
        setl("empathy", "pass" if c["emp"] == "ok" else "fail",
             "complaint met with procedure, no acknowledgement" if c["emp"] == "fail1" else "escalation threat not acknowledged")
    setl("resolution", "fail" if c["res"] else "pass",
         "a fact question got only a non-answer" if c["res"] == "fact_omit" else "side question left with a non-answer")
    setl("first-response", "fail" if c["fr"] == "late" else "pass", "first agent word later than SLA")
    setl("response-latency", "fail" if c["lat"] else "pass", "a customer turn answered later than SLA")
    fa = "fail" if any(x in ("wrong", "omit") for x in c["facts"]) else "pass"
    setl("fact-accuracy", fa, "a fact stated wrong or never stated")
    setl("no-misinformation", "fail" if any(x in ("wrong", "fixed") for x in c["facts"]) else "pass", "a known-wrong value was stated")
    setl("record-reference", "na" if not req["reference"] else ("pass" if c["ref"] == "ok" else "fail"), "no case reference given")
    setl("survey-offered", "na" if not req["survey"] else ("pass" if c["survey"] == "ok" else "fail"), "no evaluation invited")
    setl("required-info", "fail" if c["info"] == "omit" else "pass", "one required item never asked (customer volunteered it)")
    return {k: L[k] for k in CHECKS}, why


# ---------------------------------------------------------------- scenarios
def q(x):
    return json.dumps(x, ensure_ascii=False)


def scenario_yaml(d, m, s):
    lines = [f"id: {s['id']}", f"title: {q(s['title'])}",
             f"description: {q(f'独立语料 {SET}，领域 {d}，机构 {m.ORG}')}",
             "channel: [voice, webchat]", f"target: {{ phone: {q(m.PHONE)} }}",
             f"persona: {{ name: {q(s['persona'])} }}", "locale: zh-CN", "steps:",
             f"  - say: {q(s['say'])}", f"  - wait: {{ pattern: {q(s['wait'])}, timeoutMs: 60000 }}", "  - end: true", "facts:"]
    for f in s["facts"]:
        lines.append(f"  - {{ key: {f['key']}, label: {q(f['label'])}, expected: {q(f['expected'])}, variants: {q(f['variants'])}, "
                     f"wrong: {q(f['wrong'])}, cues: {q(f['cues'])} }}")
    lines.append("requiredInfo:")
    for i in s["info"]:
        lines.append(f"  - {{ key: {i['key']}, label: {q(i['label'])}, patterns: {q([i['pattern']])} }}")
    r = s["requires"]
    lines.append("requires: { " + ", ".join(f"{k}: {'true' if r[k] else 'false'}" for k in ("verification", "reference", "empathy", "survey")) + " }")
    sl = s["sla"]
    lines.append(f"sla: {{ firstResponseMs: {sl['firstResponseMs']}, responseLatencyMs: {sl['responseLatencyMs']}, handleTimeMs: {sl['handleTimeMs']} }}")
    lines.append(f"tags: [{SET}, {d}]")
    return "\n".join(lines) + "\n"


SPECIALS = [
    ("h8c-x01", "quality", "s2", "voice", "no-answer"),
    ("h8c-x02", "ferry", "s2", "voice", "busy"),
    ("h8c-x03", "watch", "s1", "voice", "ivr-abandon"),
    ("h8c-x04", "grocery", "s3", "chat", "chat-queue-abandon"),
    ("h8c-x05", "tvshop", "s2", "chat", "bot-only"),
    ("h8c-x06", "windows", "s3", "chat", "harness-E_SELECTOR_TIMEOUT"),
    ("h8c-x07", "ferry", "s1", "voice", "harness-E_BROWSER_CRASHED"),
]


def special(cid, d, sk, chn, kind, rng, n):
    m = MATS[d]
    s = scen(m, sk)
    voice = chn == "voice"
    base = {"schemaVersion": 1, "contactId": cid, "scenarioId": s["id"], "runId": RUN,
            "channel": "voice" if voice else "webchat", "startedAt": BASE_TS + (150 + n) * 7 * 3600000 + rng.randint(0, 3000000)}
    ev = [{"type": "started", "atMs": 0}]
    turns = []
    if kind == "no-answer":
        ev += [{"type": "dialed", "atMs": 400}, {"type": "ringing", "atMs": 1700}, {"type": "ended", "atMs": 61700}]
        outcome = "no-answer"
    elif kind == "busy":
        ev += [{"type": "dialed", "atMs": 350}, {"type": "ended", "atMs": 2900}]
        outcome = "busy"
    elif kind == "ivr-abandon":
        ev += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1400}, {"type": "answered", "atMs": 6200}]
        t1 = MC.IVR[0].format(org=m.ORG)
        e1 = 6600 + spoken_chars(t1) * 240
        turns.append({"speaker": "ivr", "text": t1, "startMs": 6600, "endMs": e1, "confidence": 0.96})
        ev.append({"type": "dtmf", "atMs": e1 + 1800, "detail": {"digits": "2"}})
        e2 = e1 + 2300 + spoken_chars(MC.IVR[1]) * 240
        turns.append({"speaker": "ivr", "text": MC.IVR[1], "startMs": e1 + 2300, "endMs": e2, "confidence": 0.95})
        ev += [{"type": "queued", "atMs": e2 + 200}, {"type": "hangup", "atMs": e2 + 94000, "detail": {"by": "customer"}},
               {"type": "ended", "atMs": e2 + 94300}]
        outcome = "abandoned"
    elif kind == "chat-queue-abandon":
        ev += [{"type": "page-loaded", "atMs": 1300}, {"type": "queued", "atMs": 2600}]
        turns.append({"speaker": "system", "text": "当前咨询人数较多，您前面还有7位，请耐心等待。", "startMs": 2700, "endMs": 2700, "confidence": 1.0})
        ev.append({"type": "ended", "atMs": 184000})
        outcome = "abandoned"
    elif kind == "bot-only":
        ev.append({"type": "page-loaded", "atMs": 1100})
        t = 2000
        lines = [("bot", MC.BOT_ONLY[0].format(org=m.ORG)), ("customer", "我要找人工客服。"), ("bot", MC.BOT_ONLY[1]),
                 ("customer", "人工，转人工！"), ("bot", MC.BOT_ONLY[2]), ("customer", "怎么一直没人？")]
        for sp, tx in lines:
            turns.append({"speaker": sp, "text": tx, "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(6000, 20000)
        ev.append({"type": "ended", "atMs": t + 60000})
        outcome = "completed"
    else:
        code = kind.split("-", 1)[1]
        ev.append({"type": "ended", "atMs": 30000 if "SELECTOR" in code else 12450})
        obj = dict(base, durationMs=ev[-1]["atMs"], events=ev, turns=[], outcome="failed", failedBy="harness", errorCode=code,
                   transcriptSource="deepgram" if voice else "chat-dom")
        return obj
    return dict(base, durationMs=ev[-1]["atMs"], events=ev, turns=turns, outcome=outcome,
                transcriptSource="deepgram" if voice else "chat-dom")


def main():
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMAINS:
        m = MATS[d]
        for s in m.SCEN:
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(d, m, s))
    plan = make_plan()
    contacts, labels = [], []
    for c in plan:
        m = MATS[c["domain"]]
        s = scen(m, c["scen"])
        rng = random.Random(f"{SEED}-{c['cid']}")
        turns, events, end_t = render(c, m, s, rng)
        obj = {"schemaVersion": 1, "contactId": c["cid"], "scenarioId": s["id"], "runId": RUN,
               "channel": "voice" if c["channel"] == "voice" else "webchat",
               "startedAt": BASE_TS + c["idx"] * 7 * 3600000 + rng.randint(0, 3000000)}
        if not c["no_duration"]:
            obj["durationMs"] = end_t
        obj.update({"events": events, "turns": turns, "outcome": "completed",
                    "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom"})
        contacts.append(obj)
        L, why = intended(c, s)
        labels.append({"contactId": c["cid"], "domain": c["domain"], "labels": L, "why": why})
    for n, (cid, d, sk, chn, kind) in enumerate(SPECIALS):
        rng = random.Random(f"{SEED}-{cid}")
        contacts.append(special(cid, d, sk, chn, kind, rng, n))
        labels.append({"contactId": cid, "domain": d, "labels": {k: "na" for k in CHECKS}, "why": {}, "special": kind})
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for o in contacts:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for o in labels:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(contacts)} contacts, {len(labels)} labels")


if __name__ == "__main__":
    main()
