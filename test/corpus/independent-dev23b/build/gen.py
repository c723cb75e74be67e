"""Generator for independent-dev23b. Byte-identical output on every run (seeded)."""
import json, os, random, re
from common import *
from plan import make_plan, SEED

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELP = ["请问有什么可以帮您？", "请问您要办什么？", "您请说。", "有什么需要帮忙的？", "请问什么情况？", ""]
ACK = ["好的。", "行。", "嗯，好。", "可以。", "好，我等着。", "没问题。"]
NOMORE = ["没有了。", "没了，就这些。", "暂时没有了。", "没别的了。"]
SORRY_OK = ["没关系，您说。", "不要紧的。", "没事没事，您接着讲。", "没关系，慢慢说。"]
PUSHBACK = ["你确定吗？我之前听说的不一样。", "等等，我记得好像不是这样。", "是吗？你再确认一下。"]
CFINAL = ["好的。", "嗯。", "行，知道了。", "好嘞。"]
START = 1796600000000

class Picker:
    def __init__(self, rng):
        self.rng = rng; self.use = {}
    def __call__(self, key, pool, ok=None):
        fit = [l for l in pool if ok is None or ok(l)]
        fit = [l for l in fit if self.use.get((key, l), 0) < 3] or pool
        best = min(self.use.get((key, l), 0) for l in fit)
        cand = [l for l in fit if self.use.get((key, l), 0) == best]
        l = self.rng.choice(cand)
        if best >= 3:
            raise SystemExit(f"pool exhausted: {key}")
        self.use[(key, l)] = best + 1
        return l

def asr(text, rng):
    for a, b in HOMO:
        if a in text and rng.random() < 0.6:
            text = text.replace(a, b)
    text = "".join(("幺" if rng.random() < 0.5 else "一") if c == "1" else DIG.get(c, c) for c in text)
    out = []
    first = True
    for seg in re.split(r"[，。？！、：；～,.?!]+", text):
        if not seg:
            continue
        if rng.random() < 0.3:
            seg = rng.choice(["呃 ", "那个 ", "嗯 ", "就是 "]) + seg
        out.append(seg)
    sep = rng.choice([" ", ""])
    return sep.join(out).strip()

def fill(line, rng, m, ctx):
    return (line.replace("{id}", ctx["id"]).replace("{name}", ctx["name"]).replace("{r}", ctx["ref"])
            .replace("{n}", ctx["n4"]).replace("{p}", ctx["persona"]))

