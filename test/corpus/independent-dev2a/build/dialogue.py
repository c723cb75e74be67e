"""Turns a plan (plan.py) into an ordered list of turn specs.

A turn spec is {sp, text, gap, ...}: `gap` names how long the silence before it is (timeline.py
draws the milliseconds), `asks` marks an agent turn that hands the word to the customer,
`announce` one that asks the customer to wait, `thanks` one that thanks for a wait. These marks
are the generator's own judgement of the line it picked (each list in common_lines.py has one
meaning), and the silence labels are computed from them.
"""
import re
import common_lines as L

EMPATHY_WORDS = re.compile(r"抱歉|对不起|不好意思|理解|添麻烦|着急|我们的问题|不到位|闹心|委屈|体会|道个歉")
NO_APOLOGY_THANKS = ["感谢您的耐心等待，", "久等了，谢谢您，", "谢谢您的等待，"]
COMPLAINT_REPLY = ["我这边把您的意见如实记录，反馈给相关部门。", "我帮您备注加急，尽快给您处理。",
                   "您说的情况我会在系统里登记，后面会有专人跟进。"]
COMPLAINT_REPLY_FLAT = ["我先把您的情况登记一下。", "我接着帮您处理。", "那我接着给您说后面的操作。"]
OUT_OF_SCOPE = {
    "railway": ["对了，车站停车场收费的事你们能管吗？", "顺便问下，我想办个残疾人优惠证明，找你们吗？"],
    "tax": ["另外，社保缴费基数的事你们这能问吗？", "对了，公积金提取你们能查吗？"],
    "securities": ["顺便问一下，我想开个期货账户，你们能办吗？", "我银行卡那边的转账限额你们能调吗？"],
    "food-delivery": ["还有，我想申请成为你们的商家，找谁？", "对了，骑手招聘是你们这管吗？"],
    "hotel-travel": ["对了，机票改期你们这能弄吗？", "顺便问下，签证的事你们能帮忙吗？"],
    "appliance-repair": ["顺便问下，我想买台新冰箱，有优惠吗？", "我家燃气灶也不好使，你们能修吗？"],
}
CURT_SUBS = [("您", "你"), ("(?<![申邀])请问", ""), ("麻烦", ""), ("(?<![申邀])请", ""), ("哈", ""), ("好的，", ""), ("呢", "")]


def curtify(text):
    """A cold register: no 您/请/麻烦, no softeners. Keeps every fact value intact."""
    for a, b in CURT_SUBS:
        text = re.sub(a, b, text)
    return text


class Filler:
    """Fills {placeholders}; numbers are wrapped in ⟦⟧ so timeline.py can speak them in words."""

    def __init__(self, rng, org):
        self.rng = rng
        self.org = org
        r = rng
        self.vals = dict(
            org=org, id=f"⟦{r.choice([str(r.randint(10, 99)), str(r.randint(100, 999)), str(r.randint(1000, 9999))])}⟧",
            name=r.choice("王李张刘陈杨赵黄周吴徐孙马朱胡林郭何"), d4=f"⟦{r.randint(1000, 9999)}⟧",
            d6=f"⟦{r.randint(100000, 999999)}⟧", d9=f"⟦{r.randint(100000000, 999999999)}⟧",
            phone=f"⟦1{r.choice('3578')}{r.randint(100000000, 999999999)}⟧", day=str(r.randint(5, 28)),
            train=str(r.randint(11, 2999)), cname=r.choice(["张伟", "王芳", "李娜", "刘洋", "陈静"]),
            cname2=r.choice(["晓雯", "佳怡", "婷"]), phone_hint=r.choice(["四零零开头", "座机", "九五开头"]),
        )

    def __call__(self, text, **extra):
        vals = dict(self.vals, **extra)
        out = re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], text)
        # org names that already end in 客服/中心 inside templates that add it again
        for a, b in (("中心客服中心", "中心"), ("客服中心客服", "客服中心"), ("客服客服", "客服"), ("热线服务热线", "服务热线")):
            out = out.replace(a, b)
        return out


