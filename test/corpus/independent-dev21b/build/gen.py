# -*- coding: utf-8 -*-
"""Generator for independent-dev21b. Byte-identical output on every run (seeded plan, no clock).

python3 build/gen.py  ->  scenarios/*.yaml, contacts.jsonl, labels.jsonl (next to build/)
"""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mat_common as C  # noqa: E402
from plan import DOMAINS, plan  # noqa: E402

OUT = os.path.dirname(HERE)
SET = "independent-dev21b"
RUN = "dev21b"
PFX = "h14b"
MODS = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
VOICE_ONLY = r"致电|来电|挂机|挂断|别挂|挂电话|打进来|打过来|打电话|先挂|挂了|听到|听得|请讲|您讲|喂|按一"
SPOKEN = dict(zip("0123456789", "零幺二三四五六七八九"))
CN = "零一二三四五六七八九"
ADDRESSES = ["翠湖苑六栋二单元一五零二", "锦绣花城十二栋八零三", "滨江壹号三期九栋", "梧桐里小区四号楼一单元", "青禾家园二十三栋"]
PEOPLE = ["四个人", "六位", "两个大人一个小孩", "八个人", "五位", "三个人"]
STAFF = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def scen_id(dom, sc):
    return f"{PFX}-{dom}-{sc['sfx']}"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def spoken_digits(s):
    return "".join(SPOKEN.get(ch, ch) for ch in s)


def spoken_chars(text):
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", text))


class Picker:
    """Least-used draw; a decisive wording may be used at most `cap` times in the whole set."""

    def __init__(self):
        self.count = {}

    def pick(self, rng, cat, lines, cap=3):
        best = min(self.count.get((cat, l), 0) for l in lines)
        cands = [l for l in lines if self.count.get((cat, l), 0) == best]
        line = rng.choice(cands)
        n = self.count.get((cat, line), 0) + 1
        if cap and n > cap:
            raise RuntimeError(f"pool {cat} exhausted ({len(lines)} lines)")
        self.count[(cat, line)] = n
        return line


def asr(text, rng):
    """Speech-recognition look: fillers at clause starts, homophones, digits read out, punctuation dropped or spaced."""
    parts = re.split(r"([，。？！、：；,.?!～])", text)
    out = []
    clause_start = True
    for p in parts:
        if not p:
            continue
        if re.fullmatch(r"[，。？！、：；,.?!～]", p):
            out.append(p)
            clause_start = True
            continue
        if clause_start and rng.random() < (0.3 if not out else 0.12):
            out.append(rng.choice(C.FILLERS) + " ")
        out.append(p)
        clause_start = False
    t = "".join(out)
    for a, b in C.HOMOPHONES.items():
        t = re.sub(a, lambda m: b if rng.random() < 0.5 else a, t)
    t = spoken_digits(t)
    if rng.random() < 0.5:
        t = re.sub(r"[，。？！、：；,.?!～]", "", t)
    else:
        t = re.sub(r"[，。？！、：；,.?!～]", " ", t)
    return re.sub(r" +", " ", t).strip()


def join(frags):
    t = "".join(frags)
    if t.endswith("，"):
        t = t[:-1] + "。"
    return t


