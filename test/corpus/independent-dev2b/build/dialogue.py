"""Assemble the turns of one contact from the hand-written material and its defect flags.

A turn is a dict: sp (speaker), text, and tags the timing/labelling code reads:
  ask       the agent hands the word to the customer (question / request)
  announce  the agent asks the customer to wait / announces a look-up
  thanks    the agent thanks / apologises for a wait at the start of the turn
  ack       a bare customer acknowledgement (好的/嗯)
  gap       how the silence BEFORE this turn is made: normal | dead | hold | short_hold | cpause |
            overlap | nearmiss | cust_overlap | late_first
  role      what the turn is for (open, answer, follow, closing …) – used by the self-checks."""
import re
from common import *

# wording a QA reader takes as acknowledging / apologising (kept out of empathy-fail replies)
EMP_RE = re.compile(r"抱歉|对不起|不好意思|理解|久等|着急|别急|歉|我们的问题|没做好|添麻烦|添马烦|闹心|心情|困扰|没说清楚|不是[您你].{0,4}的问题|意见|反馈|说得对|不好理解|不够清楚|感受|对不住")


# lines that answer a customer who asks the same thing again (impatient 忌语 or patient look-alike)
REASK_FIT = re.compile(r"说了|说过|简单|不会看|听我说|没说清楚|慢慢来|重复|不太清楚|着什么急|听不懂|八百遍|换个说法|不好理解")


REFUND_SCENARIOS = {"game-minor-refund-01", "app-auto-renew-03", "ride-overcharge-02", "rental-cancel-04", "card-annual-fee-04", "game-topup-missing-04"}


def joined(a, b):
    """Two sentences of one speaker; a comma where the first has no end mark."""
    return a + ("" if a[-1] in "。！？!?~" else "，") + b


def T(sp, text, gap="normal", **tags):
    return dict(sp=sp, text=text, gap=gap, **tags)


def fill(text, ctx):
    out = re.sub(r"\{([a-z0-9-]+)\}", lambda m: str(ctx.get(m.group(1), m.group(0))), text)
    return out.replace("热线服务热线", "服务热线").replace("热线热线", "热线").replace("客服客服", "客服")


def fact_values(sc, f, rng, voice):
    """Value used for each fact: an accepted one, or a known-wrong one for the injected fact."""
    vals, wrong_key = {}, None
    if f.get("wrong_fact"):
        wrong_key = rng.choice(sc["facts"])["key"]
    for fa in sc["facts"]:
        ok = [fa["expected"]] + fa["variants"]
        pool = fa["wrong"] if fa["key"] == wrong_key else ok
        if voice:
            pool = [v for v in pool if not re.search(r"\d", v)] or pool
        vals[fa["key"]] = rng.choice(pool)
    return vals, wrong_key


def ref_number(rng, voice, label):
    """A ticket number (chat: letters + digits; voice: digits, spoken by the generator)."""
    digits = "2026120" + str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(4))
    if voice:
        return digits[2:] if rng.random() < 0.5 else digits
    return rng.choice(["GD", "SL", "TS", "BX", ""]) + digits


NOT_REF = [
    "已经给您登记好了，预计{m}月{d}号之前处理完，有进展会短信通知您。",
    "这边已经帮您提交了，有进展会短信通知您，有问题您打我们热线就行。",
    "已经给您记录了，后续会有同事联系您尾号{t}的手机。",
    "已经帮您提交了，涉及金额{amt}元会一并核实。",
    "好的，已经记上了，{m}月{d}号以前会给您答复，到时候留意一下{ph}这个号码的来电。",
]


