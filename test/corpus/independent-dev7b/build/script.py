"""Assembles one contact's dialogue (who says what, and which silences) from the hand-written pools.

Returns a list of turn specs: {sp, text, gap, tag}. `gap` is the silence before the turn in ms as the
author intends it (None = a natural gap chosen by timeline.py); `tag` names timing roles.
"""
import re

from material_common import (GREETINGS, NO_GREETING_OPENERS, CURT_OPENERS, ID_PASS_VOICE, ID_PASS_CHAT, ID_FAIL,
                             WAIT_ASKS, HOLD_THANKS, HOLD_BACK_PLAIN, EMPATHY_PASS, EMPATHY_FAIL, GENERIC_COMPLAINTS,
                             CUSTOMER_NON_COMPLAINTS, WRAPUP_QUESTIONS, CLOSINGS, CURT_CLOSINGS, NON_CLOSINGS, SURVEYS,
                             VERIFY_ASKS, VERIFY_OK)
from material_phrases import (FORBIDDEN, SOFT_CATEGORIES, RUDE_CATEGORIES, POLITE_LOOKALIKES, CURT_ACKS, WARM_ACKS,
                              NON_ANSWERS, REFERRAL_WITH_HELP)

AGENT_NAMES = ["李婷", "周敏", "韩雪", "蒋涛", "潘玉洁", "温晴", "陆一鸣", "秦川", "罗佳", "万芳", "曹蕾", "宋可欣"]
# 感谢您的来电 at the START of a contact: a closing-like phrase that is no 结束语 (hard negative)
OFFERS = ["请问有什么可以帮您？", "您请讲。", "您说，我听着。", "有什么需要您尽管说。", "这边能帮您点什么？", "请问您要办理什么业务？",
          "感谢您的来电，请问需要办理什么？"]
CURT_EMPATHY_FAIL = ["别急。", "先说事。", "按流程来。", "知道了。"]
DIGIT_WORDS = dict(zip("0123456789", "零幺二三四五六七八九"))
CARDINAL = dict(zip("0123456789", "零一二三四五六七八九"))
DECOYS = ["有问题您也可以直接拨打{hotline}。", "涉及金额以短信为准。", "预计12月8号前处理完。", "您的来电号码我这边已经备注了。"]
CUSTOMER_OKS = ["好的。", "行，知道了。", "嗯嗯。", "那行吧。", "OK。", "好嘞。"]
CUSTOMER_THANKS = ["好的谢谢啊。", "行，辛苦了。", "明白了，谢谢。", "嗯，那就这样。"]
CUSTOMER_NOMORE = ["没了。", "没有了，谢谢。", "暂时没有。", "没啦~"]
CUSTOMER_LEAVE = ["行行行我知道了，先挂了啊。", "好我知道了，我这有电话进来，先挂了。", "懂了，拜拜。"]


def render(text, courteous):
    """Applies the register markup: {您} and «softeners»."""
    if courteous:
        return text.replace("{您}", "您").replace("«", "").replace("»", "")
    text = re.sub("«[^»]*»", "", text).replace("{您}", "你")
    return text.replace("您", "你")


def spoken_digits(s, words):
    return "".join((words.get(ch, ch)) for ch in s)


def build_script(rng, sc, dom, channel, plan, idx):
    turns, meta = _assemble(rng, sc, dom, channel, plan, idx)
    if channel != "voice":  # chats have no 来电 or 挂机: same sentences, the chat's words
        for t in turns:
            if t["sp"] == "agent":
                t["text"] = (t["text"].replace("来电号码", "预留号码").replace("来电", "咨询").replace("再打过来", "再找我们")
                             .replace("挂机", "结束对话"))
    return turns, meta