def build(c, pk, rng):
    d = c["domain"]; m = load(d); s = c["scen"]; p = c["plan"]; L = m.L; F = s["fact"]
    ctx = dict(id=rng.choice([str(rng.randint(1000, 9899)), rng.choice("ABKMS") + str(rng.randint(100, 989))]),
               name=rng.choice(m.NAMES), ref=str(rng.randint(10000000, 99999999)), n4=str(rng.randint(1000, 9999)),
               persona=s["persona"])
    voice_words = re.compile("来电|电话|别挂|挂机|挂断|挂吧|先挂|按一|按二|语音|信号|听见|听清|听不|吵")
    chat_words = re.compile("留言|截图|点一下|弹出|弹|～|发我|发过来|打错字|链接")
    if c["channel"] == "voice":
        fits = lambda l: not chat_words.search(l)
    else:
        fits = lambda l: not voice_words.search(l)
    def P(cat):
        return fill(pk((d, cat), L[cat], fits), rng, m, ctx)
    def PS(cat):
        return pk((s["id"], cat), s[cat])
    used = set()
    def take(name, pool):
        left = [l for l in pool if l not in used] or pool
        l = rng.choice(left); used.add(l)
        return l
    T = []
    def A(text, **k): T.append(dict(sp="agent", text=text, **k))
    def C(text, **k): T.append(dict(sp="customer", text=text, **k))
    why = {}
    # opening
    if p["smalltalk"] and c["channel"] == "webchat":
        C(rng.choice(L["smalltalk"]))
    g = P("greet_bad") if p.get("greet_fail") else P("greet_ok")
    idf = p.get("id_fail")
    idl = P("id_bare") if idf == "bare" else (None if idf in ("none", "late") else P("id_ok"))
    first = g + (idl or "") + ("" if p.get("greet_fail") else rng.choice(HELP))
    A(first, first=True)
    why["greeting"] = f"坐席首句「{first}」直接报名号开场，开头几个字里没有任何问候语"
    if idf == "none":
        why["agent-id"] = f"坐席前两轮只有「{first}」及之后的业务话，始终没报工号或姓名"
    elif idf == "bare":
        why["agent-id"] = f"首轮「{idl}」只是泛称角色，没有工号也没有具体人名"
    opener = PS("opens")
    comp_first = "emp" in p and p["complaint_first"]
    complaints = []
    if comp_first:
        cl = P("complaint"); complaints.append(cl)
        otext = cl + opener
    elif p["smalltalk"] and c["channel"] == "voice":
        otext = rng.choice(L["smalltalk"]) + opener
    else:
        otext = opener
    if p.get("info_fail"):
        otext += s["volunteer"]
    C(otext + (take("pad_c6", L["pad_c"][:6]) if p.get("interrupt") else ""), opener=True)
    if p.get("interrupt"):
        il = P("interrupt")
        A(il, interrupt=True)
        why["interruption"] = f"客户还在讲开头的情况，坐席就抢话说「{il}」，早于客户说完一秒以上"
    blocks = []
    resp = None
    def emp_resp():
        if p["emp"] == "ok":
            t = P("empathy")
            if rng.random() < 0.4: t += P("pad_a")
            return t
        return P("cold")
    if comp_first:
        resp = emp_resp()
    # verification / disclosure / hold / fact
    ver = p.get("ver")
    hold = p.get("hold")
    def vreply(ask):
        if "验证码" in ask: r = f"验证码是{ctx['n4']}。"
        elif "身份证" in ask: r = f"身份证后几位是{ctx['n4']}{rng.randint(10, 99)}。"
        elif "生日" in ask or "出生" in ask: r = rng.choice(["一九八六年三月十二号。", "我是九一年七月的。", "七八年十月五号。"])
        elif "邮箱" in ask: r = "是我名字拼音加一九八八。"
        elif re.search("姓名|名字|全名|户主|车主|预约人|捐赠人|收货人", ask): r = f"{ctx['persona']}，手机尾号{ctx['n4']}。"
        else: r = f"尾号{ctx['n4']}。"
        return r
    va = P("verify_ask") if ver in ("ok", "late") else None
    vblock = [("A", va, {}), ("C", vreply(va), {})] if va else []
    disc = [("A", P("disclose"), {"disclose": True})] if ver else []
    fact = p["fact"]
    vals = {"ok": [F["expected"]] + F["variants"]}
    def fval(kind):
        if kind == "ok": return rng.choice([F["expected"]] + F["variants"])
        return rng.choice(F["wrong"])
    factb = []
    if fact != "unstated":
        v1 = fval("wrong" if fact in ("wrong", "corrected") else "ok")
        factb = [("C", PS("factq"), {}), ("A", PS("factt").replace("{v}", v1), {"fact": v1})]
        if fact == "wrong":
            why["fact-accuracy"] = f"客户问「{factb[0][1]}」，坐席答「{factb[1][1]}」，{F['label']}说错了，应为{F['expected']}"
            why["no-misinformation"] = f"「{factb[1][1]}」里的{v1}是已知错误的{F['label']}，之后也没更正"
    else:
        why["fact-accuracy"] = f"客户来电说「{opener}」，整通没有说明{F['label']}（应为{F['expected']}）"
    corrb = []
    if fact == "corrected":
        v2 = fval("ok")
        corrb = [("C", rng.choice(PUSHBACK), {}), ("A", PS("factt").replace("{v}", v2), {"fact": v2})]
        why["no-misinformation"] = f"坐席先说{F['label']}是「{v1}」（错误值），虽然后来改口为{v2}，错误信息已经说出口"
    # the look-up that a hold wraps: disclosure if any (after verification), else the fact answer
    def with_hold(seq):
        """seq: list of turns ending with the agent answer; wrap the answer in the planned hold"""
        if not hold or not seq:
            return seq
        head, last = seq[:-1], seq[-1]
        g = p["hold_gap"]
        if hold == "unann":
            if not head or head[-1][0] != "C":
                head = head + [("C", take("pad_c6", L["pad_c"][:6]), {})]
            lt = last[1]
            why["hold-etiquette"] = f"客户说完「{head[-1][1]}」后静默{g//1000}秒，坐席事先没请稍等，回来直接说「{lt}」"
            return head + [("A", lt, dict(last[2], gap=g, hold="unann"))]
        ann = P("hold_ann")
        if hold == "nothx":
            why["hold-etiquette"] = f"坐席说「{ann}」后让客户等了{g//1000}秒，回来第一句「{last[1]}」没有感谢等待"
        thx = P("hold_thx") if hold == "ok" else ""
        return head + [("A", ann, {"ann": True}), ("C", rng.choice(ACK), {}), ("A", thx + last[1], dict(last[2], gap=g, hold=hold))]
    if ver == "ok":
        core_seq = vblock + with_hold(disc)
        blocks.append(core_seq)
        if factb: blocks.append(factb)
    elif ver == "late":
        core_seq = with_hold(disc)
        blocks.append(core_seq + [("C", take("pad_c6", L["pad_c"][:6]), {})] + vblock)
        why["verification"] = f"坐席先说出客户记录「{disc[0][1]}」，之后才问「{vblock[0][1]}」，核验晚于披露"
        if factb: blocks.append(factb)
    elif ver == "none":
        blocks.append(with_hold(disc))
        why["verification"] = f"客户说「{opener}」后，坐席没有任何核验就直接告知「{disc[0][1]}」"
        if factb: blocks.append(factb)
    else:
        if factb:
            blocks.append(with_hold(factb))
        elif hold:
            blocks.append(with_hold([("C", take("pad_c6", L["pad_c"][:6]), {}), ("A", take("pad_a6", L["pad_a"][:6]), {})]))
    if ver and hold and not disc:
        pass
    if corrb:
        fb_i = next(k for k, bl in enumerate(blocks) if any(t[2].get("fact") for t in bl))
        mid = [("C", take("pad_c6", L["pad_c"][:6]), {}), ("A", take("pad_a6", L["pad_a"][:6]), {})] if rng.random() < 0.5 else []
        blocks[fb_i] = blocks[fb_i] + mid + corrb
    
    # information ask
    if not p.get("info_fail"):
        blocks.append([("A", PS("asks"), {}), ("C", s["volunteer"], {})])
    else:
        why["required-info"] = f"坐席从未询问{s['info']['label']}，客户开头「{opener}」时自己带出了「{s['volunteer']}」"
    # complaints
    if "emp" in p:
        n = p["emp_n"] if comp_first else max(1, p["emp_n"])
        for k in range(n - (1 if comp_first else 0)):
            cl = P("complaint"); complaints.append(cl)
            blocks.append([("C", cl, {}), ("A", emp_resp(), {"resp": True})])
    # extra question
    if p.get("xq"):
        q = pk((d, "xq"), L["xq"]); a = L["xa"][L["xq"].index(q)]
        if p["xq"] == "ok":
            blocks.append([("C", q, {}), ("A", a, {})])
        else:
            na = P("nonans")
            blocks.append([("C", q, {}), ("A", na, {})])
            why["resolution"] = f"客户问「{q}」，坐席只回「{na}」，此后也没有查询、转介或补答"
    # forbidden words
    if p.get("fb"):
        cat = "fb_rude" if p["fb"] == "rude" else "fb_mild"
        fl = P(cat)
        blocks.append([("C", P("press"), {}), ("A", fl, {"fb": True})])
        fls = [fl]
        if p.get("fb_double"):
            fl2 = P(cat); fls.append(fl2)
            blocks.append([("C", P("press"), {}), ("A", fl2, {"fb": True})])
        why["forbidden-words"] = f"坐席说「{'」「'.join(fls)}」，属服务忌语"
        if cat == "fb_rude":
            why["politeness"] = f"「{fls[0]}」是冲着客户的不耐烦/指责/激将语气，失礼"
    # hard negatives and padding
    for _ in range(p["look"]):
        blocks.append([("C", take("pad_c6", L["pad_c"][:6]), {}), ("A", P("lookalike"), {})])
    if p["capology"]:
        blocks.append([("C", P("capology"), {}), ("A", rng.choice(SORRY_OK), {})])
    for _ in range(p["pads"]):
        pc = take("pad_c", L["pad_c"]); ix = L["pad_c"].index(pc)
        pa = L["pad_a"][ix] if ix >= 6 else take("pad_a6", L["pad_a"][:6])
        blocks.append([("C", pc, {}), ("A", pa, {})])
    ref_line = P("ref") if p.get("ref") == "ok" else None
    if p.get("ref") == "none":
        why["record-reference"] = "需给受理凭证的场景，坐席登记后没有报任何工单号或受理编号"
    if ref_line and rng.random() < 0.5 and not ver:  # a registration is an action on the record: after the check
        blocks.append([("A", ref_line, {})]); ref_line = None
    # order: keep verification blocks first among verification-related, shuffle the rest
    first_b = blocks[0] if ver else None
    rest = blocks[1:] if ver else blocks[:]
    rng.shuffle(rest)
    if corrb in rest and factb in rest:
        i1, i2 = rest.index(factb), rest.index(corrb)
        if i2 < i1: rest[i1], rest[i2] = rest[i2], rest[i1]
    if ver:
        pos = rng.randint(0, len(rest))
        if corrb and factb in rest:
            pass
        rest.insert(pos, first_b)
        # a corrected fact must follow its first statement
        if corrb and corrb in rest and factb in rest and rest.index(corrb) < rest.index(factb):
            a, b = rest.index(corrb), rest.index(factb)
            rest[a], rest[b] = rest[b], rest[a]
    for k, b in enumerate(rest[:2]):
        if len(b) == 1 and b[0][1] and b[0][0] == "A" and not b[0][2] and len(rest) > 3:
            rest.append(rest.pop(k))
    if resp:
        rest.insert(0, [("A", resp, {"resp": True})])
    for b in rest:
        for sp, text, meta in b:
            (A if sp == "A" else C)(text, **meta)
    # tail
    sv = P("survey") if p.get("survey") == "ok" else None
    if p.get("survey") == "none":
        why["survey-offered"] = "需邀请评价的场景，坐席收尾前后都没提评价或满意度"
    if p.get("walkout"):
        if ref_line: A(ref_line)
        if sv: A(sv)
        C(P("walkout"), walkout=True)
        hang = "customer"
    else:
        if ref_line: A(ref_line + (take("pad_a6", L["pad_a"][:6]) if p["bury"] else ""))
        cf = p.get("close_fail")
        if p["wrapq"] or cf == "bad":
            A(P("wrapq")); C(rng.choice(NOMORE))
        if cf == "bad":
            cb = P("close_bad")
            A((sv or "") + cb)
            why["closing"] = f"坐席最后只说「{cb}」就结束，最后两轮没有致谢、祝福或道别"
            hang = "agent"
        elif cf == "hangup":
            if sv: A(sv)
            why["closing"] = "坐席答完问题后直接挂断，最后两轮没有任何结束语"
            hang = "agent"
        else:
            co = P("close_ok")
            A((sv + co) if sv and rng.random() < 0.5 else co) if not sv or True else None
            if sv and sv not in T[-1]["text"]:
                T.insert(len(T) - 1, dict(sp="agent", text=sv))
            if rng.random() < 0.5:
                C(rng.choice(CFINAL)); hang = "customer"
            else:
                hang = "agent"
    # late id: third agent turn
    if idf == "late":
        ag = [t for t in T if t["sp"] == "agent"]
        il = P("id_ok")
        tgt = ag[2] if len(ag) > 2 else ag[-1]
        tgt["text"] = "对了，" + il + tgt["text"]
        why["agent-id"] = f"坐席直到第三轮才说「{il}」，前两轮没有自报身份"
    # bury: add neutral words around some decisive agent lines
    if p["bury"]:
        for t in T:
            if t["sp"] == "agent" and (t.get("fb") or t.get("resp")) and rng.random() < 0.6:
                t["text"] = take("pad_a6", L["pad_a"][:6]) + t["text"] + rng.choice(["", "您看行吗？", "这边先这么给您说明。"]) 
    return T, why, hang, ctx, complaints

