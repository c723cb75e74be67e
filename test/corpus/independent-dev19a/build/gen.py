"""Generator: plan + material -> scenarios/*.yaml, contacts.jsonl, labels.jsonl (byte-identical every run)."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import read_numbers, spoken_chars, HOMOPHONES  # noqa: E402
from plan import make_plan, load_mat, DOMAINS  # noqa: E402

OUT = os.path.dirname(HERE)
SET = "independent-dev19a"
RUN = "dev19a"
BASE_T = 1741770000000  # fictional campaign start

CORRECT = ["哦不对，我看错了，应该是{v}，", "更正一下，是{v}，", "刚才口误了，准确的是{v}，", "我再确认了一下，正确的是{v}，"]
REFNEG = ["您反映的情况已经备注在系统里了。", "处理进度会发到您预留的手机上。"]
NUDGE = ["在吗？", "还在吗？", "有人吗？"]
BACKCH = ["嗯嗯", "对", "嗯", "好的", "对对"]
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption",
          "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency", "fact-accuracy",
          "no-misinformation", "record-reference", "survey-offered", "required-info"]


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(mat, s):
    L = [f"id: {s['id']}", f"title: {yq(s['title'])}", f"description: {yq(f'独立语料 {SET}，领域 {mat.DOMAIN}，机构 {mat.ORG}')}",
         "channel: [voice, webchat]", f"target: {{ phone: {yq(mat.PHONE)} }}", f"persona: {{ name: {yq(s['persona'])} }}", "locale: zh-CN",
         "steps:", f"  - say: {yq(s['say'])}", f"  - wait: {{ pattern: {yq(s['wait'])}, timeoutMs: 60000 }}", "  - end: true", "facts:"]
    for f in s["facts"]:
        L.append(f"  - {{ key: {f['key']}, label: {yq(f['label'])}, expected: {yq(f['expected'])}, variants: {yq(f['variants'])}, "
                 f"wrong: {yq(f['wrong'])}, cues: {yq(f['cues'])} }}")
    L.append("requiredInfo:")
    for it in s["info"]:
        L.append(f"  - {{ key: {it['key']}, label: {yq(it['label'])}, patterns: {yq(it['patterns'])} }}")
    r = s["requires"]
    b = lambda x: "true" if x else "false"
    L.append(f"requires: {{ verification: {b(r['verification'])}, reference: {b(r['reference'])}, empathy: {b(r['empathy'])}, survey: {b(r['survey'])} }}")
    sl = s["sla"]
    L.append(f"sla: {{ firstResponseMs: {sl['firstResponseMs']}, responseLatencyMs: {sl['responseLatencyMs']}, handleTimeMs: {sl['handleTimeMs']} }}")
    L.append(f"tags: [{SET}, {mat.DOMAIN}]")
    return "\n".join(L) + "\n"


DECKS = {}


def deck(mat, cat, rng):
    """Cycle through a category's wordings so every contact of a domain draws the least-used one next."""
    key = (mat.DOMAIN, cat)
    if key not in DECKS or not DECKS[key]:
        lines = list(getattr(mat, cat))
        random.Random(hash_str(mat.DOMAIN + cat)).shuffle(lines)
        DECKS[key] = lines
    rng.random()
    return DECKS[key].pop()


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


class Builder:
    def __init__(self, c, mat, rng):
        self.c, self.mat, self.rng = c, mat, rng
        self.specs = []

    def A(self, *segs, **kw):
        self.specs.append(dict(sp="agent", segs=[s for s in segs if s], **kw))
        return self.specs[-1]

    def C(self, *segs, **kw):
        self.specs.append(dict(sp="customer", segs=[s for s in segs if s], **kw))
        return self.specs[-1]


