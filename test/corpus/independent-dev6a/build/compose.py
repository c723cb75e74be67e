"""Composes one contact's turns from the hand-written material and a per-contact plan of defects.

The plan (chosen by gen.py with a seeded RNG) says which checks this contact should fail and which
hard negatives it carries; compose() writes the dialogue so the text carries exactly that, and
returns the text-based labels with a reason for every fail and tricky pass.
"""
import re
from pools import *  # noqa: F401,F403 - the pools are this module's vocabulary

CURT_DROP = ["请问", "麻烦您", "麻烦", "请您", "请", "谢谢您", "谢谢", "非常感谢", "感谢", "不好意思，", "哈", "哦"]


def curt(text):
    """The same line in a consistently curt register: 你 for 您, no softeners."""
    for w in CURT_DROP:
        text = text.replace(w, "")
    return text.replace("您", "你").replace("，，", "，").lstrip("，")


def spoken(digits):
    return "".join(SPOKEN_DIGITS.get(c, c) for c in digits)


def compose(scn, channel, plan, rng):
    items, lab, why = [], {}, {}
    pending = {}  # a gap the next agent turn must carry (the reply after a long customer burst)

    def A(text, tags=(), **kw):
        if "gap" not in kw and pending:
            kw["gap"] = pending.pop("gap")
        items.append(dict(sp="agent", text=(curt(text) if plan["curt"] and "keep" not in tags else text), tags=set(tags), **kw))

    C = lambda text, tags=(), **kw: items.append(dict(sp="customer", text=text, tags=set(tags), **kw))
    fill = lambda s: s.format(org=scn["org"], unit=scn["unit"], elsewhere=scn["elsewhere"], item=scn["item"], hotline=scn["hotline"])
    voice = channel == "voice"
    req = scn["requires"]
    sid = "".join(rng.choice("0123456789") for _ in range(4)) if rng.random() < 0.8 else rng.choice("ABK") + "".join(rng.choice("0123456789") for _ in range(3))
    sid_said = spoken(sid) if voice and rng.random() < 0.6 else sid

    # --- opening: greeting and identification -------------------------------------------------
    ident = ""
    if plan["id"] == "staff":
        ident = rng.choice(ID_FORMS).format(sid=sid_said)
    elif plan["id"] == "name":
        ident = rng.choice(NAME_ROLE_FORMS).format(name=rng.choice(STAFF_NAMES))
    elif plan["id"] == "fake":
        ident = fill(rng.choice(FAKE_ID_FORMS))
    head = fill(rng.choice(GREETINGS if plan["greet"] else NO_GREETING_OPENINGS))
    ask = "你有什么问题？" if plan["curt"] else rng.choice(HOW_CAN_I_HELP)
    A("，".join(x for x in [head, ident] if x) + "，" + ask, ("opening",), **({"gap": plan["first_gap"]}))
    lab["greeting"] = "pass" if plan["greet"] else "fail"
    if not plan["greet"]:
        why["greeting"] = "first agent turn opens with the centre's name / 请讲 and no 您好-type greeting"
    lab["agent-id"] = "pass" if plan["id"] in ("staff", "name") else "fail"
    why["agent-id"] = {
        "staff": f"staff number {sid_said} in the first turn", "name": "name with role in the first turn",
        "fake": "only a bare role or the hotline number; no staff number or name", "none": "agent never identifies itself",
        "late": "staff number only in the agent's third turn (after the first two)"}[plan["id"]]
    if plan["id"] == "staff" and not voice and rng.random() < 0.3:
        why["agent-id"] += "; the customer's own numbers later are not ids"

    # --- customer states the problem ----------------------------------------------------------
    if plan["cust_apology"]:
        C(rng.choice(CUSTOMER_APOLOGY))
    opener = rng.choice(scn["open"])
    complaint = rng.choice(scn["complain"]) if plan["complains"] else None
    if channel == "webchat" and plan["burst"]:
        parts = [opener, complaint or "在线吗？", rng.choice(["在吗？", "麻烦看一下", "急用，谢谢" + rng.choice(CHAT_EMOJI)])]
        for k, p in enumerate(parts):
            C(p, ("complaint",) if p == complaint else (), **({"gap": rng.randint(15500, 19000)} if k else {}))
        pending["gap"] = rng.randint(15000, 22000)  # under 30 s of dead air, but > 45 s from the first message
    elif complaint:
        C(opener + complaint + (rng.choice(CHAT_EMOJI) if channel == "webchat" and rng.random() < 0.4 else ""), ("complaint",))
    else:
        C(opener)
    lab["empathy"] = "na"
    if plan["complains"]:
        lab["empathy"] = "pass" if plan["empathy"] else "fail"
        why["empathy"] = "customer complains (" + complaint[:14] + "…); " + (
            "agent apologises / acknowledges the feeling in its next turn" if plan["empathy"]
            else "agent's next two turns carry no apology or acknowledgement (" + ("curt register" if plan["curt"] else "a bare 别急 / straight to business") + ")")
    elif req["empathy"]:
        lab["empathy"] = "na"
    prefix = ""
    if plan["complains"]:
        prefix = rng.choice(EMPATHY) if plan["empathy"] else rng.choice(NON_EMPATHY)
    agent_turns = 1

    def agent_ask_ri():
        A(rng.choice(scn["ri_ask"]), ("ri",))
        C(rng.choice(scn["ri_ans"]), (), **({"gap": plan["cust_pause"]} if plan["cust_pause"] else {}))

    # --- verification, required item, disclosure --------------------------------------------
    ri_done = False
    vmode = plan["verify"]
    if vmode == "pass":
        vi = rng.randrange(len(scn["verify_ask"]))  # asks and answers are written in pairs
        A(prefix + scn["verify_ask"][vi], ("verify",))
        C(scn["verify_ans"][vi % len(scn["verify_ans"])], (), **({"gap": plan["cust_pause"]} if plan["cust_pause"] else {}))
        lab["verification"] = "pass"
        nxt = rng.choice(["行，对上了。", "嗯，信息对上了。"] if plan["curt"] else ["好的，核实通过。", "好的，谢谢您的配合，核实好了。", "嗯，信息对上了。"])  # 谢谢 mid-call is not a 结束语
        if plan["ri"]:
            A(nxt + rng.choice(scn["ri_ask"]), ("ri",))
            C(rng.choice(scn["ri_ans"]))
            ri_done = True
        else:
            A(nxt + "我帮您看一下。")
            C(rng.choice(CUSTOMER_OK_WAIT))
    elif vmode in ("disclose-first", "name-only"):
        if vmode == "name-only":
            A(prefix + "请问怎么称呼您？", ("callname",))
            C("我姓" + scn["persona"][0] + "。")
            why["verification"] = "agent only asks how to address the customer (not a verification), then discloses account details"
        else:
            if plan["ri"]:
                A(prefix + rng.choice(scn["ri_ask"]), ("ri",))
                C(rng.choice(scn["ri_ans"]))
                ri_done = True
            else:
                A(prefix + "我看一下。")
                C(rng.choice(CUSTOMER_OK_WAIT))
            why["verification"] = "agent discloses the customer's account details before any identity check"
        A(rng.choice(scn["disclose"]), ("disclose",))
        C(rng.choice(["对对。", "嗯是的。", "是这样。", "没错。"]))
        lab["verification"] = "fail"
    else:
        lab["verification"] = "na"
        if plan["ri"]:
            A(prefix + rng.choice(scn["ri_ask"]), ("ri",))
            C(rng.choice(scn["ri_ans"]), (), **({"gap": plan["cust_pause"]} if plan["cust_pause"] else {}))
            ri_done = True
        else:
            A(prefix + "我帮您看一下情况。")
            C(rng.choice(CUSTOMER_OK_WAIT))
    if plan["id"] == "late":
        A("对了，我是" + rng.choice(["工号", "编号"]) + sid_said + "，" + "这边继续帮您处理。")
        C("嗯。")
    if plan["ri"] and not ri_done:
        agent_ask_ri()
    lab["required-info"] = "pass" if plan["ri"] else "fail"
    if not plan["ri"]:
        if rng.random() < 0.5:
            C("对了，跟你说一下，" + rng.choice(scn["ri_ans"]), ("volunteer",))
            A("好的。")
            why["required-info"] = f"agent never asks for the {scn['ri']['label']}; the customer volunteers it, which is not the agent asking"
        else:
            why["required-info"] = f"agent never asks for the {scn['ri']['label']}"

    # --- an announced hold (or not) ----------------------------------------------------------
    if plan["hold"]:
        A(fill(rng.choice(HOLD_ASK)), ("holdask",))
        if channel == "voice" or rng.random() < 0.7:
            C(rng.choice(CUSTOMER_OK_WAIT))
        hold_ms = rng.randint(17000, 42000) if voice else rng.randint(34000, 80000)
        lead = rng.choice(HOLD_THANKS) if plan["hold_thanks"] else rng.choice(HOLD_RESUME_BARE)
        body = rng.choice(scn["disclose"]) if req["verification"] and vmode == "pass" else "情况我这边了解了。"
        A(lead + body, ("resume",) + (("thanks",) if plan["hold_thanks"] else ()), gap=hold_ms)
        C(rng.choice(["嗯。", "哦，这样。", "好。", "嗯嗯"]))

    # --- the fact -----------------------------------------------------------------------------
    f = scn["fact"]
    C(rng.choice(scn["fact_q"]))
    mode = plan["fact"]
    right = f["expected"] if mode != "variant" else rng.choice(f["variants"])
    wrong = rng.choice(f["wrong"])
    say = lambda v, tags=("fact",): A(rng.choice(scn["fact_lines"]).format(v=v), tags)
    if mode in ("correct", "variant"):
        say(right)
    elif mode == "wrong":
        say(wrong)
    elif mode == "wrong-then-correct":
        say(wrong)
        C(rng.choice(["啊？我看网上写的不是这样啊。", "你确定吗？", "跟上次说的不一样啊。"]))
        A("不好意思，刚才我说错了，更正一下：" + rng.choice(scn["fact_lines"]).format(v=f["expected"]), ("fact",))
    elif mode == "correct-then-wrong":
        say(right)
        C(rng.choice(["确定吗？", "你再确认一下？", "真的假的？"]))
        A("我再看一下……哦，应该是" + wrong + "，以这个为准。", ("fact",))
    elif mode == "omitted":
        A("这个您放心，我这边先给您把情况记下来。")
    lab["fact-accuracy"] = "pass" if mode in ("correct", "variant", "wrong-then-correct") else "fail"
    lab["no-misinformation"] = "fail" if mode in ("wrong", "wrong-then-correct", "correct-then-wrong") else "pass"
    fl = f["label"]
    why["fact-accuracy"] = {
        "correct": f"{fl}: states {f['expected']}", "variant": f"{fl}: states {right}, an accepted variant of {f['expected']}",
        "wrong": f"{fl}: states {wrong} (expected {f['expected']})", "wrong-then-correct": f"{fl}: first {wrong}, then corrects to {f['expected']} (last statement right)",
        "correct-then-wrong": f"{fl}: first {right}, then changes to {wrong} (last statement wrong)", "omitted": f"{fl}: asked but never answered"}[mode]
    if lab["no-misinformation"] == "fail":
        why["no-misinformation"] = f"states the known-wrong value {wrong} for {fl}" + (" (later corrected, but it was said)" if mode == "wrong-then-correct" else "")
    res_fail = []
    if mode == "omitted":
        res_fail.append(f"the customer's question about {fl} gets no answer")
    C(rng.choice(CUSTOMER_THANKS) if rng.random() < 0.5 else "嗯。")

    ref_digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
    ref = (rng.choice(["", "GD", "SL", "T"]) + ref_digits) if not voice else (spoken(ref_digits) if rng.random() < 0.6 else ref_digits)
    if plan["ref"] == "given":
        A(rng.choice(["已经给您登记好了，", "单子提交了，", "给您生成了记录，"]) + scn["ref_prefix"] + "是" + ref + "，您记一下。", ("ref",))
        C(rng.choice(["好，记下了。", "嗯，我截个图。", "好的好的"]))
    elif plan["ref"] == "lookalike":
        nonref = rng.choice(([] if re.search(scn["ri"]["patterns"][0], "订单尾号") else [f"您的订单尾号是{rng.randint(1000, 9999)}"]) + [f"金额是{rng.randint(50, 900)}元", f"我们的热线是{scn['hotline']}", f"有问题可以再打{scn['hotline']}"])
        A("我这边已经记录了，" + nonref + "，您留意短信通知。", ("nonref",))
        C("嗯。")
    # --- side question, forbidden line, lookalike ------------------------------------------
    if plan["side"]:
        qi = rng.randrange(len(scn["side_q"]))
        C(scn["side_q"][qi])
        if plan["side"] == "answered":
            A(scn["side_a"][qi])
        elif plan["side"] == "non-answer":
            A(rng.choice(NON_ANSWERS), ("nonanswer",))
            res_fail.append("a customer question gets a bare non-answer with no look-up or referral")
        else:
            A(fill(rng.choice(NON_ANSWER_WITH_HELP)), ("referral",))
            why["resolution"] = "a 不清楚/查不到 is followed by a referral with help (not a brush-off)"
        C(rng.choice(["哦好吧。", "行。", "那好。"]))
    if plan["forbidden"]:
        # a remark, not a question: the 忌语 is judged under forbidden-words, not as a non-answer
        C(rng.choice(FORBIDDEN_PROMPTS[plan["forbidden"]]))
        line = fill(rng.choice(FORBIDDEN[plan["forbidden"]]))
        A(line, ("forbidden", "keep"))
        why["forbidden-words"] = f"服务忌语 ({plan['forbidden']}): 「{line}」"
        if plan["early_leave"]:
            C(rng.choice(["算了，我回头再打吧。", "行，那我先挂了。"]))
        else:
            C(rng.choice(["……行吧。", "哦。", "好吧。"]))
    lab["forbidden-words"] = "fail" if plan["forbidden"] else "pass"
    if plan["lookalike"] and not plan["early_leave"]:
        prompt, la = rng.choice(LOOKALIKE_PAIRS)
        C(prompt)
        la = fill(la)
        A(la, ("lookalike",))
        if not plan["forbidden"]:
            why["forbidden-words"] = f"polite look-alike 「{la[:16]}…」 is not a 忌语"
        C(rng.choice(["好的。", "嗯，行。", "那好吧。"]))
    pol_fail = plan["curt"] or plan["forbidden"] in RUDE_CATEGORIES
    lab["politeness"] = "fail" if pol_fail else "pass"
    if plan["curt"]:
        why["politeness"] = "consistently curt: 你 throughout, no 请/谢谢/softeners"
    elif pol_fail:
        why["politeness"] = f"a rude/{plan['forbidden']} line in the agent's turns"
    elif plan["forbidden"]:
        why["politeness"] = "courteous overall; the single 忌语 counts under forbidden-words only"

    # --- reference, survey, closing ---------------------------------------------------------
    if not plan["early_leave"]:
        survey_line = ("等下有个评价短信，你给打个分。" if plan["curt"] else rng.choice(SURVEY))
        if plan["survey"] and not plan["closing"]:
            # kept away from the last two agent turns so its 谢谢 cannot pass for a 结束语
            A(survey_line, ("survey", "keep"))
            C(rng.choice(["好。", "行。", "嗯嗯"]))
        A(rng.choice(WRAP_UP))
        C(rng.choice(CUSTOMER_NO_MORE))
        if plan["survey"] and plan["closing"]:
            A(survey_line, ("survey", "keep"))
            C(rng.choice(["好。", "行。", "嗯嗯"]))
        if plan["closing"]:
            if plan["curt"]:
                A(rng.choice(CURT_CLOSINGS_PASS), ("closing", "keep"))
            else:
                A(rng.choice(CLOSINGS), ("closing",))
            lab["closing"] = "pass"
        else:
            A(rng.choice(NON_CLOSING_LAST), ("keep",))
            lab["closing"] = "fail"
            why["closing"] = "the last two agent turns are a wrap-up question and a bare acknowledgement: no thanks, wishes or goodbye"
    else:
        lab["closing"] = "na"
        why["closing"] = "the customer hung up before the agent could wrap up"
    lab["survey-offered"] = "na" if not req["survey"] or plan["early_leave"] else ("pass" if plan["survey"] else "fail")
    if req["survey"] and plan["early_leave"]:
        why["survey-offered"] = "judgement: customer hung up mid-call, the agent had no chance to invite an evaluation"
    elif lab["survey-offered"] == "fail":
        why["survey-offered"] = "no satisfaction evaluation offered"
    if req["reference"]:
        lab["record-reference"] = "pass" if plan["ref"] == "given" else "fail"
        if plan["ref"] == "lookalike":
            why["record-reference"] = "only an order number / amount / hotline is read out; no reference number"
        elif plan["ref"] != "given":
            why["record-reference"] = "no reference number given"
        else:
            why["record-reference"] = f"{scn['ref_prefix']} {ref}"
    else:
        lab["record-reference"] = "na"
    lab["resolution"] = "fail" if res_fail else "pass"
    if res_fail:
        why["resolution"] = "; ".join(res_fail)
    return items, lab, why