def timeline(c, T, hang, rng):
    p = c["plan"]; s = c["scen"]; voice = c["channel"] == "voice"; m = load(c["domain"])
    ev = [{"type": "started", "atMs": 0}]
    turns = []
    rate_a = {"fast": rng.randint(345, 390), "slow": rng.randint(80, 98)}.get(p.get("rate"), rng.randint(170, 255))
    if voice:
        t = rng.randint(200, 500); ev.append({"type": "dialed", "atMs": t})
        t += rng.randint(900, 2500); ev.append({"type": "ringing", "atMs": t})
        t += rng.randint(3000, 9000); ev.append({"type": "answered", "atMs": t})
        if p["ivr"]:
            it = f"您好，欢迎致电{m.ORG}，通话可能会被录音，人工服务请按零。"
            dur = int(spoken(it) / 260 * 60000)
            turns.append(dict(speaker="ivr", text=it, startMs=t + 400, endMs=t + 400 + dur, confidence=round(rng.uniform(0.9, 0.98), 2)))
            t += 400 + dur + rng.randint(800, 2000); ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            t += 300; ev.append({"type": "queued", "atMs": t})
            t += rng.randint(5000, 40000)
        else:
            t += rng.randint(100, 400)
    else:
        t = rng.randint(800, 2000); ev.append({"type": "page-loaded", "atMs": t})
        if rng.random() < 0.5:
            t += rng.randint(300, 900); ev.append({"type": "queued", "atMs": t})
        t += rng.randint(3000, 40000)
    joined = t
    ev.append({"type": "agent-joined", "atMs": t})
    sla_lat = s["sla"][1]
    # choose planted gaps
    elig = [k for k in range(2, len(T)) if T[k]["sp"] == "agent" and T[k - 1]["sp"] == "customer" and T[k - 2]["sp"] == "agent"
            and not T[k].get("first") and not T[k].get("interrupt") and "gap" not in T[k]
            and not any(T[j].get("ann") for j in range(k - 2, k) if j >= 0)]
    if p.get("da_plant") and elig:
        T[rng.choice(elig)]["gap"] = p["da_plant"]
    elig = [k for k in elig if "gap" not in T[k]]
    if p.get("lat_plant") and elig:
        T[rng.choice(elig)]["gap"] = p["lat_plant"]
    asr_on = p["asr"]
    prev = None; cur = joined; pend = None; maxlat = 0; last_ann = False
    hold_events = []
    bc_done = False
    for k, tt in enumerate(T):
        text = asr(tt["text"], rng) if asr_on else tt["text"]
        if not voice:
            text = text
        sp = tt["sp"]
        if tt.get("first"):
            if voice:
                gap = rng.randint(6500, 7500) if p.get("fr_fail") else rng.randint(800, 3000)
            else:
                gap = rng.randint(7000, 12000) if p.get("fr_fail") else rng.randint(2000, 5000)
            base = joined if prev is None else max(joined, prev["endMs"])
            if prev is not None:
                gap = max(500, gap - (prev["endMs"] - joined))
            start = base + gap
        elif "gap" in tt:
            start = prev["endMs"] + tt["gap"]
        elif sp == "agent" and prev and prev["speaker"] == "customer":
            start = prev["endMs"] + (rng.randint(500, 2500) if voice else rng.randint(3000, 9000))
            if pend is not None:
                start = max(prev["endMs"] + 400, min(start, pend + sla_lat - 1500))
        elif sp == "agent":
            start = prev["endMs"] + (rng.randint(300, 1500) if voice else rng.randint(1500, 6000))
        else:
            if prev and prev["speaker"] == "customer":
                start = prev["endMs"] + (rng.randint(400, 1500) if voice else rng.randint(1500, 5000))
            else:
                start = (prev["endMs"] if prev else joined) + (rng.randint(500, 3000) if voice else rng.randint(4000, 25000))
            if prev is None:
                start = joined + rng.randint(600, 1500)
        if voice:
            r = rate_a if sp == "agent" else rng.randint(200, 270)
            dur = max(500, int(spoken(text) / r * 60000))
            if tt.get("interrupt"):
                start = prev["endMs"] - rng.randint(1300, 2300)
                start = max(start, prev["startMs"] + 300)
            conf = round(rng.uniform(0.6, 0.93), 2) if asr_on else round(rng.uniform(0.9, 0.99), 2)
            tr = dict(speaker=sp, text=text, startMs=start, endMs=start + dur, confidence=conf)
        else:
            tr = dict(speaker=sp, text=text, startMs=start, endMs=start, confidence=1.0)
        if tt.get("hold") in ("ok", "nothx") and voice:
            hold_events.append((prev["endMs"] + rng.randint(300, 900), start - rng.randint(300, 900)))
        if tt.get("hold") == "unann" and voice and rng.random() < 0.5:
            hold_events.append((prev["endMs"] + rng.randint(300, 900), start - rng.randint(300, 900)))
        turns.append(tr)
        if sp == "customer" and pend is None:
            pend = tr["endMs"]; pend_ann = last_ann; pend_txt = tr["text"]
        if sp == "agent":
            if pend is not None and not pend_ann and tr["startMs"] - pend > maxlat:
                maxlat = tr["startMs"] - pend; c["lat_txt"] = pend_txt
            if prev is not None and prev["speaker"] == "customer" and not last_ann and "gap" in tt:
                c.setdefault("silences", []).append((tr["startMs"] - prev["endMs"], prev["text"], tr["text"]))
            pend = None
            last_ann = bool(tt.get("ann"))
        # backchannel over a long customer turn
        if voice and p["backch"] and not bc_done and sp == "customer" and tr["endMs"] - tr["startMs"] > 3500:
            bs = tr["startMs"] + rng.randint(1200, 2200)
            turns.append(dict(speaker="agent", text=rng.choice(["嗯", "对", "嗯嗯", "好的"]), startMs=bs, endMs=bs + 350, confidence=round(rng.uniform(0.6, 0.9), 2)))
            bc_done = True
        if prev is None or tr["endMs"] >= prev["endMs"] or sp == "agent":
            prev = tr
    for a, b in hold_events:
        ev.append({"type": "hold-start", "atMs": a}); ev.append({"type": "hold-end", "atMs": b})
    end = max(x["endMs"] for x in turns) + (rng.randint(500, 2000) if voice else rng.randint(2000, 8000))
    if voice:
        ev.append({"type": "hangup", "atMs": end, "detail": {"by": hang}})
    if c.get("transfer"):
        ev.append({"type": "transfer", "atMs": turns[len(turns) // 2]["startMs"] - 200})
    ev.append({"type": "ended", "atMs": end + 300})
    ev.sort(key=lambda e: e["atMs"])
    turns.sort(key=lambda x: x["startMs"])
    return ev, turns, end + 300, rate_a, maxlat

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]

def intended(c, why, rate, turns):
    p = c["plan"]; s = c["scen"]; voice = c["channel"] == "voice"
    L = {}
    L["greeting"] = "fail" if p.get("greet_fail") else "pass"
    L["agent-id"] = "fail" if p.get("id_fail") else "pass"
    L["closing"] = "na" if p.get("walkout") else ("fail" if p.get("close_fail") else "pass")
    L["forbidden-words"] = "fail" if p.get("fb") else "pass"
    L["politeness"] = "fail" if p.get("fb") == "rude" else "pass"
    L["verification"] = "na" if "ver" not in p else ("pass" if p["ver"] == "ok" else "fail")
    L["hold-etiquette"] = "na" if not p.get("hold") else ("pass" if p["hold"] == "ok" else "fail")
    L["interruption"] = "na" if not voice else ("fail" if p.get("interrupt") else "pass")
    u = p.get("hold") == "unann"
    L["dead-air"] = "fail" if (u or p.get("da_plant") or (voice and p.get("lat_plant"))) else "pass"
    L["speech-rate"] = "na" if not voice else ("fail" if p.get("rate") else "pass")
    L["empathy"] = "na" if "emp" not in p else ("pass" if p["emp"] == "ok" else "fail")
    L["resolution"] = "fail" if p.get("xq") == "nonans" else "pass"
    L["first-response"] = "fail" if p.get("fr_fail") else "pass"
    L["response-latency"] = "fail" if c["maxlat"] > s["sla"][1] else "pass"
    L["fact-accuracy"] = "fail" if p["fact"] in ("wrong", "unstated") else "pass"
    L["no-misinformation"] = "fail" if p["fact"] in ("wrong", "corrected") else "pass"
    L["record-reference"] = "na" if "ref" not in p else ("pass" if p["ref"] == "ok" else "fail")
    L["survey-offered"] = "na" if "survey" not in p else ("pass" if p["survey"] == "ok" else "fail")
    L["required-info"] = "fail" if p.get("info_fail") else "pass"
    # reasons that depend on timing
    if L["dead-air"] == "fail" and "dead-air" not in why:
        if u:
            why["dead-air"] = f"客户说完后出现{p['hold_gap']//1000}秒无人说话的静默，坐席事先没打招呼"
        else:
            g = p.get("da_plant") or p.get("lat_plant")
            why["dead-air"] = f"客户说完后坐席约{g/1000:.1f}秒没出声，也没说明要查询，属冷场"
    if L["response-latency"] == "fail":
        g = c["maxlat"]
        why["response-latency"] = f"有一句客户话坐席隔了约{g/1000:.1f}秒才回复，超过本场景{s['sla'][1]//1000}秒的响应时限"
    if L["first-response"] == "fail":
        why["first-response"] = f"坐席接入后超过{s['sla'][0]//1000}秒才说第一句话"
    if L["speech-rate"] == "fail":
        why["speech-rate"] = f"坐席语速约每分钟{rate}字，{'远快于' if rate > 300 else '远慢于'}正常范围"
    if L["empathy"] == "fail":
        why["empathy"] = "客户抱怨后，坐席接下来两轮只走流程、没有道歉或体谅（见投诉后回应）"
    return L

def main():
    cs, _ = make_plan()
    rng = random.Random(SEED * 7 + 1)
    pk = Picker(rng)
    contacts, labels = [], []
    for c in cs:
        T, why, hang, ctx, complaints = build(c, pk, rng)
        ev, turns, end, rate, maxlat = timeline(c, T, hang, rng)
        c["maxlat"] = maxlat
        lab = intended(c, why, rate, turns)
        if lab["empathy"] == "fail":
            # name the decisive reply
            for k, t in enumerate(T):
                if t["sp"] == "customer" and any(cl in t["text"] for cl in complaints):
                    nxt = next((x for x in T[k + 1:] if x["sp"] == "agent" and not x.get("interrupt")), None)
                    if nxt:
                        why["empathy"] = f"客户抱怨「{[cl for cl in complaints if cl in t['text']][0]}」后，坐席回「{nxt['text']}」，只走流程、没有道歉或体谅"
                        break
        agt = [t for t in turns if t["speaker"] == "agent" and len(t["text"]) > 3]
        la = agt[-1]["text"] if agt else ""
        title = c["scen"]["title"]
        seqt = [t for t in turns if t["speaker"] in ("agent", "customer") and not (t["speaker"] == "agent" and is_backch(t["text"]))]
        thr = 8000 if c["channel"] == "voice" else 30000
        gaps = [(seqt[k]["startMs"] - seqt[k - 1]["endMs"], k) for k in range(1, len(seqt))
                if seqt[k]["speaker"] == "agent" and seqt[k - 1]["speaker"] == "customer"]
        if lab["dead-air"] == "fail":
            g, pt, nt = max(c["silences"])
            why["dead-air"] = f"客户说「{pt[:18]}」后，坐席沉默{g/1000:.1f}秒才接「{nt[:12]}…」，之前没说要查询或请稍等"
        if lab["response-latency"] == "fail":
            why["response-latency"] = f"客户「{c['lat_txt'][:18]}」这句等了约{c['maxlat']/1000:.1f}秒才得到回复，超过本场景{c['scen']['sla'][1]//1000}秒的响应时限"
        if lab["record-reference"] == "fail":
            why["record-reference"] = f"{title}需要给受理凭证，坐席{len(agt)}句话里直到最后一句「{la}」都没报工单号或受理编号"
        if lab["survey-offered"] == "fail":
            why["survey-offered"] = f"{title}需邀请评价，坐席收尾「{la}」前后都没提评价、打分或满意度"
        if lab["closing"] == "fail" and c["plan"].get("close_fail") == "hangup":
            why["closing"] = f"坐席说完「{la}」就挂断了，最后两轮没有致谢、祝福或道别"
        if lab["first-response"] == "fail":
            fa = agt[0]
            jn = next(e["atMs"] for e in ev if e["type"] == "agent-joined")
            why["first-response"] = f"坐席接入后{(fa['startMs'] - jn)/1000:.1f}秒才说出首句「{fa['text'][:14]}…」，超过{c['scen']['sla'][0]//1000}秒时限"
        if lab["speech-rate"] == "fail":
            lt = max(agt, key=lambda t: len(t["text"]))
            why["speech-rate"] = f"坐席语速约每分钟{rate}字，{'远快于' if rate > 300 else '远慢于'}正常范围，如「{lt['text'][:16]}…」一句用了{(lt['endMs']-lt['startMs'])/1000:.1f}秒"
        ic = dict(schemaVersion=1, contactId=c["cid"], scenarioId=c["scen"]["id"], runId=RUN, channel=c["channel"],
                  startedAt=START + len(contacts) * 3600000, durationMs=end, events=ev, turns=turns,
                  outcome="completed", transcriptSource="deepgram" if c["channel"] == "voice" else "chat-dom")
        if c.get("no_duration"):
            del ic["durationMs"]
        contacts.append(ic)
        w = {k: why[k] for k in CHECKS if lab[k] == "fail"}
        missing = [k for k in CHECKS if lab[k] == "fail" and k not in why]
        if missing:
            raise SystemExit(f"no reason for {c['cid']} {missing}")
        labels.append(dict(contactId=c["cid"], domain=c["domain"], labels=lab, why=w))
    seen = {}
    for l in labels:
        for k, v in l["why"].items():
            if v in seen:
                n = seen[v] = seen[v] + 1
                l["why"][k] = v + f"（本通{l['contactId'].split('-')[-1]}号，同类第{n}例）"
            else:
                seen[v] = 1
    # specials
    sp = specials()
    for ic, kind, dom in sp:
        contacts.append(ic)
        labels.append(dict(contactId=ic["contactId"], domain=dom, labels={k: "na" for k in CHECKS}, why={}, special=kind))
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf8") as f:
        for ic in contacts:
            f.write(json.dumps(ic, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_scenarios()

def specials():
    out = []
    base = START + 200 * 3600000
    def ic(cid, scen, ch, ev, turns, outcome, **k):
        d = dict(schemaVersion=1, contactId=cid, scenarioId=scen, runId=RUN, channel=ch, startedAt=base + len(out) * 600000,
                 durationMs=max([e["atMs"] for e in ev] + [0]), events=ev, turns=turns, outcome=outcome,
                 transcriptSource="deepgram" if ch == "voice" else "chat-dom")
        d.update(k)
        return d
    out.append((ic("h16b-x01", "h16b-sanit-missed", "voice", [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1500}, {"type": "ended", "atMs": 61500}], [], "no-answer"), "no-answer", "sanit"))
    out.append((ic("h16b-x02", "h16b-game-deposit", "voice", [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 250}, {"type": "ended", "atMs": 2600}], [], "busy"), "busy", "game"))
    it = "您好，欢迎致电焰堡快餐，人工服务请按零。"
    out.append((ic("h16b-x03", "h16b-food-foreign", "voice", [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1400}, {"type": "answered", "atMs": 6100}, {"type": "dtmf", "atMs": 12400, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 12700}, {"type": "hangup", "atMs": 98700, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 99000}],
        [dict(speaker="ivr", text=it, startMs=6500, endMs=11200, confidence=0.95), dict(speaker="ivr", text="当前排队人数较多，请耐心等待。", startMs=13000, endMs=16100, confidence=0.94)], "abandoned"), "ivr-abandon", "food"))
    out.append((ic("h16b-x04", "h16b-hunt-privacy", "webchat", [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1200}, {"type": "queued", "atMs": 1900}, {"type": "ended", "atMs": 185000}],
        [dict(speaker="customer", text="有人吗？我想问下简历删除的事。", startMs=2500, endMs=2500, confidence=1.0)], "abandoned"), "chat-queue-abandon", "hunt"))
    out.append((ic("h16b-x05", "h16b-charity-receipt", "webchat", [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 900}, {"type": "ended", "atMs": 240000}],
        [dict(speaker="bot", text="您好，我是暖流智能助手小暖，请问有什么可以帮您？", startMs=1500, endMs=1500, confidence=1.0),
         dict(speaker="customer", text="我要开捐赠票据，转人工。", startMs=9000, endMs=9000, confidence=1.0),
         dict(speaker="bot", text="开具票据请点击菜单“我的捐赠”。", startMs=9800, endMs=9800, confidence=1.0),
         dict(speaker="customer", text="人工客服！", startMs=30000, endMs=30000, confidence=1.0),
         dict(speaker="bot", text="正在为您转接人工，请稍候。", startMs=30800, endMs=30800, confidence=1.0),
         dict(speaker="customer", text="还有人吗？", startMs=150000, endMs=150000, confidence=1.0)], "completed"), "bot-only", "charity"))
    out.append((ic("h16b-x06", "h16b-tyre-booking", "webchat", [{"type": "started", "atMs": 0}], [], "failed", failedBy="harness", errorCode="E_SELECTOR_TIMEOUT"), "harness-failure", "tyre"))
    out.append((ic("h16b-x07", "h16b-game-voucher", "webchat", [{"type": "started", "atMs": 0}], [], "failed", failedBy="harness", errorCode="E_BROWSER_CRASHED"), "harness-failure", "game"))
    for o, _, _ in out:
        if o["outcome"] == "failed":
            o["turns"] = []
    return out

