"""The course of a contact: opening, complaint, asks, verification, holds, fact, side question,
reference, wrap-up and closing, each varied by the plan (which decides every label on purpose)."""
import pools as P

OPENING_LOOKALIKES = (5, 7)  # "您慢慢说，不着急" fits right after the customer's opening, not at the end


def compose(b):
    p, s, d, r = b.p, b.s, b.d, b.r
    fact = s["facts"][0]
    b.opener()
    # customer opening, with a complaint when the plan says so
    opening = b.pick(s["open"])
    if p["cust_apology"] == "open":
        opening = b.pick(P.CUSTOMER_APOLOGIES[1:3]) + opening
    b.c_multi(opening)
    if p["complaint"]:
        b.c(b.pick(s["complain"]), "complaint")
    # agent turn 2: empathy? + required-info ask (or a generic prompt)
    emp = p["empathy"]
    t2 = ""
    if p["complaint"] and emp in ("pass1", "fail-second"):
        t2 += b.pick(P.EMPATHY)
    elif p["complaint"] and emp in ("fail-not", "pass2"):
        t2 += b.pick(P.NOT_EMPATHY)
    if p["forbidden_at"] == "t2":
        t2 += p["forbidden_text"]
    if p["lookalike"] in OPENING_LOOKALIKES:
        t2 += P.LOOKALIKES[p["lookalike"]]
    rk = r.randrange(len(s["req_asks"]))
    vk = r.randrange(len(d["verif_asks"]))
    if p["req"] == "pass":
        t2 += s["req_asks"][rk]
    else:
        t2 += b.pick(["您具体说说情况。", "嗯，您接着说。", "好的，我听着呢。", "明白，我帮您看一下。"])
    if p["idmode"] == "pass-late-2":
        t2 = b.staff_id() + "，" + t2
    b.a(t2, "t2")
    if p["req"] == "pass" or p["volunteer"]:
        ans = s["req_answers"][rk % len(s["req_answers"])]
        if p["cust_apology"] == "req":
            ans = b.pick(P.CUSTOMER_APOLOGIES[2:]) + ans
        b.c(ans, "req-answer", "slow" if p["cust_pause"] == "req" else "")
    else:
        b.c(b.pick(["就是想问问这个事。", "对，就这个。", "嗯，你帮我看看吧。"]))
    # agent turn 3: verification or (defect) disclosure before verifying
    t3 = ""
    if p["complaint"] and emp == "pass2":
        t3 += b.pick(P.EMPATHY)
    if p["idmode"] == "fail-late":
        t3 += "我工号是{}，".format(p["staff_no"])
    if p["verif"] == "pass":
        b.a(t3 + d["verif_asks"][vk], "verif-ask")
        b.c(d["verif_answers"][vk], "slow" if p["cust_pause"] == "verif" else "")
        thanks = "好的，谢谢您，" if r.random() < 0.4 else "好的，"
        b.a(thanks + "核实无误。" + b.pick(s["disclose"]), "disclose")
    elif p["verif"] == "fail":
        b.a(t3 + "我看一下，" + b.pick(s["disclose"]), "disclose")
        b.c(b.pick(["对对，是这个。", "嗯，是的。", "就是这单。"]))
        if r.random() < 0.5:
            b.a("那再跟您核对下，" + d["verif_asks"][vk], "verif-ask")
            b.c(d["verif_answers"][vk])
    elif t3:
        b.a(t3 + "好的，这边了解了。")
        b.c(b.pick(["嗯。", "那你们怎么说？", "然后呢？"]))
    # holds before the answer
    hold = p["hold"]
    first_hold = hold.split("+")[0]
    b.c(b.pick(s["fact_q"]) if p["fact"] != "cust-wrong" else "是不是{}啊？我听别人说的。".format(fact["wrong"][0]), "fact-q")
    _hold(b, first_hold)
    _fact(b, fact)
    if p["second_complaint"]:
        b.c(b.pick(P.CUSTOMER_REPEAT_COMPLAINT), "complaint")
        if emp == "fail-second":
            b.a(b.pick(["您说的这个情况，", "嗯，"]) + "我先按流程给您处理。", "t-after2")
        else:
            b.a(b.pick(P.EMPATHY) + "这次我一定跟进到底。", "t-after2")
    # side question
    b.c(b.pick(s["side_q"]), "side-q")
    if "+" in hold:
        _hold(b, hold.split("+")[1])
    side = {"answer": s["side_a"], "referral": s["side_ref"], "nonanswer": s["nonanswer"]}[p["side"]]
    text = resume_prefix(b) + b.pick(side)
    if p["forbidden_at"] == "side":
        text = p["forbidden_text"] + text
    if p["lookalike"] is not None and p["lookalike"] not in OPENING_LOOKALIKES:
        text += P.LOOKALIKES[p["lookalike"]]
    if p["ref"].startswith("pass"):
        text += b.ref_line()
    elif p["ref"] == "fail-numbers":
        text += b.not_ref_line()
    b.a(text, "side-a")
    _ending(b)