def _assemble(rng, sc, dom, channel, plan, idx):
    voice = channel == "voice"
    courteous = plan["register"] != "curt"
    R = lambda t: render(t, courteous)
    name = rng.choice(AGENT_NAMES)
    staff = rng.choice(["", "", "A", "K"]) + str(rng.randint(1000, 9899))
    staff_spoken = spoken_digits(staff, DIGIT_WORDS) if voice and rng.random() < 0.6 else staff
    fill = {"org": dom["org"], "hotline": dom["hotline"], "name": name, "id": staff, "idw": staff_spoken}
    fact = sc["fact"]
    # phone-only wording (挂机, 按1, 别挂) stays out of chats, chat-only wording (对话框, 星星) out of calls
    phone_words, chat_words = ("挂", "按1"), ("对话框", "星星")
    fits = lambda line: not any(w in line for w in (chat_words if voice else phone_words))
    wait_asks = [w for w in WAIT_ASKS if fits(w)]
    surveys = [w for w in SURVEYS if fits(w)]
    turns = []
    meta = {"staff": staff, "agent_name": name, "forbidden": [], "complaints": 0, "ref_no": None}

    def A(text, tag=None, gap=None):
        turns.append({"sp": "agent", "text": text, "gap": gap, "tag": tag})

    def C(text, tag=None, gap=None):
        turns.append({"sp": "customer", "text": text, "gap": gap, "tag": tag})

    def pick_value(vals):
        if voice:
            spoken = [v for v in vals if not re.search(r"[0-9%/]", v)]
            if spoken and rng.random() < 0.6:
                return rng.choice(spoken)
        return rng.choice(vals)

    def id_phrase():
        pool = ID_PASS_VOICE if voice else ID_PASS_CHAT
        return R(rng.choice(pool).format(**fill))

    def empathy(ok):
        if ok:
            return rng.choice(EMPATHY_PASS)
        return rng.choice(EMPATHY_FAIL) if courteous else rng.choice(CURT_EMPATHY_FAIL)

    def ack():
        return rng.choice(WARM_ACKS) if courteous else rng.choice(CURT_ACKS)

    # --- the rude / soft 忌语 line and where it goes
    bad_line, bad_at = None, None
    if plan["register"] == "rude":
        cat = rng.choice(RUDE_CATEGORIES)
        bad_line, bad_at = rng.choice(FORBIDDEN[cat]), rng.choice(["A2", "A4"])
    elif plan["soft_forbidden"]:
        cat = rng.choice(SOFT_CATEGORIES)
        bad_line, bad_at = rng.choice(FORBIDDEN[cat]), "A4"
    if bad_line:
        meta["forbidden"].append(bad_line)

    # --- A0 opening
    if courteous:
        head = rng.choice(GREETINGS) if plan["greeting"] else rng.choice(NO_GREETING_OPENERS).format(**fill)
        if plan["greeting"] and rng.random() < 0.5:
            head += rng.choice(["欢迎致电{org}，", "这里是{org}，", "{org}，"]).format(**fill)
        idp = id_phrase() if plan["id_pos"] == "first" else (rng.choice(ID_FAIL).format(**fill) if rng.random() < 0.5 else "")
        offer = rng.choice(OFFERS)
        if not voice:  # a chat has no 来电
            offer, idp = offer.replace("来电", "咨询"), idp.replace("来电", "账号")
        if sc["domain"] == "ecom" and not voice and rng.random() < 0.5:
            offer = "亲，在的哦，" + offer
        a0 = head + idp + offer
    else:
        a0 = rng.choice(CURT_OPENERS).format(**fill)
        if plan["id_pos"] == "first":
            a0 = a0.rstrip("。") + "，工号{}。".format(staff_spoken)
    A(a0, tag="first")

    # --- C1 the customer's issue (complaint at the open for complaint scenarios)
    open_line = rng.choice(sc["open"])
    if plan["customer_sorry"]:
        sorry_line, sorry_answer = rng.choice(CUSTOMER_NON_COMPLAINTS)
        C(sorry_line)
        sorry_reply = R(sorry_answer)
        if plan["id_pos"] == "second":  # the agent's 2nd turn is this one
            sorry_reply = id_phrase() + sorry_reply
        A(sorry_reply)
    if plan["complain_open"]:
        comp = rng.choice(sc["complain"] + GENERIC_COMPLAINTS[:3])
        meta["complaints"] += 1
        if not voice and plan["chat_burst"]:
            C(open_line)
            C(comp, gap=rng.randint(2500, 6000), tag="burst")
        else:
            C(open_line + ("" if open_line[-1] in "。！？!?" else "，") + comp)
    elif not voice and plan["chat_burst"]:
        C(open_line)
        C(rng.choice(["在吗", "有人吗？", "急，麻烦快点", "😂"]), gap=rng.randint(2500, 6000), tag="burst")
    else:
        C(open_line)

    # --- A1 / C2 / A2 / C3: identity, disclosure, requiredInfo
    needs_verif = sc.get("verification", True)
    ask_info = R(rng.choice(sc["ask"]))
    parts = []
    emp_in_second = plan["complain_open"] and plan["empathy_ok"] and plan["empathy_second"]
    if plan["complain_open"] and not emp_in_second:
        parts.append(empathy(plan["empathy_ok"]))
    if plan["id_pos"] == "second" and not plan["customer_sorry"]:
        parts.append(id_phrase())
    if not parts or rng.random() < 0.5:
        parts.append(ack())
    v_i = rng.randrange(len(VERIFY_ASKS[sc["domain"]]))
    verify_ask, verify_reply = R(VERIFY_ASKS[sc["domain"]][v_i]), dom["verify_reply"][v_i]
    info_reply = rng.choice(sc["info"])
    if needs_verif and not plan["verify_fail"]:
        parts.append(verify_ask)
        A("".join(parts))
        C(verify_reply, tag="answer-ask")
        a2 = [empathy(True)] if emp_in_second else []
        if plan["id_pos"] == "late":
            a2.append(R("对了，{您}这边的对接人是我，我工号" + staff_spoken + "。"))
        a2.append(R(rng.choice(VERIFY_OK)))
        if sc.get("disclose"):
            a2.append(R(sc["disclose"]))
        a2.append(ask_info if plan["ask_info"] else R("我这边看一下具体情况。"))
        A("".join(a2), tag="A2")
        C(info_reply if plan["ask_info"] else rng.choice(CUSTOMER_OKS), tag="answer-ask")
    else:
        if needs_verif:  # discloses before any identity check
            parts.append(R(sc["disclose"]))
        parts.append(ask_info if plan["ask_info"] else R("{您}再具体说说«情况»。"))
        A("".join(parts))
        C(info_reply if plan["ask_info"] else rng.choice(["就是刚才说的那样。", "嗯，就这些。"]), tag="answer-ask")
        a2 = [empathy(True)] if emp_in_second else []
        if plan["id_pos"] == "late":
            a2.append(R("忘了说，我工号" + staff_spoken + "。"))
        if plan["verify_late"]:
            a2.append("对了，" + verify_ask)
            A("".join(a2), tag="A2")
            C(verify_reply, tag="answer-ask")
        else:
            a2.append(ack())
            A("".join(a2), tag="A2")
            C(rng.choice(CUSTOMER_OKS), tag="answer-ask")
    if bad_at == "A2":
        turns[-2]["text"] += bad_line

    # --- A3: (hold) + the fact
    exp_v = pick_value([fact["expected"]] + fact.get("variants", []))
    wrong_v = pick_value(fact["wrong"])
    say = R(rng.choice(sc["say"]))
    if plan["fact"] in ("ok", "ok-cust-wrong", "late-wrong"):
        fact_text = say.format(v=exp_v)
    elif plan["fact"] in ("fixed", "wrong"):
        fact_text = say.format(v=wrong_v)
    else:
        fact_text = R(rng.choice(["{cue}这块以系统最终显示为准。", "{cue}的话，按规定来。", "{cue}具体要看审核。"])).format(
            cue=fact["cues"][0])
    holds = plan["hold"]
    if holds in ("good", "no-thanks", "two-holds-one-bad"):
        A(R(rng.choice(wait_asks)), tag="wait-ask")
        if rng.random() < 0.6:
            C(rng.choice(["好。", "嗯，你查吧。", "行。"]))
        back = rng.choice(HOLD_THANKS) if (holds != "no-thanks" and courteous) else rng.choice(HOLD_BACK_PLAIN)
        A(back + fact_text, tag="after-hold")
    elif holds == "unannounced":
        A(rng.choice(HOLD_BACK_PLAIN) + fact_text, tag="after-silent-hold")
    else:
        A(fact_text, tag="A3")
    if plan["fact"] == "ok-cust-wrong":
        C("啊？我怎么听说是{}呢？".format(wrong_v))
        A(R("不是那个数，以我刚说的为准：") + say.format(v=exp_v))

    # --- C4 follow-up question (+ complaint), A4 answer
    q = sc["q"]
    if plan["complain_mid"]:
        q = q + rng.choice(sc["complain"] + GENERIC_COMPLAINTS[3:])
        meta["complaints"] += 1
    C(q, tag="q")
    a4 = []
    if plan["complain_mid"] and plan["empathy_ok"]:
        a4.append(empathy(True))
    elif plan["complain_mid"]:
        a4.append(empathy(False))
    if bad_at == "A4" and plan["register"] == "rude":
        a4.append(bad_line)
    if plan["answer"] == "real":
        a4.append(R(rng.choice(sc["a"])))
    elif plan["answer"] == "non":
        a4.append(R(rng.choice(NON_ANSWERS)))
    else:
        a4.append(R(rng.choice(REFERRAL_WITH_HELP)))
    if plan["fact"] == "fixed":
        a4.append(R(rng.choice(["不好意思，刚才我说错了，", "更正一下，", "哎我刚看错了，"])) + say.format(v=exp_v))
    elif plan["fact"] == "late-wrong":
        a4.append(R(rng.choice(["哦不对，我看成老规定了，", "纠正一下，"])) + say.format(v=wrong_v))
    if bad_at == "A4" and plan["register"] != "rude":
        a4.append(bad_line)
    if plan["lookalike"]:
        a4.append(rng.choice(POLITE_LOOKALIKES))
    A("".join(a4), tag="A4")

    # --- A5: action + reference (+ survey when the customer leaves early)
    C(rng.choice(CUSTOMER_OKS))
    a5 = [R(sc["act"])]
    if holds == "two-holds-one-bad":  # a second hold, announced but not thanked
        A(R(rng.choice(wait_asks)), tag="wait-ask")
        a5 = [rng.choice(HOLD_BACK_PLAIN) + R(sc["act"])]
    if sc.get("reference", True) and plan["reference"]:
        prefix = rng.choice(["GD", "SR", "", "BA", ""])
        ref = prefix + "2026" + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(4, 6)))
        meta["ref_no"] = ref
        ref_said = spoken_digits(ref, CARDINAL) if voice and rng.random() < 0.6 else ref
        a5.append(R(rng.choice(["{您}的" + dom["ref"][0] + "是{r}，«麻烦»记一下。", dom["ref"][-1] + "{r}，后续凭这个查询。",
                                 "给{您}生成的" + dom["ref"][0] + "：{r}。"])).replace("{r}", ref_said))
    if plan["ref_decoy"]:
        a5.append(R(rng.choice(DECOYS).format(**fill)))
    survey_now = plan["survey"] and (plan["early_hangup"] or rng.random() < 0.5)
    if survey_now:
        a5.append(R(rng.choice(surveys)))
    A("".join(a5), tag="after-hold" if holds == "two-holds-one-bad" else "A5")
    if plan["early_hangup"]:
        C(rng.choice(CUSTOMER_LEAVE) if voice else rng.choice(["好的知道了，我先下了。", "行，那我去等短信了", "OK，先这样👌"]), tag="leave")
        return turns, meta
    C(rng.choice(CUSTOMER_THANKS))
    a6 = []
    a6.append(R(rng.choice(WRAPUP_QUESTIONS)))
    if plan["survey"] and not survey_now:
        a6.append(R(rng.choice(surveys)))
    A("".join(a6), tag="A6")
    C(rng.choice(CUSTOMER_NOMORE))
    closing_line = rng.choice(CLOSINGS) if courteous else rng.choice(CURT_CLOSINGS)
    if plan["closing"] and plan["closing_in_second_last"]:
        A(closing_line, tag="second-last")
        C(rng.choice(["拜拜。", "好，再见~", "嗯嗯。"]))
        A(rng.choice(["嗯。", "好。"]), tag="last")
    elif plan["closing"]:
        A(closing_line, tag="last")
    else:
        A(rng.choice(NON_CLOSINGS), tag="last")
    return turns, meta
