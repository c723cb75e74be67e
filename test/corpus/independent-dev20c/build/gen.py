# Generator for independent-dev20c. Byte-identical output on every run (seeded plan, no clock).
import json, os, random, re, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from plan import make_plan, ROLE_FLAGS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAT = {d: importlib.import_module(f"mat_{d}").M for d in DOMAINS}
SLA = {"A": (6000, 12000), "B": (10000, 20000), "C": (20000, 25000)}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption",
          "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency", "fact-accuracy",
          "no-misinformation", "record-reference", "survey-offered", "required-info"]
BASE_EPOCH = 1767254400000  # 2026-01-01 08:00 UTC+0


def scen_of(M, role):
    return [s for s in M["scen"] if s["role"] == role][0]


def pick_val(vals, asr):
    if asr:
        return [v for v in vals if not re.search(r"[0-9]", v)][0]
    dig = [v for v in vals if re.search(r"[0-9]", v)]
    return dig[0] if dig else vals[0]


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenario(d, M, S):
    f = ROLE_FLAGS[S["role"]]
    first, lat = SLA[S["role"]]
    L = [f"id: {S['id']}", f"title: {yq(S['title'])}",
         "description: " + yq("独立语料 %s，领域 %s，机构 %s" % (SET, d, M["org"])),
         "channel: [voice, webchat]", f"target: {{ phone: {yq(M['phone'])} }}", f"persona: {{ name: {yq(M['persona'][0])} }}",
         "locale: zh-CN", "steps:", f"  - say: {yq(S['problem'][0])}",
         f"  - wait: {{ pattern: {yq('|'.join(v for f_ in S['facts'][:1] for v in f_['ok']))}, timeoutMs: 60000 }}",
         f"  - say: {yq('好的，谢谢。')}", "  - end: true", "facts:"]
    for fa in S["facts"]:
        L.append(f"  - {{ key: {fa['key']}, label: {yq(fa['label'])}, expected: {yq(fa['ok'][0])}, variants: [{', '.join(yq(v) for v in fa['ok'][1:])}], "
                 f"wrong: [{', '.join(yq(v) for v in fa['wrong'])}], cues: [{', '.join(yq(v) for v in fa['cues'])}] }}")
    L.append("requiredInfo:")
    for it in S["info"]:
        L.append(f"  - {{ key: {it['key']}, label: {yq(it['label'])}, patterns: [{yq(it['pattern'])}] }}")
    L.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
        str(f[k]).lower() for k in ("verification", "reference", "empathy", "survey")))
    L.append(f"sla: {{ firstResponseMs: {first}, responseLatencyMs: {lat}, handleTimeMs: 900000 }}")
    L.append(f"tags: [{SET}, {d}]")
    with open(os.path.join(OUT, "scenarios", S["id"] + ".yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


class Builder:
    def __init__(self, p):
        self.p = p
        self.rng = random.Random(p["seed"])
        self.M = MAT[p["domain"]]
        self.S = scen_of(self.M, p["role"])
        self.T = []
        self.voice = p["channel"] == "voice"
        self.asr = p["asr"]

    def ch(self, key):
        return self.rng.choice(self.M[key])

    def A(self, pieces, gap=None, tag=None):
        pieces = [x for x in pieces if x]
        self.T.append(dict(sp="agent", pieces=pieces, gap=gap, tag=tag))

    def C(self, pieces, gap=None, tag=None):
        pieces = [x for x in pieces if x]
        self.T.append(dict(sp="customer", pieces=pieces, gap=gap, tag=tag))

    def build(self):
        p, M, S, rng = self.p, self.M, self.S, self.rng
        asr = self.asr
        staff = str(rng.randrange(1000, 9999)) if rng.random() < 0.6 else rng.choice("ABCDK") + str(rng.randrange(100, 999))
        ref = rng.choice(["GD", "SL", "JB", "WO", ""]) + "".join(str(rng.randrange(10)) for _ in range(rng.choice([8, 9, 10])))
        dcode = lambda: str(rng.randrange(1000, 9999)) if rng.random() < 0.5 else str(rng.randrange(100000, 999999))
        persona = rng.choice(M["persona"])
        phone = ("1069" + "".join(str(rng.randrange(10)) for _ in range(8))) if self.S["id"] == "spam-sms-report" else \
            ("1" + rng.choice("3578") + "".join(str(rng.randrange(10)) for _ in range(9)))
        plate = rng.choice("ABDGK") + "".join(str(rng.randrange(10)) for _ in range(4))
        fill = lambda t: (t.replace("{n}", staff).replace("{ref}", ref).replace("{p}", persona).replace("{ph}", phone)
                          .replace("{pl}", plate).replace("{d}", dcode()))
        d4 = lambda: str(rng.randrange(1000, 9999))
        d6 = lambda: str(rng.randrange(100000, 999999))

        def vgive(ask):
            if "验证码" in ask:
                return rng.choice(["验证码是%s。", "%s。", "刚收到的，%s。"]) % d6()
            if "出生" in ask:
                return rng.choice(["八六年三月十二号。", "一九九一年七月二号。", "七九年的，十月二十号。"])
            name = ("我叫%s，" % persona) if "姓名" in ask else ""
            if "身份证" in ask:
                return name + rng.choice(["身份证后四位%s。", "后四位是%s。"]) % d4()
            return name + rng.choice(["尾号%s。", "手机尾号是%s。"]) % d4()
        F1, F2 = S["facts"]
        f1ok, f1bad = pick_val(F1["ok"], asr), pick_val(F1["wrong"], asr)
        f2ok, f2bad = pick_val(F2["ok"], asr), pick_val(F2["wrong"], asr)
        fact = lambda F, v: rng.choice(F["lines"]).replace("{v}", v)
        role = p["role"]
        # A1
        a1 = []
        if p["greet"] == "ok":
            a1.append(self.ch("greet"))
        elif not (p["id"] == "ok" and rng.random() < 0.4):
            a1.append(self.ch("nogreet"))
        if p["id"] == "ok":
            a1.append(fill(self.ch("id")))
        elif p["id"] == "notid":
            a1.append(self.ch("notid"))
        a1.append(self.ch("ask_help"))
        self.A(a1, tag="first")
        # C1
        c1 = [self.ch("complaint")] if p["complaint"] != "none" else []
        prob = rng.choice(S["problem"])
        c1 = c1 + [prob] if rng.random() < 0.5 else [prob] + c1
        self.C(c1, tag="c1")
        if p["backch"]:
            self.T.append(dict(sp="agent", pieces=[rng.choice(BACKCH)], bc=True))
        # A2
        a2 = []
        if p["complaint"] != "none":
            if p["empathy"] == "fail_none":
                if rng.random() < 0.5:
                    a2.append(self.ch("calm"))
            else:
                a2.append(self.ch("empathy"))
        info = S["info"][0]
        if p["info"] == "ok":
            a2.append(rng.choice(info["asks"]))
        verif_ok = role in "AB" and p["verif"] == "ok"
        if verif_ok:
            vask = self.ch("verif_ask")
            a2.append(vask)
        if len(a2) == 0 or (len(a2) == 1 and p["complaint"] != "none" and p["empathy"] == "fail_none" and a2[0] in M["calm"]):
            a2.append(rng.choice(LISTEN))
        self.A(a2, tag="interrupt" if p["interrupt"] else None)
        # C2
        c2 = []
        if p["cust_sorry"] and rng.random() < 0.5:
            c2.append(rng.choice(CUST_SORRY)); p["_sorry_done"] = True
        give = fill(rng.choice(info["gives"]))
        c2.append(give if p["info"] == "ok" else rng.choice(VOLUNTEER) + give)
        if verif_ok:
            c2.append(vgive(vask))
        self.C(c2)
        if p["backch"] and rng.random() < 0.3:
            self.T.append(dict(sp="agent", pieces=[rng.choice(BACKCH)], bc=True))
        # A3 (+ late verification)
        a3 = []
        if p["id"] == "late":
            a3.append(fill(self.ch("id")))
        disclosed = False
        if role in "AB" and p["verif"] == "late":
            vask = self.ch("verif_ask")
            a3 += [rng.choice(S["disclose"]), vask]
            disclosed = True
            self.A(a3)
            self.C([vgive(vask)])
            a3 = [self.ch("verif_ok")]
        elif verif_ok:
            a3.append(self.ch("verif_ok"))
        if p["hold"] == "unannounced":
            if not a3:
                a3.append(self.ch("plain_ack"))
        else:
            a3.append(self.ch("hold_announce"))
        self.A(a3)
        hold = p["hold"] != "none"
        if hold and p["hold"] != "unannounced" and rng.random() < 0.5:
            self.C([rng.choice(CUST_OK_WAIT)])
        # A4
        a4 = []
        if p["hold"] == "ok" or (p["hold"] == "unannounced" and rng.random() < 0.5):
            a4.append(self.ch("hold_thanks"))
        if not disclosed:
            a4.append(rng.choice(S["disclose"]))
        v1 = f1bad if p["facts"] in ("wrong1", "corr1") else f1ok
        if p["forbid"] == "rude" and p["complaint"] == "two":
            a4.append(self.ch("rude"))
        a4.append(fact(F1, v1))
        self.A(a4, gap="hold" if hold else "a2a")
        # C3
        side = None
        c3 = []
        if p["complaint"] == "two":
            c3.append(self.ch("escalate"))
        if p["side"] is not None:
            side = rng.choice(M["side"])
            c3.append(side[0])
        elif p["repeat"]:
            c3.append(rng.choice(REPEAT_Q))
        else:
            c3.append(rng.choice(CUST_ACK))
        self.C(c3)
        a5 = []
        if p["complaint"] == "two" and p["empathy"] != "fail_esc":
            a5.append(self.ch("empathy"))
        rude_here = p["forbid"] == "rude" and p["complaint"] != "two"
        if rude_here:
            a5.append(self.ch("rude"))
        if side:
            kind = p["side"]
            if kind == "answer":
                a5.append(side[1])
            elif kind in ("nonans", "nonans_press"):
                a5.append(self.ch("nonans"))
            else:
                a5.append(self.ch(kind))
        elif p["repeat"]:
            if p["forbid"] == "refuse_repeat":
                a5.append(self.ch("refuse_repeat"))
            elif p["forbid"] == "told_you":
                a5 += [self.ch("told_you"), fact(F1, v1)]
            else:
                a5.append(fact(F1, v1))
        if a5 and not (len(a5) == 1 and rude_here):
            self.A(a5)
            if side and p["side"] == "nonans_press":
                self.C([rng.choice(PRESS)])
                self.A([side[1]])
            self.C([rng.choice(CUST_SORRY) if p["cust_sorry"] and not p.get("_sorry_done") else rng.choice(CUST_ACK)])
            pre6 = []
        else:
            pre6 = a5  # customer only acknowledged: go straight on
        # A6
        part1 = []
        if p["facts"] == "omit2":
            pass
        elif p["facts"] in ("wrong2", "corr2"):
            part1.append(fact(F2, f2bad))
            if p["facts"] == "corr2":
                part1.append(self.ch("correction").replace("{v}", f2ok))
        else:
            part1.append(fact(F2, f2ok))
        if p["facts"] == "corr1":
            part1.append(self.ch("correction").replace("{v}", f1ok))
        part2 = []
        if (role in "AC" and p["ref"] == "ok") or (role == "B" and rng.random() < 0.3):
            part2.append(fill(self.ch("reference")))
        if p["forbid"] == "indiff":
            part2.append(self.ch("indiff"))
        if p["lookalike"]:
            part2.append(self.ch("lookalike"))
        gap6 = "dead" if p["dead"] == "after_cust" else ("late" if p["latency"] == "fail" else None)
        if p["dead"] == "between_agent":
            self.A(pre6 + (part1 or [rng.choice(NOTE)]), gap=gap6)
            self.A(part2 or [rng.choice(NOTE)], gap="dead")
        else:
            self.A(pre6 + part1 + part2 or [rng.choice(NOTE)], gap=gap6)
        if p["close"] == "walkout":
            self.C([self.ch("walkout")], tag="walkout")
            self.hang = "customer"
            return
        self.C([rng.choice(CUST_ACK)])
        survey_done = False
        a7 = [self.ch("wrap_q")]
        if p["survey"] == "ok" and role in "AC" and p["close"] != "survey_only" and rng.random() < 0.35:
            a7.insert(0, self.ch("survey")); survey_done = True
        self.A(a7)
        self.C([rng.choice(CUST_DONE)])
        a8 = []
        if p["survey"] == "ok" and role in "AC" and not survey_done:
            a8.append(self.ch("survey"))
        if p["close"] == "ok":
            a8.append(self.ch("closing"))
        elif p["close"] == "plain":
            a8.append(self.ch("nonclose"))
        if not a8:
            a8.append(self.ch("nonclose"))
        self.A(a8)
        if rng.random() < 0.5:
            self.C([rng.choice(CUST_BYE) if p["close"] == "ok" else "嗯。"])
            self.hang = "customer" if p["close"] == "ok" else "agent"
        else:
            self.hang = "agent"

    # ---------- rendering and timing ----------
    def render(self, pieces, homo, speaker, bc=False):
        rng = self.rng
        if not self.asr:
            return "".join(pieces)
        out = []
        for i, pc in enumerate(pieces):
            t = digits_to_words(pc)
            for k in homo:
                t = t.replace(k, HOMO[k])
            t = "".join((" " if rng.random() < 0.5 else "") if ch in "，。？！、；：" else ch for ch in t).strip()
            if not bc and ((i == 0 and rng.random() < 0.35) or (i > 0 and rng.random() < 0.15)):
                t = rng.choice(FILLERS) + " " + t
            out.append(t)
        return " ".join(out)

    def timeline(self):
        p, rng = self.p, self.rng
        first_sla, lat_sla = SLA[p["role"]]
        voice = self.voice
        homo = [k for k in HOMO if rng.random() < 0.5] if self.asr else []
        rate_a = {"ok": rng.uniform(190, 260), "fast": rng.uniform(345, 390), "slow": rng.uniform(85, 100)}[p["rate"]] if voice else None
        rate_c = rng.uniform(230, 290)
        ev = [dict(type="started", atMs=0)]
        turns = []
        meta = dict(first_gap=None, holds=[], dead=False, late=False)
        if voice:
            t = rng.randrange(150, 400); ev.append(dict(type="dialed", atMs=t))
            t += rng.randrange(700, 1500); ev.append(dict(type="ringing", atMs=t))
            t += rng.randrange(3000, 9000); ev.append(dict(type="answered", atMs=t))
            if p["ivr"]:
                txt = rng.choice(self.M["ivr"])
                s = t + rng.randrange(200, 600); e = s + int(spoken_chars(txt) / 250 * 60000)
                turns.append(dict(speaker="ivr", text=txt, startMs=s, endMs=e, confidence=0.97))
                t = e + rng.randrange(1500, 4000); ev.append(dict(type="dtmf", atMs=t, detail={"digits": "0"}))
                t += rng.randrange(300, 800); ev.append(dict(type="queued", atMs=t))
                t += rng.randrange(5000, 40000)
            else:
                t += rng.randrange(300, 900)
        else:
            t = rng.randrange(800, 2500); ev.append(dict(type="page-loaded", atMs=t))
            if rng.random() < 0.5:
                t += rng.randrange(500, 1500); ev.append(dict(type="queued", atMs=t))
                t += rng.randrange(5000, 60000)
            else:
                t += rng.randrange(1500, 4000)
        joined = t
        ev.append(dict(type="agent-joined", atMs=joined))
        prev_end = joined
        last_nonbc = None
        for i, tu in enumerate(self.T):
            text = self.render(tu["pieces"], homo, tu["sp"], bc=tu.get("bc", False))
            if tu.get("bc"):
                c = last_nonbc
                s = c["startMs"] + int((c["endMs"] - c["startMs"]) * 0.45)
                turns.append(dict(speaker="agent", text=text, startMs=s, endMs=s + (400 if voice else 0),
                                  confidence=round(rng.uniform(0.6, 0.9), 2)))
                continue
            sp = tu["sp"]
            if sp == "agent":
                g = tu.get("gap")
                if tu.get("tag") == "first":
                    if p["dead"] == "join":
                        gap = rng.randrange(8500, 11000)
                    elif p["first"] == "late":
                        gap = rng.randrange(first_sla + 800, first_sla + 1800) if voice else rng.randrange(first_sla + 1000, min(first_sla + 8000, 29000))
                    else:
                        gap = rng.randrange(700, 3000) if voice else rng.randrange(2000, 5000)
                    meta["first_gap"] = gap
                elif tu.get("tag") == "interrupt":
                    gap = -rng.randrange(1300, 2600)
                elif g == "hold":
                    gap = rng.randrange(16000, 35000) if voice else rng.randrange(35000, 60000)
                    if voice and rng.random() < 0.5:
                        ev.append(dict(type="hold-start", atMs=prev_end + 400))
                        ev.append(dict(type="hold-end", atMs=prev_end + gap - 300))
                elif g == "dead":
                    gap = rng.randrange(8500, 11500) if voice else rng.randrange(31000, 40000)
                elif g == "late":
                    gap = rng.randrange(lat_sla + 1000, lat_sla + 2500) if voice else rng.randrange(lat_sla + 1000, min(lat_sla + 6000, 29000))
                    if not voice and gap > 20000 and rng.random() < 0.6:
                        nt = prev_end + rng.randrange(12000, gap - 4000)
                        turns.append(dict(speaker="customer", text=rng.choice(NUDGE), startMs=nt, endMs=nt, confidence=1.0))
                elif g == "a2a":
                    gap = rng.randrange(2000, 5000) if voice else rng.randrange(4000, 9000)
                else:
                    gap = rng.randrange(500, 1800) if voice else rng.randrange(3000, 9000)
                rate = rate_a
            else:
                gap = rng.randrange(400, 1500) if voice else rng.randrange(4000, 14000)
                rate = rate_c
            s = prev_end + gap
            if voice:
                e = s + int(spoken_chars(text) / rate * 60000)
                conf = round(rng.uniform(0.6, 0.93), 2) if self.asr else round(rng.uniform(0.9, 0.99), 2)
            else:
                e = s
                conf = 1.0
            tt = dict(speaker=sp, text=text, startMs=s, endMs=e, confidence=conf)
            turns.append(tt)
            prev_end = max(prev_end, e)
            last_nonbc = tt
        turns.sort(key=lambda x: (x["startMs"], x["endMs"]))
        end = prev_end + rng.randrange(600, 2000)
        if voice:
            ev.append(dict(type="hangup", atMs=end, detail={"by": self.hang}))
        if p["transfer"]:
            mid = turns[len(turns) // 2]["startMs"] - 50
            ev.append(dict(type="transfer", atMs=mid))
        ev.append(dict(type="ended", atMs=end + 300))
        ev.sort(key=lambda x: x["atMs"])
        return ev, turns, meta, end + 300


def labels_for(p, meta, voice):
    role = p["role"]
    first_sla, lat_sla = SLA[role]
    L, why = {}, {}

    def put(k, ok, reason=""):
        L[k] = "pass" if ok else "fail"
        if not ok:
            why[k] = reason
    put("greeting", p["greet"] == "ok", "agent opens with the business, no greeting")
    put("agent-id", p["id"] == "ok", {"none": "no staff id or name", "late": "id first in third agent turn", "notid": "bare role, no id"}.get(p["id"], ""))
    if p["close"] == "walkout":
        L["closing"] = "na"
    else:
        put("closing", p["close"] == "ok", "last two agent turns carry no 结束语")
    put("forbidden-words", p["forbid"] is None, f"忌语 ({p['forbid']})")
    if role == "C":
        L["verification"] = "na"
    else:
        put("verification", p["verif"] == "ok", "record disclosed before the identity check" if p["verif"] == "late" else "no identity check")
    holds = []
    if p["hold"] != "none":
        holds.append(p["hold"] == "ok")
    if not voice and p["dead"] in ("after_cust", "between_agent"):
        holds.append(False)
    if voice and p["latency"] == "fail" and lat_sla + 1000 >= 15000:
        holds.append(False)
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        put("hold-etiquette", all(holds), "hold unannounced or not thanked")
    put("politeness", p["forbid"] not in ("rude", "refuse_repeat"), "rude line to the customer")
    if voice:
        put("interruption", not p["interrupt"], "agent takes the floor over the customer")
    else:
        L["interruption"] = "na"
    dead = p["dead"] is not None or p["hold"] == "unannounced" or (voice and p["latency"] == "fail") or (meta["first_gap"] >= (8000 if voice else 30000))
    put("dead-air", not dead, "unannounced silence")
    if voice:
        put("speech-rate", p["rate"] == "ok", f"agent speaks {'too fast' if p['rate'] == 'fast' else 'too slowly'}")
    else:
        L["speech-rate"] = "na"
    if p["complaint"] == "none" and role != "B":
        L["empathy"] = "na"
    else:
        ok = p["empathy"] == "ok" and not (p["forbid"] == "refuse_repeat" and p["complaint"] == "two")
        put("empathy", ok, "complaint not acknowledged")
    put("resolution", p["side"] not in ("nonans", "tuiwei", "shrug"), "customer question left without an answer")
    put("first-response", meta["first_gap"] <= first_sla, "first agent word too late")
    lat_fail = p["latency"] == "fail" or (not voice and p["dead"] == "after_cust")
    put("response-latency", not lat_fail, "customer turn answered too late")
    put("fact-accuracy", p["facts"] not in ("omit2", "wrong1", "wrong2"), {"omit2": "second fact never stated", "wrong1": "first fact wrong", "wrong2": "second fact wrong"}.get(p["facts"], ""))
    put("no-misinformation", p["facts"] not in ("wrong1", "wrong2", "corr1", "corr2"), "a wrong value was stated")
    if role == "B":
        L["record-reference"] = "na"; L["survey-offered"] = "na"
    else:
        put("record-reference", p["ref"] == "ok", "no case reference given")
        put("survey-offered", p["survey"] == "ok", "no evaluation invited")
    put("required-info", p["info"] == "ok", "required item never asked")
    return {k: L[k] for k in CHECKS}, why


def specials():
    out = []
    base = BASE_EPOCH + 200 * 3600000
    sc = lambda d, r: scen_of(MAT[d], r)["id"]
    mk = lambda i, d, r, ch: dict(schemaVersion=1, contactId=f"h13c-x0{i}", scenarioId=sc(d, r), runId=RUN, channel=ch,
                                 startedAt=base + i * 600000)
    c = mk(1, "spam", "A", "voice"); c.update(durationMs=32400, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=210), dict(type="ringing", atMs=1200), dict(type="ended", atMs=32400)], turns=[], outcome="no-answer", transcriptSource="deepgram")
    out.append((c, "no-answer", "spam"))
    c = mk(2, "instrument", "B", "voice"); c.update(durationMs=2600, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=180), dict(type="ended", atMs=2600)], turns=[], outcome="busy", transcriptSource="deepgram")
    out.append((c, "busy", "instrument"))
    ivr = MAT["inspection"]["ivr"][0]
    c = mk(3, "inspection", "C", "voice"); c.update(durationMs=96300, events=[dict(type="started", atMs=0), dict(type="dialed", atMs=240), dict(type="ringing", atMs=1100), dict(type="answered", atMs=5800), dict(type="dtmf", atMs=19400, detail={"digits": "0"}), dict(type="queued", atMs=19900), dict(type="hangup", atMs=96000, detail={"by": "customer"}), dict(type="ended", atMs=96300)],
             turns=[dict(speaker="ivr", text=ivr, startMs=6100, endMs=17800, confidence=0.97), dict(speaker="ivr", text="坐席正忙，请您耐心等候。", startMs=20400, endMs=22900, confidence=0.96)], outcome="abandoned", transcriptSource="deepgram")
    out.append((c, "ivr-abandon", "inspection"))
    c = mk(4, "remit", "A", "webchat"); c.update(durationMs=184000, events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=1400), dict(type="queued", atMs=2600), dict(type="ended", atMs=184000)],
             turns=[dict(speaker="system", text="当前排队人数较多，您前面还有6位。", startMs=2700, endMs=2700, confidence=1.0), dict(speaker="customer", text="我想查一下汇款到哪了", startMs=15000, endMs=15000, confidence=1.0)], outcome="abandoned", transcriptSource="chat-dom")
    out.append((c, "chat-queue-abandon", "remit"))
    c = mk(5, "aesthetic", "C", "webchat"); c.update(durationMs=141000, events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=1300), dict(type="ended", atMs=141000)],
             turns=[dict(speaker="bot", text="您好，我是黛颜智能助手小颜，请问想了解哪个项目？", startMs=2100, endMs=2100, confidence=1.0),
                    dict(speaker="customer", text="我要人工", startMs=9800, endMs=9800, confidence=1.0),
                    dict(speaker="bot", text="您可以输入项目名称，例如光子嫩肤、水光针。", startMs=10400, endMs=10400, confidence=1.0),
                    dict(speaker="customer", text="转人工客服！", startMs=21500, endMs=21500, confidence=1.0),
                    dict(speaker="bot", text="抱歉，小颜没有理解您的问题，请换个说法试试。", startMs=22100, endMs=22100, confidence=1.0),
                    dict(speaker="customer", text="算了", startMs=139000, endMs=139000, confidence=1.0)], outcome="abandoned", transcriptSource="chat-dom")
    out.append((c, "bot-only", "aesthetic"))
    c = mk(6, "cabinet", "A", "webchat"); c.update(durationMs=30500, events=[dict(type="started", atMs=0), dict(type="ended", atMs=30500)], turns=[], outcome="failed", failedBy="harness", errorCode="E_SELECTOR_TIMEOUT", transcriptSource="chat-dom")
    out.append((c, "harness-failure", "cabinet"))
    c = mk(7, "remit", "C", "webchat"); c.update(durationMs=7200, events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=1900), dict(type="ended", atMs=7200)], turns=[], outcome="failed", failedBy="harness", errorCode="E_BROWSER_CRASHED", transcriptSource="chat-dom")
    out.append((c, "harness-failure", "remit"))
    return out


def main():
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMAINS:
        for S in MAT[d]["scen"]:
            write_scenario(d, MAT[d], S)
    P = make_plan()
    contacts, labels = [], []
    for i, p in enumerate(P):
        b = Builder(p)
        b.build()
        ev, turns, meta, dur = b.timeline()
        c = dict(schemaVersion=1, contactId=p["cid"], scenarioId=b.S["id"], runId=RUN, channel=p["channel"],
                 startedAt=BASE_EPOCH + i * 2230000)
        if not p["no_duration"]:
            c["durationMs"] = dur
        c.update(events=ev, turns=turns, outcome="completed", transcriptSource="deepgram" if b.voice else "chat-dom")
        contacts.append(c)
        L, why = labels_for(p, meta, b.voice)
        labels.append(dict(contactId=p["cid"], domain=p["domain"], labels=L, why=why))
    for c, kind, d in specials():
        contacts.append(c)
        labels.append(dict(contactId=c["contactId"], domain=d, special=kind, labels={k: "na" for k in CHECKS}, why={}))
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