def build(dom, sc, f, rng, ctx):
    voice = sc["channel"] == "voice"
    curt = f.get("curt")
    turns = []
    A = lambda text, gap="normal", **k: turns.append(T("agent", text, gap, **k))
    C = lambda text, gap="normal", **k: turns.append(T("customer", text, gap, **k))
    vals, wrong_key = fact_values(sc, f, rng, voice)
    ctx = dict(ctx, **vals)

    # 1. opening (greeting / staff id)
    greet, idpos = not f.get("no_greeting"), (0 if f.get("no_id") else 2 if f.get("id_second") else 1)
    pool = {(True, 1): OPEN_WITH_ID, (False, 1): OPEN_NO_GREET_WITH_ID,
            (True, 0): OPEN_GREET_NO_ID, (False, 0): OPEN_BARE}[(greet, 1 if idpos == 1 else 0)]
    A(fill(rng.choice(pool), ctx), "late_first" if f.get("late_first") else "normal", ask=True, role="open")

    # 2. customer's question (complaint at the start or later)
    comp_at = None
    if f.get("complaint"):
        comp_at = "open" if (sc["req"]["empathy"] or f.get("hangup") or rng.random() < 0.6) else "follow"
    q = rng.choice(sc["opens"])
    if comp_at == "open":
        if rng.random() < 0.35:
            q = joined(q, rng.choice(dom["complaint_extra"]))
        else:
            q = rng.choice(COMPLAINT_OPEN) + q
    C(q, role="question", complaint=comp_at == "open")

    def empathy_part():
        if f.get("no_empathy"):
            return rng.choice(NO_EMPATHY)
        return rng.choice(EMPATHY_CURT if curt else EMPATHY)

    prefix = empathy_part() if comp_at == "open" else ""
    # hard negatives for agent-id: numbers in turn 2 that are not a staff number
    if idpos == 0 and rng.random() < 0.55:
        prefix += fill(rng.choice(NOT_ID_NUMBERS), ctx)
        f["_not_id_numbers"] = True
    elif idpos == 2:
        prefix += fill(rng.choice(SECOND_TURN_ID), ctx)

    # 3. identity check and required information: each an ask + a reply
    asks = []
    need_verify = sc["req"]["verification"]
    if need_verify and not f.get("no_verify"):
        k = rng.randrange(len(dom["verify_ask"]))
        asks.append(("verify", dom["verify_ask"][k], dom["verify_reply"][k]))
    omitted = None
    info = list(sc["info"])
    if info and f.get("omit_info"):
        omitted = rng.choice(info)["key"]
    for it in info:
        if it["key"] != omitted:
            asks.append(("info", rng.choice(it["asks"]), rng.choice(it["replies"])))
    pause_at = rng.randrange(len(asks)) if (asks and f.get("cpause")) else None
    for n, (kind, ask, reply) in enumerate(asks):
        lead = prefix if n == 0 else rng.choice(["好的，", "嗯，", "好，", "收到，", ""])
        if n > 0 and asks[n - 1][0] == "verify":
            lead = rng.choice(["好的，核实过了，", "好的，信息核对无误。", "谢谢，身份核实好了，"])
        A(lead + ask, ask=True, role=kind)
        prefix = ""
        if n == pause_at and voice and rng.random() < 0.5:
            C(rng.choice(CUST_PAUSE_LEAD), role="pause-lead")
            C(reply, "cpause", role="reply")
        else:
            C(reply, "cpause" if n == pause_at else "normal", role="reply")
    if asks and asks[-1][0] == "verify":
        prefix = rng.choice(["好的，核实过了，", "好的，信息核对无误。", "谢谢，身份核实好了，"])

    # 4. look-up (announced hold / silent look-up = dead air) and the answer
    hold = f.get("hold")
    dead_at = f.get("_dead_at")
    answer_gap = "normal"
    if hold:
        ann = rng.choice(CURT_ASK_WAIT) if curt else rng.choice(HOLD_ANNOUNCE if voice else HOLD_ANNOUNCE_CHAT)
        A(prefix + ann, announce=True, role="announce")
        prefix = ""
        if rng.random() < 0.5:
            C(rng.choice(CUST_ACK), ack=True, role="ack")
        answer_gap = "short_hold" if hold == "short" else "hold"
    if dead_at == "lookup":
        answer_gap = "dead"
    thanks = ""
    if hold in ("thanked", "short") and not (hold == "short" and rng.random() < 0.5):
        thanks = rng.choice(HOLD_THANKS_NEUTRAL if f.get("no_empathy") else HOLD_THANKS)
    body = prefix
    if need_verify and sc.get("disclose"):
        body += sc["disclose"]
    if f.get("non_answer"):
        body += rng.choice(NON_ANSWER)
    else:
        ans = rng.choice(sc["curt"] if curt else sc["answers"])
        body += (rng.choice(CURT_BEFORE_ANSWER) if curt else "") + fill(ans, ctx)
    if sc["ref"]:
        if not f.get("no_ref"):
            num = ref_number(rng, voice, sc["ref"])
            body += rng.choice(["给您生成的{r}是{x}，您记一下。", "{r}：{x}，请您留存。", "这边{r}是{x}，后续查询报这个号就行。",
                                   "我给您登记上了，{r}{x}，您拿笔记一下。", "您的{r}是{x}，我再重复一遍，{x}。"]).format(r=sc["ref"], x=num)
        else:
            body += fill(rng.choice(NOT_REF), ctx)
    A(body, answer_gap, thanks=bool(thanks), role="answer")
    turns[-1]["text"] = thanks + turns[-1]["text"]

    part = ""
    if f.get("forbidden"):
        line, rude = rng.choice(FORBIDDEN)
        f["_rude"] = rude
        part = fill(line, ctx)
    elif f.get("lookalike"):
        pool = [x for x in LOOKALIKE if not (f.get("no_empathy") and EMP_RE.search(x))
                and not (f.get("no_closing") and "随时联系" in x)  # would read as a closing
                and not ("直接退" in x and sc["id"] not in REFUND_SCENARIOS)]
        part = fill(rng.choice(pool), ctx)
    if part and not f.get("hangup") and REASK_FIT.search(part) and rng.random() < 0.85:  # the customer asks again
        C(rng.choice(REASK), role="reask")
        again = "目前还没有结论，记录已经提交了。" if f.get("non_answer") else "就是" + fill(rng.choice(sc["curt"]), ctx)
        A(part + again, role="reask-a", defect_turn=True)
        part = ""

    if f.get("hangup"):
        C(rng.choice(CUST_HANGUP), role="hangup")
        return turns, dict(vals=vals, wrong_key=wrong_key, omitted=omitted, comp_at=comp_at, idpos=idpos)

    # 5. a follow-up question (complaint / forbidden words / look-alikes live here)
    fq, fa = rng.choice(sc["follow"])
    if comp_at == "follow":
        fq = joined(rng.choice(COMPLAINT_FOLLOW), fq)
    C(fq, role="follow-q", complaint=comp_at == "follow")
    part = (empathy_part() if comp_at == "follow" else "") + part
    if f.get("_late_id"):
        part = fill(rng.choice(LATE_ID), ctx) + part
    A(part + (rng.choice(CURT_FOLLOW_PREFIX) if curt else "") + fa, "dead" if dead_at == "follow" else "normal", role="follow-a",
      defect_turn=bool(part))

    # 6. end: survey, closing
    C(rng.choice(CUST_END), "cust_overlap" if voice and rng.random() < 0.2 else "normal", role="end")
    survey = ""
    if sc["req"]["survey"] and not f.get("no_survey"):
        survey = rng.choice(SURVEY if voice else SURVEY_CHAT)
    if f.get("no_closing"):
        if survey:
            A(survey, role="survey")
            C(rng.choice(["好。", "嗯，好的。", "行。"]), role="ack")
        A(rng.choice(NOT_CLOSING), role="last", ask=True)
        C(rng.choice(["没了。", "没有了。", "没了，谢谢。"]), role="bye")
    else:
        close = rng.choice((CLOSING if voice else CLOSING_CHAT + CLOSING) + dom["closing_extra"] * 2)
        if survey and rng.random() < 0.5:
            A(survey, role="survey")
            C(rng.choice(["好的。", "嗯。", "行。"]), role="ack")
            A(close, role="closing")
        else:
            A(survey + close, role="closing")
        if rng.random() < 0.6:
            C(rng.choice(CUST_BYE), role="bye")
    return turns, dict(vals=vals, wrong_key=wrong_key, omitted=omitted, comp_at=comp_at, idpos=idpos)


def plain_register(text, rng):
    """Plain-spoken but warm: 你 in places, 好嘞/辛苦了/哈 (still courteous)."""
    for a, b in PLAIN_SWAPS:
        if rng.random() < 0.6:
            text = text.replace(a, b)
    return text


def curt_register(text):
    """A cold agent: 你 for 您, no 请/麻烦/谢谢, no softeners."""
    for a, b in (("您好", "你好"), ("请您", "你"), ("您", "你"), ("请问", ""), ("麻烦", ""), ("哈", ""), ("~", "")):
        text = text.replace(a, b)
    return re.sub(r"(?<![申邀])请", "", text)