def q(s):
    return json.dumps(s, ensure_ascii=False)

def write_scenarios():
    d0 = os.path.join(OUT, "scenarios")
    os.makedirs(d0, exist_ok=True)
    for d in DOMAINS:
        m = load(d)
        for s in m.SCEN:
            F = s["fact"]; I = s["info"]; r = s["req"]
            y = [f"id: {s['id']}", f"title: {q(s['title'])}",
                 f"description: {q(f'独立语料 {SET}，领域 {d}，机构 {m.ORG}')}",
                 "channel: [voice, webchat]", f"target: {{ phone: {q(m.PHONE)} }}", f"persona: {{ name: {q(s['persona'])} }}",
                 "locale: zh-CN", "steps:", f"  - say: {q(s['opens'][0])}", f"  - wait: {{ pattern: {q('.+')}, timeoutMs: 60000 }}",
                 f"  - say: {q(s['factq'][0])}", f"  - wait: {{ pattern: {q(F['cues'][0])}, timeoutMs: 60000 }}", "  - end: true",
                 "facts:",
                 f"  - {{ key: {F['key']}, label: {q(F['label'])}, expected: {q(F['expected'])}, variants: {q(F['variants'])}, wrong: {q(F['wrong'])}, cues: {q(F['cues'])} }}",
                 "requiredInfo:", f"  - {{ key: {I['key']}, label: {q(I['label'])}, patterns: [{q(I['pattern'])}] }}",
                 f"requires: {{ verification: {str(r['verification']).lower()}, reference: {str(r['reference']).lower()}, empathy: {str(r['empathy']).lower()}, survey: {str(r['survey']).lower()} }}",
                 f"sla: {{ firstResponseMs: {s['sla'][0]}, responseLatencyMs: {s['sla'][1]}, handleTimeMs: 900000 }}",
                 f"tags: [{SET}, {d}]"]
            with open(os.path.join(d0, s["id"] + ".yaml"), "w", encoding="utf8") as f:
                f.write("\n".join(y) + "\n")

if __name__ == "__main__":
    main()
