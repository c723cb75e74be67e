# -*- coding: utf-8 -*-
"""Writes scenarios/, contacts.jsonl and labels.jsonl from the material and the seeded plan.
Byte-identical on every run (seeded, sorted keys, no clock)."""
import json, os, random, importlib
from collections import Counter
from mat_common import (SET, RUN, PFX, SEED, TRADES, asr, spoken_chars, bare, BACKCHANNEL)
from plan import make_plan, CHECKS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MAT = {t: importlib.import_module("mat_" + t) for t in TRADES}
# which fact is left unstated when the plan says "missing" (the one the opening line does not ask about)
MISS = {"lock-rekey-order": 1, "lock-callout-complaint": 1, "lock-fee-info": 0, "drive-practice-booking": 1,
        "drive-refund-complaint": 0, "drive-exam-info": 1, "photo-order-delivery": 1, "photo-retouch-complaint": 1,
        "photo-idphoto-info": 0, "carcheck-report-query": 1, "carcheck-finding-dispute": 0,
        "carcheck-appointment-info": 0, "curtain-install-order": 1, "curtain-size-complaint": 1,
        "curtain-fabric-info": 0, "leak-warranty-record": 1, "leak-repeat-complaint": 1, "leak-inspection-info": 0}
CONT = ["那我接着帮您办。", "我们继续往下说。", "好，接着来。"]
PROC = ["我先把情况记录一下。", "您先把信息给我。", "我这边走一下流程。"]
MOVEON = ["好吧。", "那行吧。", "哦，那算了。"]
NEUT = ["那我们接着看您这单。", "我这边继续给您处理。", "咱们先把正事办完。"]
CALM = ["行吧。", "嗯。", "唉，行吧。"]
OKS = ["好的。", "嗯，好。", "行。", "可以。"]
NUDGE = ["在吗？", "人呢？", "还在吗？"]
REQ = {"acct": dict(verification=True, reference=True, empathy=False, survey=True),
       "complaint": dict(verification=True, reference=True, empathy=True, survey=False),
       "info": dict(verification=False, reference=False, empathy=False, survey=True)}

USE = Counter()
ACKKW = {'lock': [('门口', '门外', '冻', '外面'), ('迟到', '二十分钟', '没按'), ('多收', '收费', '一百块', '坑'), (), ('第二次', '第三次', '反映过', '上周'), ('进不了', '门外', '门口', '外面'), (), (), ()], 'drive': [('放我鸽子', '约个车', '排'), ('放我鸽子', '没人来'), ('退', '拖'), (), ('第四次', '每次', '上个月就问过'), (), ('教练', '骂'), ('考试',), ('第四次', '每次打电话', '上个月就问过')], 'photo': [('交片', '三周', '半个月', '快了'), ('修', '整容', '质量'), (), (), ('好几次', '第二次', '问了'), ('电话', '接通'), (), ('好几次', '第二次', '上次'), ()], 'carcheck': [('漏检', '亏', '信了', '走过场'), ('三百块', '漏检', '走过场', '信了'), (), ('买', '信了'), ('第三次', '催', '上次'), ('报告', '漏检', '结论'), ('报告', '漏检', '媒体', '曝光'), (), ()], 'curtain': [('短', '离地', '二十公分'), ('装上', '请了一天假'), ('没人来看',), ('面料', '样品'), ('第三次', '三遍'), (), (), ('一个多月', '没消息', '忘了', '二十天', '慢'), ('请了一天假',)], 'leak': [('又漏', '修一次漏一次', '修了又漏'), ('楼下', '赔钱'), ('48小时', '等了一周'), ('泡',), ('第三次', '问过一次', '没人给我回', '好几遍'), ('又漏', '会不会做', '什么防水', '修了又漏'), (), ('保修', '交钱', '又漏'), ()]}


def pick_ack(rng, trade, m, complaint):
    """an apology that fits the grievance it answers: a specific one whose cue words occur in the complaint,
    else one that fits any grievance."""
    kw = ACKKW[trade]
    spec = [a for a, k in zip(m.ACK[:9], kw) if k and any(w in complaint for w in k)]
    gen_ = [a for a, k in zip(m.ACK[:9], kw) if not k] + m.ACK_GEN
    key = trade + ":ack"
    if spec and avail(key, spec):
        return pick(rng, key, spec)
    return pick(rng, key, gen_)


CH = {"channel": "voice"}
CHAT_ONLY = ("打字", "回复慢", "打错字", "弹出", "窗口")
VOICE_ONLY = ("电话", "打了", "信号", "小声", "听", "水声", "挂", "来电", "致电", "语音", "按1到5", "按提示", "讲", "吵")


def fits(x):
    s = repr(x)
    bad = CHAT_ONLY if CH["channel"] == "voice" else VOICE_ONLY
    return not any(w in s for w in bad)


def pick(rng, key, lst):
    ok = [x for x in lst if fits(x)]
    if ok and min(USE[(key, repr(x))] for x in ok) >= 3:
        ok = [x for x in lst if USE[(key, repr(x))] < 3] or ok
    lst = ok or lst
    m = min(USE[(key, repr(x))] for x in lst)
    cands = [x for x in lst if USE[(key, repr(x))] == m]
    x = rng.choice(cands)
    USE[(key, repr(x))] += 1
    return x


def avail(key, lst):
    lst = [x for x in lst if fits(x)] or lst
    return min(USE[(key, repr(x))] for x in lst) < 3


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(m, s):
    fr, lat = s["sla"]
    r = REQ[s["kind"]]
    L = ["id: %s" % s["id"], "title: %s" % yq(s["title"]),
         "description: %s" % yq("独立语料 %s，领域 %s，机构 %s" % (SET, m.TRADE, m.ORG)),
         "channel: [voice, webchat]", "target: { phone: %s }" % yq(s["phone"]), "persona: { name: %s }" % yq(s["persona"]),
         "locale: zh-CN", "steps:", "  - say: %s" % yq(s["say"]),
         "  - wait: { pattern: %s, timeoutMs: 60000 }" % yq(s["wait"]), "  - end: true", "facts:"]
    for f in s["facts"]:
        L.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            f["key"], yq(f["label"]), yq(f["expected"]), ", ".join(yq(v) for v in f["variants"]),
            ", ".join(yq(v) for v in f["wrong"]), ", ".join(yq(v) for v in f["cues"])))
    L.append("requiredInfo:")
    for q in s["req"]:
        L.append("  - { key: %s, label: %s, patterns: [%s] }" % (q["key"], yq(q["label"]), yq(q["pattern"])))
    L.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
        str(r[k]).lower() for k in ("verification", "reference", "empathy", "survey")))
    L.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % (fr, lat))
    L.append("tags: [%s, %s]" % (SET, m.TRADE))
    return "\n".join(L) + "\n"


