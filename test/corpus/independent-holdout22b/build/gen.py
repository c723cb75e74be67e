"""Generator for independent-holdout22b: writes contacts.jsonl, labels.jsonl, scenarios/*.yaml."""
import json, os, re, sys, random, importlib
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import mat_common as C
from plan import make_plan, TRADES
M = {t: importlib.import_module("mat_" + t) for t in TRADES}
OUT = os.path.dirname(HERE)
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
KIND_REQ = [dict(verification=True, reference=True, empathy=False, survey=True),
            dict(verification=True, reference=True, empathy=True, survey=False),
            dict(verification=False, reference=False, empathy=False, survey=True)]
PUNCT = "，。？！、：；,.?!"

def sla(ti, si):
    k = ti * 3 + si
    return dict(firstResponseMs=6000 + (k * 3700) % 14001, responseLatencyMs=12000 + (k * 5300) % 13001, handleTimeMs=900000)

def scen_obj(t, si):
    m = M[t]; sc = m.SCEN[si]
    return dict(sc, requires=KIND_REQ[si], sla=sla(TRADES.index(t), si))

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def scen_yaml(t, si):
    m = M[t]; sc = scen_obj(t, si)
    L = [f"id: {sc['id']}", f"title: {yq(sc['title'])}",
         f"description: {yq('独立语料 independent-holdout22b，领域 ' + t + '，机构 ' + m.ORG)}",
         "channel: [voice, webchat]", f"target: {{ phone: {yq(m.PHONE)} }}",
         f"persona: {{ name: {yq(sc['persona'])} }}", "locale: zh-CN", "steps:",
         f"  - say: {yq(sc['say'][0])}", f"  - wait: {{ pattern: {yq(sc['wait'])}, timeoutMs: 60000 }}",
         "  - end: true", "facts:"]
    for f in sc["facts"]:
        L.append("  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }" % (
            f["key"], yq(f["label"]), yq(f["expected"]), yq(f["variants"]), yq(f["wrong"]), yq(f["cues"])))
    L.append("requiredInfo:")
    for q in sc["req"]:
        L.append("  - { key: %s, label: %s, patterns: [%s] }" % (q["key"], yq(q["label"]), yq(q["pattern"])))
    rq = sc["requires"]; s = sc["sla"]
    L.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
        str(rq[k]).lower() for k in ["verification", "reference", "empathy", "survey"]))
    L.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % (s["firstResponseMs"], s["responseLatencyMs"]))
    L.append(f"tags: [independent-holdout22b, {t}]")
    return "\n".join(L) + "\n"

USE = Counter()