def build(c, mat, scen, rng):
    d = c["d"]
    B = Builder(c, mat, rng)
    ch = rng.choice
    voice = c["channel"] == "voice"
    why = {}
    # -------- opener
    greet = deck(mat, 'NOGREET', rng) if d.get("greeting") else deck(mat, 'GREET', rng)
    idneg = ch(mat.IDNEG) if (d.get("agentid") or rng.random() < 0.3) else None
    B.A(greet, idneg, ch(mat.OPENQ), gap="first", tag="open")
    complaint = c["complaint"]
    comp_start = complaint and (scen["requires"]["empathy"] or rng.random() < 0.5)
    comp_late = complaint and (not comp_start or rng.random() < 0.35)
    emp_fail_at = None
    if d.get("empathy"):
        emp_fail_at = "start" if comp_start and (not comp_late or rng.random() < 0.5) else "late"
    info = scen["info"][0]
    apol = ch(mat.CUST_APOLOGY) if rng.random() < 0.3 else None
    req = ch(scen["complaint_requests"]) if comp_start else ch(scen["requests"])
    B.C(apol, req, info["volunteer"] if d.get("info") else None, tag="request", complaint=comp_start)
    # -------- reply to the request
    a2 = []
    if comp_start:
        if emp_fail_at == "start":
            if rng.random() < 0.6:
                a2.append(ch(mat.CALM))
        else:
            a2.append(deck(mat, 'EMPATHY', rng))
    if d.get("info"):
        a2.append(ch(mat.NEUTRAL_A))
        B.A(*a2, tag="a2")
    else:
        a2.append(ch(info["asks"]))
        B.A(*a2, tag="a2")
        B.C(ch(info["answers"]), tag="info-answer", pause=rng.random() < 0.25)
    # -------- verification before the record
    ver = scen["requires"]["verification"]
    vmode = d.get("verification")
    pre = []
    if ver and not vmode:
        va = deck(mat, "VERIFY", rng)
        B.A(va[0], tag="verify")
        B.C(va[1], tag="verify-answer")
        pre.append(ch(mat.VERIFY_OK))
    # -------- look-up / hold and disclosure
    hold = d.get("hold")
    disclose = ch(scen["disclose"])
    if hold in ("ok", "nothanks"):
        B.A(*pre, deck(mat, 'HOLD_ANN', rng), tag="hold-ann")
        if rng.random() < 0.6:
            B.C(ch(mat.ACK), tag="ack")
        B.A(deck(mat, 'HOLD_THX', rng) if hold == "ok" else None, disclose, gap="hold", events=voice and rng.random() < 0.4, tag="disclose")
    elif hold == "unann":
        B.A(*pre, ch([x for x in mat.NEUTRAL_A if "记" not in x]), tag="pre-hold")
        B.A(disclose, gap="hold", tag="disclose")
    else:
        B.A(*pre, disclose, tag="disclose")
    if vmode == "late":
        B.C(ch(mat.ACK), tag="ack")
        va = deck(mat, "VERIFY", rng)
        B.A(ch(mat.VERIFY_LATE) + va[0], tag="verify-late")
        B.C(va[1], tag="verify-answer")
        B.A(ch(mat.VERIFY_OK), tag="verify-ok")
    B.C(ch(mat.ACK), tag="ack")
    # -------- facts
    facts = scen["facts"]
    fmode = d.get("fact")
    missing = d.get("resolution") == "missing"
    bad_k = rng.randrange(len(facts)) if fmode else None
    final_val = {}
    fact_turns = []
    for k, f in enumerate(facts):
        if missing and k == len(facts) - 1:
            continue
        if fmode in ("wrong", "corrected") and k == bad_k:
            v = ch(f["wrong"])
        else:
            v = ch([f["expected"]] + f["variants"])
        final_val[k] = v if not (fmode == "corrected" and k == bad_k) else ch([f["expected"]] + f["variants"])
        t = B.A(ch(f["lines"]).format(v=v), tag=f"fact{k}")
        fact_turns.append(t)
        if fmode == "corrected" and k == bad_k:
            B.C(ch(mat.ACK), tag="ack")
            B.A(ch(CORRECT).format(v=final_val[k]), tag="correct")
        if k < len(facts) - 1 and not (missing and k == len(facts) - 2):
            if rng.random() < 0.5:
                B.C(ch(mat.ACK), tag="ack")
    B.C(ch(mat.ACK), tag="ack")
    # -------- side question
    q, answers = ch(scen["sq"])
    B.C(q, tag="sq")
    look = ch(mat.LOOKALIKE[:1] + mat.LOOKALIKE[3:]) if rng.random() < 0.5 else None
    if d.get("resolution") == "nonanswer":
        B.A(deck(mat, 'NONANSWER', rng), tag="nonanswer")
        B.C(ch(mat.MOVEON), tag="moveon")
    elif rng.random() < 0.25:
        B.A(deck(mat, 'NONANSWER', rng), tag="nonanswer")
        B.C(ch(mat.PRESS), tag="press")
        B.A(ch(answers), tag="sq-answer")
    else:
        B.A(look, ch(answers), tag="sq-answer")
    # -------- repeat request (the 忌语 slot)
    fw = d.get("fw")
    if fw or rng.random() < 0.5:
        B.C(ch(mat.REPEAT), tag="repeat")
        k0 = min(final_val)
        restate = ch(facts[k0]["lines"]).format(v=final_val[k0])
        if fw:
            line = deck(mat, "FW_RUDE" if fw == "rude" else "FW_ONLY", rng)
            segs = [line, restate] if rng.random() < 0.6 else [restate, line]
        else:
            segs = [ch(["好的，我再说一遍，", "没问题，", "好，", None]), restate]
        B.A(*segs, tag="restate")
        B.C(ch(mat.ACK), tag="ack")
    # -------- later complaint
    if comp_late:
        B.C(deck(mat, 'COMPLAINT', rng), tag="complaint", complaint=True)
        if emp_fail_at == "late":
            B.A(ch(mat.CALM) if rng.random() < 0.5 else None, ch(mat.NEUTRAL_A), tag="no-empathy")
        else:
            B.A(deck(mat, 'EMPATHY', rng), ch(mat.NEUTRAL_A), tag="empathy")
        B.C(ch(mat.ACK), tag="ack")
    # -------- reference
    ref = None
    if scen["requires"]["reference"] and not d.get("reference"):
        ref = mat.REF_PREFIX + "".join(str(rng.randrange(10)) for _ in range(rng.choice([8, 9, 10])))
        B.A(deck(mat, "REF", rng).format(ref=ref), ch(["有进展会第一时间通知您。", "后续会有专人跟进。", "处理结果会短信告诉您。"]), tag="ref")
    elif scen["requires"]["reference"] and rng.random() < 0.5:
        B.A(ch(REFNEG), ch(["有进展会第一时间通知您。", "后续会有专人跟进。"]), tag="refneg")
    # -------- ending
    survey = scen["requires"]["survey"] and not d.get("survey")
    hangup = "customer"
    if d.get("walkout"):
        B.C(ch(mat.WALKOUT), tag="walkout")
    else:
        look2 = mat.LOOKALIKE[1] if rng.random() < 0.3 else None
        B.A(look2, ch(mat.WRAP[:3]), tag="wrap")
        B.C(ch(mat.END_C), tag="end")
        sv = deck(mat, 'SURVEY', rng) if survey else None
        cl = d.get("closing")
        if cl == "plain":
            B.A(sv, ch(mat.WRAP[3:]), tag="last")
            hangup = "agent" if rng.random() < 0.6 else "customer"
            if hangup == "customer" and rng.random() < 0.6:
                B.C(ch(["嗯。", "好的。", "哦。"]), tag="bare")
        elif cl == "hold-thanks":
            B.A(sv, deck(mat, 'HOLD_THX', rng), ch(mat.WRAP[3:]), tag="last")
            hangup = "agent"
        else:
            B.A(sv, deck(mat, 'CLOSE', rng), tag="last")
            hangup = rng.choice(["agent", "customer"])
            if rng.random() < 0.4:
                B.C(ch(["好，再见。", "谢谢，拜拜。", "嗯，再见。"]), tag="bye")
    merged = []
    for sp in B.specs:
        if merged and sp["sp"] == "customer" and merged[-1]["sp"] == "customer":
            merged[-1]["segs"] += sp["segs"]
            merged[-1]["complaint"] = merged[-1].get("complaint") or sp.get("complaint")
            merged[-1]["tag"] = sp["tag"]
            continue
        merged.append(sp)
    return merged, hangup, ref, final_val


