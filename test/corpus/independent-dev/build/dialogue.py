"""Assemble one contact's dialogue (a list of beats) from the scenario material and its defect plan.

A beat is {sp, text, tags, gap?, overlap?, moh?}. Tags carry what the text does so that the timing
labels can be computed from structure (timeline.py), never by matching words:
  q = the agent hands the word to the customer (question), hold = announces a wait/look-up,
  thx = thanks/apologises for a wait, ack = customer acknowledgement, bc = backchannel.
"""
import re

import pools as P

REF_OK = ["给您记一下{w}：{r}。", "您的{w}是{r}，您记一下。", "这边已经生成{w}，号码是{r}。", "{w}{r}，后续可以凭这个查询进度。"]
REF_MISSING = ["已经给您登记好了，后续会有专人在两个工作日内联系您。", "这边已经提交了，处理结果会短信发到您尾号5678的手机上。",
               "已经提交了，预计12月5号前会有结果，您留意一下电话。"]
CURT_VERIFY = {"bank": "身份证后四位。", "telecom": "机主身份证后四位。", "utilities": "户号，户名。", "insurance": "投保人身份证后四位。"}
DIGITS = "零幺二三四五六七八九"


def spoken_digits(s, rng):
    """Digits as a Chinese ASR engine writes read-out numbers (1 as 幺 most of the time)."""
    return "".join((DIGITS[int(ch)] if ch != "1" or rng.random() < 0.8 else "一") if ch.isdigit() else ch for ch in s)


def curtify(text):
    """Curt register: drop courtesy words, 您 -> 你 (politeness defect)."""
    for a in ["为了保障您的账户安全，", "为了保护您的信息安全，", "为了核实身份，", "麻烦您", "麻烦", "请问", "请您", "辛苦",
              "好的，", "～", "哦", "呢", "哈", "您放心", "，您记一下"]:
        text = text.replace(a, "")
    text = re.sub(r"(?<!申)请", "", text)
    text = text.replace("您", "你").replace("，。", "。").replace("，，", "，")
    return text.lstrip("，")


class Dialogue:
    def __init__(self, p, rng):
        self.p, self.rng, self.beats = p, rng, []
        self.voice = p["channel"] == "voice"

    def pick(self, xs):
        return self.rng.choice(xs)

    def add(self, sp, text, *tags, **kw):
        b = {"sp": sp, "text": text, "tags": set(tags)}
        b.update(kw)
        self.beats.append(b)
        return b

    def agent(self, text, *tags, **kw):
        if self.p["curt"] and "nocurt" not in tags:
            text = curtify(text)
        return self.add("agent", text, *tags, **kw)

    def fact_text(self, f, good):
        key = ("ok" if good else "bad") + ("_v" if self.voice else "")
        return self.pick(f[key])


