# Generator: writes contacts.jsonl, labels.jsonl and scenarios/*.yaml byte-identically from plan + material.
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import *
import plan as PL

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
M = PL.load()
SCN = {s["id"]: (t, s) for t in TRADES for s in M[t].SCEN}
USE = {}

def pick(rng, key, pool):
    best = min(USE.get((key, x if isinstance(x, str) else json.dumps(x, ensure_ascii=False, sort_keys=True)), 0) for x in pool)
    cand = [x for x in pool if USE.get((key, x if isinstance(x, str) else json.dumps(x, ensure_ascii=False, sort_keys=True)), 0) == best]
    x = rng.choice(cand)
    k = (key, x if isinstance(x, str) else json.dumps(x, ensure_ascii=False, sort_keys=True))
    USE[k] = USE.get(k, 0) + 1
    return x

def scoped(pool, scen):
    out = []
    for x in pool:
        if isinstance(x, tuple) and x[1] in SCN:
            if x[1] == scen: out.append(x[0])
        elif isinstance(x, dict):
            if x.get("scen") in (None, scen): out.append(x)
        else:
            out.append(x)
    return out

class Item(dict):
    pass

def A(sents, **tags):
    return Item(sp="agent", sents=[s for s in sents if s], tags=tags)

def C(sents, **tags):
    return Item(sp="customer", sents=[s for s in sents if s], tags=tags)