class B:
    """turn list under construction. agent turns carry parts [(kind, text, meta)]."""

    def __init__(self):
        self.t = []

    def a(self, *parts, **kw):
        d = dict(sp="agent", parts=[p for p in parts if p], **kw)
        self.t.append(d)
        return d

    def c(self, text, **kw):
        d = dict(sp="customer", text=text, **kw)
        self.t.append(d)
        return d


def build(c, rng):
    m = MAT[c["trade"]]
    s = m.SCEN[c["si"]]
    D = c["defects"]
    hn = set(c["hn"])
    tr = c["trade"]
    CH["channel"] = c["channel"]
    K = lambda name: tr + ":" + name
    req = REQ[s["kind"]]
    name = rng.choice(m.AGENTS)
    staff = "%04d" % rng.randint(1000, 9899)
    b = B()
    facts = s["facts"]
    # ---------- fact statements ----------
    fact_plan = {0: "right", 1: "right"}
    if D.get("fact-accuracy") == "missing":
        fact_plan[MISS[s["id"]]] = "missing"
    elif D.get("fact-accuracy") == "wrong-last":
        fact_plan[rng.randint(0, 1)] = "wrong"
    if D.get("no-misinformation") == "corrected":
        fact_plan[rng.choice([k for k in (0, 1) if fact_plan[k] == "right"])] = "corrected"

    def fstate(k, val_kind):
        f = facts[k]
        tpl = pick(rng, K("fact:%s" % f["key"]), f["says"])
        if val_kind == "wrong":
            v = rng.choice(f["wrong"])
        else:
            v = rng.choice([f["expected"]] + f["variants"])
        return ("fact", tpl.replace("{v}", v), dict(key=f["key"], k=k, ok=(val_kind != "wrong"), tpl=tpl, v=v))

    # ---------- opening ----------
    first = b.a(("greet", pick(rng, K("greet"), m.GREET), {}) if D.get("greeting") != "bad"
                else ("greetbad", pick(rng, K("greetbad"), m.GREET_BAD), {}), first=True)
    idline = ("id", pick(rng, K("id"), m.IDS).replace("{name}", name).replace("{n}", staff), {}) \
        if D.get("agent-id") not in ("bare", "none") else None
    id_where = None
    if D.get("agent-id") == "bare":
        first["parts"].append(("idbad", pick(rng, K("idbad"), m.ID_BAD), {}))
    elif D.get("agent-id") == "late":
        id_where = "late"
    elif D.get("agent-id") == "none":
        pass
    elif c["id_pos"] == 1:
        first["parts"].append(idline)
    else:
        id_where = 2
    if "thanks-nohold" in hn and c["ivr"]:
        plain = [x for x in m.THANKS if not any(w in x for w in ("查", "问", "回复", "确认", "出来", "回我"))]
        if plain and avail(K("thanks"), plain):
            first["parts"].append(("thanks0", pick(rng, K("thanks"), plain), {}))
    unacked = []  # complaint turns planned to stay unacknowledged
    emp_def = D.get("empathy") == "unacked"
    q_main = None
    if D.get("fact-accuracy") == "missing":
        opens_line = s["opens"][0]
        USE[(K("open:" + s["id"]), repr(opens_line))] += 1
    else:
        opens_line = pick(rng, K("open:" + s["id"]), s["opens"][1:])
    vol = D.get("required-info") == "volunteered"
    miss_req = None
    if D.get("required-info") in ("missing", "volunteered"):
        miss_req = rng.randrange(len(s["req"]))
    d6 = "%06d" % rng.randint(100000, 999999)
    vol_text = pick(rng, K("ans:" + s["req"][miss_req]["key"]), s["req"][miss_req]["answers"]).replace("{d}", d6) if vol else ""

    def agent_next(*parts):
        """agent turn that also carries the id when it is due in the second turn."""
        nonlocal id_where
        p = list(parts)
        if id_where == 2:
            p = [idline] + p
            id_where = None
        return b.a(*p)

    complaint_first = c["open"] == "complaint" and s["open_complaints"] and avail(K("ocomp:" + s["id"]), s["open_complaints"])
    if complaint_first:
        oc = b.c(pick(rng, K("ocomp:" + s["id"]), s["open_complaints"]), complaint=True)
        if emp_def:
            unacked.append(oc)
            agent_next(("proc", rng.choice(PROC), {}))
        else:
            agent_next(("ack", pick_ack(rng, tr, m, oc["text"]), {}), ("cont", "您具体说说是什么情况？", {}))
        q_main = b.c(opens_line + (vol_text and " " + vol_text), q="main")
    elif c["open"] == "smalltalk":
        fl = pick(rng, K("filler"), m.FILLER)
        b.c(fl[0])
        agent_next(("filler", fl[1], {}))
        q_main = b.c(opens_line + (vol_text and " " + vol_text), q="main")
    elif c["open"] == "apology":
        sorry = [x for x in m.CUST_SORRY if fits(x)]
        q_main = b.c((pick(rng, K("csorry"), sorry) if sorry and avail(K("csorry"), sorry) else "") + opens_line + (vol_text and " " + vol_text), q="main")
    else:
        q_main = b.c(opens_line + (vol_text and " " + vol_text), q="main")
    if s["kind"] == "complaint" and not complaint_first:
        # the opening request of a complaint matter is itself not always a grievance: add one
        pass
    # ---------- required info ----------
    for qi, q in enumerate(s["req"]):
        if qi == miss_req:
            continue
        agent_next(("ask", pick(rng, K("ask:" + q["key"]), q["asks"]), dict(key=q["key"])))
        b.c(pick(rng, K("ans:" + q["key"]), q["answers"]).replace("{d}", d6))
    # ---------- episodes (early / middle / late) ----------
    slots = {"early": [], "middle": [], "late": []}

    def ep_rude(pair, protest):
        def f():
            if len(pair) > 2 and pair[2]:
                unacked.append(b.c(pair[0], complaint=True))
            else:
                b.c(pair[0])
            parts = [("rude", pair[1], {})]
            if c["buried"].get("politeness"):
                parts.append(("cont", rng.choice(CONT), {}))
            agent_next(*parts)
            if len(pair) > 2 and pair[2]:
                b.c(rng.choice(CALM))
                agent_next(("neutral", rng.choice(NEUT), {}))
            if protest is not None:
                pt = b.c(protest, complaint=True, protest=True)
                if emp_def and not unacked:
                    unacked.append(pt)
                    agent_next(("proc", rng.choice(PROC), {}))
                    b.c(rng.choice(CALM))
                    agent_next(("neutral", rng.choice(NEUT), {}))
                else:
                    agent_next(("ack", pick(rng, K("ackp"), m.ACK[9:]), {}), ("cont", rng.choice(CONT), {}))
        return f

    if D.get("politeness") == "rude":
        n = 2 if c["double"].get("politeness") else 1
        for i in range(n):
            pair = pick(rng, K("rude"), m.RUDE)
            protest = None if (len(pair) > 2 or not avail(K("ackp"), m.ACK[9:])) else pick(rng, K("protest"), m.PROTEST) if (rng.random() < 0.5 or (emp_def and i == 0 and not complaint_first and s["kind"] != "complaint")) else None
            slots[c["pos"]["politeness"] if i == 0 else rng.choice(["early", "middle", "late"])].append(ep_rude(pair, protest))
    fk = D.get("forbidden-words")
    if fk in ("tuiwei", "lengmo"):
        pair = pick(rng, K(fk), getattr(m, fk.upper()))

        def f(pair=pair, fk=fk):
            b.c(pair[0])
            parts = [(fk, pair[1], {})]
            if c["buried"].get("forbidden-words"):
                parts.append(("cont", rng.choice(CONT), {}))
            agent_next(*parts)
        slots[c["pos"]["forbidden-words"]].append(f)
    # complaints in the middle of the call
    comps = []
    if s["kind"] == "complaint":
        if not complaint_first or rng.random() < 0.5:
            comps.append(pick(rng, K("comp:" + s["id"]), s["complaints"]))
        if c["double"].get("empathy") and len(comps) < 2:
            comps.append(pick(rng, K("comp:" + s["id"]), s["complaints"]))
    elif emp_def and not unacked and not (D.get("politeness") == "rude") and avail(K("comp:" + s["id"]), s["complaints"]):
        comps.append(pick(rng, K("comp:" + s["id"]), s["complaints"]))
    for i, cl in enumerate(comps):
        def f(cl=cl, i=i):
            ct = b.c(cl, complaint=True)
            if emp_def and not unacked and (i == len(comps) - 1):
                unacked.append(ct)
                agent_next(("proc", rng.choice(PROC), {}))
                b.c(rng.choice(CALM))
                agent_next(("neutral", rng.choice(NEUT), {}))
            else:
                agent_next(("ack", pick_ack(rng, tr, m, cl), {}))
        slots[c["pos"].get("empathy", "middle") if i == 0 else "late"].append(f)
    # second question
    q2_used = sum(USE[(K("q2"), repr(x))] for x in m.Q2)
    if D.get("resolution") == "standing" or (("madegood" in hn or rng.random() < 0.3) and q2_used < 12):
        q2 = pick(rng, K("q2"), m.Q2)
        mode = "standing" if D.get("resolution") == "standing" else ("madegood" if "madegood" in hn else "answer")

        def f(q2=q2, mode=mode):
            b.c(q2["q"], q="q2", qa=q2["a"])
            if mode == "answer":
                agent_next(("answer", q2["a"], {}))
            elif mode == "madegood":
                agent_next(("non", q2["non"], {}))
                b.c(q2["press"])
                agent_next(("answer", q2["a"], {}))
            else:
                agent_next(("non", q2["non"], dict(q=q2["q"])))
                b.c(rng.choice(MOVEON))
        slots["late" if c["pos"].get("resolution") == "late" else "middle"].append(f)
    # ---------- core: verification, hold, facts ----------
    ver_kind = D.get("verification") if req["verification"] else None
    dverify = "%04d" % rng.randint(0, 9999)

    def do_verify():
        ask = pick(rng, K("verify"), m.VERIFY)
        agent_next(("verify", ask, {}))
        typ = "sms" if "验证码" in ask else ("birth" if ("生日" in ask or "出生" in ask) else ("id" if "身份证" in ask else "phone"))
        if typ == "phone":
            rep = pick(rng, K("cverify"), [x for x in m.CUST_VERIFY if "身份证" not in x])
        elif typ == "id":
            rep = rng.choice(["身份证最后四位是{d}。", "证件号后四位{d}。"])
        elif typ == "sms":
            rep = rng.choice(["验证码{d}。", "收到了，是{d}。"])
        else:
            rep = "%d年%d月%d号。" % (rng.randint(1965, 2002), rng.randint(1, 12), rng.randint(1, 28))
        b.c(rep.replace("{d}", dverify))
        oks = [x for x in m.VERIFY_OK if ("验证码" in x) == (typ == "sms")] or [x for x in m.VERIFY_OK if "验证码" not in x]
        if avail(K("verok"), oks) and rng.random() < 0.8:
            return ("verok", pick(rng, K("verok"), oks), {})
        return None

    hold_kind = D.get("hold-etiquette")
    da = D.get("dead-air")
    want_hold = hold_kind is not None or "hold-ok" in hn or da == "unannounced-hold"

    def run_early():
        for f in slots["early"]:
            f()

    run_early()
    pre = []
    k_rec, k_rule = 0, 1
    order = []  # sequence of fact statements to make
    if req["verification"] and not c["verify_first"] and fact_plan[k_rule] != "missing":
        agent_next(fstate(k_rule, "wrong" if fact_plan[k_rule] == "wrong" else
                          ("wrong" if fact_plan[k_rule] == "corrected" else "right")))
        b.c(pick(rng, K("ok"), OKS) if False else rng.choice(OKS))
        rule_done = True
    else:
        rule_done = False
    if ver_kind == "late" and fact_plan[k_rec] != "missing":
        agent_next(fstate(k_rec, "wrong" if fact_plan[k_rec] in ("wrong", "corrected") else "right"))
        b.c(rng.choice(OKS))
        rec_done = True
        pre.append(do_verify())
        pre = [p for p in pre if p]
    else:
        rec_done = False
        if req["verification"] and ver_kind != "never":
            pre.append(do_verify())
        pre = [p for p in pre if p]
    # hold(s)
    holds = []
    if da == "unannounced-hold":
        holds.append("unannounced")
    if hold_kind == "unthanked":
        holds.append("unthanked")
    elif hold_kind == "second-unthanked":
        holds += ["ok", "unthanked"]
    if not holds and "hold-ok" in hn:
        holds = ["ok"]
    for hi, h in enumerate(holds):
        if h == "unannounced":
            agent_next(*(pre + [("neutral", rng.choice(["嗯，明白您的意思。", "好，我知道了。", "行，我这边记下了。"]), {})]))
            pre = []
            b.c(rng.choice(OKS), after_hold="unannounced")
        else:
            agent_next(*(pre + [("hold", pick(rng, K("hold"), m.HOLD), {})]))
            pre = []
            if rng.random() < 0.5:
                b.c(rng.choice(OKS))
            b.t[-1]["after_hold"] = "announced"
        nxt = []
        if h == "ok" or (h == "unannounced" and rng.random() < 0.4):
            nxt.append(("thanks", pick(rng, K("thanks"), m.THANKS), {}))
        if hi < len(holds) - 1:
            agent_next(*(nxt + [("neutral", rng.choice(["我再确认一个地方。", "还有一处要核一下。"]), {})]))
            nxt = []
        pre = nxt
    # record fact
    if not rec_done and fact_plan[k_rec] != "missing":
        agent_next(*(pre + [fstate(k_rec, "wrong" if fact_plan[k_rec] in ("wrong", "corrected") else "right")]))
        pre = []
        b.c(rng.choice(OKS) if rng.random() < 0.5 else "哦，知道了。")
    if not rule_done and fact_plan[k_rule] != "missing":
        agent_next(*(pre + [fstate(k_rule, "wrong" if fact_plan[k_rule] in ("wrong", "corrected") else "right")]))
        pre = []
        b.c(rng.choice(OKS))
    if pre:
        agent_next(*(pre + [("neutral", "信息都核对好了。", {})]))
        b.c(rng.choice(OKS))
    elif b.t[-1].get("after_hold"):
        agent_next(("neutral", rng.choice(["我这边看完了，信息都在。", "好，这边都看过了。"]), {}))
        b.c(rng.choice(OKS))
    # corrections
    for k in (0, 1):
        if fact_plan[k] == "corrected":
            def f(k=k):
                agent_next(("correct", pick(rng, K("correct"), m.CORRECT), {}), fstate(k, "right"))
                if "notcomplaint" in hn:
                    b.c(pick(rng, K("notcomplaint"), m.NOTCOMPLAINT))
                else:
                    b.c(rng.choice(OKS))
            slots["middle"].insert(0, f)
    if fk == "toldyou":
        kk = rng.choice([k for k in (0, 1) if fact_plan[k] != "missing"])

        def f(kk=kk):
            b.c(pick(rng, K("repeat"), m.REPEAT))
            agent_next(("toldyou", pick(rng, K("toldyou"), m.TOLDYOU), {}),
                       fstate(kk, "wrong" if fact_plan[kk] == "wrong" else "right"))
            b.c(rng.choice(OKS))
        slots["late"].append(f)
    if "side-q" in hn and avail(K("side"), m.SIDE):
        sq = pick(rng, K("side"), m.SIDE)

        def f(sq=sq):
            b.c(sq[0], q="side")
            agent_next(("shrug", sq[1], {}))
        slots["late"].append(f)
    if ("lookalike" in hn or "hotline" in hn) and avail(K("lookalike"), m.LOOKALIKE):
        la = pick(rng, K("lookalike"), m.LOOKALIKE)
        slots[rng.choice(["middle", "late"])].append(lambda la=la: (agent_next(("lookalike", la, {})), b.c(rng.choice(OKS))))
    for f in slots["middle"]:
        f()
    # padding with small talk
    nf = 0
    seen = {x.get("text") for x in b.t}
    while len(b.t) + 6 + 2 * len(slots["late"]) < c["target"] and nf < 5:
        left = [f for f in m.FILLER if f[0] not in seen and fits(f)]
        if not left:
            break
        fl = pick(rng, K("filler"), left)
        seen.add(fl[0])
        b.c(fl[0])
        agent_next(("filler", fl[1], {}))
        nf += 1
    for f in slots["late"]:
        f()
    # late id
    if id_where == "late":
        b.c(rng.choice(["对了，你是哪位？", "请问你贵姓？", "你是哪位客服？"]))
        b.a(idline)
        id_where = None
    elif id_where == 2:
        agent_next(("neutral", "好的，您请讲。", {}))
    # ---------- end ----------
    tail = []
    if req["reference"] and D.get("record-reference") != "missing":
        ref = "%s%06d" % (rng.choice(["2611", "2612"]), rng.randint(0, 999999))
        tail.append(("ref", pick(rng, K("ref"), m.REF).replace("{ref}", ref), {}))
    survey = req["survey"] and D.get("survey-offered") != "missing"
    if tail:
        b.a(*tail)
        b.c(rng.choice(["好，我记下了。", "收到。", "嗯，记好了。"]))
    cd = D.get("closing")
    hang = "customer"
    if c["walkout"]:
        if survey:
            b.a(("survey", pick(rng, K("survey"), m.SURVEY), {}))
        b.c(pick(rng, K("walkout"), m.WALKOUT), walkout=True)
    elif cd:
        if survey:
            b.a(("survey", pick(rng, K("survey"), m.SURVEY), {}))
            b.c(rng.choice(OKS))
        cb = m.CLOSE_BAD[0] if (cd == "wrapup" and USE[(K("closebad"), repr(m.CLOSE_BAD[0]))] < 3) else pick(rng, K("closebad1"), m.CLOSE_BAD[1:])
        USE[(K("closebad"), repr(cb))] += 1
        b.a(("closebad", cb, {}))
        if rng.random() < 0.5:
            b.c(rng.choice(["没了。", "哦。", "好吧。"]))
        else:
            hang = "agent"
    else:
        cl = ("close", pick(rng, K("close"), m.CLOSE), {})
        if survey and rng.random() < 0.5:
            b.a(cl, ("survey", pick(rng, K("survey"), m.SURVEY), {}))
        elif survey:
            b.a(cl)
            b.a(("survey", pick(rng, K("survey"), m.SURVEY), {}))
        else:
            b.a(cl)
        b.c(pick(rng, K("bye"), m.BYE))
    # one customer message per exchange: consecutive customer turns are merged into one
    merged = []
    for x in b.t:
        if merged and x["sp"] == "customer" and merged[-1]["sp"] == "customer" and not merged[-1].get("after_hold"):
            y = merged[-1]
            y["text"] = y["text"] + x["text"]
            for k, v in x.items():
                if k != "text" and k != "sp":
                    y.setdefault(k, v)
                    if k in ("complaint", "protest", "walkout", "after_hold"):
                        y[k] = y.get(k) or v
            for j, u in enumerate(unacked):
                if u is x:
                    unacked[j] = y
            if q_main is x:
                q_main = y
        else:
            merged.append(x)
    b.t = merged
    return b, s, dict(fact_plan=fact_plan, unacked=unacked, hang=hang, name=name, staff=staff, holds=holds,
                      ver_kind=ver_kind, miss_req=miss_req, q_main=q_main)