def build_turns(p, rng):
    sc, curt, voice = p["sc"], p["curt"], p["channel"] == "voice"
    org = rng.choice(p["dom"]["org_variants"])
    if not voice:  # numbers in words are how speech is transcribed; chat writes digits
        org = org.translate(str.maketrans("幺二三零六", "12306"))
    f = Filler(rng, org)
    T = []
    A = lambda text, **kw: T.append(dict(sp="agent", text=f(text), **kw))
    C = lambda text, **kw: T.append(dict(sp="customer", text=f(text), **kw))
    pick = rng.choice
    meta = dict(org=org)

    # opening
    if curt:
        opening = ("你好，" if p["greeting"] else "喂，") + (pick(["工号{id}，", "{id}号，"]) if p["agentid"] == "first" else "") \
            + pick(["什么事？", "说吧。", "讲。"])
    elif p["greeting"]:
        opening = pick(L.OPEN_GREET_ID if p["agentid"] == "first" else L.OPEN_GREET_NOID)
    else:
        opening = pick(L.OPEN_NOGREET_ID if p["agentid"] == "first" else L.OPEN_NOGREET_NOID)
    A(opening, gap="first", asks=True, kind="opening")

    need = pick(sc["needs"])
    if p["complaint"] == "opening" and rng.random() < 0.4:
        need += pick(L.COMPLAINTS_ANGRY)
    C(need, kind="need", complaint=p["complaint"] == "opening")

    # what the next agent turn starts with: the id (2nd-turn form) and/or the answer to a complaint
    prefix = []
    if p["agentid"] == "second":
        prefix.append("我{id}号，" if curt else pick(L.SECOND_TURN_ID))
    elif p["agentid"] == "none" and rng.random() < 0.6:
        prefix.append(pick(L.NUMBER_ECHOES[p["domain"]]))
    if p["complaint"] == "opening":
        prefix.append(("哦，不好意思啊，" if curt else pick(L.EMPATHY)) if p["empathy"] else pick(L.NO_EMPATHY))

    def take_prefix():
        s = "".join(prefix)
        prefix.clear()
        return s

    if p["verification"] is True:
        vq, va = pick(L.VERIFY_PAIRS_CURT if curt else L.VERIFY_PAIRS)
        A(take_prefix() + vq, asks=True, kind="verify-ask")
        if p["customer_pause"] and not sc["requiredInfo"]:
            C(pick(L.PAUSE_LEADS) + pick(va), gap="customer_pause", kind="verify-give")
            meta["customer_pause"] = True
        else:
            C(pick(va), kind="verify-give")
        prefix.append("行，" if curt else pick(L.VERIFY_OK))

    pause_done = False
    for i, item in enumerate(sc["requiredInfo"]):
        if p["required_skip"] == i:
            continue
        A(take_prefix() + pick(item["curt"] if curt else item["asks"]), asks=True, kind=f"ask:{item['key']}")
        reply = pick(item["replies"])
        if p["customer_pause"] and not pause_done:
            C(pick(L.PAUSE_LEADS) + reply, gap="customer_pause", kind="reply")
            meta["customer_pause"] = True
            pause_done = True
        else:
            C(reply, kind="reply")

    # the look-up and the answer
    mode = p["lookup"]
    in_empathy_window = lambda: p["complaint"] == "opening" and p["empathy"] is False and \
        sum(1 for t in T if t["sp"] == "agent" and t.get("kind") != "opening") < 2
    announced = mode in ("hold_ok", "hold_nothanks") or (mode == "quick" and rng.random() < 0.6)
    back = ""
    if announced:
        A(take_prefix() + pick(L.ANNOUNCE_LOOKUP_CURT if curt else L.ANNOUNCE_LOOKUP), announce=True, kind="announce")
        if rng.random() < 0.5:
            C(pick(["好的。", "嗯。", "行。", "好的好的。"]), kind="ack")
        if mode == "hold_ok":
            if curt:
                back = "久等了，"
            else:
                back = pick(NO_APOLOGY_THANKS if in_empathy_window() else L.THANKS_AFTER_HOLD)
        elif mode == "hold_nothanks":
            back = pick(L.BACK_NO_THANKS)
    disclose = f(pick(sc["disclose"])) if sc["disclose"] else ""
    ans = p["answer"]
    answer = pick(sc["nonanswers"]) if ans == "nonanswer" else pick(sc["answers"][ans])
    text = take_prefix() + back + disclose + answer
    A(curtify(text) if curt else text, gap="lookup" if mode != "quick" else ("lookup_short" if announced else None),
      thanks=mode == "hold_ok", kind="answer", hold_music=p["hold_music"])

    # a complaint later in the contact
    if p["complaint"] == "later":
        C(pick(L.COMPLAINTS_ANGRY if rng.random() < 0.5 else L.COMPLAINTS_MILD), kind="complaint", complaint=True)
        if p["empathy"]:
            reply = ("哦，不好意思。" if curt else pick(L.EMPATHY) + pick(COMPLAINT_REPLY))
        else:
            reply = pick(L.NO_EMPATHY) + ("嗯。" if curt else pick(COMPLAINT_REPLY_FLAT))
        A(reply, kind="complaint-reply")

    # follow-up question: where a 忌语, a look-alike or a plain answer goes
    fu, fa = pick(sc["followups"])
    if voice and p["interruption"]:
        fu = fu + pick(["我就是想问清楚一点，免得到时候搞错。", "这个我得提前安排一下时间。", "你说详细一点哈。"])
    C(fu, kind="followup", interrupted=voice and p["interruption"], backchannel=voice and p["backchannel"])
    # the follow-up always gets its real answer; 忌语 and look-alikes sit before or after it, or answer
    # an out-of-scope question the customer adds (buck-passing and its helpful twin, the referral)
    out_of_scope = None
    nonempathic = (lambda pool: [x for x in pool if not EMPATHY_WORDS.search(x)]) if p["empathy"] is False else (lambda pool: pool)
    reply = fa
    if p["forbidden"] is not None:
        cat, line = L.FORBIDDEN[p["forbidden"] % len(L.FORBIDDEN)]
        meta["forbidden"] = (cat, line)
        if cat in ("dismissive", "buck-passing"):
            out_of_scope = line
        elif line in L.FORBIDDEN_AS_SUFFIX:
            reply = fa + line
        else:
            reply = line + fa
    elif p["lookalike"]:
        kind = pick(["prefix", "suffix", "referral"])
        if kind == "referral":
            out_of_scope = pick(L.LOOKALIKES_REFERRAL)
            meta["lookalike"] = out_of_scope
        else:
            la = pick(nonempathic(L.LOOKALIKES_PREFIX if kind == "prefix" else L.LOOKALIKES_SUFFIX))
            meta["lookalike"] = la
            reply = la + fa if kind == "prefix" else fa + la
    A(reply, kind="followup-reply", interrupts=voice and p["interruption"])
    if out_of_scope:
        C(pick(OUT_OF_SCOPE[p["domain"]]), kind="out-of-scope")
        A(out_of_scope, kind="referral")

    # reference number
    if p["reference"] is not None:
        C(pick(["好的。", "嗯，那行。", "那你给我个单号吧。", "行吧。"]), kind="ack")
        if p["reference"]:
            ref = f"⟦{pick(['', 'GD', 'TS', 'SH', 'WX'])}{rng.randint(2026120100, 2026123199)}{rng.randint(10, 99)}⟧"
            meta["reference"] = ref.strip("⟦⟧")
            line = pick(L.REF_GIVE)
            A(f(line, label=sc["ref_label"], ref=ref), kind="reference")
        else:
            A(pick(L.REF_MISSING), kind="no-reference")

    if p["hangup"]:
        C(pick(L.CUSTOMER_QUIT), kind="quit")
        return finish(T, meta, curt, p, rng)

    survey_pool = [s for s in L.SURVEY if ("点一下" not in s or not voice) and ("挂机" not in s or voice)]
    survey = pick(survey_pool) if p["survey"] else ""
    C(pick(L.CUSTOMER_WRAP), kind="wrap")
    if p["closing"] == "pass":
        if rng.random() < 0.4:
            A(pick(L.ANYTHING_ELSE), asks=True, kind="anything-else")
            C(pick(["没有了。", "没了没了。", "没有了，谢谢。"]), kind="wrap2")
        closings = [c for c in L.CLOSINGS if ("出行" not in c and "旅途" not in c or p["domain"] in ("railway", "hotel-travel"))
                    and ("投资" not in c or p["domain"] == "securities") and ("评价" not in c or p["survey"] is None)
                    and ("用餐" not in c or p["domain"] == "food-delivery") and (voice or not any(w in c for w in ("打过来", "挂", "来电")))]
        A(survey + (pick(L.CLOSINGS_CURT) if curt else pick(closings)), kind="closing")
        if voice and rng.random() < 0.3:
            C(pick(["好，拜拜。", "嗯再见。", "拜拜。"]), kind="bye")
    else:
        survey = survey.replace("，谢谢，", "，").replace("谢谢", "")
        A(("好的，" if not curt else "") + survey + pick(L.ANYTHING_ELSE), asks=True, kind="anything-else")
        C(pick(["没有了。", "没了。", "嗯，没有了。"]), kind="wrap2")
        A(pick(L.BARE_ENDS), kind="bare-end")
    meta["survey_line"] = survey
    return finish(T, meta, curt, p, rng)