def build(p, dom, sc, rng):
    """Return the beats of a contact that reached an agent."""
    d = Dialogue(p, rng)
    v = d.voice
    org = dom["org"]
    asked = next((f for f in sc["facts"] if f["asked"]), None)
    proactive = next((f for f in sc["facts"] if not f["asked"]), None)

    # --- opening ---------------------------------------------------------------------
    if p["late_first"]:
        for h in rng.sample(P.HELLO_CUSTOMER if v else P.HELLO_CHAT, 2 if v else 1):
            d.add("customer", h, "hello")
    greet = {"ok": d.pick(P.GREET_OK_VOICE if v else P.GREET_OK_CHAT), "missing": d.pick(P.GREET_MISSING_VOICE if v else P.GREET_MISSING_CHAT)}[p["greet"]]
    ids = P.ID_OK if v else P.ID_OK_CHAT
    if p["greet"] == "missing":   # "很高兴为您服务" reads as half a greeting: keep greeting-less openings unambiguous
        ids = [x for x in ids if "高兴" not in x]
    ident = d.pick(ids) if p["agent_id"] == "ok" else ""
    ident = ident.format(n=p["staff_spoken"], name=p["agent_name"])
    if p["curt"]:
        offer = "你说。"
    else:
        offer = d.pick(P.OFFER_VOICE if v else P.OFFER_CHAT)
    first = "，".join(x.strip("，") for x in [greet.format(org=org), ident] if x.strip("，"))
    first = ((first + "，" if first else "") + offer).replace("？，", "？")
    d.add("agent", curtify(first) if p["curt"] else first, "q", "first")

    # --- customer opening (+ complaint) -----------------------------------------------
    opens = sc["open"]
    if p["resolution"] == "nonanswer_fact":
        opens = [o for o in opens if "？" in o] or opens
    text = d.pick(opens)
    if p["wrong_belief"]:   # the customer quotes a wrong value; the agent will state the right one
        text += d.pick(["是不是{w}啊？", "是不是{w}啊？", "我听说是{w}，是吗？"]).format(w=p["wrong_belief"])
    if p["complaint"] != "none":
        text += d.pick(sc.get("complaint") or P.COMPLAINT_GENERIC)
    d.add("customer", text, "complaint" if p["complaint"] != "none" else "open", long=True)

    # --- agent's reply to the opening ------------------------------------------------
    second_id = ""
    if p["agent_id"] == "second":
        second_id = d.pick(P.ID_SECOND_TURN).format(n=p["staff_spoken"], name=p["agent_name"])
    reply_tags = ["after_open"]
    if p["complaint"] in ("ack",):
        reply = second_id + d.pick(P.EMPATHY_ACK) + "我马上帮您处理。"
    elif p["forbidden_place"] == "complaint":
        reply = second_id + p["forbidden_text"]
    elif p["complaint"] in ("noack", "ack_late"):
        reply = second_id + d.pick(P.EMPATHY_NONE)
        reply_tags.append("q")
    else:
        reply = second_id + d.pick(["好的，", "嗯，明白，", "好的好的，", "收到，", "行，"])
        reply += "这个我来帮您处理。" if not p["curt"] else "知道了。"
    d.agent(reply, *reply_tags)
    if p["complaint"] in ("noack", "ack_late") or p["forbidden_place"] == "complaint":
        if p["forbidden_place"] == "complaint":
            d.add("customer", d.pick(["你这什么态度啊？算了，先给我查。", "行行行，那你先帮我看看。", "……那你先查吧。"]))
        else:
            d.add("customer", d.pick(["就是我刚才说的那样。", "你们查记录不就知道了吗？", "反正就是没弄好。", "我说得很清楚了。"]))
        if p["complaint"] == "ack_late":   # second agent turn: still no acknowledgement; a later one apologises (too late)
            d.agent(d.pick(["这个情况我记下了。", "行，具体情况我记一下。"]))
    if p["agent_id"] == "late":   # staff number only in the third agent turn: too late
        d.agent(d.pick(["对了，我是{n}号客服。", "忘了说，我的工号是{n}。"]).format(n=p["staff_spoken"]), "nocurt")

    # --- verification (before touching the account) ------------------------------------
    def verify():
        ask = CURT_VERIFY.get(dom["domain"]) if p["curt"] else d.pick(dom["verify_ask"])
        if p["complaint"] == "ack_late" and not p.get("_late_ack_done"):
            ask = d.pick(P.EMPATHY_ACK) + ask
            p["_late_ack_done"] = True
        d.agent(ask, "q", "verify")
        pause = p["customer_pause"] == "verify"
        d.add("customer", (d.pick(P.CUSTOMER_FOUND) if pause and rng.random() < 0.5 else "") + d.pick(dom["verify_ans"]),
              gap_customer_pause=pause)
        d.agent(d.pick(["好的，核实通过了。", "好的，身份核对上了，", "嗯，信息核对无误。"]), "verified")
    if p["verification"] == "ok":
        verify()

    # --- required info ---------------------------------------------------------------
    items = list(sc["req"])
    if p["req"] == "missing" and items:
        items.pop(rng.randrange(len(items)))
    for it in items:
        ask = d.pick(it["ask"])
        if p["lookalike_slot"] == "ask":
            ask = "不知道您现在方便吗？" + ask
        if p["complaint"] == "ack_late" and not p.get("_late_ack_done"):
            ask = d.pick(P.EMPATHY_ACK) + ask
            p["_late_ack_done"] = True
        d.agent(ask, "q", "req")
        pause = p["customer_pause"] == "req"
        d.add("customer", (d.pick(P.CUSTOMER_FOUND) if pause and rng.random() < 0.5 else "") + d.pick(it["ans"]),
              gap_customer_pause=pause)
    if p["complaint"] == "ack_late" and not p.get("_late_ack_done"):
        d.agent(d.pick(P.EMPATHY_ACK) + "我先把情况给您登记上。")
        p["_late_ack_done"] = True

    # --- hold + the main answer ---------------------------------------------------------
    lead = ""
    if p["hold"] != "none":
        d.agent(d.pick(P.HOLD_ANNOUNCE_VOICE if v else P.HOLD_ANNOUNCE_CHAT), "hold", "nocurt" if not p["curt"] else "hold")
        if rng.random() < 0.7:
            d.add("customer", d.pick(P.CUSTOMER_ACK), "ack")
        lead = d.pick(P.HOLD_THANKS) if p["hold"] == "thanked" else d.pick(P.HOLD_RETURN_PLAIN)
    answer_kw = {"hold_return": p["hold"]} if p["hold"] != "none" else {}
    if p["unannounced"] != "none" and p["unannounced_slot"] == "answer":
        answer_kw["unannounced"] = p["unannounced"]
    if p["slow_reply_slot"] == "answer":
        answer_kw["slow_reply"] = True
    if p["lookalike_slot"] == "answer":
        lead += "没关系的，这不是您的问题，"
    if p["forbidden_place"] == "prefix":
        lead += p["forbidden_text"]
    parts = []
    if asked:
        if p["resolution"] == "nonanswer_fact":
            parts.append(d.pick(P.NON_ANSWER))
        else:
            parts.append(d.fact_text(asked, not (p["fact"] == "wrong" and p["wrong_fact"] == asked["key"])))
    acts = sc["action"]
    touched_account = False
    if acts and not asked:
        parts.append(d.pick(acts))
        touched_account = True
    if not parts:
        parts.append("好的，我了解了。")
    body = "".join(parts)
    tags = ["answer"] + (["thx"] if p["hold"] == "thanked" else [])
    d.add("agent", lead + (curtify(body) if p["curt"] else body), *tags, **answer_kw)   # lead (thanks) kept verbatim
    if p["verification"] == "late" and (touched_account or not acts):
        verify()

    # --- re-ask (patient restatement, or the forbidden reply) ----------------------------
    if p["reask"] and asked and p["resolution"] != "nonanswer_fact":
        d.add("customer", d.pick(P.CUSTOMER_REASK if v else P.CUSTOMER_REASK_CHAT))
        pre = p["forbidden_text"] if p["forbidden_place"] == "reask" else ("" if p["curt"] else d.pick(P.PATIENT_REASK))
        pre = pre if v else pre.replace("听清楚", "看清楚")
        d.agent(pre + d.fact_text(asked, not (p["fact"] == "wrong" and p["wrong_fact"] == asked["key"])), "reask")

    # --- follow-up question --------------------------------------------------------------
    fu = sc["followup"]
    has_fu = p["resolution"] == "nonanswer_followup" or p["followup"]
    fu_kw = {}
    if p["unannounced"] != "none" and p["unannounced_slot"] == "followup":
        fu_kw["unannounced"] = p["unannounced"]
    if p["slow_reply_slot"] == "followup":
        fu_kw["slow_reply"] = True
    if has_fu:
        i = rng.randrange(len(fu["q"]))
        d.add("customer", fu["q"][i], "followup", long=True)
        ans = d.pick(P.NON_ANSWER) if p["resolution"] == "nonanswer_followup" else fu["a"][min(i, len(fu["a"]) - 1)]
        if p["unannounced"] in ("long", "vlong") and rng.random() < 0.4:
            ans = d.pick(["让您久等了，", "不好意思久等了，"]) + ans   # thanked, but never announced: still an unannounced hold
        d.agent(ans, "fu_answer", **fu_kw)

    # --- action, proactive fact, reference ----------------------------------------------
    tail = []
    if acts and asked:
        act = d.pick(acts)
        if p["lookalike_slot"] == "action":
            act = "您不用自己跑营业厅了，我这边直接帮您办好了。" + act
        tail.append(act)
    if proactive and p["fact"] != "missing_proactive":
        tail.append(d.fact_text(proactive, not (p["fact"] == "wrong" and p["wrong_fact"] == proactive["key"])))
    if p["reference"] == "ok":
        ref = p["ref_spoken"]
        tail.append(d.pick(REF_OK).format(w=sc.get("ref_word", dom["ref_word"]), r=ref))
    elif p["reference"] == "missing":
        tail.append(d.pick(REF_MISSING))
    if tail:
        d.agent("".join(tail), "action")
        if p["verification"] == "late" and acts and asked:
            verify()
    if p["closing"] == "hangup":
        d.add("customer", d.pick(["行吧，知道了。", "好吧，那就这样吧。", "嗯，我知道了。"]), "hangup")
        return d.beats
    d.add("customer", d.pick(["好的，谢谢。", "行，那我等着。", "嗯，明白了。", "好，知道了。", "哦，那行。"]))

    # --- anything else / survey / closing ------------------------------------------------
    d.agent("还有别的吗？" if p["curt"] else d.pick(P.ANYTHING_ELSE_VOICE if v else P.ANYTHING_ELSE_CHAT), "q", "anything_else")
    d.add("customer", d.pick(P.CUSTOMER_NOTHING_ELSE), gap_customer_pause=p["customer_pause"] == "end")
    survey = d.pick(P.SURVEY_VOICE if v else P.SURVEY_CHAT) if p["survey"] == "ok" else ""
    survey = curtify(survey) if p["curt"] else survey
    closing = ""
    if p["closing"] == "ok":
        closing = "行，再见。" if p["curt"] else d.pick(P.CLOSING_VOICE if v else P.CLOSING_CHAT).format(org=org)
        if p["lookalike_slot"] == "close":
            closing = d.pick(["如有不清楚的地方请随时联系我们。", "以后有不明白的随时找我们。"]) + closing
    if p["closing"] == "missing":
        last = survey or d.pick(P.NON_CLOSING_LAST)
        d.agent(last, "last", "nocurt")
        d.add("customer", d.pick(P.CUSTOMER_BYE))
        return d.beats
    if survey and rng.random() < 0.5:
        d.agent(survey, "survey", "nocurt")
        d.add("customer", d.pick(["好。", "嗯，好的。", "行。"]), "ack")
        d.agent(closing, "last", "nocurt")
    else:
        d.agent(survey + closing, "last", "nocurt")
    if rng.random() < 0.6:
        d.add("customer", d.pick(P.CUSTOMER_BYE))
    return d.beats