def place_ids(specs, c, mat, rng):
    d = c["d"]
    agent = [s for s in specs if s["sp"] == "agent"]
    mode = d.get("agentid")
    if mode == "none":
        return
    line = deck(mat, "ID", rng)
    if mode == "late":
        t = agent[2]
        t["segs"].insert(0, line)
        return
    where = 0 if rng.random() < 0.6 else 1
    t = agent[where]
    if where == 0:
        t["segs"].insert(1, line)
    else:
        pos = 1 if any(x in t["segs"][0] for x in mat.EMPATHY + mat.HOLD_THX + mat.CALM) else 0
        t["segs"].insert(pos, line)


def asr_text(s, rng, homs):
    s = read_numbers(s, rng)
    for canon, heard in HOMOPHONES.items():
        if canon in homs:
            s = s.replace(canon, heard)
    parts = re.split(r"([，。！？、；：,.!?]+)", s)
    out = []
    for i in range(0, len(parts), 2):
        clause = parts[i]
        if not clause:
            continue
        if i > 0 and rng.random() < 0.3:
            clause = rng.choice(["呃", "那个", "嗯", "就是"]) + clause
        out.append(clause)
    sep = " " if rng.random() < 0.6 else ""
    return sep.join(out).strip()


def render(c, mat, scen, specs, hangup, rng):
    d = c["d"]
    voice = c["channel"] == "voice"
    sla = scen["sla"]
    events, turns = [{"type": "started", "atMs": 0}], []
    conf = (lambda: round(rng.uniform(0.6, 0.93), 2)) if c.get("asr") else (lambda: round(rng.uniform(0.9, 0.99), 2))
    homs = set(k for k in HOMOPHONES if rng.random() < 0.5) if c.get("asr") else set()
    if voice:
        rate_a = {"fast": rng.uniform(350, 410), "slow": rng.uniform(78, 100)}.get(d.get("rate"), rng.uniform(175, 255))
        t = rng.randint(200, 500)
        events.append({"type": "dialed", "atMs": t})
        t += rng.randint(800, 1500)
        events.append({"type": "ringing", "atMs": t})
        t += rng.randint(4000, 11000)
        events.append({"type": "answered", "atMs": t})
        if c["ivr"]:
            t += 300
            txt = rng.choice(mat.IVR)
            dur = int(spoken_chars(txt) / 250 * 60000)
            turns.append({"speaker": "ivr", "text": txt, "startMs": t, "endMs": t + dur, "confidence": conf()})
            t += dur + rng.randint(1500, 4000)
            events.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            t += 400
            q = rng.choice(mat.IVR_QUEUE)
            dur = int(spoken_chars(q) / 250 * 60000)
            turns.append({"speaker": "ivr", "text": q, "startMs": t, "endMs": t + dur, "confidence": conf()})
            events.append({"type": "queued", "atMs": t + dur + 100})
            t += dur + rng.randint(6000, 40000)
            if c.get("transfer"):
                events.append({"type": "transfer", "atMs": t - 300})
            events.append({"type": "agent-joined", "atMs": t})
    else:
        t = rng.randint(800, 2000)
        events.append({"type": "page-loaded", "atMs": t})
        if c.get("bot"):
            t += rng.randint(500, 1500)
            turns.append({"speaker": "bot", "text": rng.choice(mat.BOT), "startMs": t, "endMs": t, "confidence": 1})
            t += rng.randint(6000, 15000)
            turns.append({"speaker": "customer", "text": rng.choice(["人工", "转人工", "我要找人工客服"]), "startMs": t, "endMs": t, "confidence": 1})
            t += rng.randint(800, 2000)
            turns.append({"speaker": "system", "text": "正在为您转接人工客服，请稍候。", "startMs": t, "endMs": t, "confidence": 1})
        t += rng.randint(500, 1500)
        events.append({"type": "queued", "atMs": t})
        t += rng.randint(5000, 60000)
        if c.get("transfer"):
            events.append({"type": "transfer", "atMs": t - 300})
        events.append({"type": "agent-joined", "atMs": t})
    joined = t
    last_end = t
    prev = None
    lat_target = None
    if d.get("latency"):
        cands = [i for i, s in enumerate(specs) if s["sp"] == "agent" and i > 0 and specs[i - 1]["sp"] == "customer"
                 and s.get("gap") is None and s["tag"] not in ("a2",)]
        lat_target = cands[len(cands) // 2]
    da_target = None
    if d.get("deadair"):
        cands = [i for i, s in enumerate(specs) if s["sp"] == "agent" and i > 0 and s.get("gap") is None and s["tag"] != "a2"]
        da_target = rng.choice(cands)
    int_target = None
    if d.get("interrupt"):
        int_target = next(i for i, s in enumerate(specs) if s["sp"] == "agent" and i > 0 and specs[i - 1]["sp"] == "customer"
                          and specs[i - 1]["tag"] == "request")
    bc_target = None
    if voice and not d.get("interrupt") and rng.random() < 0.45:
        bc_target = 1  # the request
    for i, s in enumerate(specs):
        raw = "".join(s["segs"])
        if raw.endswith("，"):
            raw = raw[:-1] + "。"
        if voice:
            text = asr_text(raw, rng, homs) if c.get("asr") else read_numbers(raw, rng) if rng.random() < 0.3 else raw
            rate = rate_a if s["sp"] == "agent" else rng.uniform(210, 285)
            if s["sp"] == "agent":
                rate *= rng.uniform(0.96, 1.04)
            dur = max(350, int(spoken_chars(text) / rate * 60000))
        else:
            text = raw
            dur = 0
        sp = s["sp"]
        if voice:
            if s.get("gap") == "first":
                gap = rng.randint(700, 2500)
            elif s.get("gap") == "hold":
                gap = rng.randint(18000, 42000)
            elif i == lat_target:
                gap = rng.randint(12800, 14500)
            elif i == da_target:
                gap = rng.randint(9000, 11500)
            elif sp == "customer" and s.get("pause"):
                gap = rng.randint(9000, 12500)
            elif sp == "customer":
                gap = rng.randint(300, 1400)
            else:
                gap = rng.randint(500, 2200)
            start = last_end + gap
            if i == int_target:
                start = last_end - rng.randint(1500, 2800)
            elif sp == "agent" and prev == "customer" and s.get("gap") is None and i != lat_target and i != da_target and rng.random() < 0.15:
                start = last_end - rng.randint(100, 500)  # slight overlap, not an interruption
        else:
            if s.get("gap") == "first":
                if d.get("first"):
                    gap = rng.randint(sla["firstResponseMs"] + 2000, min(sla["firstResponseMs"] + 9000, 28000))
                else:
                    gap = rng.randint(2000, min(sla["firstResponseMs"] - 1000, 9000))
            elif s.get("gap") == "hold":
                gap = rng.randint(35000, 80000)
            elif i == lat_target:
                lim = sla["responseLatencyMs"]
                gap = rng.randint(lim + 2000, min(lim + 9000, 28500))
            elif sp == "customer" and s.get("pause"):
                gap = rng.randint(32000, 45000)
            elif sp == "customer":
                gap = rng.randint(4000, 16000)
            else:
                gap = rng.randint(3000, 9000)
            start = last_end + gap
            if i == lat_target and d.get("latency") == "nudge":
                nt = last_end + rng.randint(8000, 11000)
                turns.append({"speaker": "customer", "text": rng.choice(NUDGE), "startMs": nt, "endMs": nt, "confidence": 1})
        if s.get("events"):
            events.append({"type": "hold-start", "atMs": last_end + 400})
            events.append({"type": "hold-end", "atMs": start - 300})
        end = start + dur
        turns.append({"speaker": sp, "text": text, "startMs": start, "endMs": end, "confidence": conf() if voice else 1})
        if voice and i == bc_target and sp == "customer" and dur > 2500:
            bs = start + int(dur * rng.uniform(0.35, 0.6))
            turns.append({"speaker": "agent", "text": rng.choice(BACKCH), "startMs": bs, "endMs": bs + 400, "confidence": conf()})
        last_end = max(last_end, end)
        prev = sp
    turns.sort(key=lambda x: x["startMs"])
    t = last_end + rng.randint(300, 1500)
    if voice:
        events.append({"type": "hangup", "atMs": t, "detail": {"by": hangup}})
        t += rng.randint(100, 400)
    events.append({"type": "ended", "atMs": t})
    events.sort(key=lambda e: e["atMs"])
    return events, turns, t, joined


def labels_for(c, scen, final_val):
    d = c["d"]
    r = scen["requires"]
    voice = c["channel"] == "voice"
    L, why = {}, {}

    def setl(k, v, w=None):
        L[k] = v
        if v == "fail":
            why[k] = w

    setl("greeting", "fail" if d.get("greeting") else "pass", "坐席首句无问候语")
    setl("agent-id", "fail" if d.get("agentid") else "pass",
         {"none": "坐席未自报工号或姓名", "late": "工号在第三个坐席话轮才报"}.get(d.get("agentid")))
    if d.get("walkout"):
        setl("closing", "na")
    else:
        setl("closing", "fail" if d.get("closing") else "pass",
             {"plain": "最后两句无结束语", "hold-thanks": "最后仅有等候致谢，不是结束语"}.get(d.get("closing")))
    setl("forbidden-words", "fail" if d.get("fw") else "pass", "坐席使用服务忌语")
    if r["verification"]:
        setl("verification", "fail" if d.get("verification") else "pass",
             {"none": "未核验身份即披露记录", "late": "先披露记录后补核身份"}.get(d.get("verification")))
    else:
        setl("verification", "na")
    h = d.get("hold")
    if h:
        setl("hold-etiquette", "pass" if h == "ok" else "fail", {"unann": "保持前未告知", "nothanks": "保持后未致谢"}.get(h))
    else:
        setl("hold-etiquette", "na")
    setl("politeness", "fail" if d.get("fw") == "rude" else "pass", "坐席语气粗鲁/训斥")
    setl("interruption", ("fail" if d.get("interrupt") else "pass") if voice else "na", "坐席抢话打断客户")
    da = h == "unann" or d.get("deadair") or d.get("latency") == "voice"
    setl("dead-air", "fail" if da else "pass", "未告知的长时间静默")
    setl("speech-rate", ("fail" if d.get("rate") else "pass") if voice else "na",
         {"fast": "坐席语速过快", "slow": "坐席语速过慢"}.get(d.get("rate")))
    if c["complaint"]:
        setl("empathy", "fail" if d.get("empathy") else "pass", "客户抱怨后坐席未致歉/共情")
    else:
        setl("empathy", "na")
    res = d.get("resolution")
    setl("resolution", "fail" if res else "pass", {"nonanswer": "客户问题未获答复", "missing": "有事实项未答复"}.get(res))
    setl("first-response", "fail" if d.get("first") else "pass", "首次响应超时")
    setl("response-latency", "fail" if d.get("latency") else "pass", "客户消息回复超时")
    fm = d.get("fact")
    setl("fact-accuracy", "fail" if (fm == "wrong" or res == "missing") else "pass",
         "事实项最终值错误" if fm == "wrong" else "事实项未告知")
    setl("no-misinformation", "fail" if fm in ("wrong", "corrected") else "pass", "坐席说出错误值")
    if r["reference"]:
        setl("record-reference", "fail" if d.get("reference") else "pass", "未提供工单/受理编号")
    else:
        setl("record-reference", "na")
    if r["survey"]:
        setl("survey-offered", "fail" if d.get("survey") else "pass", "未邀请评价")
    else:
        setl("survey-offered", "na")
    setl("required-info", "fail" if d.get("info") else "pass", "坐席未询问必需信息（客户主动提供）")
    return {k: L[k] for k in CHECKS}, why


SPECIALS = [
    ("h12a-x01", "no-answer", "voice", "h12a-vet-subsidy"),
    ("h12a-x02", "busy", "voice", "h12a-pb-overtime"),
    ("h12a-x03", "ivr-abandon", "voice", "h12a-fm-batch"),
    ("h12a-x04", "chat-queue-abandon", "webchat", "h12a-esc-booking"),
    ("h12a-x05", "bot-only", "webchat", "h12a-mr-ballot"),
    ("h12a-x06", "harness-E_SELECTOR_TIMEOUT", "webchat", "h12a-sh-order"),
    ("h12a-x07", "harness-E_BROWSER_CRASHED", "webchat", "h12a-pb-deposit"),
]


def special(cid, kind, chn, sid, k, rng):
    base = {"schemaVersion": 1, "contactId": cid, "scenarioId": sid, "runId": RUN, "channel": chn,
            "startedAt": BASE_T + 86400000 * 3 + k * 600000}
    ev = [{"type": "started", "atMs": 0}]
    turns = []
    src = "deepgram" if chn == "voice" else "chat-dom"
    if kind == "no-answer":
        ev += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1400}, {"type": "ended", "atMs": 61400}]
        out = "no-answer"
    elif kind == "busy":
        ev += [{"type": "dialed", "atMs": 250}, {"type": "ended", "atMs": 2900}]
        out = "busy"
    elif kind == "ivr-abandon":
        m = load_mat("fm")
        txt = m.IVR[0]
        ev += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1500}, {"type": "answered", "atMs": 7200}]
        turns.append({"speaker": "ivr", "text": txt, "startMs": 7500, "endMs": 7500 + 16000, "confidence": 0.95})
        ev += [{"type": "dtmf", "atMs": 26000, "detail": {"digits": "0"}}]
        turns.append({"speaker": "ivr", "text": m.IVR_QUEUE[1], "startMs": 26400, "endMs": 30000, "confidence": 0.94})
        ev += [{"type": "queued", "atMs": 30100}, {"type": "hangup", "atMs": 152000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 152300}]
        out = "abandoned"
    elif kind == "chat-queue-abandon":
        ev += [{"type": "page-loaded", "atMs": 1300}, {"type": "queued", "atMs": 2600}]
        turns.append({"speaker": "customer", "text": "你好，我想改一下周六的场次。", "startMs": 9000, "endMs": 9000, "confidence": 1})
        turns.append({"speaker": "customer", "text": "有人吗？", "startMs": 95000, "endMs": 95000, "confidence": 1})
        ev += [{"type": "ended", "atMs": 240000}]
        out = "abandoned"
    elif kind == "bot-only":
        m = load_mat("mr")
        ev += [{"type": "page-loaded", "atMs": 1100}]
        turns += [{"speaker": "bot", "text": m.BOT[0], "startMs": 2000, "endMs": 2000, "confidence": 1},
                  {"speaker": "customer", "text": "我想查中签结果，转人工。", "startMs": 14000, "endMs": 14000, "confidence": 1},
                  {"speaker": "bot", "text": "中签结果请在官方小程序“我的报名”中查看哦。", "startMs": 15000, "endMs": 15000, "confidence": 1},
                  {"speaker": "customer", "text": "人工！我要找真人。", "startMs": 31000, "endMs": 31000, "confidence": 1},
                  {"speaker": "bot", "text": "当前人工客服繁忙，请稍后再试。", "startMs": 32000, "endMs": 32000, "confidence": 1},
                  {"speaker": "customer", "text": "算了。", "startMs": 150000, "endMs": 150000, "confidence": 1}]
        ev += [{"type": "ended", "atMs": 180000}]
        out = "abandoned"
    else:
        code = kind.split("-", 1)[1]
        ev += [{"type": "ended", "atMs": 30000 if "TIMEOUT" in code else 4200}]
        base.update({"events": ev, "turns": [], "outcome": "failed", "failedBy": "harness", "errorCode": code,
                     "transcriptSource": src, "durationMs": ev[-1]["atMs"]})
        return base
    base.update({"durationMs": ev[-1]["atMs"], "events": ev, "turns": turns, "outcome": out, "transcriptSource": src})
    return base


