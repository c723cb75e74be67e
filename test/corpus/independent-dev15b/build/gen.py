"""Generator: material + seeded plan -> scenarios/*.yaml, contacts.jsonl, labels.jsonl (byte-identical each run).

Labels here are written from the plan (what each contact was built to contain); validate.py re-derives them
from the written text and timestamps alone.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from textutil import asr, spoken_chars  # noqa: E402
from plan import make_plan, SPECIALS, DOMAINS, VER, REF, SURVEY  # noqa: E402
import importlib  # noqa: E402

OUT = os.path.dirname(HERE)
SET = "independent-dev15b"
RUN = "dev15b"
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
MAT = {d: importlib.import_module(f"mat_{d}").M for d in DOMAINS}
ACKS = ["好的。", "好。", "嗯好。", "行。", "好的，我等着。", "嗯，好的。"]
CUST_BYE = ["好，再见。", "好的，拜拜。", "谢谢啊，再见。", "嗯，好的。"]
BACKCH = ["嗯", "嗯嗯", "对", "好的"]
LEADIN = ["还有个事我想顺便确认一下啊，就是", "另外我还想问一下，我们家里人也挺关心这个的，", "哦对了，还有一个问题，我之前一直没搞明白，"]
ESC_FLAT = ["好的，这个情况我会如实记录。", "嗯，您的意见我这边备注上。", "行，这个我们按流程走。"]
START_MS = 1_780_000_000_000
# short standalone replies keep their pause (the recogniser does not glue them to the next clause)
KEEP = {d: {cl for x in MAT[d]["curt1"] + MAT[d]["curt2"] + MAT[d]["curt3"] for cl in __import__("textutil").clauses(__import__("textutil").spoken(x))} for d in DOMAINS}


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenarios():
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMAINS:
        m = MAT[d]
        for s in m["scenarios"]:
            L = [f"id: {s['id']}", f"title: {yq(s['title'])}",
                 f"description: {yq(f'独立语料 {SET}，领域 {d}，机构 ' + m['org'])}",
                 "channel: [voice, webchat]", f"target: {{ phone: {yq(m['phone'])} }}",
                 f"persona: {{ name: {yq(s['persona'])} }}", "locale: zh-CN", "steps:",
                 f"  - say: {yq(s['say'])}", "  - wait: { pattern: \"(您好|你好)\", timeoutMs: 60000 }",
                 f"  - say: {yq(s['facts'][0]['ask'][0])}", "  - wait: { pattern: \".+\", timeoutMs: 60000 }",
                 "  - end: true", "facts:"]
            for f in s["facts"]:
                L.append(f"  - {{ key: {f['key'].replace('_', '-')}, label: {yq(f['label'])}, expected: {yq(f['expected'])}, "
                         f"variants: {json.dumps(f['variants'], ensure_ascii=False)}, wrong: {json.dumps(f['wrong'], ensure_ascii=False)}, "
                         f"cues: {json.dumps(f['cues'], ensure_ascii=False)} }}")
            L.append("requiredInfo:")
            for it in s["info"]:
                L.append(f"  - {{ key: {it['key'].replace('_', '-')}, label: {yq(it['label'])}, patterns: {json.dumps(it['patterns'], ensure_ascii=False)} }}")
            r = s["requires"]
            L.append("requires: { " + ", ".join(f"{k}: {str(r[k]).lower()}" for k in ["verification", "reference", "empathy", "survey"]) + " }")
            sla = s["sla"]
            L.append(f"sla: {{ firstResponseMs: {sla['firstResponseMs']}, responseLatencyMs: {sla['responseLatencyMs']}, handleTimeMs: {sla['handleTimeMs']} }}")
            L.append(f"tags: [{SET}, {d}]")
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(L) + "\n")


class Builder:
    """Collects turn specs; timing is laid out afterwards."""

    def __init__(self, c, r):
        self.c, self.r = c, r
        self.specs = []
        self.fails = {}

    def agent(self, text, **kw):
        self.specs.append(dict(sp="agent", text=text, **kw))

    def cust(self, text, **kw):
        self.specs.append(dict(sp="customer", text=text, **kw))

    def fail(self, check, why):
        self.fails.setdefault(check, why)


CHAT_UNFIT = re.compile(r"挂机|来电|按一|别挂|听不|没听|信号|大声|吵|说话|打电话")


def build(c):
    r = random.Random(c["seed"])
    m = dict(MAT[c["domain"]])
    if c["channel"] == "webchat":  # typed channel: no phone-only wordings
        for k in ("survey", "close", "holdann", "capology"):
            m[k] = [x for x in m[k] if not CHAT_UNFIT.search(x)]
    s = m["scenarios"][c["scen"]]
    dfx = c["defects"]
    voice = c["channel"] == "voice"
    b = Builder(c, r)
    staff = r.choice(m["staff"])
    cust_name = s["persona"]
    curt = "curt" in dfx
    idtext = r.choice(m["ids"]).format(name=staff)
    sla = s["sla"]

    # ---------- opener
    q1 = r.choice(m["curt1"]) if curt else r.choice(m["openq"])
    id_in_open = c["id_mode"] == "first"
    parts = []
    if "greet" in dfx:
        style = r.randrange(3)
        if style == 0 and id_in_open:
            parts = [idtext, q1]          # staff id alone as the opener
        else:
            parts = [r.choice(m["nogreet"])] + ([idtext] if id_in_open else []) + [q1]
        b.fail("greeting", "坐席首句无问候语（以业务/工号开场）")
    else:
        g = r.choice(m["greet"])
        if id_in_open:
            parts = [g, idtext, q1] if r.random() < 0.6 else [g, m["org"] if r.random() < 0.5 else g, idtext, q1]
            if parts[0] == parts[1]:
                parts = [g, idtext, q1]
        else:
            parts = [g, m["org"], q1] if r.random() < 0.5 else [g, q1]
    if c["id_mode"] == "bare":
        parts.insert(len(parts) - 1, r.choice(m["bare"]))
    open_text = "，".join(p.rstrip("。？，") for p in parts[:-1]) + "，" + parts[-1]
    b.agent(open_text, role="open")
    if c["id_mode"] in ("none", "bare"):
        b.fail("agent-id", "前两轮未报工号或姓名（仅角色/机构）" if c["id_mode"] == "bare" else "全程未报工号或姓名")
    if c["id_mode"] == "late":
        b.fail("agent-id", "工号在坐席第三轮才报")

    # ---------- issue
    issue = r.choice(s["issue"])
    ctext = issue
    complaint_line = None
    if c["complaint"]:
        cix = r.choice(s["cidx"])
        complaint_line = m["complaint"][cix]
        ctext = (complaint_line + issue) if r.random() < 0.5 else (issue + complaint_line)
    if r.random() < 0.25 and not c["complaint"]:
        ctext = r.choice(m["capology"]) + ctext
    skipped = None
    if "ri" in dfx:
        skipped = s["info"][0]
        ctext += r.choice(skipped["answer"])
        b.fail("required-info", f"未询问{skipped['label']}（客户主动提供）")
    b.cust(ctext, role="issue", complaint=bool(complaint_line))

    # ---------- ack + info asks
    ap = []
    if c["complaint"]:
        if c["emp_mode"] == "first":
            if r.random() < 0.5:
                ap.append(r.choice(m["calm"]))
            b.fail("empathy", "客户抱怨后坐席未致歉/共情，直接进入流程")
        else:
            ap.append(m["empathy"][cix])
    ap.append(r.choice(m["curt2"]) if curt else r.choice(m["ack"]))
    if c["id_mode"] == "second":
        ap.append(idtext + "。")
    asks = [it for it in s["info"] if it is not skipped]
    for it in asks:
        ap.append(r.choice(it["ask"]))
    b.agent("".join(ap), role="ack")
    if asks:
        b.cust("".join(r.choice(it["answer"]) for it in asks), role="info", slow_pause=(voice and r.random() < 0.2))
    else:
        b.cust(r.choice(["嗯。", "对，就这个。", "好。"]), role="info")

    # ---------- verification (pass mode) / hold / status
    needs_ver = c["scen"] in VER
    agent_turns_so_far = 2
    late_id_pending = c["id_mode"] == "late"

    def with_late_id(text):
        nonlocal late_id_pending
        if late_id_pending:
            late_id_pending = False
            return "对了，" + idtext + "。" + text
        return text

    vix = r.randrange(len(m["verask"]))
    if needs_ver and c["verif_mode"] == "ok":
        b.agent(with_late_id(m["verask"][vix]), role="verask")
        b.cust(m["vergive"][vix].format(cust=cust_name), role="vergive", slow_pause=(voice and r.random() < 0.25))
        pre_hold = r.choice(m["verconf"])
    else:
        pre_hold = None
    if needs_ver and c["verif_mode"] != "ok":
        b.fail("verification", "先透露记录信息后才核验身份" if c["verif_mode"] == "late" else "需核验的场景全程未核验身份")

    hold_kind = None
    if c["hold"]:
        if "hold_unann" in dfx:
            hold_kind = "unann"
            b.fail("hold-etiquette", "长时间静默前未告知客户等待")
            b.fail("dead-air", "未告知的长时间静默")
        else:
            hold_kind = "nothanks" if "hold_nothanks" in dfx else "ok"
            if hold_kind == "nothanks":
                b.fail("hold-etiquette", "等待结束后未致谢")
    if hold_kind in ("ok", "nothanks"):
        ann = r.choice(m["holdann"])
        b.agent(with_late_id((pre_hold or "") + ann), role="announce")
        if r.random() < 0.5:
            b.cust(r.choice(ACKS), role="ack_hold")
        hold_gap = "hold"
    elif hold_kind == "unann":
        b.agent(with_late_id(pre_hold or r.choice(["好的。", "嗯，好的。", "行，明白。"])), role="prehold")
        hold_gap = "unann"
    else:
        if pre_hold:
            b.agent(with_late_id(pre_hold), role="verconf")
        hold_gap = None

    # status turn
    st = []
    if hold_kind == "ok":
        st.append(r.choice(m["holdthx"]))
    disclosed = False
    if needs_ver or r.random() < 0.4:
        st.append(r.choice(s["disclose"]))
        disclosed = True
    ref_needed = c["scen"] in REF
    if ref_needed:
        if "ref" in dfx:
            st.append(r.choice(m["noref"]))
            b.fail("record-reference", "未提供工单号/受理编号")
        else:
            st.append(r.choice(m["ref"]).format(ref=m["refprefix"] + str(r.randrange(10 ** 7, 10 ** 8))))
    elif r.random() < 0.3:
        st.append(r.choice(m["noref"]))
    if not st:
        st.append(r.choice(m["ack"]))
    if r.random() < 0.5:
        st.append(r.choice(m["lookalike"]))
    b.agent(with_late_id("".join(st)), role="status", gap=hold_gap)

    if needs_ver and c["verif_mode"] == "late":
        b.cust(r.choice(["好的。", "嗯。", "行。", "哦，好。"]), role="ack")
        b.agent("哦对了，" + m["verask"][vix], role="verask")
        b.cust(m["vergive"][vix].format(cust=cust_name), role="vergive")
        b.agent(r.choice(m["verconf"]), role="verconf")

    # ---------- facts
    facts = list(s["facts"])
    bad_fact = r.randrange(len(facts))
    forb_slot = r.randrange(len(facts))
    int_slot = r.randrange(len(facts))
    bc_slot = r.randrange(len(facts))
    leadins = r.sample(LEADIN, 2)
    for fi, f in enumerate(facts):
        if "factomit" in dfx and fi == bad_fact:
            b.fail("fact-accuracy", f"未告知{f['label']}")
            b.fail("resolution", f"场景事实{f['label']}未作答")
            continue
        ask = r.choice(f["ask"])
        long_ask = voice and ("int" in dfx and fi == int_slot or fi == bc_slot)
        if long_ask:
            ask = leadins[fi % 2] + ask
        b.cust(ask, role="factask", backchannel=(voice and fi == bc_slot and "int" not in dfx and r.random() < 0.5))
        tmpl = r.choice(f["state"])
        if "factwrong" in dfx and fi == bad_fact:
            text = tmpl.format(v=r.choice(f["wrong"]))
            b.fail("fact-accuracy", f"{f['label']}说错")
            b.fail("no-misinformation", f"给出错误的{f['label']}")
        elif "misinfo" in dfx and fi == bad_fact:
            text = tmpl.format(v=r.choice(f["wrong"])) + r.choice(m["correct"]).format(v=f["expected"])
            b.fail("no-misinformation", f"先说错{f['label']}后更正")
        else:
            v = f["expected"] if r.random() < 0.6 else r.choice(f["variants"])
            text = tmpl.format(v=v)
        if fi == forb_slot:
            for kind in ("fmild", "frude"):
                if kind in dfx:
                    line, frag, cat = r.choice(m["forb_mild" if kind == "fmild" else "forb_rude"])
                    text = line + text if line.endswith("，") else text + line
                    b.fail("forbidden-words", f"服务忌语（{cat}）：{frag}")
                    if kind == "frude":
                        b.fail("politeness", f"对客户语气粗鲁（{cat}）")
        interrupt = "int" in dfx and fi == int_slot
        if interrupt:
            b.fail("interruption", "客户话未说完坐席即抢话")
        b.agent(text, role="fact", interrupt=interrupt, near_miss=(voice and not interrupt and r.random() < 0.25))

    # ---------- escalation
    if c["escalate"]:
        b.cust(r.choice(m["escalate"]), role="escalate", complaint=True)
        if c["emp_mode"] == "esc":
            b.agent(r.choice(ESC_FLAT), role="escreply")
            b.fail("empathy", "客户再次表达不满/升级时未致歉")
        else:
            b.agent(r.choice(m["empathy_esc"]) + r.choice(ESC_FLAT), role="escreply")

    # ---------- side question
    sq, sa = r.choice(m["sideq"])
    kind = r.random()
    dead_here = "dead_voice" in dfx or "dead_chat" in dfx
    lat_here = "lat_voice" in dfx or "lat_chat" in dfx
    gap_kind = "dead" if dead_here else ("late" if lat_here else None)
    if dead_here and "dead_chat" in dfx:
        b.fail("dead-air", "客户发问后超过30秒无回应")
        b.fail("response-latency", "客户消息超时未回复")
        b.fail("hold-etiquette", "未告知的长时间等待")
    elif "dead_voice" in dfx:
        b.fail("dead-air", "客户说完后坐席静默8秒以上")
    if "lat_voice" in dfx:
        b.fail("response-latency", "客户问题超过时限才回应")
        b.fail("dead-air", "回应前静默超过8秒")
    elif "lat_chat" in dfx:
        b.fail("response-latency", "客户消息超过时限才回复")
    nudge = (not voice) and "lat_chat" in dfx and r.random() < 0.5
    if "res" in dfx:
        b.cust(sq, role="sideq", nudge=nudge)
        b.agent(r.choice(m["nonans"]), role="nonans", gap=gap_kind)
        b.cust(r.choice(["那好吧。", "哦，行吧。", "这样啊。"]), role="ack")
        b.fail("resolution", "客户提问只得到“不清楚”式答复")
        b.agent(r.choice(m["ack"]), role="after_nonans")
    elif kind < 0.25:
        b.cust(sq, role="sideq", nudge=nudge)
        b.agent(r.choice(m["nonans"]), role="nonans", gap=gap_kind)
        b.cust(r.choice(m["press"]), role="press")
        b.agent(sa, role="sidea")
    elif kind < 0.45:
        rq, ra = r.choice(m["referral"])
        b.cust(rq, role="sideq", nudge=nudge)
        b.agent(ra, role="referral", gap=gap_kind)
    else:
        b.cust(sq, role="sideq", nudge=nudge)
        b.agent(sa, role="sidea", gap=gap_kind)
    if r.random() < 0.3:
        iq, ia = r.choice(m["incid"])
        b.cust(iq, role="incid")
        b.agent(ia, role="shrug")

    # ---------- wrap-up / closing
    survey_needed = c["scen"] in SURVEY
    survey_line = None
    if survey_needed:
        if "survey" in dfx:
            b.fail("survey-offered", "未邀请客户评价")
        else:
            survey_line = r.choice(m["survey"])
    hang = "agent"
    if c["walkout"]:
        b.cust(r.choice(m["walkout"]), role="walkout")
        hang = "customer"
    else:
        b.agent(r.choice(m["curt3"]) if curt else r.choice(m["wrap"]), role="wrap")
        b.cust(r.choice(m["custend"]), role="custend")
        if "close" in dfx:
            b.fail("closing", "坐席最后两轮无结束语")
            v = r.randrange(3)
            if v == 0:
                b.agent((survey_line or "") + r.choice(m["nonclose"]), role="final")
                if r.random() < 0.5:
                    b.cust(r.choice(["嗯。", "好的。"]), role="bye")
                    hang = "customer"
            elif v == 1:
                b.agent((survey_line or "") + "感谢您的耐心等待，" + r.choice(m["nonclose"]), role="final")
            else:
                if survey_line:
                    b.agent(survey_line, role="final")
                hang = "customer"
        else:
            b.agent((survey_line or "") + r.choice(m["close"]), role="final")
            if r.random() < 0.4:
                b.cust(r.choice(CUST_BYE), role="bye")
                hang = "customer"
    if curt:
        b.fail("politeness", "语气生硬：全程不用“您”，多轮简短命令式发问")
        for sp in b.specs:
            if sp["sp"] == "agent":
                sp["text"] = sp["text"].replace("您", "你")
    if "fr_voice" in dfx or "fr_chat" in dfx:
        b.fail("first-response", "坐席接入后首句超出首次响应时限")
    if "rate" in dfx:
        b.fail("speech-rate", "坐席语速过快" if c["rate_mode"] == "fast" else "坐席语速过慢")
    return b, s, hang


def layout(c, b, s, hang):
    """Timestamps and events."""
    r = random.Random(c["seed"] ^ 0x5A5A)
    m = MAT[c["domain"]]
    voice = c["channel"] == "voice"
    dfx = c["defects"]
    sla = s["sla"]
    ev = [dict(type="started", atMs=0)]
    turns = []
    conf = (lambda: round(r.uniform(0.6, 0.93), 2)) if c.get("asr") else (lambda: round(r.uniform(0.9, 0.99), 2))
    if c["rate_mode"] == "fast":
        arate = r.uniform(345, 395)
    elif c["rate_mode"] == "slow":
        arate = r.uniform(82, 98)
    else:
        arate = r.uniform(175, 255)
    crate = r.uniform(200, 270)

    def render(text, sp):
        if voice and c["asr"]:
            return asr(text, r, filler_p=0.22, homophone_p=0.6, keep=KEEP[c["domain"]])
        return text

    def dur(text, rate):
        return max(400, int(spoken_chars(text) / rate * 60000 * r.uniform(0.97, 1.03)))

    if voice:
        t = r.randint(200, 500)
        ev.append(dict(type="dialed", atMs=t))
        t += r.randint(600, 1500)
        ev.append(dict(type="ringing", atMs=t))
        t += r.randint(4000, 12000)
        ev.append(dict(type="answered", atMs=t))
        base = t
        if c["ivr"]:
            txt = asr(r.choice(m["ivr"]), r, filler_p=0, homophone_p=0.6) if c["asr"] else r.choice(m["ivr"])
            st = t + r.randint(300, 700)
            en = st + dur(txt, 250)
            turns.append(dict(speaker="ivr", text=txt, startMs=st, endMs=en, confidence=conf()))
            t = en + r.randint(800, 2000)
            ev.append(dict(type="dtmf", atMs=t, detail=dict(digits="0")))
            t += r.randint(200, 500)
            ev.append(dict(type="queued", atMs=t))
            t += r.randint(5000, 35000)
            ev.append(dict(type="agent-joined", atMs=t))
            base = t
    else:
        t = r.randint(800, 2500)
        ev.append(dict(type="page-loaded", atMs=t))
        if c["ivr"]:  # chat: bot first
            for bl in m["bot"]:
                t += r.randint(1000, 3000)
                turns.append(dict(speaker="bot", text=bl, startMs=t, endMs=t))
                if bl is m["bot"][0]:
                    t += r.randint(6000, 15000)
                    turns.append(dict(speaker="customer", text="转人工。", startMs=t, endMs=t))
        t += r.randint(500, 1500)
        ev.append(dict(type="queued", atMs=t))
        t += r.randint(5000, 40000)
        ev.append(dict(type="agent-joined", atMs=t))
        base = t

    prev_end = base
    last_cust = None
    first_agent = True
    pending_hold_events = None
    for i, sp in enumerate(b.specs):
        text = render(sp["text"], sp["sp"])
        rate = arate if sp["sp"] == "agent" else crate
        if sp["sp"] == "agent":
            if first_agent:
                if "fr_voice" in dfx:
                    gap = r.randint(sla["firstResponseMs"] + 600, 7500)
                elif "fr_chat" in dfx:
                    gap = r.randint(sla["firstResponseMs"] + 1500, min(sla["firstResponseMs"] + 8000, 28500))
                else:
                    gap = r.randint(700, 3500) if voice else r.randint(2000, 5000)
                first_agent = False
            elif sp.get("gap") == "hold":
                gap = r.randint(18000, 60000) if voice else r.randint(35000, 90000)
            elif sp.get("gap") == "unann":
                gap = r.randint(18000, 40000) if voice else r.randint(35000, 60000)
            elif sp.get("gap") == "dead":
                gap = r.randint(9000, 11500) if voice else r.randint(31000, 45000)
            elif sp.get("gap") == "late":
                if voice:
                    gap = r.randint(12600, 14500)
                else:
                    gap = r.randint(sla["responseLatencyMs"] + 1500, min(sla["responseLatencyMs"] + 4500, 29000))
            elif b.specs[i - 1]["sp"] == "agent":
                gap = r.randint(300, 1000) if voice else r.randint(1500, 6000)
            else:
                gap = r.randint(400, 2500) if voice else r.randint(3000, 10000)
            if sp.get("gap") == "late" and not voice and last_cust is not None and last_cust.get("nudged_from") is not None:
                # clock runs from the first unanswered message: place the reply relative to it
                st = last_cust["nudged_from"] + gap
            else:
                st = prev_end + gap
            if sp.get("interrupt") and last_cust is not None:
                st = last_cust["endMs"] - r.randint(1300, 2400)
            elif sp.get("near_miss") and last_cust is not None and b.specs[i - 1]["sp"] == "customer":
                st = last_cust["endMs"] - r.randint(150, 700)
            if sp.get("gap") == "hold" and voice and r.random() < 0.5:
                pending_hold_events = (prev_end + r.randint(300, 800), st - r.randint(300, 800))
            en = st if not voice else st + dur(text, rate)
            turn = dict(speaker="agent", text=text, startMs=st, endMs=en)
        else:
            if b.specs[i - 1]["sp"] == "customer" if i > 0 else False:
                gap = r.randint(300, 1200) if voice else r.randint(2000, 6000)
            else:
                gap = r.randint(400, 2200) if voice else r.randint(5000, 25000)
            if sp.get("slow_pause"):
                gap = r.randint(8500, 12000)
            st = prev_end + gap
            en = st if not voice else st + dur(text, rate)
            turn = dict(speaker="customer", text=text, startMs=st, endMs=en)
        if voice:
            turn["confidence"] = conf()
        turns.append(turn)
        if pending_hold_events:
            ev.append(dict(type="hold-start", atMs=pending_hold_events[0]))
            ev.append(dict(type="hold-end", atMs=pending_hold_events[1]))
            pending_hold_events = None
        prev_end = max(prev_end, en)
        if sp["sp"] == "customer":
            last_cust = turn
            if sp.get("nudge"):
                # a nudge a few seconds later; the agent's reply is timed from the first message
                lat = sla["responseLatencyMs"]
                nt = en + r.randint(8000, 11000)
                turns.append(dict(speaker="customer", text=r.choice(["在吗？", "人呢？", "还在吗？"]), startMs=nt, endMs=nt))
                turn["nudged_from"] = en
                prev_end = nt
            if sp.get("backchannel") and voice and en - st > 2500:
                bst = st + int((en - st) * r.uniform(0.4, 0.6))
                turns.append(dict(speaker="agent", text=r.choice(BACKCH), startMs=bst, endMs=bst + 450, confidence=conf()))
    for tr in turns:
        tr.pop("nudged_from", None)
    turns.sort(key=lambda x: (x["startMs"], 0 if x["speaker"] != "agent" else 1))
    end_t = max(tr["endMs"] for tr in turns)
    if voice:
        end_t += r.randint(500, 1500)
        ev.append(dict(type="hangup", atMs=end_t, detail=dict(by=hang)))
        end_t += r.randint(200, 500)
    else:
        end_t += r.randint(5000, 20000)
    if c["transfer"]:
        mid = turns[len(turns) // 2]["startMs"]
        ev.append(dict(type="transfer", atMs=mid - 200))
    ev.append(dict(type="ended", atMs=end_t))
    ev.sort(key=lambda e: e["atMs"])
    return ev, turns, end_t


def labels_for(c, b, s):
    voice = c["channel"] == "voice"
    L = {k: "pass" for k in CHECKS}
    if not voice:
        L["interruption"] = L["speech-rate"] = "na"
    if c["scen"] not in VER:
        L["verification"] = "na"
    if c["scen"] not in REF:
        L["record-reference"] = "na"
    if c["scen"] not in SURVEY:
        L["survey-offered"] = "na"
    has_hold = c["hold"] or "dead_chat" in c["defects"]
    if not has_hold:
        L["hold-etiquette"] = "na"
    if not c["complaint"] and not s["requires"]["empathy"]:
        L["empathy"] = "na"
    if c["walkout"]:
        L["closing"] = "na"
    why = {}
    for k, w in b.fails.items():
        assert L[k] != "na", (c["id"], k)
        L[k] = "fail"
        why[k] = w
    return L, why


def special(sid, kind, scen, ch, i):
    ev = [dict(type="started", atMs=0)]
    turns = []
    out = dict(schemaVersion=1, contactId=sid, scenarioId=scen, runId=RUN, channel=ch, startedAt=START_MS + 3_600_000 * (200 + i))
    if kind == "no-answer":
        ev += [dict(type="dialed", atMs=300), dict(type="ringing", atMs=1200), dict(type="ended", atMs=61200)]
        out.update(durationMs=61200, outcome="no-answer")
    elif kind == "busy":
        ev += [dict(type="dialed", atMs=250), dict(type="ended", atMs=2100)]
        out.update(durationMs=2100, outcome="busy")
    elif kind == "ivr-abandon":
        ev += [dict(type="dialed", atMs=300), dict(type="ringing", atMs=1100), dict(type="answered", atMs=6200),
               dict(type="dtmf", atMs=17900, detail=dict(digits="0")), dict(type="queued", atMs=18300),
               dict(type="hangup", atMs=138300, detail=dict(by="customer")), dict(type="ended", atMs=138600)]
        turns = [dict(speaker="ivr", text=MAT["play"]["ivr"][0], startMs=6600, endMs=16800, confidence=0.95),
                 dict(speaker="ivr", text="当前排队人数较多，请耐心等待。", startMs=48300, endMs=51500, confidence=0.94)]
        out.update(durationMs=138600, outcome="abandoned")
    elif kind == "chat-queue-abandon":
        ev += [dict(type="page-loaded", atMs=1400), dict(type="queued", atMs=2600), dict(type="ended", atMs=305000)]
        turns = [dict(speaker="system", text="您已进入排队，前面还有12位。", startMs=2700, endMs=2700),
                 dict(speaker="customer", text="我想问下录取通知书的事，有人吗？", startMs=41000, endMs=41000)]
        out.update(durationMs=305000, outcome="abandoned")
    elif kind == "bot-only":
        ev += [dict(type="page-loaded", atMs=1200), dict(type="ended", atMs=250000)]
        turns = [dict(speaker="bot", text=MAT["pet"]["bot"][0], startMs=2500, endMs=2500),
                 dict(speaker="customer", text="我家狗美容被剪伤了，我要找人工。", startMs=15500, endMs=15500),
                 dict(speaker="bot", text="抱歉，豆豆没有理解您的问题，您可以试试问“寄养价格”。", startMs=16800, endMs=16800),
                 dict(speaker="customer", text="转人工！", startMs=30100, endMs=30100),
                 dict(speaker="bot", text=MAT["pet"]["bot"][1], startMs=31000, endMs=31000),
                 dict(speaker="customer", text="等了好几分钟了，还是没人？", startMs=210000, endMs=210000)]
        out.update(durationMs=250000, outcome="abandoned")
    elif kind == "harness-failure":
        code = "E_SELECTOR_TIMEOUT" if sid == "h8b-x06" else "E_BROWSER_CRASHED"
        ev = [dict(type="started", atMs=0)]
        out.update(durationMs=31000 if sid == "h8b-x06" else 4200, outcome="failed", failedBy="harness", errorCode=code)
    out["events"] = ev
    out["turns"] = turns
    out["transcriptSource"] = "chat-dom" if ch == "webchat" else "deepgram"
    order = ["schemaVersion", "contactId", "scenarioId", "runId", "channel", "startedAt", "durationMs", "events", "turns",
             "outcome", "failedBy", "errorCode", "transcriptSource"]
    return {k: out[k] for k in order if k in out}


def main():
    write_scenarios()
    plan = make_plan()
    contacts, labels = [], []
    for n, c in enumerate(plan):
        b, s, hang = build(c)
        ev, turns, end_t = layout(c, b, s, hang)
        obj = dict(schemaVersion=1, contactId=c["id"], scenarioId=s["id"], runId=RUN, channel=c["channel"],
                   startedAt=START_MS + 3_600_000 * n + 1000 * (n * 37 % 600))
        if not c["nodur"]:
            obj["durationMs"] = end_t
        obj["events"] = ev
        obj["turns"] = turns
        obj["outcome"] = "completed"
        obj["transcriptSource"] = "deepgram" if c["channel"] == "voice" else "chat-dom"
        contacts.append(obj)
        L, why = labels_for(c, b, s)
        labels.append(dict(contactId=c["id"], domain=c["domain"], labels=L, why=why))
    for i, (sid, kind, scen, ch) in enumerate(SPECIALS):
        contacts.append(special(sid, kind, scen, ch, i))
        labels.append(dict(contactId=sid, domain=scen.split("-")[1], labels={k: "na" for k in CHECKS}, why={}, special=kind))
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for o in contacts:
            fh.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(contacts)} contacts")


if __name__ == "__main__":
    main()