def _hold(b, mode):
    p = b.p
    if mode == "none":
        return
    if mode in ("proper", "music", "short", "no-thanks"):
        asks = P.WAIT_ASK if p["ch"] == "voice" else [x for x in P.WAIT_ASK if "挂机" not in x]
        b.a(b.pick(asks), "wait-ask", "music" if mode == "music" else "")
        b.turns[-1]["hold"] = mode
        return
    # unannounced: the next agent turn comes after a long silence; music-noask: music with no ask
    b.turns[-1]["hold_after"] = mode


def resume_prefix(b):
    """What the agent says when it comes back from a wait it asked for: thanks, or (defect) none."""
    last = b.turns[-1]
    if last["sp"] != "agent" or not last.get("hold"):
        return ""
    if last["hold"] == "no-thanks" or (last["hold"] == "short" and b.p["style"] == "curt"):
        return b.pick(P.RESUME_NO_THANKS)
    return b.pick(P.WAIT_THANKS)


def _fact(b, fact):
    p = b.p
    pre = resume_prefix(b)
    if p["forbidden_at"] == "fact":
        pre += p["forbidden_text"]
    mode, exp = p["fact"], fact["expected"]
    val = b.pick(fact["variants"]) if mode == "variant" else exp
    if mode in ("correct", "variant", "correct-then-wrong"):
        b.a(pre + b.fact_line(val), "fact")
    elif mode == "cust-wrong":
        b.a(pre + "不是的，" + b.fact_line(exp), "fact")
    elif mode in ("wrong", "wrong-corrected"):
        b.a(pre + b.fact_line(fact["wrong"][p["wrong_i"]]), "fact")
    elif mode == "negated":
        b.a(pre + "不是{}哈，这个要看具体情况。".format(exp), "fact")
    elif mode == "unstated":
        b.a(pre + b.pick(["这个到时候系统会通知您的。", "您留意一下短信就行。", "这个按流程走就可以了。"]), "fact")
    if mode == "wrong-corrected":
        b.c(b.pick(["啊？跟我查的不一样啊。", "不对吧？网上写的不是这个。", "确定吗？"]))
        b.a(b.pick(["抱歉抱歉，我刚才说错了，", "不好意思，我更正一下，", "哦对不起，我看错了，"]) + b.fact_line(exp), "fact")
    if mode == "correct-then-wrong":
        b.c(b.pick(["你确定？", "真的吗？我同事说不是这样。", "这么准吗？"]))
        b.a(b.pick(["哦我再看下……不对，", "嗯……我再确认一下哈……哦，"]) + b.fact_line(fact["wrong"][p["wrong_i"]]), "fact")


def _ending(b):
    p = b.p
    closing = p["closing"]
    if closing == "na-left":
        b.c(b.pick(P.CUSTOMER_LEAVES), "leave")
        return
    b.c(b.pick(P.CUSTOMER_THANKS))
    survey = b.pick(P.SURVEY) if p["survey"] == "pass" else ""
    if closing == "pass":
        b.a(b.pick(P.WRAP_UP_Q), "wrap")
        b.c(b.pick(P.CUSTOMER_NO_MORE))
        close = b.pick(P.CLOSINGS_CURT if p["style"] == "curt" else P.CLOSINGS)
        b.a(survey + close, "closing")
        if b.r.random() < 0.6:
            b.c(b.pick(P.CUSTOMER_BYE))
    elif closing == "fail-wrapq":
        b.a(survey + b.pick(P.WRAP_UP_Q), "wrap")
        b.c(b.pick(P.CUSTOMER_NO_MORE) + b.pick(P.CUSTOMER_BYE))
    else:  # fail-flat
        b.a(b.pick(P.WRAP_UP_Q), "wrap")
        b.c(b.pick(P.CUSTOMER_NO_MORE))
        b.a(survey + b.pick(P.NOT_CLOSINGS), "flat")
        b.c(b.pick(P.CUSTOMER_BYE))