def main():
    plan = make_plan()
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for dname in DOMAINS:
        mat = load_mat(dname)
        for s in mat.SCENARIOS:
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(mat, s))
    # four contacts without durationMs, two with an unknown event type
    nodur = {plan[i]["contactId"] for i in (7, 44, 93, 138)}
    for i in [i for i, c in enumerate(plan) if c["channel"] == "webchat" or c.get("ivr")][10::60]:
        plan[i]["transfer"] = True
    contacts, labels = [], []
    for k, c in enumerate(plan):
        mat = load_mat(c["domain"])
        scen = mat.SCENARIOS[c["scen"]]
        rng = random.Random(c["seed"])
        specs, hangup, ref, final_val = build(c, mat, scen, rng)
        place_ids(specs, c, mat, rng)
        events, turns, end, joined = render(c, mat, scen, specs, hangup, rng)
        obj = {"schemaVersion": 1, "contactId": c["contactId"], "scenarioId": scen["id"], "runId": RUN, "channel": c["channel"],
               "startedAt": BASE_T + k * 1800000 + rng.randint(0, 600000)}
        if c["contactId"] not in nodur:
            obj["durationMs"] = end
        obj.update({"events": events, "turns": turns, "outcome": "completed",
                    "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom"})
        contacts.append(obj)
        L, why = labels_for(c, scen, final_val)
        labels.append({"contactId": c["contactId"], "domain": c["domain"], "labels": L, "why": why})
    rng = random.Random(4959601)
    for k, (cid, kind, chn, sid) in enumerate(SPECIALS):
        contacts.append(special(cid, kind, chn, sid, k, rng))
        dom = sid.split("-")[1]
        labels.append({"contactId": cid, "domain": dom, "labels": {x: "na" for x in CHECKS}, "why": {}, "special": kind})
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for o in contacts:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(contacts)} contacts, {len(labels)} labels")


if __name__ == "__main__":
    main()