def U(rng, a, b):
    return int(rng.uniform(a, b))


def timeline(c, s, b, info, rng):
    m = MAT[c["trade"]]
    voice = c["channel"] == "voice"
    D = c["defects"]
    hn = set(c["hn"])
    fr, lat = s["sla"]
    ev = [{"type": "started", "atMs": 0}]
    turns = []
    noisy = 1 if c["noisy"] else 0
    conf = (lambda: round(rng.uniform(0.60, 0.93), 2)) if noisy else (lambda: round(rng.uniform(0.90, 0.99), 2))
    if not voice:
        conf = lambda: 1.0
    crate = rng.uniform(225, 285)
    arate = {"fast": rng.uniform(322, 362), "slow": rng.uniform(92, 110)}.get(D.get("speech-rate"), rng.uniform(178, 252))
    anchor = None
    if voice:
        ev.append({"type": "dialed", "atMs": 300})
        t = U(rng, 1200, 2600)
        ev.append({"type": "ringing", "atMs": t})
        t += U(rng, 4000, 9000)
        ev.append({"type": "answered", "atMs": t})
        if c["ivr"]:
            for j, line in enumerate(m.IVR):
                t += U(rng, 300, 700)
                d = int(spoken_chars(line) / 260 * 60000)
                turns.append(dict(speaker="ivr", text=line, startMs=t, endMs=t + d, confidence=round(rng.uniform(0.9, 0.99), 2)))
                t += d
                if j == 0:
                    t += U(rng, 800, 2500)
                    ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": str(rng.choice([1, 2, 3]))}})
            ev.append({"type": "queued", "atMs": t + 200})
            t += U(rng, 6000, 40000)
            ev.append({"type": "agent-joined", "atMs": t})
        anchor = t
    else:
        t = U(rng, 1200, 3000)
        ev.append({"type": "page-loaded", "atMs": t})
        if c["bot"]:
            t += U(rng, 500, 1500)
            turns.append(dict(speaker="bot", text=m.BOT[0], startMs=t, endMs=t, confidence=1.0))
            t += U(rng, 6000, 15000)
            turns.append(dict(speaker="customer", text=s["title"], startMs=t, endMs=t, confidence=1.0, tobot=True))
            t += U(rng, 1000, 2500)
            turns.append(dict(speaker="bot", text=m.BOT[1], startMs=t, endMs=t, confidence=1.0))
            t += U(rng, 4000, 9000)
            turns.append(dict(speaker="customer", text="转人工", startMs=t, endMs=t, confidence=1.0, tobot=True))
            t += U(rng, 800, 1500)
            turns.append(dict(speaker="system", text="正在为您转接人工客服，请稍候。", startMs=t, endMs=t, confidence=1.0))
        if c["bot"] or rng.random() < 0.4:
            ev.append({"type": "queued", "atMs": t + 100})
            t += U(rng, 5000, 40000)
        else:
            t += U(rng, 1000, 3000)
        ev.append({"type": "agent-joined", "atMs": t})
        anchor = t
    # texts
    T = b.t
    for x in T:
        if x["sp"] == "agent":
            x["raw"] = "".join(p[1] for p in x["parts"])
        else:
            x["raw"] = x["text"]
        x["out"] = asr(x["raw"], rng, noisy) if voice else x["raw"]
    # choose turns that carry timing defects
    n = len(T)
    cand = [i for i in range(1, n) if T[i]["sp"] == "agent" and T[i - 1]["sp"] == "customer"
            and not T[i - 1].get("after_hold") and bare(T[i]["out"]) not in BACKCHANNEL]
    region = lambda i: "early" if i < n / 3 else ("middle" if i < 2 * n / 3 else "late")
    special = {}

    def choose(tag, pos, pred=lambda i: True):
        pool = [i for i in cand if i not in special and pred(i)]
        if not pool:
            return None
        pr = [i for i in pool if region(i) == pos] or pool
        i = rng.choice(pr)
        special[i] = tag
        return i

    if D.get("interruption"):
        choose("interrupt", c["pos"]["interruption"], lambda i: spoken_chars(T[i - 1]["out"]) >= 11)
    substantive = lambda i: len(bare(T[i - 1]["raw"])) > 6
    if D.get("dead-air") in ("short", "long"):
        if choose("deadair", c["pos"]["dead-air"], substantive) is None:
            choose("deadair", c["pos"]["dead-air"])
    if D.get("response-latency"):
        if choose("slow", c["pos"]["response-latency"], substantive) is None:
            choose("slow", c["pos"]["response-latency"])
    if "near-overlap" in hn and voice:
        choose("near", "middle", lambda i: spoken_chars(T[i - 1]["out"]) >= 8)
    if "nudge" in hn and not voice:
        choose("nudge", "middle")
    cpause = None
    if "cust-pause" in hn and voice:
        cp = [i for i in range(1, n) if T[i]["sp"] == "customer" and T[i - 1]["sp"] == "agent"
              and not T[i - 1].get("after_hold") and "？" in T[i - 1]["raw"]]
        if cp:
            cpause = rng.choice(cp)
    out = []
    prev_end = anchor
    last_c = None
    for i, x in enumerate(T):
        sp = x["sp"]
        rate = arate if sp == "agent" else crate
        dur = max(400, int(spoken_chars(x["out"]) / rate * 60000 * rng.uniform(0.97, 1.03))) if voice else 0
        tag = special.get(i)
        if i == 0:
            if D.get("first-response") == "chat-late" and not voice:
                st = anchor + fr + U(rng, 1000, 3000)
            elif D.get("first-response") == "voice-late" and voice:
                st = anchor + fr + U(rng, 400, min(1400, 7900 - fr))
            else:
                st = anchor + (U(rng, 1000, min(fr, 8000) - 1500) if voice else U(rng, 2000, min(fr - 1500, 12000)))
        elif T[i - 1].get("after_hold") and sp == "agent":
            if voice:
                if T[i - 1]["after_hold"] == "announced" and rng.random() < 0.5:
                    g = U(rng, 20000, 45000)
                    ev.append({"type": "hold-start", "atMs": prev_end + U(rng, 300, 800)})
                    ev.append({"type": "hold-end", "atMs": prev_end + g - U(rng, 300, 800)})
                else:
                    g = U(rng, 16000, 26000)
            else:
                g = U(rng, 32000, 60000)
            st = prev_end + g
        elif sp == "customer":
            g = (U(rng, 300, 1500) if voice else U(rng, 4000, 15000))
            if i == cpause:
                g = U(rng, 9000, 12500)
            st = prev_end + g
        else:
            if tag == "deadair":
                g = U(rng, 8500, 11500) if voice else U(rng, 31000, 45000)
            elif tag == "slow":
                g = U(rng, lat + 2000, 29000) if not voice else U(rng, lat + 1000, lat + 3000)
            elif tag == "nudge":
                ng = U(rng, 5000, 7000)
                nt = last_c["endMs"] + ng
                out.append(dict(speaker="customer", text=rng.choice(NUDGE), startMs=nt, endMs=nt, confidence=1.0, nudge=True))
                g = U(rng, ng + 2500, lat - 800)
            else:
                g = U(rng, 400, 2200) if voice else U(rng, 3000, 9000)
            st = (last_c["endMs"] if (tag == "nudge") else prev_end) + g
            if tag == "interrupt":
                d = last_c["endMs"] - last_c["startMs"]
                st = last_c["endMs"] - U(rng, 900, max(1000, min(2000, d - 500)))
            elif tag == "near":
                st = last_c["endMs"] - U(rng, 150, 550)
        tu = dict(speaker=sp, text=x["out"], startMs=st, endMs=st + dur, confidence=conf(), _x=x)
        out.append(tu)
        if sp == "customer":
            last_c = tu
        prev_end = max(prev_end, tu["endMs"])
        # backchannel over a long customer turn
        if voice and sp == "customer" and "backchannel" in hn and dur >= 2400 and not x.get("complaint") and rng.random() < 0.6:
            bs = st + int(dur * rng.uniform(0.35, 0.6))
            bt = rng.choice(["嗯", "对", "好的", "嗯嗯"])
            out.append(dict(speaker="agent", text=bt, startMs=bs, endMs=bs + 350, confidence=conf(), bc=True))
    out.sort(key=lambda u: (u["startMs"], 0 if u["speaker"] == "customer" else 1))
    end = max(u["endMs"] for u in turns + out)
    if c.get("transfer"):
        mid = out[len(out) // 2]["startMs"]
        ev.append({"type": "transfer", "atMs": mid - 200, "detail": {"from": "一线客服", "to": "同组坐席", "reason": "系统切换"}})
    if voice:
        ev.append({"type": "hangup", "atMs": end + U(rng, 500, 1500), "detail": {"by": info["hang"]}})
        ev.append({"type": "ended", "atMs": ev[-1]["atMs"] + 300})
    else:
        ev.append({"type": "ended", "atMs": end + U(rng, 2000, 8000)})
    ev.sort(key=lambda e: e["atMs"])
    return turns + out, ev, anchor, arate


def q(s, n=40):
    s = s.strip()
    return s if len(s) <= n else s[:n] + "…"


def label(c, s, turns, ev, anchor, arate, info):
    voice = c["channel"] == "voice"
    fr, lat = s["sla"]
    req = REQ[s["kind"]]
    L, W = {}, {}
    dia = [u for u in turns if u["speaker"] in ("agent", "customer") and not u.get("bc") and not u.get("tobot")]
    ag = [u for u in dia if u["speaker"] == "agent"]
    kinds = lambda u: [p[0] for p in u["_x"]["parts"]] if "_x" in u else []
    partsof = lambda u, k: [p for p in u["_x"]["parts"] if p[0] == k] if "_x" in u else []
    # 1 greeting
    if "greet" in kinds(ag[0]):
        L["greeting"] = "pass"
    else:
        L["greeting"] = "fail"
        W["greeting"] = "坐席在接入后第%.1f秒开口的首句「%s」只是应答或报机构名，没有您好/欢迎致电之类的问候。" % ((ag[0]["startMs"] - anchor) / 1000, q(ag[0]["text"], 30))
    # 2 agent-id
    if any("id" in kinds(u) for u in ag[:2]):
        L["agent-id"] = "pass"
    else:
        L["agent-id"] = "fail"
        late = [u for u in ag if "id" in kinds(u)]
        bad = [u for u in ag[:2] if "idbad" in kinds(u)]
        if late:
            W["agent-id"] = "工号/姓名直到第%d个坐席发言才报出（「%s」），超过前两轮。" % (ag.index(late[0]) + 1, q(late[0]["text"], 24))
        elif bad:
            W["agent-id"] = "开场「%s」只报了岗位，没有工号或本人姓名。" % q(bad[0]["text"], 40)
        else:
            W["agent-id"] = "坐席开场（接入后%.1f秒）「%s」及第二轮「%s」都没有报工号或姓名，全程未自报身份。" % (
                (ag[0]["startMs"] - anchor) / 1000, q(ag[0]["text"], 24), q(ag[1]["text"], 12) if len(ag) > 1 else "")
    # 3 closing
    if c["walkout"]:
        L["closing"] = "na"
    else:
        last = ag[-1]
        ok = "close" in kinds(last) or (kinds(last) == ["survey"] and len(ag) > 1 and "close" in kinds(ag[-2]))
        L["closing"] = "pass" if ok else "fail"
        if not ok:
            W["closing"] = "坐席最后一句（%d秒处）是「%s」，%s，没有致谢或道别。" % (
                last["startMs"] // 1000, q(last["text"], 30), "只是结束前的询问" if c["defects"].get("closing") == "wrapup" else "只是一句指示/收尾")
    # 4/7 forbidden & politeness
    rude = [(u, p) for u in ag for p in partsof(u, "rude")]
    other = [(u, p) for u in ag for k in ("tuiwei", "lengmo", "toldyou") for p in partsof(u, k)]
    L["politeness"] = "fail" if rude else "pass"
    L["forbidden-words"] = "fail" if (rude or other) else "pass"
    if rude:
        W["politeness"] = "坐席在%d秒处说「%s」%s，属于不礼貌用语。" % (rude[0][0]["startMs"] // 1000, rude[0][1][1], "" if len(rude) == 1 else "，之后又说「%s」" % rude[1][1][1])
        W["forbidden-words"] = "%d秒处的「%s」是服务忌语（粗鲁类，同时计入礼貌项）。" % (rude[-1][0]["startMs"] // 1000, rude[-1][1][1])
    elif other:
        u, p = other[0]
        kindname = {"tuiwei": "推诿：只把客户推给别处，没有电话、转接或跟进", "lengmo": "冷漠敷衍：整句回复只是一句撂挑子",
                    "toldyou": "重复回答时先说了一句“我说过了”"}[p[0]]
        W["forbidden-words"] = "客户说完后坐席在%d秒回「%s」——%s。" % (u["startMs"] // 1000, p[1], kindname)
    # 5 verification
    if not req["verification"]:
        L["verification"] = "na"
    else:
        vi = next((i for i, u in enumerate(ag) if "verify" in kinds(u)), None)
        di = next((i for i, u in enumerate(ag) if any(p[0] == "fact" and p[2]["k"] == 0 for p in u["_x"]["parts"])), None)
        if vi is not None and (di is None or vi < di):
            L["verification"] = "pass"
        else:
            L["verification"] = "fail"
            if vi is None:
                W["verification"] = "全程没有核验身份（无手机尾号/证件号/验证码），却在%d秒%s。" % (ag[di]["startMs"] // 1000 if di is not None else ag[-1]["startMs"] // 1000, 
                    "直接说出「%s」" % q(ag[di]["text"], 30) if di is not None else "处理了客户的记录")
            else:
                W["verification"] = "先披露了客户记录「%s」，之后才问「%s」核验身份。" % (q(ag[di]["text"], 28), q(partsof(ag[vi], "verify")[0][1], 26))
    # timing: silences before agent turns
    holdspans = []
    hs = [e["atMs"] for e in ev if e["type"] == "hold-start"]
    he = [e["atMs"] for e in ev if e["type"] == "hold-end"]
    holds, deads, lats = [], [], []
    prev_end = anchor
    last_agent = None
    pending = None
    for u in dia:
        if u["startMs"] < anchor and u["speaker"] == "customer":
            continue
        if u["speaker"] == "agent":
            gap = u["startMs"] - prev_end
            music = any(prev_end <= a <= u["startMs"] for a in hs)
            ann = last_agent is not None and "hold" in kinds(last_agent)
            is_hold = music or gap >= (15000 if voice else 30000)
            if is_hold:
                holds.append((u, gap, ann, "thanks" in kinds(u), last_agent))
            if gap >= (8000 if voice else 30000) and not ann:
                deads.append((u, gap))
            if pending is not None and not (is_hold and ann):
                lt = u["startMs"] - pending["endMs"]
                if lt > lat:
                    lats.append((u, lt, pending))
            pending = None
            last_agent = u
        else:
            if pending is None and last_agent is not None:
                pending = u
        prev_end = max(prev_end, u["endMs"])
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        bad = [h for h in holds if not (h[2] and h[3])]
        L["hold-etiquette"] = "fail" if bad else "pass"
        if bad:
            u, gap, ann, th, la = bad[0]
            if not ann:
                W["hold-etiquette"] = "%.1f 秒静默前坐席没有请客户稍等（上一句「%s」），回来说「%s」。" % (gap / 1000, q(la["text"], 20) if la else "坐席接入", q(u["text"], 20))
            else:
                W["hold-etiquette"] = "%s等待 %.1f 秒后，坐席回来第一句「%s」没有感谢等待。" % ("第二次" if len(holds) > 1 and bad[0] is holds[-1] and holds[0] is not bad[0] else "", gap / 1000, q(u["text"], 26))
    # 8 interruption
    if not voice:
        L["interruption"] = "na"
    else:
        hit = None
        cust = [u for u in dia if u["speaker"] == "customer"]
        for u in ag:
            for cu in cust:
                if cu["startMs"] < u["startMs"] and u["startMs"] <= cu["endMs"] - 800:
                    hit = (u, cu)
                    break
            if hit:
                break
        L["interruption"] = "fail" if hit else "pass"
        if hit:
            W["interruption"] = "客户还在说「%s」，坐席提前 %.1f 秒插话「%s」。" % (q(hit[1]["text"], 20), (hit[1]["endMs"] - hit[0]["startMs"]) / 1000, q(hit[0]["text"], 18))
    L["dead-air"] = "fail" if deads else "pass"
    if deads:
        u, gap = deads[0]
        W["dead-air"] = "在「%s」之前有 %.1f 秒无人说话，坐席事先没打招呼。" % (q(u["text"], 22), gap / 1000)
    # 10 speech rate
    if not voice:
        L["speech-rate"] = "na"
    else:
        sel = [u for u in turns if u["speaker"] == "agent" and u["endMs"] - u["startMs"] >= 1500]
        ch = sum(spoken_chars(u["text"]) for u in sel)
        ms = sum(u["endMs"] - u["startMs"] for u in sel)
        r = ch / (ms / 60000.0) if ms else 0
        L["speech-rate"] = "pass" if 120 <= r <= 300 else "fail"
        if L["speech-rate"] == "fail":
            W["speech-rate"] = "坐席 %d 字用了 %.1f 秒，约每分钟 %.0f 字，%s。" % (ch, ms / 1000, r, "太快" if r > 300 else "太慢")
    # 11 empathy
    comps = [u for u in dia if u["speaker"] == "customer" and u.get("_x", {}).get("complaint")]
    if info["unacked"]:
        L["empathy"] = "fail"
        x = info["unacked"][0]
        u = next(u for u in dia if u.get("_x") is x)
        nxt = [a for a in ag if a["startMs"] > u["startMs"]][:1]
        W["empathy"] = "客户在%d秒%s「%s」，坐席接着只说「%s」，没有道歉或安抚。" % (
            u["startMs"] // 1000, "对坐席态度提出抗议" if x.get("protest") else "抱怨", q(u["text"], 26), q(nxt[0]["text"], 16) if nxt else "")
    elif comps or req["empathy"]:
        L["empathy"] = "pass"
    else:
        L["empathy"] = "na"
    # 12 resolution
    std = [u for u in ag if any(p[0] == "non" and p[2].get("q") for p in u["_x"]["parts"])]
    L["resolution"] = "fail" if std else "pass"
    if std:
        p = [p for p in std[0]["_x"]["parts"] if p[0] == "non"][0]
        W["resolution"] = "客户问「%s」，坐席在%d秒只回「%s」，之后再没给答案。" % (p[2]["q"], std[0]["startMs"] // 1000, p[1])
    # 13 first response
    fg = ag[0]["startMs"] - anchor
    L["first-response"] = "pass" if fg <= fr else "fail"
    if fg > fr:
        W["first-response"] = "坐席接入后 %.1f 秒才发出首句「%s」，超过 %d 秒。" % (fg / 1000, q(ag[0]["text"], 14), fr // 1000)
    L["response-latency"] = "fail" if lats else "pass"
    if lats:
        u, lt, pc = lats[0]
        W["response-latency"] = "客户「%s」之后 %.1f 秒坐席才回「%s」，超过 %d 秒。" % (q(pc["text"], 18), lt / 1000, q(u["text"], 16), lat // 1000)
    # 15/16 facts
    st = {0: [], 1: []}
    for u in ag:
        for p in u["_x"]["parts"]:
            if p[0] == "fact":
                st[p[2]["k"]].append(p)
    fa, wrongs = [], []
    for k in (0, 1):
        f = s["facts"][k]
        if not st[k]:
            fa.append("「%s」从未告知客户（应为%s），坐席%d次发言里都没有" % (f["label"], f["expected"], len(ag)))
        elif not st[k][-1][2]["ok"]:
            fa.append("「%s」最后一次（第%d个坐席发言）说成「%s」，应为%s" % (f["label"], next(i for i, u in enumerate(ag) if st[k][-1] in u["_x"]["parts"]) + 1, st[k][-1][1], f["expected"]))
        for p in st[k]:
            if not p[2]["ok"]:
                wrongs.append((f, p))
    L["fact-accuracy"] = "fail" if fa else "pass"
    if fa:
        W["fact-accuracy"] = "；".join(fa) + "。"
    L["no-misinformation"] = "fail" if wrongs else "pass"
    if wrongs:
        f, p = wrongs[0]
        wi = next(i for i, u in enumerate(ag) if p in u["_x"]["parts"])
        W["no-misinformation"] = "坐席第%d次发言（%d秒）说「%s」，%s实际是%s%s。" % (wi + 1, ag[wi]["startMs"] // 1000, p[1], f["label"], f["expected"],
                                                             "（后来虽更正）" if L["fact-accuracy"] == "pass" else "")
    # 17/18/19
    allk = [k for u in ag for k in kinds(u)]
    if not req["reference"]:
        L["record-reference"] = "na"
    else:
        L["record-reference"] = "pass" if "ref" in allk else "fail"
        if "ref" not in allk:
            W["record-reference"] = "需要登记处理的事项，坐席到%d秒的「%s」结束都没给工单/受理编号。" % (ag[-1]["startMs"] // 1000, q(ag[-1]["text"], 18))
    if not req["survey"]:
        L["survey-offered"] = "na"
    else:
        L["survey-offered"] = "pass" if "survey" in allk else "fail"
        if "survey" not in allk:
            W["survey-offered"] = "坐席在%d秒以「%s」收尾，始终没邀请客户做满意度评价。" % (ag[-1]["startMs"] // 1000, q(ag[-1]["text"], 18))
    asked = {p[2]["key"] for u in ag for p in u["_x"]["parts"] if p[0] == "ask"}
    miss = [r for r in s["req"] if r["key"] not in asked]
    L["required-info"] = "fail" if miss else "pass"
    if miss:
        W["required-info"] = "坐席%d次发言（到%d秒为止）都没有询问「%s」%s。" % (len(ag), ag[-1]["startMs"] // 1000, miss[0]["label"], "（客户在开场「%s」里主动说了，也不算问过）" % q(info["q_main"]["text"], 30)
                                                         if c["defects"].get("required-info") == "volunteered" else "")
    return {k: L[k] for k in CHECKS}, W


SPECIAL = [
    ("x01", "voice", "no-answer", None, "lock-fee-info", "拨号后一直振铃无人接听"),
    ("x02", "voice", "busy", None, "drive-exam-info", "对方忙线，未接通"),
    ("x03", "voice", "abandoned", None, "carcheck-report-query", "在 IVR 排队时客户挂断，未接到坐席"),
    ("x04", "webchat", "abandoned", None, "photo-idphoto-info", "网页会话排队中客户离开，无坐席接入"),
    ("x05", "webchat", "completed", None, "curtain-fabric-info", "会话只与机器人对话，未转到人工"),
    ("x06", "webchat", "failed", "E_SELECTOR_TIMEOUT", "leak-inspection-info", "测试框架故障：页面元素等待超时"),
    ("x07", "webchat", "failed", "E_BROWSER_CRASHED", "photo-order-delivery", "测试框架故障：浏览器崩溃"),
]


def special(rng, k, base):
    sid, ch, outcome, err, scen, why = SPECIAL[k]
    trade = scen.split("-")[0]
    m = MAT[trade]
    ev = [{"type": "started", "atMs": 0}]
    turns = []
    if ch == "voice":
        ev.append({"type": "dialed", "atMs": 300})
        if outcome == "busy":
            ev.append({"type": "ended", "atMs": 2100})
        else:
            ev.append({"type": "ringing", "atMs": 1500})
            if outcome == "no-answer":
                ev.append({"type": "ended", "atMs": 61500})
            else:
                ev.append({"type": "answered", "atMs": 7200})
                t = 7600
                for line in m.IVR:
                    d = int(spoken_chars(line) / 260 * 60000)
                    turns.append(dict(speaker="ivr", text=line, startMs=t, endMs=t + d, confidence=0.97))
                    t += d + 500
                ev.append({"type": "dtmf", "atMs": 9000 + 3000, "detail": {"digits": "2"}})
                ev.append({"type": "queued", "atMs": t})
                ev.append({"type": "hangup", "atMs": t + 95000, "detail": {"by": "customer"}})
                ev.append({"type": "ended", "atMs": t + 95300})
    else:
        ev.append({"type": "page-loaded", "atMs": 1800})
        if outcome == "abandoned":
            turns.append(dict(speaker="customer", text="请问遮光布怎么卖？" if trade == "curtain" else "你好，想问下证件照的价格。",
                              startMs=6000, endMs=6000, confidence=1.0))
            ev.append({"type": "queued", "atMs": 6500})
            ev.append({"type": "ended", "atMs": 186500})
        elif outcome == "completed":
            turns.append(dict(speaker="bot", text=m.BOT[0], startMs=2500, endMs=2500, confidence=1.0))
            turns.append(dict(speaker="customer", text="遮光布多少钱一米", startMs=11000, endMs=11000, confidence=1.0))
            turns.append(dict(speaker="bot", text="遮光布价格请参考商品页，量尺可在小程序预约。", startMs=12500, endMs=12500, confidence=1.0))
            turns.append(dict(speaker="customer", text="好吧", startMs=30000, endMs=30000, confidence=1.0))
            ev.append({"type": "ended", "atMs": 45000})
        else:
            ev.append({"type": "ended", "atMs": 31000 if err == "E_SELECTOR_TIMEOUT" else 14000})
    d = dict(schemaVersion=1, contactId="%s-%s" % (PFX, sid), scenarioId=scen, runId=RUN, channel=ch,
             startedAt=base, durationMs=ev[-1]["atMs"], events=ev, turns=turns, outcome=outcome,
             transcriptSource="deepgram" if ch == "voice" else "chat-dom")
    if err:
        d["failedBy"] = "harness"
        d["errorCode"] = err
    lab = dict(contactId=d["contactId"], domain=trade, labels={k: "na" for k in CHECKS}, why={"special": why})
    return d, lab


def main():
    USE.clear()
    plan, rng = make_plan()
    rng = random.Random(SEED + 1)
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        for s in MAT[t].SCEN:
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(MAT[t], s))
    contacts, labels = [], []
    base = 1793581200000  # 2026-11-02 09:00 +08:00
    for i, c in enumerate(plan):
        b, s, info = build(c, rng)
        turns, ev, anchor, arate = timeline(c, s, b, info, rng)
        L, W = label(c, s, turns, ev, anchor, arate, info)
        clean = []
        for u in turns:
            clean.append({k: u[k] for k in ("speaker", "text", "startMs", "endMs", "confidence")})
        d = dict(schemaVersion=1, contactId=c["cid"], scenarioId=s["id"], runId=RUN, channel=c["channel"],
                 startedAt=base + i * 2377000, durationMs=[e for e in ev if e["type"] == "ended"][0]["atMs"],
                 events=ev, turns=clean, outcome="completed",
                 transcriptSource="deepgram" if c["channel"] == "voice" else "chat-dom")
        if c.get("nodur"):
            del d["durationMs"]
        contacts.append(d)
        labels.append(dict(contactId=c["cid"], domain=c["trade"], labels=L, why=W))
    for k in range(7):
        d, lab = special(rng, k, base + (150 + k) * 2377000)
        contacts.append(d)
        labels.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for d in contacts:
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for d in labels:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("contacts", len(contacts), "labels", len(labels))


if __name__ == "__main__":
    main()