def build(c, pk, used):
    rng = random.Random(c["seed"])
    mod = MODS[c["domain"]]
    sc = mod.SCEN["ABC".index(c["letter"])]
    sid = scen_id(c["domain"], sc)
    voice = c["channel"] == "voice"
    spoken = voice and c["asr"]
    req = sc["requires"]
    fr_sla, lat_sla = sc["sla"]
    f1, f2 = sc["facts"]

    def P(cat, lines, cap=3):
        if not voice:
            ok = [l for l in lines if not re.search(VOICE_ONLY, l if isinstance(l, str) else l[1])]
            lines = ok or lines
        return pk.pick(rng, cat, lines, cap)

    def num(nd):
        return "".join(rng.choice("0123456789") for _ in range(nd))

    def sp(s):
        return spoken_digits(s) if spoken else s

    # ---------------------------------------------------------------- values
    while True:
        staff = (rng.choice("123456789") + num(3)) if rng.random() < 0.75 else (rng.choice(STAFF) + num(3))
        if staff not in used["staff"]:
            used["staff"].add(staff)
            break
    while True:
        r = rng.random()
        s = rng.choice(C.SURNAMES)
        name = ("小" + s) if r < 0.45 else (s + rng.choice(C.GIVEN)) if r < 0.9 else rng.choice(C.ENGLISH)
        if name not in used["name"]:
            used["name"].add(name)
            break
    while True:
        ref = (rng.choice(["GD", "SL", "KF", "JG", "TC", "HX"]) + num(8)) if rng.random() < 0.5 else (rng.choice("123456789") + num(11))
        if ref not in used["ref"]:
            used["ref"].add(ref)
            break
    cname = rng.choice(C.SURNAMES) + rng.choice(C.GIVEN) + rng.choice(C.GIVEN)

    def info_value(kind):
        if kind == "plate":
            tail = [rng.choice("0123456789") for _ in range(4)] + [rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")]
            rng.shuffle(tail)
            return "云" + rng.choice("ABDE") + "".join(tail)
        if kind == "file":
            return rng.choice("123456789") + num(11)
        if kind == "serial":
            return rng.choice("123456789") + num(13)
        if kind == "station":
            return rng.choice("123456789") + num(7)
        if kind == "order":
            return rng.choice("123456789") + num(13)
        if kind == "bill":
            return rng.choice("123456789") + num(9)
        if kind == "people":
            return rng.choice(PEOPLE)
        if kind == "address":
            return rng.choice(ADDRESSES)
        return None

    def birth():
        y, m, d = rng.randint(1960, 2001), rng.randint(1, 12), rng.randint(1, 28)
        if voice:
            return "".join(CN[int(ch)] for ch in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "号"
        return f"{y}年{m}月{d}日"

    def ver_data(kind):
        if kind == "name_id4":
            return f"我叫{cname}，身份证后四位{sp(num(4))}。"
        if kind == "id6":
            return f"后六位是{sp(num(6))}。"
        if kind == "id4":
            return f"最后四位{sp(num(4))}。"
        if kind == "code":
            return f"验证码是{sp(num(6))}。"
        if kind == "birth":
            return birth() + "。"
        if kind == "name_phone4":
            return f"{cname}，尾号{sp(num(4))}。"
        if kind == "phone4":
            return f"后四位是{sp(num(4))}。"
        if kind == "name_birth":
            return f"{cname}，{birth()}。"
        raise ValueError(kind)

    def fill(t, v=None, x=None):
        return (t.replace("{id}", sp(staff)).replace("{name}", name).replace("{ref}", sp(ref))
                .replace("{v}", v or "").replace("{x}", x or ""))

    def fval(f, ok=True):
        forms = f["acc"] if ok else f["wrong"]
        if voice:
            forms = [x for x in forms if not re.search(r"[0-9%]", x)]
        return rng.choice(forms)

    def fstmt(f, mode):
        if mode == "omitted":
            return [], None
        if mode == "ok":
            v = fval(f)
            return [fill(P("fact:" + f["key"], f["say"], 0), v)], v
        if mode == "wrong":
            v = fval(f, False)
            return [fill(P("fact:" + f["key"], f["say"], 0), v)], v
        w, v = fval(f, False), fval(f)
        return [fill(P("fact:" + f["key"], f["say"], 0), w), fill(P("corr", C.CORR), v)], v

    # ---------------------------------------------------------------- script
    S = []  # entries: dict(spk, text, slot, meta)

    def A(frags, slot, **meta):
        S.append(dict(spk="agent", text=join(frags), slot=slot, meta=meta))

    def Cu(text, slot, **meta):
        S.append(dict(spk="customer", text=text, slot=slot, meta=meta))

    id_mode = c["id_mode"]
    if id_mode == "t1" and rng.random() < 0.25:
        id_mode = "t2"
    id_line = fill(P("ids", mod.IDS + C.IDS)) if id_mode != "none" else None
    agent_n = [0]

    def agent_turn(frags, slot, **meta):
        agent_n[0] += 1
        if id_mode == "t3" and agent_n[0] == 3:
            k = 1 if frags and frags[0] in C.HOLD_THX else 0
            frags = frags[:k] + [P("idpre", C.ID_LATE_PRE, 0), id_line] + frags[k:]
        A(frags, slot, **meta)

    # A1
    fr = []
    fr.append(P("open_bad", mod.OPEN_BAD) if c["greet_fail"] else P("greet", mod.GREET))
    if id_mode == "t1":
        fr.append(id_line)
    elif id_mode != "t2" and rng.random() < 0.7:
        fr.append(P("idneg", C.IDNEG))
    if not c["greet_fail"]:
        fr.append(P("offer", C.OFFER, 6))
    agent_turn(fr, "A1")

    # C1
    info = sc["info"]
    xs = [info_value(it["kind"]) for it in info]
    c1 = ""
    if c["complaint"]:
        c1 += P("complain:" + sid, sc["complain"])
    c1 += P("req:" + sid, sc["req"], 0)
    if c["info_fail"]:
        vol = []
        for it, x in zip(info, xs):
            g = it.get("vol", it["give"][0])
            vol.append(g.replace("{x}", sp(x)) if x else g)
        c1 += "".join(vol)
    Cu(c1, "C1", long=True)

    # A2
    fr = []
    if c["complaint"]:
        if c["emp"] == "fail1":
            if rng.random() < 0.6:
                fr.append(P("ackbad", C.ACKBAD))
        else:
            fr.append(P("apology", mod.APOLOGY + C.APOLOGY))
    if id_mode == "t2":
        fr.append(id_line)
    asks = []
    if not c["info_fail"]:
        for it in info:
            asks.append(P("ask:" + sid + it["key"], it["asks"], 0))
    vkind = None
    if c["ver"] == "pass" and req["verification"]:
        vkind, vtext = P("ver_ask", mod.VER_ASK)
        asks.append(vtext)
    fr += asks if asks else [P("neutral", C.NEUTRAL_ACK, 0)]
    agent_turn(fr, "A2")

    # C2
    if asks:
        c2 = ""
        if not c["info_fail"]:
            for it, x in zip(info, xs):
                g = rng.choice(it["give"])
                c2 += g.replace("{x}", sp(x)) if x else g
        if vkind:
            c2 += ver_data(vkind)
        Cu(c2, "C2")
    else:
        Cu(rng.choice(C.C_LASTOK), "C2")

    # A3 / hold
    hold = c["hold"]
    if hold in ("ok", "nothanks"):
        agent_turn([P("hold_ann", mod.HOLD_ANN + sc["hold"] + C.HOLD_ANN)], "A3")
        if rng.random() < (0.7 if voice else 0.5):
            Cu(rng.choice(C.C_OKHOLD), "C3")
    # A4
    fr = []
    if hold == "ok":
        fr.append(P("hold_thx", C.HOLD_THX))
    if c["ver"] == "pass" and req["verification"]:
        fr.append(P("ver_ok", [v for v in C.VER_OK if vkind == "code" or "验证码" not in v]))
    fr.append(P("disclose:" + sid, sc["disclose"]))
    fa, v1 = fstmt(f1, c["f1"])
    fb, _ = fstmt(f2, c["f2"])
    fr += fa + fb
    vlate = None
    if c["ver"] == "late" and req["verification"]:
        vlate, vtext = P("ver_ask", mod.VER_ASK)
        fr += [P("ver_pre", C.VER_LATE_PRE, 0), vtext]
    agent_turn(fr, "A4", gap=("hold" if hold in ("ok", "nothanks") else "unann" if hold == "unann" else None))

    # C4
    q, ans = P("q2:" + sid, sc["q2"])
    c4 = ""
    if vlate:
        c4 += ver_data(vlate)
    if c["esc"]:
        c4 += P("esc", mod.ESC)
    c4 += q
    Cu(c4, "C4", long=True)

    # A5
    fr = []
    if c["esc"] and c["emp"] != "fail2":
        fr.append(P("apology", mod.APOLOGY + C.APOLOGY))
    if c["rude"]:
        fr.append(P("rude", mod.RUDE))
    if c["res"] == "ok":
        fr.append(ans)
        if c["lookalike"] and not c["esc"]:
            fr.append(P("lookalike", mod.LOOKALIKE + C.LOOKALIKE))
    else:
        fr.append(P("nonans", mod.NONANS + C.NONANS))
    if c["walkout"]:
        fr.append(fill(P("ref", mod.REF + C.REF)))
    agent_turn(fr, "A5")

    # S5
    s5 = c["s5"]
    if s5 in ("told", "polite_rep"):
        Cu(P("again:" + sid, f1["again"], 0), "C5")
        v = v1 if v1 else fval(f1)
        agent_turn([fill(P("told", C.TOLD) if s5 == "told" else P("polite_rep", C.POLITE_REPEAT), v)], "A6")
    elif s5 in ("cold", "polite_muse"):
        Cu(P("muse:" + c["domain"], mod.MUSE, 0), "C5")
        agent_turn([P("cold", C.COLD) if s5 == "cold" else P("polite_muse", C.POLITE_MUSE)], "A6")
    elif s5 == "press":
        Cu(P("press", C.C_PRESS, 0), "C5")
        agent_turn([P("madegood", C.MADEGOOD), ans], "A6")

    # ending
    ending = None
    if c["walkout"]:
        Cu(P("walkout", C.C_WALKOUT), "C6")
        ending = "walkout"
    else:
        Cu(P("thanks", C.C_THANKS, 0), "C6")
        fr = []
        if req["reference"] and not c["ref_fail"]:
            fr.append(fill(P("ref", mod.REF + C.REF)))
        elif req["reference"] and xs[0] and info[0]["kind"] not in ("people", "address") and rng.random() < 0.6:
            fr.append(P("refneg", C.REFNEG).replace("{x}", sp(xs[0])))
        if req["survey"] and not c["survey_fail"]:
            fr.append(P("survey", mod.SURVEY + C.SURVEY))
        if not c["close_fail"]:
            if rng.random() < 0.6:
                fr.append(P("close", mod.CLOSE + C.CLOSE))
                agent_turn(fr, "A7")
                if rng.random() < 0.75:
                    Cu(P("bye", C.C_BYE, 0), "C7")
                ending = "close-a"
            else:
                fr.append(P("wrap", C.WRAP))
                agent_turn(fr, "A7")
                Cu(P("nomore", C.C_NOMORE, 0), "C7")
                agent_turn([P("close", mod.CLOSE + C.CLOSE)], "A8")
                if rng.random() < 0.5:
                    Cu(P("bye", C.C_BYE, 0), "C8")
                ending = "close-b"
        else:
            if fr and rng.random() < 0.5:
                agent_turn(fr, "A7")
                Cu(rng.choice(C.C_LASTOK), "C7")
                ending = "fail-b"
            else:
                fr.append(P("wrap", C.WRAP))
                agent_turn(fr, "A7")
                Cu(P("nomore", C.C_NOMORE, 0), "C7")
                ending = "fail-a"

    # ---------------------------------------------------------------- special gaps
    slots = {e["slot"] for e in S}
    free = ["A2", "A5"] + (["A7"] if "A7" in slots else [])
    rng.shuffle(free)
    special = {}
    if voice and c["interrupt"]:
        c4len = spoken_chars(next(e["text"] for e in S if e["slot"] == "C4"))
        s = rng.choice(["A2", "A5"] if c4len >= 22 else ["A2"])
        special[s] = "interrupt"
        free.remove(s)
    if voice and c["dead"]:
        s = free.pop()
        special[s] = "dead"
    if c["lat_fail"]:
        s = free.pop()
        special[s] = "lat"

    # ---------------------------------------------------------------- timing
    R = rng.uniform
    if c["rate"] == "slow":
        arate = R(78, 100)
    elif c["rate"] == "fast":
        arate = R(335, 380)
    else:
        arate = R(150, 260)
    crate = R(190, 270)
    events = [dict(type="started", atMs=0)]
    turns = []
    conf = (lambda: round(R(0.6, 0.93), 2)) if spoken else (lambda: round(R(0.9, 0.99), 2))
    if voice:
        t = int(R(200, 500))
        events.append(dict(type="dialed", atMs=t))
        t += int(R(800, 1500))
        events.append(dict(type="ringing", atMs=t))
        t += int(R(3000, 9000))
        events.append(dict(type="answered", atMs=t))
        if c["ivr"]:
            txt = rng.choice(mod.IVR)
            if spoken:
                txt = asr(txt, rng)
            d = int(spoken_chars(txt) * 60000 / 240)
            turns.append(dict(speaker="ivr", text=txt, startMs=t + 300, endMs=t + 300 + d, confidence=conf()))
            t += 300 + d + int(R(800, 2000))
            events.append(dict(type="dtmf", atMs=t, detail=dict(digits="0")))
            t += 300
            events.append(dict(type="queued", atMs=t))
            t += int(R(5000, 40000))
        else:
            t += int(R(300, 1200))
        joined = t
        events.append(dict(type="agent-joined", atMs=t))
    else:
        t = int(R(1200, 2500))
        events.append(dict(type="page-loaded", atMs=t))
        if c["bot"]:
            t += 1000
            turns.append(dict(speaker="bot", text=mod.BOT, startMs=t, endMs=t, confidence=1.0))
            t += int(R(8000, 15000))
            turns.append(dict(speaker="customer", text=rng.choice(["转人工", "人工客服", "我要找人工"]), startMs=t, endMs=t, confidence=1.0))
            t += 1000
            turns.append(dict(speaker="system", text="正在为您转接人工客服，请稍候", startMs=t, endMs=t, confidence=1.0))
            t += 300
            events.append(dict(type="queued", atMs=t))
            t += int(R(2000, 5000))
        else:
            if rng.random() < 0.5:
                t += 500
                events.append(dict(type="queued", atMs=t))
            t += int(R(3000, 20000))
        joined = t
        events.append(dict(type="agent-joined", atMs=t))

    # first response
    if c["fr_fail"]:
        if voice:
            gap0 = int(R(6500, 7800))
        else:
            lo = {6000: 8000, 10000: 12000, 20000: 22000}[fr_sla]
            gap0 = int(R(lo, min(lo + 12000, 28000)))
    else:
        gap0 = int(R(800, 3500)) if voice else int(R(2000, 5000))
    lat_over = False
    prev = None
    hold_events = voice and hold != "none" and (hold == "unann" or rng.random() < 0.5)
    last_end = joined
    tl = []  # timeline entries with times
    for e in S:
        text = e["text"]
        if spoken:
            text = asr(text, rng)
        n = spoken_chars(text)
        if e["spk"] == "agent":
            rate = arate * R(0.96, 1.04)
        else:
            rate = crate
        dur = int(n * 60000 / rate) if voice else 0
        if prev is None:
            start = joined + gap0
        elif e["spk"] == "customer":
            start = last_end + (int(R(300, 1500)) if voice else int(R(6000, 25000)))
        else:
            kind = special.get(e["slot"])
            g = e["meta"].get("gap")
            if g == "hold":
                gap = int(R(20000, 55000)) if voice else int(R(35000, 90000))
            elif g == "unann":
                gap = int(R(16000, 19000)) if voice else int(R(32000, 45000))
                if gap > lat_sla:
                    lat_over = True
            elif kind == "dead":
                gap = int(R(8500, 11500))
            elif kind == "lat":
                gap = int(R(12500, 14500)) if voice else int(R(lat_sla + 1500, 29000))
            elif kind == "interrupt":
                pd = prev["endMs"] - prev["startMs"]
                ov = int(R(1300, 2300))
                assert pd > ov + 800, (c["g"], pd)
                gap = -ov
            else:
                gap = int(R(500, 2200)) if voice else int(R(3000, 9000))
                if not voice and c["nudge"] and e["slot"] == "A5":
                    gap = int(R(9500, 11000))
            start = last_end + gap
            if g in ("hold", "unann") and hold_events:
                events.append(dict(type="hold-start", atMs=last_end + 400))
                events.append(dict(type="hold-end", atMs=start - 300))
            if not voice and c["nudge"] and e["slot"] == "A5":
                turns.append(dict(speaker="customer", text=rng.choice(C.C_NUDGE), startMs=last_end + 6500, endMs=last_end + 6500, confidence=1.0))
        item = dict(speaker=e["spk"], text=text, startMs=start, endMs=start + dur, confidence=conf() if voice else 1.0)
        turns.append(item)
        tl.append(item)
        # backchannel over a long customer turn
        if voice and e["spk"] == "customer" and e["meta"].get("long") and c["backchannel"] and dur > 3500:
            nxt = "A2" if e["slot"] == "C1" else "A5"
            if special.get(nxt) != "interrupt" and rng.random() < 0.8:
                bs = start + int(dur * R(0.35, 0.55))
                turns.append(dict(speaker="agent", text=rng.choice(C.BACKCHANNEL), startMs=bs, endMs=bs + int(R(400, 700)), confidence=conf()))
        last_end = max(last_end, start + dur)
        prev = item
    end_t = last_end
    if voice:
        by = "customer" if ending in ("walkout",) else ("agent" if ending in ("fail-a", "fail-b") else rng.choice(["agent", "customer"]))
        end_t += int(R(800, 2500))
        events.append(dict(type="hangup", atMs=end_t, detail=dict(by=by)))
        end_t += int(R(200, 600))
    else:
        end_t += int(R(3000, 8000))
    events.append(dict(type="ended", atMs=end_t))
    if c["transfer"]:
        events.append(dict(type="transfer", atMs=tl[3]["startMs"] - 200))
    events.sort(key=lambda ev: ev["atMs"])
    turns.sort(key=lambda x: (x["startMs"], 0 if x["speaker"] != "agent" else 1))
    started_at = 1741000000000 + c["g"] * 5400000 + int(R(0, 3000000))
    inter = dict(schemaVersion=1, contactId=f"{PFX}-{c['domain']}-{c['n']:02d}", scenarioId=sid, runId=RUN,
                 channel=c["channel"], startedAt=started_at)
    if not c["no_duration"]:
        inter["durationMs"] = end_t
    inter.update(events=events, turns=turns, outcome="completed", transcriptSource="deepgram" if voice else "chat-dom")

    # ---------------------------------------------------------------- labels (from the plan)
    L, why = {}, {}

    def put(k, v, reason=None):
        L[k] = v
        if v == "fail":
            why[k] = reason

    put("greeting", "fail" if c["greet_fail"] else "pass", "agent opens with business, no greeting")
    put("agent-id", "pass" if id_mode in ("t1", "t2") else "fail",
        "no self-identification" if id_mode == "none" else "staff id first given in the third agent turn")
    if c["walkout"]:
        put("closing", "na")
    else:
        put("closing", "fail" if c["close_fail"] else "pass", "last agent turns end with a wrap-up only, no closing")
    forb = c["rude"] or s5 in ("told", "cold")
    put("forbidden-words", "fail" if forb else "pass",
        "; ".join(x for x in ["rude line" if c["rude"] else "", "told-you" if s5 == "told" else "", "indifference" if s5 == "cold" else ""] if x))
    if not req["verification"]:
        put("verification", "na")
    else:
        put("verification", "pass" if c["ver"] == "pass" else "fail",
            "record disclosed with no identity check" if c["ver"] == "none" else "identity check only after disclosure")
    if hold == "none":
        put("hold-etiquette", "na")
    else:
        put("hold-etiquette", "pass" if hold == "ok" else "fail", "hold not thanked" if hold == "nothanks" else "hold not announced")
    put("politeness", "fail" if c["rude"] else "pass", "rude line to the customer")
    if voice:
        put("interruption", "fail" if c["interrupt"] else "pass", "agent talks over the customer")
        put("speech-rate", "pass" if c["rate"] == "ok" else "fail", f"agent rate {c['rate']}")
    else:
        put("interruption", "na")
        put("speech-rate", "na")
    dead = (voice and (c["dead"] or c["lat_fail"])) or hold == "unann"
    put("dead-air", "fail" if dead else "pass", "unannounced silence")
    if not c["complaint"] and not req["empathy"]:
        put("empathy", "na")
    else:
        put("empathy", "pass" if c["emp"] == "pass" else "fail",
            "no apology after the complaint" if c["emp"] == "fail1" else "no apology after the escalation")
    put("resolution", "fail" if c["res"] == "fail" else "pass", "side question got a non-answer")
    put("first-response", "fail" if c["fr_fail"] else "pass", "first agent word after the SLA")
    put("response-latency", "fail" if (c["lat_fail"] or lat_over) else "pass", "a customer turn answered after the SLA")
    fa_bad = [f["key"] for f, m in ((f1, c["f1"]), (f2, c["f2"])) if m in ("wrong", "omitted")]
    nm_bad = [f["key"] for f, m in ((f1, c["f1"]), (f2, c["f2"])) if m in ("wrong", "corrected")]
    put("fact-accuracy", "fail" if fa_bad else "pass", "wrong or missing: " + ",".join(fa_bad))
    put("no-misinformation", "fail" if nm_bad else "pass", "wrong value stated: " + ",".join(nm_bad))
    if not req["reference"]:
        put("record-reference", "na")
    else:
        put("record-reference", "fail" if c["ref_fail"] else "pass", "no case reference given")
    if not req["survey"]:
        put("survey-offered", "na")
    else:
        put("survey-offered", "fail" if c["survey_fail"] else "pass", "no evaluation invited")
    put("required-info", "fail" if c["info_fail"] else "pass", "customer volunteered it, agent never asked")
    lab = dict(contactId=inter["contactId"], domain=c["domain"], labels={k: L[k] for k in CHECKS}, why=why)
    return inter, lab


def specials():
    out = []
    mod = MODS["traffic"]
    base = 1741900000000
    sid_t = scen_id("traffic", MODS["traffic"].SCEN[0])
    sid_l = scen_id("lottery", MODS["lottery"].SCEN[0])
    sid_h = scen_id("hotpot", MODS["hotpot"].SCEN[2])
    sid_c = scen_id("curtain", MODS["curtain"].SCEN[0])
    sid_f = scen_id("freight", MODS["freight"].SCEN[1])
    sid_s = scen_id("supplement", MODS["supplement"].SCEN[0])

    def head(n, sid, ch, dom):
        return dict(schemaVersion=1, contactId=f"{PFX}-x{n:02d}", scenarioId=sid, runId=RUN, channel=ch, startedAt=base + n * 3600000), dom

    x, d = head(1, sid_t, "voice", "traffic")
    x.update(durationMs=31500, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=310), dict(type="ringing", atMs=1400),
                                       dict(type="ended", atMs=31500)], turns=[], outcome="no-answer", transcriptSource="deepgram")
    out.append((x, d, "no-answer"))
    x, d = head(2, sid_l, "voice", "lottery")
    x.update(durationMs=2900, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=280), dict(type="ended", atMs=2900)],
             turns=[], outcome="busy", transcriptSource="deepgram")
    out.append((x, d, "busy"))
    x, d = head(3, sid_h, "voice", "hotpot")
    ivr = MODS["hotpot"].IVR[0]
    x.update(durationMs=98600, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=250), dict(type="ringing", atMs=1300),
                                       dict(type="answered", atMs=5200), dict(type="dtmf", atMs=16800, detail=dict(digits="0")),
                                       dict(type="queued", atMs=17100), dict(type="hangup", atMs=98100, detail=dict(by="customer")),
                                       dict(type="ended", atMs=98600)],
             turns=[dict(speaker="ivr", text=ivr, startMs=5500, endMs=15900, confidence=0.95),
                    dict(speaker="ivr", text="当前排队人数较多，请您耐心等候。", startMs=40000, endMs=43600, confidence=0.94)],
             outcome="abandoned", transcriptSource="deepgram")
    out.append((x, d, "ivr-abandon"))
    x, d = head(4, sid_c, "webchat", "curtain")
    x.update(durationMs=185000, events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=1800), dict(type="queued", atMs=9500),
                                        dict(type="ended", atMs=185000)],
             turns=[dict(speaker="customer", text="想约个上门测量", startMs=7000, endMs=7000, confidence=1.0),
                    dict(speaker="system", text="当前排队中，前面还有6位", startMs=9500, endMs=9500, confidence=1.0)],
             outcome="abandoned", transcriptSource="chat-dom")
    out.append((x, d, "chat-queue-abandon"))
    x, d = head(5, sid_f, "webchat", "freight")
    x.update(durationMs=142000, events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=2100), dict(type="ended", atMs=142000)],
             turns=[dict(speaker="bot", text=MODS["freight"].BOT, startMs=3100, endMs=3100, confidence=1.0),
                    dict(speaker="customer", text="我的冰箱被磕坏了，转人工", startMs=15000, endMs=15000, confidence=1.0),
                    dict(speaker="bot", text="抱歉，我没有理解您的问题，您可以试试输入“理赔”。", startMs=16000, endMs=16000, confidence=1.0),
                    dict(speaker="customer", text="人工！", startMs=30000, endMs=30000, confidence=1.0),
                    dict(speaker="bot", text="当前人工坐席繁忙，请稍后再试。", startMs=31000, endMs=31000, confidence=1.0)],
             outcome="abandoned", transcriptSource="chat-dom")
    out.append((x, d, "bot-only"))
    x, d = head(6, sid_s, "webchat", "supplement")
    x.update(durationMs=30000, events=[dict(type="started", atMs=0)], turns=[], outcome="failed", failedBy="harness",
             errorCode="E_SELECTOR_TIMEOUT", transcriptSource="chat-dom")
    out.append((x, d, "harness-selector-timeout"))
    x, d = head(7, sid_t, "webchat", "traffic")
    x.update(durationMs=4100, events=[dict(type="started", atMs=0)], turns=[], outcome="failed", failedBy="harness",
             errorCode="E_BROWSER_CRASHED", transcriptSource="chat-dom")
    out.append((x, d, "harness-browser-crashed"))
    res = []
    for x, d, kind in out:
        res.append((x, dict(contactId=x["contactId"], domain=d, special=kind, labels={k: "na" for k in CHECKS}, why={})))
    return res


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(dom, mod, sc):
    sid = scen_id(dom, sc)
    r = sc["requires"]
    lines = [f"id: {sid}", f"title: {yq(sc['title'])}",
             f"description: {yq(f'独立语料 {SET}，领域 {dom}，机构 {mod.ORG}')}",
             "channel: [voice, webchat]", f"target: {{ phone: {yq(mod.PHONE)} }}", f"persona: {{ name: {yq(sc['persona'])} }}",
             "locale: zh-CN", "steps:", f"  - say: {yq(sc['req'][0])}",
             f"  - wait: {{ pattern: {yq('|'.join(sc['facts'][0]['cues']))}, timeoutMs: 60000 }}", "  - end: true", "facts:"]
    for f in sc["facts"]:
        lines.append("  - " + json.dumps(dict(key=f["key"], label=f["label"], expected=f["acc"][0], variants=f["acc"][1:],
                                               wrong=f["wrong"], cues=f["cues"]), ensure_ascii=False))
    lines.append("requiredInfo:")
    for it in sc["info"]:
        lines.append("  - " + json.dumps(dict(key=it["key"], label=it["label"], patterns=[it["pattern"]]), ensure_ascii=False))
    lines.append("requires: " + json.dumps(dict(verification=r["verification"], reference=r["reference"], empathy=r["empathy"],
                                                  survey=r["survey"])))
    lines.append("sla: " + json.dumps(dict(firstResponseMs=sc["sla"][0], responseLatencyMs=sc["sla"][1], handleTimeMs=900000)))
    lines.append(f"tags: [{SET}, {dom}]")
    return sid, "\n".join(lines) + "\n"


def main():
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for dom in DOMAINS:
        mod = MODS[dom]
        for sc in mod.SCEN:
            sid, y = scenario_yaml(dom, mod, sc)
            with open(os.path.join(OUT, "scenarios", sid + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(y)
    pk = Picker()
    used = dict(staff=set(), name=set(), ref=set())
    contacts, labels = [], []
    for c in plan():
        x, l = build(c, pk, used)
        contacts.append(x)
        labels.append(l)
    for x, l in specials():
        contacts.append(x)
        labels.append(l)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for x in contacts:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"{len(contacts)} contacts written")


if __name__ == "__main__":
    main()