def build(c):
    t, sc = SCN[c["scen"]]
    m = M[t]; P = m.P; d = c["d"]; rng = random.Random(c["seed"]); key = t
    ch = c["channel"]; kind = sc["kind"]
    pk = lambda cat, pool=None: pick(rng, (key, cat), scoped(pool if pool is not None else P[cat], sc["id"]))
    facts = sc["facts"]
    items = []
    info = dict(complaints=[], notes={})
    # ---------- opening ----------
    g = pk("greet_bad") if "greeting" in d else pk("greet")
    idt = pk("idl")
    numeric = any(w in idt for w in ("工号", "编号", "坐席", "{n}号"))
    idv = pk("idvals", [v for v in P["idvals"] if v.isdigit() == numeric] or P["idvals"]); idline = idt.replace("{n}", idv)
    idmode = d["agent-id"]["mode"] if "agent-id" in d else ("first" if c["idpos"] == 1 else "second")
    first = [g] + ([idline] if idmode == "first" else []) + [rng.choice(OFFER)]
    items.append(A(first, opening=True, greet="greeting" not in d, idl=idline if idmode == "first" else None))
    req = pk("open", sc["open"])
    vol = "required" in d and d["required"]["volunteer"]
    volunteer = [rng.choice(r["answers"]) for r in sc["req"]] if vol else []
    op = c["opening"]
    pending_id = idmode == "second"
    def idpref():
        nonlocal pending_id
        if pending_id:
            pending_id = False
            return [idline]
        return []
    cq = None
    if op == "smalltalk":
        st = pk("small")
        items.append(C([st[0]]))
        items.append(A(idpref() + [st[1]], idl=idline if idmode == "second" else None))
        items.append(C([req] + volunteer, request=True))
    elif op == "complaint":
        cq = pk("comps", sc["comps"])
        items.append(C([cq, req] + volunteer, request=True, complaint=cq))
    elif op == "apology":
        items.append(C([rng.choice(CUST_SORRY), req] + volunteer, request=True, custsorry=True))
    else:
        items.append(C([req] + volunteer, request=True))
    # ---------- exchanges ----------
    ex = []  # list of [agent_sents, agent_tags, cust_sents, cust_tags]
    if "required" not in d:
        for r in sc["req"]:
            ex.append([[pk("ask:" + r["key"], r["asks"])], dict(reqask=r["key"]), [rng.choice(r["answers"])], {}])
            if c["readback"] and ch == "webchat":
                pass
    needv = kind != "info"
    vmode = d["verification"]["mode"] if "verification" in d else ("ok" if needv else None)
    mis = d.get("misinfo"); omit = "omitfact" in d
    vok = pk("vok") if needv else None
    def fact_ex(i, first_stmt):
        f = facts[i]
        tpl = pk("say:" + f["key"], f["says"])
        wrong = mis and mis["fact"] == i
        v = rng.choice(f["wrong"]) if wrong else rng.choice([f["expected"]] + f["variants"])
        return [[tpl.replace("{v}", v)], dict(fact=i, value=v, right=not wrong, disc=(i == 0)), [rng.choice(CUST_OK)], {}]
    disc = fact_ex(0, True)
    f2 = None if omit else fact_ex(1, True)
    if omit: info["notes"]["omit"] = facts[1]
    verify_ex = None
    if vmode in ("ok", "late"):
        va_ = pk("vask")
        verify_ex = [[va_], dict(vask=True), [vans_for(va_, rng)], {}]
    # hold wraps disclosure
    hmode = d["hold"]["mode"] if "hold" in d else ("ok" if c["hold"] else None)
    if vmode == "late":
        core = [disc, verify_ex]
    elif vmode == "ok":
        core = [verify_ex, disc] if (c["verify_first"] or True) else [disc]
    else:
        core = [disc]
    # the agent's confirmation after a verification answer
    if vmode in ("ok", "late"):
        vi = core.index(verify_ex)
        nxt = core[vi + 1] if vi + 1 < len(core) else None
        if nxt is None:
            core.append([[vok, "我这边帮您登记处理。"], {}, [rng.choice(CUST_OK)], {}])
        else:
            nxt[0].insert(0, vok)
    if not c["verify_first"] and vmode == "ok" and "required" not in d:
        ex = core + ex   # verify before the required-info ask
    else:
        ex = ex + core
    if f2: ex.append(f2)
    if mis and mis["mode"] == "corrected":
        fi = mis["fact"]
        f = facts[fi]
        tgt = disc if fi == 0 else f2
        if tgt is None:
            tgt = disc; mis["fact"] = 0
        tgt[2] = [rng.choice(CUST_DOUBT)]; tgt[1]["glue"] = True
        right = rng.choice([f["expected"]] + f["variants"])
        ex.insert(ex.index(tgt) + 1, [[pk("correct").replace("{v}", right)], dict(fact=fi, value=right, right=True, correction=True, disc=(fi == 0)), [rng.choice(CUST_OK)], {}])
    if kind != "info" and "reference" not in d:
        ref = str(rng.randint(10**9, 10**10 - 1))
        ex.append([[pk("ref").replace("{ref}", ref)], dict(ref=ref), [rng.choice(CUST_OK)], {}])
    # hold on the disclosure
    def hold_on(target, mode):
        i = ex.index(target)
        if mode in ("ok", "nothanks"):
            ex.insert(i, [[pk("hold_req")], dict(holdreq=True, holdnext=True), None, {}])
            if mode == "ok":
                target[0].insert(0, pk("hold_thx")); target[1]["holdthx"] = True
            target[1]["afterhold"] = "announced"
        elif mode == "unannounced":
            ex.insert(i, [[rng.choice(ACK)], dict(holdnext=True), None, {}])
            target[1]["afterhold"] = "silent"
    if hmode == "nothanks2":
        hold_on(disc, "ok")
        tgt2 = f2 or ex[-1]
        hold_on(tgt2, "nothanks")
    elif hmode:
        hold_on(disc, hmode)
    # ---------- inserted events ----------
    def at(posname):
        n = len(ex)
        if posname == "early": return rng.randint(0, max(0, n // 3))
        if posname == "late": return rng.randint(max(0, 2 * n // 3), n)
        return rng.randint(n // 3, max(n // 3, 2 * n // 3))
    def safe_insert(pos, block):
        # never split a hold (request / silence / resumed line)
        pos = max(pos, 1)
        while 0 < pos < len(ex) and (ex[pos - 1][0] == "__C__" or ex[pos - 1][1].get("holdnext") or ex[pos - 1][1].get("vask") or ex[pos - 1][1].get("norude_after") or ex[pos - 1][1].get("glue")):
            pos += 1
        for j, b in enumerate(block):
            ex.insert(pos + j, b)
    emp_fail = "empathy" in d
    ncomp = 0
    if kind == "complaint" and op != "complaint": ncomp = 1
    if emp_fail and (kind != "complaint" or op == "complaint"): ncomp = max(ncomp, 1)
    if emp_fail and d["empathy"]["two"]: ncomp = 2 if op != "complaint" else max(ncomp, 1)
    if c["extra_complaint"] and not emp_fail: ncomp = max(ncomp, 1)
    comp_blocks = []
    for k in range(ncomp):
        cl = pk("comps", [x for x in sc["comps"] if x != cq])
        comp_blocks.append(["COMPLAINT", cl])
    # which complaint goes unacknowledged
    all_comp = (["open"] if op == "complaint" else []) + [f"ins{k}" for k in range(ncomp)]
    unack = set()
    if emp_fail:
        unack.add(rng.choice(all_comp) if not d["empathy"]["two"] else all_comp[-1])
    info["unack"] = unack
    for k, b in enumerate(comp_blocks):
        acked = f"ins{k}" not in unack
        blk = [[[pk("apology")] if acked else [rng.choice(PROC)], dict(apology=acked, after_complaint=True), None, {}]]
        # complaint customer line goes before this agent reply
        blk[0].append(b[1])
        safe_insert(at(rng.choice(["early", "middle", "late"])), [["__C__", dict(complaint=b[1], cid=f"ins{k}"), None, {}]] + blk)
    # side question
    if "resolution" in d or c["side"]:
        sq = pk("side")
        if "resolution" in d:
            blk = [["__C__", dict(question=sq["q"]), None, {}], [[sq["na"]], dict(nonanswer=sq["q"]), None, {}]]
            info["notes"]["unanswered"] = sq
            safe_insert(at(d["resolution"]["pos"]), blk)
        elif rng.random() < 0.4:
            blk = [["__C__", dict(question=sq["q"]), None, {}], [[sq["na"]], dict(nonanswer=sq["q"], glue=True), [sq["press"]], {}], [[sq["a"]], dict(answer=sq["q"]), None, {}]]
            safe_insert(at("middle"), blk)
        else:
            safe_insert(at("middle"), [["__C__", dict(question=sq["q"]), None, {}], [[sq["a"]], dict(answer=sq["q"]), None, {}]])
    fb = d.get("forbidden")
    if fb and fb["kind"] == "toldyou" and f2 and f2[1]["right"] and not (mis and mis["fact"] == 1):
        v = f2[1]["value"]
        i = ex.index(f2) + 1
        safe_insert(i, [["__C__", dict(reask=True, text=rng.choice(REASK).replace("{label}", facts[1]["label"])), None, {}],
                        [[pk("toldyou").replace("{v}", v)], dict(forbid="toldyou", fact=1, value=v, right=True), [rng.choice(CUST_OK)], {}]])
    elif fb:
        fb["kind"] = "brush"
        br = pk("brush")
        safe_insert(at("middle"), [["__C__", dict(question=br["trig"]), None, {}], [[br["bad"]], dict(forbid="brush", glue=True), [br["press"]], {}], [[br["fix"]], dict(answer=br["trig"]), None, {}]])
    if "politeness" in d:
        pd = d["politeness"]
        lines = [pk("rude")] + ([pk("rude")] if pd["two"] else [])
        for li, rl in enumerate(lines):
            protest = pd["protest"] and li == 0
            if pd["buried"] and not protest:
                # the rude line sits inside an ordinary agent turn
                cands = [b for b in ex if b[0] != "__C__" and b[0] and not b[1].get("holdnext")]
                b = rng.choice(cands)
                b[0].insert(rng.choice([0, len(b[0])]), rl); b[1]["rude"] = b[1].get("rude", []) + [rl]
            else:
                blk = [[[rl], dict(rude=[rl], norude_after=True), None, {}]]
                if not protest:
                    blk[0][2] = [rng.choice(SUBDUED)]
                if protest:
                    pr = pk("protest")
                    cid = f"protest{li}"
                    acked = not (emp_fail and rng.random() < 0.5 and not unack - {"x"})
                    if emp_fail and not unack:
                        acked = False
                    if not acked: unack.add(cid)
                    blk[0][2] = [pr]; blk[0][3] = dict(complaint=pr, cid=cid, protest=True)
                    blk.append([[pk("sorry_tone")] if acked else [rng.choice(ACK)], dict(apology=acked, after_complaint=True), None, {}])
                p0 = at(pd["pos"] if li == 0 else "late")
                okp = [p for p in range(0, len(ex) + 1) if p == 0 or (ex[p - 1][2] and not ex[p - 1][1].get("vask") and not ex[p - 1][1].get("holdnext"))]
                p0 = min(okp, key=lambda p: (abs(p - p0), p))
                for j, b in enumerate(blk): ex.insert(p0 + j, b)
    if c["casual"]:
        cq2 = pk("casual")
        ex.append(["__C__", dict(question=cq2["q"], casual=True), None, {}])
        ex.append([[cq2["shrug"]], dict(shrug=True), None, {}])
    # pad with small talk to the drawn length
    def nturns():
        return 2 + len(items) + sum((1 if b[0] != "__C__" else 1) + (1 if b[2] else 0) for b in ex)
    guard = 0
    used_small = [st] if op == "smalltalk" else []
    while nturns() < c["length"] - 2 and guard < 12:
        guard += 1
        left = [s2 for s2 in P["small"] if s2 not in used_small]
        if not left: break
        st = pick(rng, (key, "small"), left); used_small.append(st)
        pos = rng.randint(0, len(ex))
        safe_insert(pos, [["__C__", dict(text=st[0]), None, {}], [[st[1]], {}, None, {}]])
    if op == "complaint" and "open" not in unack:
        ex.insert(0, [[pk("apology")], dict(apology=True, after_complaint=True), None, {}])
    info["pending_id"] = idline if pending_id else None
    info["idmode"] = idmode; info["idline"] = idline
    return items, ex, info

def flatten(c, items, ex, info):
    """turn exchanges into a list of turns with tags; fix agent replies to customer lines"""
    t, sc = SCN[c["scen"]]
    rng = random.Random(c["seed"] + 1)
    out = list(items)
    carry = []; pid = info.get("pending_id"); rb = None
    for bi, b in enumerate(ex):
        if b[0] == "__C__":
            tg = b[1]
            txt = tg.get("complaint") or tg.get("question") or tg.get("text")
            if out and out[-1]["sp"] == "customer" and not out[-1]["tags"] and all(s2 in CUST_OK for s2 in out[-1]["sents"]):
                out.pop()
            out.append(C([txt], **{k: v for k, v in tg.items() if k != "text"}))
            continue
        asents, atags, csents, ctags = b[0], b[1], b[2], b[3]
        if len(b) > 4:  # complaint line attached
            pass
        if not asents:
            asents = []
        if atags.get("apology") and not csents and bi + 1 < len(ex) and ex[bi + 1][0] != "__C__" and ex[bi + 1][0] and not atags.get("protestreply") \
                and not (ex[bi + 1][1].get("holdnext") and not ex[bi + 1][1].get("holdreq")):
            carry = list(asents); carry_tags = dict(atags); continue
        if carry and asents:
            asents = carry + list(asents)
            rr = carry_tags.get("rude", []) + atags.get("rude", [])
            atags = dict(carry_tags, **atags); atags.update(apology=True, after_complaint=True)
            if rr: atags["rude"] = rr
            carry = []
        if pid and asents:
            asents = [pid] + list(asents); atags = dict(atags, idl=pid); pid = None
        if rb and asents:
            asents = [rb] + list(asents); rb = None
        if atags.get("reqask") and c["readback"] and csents:
            num = "".join(ch for ch in "".join(csents) if ch.isascii() and ch.isalnum())
            if len(num) >= 5:
                rb = rng.choice(["好的，{x}，我记下了。", "跟您确认一下，是{x}对吧？好的。", "{x}，收到。"]).replace("{x}", num)
        if out and out[-1]["sp"] == "agent" and not atags.get("afterhold") and not out[-1]["tags"].get("holdnext"):
            # two agent blocks in a row: let the customer acknowledge in between
            out.append(C([rng.choice(CUST_OK)]))
        if not asents:
            continue
        out.append(A(list(asents), **atags))
        if csents:
            out.append(C(list(csents), **ctags))
    # empty apology slots (unacknowledged complaints) were skipped: the next agent block answers the complaint
    return out

def close_and_fix(c, turns, info):
    t, sc = SCN[c["scen"]]; m = M[t]; P = m.P; d = c["d"]
    rng = random.Random(c["seed"] + 2); key = t
    pk = lambda cat, pool=None: pick(rng, (key, cat), scoped(pool if pool is not None else P[cat], sc["id"]))
    # never let two customer turns meet without reason, never let the contact end on agent silence
    fixed = []
    for x in turns:
        if fixed and fixed[-1]["sp"] == x["sp"] == "customer" and not (fixed[-1]["tags"].get("complaint") and x["tags"].get("complaint")) \
                and not (fixed[-1]["tags"].get("question") and x["tags"].get("question")):
            y = fixed[-1]
            fixed[-1] = C(y["sents"] + x["sents"], **{**y["tags"], **x["tags"]})
            continue
        if fixed and fixed[-1]["sp"] == x["sp"] == "customer":
            fixed.append(A([rng.choice(ACK)]))
        fixed.append(x)
    turns = fixed
    surv = sc["kind"] != "complaint" and "survey" not in d
    if info["idmode"] == "late":
        ag = [i for i, x in enumerate(turns) if x["sp"] == "agent"]
        if len(ag) >= 4:
            i = ag[rng.randint(2, len(ag) - 2)]
            turns[i]["sents"].insert(0, info["idline"]); turns[i]["tags"] = dict(turns[i]["tags"], idl=info["idline"], idlate=True)
        else:
            info["idmode"] = "never"
    need_neg = c["neg"]
    if need_neg:
        # a polite look-alike inside an ordinary agent turn, never right after a complaint
        ok = [i for i, x in enumerate(turns) if x["sp"] == "agent" and i > 0 and not turns[i - 1]["tags"].get("complaint") and not x["tags"].get("opening") and not x["tags"].get("after_complaint")]
        if ok:
            i = rng.choice(ok); turns[i]["sents"].append(pk("neg")); turns[i]["tags"]["neg"] = True
    if c["walkout"]:
        if surv:
            ok = [i for i, x in enumerate(turns) if x["sp"] == "agent" and i > len(turns) // 2]
            i = ok[-1] if ok else len(turns) - 1
            if turns[i]["sp"] != "agent":
                turns.append(A([pk("survey")], survey=True))
            else:
                turns[i]["sents"].append(pk("survey")); turns[i]["tags"]["survey"] = True
        if turns[-1]["sp"] == "customer":
            turns.append(A([rng.choice(ACK)]))
        turns.append(C([pk("walkout")], walkout=True))
        return turns, "customer"
    if turns[-1]["sp"] == "agent":
        turns.append(C([rng.choice(CUST_THANKS)]))
    else:
        turns[-1]["sents"].append(rng.choice(CUST_THANKS))
    if "closing" in d:
        cl = [pk("close_bad")]
        if surv: cl.insert(0, pk("survey"))
        turns.append(A(cl, closebad=True, survey=surv))
        if cl[-1].endswith("？"):
            turns.append(C([rng.choice(["没有了。", "没了。", "暂时没有。"])]))
        return turns, rng.choice(["customer", "agent"])
    cl = [pk("close")]
    if surv:
        if rng.random() < 0.5: cl.append(pk("survey"))
        else: cl.insert(0, pk("survey"))
    turns.append(A(cl, closing=True, survey=surv))
    return turns, rng.choice(["customer", "agent"])

def noise(text, rng):
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
    s = text
    for r, w in HOMO.items():
        if r in s and rng.random() < 0.6:
            s = s.replace(r, w, 1)
    s = "".join(("幺" if ch == "1" else DIG[int(ch)]) if ch.isdigit() else ch for ch in s)
    res = []; start = True
    for ch in s:
        if start and rng.random() < 0.3:
            res.append(rng.choice(FILLERS))
        start = False
        if PUNCT.fullmatch(ch):
            res.append(" " if rng.random() < 0.5 else "")
            start = True
        else:
            res.append(ch)
    return " ".join("".join(res).split())

def text_of(sents, chat):
    return "".join(sents)

def timeline(c, turns, hangby):
    t, sc = SCN[c["scen"]]; m = M[t]
    rng = random.Random(c["seed"] + 3); d = c["d"]
    fr_sla, lat_sla = sc["sla"]
    voice = c["channel"] == "voice"
    ev = [{"type": "started", "atMs": 0}]
    out = []
    if voice:
        ev.append({"type": "dialed", "atMs": 250})
        ev.append({"type": "ringing", "atMs": 1400})
        ans = rng.randint(5200, 9800); ev.append({"type": "answered", "atMs": ans})
        now = ans + 300
        if c["ivr"]:
            txt = IVR[0].replace("{org}", m.ORG).replace("{menu}", sc["title"])
            dur = int(len(txt) * 60000 / 280)
            out.append(dict(sp="ivr", text=txt, s=now, e=now + dur, tags={})); now += dur + 1500
            ev.append({"type": "dtmf", "atMs": now, "detail": {"digits": "0"}}); now += 800
            txt = IVR[1]; dur = int(len(txt) * 60000 / 280)
            out.append(dict(sp="ivr", text=txt, s=now, e=now + dur, tags={})); now += dur + 300
            ev.append({"type": "queued", "atMs": now}); now += rng.randint(8000, 40000)
        joined = now if c["joined"] else None
        if joined is not None: ev.append({"type": "agent-joined", "atMs": joined})
        base = joined if joined is not None else ans
    else:
        ev.append({"type": "page-loaded", "atMs": 1300}); now = 4000
        if c["bot"]:
            for sp, txt in [("bot", BOT[0]), ("customer", rng.choice(SCN[c["scen"]][1]["open"])), ("bot", BOT[1]), ("customer", rng.choice(TO_HUMAN)), ("bot", BOT[2])]:
                out.append(dict(sp=sp, text=txt, s=now, e=now, tags={"prebot": True})); now += rng.randint(3000, 9000)
        ev.append({"type": "queued", "atMs": now}); now += rng.randint(5000, 30000)
        joined = now; ev.append({"type": "agent-joined", "atMs": joined}); base = joined
    # speech rate
    if voice and "speech-rate" in d:
        arate = rng.uniform(325, 380) if d["speech-rate"]["fast"] else rng.uniform(92, 112)
    else:
        arate = c["rate"]
    nr = random.Random(c["seed"] + 4)
    # choose which agent replies are late / dead / interrupting
    agent_idx = [i for i, x in enumerate(turns) if x["sp"] == "agent"]
    reply_idx = [i for i in agent_idx if i > 0 and turns[i - 1]["sp"] == "customer" and not turns[i]["tags"].get("afterhold")]
    # the opening is index 0 (not a reply)
    def pick_pos(cands, pos):
        if not cands: return None
        n = len(cands)
        seg = {"early": cands[: max(1, n // 3)], "middle": cands[n // 3: max(n // 3 + 1, 2 * n // 3)], "late": cands[2 * n // 3:]}[pos]
        return rng.choice(seg or cands)
    late = set(); dead = set(); intr = set()
    if "latency" in d and reply_idx: late.add(rng.choice(reply_idx))
    if "dead-air" in d:
        free = [i for i in reply_idx if i not in late]
        if voice:
            x = pick_pos(free, d["dead-air"]["pos"])
            if x is not None: dead.add(x)
        else:
            free = [i for i in agent_idx[1:] if turns[i - 1]["sp"] == "customer" and not turns[i]["tags"].get("afterhold") and i not in late]
            x = pick_pos(free, d["dead-air"]["pos"])
            if x is not None: dead.add(x)
    if "interruption" in d:
        free = [i for i in reply_idx if i not in late and i not in dead and spoken_chars("".join(turns[i - 1]["sents"])) >= 13]
        x = pick_pos(free, d["interruption"]["pos"])
        if x is not None: intr.add(x)
        if d["interruption"]["two"]:
            free = [i for i in free if i not in intr]
            if free: intr.add(rng.choice(free))
    soft = set()
    if c["softoverlap"]:
        free = [i for i in reply_idx if i not in late | dead | intr]
        if free: soft.add(rng.choice(free))
    # chat dead air: agent says a short ack first, then silence >= 30 s, then the reply
    if not voice and dead:
        i = next(iter(dead))
        turns.insert(i, A([rng.choice(ACK)], deadack=True))
        turns[i + 1]["tags"]["chatdead"] = True
        dead = set(); late = {j + 1 if j >= i else j for j in late}; intr = set()
    nudge_ok = c["nudge_ok"]
    first_agent = True
    last_end = now
    prev = None
    for i, x in enumerate(turns):
        chat = not voice
        text = text_of(x["sents"], chat)
        if voice and c["noisy"]:
            text = noise(text, nr)
        sp = x["sp"]; tg = x["tags"]
        if sp == "agent":
            if first_agent:
                if "first-response" in d:
                    gap = (fr_sla + rng.randint(300, min(1200, 7800 - fr_sla))) if voice else fr_sla + rng.randint(600, 3000)
                else:
                    gap = rng.randint(1200, 4500) if voice else rng.randint(2500, 5500)
                start = base + gap; first_agent = False
            elif tg.get("afterhold"):
                gap = (rng.randint(16000, 40000) if voice else rng.randint(31500, 55000))
                start = last_end + gap
            elif tg.get("chatdead"):
                start = last_end + rng.randint(31000, 42000)
            elif i in late:
                gap = (lat_sla + rng.randint(800, 1500)) if voice else min(lat_sla + rng.randint(2000, 6000), 29200)
                if not voice and d["latency"].get("nudge"):
                    ns = last_end + int(gap * rng.uniform(0.4, 0.7))
                    out.append(dict(sp="customer", text=rng.choice(NUDGE), s=ns, e=ns, tags={"nudge": True}))
                start = last_end + gap
            elif i in dead:
                start = last_end + rng.randint(8500, 11400)
            elif i in intr:
                cu = next(y for y in reversed(out) if y["sp"] == "customer")
                start = last_end - rng.randint(1000, max(1000, min(2000, cu["e"] - cu["s"] - 900)))
            elif i in soft:
                start = last_end - rng.randint(200, 600)
            elif prev and prev["sp"] == "agent":
                start = last_end + (rng.randint(500, 1500) if voice else rng.randint(2000, 6000))
            else:
                g = rng.randint(300, 1800) if voice else rng.randint(3000, 9000)
                if chat and nudge_ok and prev and prev["sp"] == "customer" and rng.random() < 0.35:
                    g = rng.randint(max(9000, 0), min(lat_sla - 1500, 20000))
                    ns = last_end + g // 2
                    out.append(dict(sp="customer", text=rng.choice(NUDGE), s=ns, e=ns, tags={"nudge": True}))
                    nudge_ok = False
                start = last_end + g
            rate = arate * rng.uniform(0.96, 1.04)
        else:
            if prev is None or prev["sp"] != "agent":
                g = rng.randint(300, 2500) if voice else rng.randint(4000, 14000)
            else:
                g = rng.randint(300, 2500) if voice else rng.randint(4000, 14000)
                if c["custpause"] and rng.random() < 0.2:
                    g = rng.randint(9000, 14000) if voice else rng.randint(32000, 48000)
            start = last_end + g
            rate = c["custrate"]
        if voice:
            dur = max(400, int(spoken_chars(text) * 60000 / rate))
            if sp == "customer" and (i + 1 < len(turns) and (i + 1) in intr):
                dur = max(dur, 2800)
            end = start + dur
        else:
            end = start
        rec = dict(sp=sp, text=text, s=start, e=end, tags=tg, sents=x["sents"])
        if chat and len(x["sents"]) >= 2 and c["bubbles"] and rng.random() < 0.65:
            k = rng.randint(1, len(x["sents"]) - 1)
            t1 = "".join(x["sents"][:k]); t2 = "".join(x["sents"][k:])
            out.append(dict(sp=sp, text=t1, s=start, e=start, tags=tg, sents=x["sents"][:k], bubble=1))
            s2 = start + rng.randint(900, 2200)
            out.append(dict(sp=sp, text=t2, s=s2, e=s2, tags=tg, sents=x["sents"][k:], bubble=2))
            end = s2
        else:
            out.append(rec)
        # backchannel inside a long customer turn
        if voice and sp == "customer" and c["backch"] and end - start > 2500 and rng.random() < 0.5:
            bs = start + int((end - start) * 0.45)
            out.append(dict(sp="agent", text=rng.choice(BACKCH), s=bs, e=bs + 350, tags={"backch": True}))
        # when an agent cuts in, the customer still finishes: next start after both
        last_end = max(end, last_end if sp == "agent" and (i in intr or i in soft) else 0)
        prev = x
    endt = last_end + (rng.randint(800, 2500) if voice else rng.randint(3000, 8000))
    if voice:
        ev.append({"type": "hangup", "atMs": endt, "detail": {"by": hangby}})
    ev.append({"type": "ended", "atMs": endt + 200})
    # hold events for announced voice holds
    return out, ev, base, endt + 200

# ---------------- structural labels (from the plan and the tags; validate.py re-derives from text) ----------------
def q(x):
    t = x["text"]
    return t if len(t) <= 60 else t[:58] + "…"

def messages(out):
    """dialogue messages: agent/customer turns, chat bubbles merged, backchannels dropped"""
    msgs = []
    for x in out:
        if x["sp"] not in ("agent", "customer") or x["tags"].get("backch") or x["tags"].get("prebot"):
            continue
        if x.get("bubble") == 2 and msgs and msgs[-1]["sp"] == x["sp"]:
            m = msgs[-1]; m["text"] += x["text"]; m["e"] = x["e"]; m["parts"].append(x); continue
        msgs.append(dict(sp=x["sp"], text=x["text"], s=x["s"], e=x["e"], tags=x["tags"], parts=[x]))
    for i, m in enumerate(msgs): m["n"] = i + 1
    return msgs

def label(c, out, ev, base, info):
    t, sc = SCN[c["scen"]]; d = c["d"]; kind = sc["kind"]
    voice = c["channel"] == "voice"
    fr_sla, lat_sla = sc["sla"]
    L = {}; W = {}
    msgs = messages(out)
    ag = [m for m in msgs if m["sp"] == "agent"]
    def fail(k, why): L[k] = "fail"; W[k] = why
    # 1 greeting
    if ag[0]["tags"].get("greet"): L["greeting"] = "pass"
    else:
        nx = next((x for x in msgs if x["sp"] == "customer"), None)
        fail("greeting", f"客服第一句「{q(ag[0])}」没有问候语（第{ag[0]['n']}轮），只有招呼或应答" + (f"，客户接着说「{q(nx)}」" if nx else "") + "。")
    # 2 agent-id
    idm = [m for m in ag if m["tags"].get("idl")]
    if idm and idm[0] in ag[:2]: L["agent-id"] = "pass"
    elif idm: fail("agent-id", f"工号/姓名直到客服第{ag.index(idm[0]) + 1}次发言才报出：「{q(idm[0])}」，晚于前两句。")
    else: fail("agent-id", f"整通{len(ag)}句客服发言都没有报工号或姓名，开场只说「{q(ag[0])}」。")
    # 3 closing
    last = msgs[-1]
    if last["sp"] == "customer" and last["tags"].get("walkout"): L["closing"] = "na"
    else:
        cl = [m for m in ag if m["tags"].get("closing")]
        if cl: L["closing"] = "pass"
        else:
            b = [m for m in ag if m["tags"].get("closebad")][0]
            fail("closing", f"客服最后一句「{q(b)}」（第{b['n']}轮）只是收尾提问或交代，没有致谢或道别。")
    # 4/7 forbidden & politeness
    rude = [m for m in ag if m["tags"].get("rude")]
    fbd = [m for m in ag if m["tags"].get("forbid")]
    if rude:
        pv = lambda m: next((x for x in reversed(msgs[:m['n'] - 1]) if x["sp"] == "customer"), None)
        fail("politeness", "；".join(f"第{m['n']}轮客服说「{r}」" + (f"（接在客户「{q(pv(m))}」之后）" if pv(m) else "") for m in rude for r in m["tags"]["rude"]) + "，属于对客户失礼的说法。")
        fail("forbidden-words", f"客服在{len(ag)}句发言中说了" + "；".join(f"第{m['n']}轮「{r}」" for m in rude for r in m["tags"]["rude"]) + ("；另有" + "；".join(f"第{m['n']}轮「{q(m)}」" for m in fbd) if fbd else "") + "，均为服务忌语。")
    else:
        L["politeness"] = "pass"
        if fbd:
            kinds = {"brush": "推诿或冷漠地把问题打发掉", "toldyou": "带着“我说过了”的口气重复答案"}
            fail("forbidden-words", "；".join(f"第{m['n']}轮客服「{q(m)}」{kinds[m['tags']['forbid']]}" for m in fbd) + "，属于服务忌语（虽不算粗鲁）。")
        else: L["forbidden-words"] = "pass"
    # 5 verification
    if kind == "info": L["verification"] = "na"
    else:
        va = [m for m in ag if m["tags"].get("vask")]
        ds = [m for m in ag if m["tags"].get("disc")]
        if not va: fail("verification", f"从头到尾没有核对身份，却在第{ds[0]['n']}轮直接透露记录：「{q(ds[0])}」。")
        elif ds and ds[0]["n"] < va[0]["n"]: fail("verification", f"第{ds[0]['n']}轮先说出客户记录「{q(ds[0])}」，第{va[0]['n']}轮才核验身份，顺序颠倒。")
        else: L["verification"] = "pass"
    # timing: holds / dead air / latency / first response
    hold_thr = 15000 if voice else 30000; dead_thr = 8000 if voice else 30000
    holds = []; deads = []; lates = []
    for i, m in enumerate(msgs):
        if m["sp"] != "agent" or i == 0: continue
        p = msgs[i - 1]; gap = m["s"] - p["e"]
        prev_ag = [x for x in msgs[:i] if x["sp"] == "agent"]
        announced = bool(prev_ag) and prev_ag[-1]["tags"].get("holdreq") and prev_ag[-1] is p
        if gap >= hold_thr:
            holds.append((m, gap, announced, bool(m["tags"].get("holdthx"))))
        if gap >= dead_thr and not announced:
            deads.append((m, gap, p))
        if p["sp"] == "customer":
            j = i - 1
            while not voice and j - 1 >= 0 and msgs[j - 1]["sp"] == "customer": j -= 1
            ref = msgs[j]["s"] if not voice else p["e"]
            if m["s"] - ref > lat_sla and not announced:
                lates.append((m, m["s"] - ref, msgs[j]))
    first = ag[0]
    fgap = first["s"] - base
    if fgap >= dead_thr: deads.insert(0, (first, fgap, None))
    if fgap >= hold_thr: holds.insert(0, (first, fgap, False, False))
    if not holds: L["hold-etiquette"] = "na"
    else:
        bad = [h for h in holds if not (h[2] and h[3])]
        if bad:
            h = bad[0]
            why = "事先没有请客户稍等" if not h[2] else "回来后没有感谢等待"
            fail("hold-etiquette", f"第{h[0]['n']}轮前静默{h[1] / 1000:.1f}秒，{why}；恢复后第一句是「{q(h[0])}」。")
        else: L["hold-etiquette"] = "pass"
    if deads:
        h = deads[0]
        fail("dead-air", f"客服该接话时出现{h[1] / 1000:.1f}秒无说明的静默，随后才说「{q(h[0])}」（第{h[0]['n']}轮）。")
    else: L["dead-air"] = "pass"
    if lates:
        h = lates[0]
        fail("response-latency", f"客户第{h[2]['n']}轮「{q(h[2])}」之后{h[1] / 1000:.1f}秒客服才回复「{q(h[0])}」，超过{lat_sla / 1000:.1f}秒时限。")
    else: L["response-latency"] = "pass"
    if fgap > fr_sla: fail("first-response", f"客服接入后{fgap / 1000:.1f}秒才发出第一句「{q(first)}」，超过{fr_sla / 1000:.1f}秒。")
    else: L["first-response"] = "pass"
    # 8 interruption, 10 speech rate
    if not voice:
        L["interruption"] = "na"; L["speech-rate"] = "na"
    else:
        cust = [x for x in out if x["sp"] == "customer"]
        ints = []
        for x in out:
            if x["sp"] != "agent" or x["tags"].get("backch"): continue
            for y in cust:
                if y["s"] < x["s"] < y["e"] and y["e"] - x["s"] >= 800: ints.append((x, y))
        if ints:
            x, y = ints[0]
            fail("interruption", f"客户还在说「{q(y)}」，客服提前{(y['e'] - x['s']) / 1000:.1f}秒插话「{q(x)}」。")
        else: L["interruption"] = "pass"
        ch = 0; ms = 0
        for x in out:
            if x["sp"] == "agent" and not x["tags"].get("backch") and x["e"] - x["s"] >= 1500:
                ch += spoken_chars(x["text"]); ms += x["e"] - x["s"]
        rate = ch * 60000 / ms if ms else 200
        if 120 <= rate <= 300: L["speech-rate"] = "pass"
        else: fail("speech-rate", f"客服整体语速约每分钟{rate:.0f}字（{ch}字/{ms / 1000:.1f}秒），{'过快' if rate > 300 else '过慢'}，超出120–300。")
    # 11 empathy
    comps = [(i, m) for i, m in enumerate(msgs) if m["sp"] == "customer" and m["tags"].get("complaint")]
    if not comps and kind != "complaint": L["empathy"] = "na"
    else:
        miss = []
        for i, m in comps:
            nxt = [x for x in msgs[i + 1:] if x["sp"] == "agent"][:2]
            if not any(x["tags"].get("apology") for x in nxt): miss.append((m, nxt))
        if miss:
            m, nxt = miss[0]
            fail("empathy", f"客户第{m['n']}轮抱怨「{q(m)}」，客服随后" + (f"只回「{q(nxt[0])}」" if nxt else "再没回应") + "，没有道歉或体谅。")
        else: L["empathy"] = "pass"
    # 12 resolution
    na = [m for m in ag if m["tags"].get("nonanswer")]
    unres = []
    for m in na:
        qq = m["tags"]["nonanswer"]
        if not any(x["tags"].get("answer") == qq for x in msgs if x["n"] > m["n"]): unres.append(m)
    if unres:
        m = unres[0]
        nx = next((x for x in msgs[m['n']:] if x["sp"] == "customer"), None)
        fail("resolution", f"客户问「{m['tags']['nonanswer']}」，客服第{m['n']}轮只答「{q(m)}」" + (f"，客户接着说「{q(nx)}」" if nx else "") + f"，到第{len(msgs)}轮结束也没给出答案。")
    else: L["resolution"] = "pass"
    # 15/16 facts
    accw = []; misw = []
    for fi, f in enumerate(sc["facts"]):
        st = [m for m in ag if m["tags"].get("fact") == fi]
        if not st: accw.append(f"{len(ag)}句客服发言里从未告诉客户{f['label']}（应为{f['expected']}），最接近的一句是「{q(ag[len(ag) // 2])}」")
        elif not st[-1]["tags"]["right"]: accw.append(f"{f['label']}最后一次说成「{q(st[-1])}」，正确是{f['expected']}")
        for m in st:
            if not m["tags"]["right"]: misw.append(f"第{m['n']}轮说「{q(m)}」，{f['label']}实为{f['expected']}")
    if accw: fail("fact-accuracy", "；".join(accw) + "。")
    else: L["fact-accuracy"] = "pass"
    if misw: fail("no-misinformation", "；".join(misw) + ("（后来虽已更正）" if not accw else "") + "。")
    else: L["no-misinformation"] = "pass"
    # 17 reference / 18 survey / 19 required info
    if kind == "info": L["record-reference"] = "na"
    elif any(m["tags"].get("ref") for m in ag): L["record-reference"] = "pass"
    else: fail("record-reference", f"需要给受理编号的{sc['title']}（客户开口说「{q(next(m for m in msgs if m['sp'] == 'customer'))}」），{len(ag)}句客服发言里没有任何工单号/受理编号，最后一句是「{q(ag[-1])}」。")
    if kind == "complaint": L["survey-offered"] = "na"
    elif any(m["tags"].get("survey") for m in ag): L["survey-offered"] = "pass"
    else: fail("survey-offered", f"{sc['title']}要求邀请评价，但客服到结束（第{msgs[-1]['n']}轮）都没提满意度评价，最后一句是「{q(ag[-1])}」。")
    asked = {m["tags"].get("reqask") for m in ag}
    miss = [r for r in sc["req"] if r["key"] not in asked]
    if miss:
        vol = [m for m in msgs if m["sp"] == "customer" and any(a in m["text"] for r in miss for a in r["answers"])]
        fail("required-info", f"客服从没问过{miss[0]['label']}" + (f"，是客户自己在第{vol[0]['n']}轮提到的" if vol else "") + f"（共{len(msgs)}轮对话，客服第二句是「{q(ag[1] if len(ag) > 1 else ag[0])}」）。")
    else: L["required-info"] = "pass"
    assert set(L) == set(CHECKS), set(CHECKS) - set(L)
    return {k: L[k] for k in CHECKS}, W

# ---------------- writing ----------------
def yq(s):
    return json.dumps(s, ensure_ascii=False)

def scenario_yaml(t, s):
    m = M[t]
    L = [f"id: {s['id']}", f"title: {yq(s['title'])}", f"description: {yq(f'独立语料 {SET}，领域 {t}，机构 {m.ORG}')}",
         "channel: [voice, webchat]", f"target: {{ phone: {yq(m.PHONE)} }}", f"persona: {{ name: {yq(s['persona'])} }}", "locale: zh-CN", "steps:",
         f"  - say: {yq(s['open'][0])}", f"  - wait: {{ pattern: {yq(s['wait'])}, timeoutMs: 60000 }}", "  - end: true", "facts:"]
    for f in s["facts"]:
        L.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            f["key"], yq(f["label"]), yq(f["expected"]), ", ".join(map(yq, f["variants"])), ", ".join(map(yq, f["wrong"])), ", ".join(map(yq, f["cues"]))))
    L.append("requiredInfo:")
    for r in s["req"]:
        L.append("  - { key: %s, label: %s, patterns: [%s] }" % (r["key"], yq(r["label"]), ", ".join(map(yq, r["patterns"]))))
    k = s["kind"]
    req = dict(verification=k != "info", reference=k != "info", empathy=k == "complaint", survey=k != "complaint")
    L.append("requires: { " + ", ".join(f"{a}: {'true' if b else 'false'}" for a, b in req.items()) + " }")
    L.append(f"sla: {{ firstResponseMs: {s['sla'][0]}, responseLatencyMs: {s['sla'][1]}, handleTimeMs: 900000 }}")
    L.append(f"tags: [{SET}, {t}]")
    return "\n".join(L) + "\n"

def to_contact(c, out, ev, endt, start_epoch):
    turns = []
    for x in out:
        conf = x.get("conf")
        turns.append({"speaker": x["sp"], "text": x["text"], "startMs": x["s"], "endMs": x["e"], "confidence": conf})
    o = {"schemaVersion": 1, "contactId": c["id"], "scenarioId": c["scen"], "runId": RUN, "channel": c["channel"],
         "startedAt": start_epoch}
    if not c.get("nodur"): o["durationMs"] = endt
    o.update({"events": ev, "turns": turns, "outcome": "completed", "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom"})
    return o

SPECIAL = [
 ("x01", "ortho-consult", "voice", "no-answer", None, "拨号后一直振铃无人接听，没有任何对话。"),
 ("x02", "drain-price", "voice", "busy", None, "对方占线，未接通。"),
 ("x03", "fresh-filter", "voice", "abandoned", None, "语音导航排队时客户放弃，人工坐席从未接入。"),
 ("x04", "kids-trial", "webchat", "abandoned", None, "在线排队等待人工时客户离开，坐席未接入。"),
 ("x05", "dance-teacher", "webchat", "completed", None, "全程只有机器人应答，没有人工客服加入。"),
 ("x06", "heater-install", "webchat", "failed", "E_SELECTOR_TIMEOUT", "测试工具找不到聊天输入框超时，对话没有发生。"),
 ("x07", "heater-warranty", "voice", "failed", "E_BROWSER_CRASHED", "测试工具浏览器崩溃，通话中断前没有人工对话。"),
]

def special(code, scen, ch, outc, err, start):
    t, sc = SCN[scen]; m = M[t]
    ev = [{"type": "started", "atMs": 0}]; turns = []
    if ch == "voice":
        ev += [{"type": "dialed", "atMs": 260}, {"type": "ringing", "atMs": 1300}]
        if outc == "no-answer": ev.append({"type": "ended", "atMs": 60300}); dur = 60300
        elif outc == "busy": ev.append({"type": "ended", "atMs": 4100}); dur = 4100
        elif outc == "abandoned":
            ev += [{"type": "answered", "atMs": 6200}]
            txt = IVR[0].replace("{org}", m.ORG).replace("{menu}", sc["title"])
            turns.append({"speaker": "ivr", "text": txt, "startMs": 6500, "endMs": 6500 + len(txt) * 214, "confidence": 0.95})
            ev += [{"type": "dtmf", "atMs": 18000, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 18900}]
            t2 = IVR_ABANDON.replace("{q}", "6")
            turns.append({"speaker": "ivr", "text": t2, "startMs": 40000, "endMs": 44500, "confidence": 0.94})
            ev += [{"type": "hangup", "atMs": 97000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 97200}]; dur = 97200
        else:
            ev += [{"type": "answered", "atMs": 5800}, {"type": "ended", "atMs": 12400}]; dur = 12400
    else:
        ev.append({"type": "page-loaded", "atMs": 1400})
        if outc == "abandoned":
            turns.append({"speaker": "system", "text": "您已进入排队，前方还有4位。", "startMs": 3000, "endMs": 3000, "confidence": 1.0})
            ev += [{"type": "queued", "atMs": 3000}, {"type": "ended", "atMs": 185000}]; dur = 185000
        elif outc == "completed":
            turns += [{"speaker": "bot", "text": BOT[0], "startMs": 2500, "endMs": 2500, "confidence": 1.0},
                      {"speaker": "customer", "text": sc["open"][1], "startMs": 14000, "endMs": 14000, "confidence": 1.0},
                      {"speaker": "bot", "text": "体验课可在小程序“约课”页面预约，价格以页面为准。", "startMs": 16000, "endMs": 16000, "confidence": 1.0},
                      {"speaker": "customer", "text": "好的。", "startMs": 30000, "endMs": 30000, "confidence": 1.0}]
            ev.append({"type": "ended", "atMs": 60000}); dur = 60000
        else:
            ev.append({"type": "ended", "atMs": 30500}); dur = 30500
    o = {"schemaVersion": 1, "contactId": f"{PREFIX}-{code}", "scenarioId": scen, "runId": RUN, "channel": ch, "startedAt": start,
         "durationMs": dur, "events": ev, "turns": turns, "outcome": outc, "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"}
    if err: o["failedBy"] = "harness"; o["errorCode"] = err
    return o, t

def main():
    USE.clear()
    plan = PL.make_plan()
    rng = random.Random(PL.SEED)
    contacts = []; labels = []
    start = 1796000000000
    for c in plan:
        items, ex, info = build(c)
        turns = flatten(c, items, ex, info)
        turns, hangby = close_and_fix(c, turns, info)
        out, ev, base, endt = timeline(c, turns, hangby)
        out.sort(key=lambda x: (x["s"], 0 if x["sp"] != "agent" or not x["tags"].get("backch") else 1))
        cr = random.Random(c["seed"] + 5)
        for x in out:
            if c["channel"] == "voice" and x["sp"] in ("agent", "customer"):
                x["conf"] = round(cr.uniform(0.60, 0.93) if c["noisy"] else cr.uniform(0.90, 0.99), 2)
            elif x["sp"] == "ivr": x["conf"] = round(cr.uniform(0.93, 0.99), 2)
            else: x["conf"] = 1.0
        # announced voice holds sometimes carry hold events
        for i, x in enumerate(out):
            if c["channel"] == "voice" and x["tags"].get("afterhold") == "announced" and cr.random() < 0.5 and i > 0:
                ev.append({"type": "hold-start", "atMs": out[i - 1]["e"] + 400})
                ev.append({"type": "hold-end", "atMs": x["s"] - 600})
        if c.get("transfer"):
            ev.append({"type": "transfer", "atMs": out[-1]["e"] + 100, "detail": {"to": "quality-desk", "reason": "post-call routing"}})
        ev.sort(key=lambda e: e["atMs"])
        L, W = label(c, out, ev, base, info)
        start += cr.randint(600000, 4000000)
        contacts.append(to_contact(c, out, ev, endt, start))
        labels.append({"contactId": c["id"], "domain": c["trade"], "labels": L, "why": W})
    for code, scen, ch, outc, err, why in SPECIAL:
        start += 900000
        o, t = special(code, scen, ch, outc, err, start)
        contacts.append(o)
        labels.append({"contactId": o["contactId"], "domain": t, "labels": {k: "na" for k in CHECKS}, "why": {"special": why}})
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for o in contacts: f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for o in labels: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        for s in M[t].SCEN:
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(t, s))
    print(f"wrote {len(contacts)} contacts, {len(labels)} labels, 18 scenarios")

if __name__ == "__main__":
    main()