class B:
    def __init__(s, spec):
        s.sp = spec; s.t = spec["trade"]; s.m = M[s.t]; s.si = spec["si"]; s.sc = scen_obj(s.t, s.si)
        s.V = spec["ch"] == "voice"; s.r = random.Random(spec["seed"]); s.d = spec["d"]
        s.T = []; s.dec = {}; s.why = {}; s.pend = []; s.curt = "curt" in s.d
        s.lab = {c: "pass" for c in CHECKS}
        if not s.V:
            s.lab["interruption"] = s.lab["speech-rate"] = "na"
        rq = s.sc["requires"]
        for c, k in [("verification", "verification"), ("record-reference", "reference"), ("survey-offered", "survey")]:
            if not rq[k]:
                s.lab[c] = "na"
        s.lab["hold-etiquette"] = "na"; s.lab["empathy"] = "empathy" if False else "na"
        if spec["walkout"]:
            s.lab["closing"] = "na"
        s.num = C.DIG_VOICE if s.V else C.DIG_CHAT
        s.nag = 0; s.idpos = 0; s.idl = ""

    def digits(s, x):
        return "".join(s.num.get(ch, ch) for ch in x)

    def pick(s, key, pool=None):
        pool = pool if pool is not None else (getattr(s.m, key, None) or getattr(C, key))
        best = min(USE[(s.t, key, i)] for i in range(len(pool)))
        ids = [i for i in range(len(pool)) if USE[(s.t, key, i)] == best]
        i = s.r.choice(ids); USE[(s.t, key, i)] += 1
        return pool[i]

    def opt(s, key):
        pool = getattr(s.m, key)
        if min(USE[(s.t, key, i)] for i in range(len(pool))) >= 3:
            return None
        return s.pick(key)

    def pair(s):
        for k in ("SMALL", "RUDE", "JIYU"):
            x = s.opt(k)
            if x: return (x[0], x[-1])
        return s.pick("SMALL")

    def asr(s, line):
        if s.V and s.sp["noisy"] and line in s.m.ASR and s.r.random() < 0.7:
            return s.m.ASR[line]
        return line

    def fail(s, check, quote, why):
        s.lab[check] = "fail"
        s.why.setdefault(check, f"「{quote}」— {why}")

    def mark(s, check, turn):
        s.dec.setdefault(check, []).append(turn)

    def turn(s, sp, parts, gap=None, **kw):
        t = dict(sp=sp, parts=[p for p in parts if p], gap=gap, **kw)
        s.T.append(t)
        return t

    def cust(s, parts, gap=None, **kw):
        return s.turn("customer", parts, gap, **kw)

    def agent(s, parts, gap=None, **kw):
        parts = [p for p in parts if p]
        # pending complaint acknowledgements
        for c in list(s.pend):
            c["wait"] -= 1
            if c["ack"] and c["wait"] == 0:
                ap = s.asr(s.pick("APOLOGY")); parts.insert(0, ap); s.pend.remove(c)
                c["ackturn"] = True
            elif c["wait"] <= -1 or (not c["ack"] and c["wait"] <= -1):
                s.pend.remove(c)
        if s.curt:
            parts = [p.replace("您", "你").replace("请", "") for p in parts]
        if gap != "bubble":
            s.nag += 1
            if s.idpos == 2 and s.nag == 2:
                parts.insert(0, s.idl)
            if s.idpos in (3, 4) and s.nag == s.idpos:
                parts.insert(0, s.idl)
        t = s.turn("agent", parts, gap, **kw)
        if gap != "bubble" and ((s.idpos == 2 and s.nag == 2) or (s.idpos in (3, 4) and s.nag == s.idpos)):
            s.mark("agent-id", t)
            if s.idpos in (3, 4):
                s.fail("agent-id", s.idl, "坐席到第%d条发言才报出身份，晚于前两轮" % s.idpos)
        return t
    T_ackmark = []

    def complain(s, line, extra=None, ack=True, gap=None):
        t = s.cust([line] + ([extra] if extra else []), gap)
        s.pend.append(dict(ack=ack, wait=(1 if "emp" in s.d else s.r.choice([1, 1, 1, 2])) if ack else 99, turn=t))
        if s.lab["empathy"] == "na":
            s.lab["empathy"] = "pass"
        if ack:
            s.mark("empathy-ok", t)
        else:
            s.fail("empathy", line, "客户表达不满后坐席接下来两轮只讲流程，没有致歉或表示理解")
            s.mark("empathy", t)
        return t

def fval(b, f, wrong=False):
    if wrong:
        return b.r.choice(f["wrong"])
    if not b.V and b.r.random() < 0.5:
        return f["variants"][0]
    return f["expected"]