WARM_OPENERS = ["好嘞，", "行嘞，", "得嘞，", "没问题，"]


CHAT_WORDING = [("您先别挂", "您先别关闭窗口"), ("这个来电号码", "您留的那个号码"), ("九五开头", "95开头"), ("四零零开头", "400开头"),
                ("先挂了啊", "先下了啊"), ("挂了。", "先不聊了。"), ("回头再打", "回头再问")]
CHAT_TAILS = ["[捂脸]", "？？", "哈", "～", "[流泪]", ""]


def finish(T, meta, curt, p, rng):
    """A cold agent is cold in every line, not just in the answer. A plain-spoken warm agent says 你
    in places but keeps 请/麻烦/谢谢 and adds 好嘞/辛苦了 (politeness pass, a hard negative)."""
    chat = p["channel"] == "webchat"
    for t in T:
        if chat:  # phone-call wording does not fit a chat window
            for a, b in CHAT_WORDING:
                t["text"] = t["text"].replace(a, b)
        if chat and t["sp"] == "customer" and rng.random() < 0.25 and not t.get("complaint"):
            t["text"] = t["text"].rstrip("。") + rng.choice(CHAT_TAILS)
        if t["sp"] != "agent" or t.get("kind") == "opening":
            continue
        # e-commerce chat register: 亲 (courteous on these platforms)
        if chat and not curt and p["domain"] in ("food-delivery", "hotel-travel") and rng.random() < 0.35 \
                and t.get("kind") in ("answer", "followup-reply", "reference", "anything-else"):
            t["text"] = "亲，" + t["text"]
        if curt:
            t["text"] = curtify(t["text"])
        elif p["warm_plain"]:
            if rng.random() < 0.6:
                t["text"] = t["text"].replace("您", "你")
            if t.get("kind") in ("answer", "followup-reply", "reference") and rng.random() < 0.6:
                t["text"] = rng.choice(WARM_OPENERS) + t["text"]
            if t.get("thanks"):
                t["text"] = "辛苦你等了，" + t["text"]
    return T, meta
