"""Generator: plan + hand-written material -> scenarios/*.yaml, contacts.jsonl, labels.jsonl.

Labels here come from the plan's intent and the gaps the generator itself inserted; validate.py re-derives them
from the written text and timestamps alone. Output is byte-identical on every run (seeded, no clock).
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common as C  # noqa: E402
from plan import DOMAINS, REQ, make_plan  # noqa: E402

SET = "independent-dev20a"
RUN = "dev20a"
MAT = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
BASE_TS = 1742778000000
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
REF_PREFIX = {"legal": "FY", "salon": "MF", "pawn": "DD", "watch": "SB", "transl": "FW", "vending": "SH"}


def sc_id(d, s):
    return MAT[d].S[s]["id"]


class Conv:
    def __init__(self, voice, rng, asr, arate):
        self.voice, self.rng, self.asr, self.arate = voice, rng, asr, arate
        self.crate = rng.uniform(220, 290)
        self.pm = rng.choice(["drop", "space", "space", "mixed"])
        self.homo = [h for h in C.HOMOPHONES if rng.random() < 0.6]
        self.turns, self.events, self.gaps = [], [], []
        self.t = 0
        self.prev = None          # 'agent' | 'customer' | 'join'
        self.lookup_pending = False
        self.n_agent = 0
        self.first_unanswered = None

    def render(self, text):
        if not (self.voice and self.asr):
            return text
        rng = self.rng
        out, start = [], True
        for ch in text:
            if ch in "，。？！、；：":
                if self.pm == "drop" or (self.pm == "mixed" and ch != "，"):
                    pass
                else:
                    out.append(" ")
                start = True
                continue
            if start and rng.random() < 0.22:
                out.append(rng.choice(C.FILLERS))
            start = False
            out.append(ch)
        s = "".join(out).strip()
        while "  " in s:
            s = s.replace("  ", " ")
        for canon, heard in self.homo:
            s = s.replace(canon, heard)
        return s

    def conf(self):
        if not self.voice:
            return 1.0
        return round(self.rng.uniform(0.6, 0.93) if self.asr else self.rng.uniform(0.9, 0.99), 2)

    def dur(self, text, rate):
        return int(C.spoken_chars(text) * 60000 / rate * self.rng.uniform(0.975, 1.025)) + 1

    def add(self, speaker, text, start, render=True):
        if render and speaker in ("agent", "customer"):
            text = self.render(text)
        if self.voice:
            rate = self.arate if speaker == "agent" else (260 if speaker in ("ivr", "bot") else self.crate)
            end = start + self.dur(text, rate)
        else:
            end = start
        self.turns.append({"speaker": speaker, "text": text, "startMs": start, "endMs": end, "confidence": self.conf()})
        return self.turns[-1]

    # ---- agent / customer turns ----
    def agent(self, segs, gap, kind="n", thanked=False, hold_ev=False, overlap_turn=None, overlap=0):
        text = "".join(segs)
        if overlap_turn is not None:
            start = overlap_turn["endMs"] - overlap
        else:
            start = self.t + gap
            rec = {"len": gap, "prev": self.prev, "announced": self.lookup_pending, "thanked": thanked,
                   "ev": hold_ev}
            if self.prev == "customer" and self.first_unanswered is not None:
                rec["len_from_first"] = start - self.first_unanswered
            else:
                rec["len_from_first"] = gap
            self.gaps.append(rec)
            if hold_ev:
                self.events.append({"type": "hold-start", "atMs": self.t + 300})
                self.events.append({"type": "hold-end", "atMs": start - 400})
        turn = self.add("agent", text, start)
        self.t = max(self.t, turn["endMs"])
        self.prev = "agent"
        self.n_agent += 1
        self.first_unanswered = None
        return turn

    def customer(self, text, gap):
        start = self.t + gap
        turn = self.add("customer", text, start)
        self.t = turn["endMs"]
        if self.prev != "customer" or self.first_unanswered is None:
            self.first_unanswered = turn["endMs"]
        self.prev = "customer"
        return turn


def fill(s, **kw):
    for k, v in kw.items():
        s = s.replace("{" + k + "}", v)
    assert "{" not in s, s
    return s


def build(p, idx):
    d = p["domain"]
    M = MAT[d]
    Lm = M.L
    S = M.S[p["scen"]]
    rng = random.Random(p["seed"])
    voice = p["channel"] == "voice"
    sla = S["sla"]
    phone_only = ("挂", "按一", "来电", "通话")

    def ch(xs):
        # chat agents do not talk about hanging up or pressing keys
        if not voice and xs and isinstance(xs[0], str):
            ys = [x for x in xs if not any(w in x for w in phone_only)]
            xs = ys or xs
        return rng.choice(xs)
    arate = {"ok": rng.uniform(195, 265), "fast": rng.uniform(345, 390), "slow": rng.uniform(86, 99)}[p["rate"]]
    cv = Conv(voice, rng, p["asr"], arate)
    num = str(rng.randrange(100, 9999))
    name = ch(M.AGENT_NAMES)
    ref = REF_PREFIX[d] + "".join(str(rng.randrange(10)) for _ in range(8))
    info = ch(S["info_values"])
    d4 = "".join(str(rng.randrange(10)) for _ in range(4))
    pname = ch(C.PERSON_NAMES)
    bi = rng.randrange(len(C.BIRTHS))
    fact = S["facts"][0]

    def spoken(code):
        return C.read_out(code) if voice else code

    def val(v_han):
        if voice:
            return v_han
        # chat: sometimes the digit form of the same value
        return v_han if rng.random() < 0.5 else _digit_form(v_han, fact)

    F = dict(num=spoken(num), name=name, ref=spoken(ref), info=spoken(info), d4=spoken(d4), pname=pname,
             hot=spoken(M.HOT), tel=spoken(M.TEL), org=M.ORG,
             birth=C.BIRTHS[bi] if voice else C.BIRTHS_CHAT[bi])
    f = lambda s, **kw: fill(s, **{**F, **kw})

    v_ok = fact["expected"]
    v_bad = rng.choice([w for w in fact["wrong"] if not any(c.isdigit() for c in w)])
    v_first = v_bad if p["fact"] in ("wrong", "corrected") else v_ok

    # ---- pre-agent phase ----
    ev = cv.events
    ev.append({"type": "started", "atMs": 0})
    if voice:
        t = rng.randrange(200, 600)
        ev.append({"type": "dialed", "atMs": t})
        t += rng.randrange(900, 2000)
        ev.append({"type": "ringing", "atMs": t})
        t += rng.randrange(3000, 8000)
        ev.append({"type": "answered", "atMs": t})
        if p["ivr"]:
            it = cv.add("ivr", ch(M.IVR), t + 300, render=False)
            t = it["endMs"] + rng.randrange(1000, 3000)
            ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": rng.choice(["0", "1", "2", "3"])}})
            t += 200
            ev.append({"type": "queued", "atMs": t})
            t += rng.randrange(5000, 40000)
        else:
            t += rng.randrange(200, 800)
        ev.append({"type": "agent-joined", "atMs": t})
    else:
        t = rng.randrange(800, 2500)
        ev.append({"type": "page-loaded", "atMs": t})
        if p["bot"]:
            t += rng.randrange(600, 1500)
            cv.add("bot", ch(M.BOT), t, render=False)
            t += rng.randrange(4000, 12000)
            cv.add("customer", ch(C.C_ASK_HUMAN), t, render=False)
            t += rng.randrange(500, 1500)
            cv.add("bot", "正在为您转接人工服务，请稍候。", t, render=False)
            t += 300
            ev.append({"type": "queued", "atMs": t})
            t += rng.randrange(8000, 60000)
        else:
            t += rng.randrange(2000, 9000)
        ev.append({"type": "agent-joined", "atMs": t})
        cv.add("system", ch(C.SYSTEM_JOINED), t, render=False)
    cv.t = t
    cv.prev = "join"

    # ---- gap helpers ----
    lat_ms = sla["responseLatencyMs"]
    fr_ms = sla["firstResponseMs"]
    # which agent-after-customer turn (ordinal) carries the dead-air / latency gap
    dead_k = rng.choice([1, 2, 3]) if p["dead"] else None
    lat_k = rng.choice([1, 2, 3]) if p["lat"] else None
    if lat_k is not None and lat_k == dead_k:
        dead_k = None
    state = {"k": 0}

    def norm_gap():
        if cv.prev == "customer":
            state["k"] += 1
            k = state["k"]
            if k == lat_k:
                if voice:
                    return lat_ms + rng.randrange(800, 2500)
                return min(lat_ms + rng.randrange(1000, 3800), 29500)
            if k == dead_k:
                return rng.randrange(8600, 11400) if voice else rng.randrange(32000, 48000)
            return rng.randrange(500, 2200) if voice else rng.randrange(3000, 9000)
        return rng.randrange(600, 2000) if voice else rng.randrange(2000, 6000)

    def cgap(pause=False):
        if pause and voice:
            return rng.randrange(8600, 12000)
        return rng.randrange(300, 1600) if voice else rng.randrange(5000, 20000)

    def A(segs, gap=None, **kw):
        segs = list(segs)
        if p["idmode"] == "third" and cv.n_agent == 2:
            segs = [ch(C.ID_LATE_PREFIX) + f(ch(Lm["id"]))] + segs
        if gap is None:
            gap = norm_gap()
        # chat latency with a nudge: the customer nudges, the clock runs from the first message
        if not voice and cv.prev == "customer" and lat_ms < gap < 30000 and not cv.lookup_pending and rng.random() < 0.5:
            nudge_at = cv.t + rng.randrange(6000, max(7000, gap - 3000))
            cv.customer(ch(C.C_NUDGE), nudge_at - cv.t)
            gap = max(1500, gap - (cv.t - cv.first_unanswered))
        turn = cv.agent(segs, gap, **kw)
        cv.lookup_pending = any(s in Lm["lookup"] for s in segs)
        return turn

    def Cu(text, pause=False):
        return cv.customer(text, cgap(pause))

    # ---- T1: opener ----
    segs = []
    if p["greet"] == "ok":
        segs.append(f(ch(Lm["greet"])))
    elif p["greet"] in ("biz", "wei"):
        wei = [x for x in Lm["nogreet"] if x.startswith("喂")]
        biz = [x for x in Lm["nogreet"] if not x.startswith("喂")]
        segs.append(f(ch(wei if (p["greet"] == "wei" and voice) else biz)))
    if p["idmode"] == "t1" or p["greet"] == "idonly":
        segs.append(f(ch(Lm["id"])))
    if p["nonid"] and not any("这里是" in s for s in segs) and p["greet"] != "idonly":
        segs.append(f(ch(Lm["nonid"])))
    segs.append(ch(Lm["offer"]))
    if p["fr"] == "late":
        g0 = fr_ms + (rng.randrange(500, 1800) if voice else rng.randrange(1000, 6000))
        g0 = min(g0, 29000)
    else:
        g0 = rng.randrange(600, 2500) if voice else rng.randrange(1500, 5000)
    A(segs, gap=g0)

    # ---- C1: request ----
    c1 = []
    if p["capology"]:
        c1.append(ch(C.C_APOLOGY))
    c1.append(ch(S["req"]))
    complaint_line = ch(S["complain"])
    if p["complaint"] and p["complaint_pos"] == "c1":
        c1.append(complaint_line)
    if p["info"] == "volunteered":
        c1.append(f(ch(S["info_give"])))
    t_c1 = Cu("".join(c1))
    if p["bc"] and voice:
        bt = t_c1["startMs"] + int((t_c1["endMs"] - t_c1["startMs"]) * rng.uniform(0.35, 0.6))
        cv.turns.append({"speaker": "agent", "text": rng.choice(C.BACKCHANNELS), "startMs": bt,
                         "endMs": bt + rng.randrange(300, 500), "confidence": cv.conf()})

    # ---- plan of the rest ----
    rude_here = None  # where a plain rude line goes: 't2' | 'complaint' | 'answer'
    if p["forbid"] == "rude":
        rude_here = "complaint" if p["complaint"] else rng.choice(["t2", "answer"])
    # stopping the customer right after a complaint is itself the (rude) reply to it
    intent = {"emp_fail": p["forbid"] == "rude_stop" and p["complaint"] and p["complaint_pos"] == "c1"}

    def complaint_response():
        """segments that answer a complaint (into the agent's next turn) and the delayed empathy if any"""
        if rude_here == "complaint":
            intent["emp_fail"] = True
            return [ch(Lm["rude"])], []
        if p["emp"] == "ok":
            e = ch(Lm["empathy"])
            return ([], [e]) if p["empdelay"] else ([e], [])
        intent["emp_fail"] = True
        if p["emp"] == "barecalm":
            return [ch(Lm["barecalm"])], []
        return [], []

    pending, delayed = [], []
    overlap_kw = {}
    if voice and (p["interrupt"] or p["forbid"] == "rude_stop"):
        lead = ch(Lm["rude_stop"]) if p["forbid"] == "rude_stop" else ch(Lm["interrupt"])
        pending.append(lead)
        overlap_kw = {"overlap_turn": t_c1, "overlap": rng.randrange(1300, 2800)}
    if p["idmode"] == "t2":
        pending.append(f(ch(Lm["id"])))
    if rude_here == "t2":
        pending.append(ch(Lm["rude"]))
    if p["complaint"] and p["complaint_pos"] == "c1":
        now, later = complaint_response()
        pending += now
        delayed = later

    def AT(segs, **kw):
        nonlocal pending, delayed, overlap_kw
        if segs and segs[0] in Lm["holdthx"]:  # the hold thanks is the first thing said after a hold
            allsegs = [segs[0]] + pending + segs[1:]
        else:
            allsegs = pending + segs
        pending = list(delayed)
        delayed = []
        kk = dict(overlap_kw)
        overlap_kw = {}
        kk.update(kw)
        if "overlap_turn" in kk:
            kk["gap"] = 0
        return A(allsegs, **kk)

    curt = p["curt"]
    vtype_line = ch(Lm["verif_curt"] if curt else Lm["verif"])
    vtype, vline = vtype_line
    cverif = f(ch(C.C_VERIF[vtype]))
    # 1 info
    if p["info"] == "ok":
        AT([ch(S["info_ask_curt"] if curt else S["info_ask"])])
        Cu(f(ch(S["info_give"])), pause=p["pause"])
    # 2 verification first
    if p["verif"] == "ok":
        AT([vline])
        Cu(cverif, pause=p["pause"] and p["info"] != "ok")
        pending.append(ch(C.VERIF_OK))
    # 3 disclose
    AT([ch(S["disclose"])])
    if p["complaint"] and p["complaint_pos"] == "after":
        Cu(complaint_line)
        now, later = complaint_response()
        pending += now
        delayed = later
    else:
        Cu(ch(C.C_OK if voice else C.C_OK_CHAT))
    # 4 late verification
    if p["verif"] == "late":
        AT([ch(C.ID_LATE_PREFIX[:1] + ["另外，"]) + vline])
        Cu(cverif)
        pending.append(ch(C.VERIF_OK))
    # 5 the answer
    ans_kw = {}
    pre = []
    if p["hold"] in ("ok", "nothx"):
        AT([ch(Lm["lookup"])])
        Cu(ch(C.C_HOLD_OK))
        ans_kw = {"gap": rng.randrange(18000, 50000) if voice else rng.randrange(35000, 95000),
                  "thanked": p["hold"] == "ok", "hold_ev": p["holdev"]}
        if p["hold"] == "ok":
            pre.append(ch(Lm["holdthx"]))
    elif p["hold"] == "unann":
        thx = rng.random() < 0.6
        ans_kw = {"gap": rng.randrange(17000, 30000) if voice else rng.randrange(35000, 60000),
                  "thanked": thx, "hold_ev": p["holdev"]}
        if thx:
            pre.append(ch(Lm["holdthx"]))
    if rude_here == "answer":
        pre.append(ch(Lm["rude"]))
    fact_line = lambda v: f(ch(S["fact"]), v=val(v))
    post = [f(ch(Lm["lookalike"]))] if p["lookalike"] and rng.random() < 0.6 else []
    if p["res"] == "nonans_fact":
        AT(pre + [ch(Lm["nonans"])], **ans_kw)
        Cu(ch(C.C_AFTER_NONANS))
    elif p["madegood"] or p["forbid"] in ("buck", "fuyan"):
        first = ch(Lm["nonans"]) if p["madegood"] else ch(Lm[p["forbid"]])
        AT(pre + [first], **ans_kw)
        Cu(ch(C.C_PRESS))
        AT([fact_line(v_first)] + post)
    else:
        AT(pre + [fact_line(v_first)] + post, **ans_kw)
    # 6 the customer's follow-ups
    follow = []
    if p["q2"]:
        follow.append("q2")
    if p["forbid"] in ("told", "rude_told"):
        follow.append("repeat")
    if p["sideq"] and p["res"] != "nonans_fact":
        follow.append("sideq")
    rng.shuffle(follow)
    if "sideq" in follow:
        follow.remove("sideq")
        follow.append("sideq")
    q2 = ch(S["q2"])
    for fu in follow:
        if fu == "q2":
            Cu(q2[0])
            if p["res"] == "nonans_q2":
                AT([ch(Lm["nonans2"] + ["哦。", "知道了。"])])
                Cu(ch(C.C_AFTER_NONANS))
            else:
                AT([q2[1]])
        elif fu == "repeat":
            Cu(ch(C.C_REPEAT))
            if p["forbid"] == "told":
                AT([f(ch(Lm["told"]), v=val(v_first))])
            else:
                AT([ch(Lm["rude_told"])])
                Cu(ch(C.C_AFTER_TOLD))
        elif fu == "sideq":
            Cu(ch(Lm["c_sideq"]))
            AT([ch(Lm["sideshrug"])])
    ack = lambda: Cu(ch(C.C_OK if voice else C.C_OK_CHAT))
    more_agent = p["fact"] == "corrected" or p["ref"] in ("ok", "nocode") or p["close"] != "walkout"
    if cv.prev == "agent" and more_agent:
        ack()
    # 7 correction
    if p["fact"] == "corrected":
        AT([f(ch(Lm["correct"]), v=val(v_ok))])
        if p["ref"] in ("ok", "nocode") or p["close"] != "walkout":
            ack()
    # 8 reference
    if p["ref"] == "ok":
        AT([f(ch(Lm["ref"]))])
    elif p["ref"] == "nocode":
        AT([ch(Lm["refnocode"])])
    hang_by = "customer"
    if p["close"] == "walkout":
        Cu(ch(Lm["c_walkout"]))
    else:
        if p["ref"] in ("ok", "nocode"):
            ack()
        # 9 wrap-up and the end
        survey_in_wrap = p["survey"] == "ok" and p["close"] in ("fin", "hangup")
        wrap = ch(Lm["wrap_curt"] if curt else Lm["wrap"])
        AT(([ch(Lm["survey"])] if survey_in_wrap else []) + [wrap])
        Cu(ch(C.C_WRAPNO))
        if p["close"] == "ok":
            AT(([ch(Lm["survey"])] if p["survey"] == "ok" else []) + [ch(Lm["close"])])
            Cu(ch(C.C_BYE))
        elif p["close"] == "survey_only":
            AT([ch(Lm["survey"]).rstrip("，") + "。"])
            Cu(ch(C.C_AFTER_SURVEY))
        elif p["close"] == "fin":
            AT([ch(C.AGENT_FIN_NONCLOSE)])
            Cu(ch(C.C_AFTER_SURVEY))
        else:
            hang_by = "agent"
    assert not pending and not delayed, (p["id"], pending, delayed)

    # ---- end events ----
    end = max(tt["endMs"] for tt in cv.turns)
    if voice:
        hu = end + rng.randrange(500, 1500)
        ev.append({"type": "hangup", "atMs": hu, "detail": {"by": hang_by}})
        endt = hu + rng.randrange(200, 600)
    else:
        endt = end + rng.randrange(5000, 40000)
    ev.append({"type": "ended", "atMs": endt})
    if p["transfer"]:
        ev.append({"type": "transfer", "atMs": cv.turns[len(cv.turns) // 2]["startMs"] - 100})
    order = {"started": 0, "dialed": 1, "ringing": 2, "answered": 3, "page-loaded": 3}
    ev.sort(key=lambda e: (e["atMs"], order.get(e["type"], 5)))
    cv.turns.sort(key=lambda x: (x["startMs"], x["endMs"]))

    inter = {"schemaVersion": 1, "contactId": p["id"], "scenarioId": S["id"], "runId": RUN,
             "channel": p["channel"], "startedAt": BASE_TS + idx * 2_713_000}
    if not p["nodur"]:
        inter["durationMs"] = endt
    inter.update({"events": ev, "turns": cv.turns, "outcome": "completed",
                  "transcriptSource": "deepgram" if voice else "chat-dom"})

    # ---- intent labels ----
    lab = intent_labels(p, cv, S, voice, intent)
    return inter, lab


def _digit_form(v, fact):
    """the digit form paired with a Han value: expected -> variants[0]; wrong lists are [han, digit, han, digit]"""
    pairs = {}
    if fact["variants"]:
        pairs[fact["expected"]] = fact["variants"][0]
    w = fact["wrong"]
    for i in range(0, len(w) - 1, 2):
        pairs[w[i]] = w[i + 1]
    return pairs.get(v, v)


def intent_labels(p, cv, S, voice, intent):
    L = {c: "pass" for c in CHECKS}
    why = {}
    req = S["requires"]

    def fail(c, r):
        L[c] = "fail"
        why[c] = r
    if p["greet"] != "ok":
        fail("greeting", {"biz": "agent opens business-first, no greeting word", "wei": "bare 喂 opener",
                          "idonly": "opens with the staff id alone"}[p["greet"]])
    if p["idmode"] in ("none", "third") and p["greet"] != "idonly":
        fail("agent-id", "no self-identification" if p["idmode"] == "none" else "id first given in the third agent turn")
    if p["close"] == "walkout":
        L["closing"] = "na"
    elif p["close"] != "ok":
        fail("closing", "agent's last two turns carry no 结束语")
    if p["forbid"] != "none":
        fail("forbidden-words", "服务忌语: " + p["forbid"])
    if p["forbid"] in ("rude", "rude_told", "rude_stop"):
        fail("politeness", "rude line: " + p["forbid"])
    elif p["curt"]:
        fail("politeness", "curt register: three clipped demands")
    if not req["verification"]:
        L["verification"] = "na"
    elif p["verif"] != "ok":
        fail("verification", "record disclosed before identity check" if p["verif"] == "late" else "no identity check")
    H, D = (15000, 8000) if voice else (30000, 30000)
    holds = [g for g in cv.gaps if g["len"] >= H or g["ev"]]
    if not holds:
        L["hold-etiquette"] = "na"
    elif any(not (g["announced"] and g["thanked"]) for g in holds):
        fail("hold-etiquette", "hold unannounced or not thanked")
    if any(g["len"] >= D and not g["announced"] for g in cv.gaps):
        fail("dead-air", "unannounced silence")
    lat = S["sla"]["responseLatencyMs"]
    if any(g["prev"] == "customer" and g["len_from_first"] > lat and not g["announced"] for g in cv.gaps):
        fail("response-latency", "customer turn answered late")
    first = [g for g in cv.gaps if g["prev"] == "join"][0]
    if first["len"] > S["sla"]["firstResponseMs"]:
        fail("first-response", "first agent word late")
    if not voice:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    else:
        if p["interrupt"] or p["forbid"] == "rude_stop":
            fail("interruption", "agent takes the floor over the customer")
        if p["rate"] != "ok":
            fail("speech-rate", "agent speaks " + p["rate"])
    if not p["complaint"] and not req["empathy"]:
        L["empathy"] = "na"
    elif intent["emp_fail"]:
        fail("empathy", "complaint not acknowledged in the next two agent turns")
    if p["res"] != "ok":
        fail("resolution", "question met with a non-answer")
    if p["fact"] in ("wrong", "never"):
        fail("fact-accuracy", "fact stated wrong" if p["fact"] == "wrong" else "fact never stated")
    if p["fact"] in ("wrong", "corrected"):
        fail("no-misinformation", "known-wrong value stated")
    if not req["reference"]:
        L["record-reference"] = "na"
    elif p["ref"] != "ok":
        fail("record-reference", "no reference number given")
    if not req["survey"]:
        L["survey-offered"] = "na"
    elif p["survey"] != "ok":
        fail("survey-offered", "no evaluation invited")
    if p["info"] != "ok":
        fail("required-info", "agent never asked; customer volunteered it")
    return L, why


def specials():
    out = []
    d0 = DOMAINS
    sp = [("x01", "no-answer", "voice", "no-answer"), ("x02", "busy", "voice", "busy"),
          ("x03", "ivr-abandon", "voice", "abandoned"), ("x04", "chat-queue-abandon", "webchat", "abandoned"),
          ("x05", "bot-only", "webchat", "abandoned"), ("x06", "harness-selector-timeout", "webchat", "failed"),
          ("x07", "harness-browser-crashed", "webchat", "failed")]
    for i, (x, kind, chn, outcome) in enumerate(sp):
        d = d0[i % len(d0)]
        M = MAT[d]
        cid = "h13a-" + x
        ev = [{"type": "started", "atMs": 0}]
        turns = []
        rec = {"schemaVersion": 1, "contactId": cid, "scenarioId": M.S["s1"]["id"], "runId": RUN, "channel": chn,
               "startedAt": BASE_TS + (200 + i) * 2_713_000}
        if kind == "no-answer":
            ev += [{"type": "dialed", "atMs": 310}, {"type": "ringing", "atMs": 1620}, {"type": "ended", "atMs": 61620}]
        elif kind == "busy":
            ev += [{"type": "dialed", "atMs": 280}, {"type": "ended", "atMs": 3150}]
        elif kind == "ivr-abandon":
            ev += [{"type": "dialed", "atMs": 400}, {"type": "ringing", "atMs": 1500}, {"type": "answered", "atMs": 6100}]
            txt = M.IVR[0]
            e = 6400 + int(C.spoken_chars(txt) * 60000 / 260)
            turns.append({"speaker": "ivr", "text": txt, "startMs": 6400, "endMs": e, "confidence": 0.95})
            ev += [{"type": "dtmf", "atMs": e + 1800, "detail": {"digits": "0"}}, {"type": "queued", "atMs": e + 2000},
                   {"type": "hangup", "atMs": e + 95000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": e + 95400}]
        elif kind == "chat-queue-abandon":
            turns.append({"speaker": "bot", "text": "正在为您转接人工服务，当前排队第6位，请耐心等待。", "startMs": 3200,
                          "endMs": 3200, "confidence": 1.0})
            ev += [{"type": "page-loaded", "atMs": 1400}, {"type": "queued", "atMs": 3100},
                   {"type": "ended", "atMs": 184000}]
        elif kind == "bot-only":
            ev += [{"type": "page-loaded", "atMs": 1100}]
            seq = [("bot", M.BOT[0], 2300), ("customer", "我要找人工客服", 15800),
                   ("bot", "抱歉，没有理解您的问题，您可以换个说法试试。", 16900), ("customer", "转人工！", 29400),
                   ("bot", "您可以选择以下常见问题进行咨询。", 30200), ("customer", "算了", 78000)]
            for sp_, tx, at in seq:
                turns.append({"speaker": sp_, "text": tx, "startMs": at, "endMs": at, "confidence": 1.0})
            ev += [{"type": "ended", "atMs": 80500}]
        else:
            ev += [{"type": "page-loaded", "atMs": 1900}] if kind.endswith("timeout") else []
        if outcome != "failed":
            rec["durationMs"] = ev[-1]["atMs"]
        rec["events"] = ev
        rec["turns"] = turns
        rec["outcome"] = outcome
        if outcome == "failed":
            rec["failedBy"] = "harness"
            rec["errorCode"] = "E_SELECTOR_TIMEOUT" if kind.endswith("timeout") else "E_BROWSER_CRASHED"
        rec["transcriptSource"] = "deepgram" if chn == "voice" else "chat-dom"
        lab = {"contactId": cid, "domain": d, "special": kind, "labels": {c: "na" for c in CHECKS}, "why": {}}
        out.append((rec, lab))
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenarios():
    sdir = os.path.join(OUT, "scenarios")
    os.makedirs(sdir, exist_ok=True)
    for d in DOMAINS:
        M = MAT[d]
        for sk in ("s1", "s2", "s3"):
            S = M.S[sk]
            fa = S["facts"][0]
            r = S["requires"]
            lines = [f"id: {S['id']}", f"title: {yq(S['title'])}",
                     f"description: {yq('独立语料 ' + SET + '，领域 ' + d + '，机构 ' + M.ORG)}",
                     "channel: [voice, webchat]", f"target: {{ phone: {yq(M.PHONE)} }}",
                     f"persona: {{ name: {yq(S['persona'])} }}", "locale: zh-CN", "steps:",
                     f"  - say: {yq(S['req'][0])}", "  - wait: { pattern: \"[。？！]\", timeoutMs: 60000 }",
                     "  - end: true", "facts:",
                     f"  - {{ key: {fa['key']}, label: {yq(fa['label'])}, expected: {yq(fa['expected'])}, "
                     f"variants: {yq(fa['variants'])}, wrong: {yq(fa['wrong'])}, cues: {yq(fa['cues'])} }}",
                     "requiredInfo:",
                     f"  - {{ key: {S['info']['key']}, label: {yq(S['info']['label'])}, patterns: [{yq(S['info']['pattern'])}] }}",
                     "requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
                         str(r[k]).lower() for k in ("verification", "reference", "empathy", "survey")),
                     "sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }" % (
                         S["sla"]["firstResponseMs"], S["sla"]["responseLatencyMs"], S["sla"]["handleTimeMs"]),
                     f"tags: [{SET}, {d}]", ""]
            with open(os.path.join(sdir, S["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines))


def main():
    plan = make_plan()
    write_scenarios()
    contacts, labels = [], []
    for i, p in enumerate(plan):
        inter, (L, why) = build(p, i)
        contacts.append(inter)
        labels.append({"contactId": p["id"], "domain": p["domain"], "labels": L, "why": why})
    for rec, lab in specials():
        contacts.append(rec)
        labels.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(contacts)} contacts")


if __name__ == "__main__":
    main()