def build(spec):
    b = B(spec); m = b.m; sc = b.sc; r = b.r; d = b.d; V = b.V
    f1, f2 = sc["facts"]
    req = sc["req"][0]
    # --- plan complaints
    ncomp = 0
    comp_plan = []
    if b.si == 1 or "emp" in d or r.random() < 0.25:
        comp_plan.append("open" if (spec["opening"] == "complaint" or (b.si == 1 and r.random() < 0.5)) else "mid")
        if spec["double"].get("emp") or (b.si == 1 and r.random() < 0.3):
            comp_plan.append("mid")
    unacked = r.randrange(len(comp_plan)) if "emp" in d else -1
    cidx = [0]
    def do_complaint(extra=None, gap=None):
        i = cidx[0]; cidx[0] += 1
        pool = "COMPLAIN%d" % b.si
        line = b.asr(b.pick(pool))
        return b.complain(line, extra, ack=(i != unacked), gap=gap)
    # --- agent first turn
    greet_pool = "GREET_V" if V else "GREET_C"
    if "greet" in d:
        g = b.asr(b.pick("GREET_BAD")); 
    else:
        g = b.asr(b.pick(greet_pool))
    name = r.choice(C.AGENT_NAMES); num = b.digits(str(r.randint(1001, 9899)) if r.random() < 0.6 else str(r.randint(3, 89)))
    idl = b.asr(b.pick("IDS")).format(n=num, name=name)
    idpos = spec["idpos"]
    if "id" in d:
        idpos = r.choice([3, 4, 0])
    b.idl = idl
    offer = b.opt("OFFER") if r.random() < 0.5 else None
    if b.curt:
        g = b.pick("CURT_GREET") if hasattr(m, "CURT_GREET") else g
    first_parts = [g] + ([idl] if idpos == 1 else [])
    b.idpos = 0
    if not V and offer and r.random() < 0.6:
        a1 = b.agent(first_parts, gap="first"); a1b = b.agent([offer], gap="bubble")
    else:
        a1 = b.agent(first_parts + ([offer] if "greet" not in d and not b.curt else []), gap="first")
    b.mark("greeting", a1)
    if "fr" in d: b.mark("first-response", a1)
    b.idpos = idpos
    if "greet" in d:
        b.fail("greeting", g, "坐席开口没有问候语，只有应答")
    if "fr" in d:
        b.fail("first-response", g, "坐席接入后首条消息超过首响时限")
        a1["gap"] = "frfail"
    if idpos == 1:
        b.mark("agent-id", a1)
    agent_count = [1]
    # --- opening
    op = spec["opening"]
    say = b.asr(b.pick("SAY%d" % b.si))
    if comp_plan and comp_plan[0] == "open":
        do_complaint(say)
    else:
        if op == "small":
            st = b.pair(); b.cust([st[0]])
            b.agent([st[1]])


        pre = b.pick("SORRY_V" if V else "SORRY_C") if op == "apology" else None
        vol = b.pick("REQANS%d" % b.si) if ("req" in d and r.random() < 0.5) else None
        ot = b.cust([pre, say, vol])
    if "int" in d:
        b.T[-1]["long"] = True
    # --- core steps
    steps = []
    need_ver = sc["requires"]["verification"]
    ver_mode = "ok"
    if need_ver and "verify" in d:
        ver_mode = r.choice(["late", "never"])
    if "req" not in d:
        steps.append("req")
    if need_ver and ver_mode == "ok":
        steps.insert(0 if spec["verify_first"] else len(steps), "verify")
    steps.append("disclose")
    if need_ver and ver_mode == "late":
        steps.append("verify")
    fact_def = None
    for k in ("fwrong", "fcorr", "fmiss"):
        if k in d: fact_def = k
    wrong_fact = r.choice([0, 1]) if fact_def in ("fwrong", "fcorr") else None
    first_agent_reply = [True]
    def A(parts, gap=None, **kw):
        t = b.agent(parts, gap, **kw)
        if "int" in d and b.T[-2]["sp"] == "customer" and b.T[-2].get("long") and not b.__dict__.get("intdone"):
            t["gap"] = "int"; b.intdone = True; b.mark("interruption", t)
            b.fail("interruption", t["parts"][0], "坐席在客户话还没说完时抢先开口，重叠超过0.8秒")
        return t
    if idpos == 0 and "id" in d:
        b.fail("agent-id", g, "整通服务坐席始终没有报工号或姓名"); b.mark("agent-id", a1)
    disclosed = [False]
    wrong_said = {}
    def fact_stmt(fi):
        f = sc["facts"][fi]
        w = (wrong_fact == fi and fi not in wrong_said)
        v = fval(b, f, wrong=w)
        line = b.asr(b.pick("STMT%d_%d" % (b.si, fi))).format(v=v)
        if w:
            wrong_said[fi] = line
            b.fail("no-misinformation", line, "坐席报出错误的%s「%s」（正确为%s）" % (f["label"], v, f["expected"]))
            if fact_def == "fwrong":
                b.fail("fact-accuracy", line, "%s最后一次说成了错误值，且之后没有更正" % f["label"])
        return line
    hold_kind = None
    if "unthank" in d: hold_kind = "unthank"
    elif "unann" in d: hold_kind = "unann"
    elif r.random() < 0.4: hold_kind = "ok"
    elif r.random() < 0.25: hold_kind = "short"
    for st in steps:
        if st == "req":
            t = A([b.asr(b.pick("REQASK%d" % b.si))]); b.mark("required-info", t)
            b.cust([b.pick("REQANS%d" % b.si)], gap="slow" if r.random() < 0.2 and V else None)
        elif st == "verify":
            ask, ans = b.pick("VERIFY")
            t = A([b.asr(ask)]); b.mark("verification", t)
            b.cust([ans], gap="slow" if r.random() < 0.2 and V else None)
            b.verified = True
        elif st == "disclose":
            okp = b.opt("VERIFY_OK") if getattr(b, "verified", False) and r.random() < 0.6 else None
            if hold_kind in ("ok", "short") and min(USE[(b.t, "HOLD%d" % b.si, i)] for i in range(2)) >= 3:
                hold_kind = None
            if hold_kind in ("ok", "unthank", "short"):
                h = b.asr(b.pick("HOLD%d" % b.si))
                A([okp, h])
                if spec["double"].get("unthank") and hold_kind == "unthank":
                    th = b.asr(b.pick("THANKS"))
                    b.agent([th, b.pick("MIDHOLD")], gap="hold"); b.lab["hold-etiquette"] = "pass"
                    h = b.asr(b.pick("HOLD%d" % b.si)); b.T[-1]["parts"].append(h)
                th = None if hold_kind == "unthank" else b.asr(b.pick("THANKS"))
                stl = fact_stmt(0)
                t = b.agent([th, stl], gap="hold" if hold_kind != "short" else "short")
                if hold_kind != "short":
                    b.lab["hold-etiquette"] = "pass"
                if hold_kind == "unthank":
                    b.fail("hold-etiquette", stl, "等待结束后坐席直接报结果，没有感谢客户耐心等待"); b.mark("hold-etiquette", t)
            elif hold_kind == "unann":
                A([okp or b.pick("AG_ACK")])
                stl = fact_stmt(0)
                t = b.agent([stl], gap="unann")
                b.fail("hold-etiquette", stl, "坐席无提示地沉默十几秒后才继续，未告知客户等待")
                b.fail("dead-air", stl, "坐席两句话之间出现未告知的长时间静默")
                b.lab["hold-etiquette"] = "fail"; b.mark("hold-etiquette", t); b.mark("dead-air", t)
            else:
                stl = fact_stmt(0)
                t = A([okp, stl])
            b.disc = t
            if need_ver and ver_mode == "late":
                b.fail("verification", stl, "坐席先说出了客户本人的记录，之后才核验身份")
                b.mark("verification", t)
    if need_ver and ver_mode == "never":
        b.fail("verification", stl, "坐席从未核验来电人身份就透露了客户记录")
    # --- middle blocks
    blocks = []
    f2mode = "vol"
    if "resol" in d and "fmiss" in d and r.random() < 0.6:
        f2mode = "receipt-fail"
    elif fact_def == "fmiss":
        f2mode = "none"
    elif r.random() < 0.4:
        f2mode = r.choice(["ask", "receipt-late"])
    blocks.append("fact2")
    side_mode = None
    if "resol" in d and f2mode != "receipt-fail":
        side_mode = "fail"
    elif r.random() < 0.35:
        side_mode = r.choice(["ok", "good-late"])
    if side_mode: blocks.append("side")
    if r.random() < 0.3: blocks.append("incid")
    for c in comp_plan[1 if comp_plan and comp_plan[0] == "open" else 0:]:
        blocks.append("complaint")
    if "rude" in d:
        blocks.append("rude")
        if spec["double"].get("rude"): blocks.append("rude")
    if "jiyu" in d: blocks.append("jiyu")
    if "deadv" in d: blocks.append("deadv")
    if "deadc" in d: blocks.append("deadc")
    if "lat" in d: blocks.append("lat")
    if fact_def == "fcorr": blocks.append("correct")
    if "int" in d and spec["double"].get("int"): blocks.append("intr")
    nsmall = max(0, (spec["length"] - 12 - 2 * len(blocks)) // 2)
    nsmall = min(nsmall, 4)
    blocks += ["small"] * nsmall
    r.shuffle(blocks)
    pre_pairs = [b.pair() for bl in blocks if bl in ("deadv", "deadc", "lat", "intr")]
    # keep correction after the wrong statement: move to end
    if "correct" in blocks:
        blocks.remove("correct"); blocks.append("correct")
    for bl in blocks:
        if bl == "fact2":
            if f2mode == "vol":
                A([fact_stmt(1)])
                b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
            elif f2mode == "none":
                pass
            else:
                b.cust([b.asr(b.pick("F2ASK%d" % b.si))])
                if f2mode == "ask":
                    A([fact_stmt(1)])
                else:
                    rc = b.asr(b.pick("RECEIPT") if f2mode == "receipt-fail" else (b.opt("RECEIPT") or b.pick("AG_ACK")))
                    t = A([rc])
                    if f2mode == "receipt-fail":
                        b.fail("resolution", rc, "客户问%s，坐席只回了一句收到，之后也没有给出答案" % f2["label"])
                        b.fail("fact-accuracy", rc, "%s始终没有告诉客户" % f2["label"])
                        b.mark("resolution", t)
                    else:
                        b.cust([b.opt("WAITQ") or b.pick("PRESS")])
                        A([fact_stmt(1)])
                if f2mode != "receipt-fail":
                    b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
        elif bl == "side":
            sd = b.pick("SIDE") if side_mode == "fail" else b.opt("SIDE")
            if not sd: continue
            q, a, na = sd
            b.cust([b.asr(q)])
            if side_mode == "ok":
                A([a])
            else:
                t = A([b.asr(na)])
                if side_mode == "fail":
                    b.fail("resolution", na, "客户另问「%s」，坐席一句带过，之后再没有答复" % q); b.mark("resolution", t)
                else:
                    b.cust([b.pick("PRESS")]); A([a])
            b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
        elif bl == "incid":
            qa = b.opt("INCID")
            if not qa: continue
            q, a = qa; b.cust([q]); A([a]); b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
        elif bl == "complaint":
            ct = do_complaint()
            A([b.pick("PROC")])
            b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
            if any(c["turn"] is ct and not c["ack"] for c in b.pend):
                A([b.opt("AG_ACK") or b.pick("PROC")]); b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
        elif bl in ("rude", "jiyu"):
            c, bad, good = b.pick("RUDE" if bl == "rude" else "JIYU")
            b.cust([c])
            bad = b.asr(bad)
            buried = r.random() < 0.4
            parts = [bad, b.pick("PROC")] if buried else [bad]
            t = A(parts)
            if bl == "rude":
                b.fail("politeness", bad, "坐席对客户出言不逊"); b.mark("politeness", t)
            b.fail("forbidden-words", bad, "属于服务忌语"); b.mark("forbidden-words", t)
            if bl == "rude" and r.random() < 0.5:
                pr = b.asr(b.pick("PROTEST"))
                ack = not ("emp" in d and unacked == -2)
                b.complain(pr, ack=True)
                A([b.pick("PROC")])
            b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
        elif bl == "small":
            pool = "SMALL"
            if min(USE[(b.t, "SMALL", i)] for i in range(len(m.SMALL))) >= 2:
                pool = r.choice(["RUDE", "JIYU"])
                if min(USE[(b.t, pool, i)] for i in range(len(getattr(m, pool)))) >= 2:
                    continue
            it = b.pick(pool); b.cust([it[0]]); A([it[-1]])
        elif bl == "deadv":
            c, a = pre_pairs.pop(0); b.cust([c]); t = A([a], gap="deadv")
            b.fail("dead-air", a, "客户说完后坐席沉默八秒以上才回应，且事先没有请客户稍等"); b.mark("dead-air", t)
        elif bl == "deadc":
            c, a = pre_pairs.pop(0); b.cust([c]); t = A([a], gap="deadc")
            b.fail("dead-air", a, "客户发消息后坐席超过三十秒没有任何回复")
            b.fail("hold-etiquette", a, "长时间未回复等同未告知的等待")
            b.fail("response-latency", a, "这条回复远超响应时限")
            for k in ("dead-air", "hold-etiquette", "response-latency"): b.mark(k, t)
        elif bl == "lat":
            c, a = pre_pairs.pop(0); b.cust([c]); t = A([a], gap="lat")
            b.fail("response-latency", a, "坐席回复这条消息超出响应时限"); b.mark("response-latency", t)
        elif bl == "correct":
            f = sc["facts"][wrong_fact]
            cl = b.pick("CORRECT").format(v=fval(b, f)); A([cl])
            b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
        elif bl == "intr":
            c, a = pre_pairs.pop(0); t0 = b.cust([c]); t0["long"] = True; t = A([a]); t["gap"] = "int"; b.mark("interruption", t)
    if f2mode == "none":
        b.fail("fact-accuracy", stl, "坐席只报了第一项，整通都没告诉客户%s（应为%s）" % (f2["label"], f2["expected"]))
    # --- ending
    endparts = []
    if sc["requires"]["reference"] and "ref" not in d:
        rn = b.digits(str(r.randint(10 ** 7, 10 ** 8 - 1)))
        refl = b.asr(b.pick("REF")).format(r=rn)
        t = A([refl]); b.mark("record-reference", t); b.cust([b.pick("CUST_ACK", C.CUST_ACK)])
    elif sc["requires"]["reference"]:
        b.fail("record-reference", "（无）", "这是要留工单的事，坐席到结束都没给受理编号")
    surv = None
    if sc["requires"]["survey"] and "survey" not in d:
        surv = b.asr(b.pick("SURVEY_V" if V else "SURVEY_C"))
    elif sc["requires"]["survey"]:
        b.fail("survey-offered", "（无）", "坐席没有邀请客户对服务评价")
    if spec["walkout"]:
        if surv:
            t = A([surv]); b.mark("survey-offered", t)
        b.cust([b.asr(b.pick("WALK_V" if V else "WALK_C"))]); b.hang = "customer"
    else:
        wq = b.opt("WRAPQ")
        nm = b.opt("NOMORE")
        if wq and nm:
            A([wq]); b.cust([nm])
        if "close" in d:
            cl = b.asr(b.pick("CLOSE_BAD"))
            t = A([cl] + ([surv] if surv else [])); b.fail("closing", cl, "坐席收尾只有指示/追问，没有致谢或道别")
        else:
            cl = b.asr(b.pick("CLOSE_V" if V else "CLOSE_C"))
            t = A([cl, surv] if r.random() < 0.7 else [surv, cl])
        b.mark("closing", t)
        if surv: b.mark("survey-offered", t)
        b.hang = "agent" if r.random() < 0.5 else "customer"
    if b.curt:
        b.fail("politeness", "（通篇）", "坐席从头到尾不用“您”、不说“请”，句句命令口吻")
        b.fail("forbidden-words", "（通篇）", "通篇生硬冷漠的说话方式属于忌语")
        cl_ = [b.pick("CURT") for _ in range(3)]
        ags = [t for t in b.T if t["sp"] == "agent"]
        for i, cl in enumerate(cl_):
            tt = ags[1 + i * max(1, (len(ags) - 2) // 3)]
            tt["parts"].insert(0, cl); b.mark("politeness", tt); b.mark("forbidden-words", tt)
        b.why["politeness"] = "坐席通篇生硬：「%s」「%s」「%s」，从不说“您”" % tuple(cl_)
        b.why["forbidden-words"] = "通篇冷硬命令式，如「%s」，属冷漠忌语" % cl_[0]
    if "rate" in d:
        b.fail("speech-rate", "（语速）", "坐席整体语速超出每分钟120–300字")
    b.mark("required-info", None) if False else None
    if "req" in d:
        b.fail("required-info", "（无）", "坐席从未询问%s" % req["label"])
    return b

def timing(b):
    r = b.r; V = b.V; sc = b.sc; s = sc["sla"]
    rate = r.uniform(175, 255)
    if "rate" in b.d:
        rate = r.choice([r.uniform(318, 370), r.uniform(86, 110)])
    ev = [dict(type="started", atMs=0)]
    t = 0
    if V:
        t += r.randint(300, 900); ev.append(dict(type="dialed", atMs=t))
        t += r.randint(500, 1500); ev.append(dict(type="ringing", atMs=t))
        t += r.randint(3000, 9000); ev.append(dict(type="answered", atMs=t))
    else:
        t += r.randint(800, 2500); ev.append(dict(type="page-loaded", atMs=t))
    pre = []
    joined = None
    if V and b.sp["ivr"]:
        txt = b.pick("IVR")
        du = int(len(txt) / 260 * 60000); pre.append(dict(speaker="ivr", text=txt, startMs=t + 300, endMs=t + 300 + du, confidence=0.97))
        t += 300 + du + r.randint(800, 2500); ev.append(dict(type="dtmf", atMs=t, detail=dict(digits=str(r.randint(1, 4)))))
        t += 500; ev.append(dict(type="queued", atMs=t)); t += r.randint(5000, 40000)
        ev.append(dict(type="agent-joined", atMs=t)); joined = t
    elif not V:
        if b.sp["bot"]:
            bt = b.pick("BOT"); pre.append(dict(speaker="bot", text=bt, startMs=t + 500, endMs=t + 500, confidence=1.0))
            t += r.randint(4000, 9000)
            pre.append(dict(speaker="customer", text=b.pick("TOH", C.TO_HUMAN), startMs=t, endMs=t, confidence=1.0))
            t += 800
            pre.append(dict(speaker="system", text="正在为您转接人工客服", startMs=t, endMs=t, confidence=1.0))
        if b.sp["bot"] or r.random() < 0.5:
            t += 300; ev.append(dict(type="queued", atMs=t)); t += r.randint(3000, 30000)
        else:
            t += r.randint(500, 2000)
        ev.append(dict(type="agent-joined", atMs=t)); joined = t
    out = list(pre)
    prev_end = t; prev_sp = None; lastcust = None
    holds = []
    for i, tu in enumerate(b.T):
        text = join(b, tu)
        tu["text"] = text
        g = tu["gap"]
        if g == "first":
            gap = r.randint(900, min(5000, s["firstResponseMs"] - 1500)) if V else r.randint(1500, s["firstResponseMs"] - 2000)
        elif g == "frfail":
            gap = r.randint(s["firstResponseMs"] + 1500, min(s["firstResponseMs"] + 8000, 28500))
        elif g == "bubble":
            gap = r.randint(900, 2000)
        elif g == "hold":
            gap = r.randint(16000, 48000) if V else r.randint(31000, 70000)
        elif g == "short":
            gap = r.randint(8500, 13000) if V else r.randint(9000, 20000)
        elif g == "unann":
            gap = r.randint(16000, 26000)
        elif g == "deadv":
            gap = r.randint(8600, 11200)
        elif g == "deadc":
            gap = r.randint(31000, 45000)
        elif g == "lat":
            gap = r.randint(s["responseLatencyMs"] + 2000, min(s["responseLatencyMs"] + 12000, 29000))
        elif g == "slow":
            gap = r.randint(8500, 12000)
        elif V:
            gap = r.randint(300, 1600)
        elif tu["sp"] == "customer" and prev_sp == "customer":
            gap = r.randint(900, 2000)
        elif tu["sp"] == "customer":
            gap = r.randint(3000, 12000)
        else:
            gap = r.randint(2000, max(3000, min(s["responseLatencyMs"] - 4000, 14000)))
        if tu["sp"] == "agent" and prev_sp == "agent" and g not in ("hold", "unann", "short", "bubble") and not V:
            gap = r.randint(900, 2000) if False else gap
        start = prev_end + gap
        if g == "int" and V and lastcust is not None:
            ov = r.randint(1000, 2200)
            start = max(lastcust["startMs"] + 300, lastcust["endMs"] - ov)
        if V:
            chars = nchars(text)
            rt = rate if tu["sp"] == "agent" else r.uniform(190, 290)
            end = start + max(600, int(chars / rt * 60000))
            conf = round(r.uniform(0.60, 0.93), 2) if b.sp["noisy"] else round(r.uniform(0.90, 0.99), 2)
        else:
            end = start; conf = 1.0
        if g in ("hold",) and V and r.random() < 0.5:
            ev.append(dict(type="hold-start", atMs=prev_end + 400)); ev.append(dict(type="hold-end", atMs=start - 400))
        o = dict(speaker=tu["sp"], text=text, startMs=start, endMs=end, confidence=conf)
        tu["out"] = o
        out.append(o)
        # nudge inside slow chat reply
        if not V and tu["sp"] == "customer" and i + 1 < len(b.T) and b.T[i + 1]["gap"] == "lat" and r.random() < 0.5:
            tu["nudge"] = True
        if tu.get("nudge"):
            pass
        # backchannels over long customer voice turns
        if V and tu["sp"] == "customer" and end - start > 2500 and r.random() < 0.5:
            bc = r.choice(C.BACKCH); bs = start + (end - start) // 2
            out.append(dict(speaker="agent", text=bc, startMs=bs, endMs=bs + 400, confidence=conf))
        if tu["sp"] == "customer":
            lastcust = o
        prev_end = max(prev_end, end) if g != "int" else end
        prev_sp = tu["sp"]
    # nudges
    for i, tu in enumerate(b.T):
        if tu.get("nudge"):
            o = tu["out"]; nx = b.T[i + 1]["out"]
            at = (o["endMs"] + nx["startMs"]) // 2
            out.append(dict(speaker="customer", text=b.pick("NUDGE"), startMs=at, endMs=at, confidence=1.0))
    out.sort(key=lambda x: (x["startMs"], x["endMs"]))
    end = prev_end + r.randint(500, 2500)
    if V:
        ev.append(dict(type="hangup", atMs=end, detail=dict(by=getattr(b, "hang", "customer"))))
    ev.append(dict(type="ended", atMs=end + r.randint(100, 600)))
    ev.sort(key=lambda e: e["atMs"])
    return out, ev, end + 600

def nchars(text):
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", text))

def join(b, tu):
    parts = tu["parts"]
    if b.V and b.sp["noisy"]:
        res = []
        for p in parts:
            q = p
            if b.r.random() < 0.3:
                q = b.r.choice(C.FILLERS) + " " + q
            q = re.sub("[，。！？、：；]", lambda mm: b.r.choice([" ", "", " "]), q)
            res.append(q.strip())
        return " ".join(res)
    return "".join(parts)

def build_all():
    USE.clear()
    specs = make_plan()
    res = []
    t0 = 1796083200000
    for k, sp in enumerate(specs):
        b = build(sp)
        turns, ev, dur = timing(b)
        cid = "h22b-%s-%02d" % (sp["trade"], sp["n"])
        c = dict(schemaVersion=1, contactId=cid, scenarioId=b.sc["id"], runId="holdout22b", channel=sp["ch"],
                 startedAt=t0 + k * 3600000 + b.r.randint(0, 1800000), durationMs=dur, events=ev, turns=turns,
                 outcome="completed", transcriptSource="deepgram" if b.V else "chat-dom")
        idx = {id(o): i for i, o in enumerate(turns)}
        dec = {}
        for ck, lst in b.dec.items():
            dec[ck] = sorted(set(idx[id(t["out"])] for t in lst if t is not None))
        for k in list(b.why):
            ii = dec.get(k)
            if ii:
                i = ii[0]
                pc = [o for o in turns[:i] if o["speaker"] == "customer"]
                ctx = "（第%d条发言，%.1f秒处" % (i + 1, turns[i]["startMs"] / 1000)
                ctx += ("，此前客户说「%s」）" % pc[-1]["text"][:14]) if pc else "，本通共%d条发言，%s）" % (len(turns), "语音" if b.V else "在线")
                b.why[k] += ctx
            else:
                fc = [o for o in turns if o["speaker"] == "customer"]
                b.why[k] += "（客户开场说「%s」，共%d条发言）" % (fc[0]["text"][:16] if fc else "", len(turns))
        lastag = [o["text"] for o in turns if o["speaker"] == "agent" and len(o["text"]) > 3][-1]
        for k, v in list(b.why.items()):
            if v.startswith("「（"):
                b.why[k] = "「%s」— %s（通话共%d条发言）" % (lastag, v.split("— ", 1)[1], len(turns))
        for k in list(b.why):
            ids = dec.get(k) if False else None
        lab = dict(contactId=cid, domain=sp["trade"], labels=b.lab, why={k: v for k, v in b.why.items() if b.lab.get(k) == "fail"})
        res.append((c, lab, dec, sp))
    # no duration on four, a transfer event on one
    pick = random.Random(8388607 + 1)
    for c, _, _, _ in pick.sample(res, 4):
        del c["durationMs"]
    c = pick.choice(res)[0]
    c["events"].insert(-1, dict(type="transfer", atMs=c["events"][-1]["atMs"] - 50, detail=dict(to="supervisor-queue", reason="wrap-up")))
    return res

def specials():
    S = []
    base = 1796083200000 + 200 * 3600000
    def mk(i, scen, ch, outcome, ev, turns, **kw):
        c = dict(schemaVersion=1, contactId="h22b-x%02d" % i, scenarioId=scen, runId="holdout22b", channel=ch,
                 startedAt=base + i * 600000, durationMs=ev[-1]["atMs"], events=ev, turns=turns, outcome=outcome,
                 transcriptSource="deepgram" if ch == "voice" else "chat-dom")
        c.update(kw); return c
    sid = lambda t, i: M[t].SCEN[i]["id"]
    S.append((mk(1, sid("travel", 0), "voice", "no-answer", [dict(type="started", atMs=0), dict(type="dialed", atMs=600), dict(type="ringing", atMs=1700), dict(type="ended", atMs=61700)], []), "无人接听，振铃六十秒后结束"))
    S.append((mk(2, sid("archery", 2), "voice", "busy", [dict(type="started", atMs=0), dict(type="dialed", atMs=500), dict(type="ended", atMs=2300)], []), "线路忙，未接通"))
    ivr = M["footspa"].IVR[0]
    S.append((mk(3, sid("footspa", 1), "voice", "abandoned", [dict(type="started", atMs=0), dict(type="dialed", atMs=400), dict(type="ringing", atMs=1500), dict(type="answered", atMs=6200), dict(type="dtmf", atMs=15800, detail=dict(digits="2")), dict(type="queued", atMs=16300), dict(type="hangup", atMs=98300, detail=dict(by="customer")), dict(type="ended", atMs=98700)], [dict(speaker="ivr", text=ivr, startMs=6500, endMs=14200, confidence=0.97)]), "语音导航排队中客户挂断，未接入人工"))
    S.append((mk(4, sid("print", 0), "webchat", "abandoned", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1800), dict(type="queued", atMs=2600), dict(type="ended", atMs=185000)], [dict(speaker="system", text="当前排队人数较多，您前面还有6位", startMs=2700, endMs=2700, confidence=1.0)]), "在线排队期间客户离开，坐席未接入"))
    S.append((mk(5, sid("organize", 2), "webchat", "completed", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1500), dict(type="ended", atMs=64000)], [dict(speaker="bot", text=M["organize"].BOT[0], startMs=2000, endMs=2000, confidence=1.0), dict(speaker="customer", text="衣帽间整理怎么收费", startMs=15000, endMs=15000, confidence=1.0), dict(speaker="bot", text="您可以查看价目表：首页-服务项目-价格说明。", startMs=16000, endMs=16000, confidence=1.0)]), "全程只有机器人应答，没有人工坐席"))
    S.append((mk(6, sid("recycle", 1), "webchat", "failed", [dict(type="started", atMs=0), dict(type="ended", atMs=30000)], [], failedBy="harness", errorCode="E_SELECTOR_TIMEOUT"), "测试程序找不到聊天输入框，超时失败"))
    S.append((mk(7, sid("archery", 0), "voice", "failed", [dict(type="started", atMs=0), dict(type="dialed", atMs=700), dict(type="ended", atMs=4100)], [], failedBy="harness", errorCode="E_BROWSER_CRASHED"), "测试浏览器崩溃，通话未建立"))
    return S

def main():
    res = build_all()
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        for si in range(3):
            with open(os.path.join(OUT, "scenarios", M[t].SCEN[si]["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scen_yaml(t, si))
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fc, open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for c, lab, _, _ in res:
            fc.write(json.dumps(c, ensure_ascii=False) + "\n"); fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
        for c, why in specials():
            fc.write(json.dumps(c, ensure_ascii=False) + "\n")
            dom = [t for t in TRADES if c["scenarioId"].startswith(t)][0]
            fl.write(json.dumps(dict(contactId=c["contactId"], domain=dom, labels={k: "na" for k in CHECKS}, why=dict(special=why)), ensure_ascii=False) + "\n")
    print("wrote", len(res) + 7, "contacts")

if __name__ == "__main__":
    main()
