"""Turns a plan (plan.py) into an ordered list of turns with the gaps and tags gen.py times and labels.

A turn here is {sp, text, gap, tags}: `gap` is the silence before it (None = the usual short reply
gap for the channel), `tags` mark what the turn does (hold-ask, complaint, empathy, ...), so labels
are derived from the dialogue that was actually written, not from the plan alone.
"""
from common_material import *  # noqa: F401,F403  (hand-written line lists)

CN_DIGIT = dict(zip("0123456789", "零幺二三四五六七八九"))


def spoken(s):
    return "".join(CN_DIGIT.get(ch, ch) for ch in s)


def curtify(s):
    for a, b in [("您", "你"), ("麻烦", ""), ("请问", ""), ("请", ""), ("好吗", ""), ("谢谢", ""), ("呢", ""), ("哈", "")]:
        s = s.replace(a, b)
    return s


CHAT_WORDING = [("欢迎致电", "欢迎咨询"), ("感谢您的来电", "感谢您的咨询"), ("您先别挂", "您先别走开"),
                ("挂机后会有语音邀请您评价，请按键给我评个分哈。", "会话结束后会弹出评价窗口，请给我评个分哈。")]
VOICE_WORDING = [("麻烦您点一下下方的评价按钮，给本次服务评个价。", "挂机后麻烦您按键给本次服务评个价。")]
WISH = {"immigration": "出行顺利", "mortgage": "生活愉快", "travel": "旅途愉快", "secondhand": "交易顺利",
        "dining": "用餐愉快", "life-insurance": "健康平安"}


def channel_wording(text, voice, dom):
    """The same hand-written line said on the phone or typed in a chat differs in a few set words."""
    for a, b in (VOICE_WORDING if voice else CHAT_WORDING):
        text = text.replace(a, b)
    return text.replace("祝您出行顺利", "祝您" + WISH[dom["key"]])


def build_dialogue(c):
    r, dom, sc = c["rng"], c["dom"], c["sc"]
    voice = c["channel"] == "voice"
    curt = c["curt"]
    name = r.choice(dom["names"])
    sid = str(r.randint(1001, 9899)) if r.random() < 0.7 else r.choice("ABCHKW") + str(r.randint(101, 989))
    sid_said = spoken(sid) if voice and r.random() < 0.5 else sid
    ctx = {"org": dom["org"], "name": name, "sid": sid_said, "hotline": dom["hotline"]}
    f = lambda s: s.format(**ctx)
    cust = r.choice(CUSTOMER_NAMES)
    T = []

    def A(text, gap=None, **tags):
        text = curtify(text) if curt else text
        text = channel_wording(text, voice, dom)
        T.append({"sp": "agent", "text": text, "gap": gap, "tags": set(k for k, v in tags.items() if v)})
        return T[-1]

    def C(text, gap=None, **tags):
        if not voice and r.random() < 0.12:
            text += r.choice(EMOJI)
        T.append({"sp": "customer", "text": text, "gap": gap, "tags": set(k for k, v in tags.items() if v)})
        return T[-1]

    # 1. greeting and (maybe) id
    if c["greet_fail"]:
        greet = f(r.choice(GREET_FAIL))
    else:
        greet = f("你好，{org}，") if curt else f(r.choice(GREET_OK))
    id_pos = 0 if c["id_fail"] else (1 if r.random() < 0.7 else 2)
    id_text = f(r.choice(ID_FAIL)) if c["id_fail"] else f(r.choice(ID_OK))
    first = greet + (id_text if id_pos in (0, 1) else "") + (r.choice(ASK_HOW_CURT) if curt else r.choice(ASK_HOW))
    A(first, tags_first=True)
    T[-1]["tags"].add("first")

    # customer turns before the fact may carry the complaint
    complaint_at = None
    pre_customer = []
    if not voice and r.random() < 0.3:
        C(r.choice(["你好", "在吗？", "你好，人工吗"]))
        pre_customer.append(T[-1])
    C(r.choice(sc["opener"]))
    pre_customer.append(T[-1])
    prefix = ""
    if id_pos == 2:
        prefix = "好的，" + f(r.choice(ID_OK))

    verify_required = sc["requires"].get("verification")
    verify_mode = "none"
    if verify_required:
        verify_mode = ("late" if r.random() < 0.6 else "never") if c["verify_fail"] else "early"
    elif r.random() < 0.3:
        verify_mode = "early"

    def verify_beat(lead=""):
        nonlocal prefix
        ask = r.choice(VERIFY_ASK_CURT) if curt else r.choice(VERIFY_ASK)
        A(prefix + lead + ask, verify_ask=True)
        prefix = ""
        if "出生日期" in ask:
            ans = "{cn}，{y}年{m}月{d}号。".format(cn=cust, y=r.choice(["一九七九", "八六", "一九九二", "九零"]), m=r.randint(1, 12), d=r.randint(1, 28))
        else:
            ans = r.choice(VERIFY_ANSWER).format(cn=cust, tail=str(r.randint(1000, 9999)) if r.random() < 0.5 else spoken(str(r.randint(1000, 9999))))
        if c["cust_apology"] and r.random() < 0.5 and not c.get("apology_used"):
            C(ans)
            C(r.choice(CUSTOMER_APOLOGY), customer_apology=True)
            c["apology_used"] = True
        else:
            C(ans)
        pre_customer.append(T[-1])
        prefix = r.choice(VERIFY_DONE_CURT) if curt else r.choice(VERIFY_DONE)

    def reqinfo_beat():
        nonlocal prefix
        ask = r.choice(sc["req"]["asks"])
        A(prefix + ("好的，" if not prefix else "") + ask, reqinfo_ask=True)
        prefix = ""
        long_pause = r.random() < 0.35
        C(r.choice(sc["req"]["answers"]), gap=(r.randint(10000, 22000) if voice else r.randint(45000, 100000)) if long_pause else None,
          customer_pause=long_pause)
        pre_customer.append(T[-1])

    verify_first = verify_mode == "early" and r.random() < 0.4
    if verify_first:
        verify_beat()
    if not c["reqinfo_fail"]:
        reqinfo_beat()
    if verify_mode == "early" and not verify_first:
        verify_beat()

    if c["complain"]:
        # on the last customer turn before the fact, so the agent's next turns are the ones that answer it
        target = pre_customer[-1]
        k_sc = dom["scenarios"].index(sc)
        fitting = [t for t, fo in zip(dom["complaints"], dom["complaint_for"]) if fo is None or fo == k_sc]
        target["text"] += r.choice(fitting)
        target["tags"].add("complaint")
        complaint_at = target
    if c["cust_apology"] and not c.get("apology_used"):
        C(r.choice(CUSTOMER_APOLOGY), customer_apology=True)
        c["apology_used"] = True

    def empathy_prefix():
        if not c["complain"]:
            return ""
        if c["empathy_fail"]:
            return r.choice(NO_EMPATHY)
        return "知道了，这事是我们不对，" if curt else r.choice(EMPATHY)

    def has_empathy():
        return c["complain"] and not c["empathy_fail"]

    emp = empathy_prefix()
    emp_second = c["complain"] and not c["empathy_fail"] and not curt and r.random() < 0.25
    if emp_second:
        A(prefix + "嗯嗯，您说，我在听。")
        prefix = ""
        C("反正就是这样，你们看着办吧。")

    # 2. the fact, maybe behind a hold
    state = c["fact"]
    fv = sc["fact"]
    right = lambda: r.choice([fv["expected"]] + fv.get("variants", []))
    wrong = lambda: r.choice(fv["wrong"])
    say = lambda v: (fv["expected"] and sc["curt"].format(v=v)) if curt else r.choice(sc["say"]).format(v=v)
    if state in ("right", "right-then-wrong"):
        fact_text = say(right())
    elif state in ("wrong", "wrong-then-right"):
        fact_text = say(wrong())
    elif state == "negated-then-right":
        fact_text = r.choice(NEGATION).format(v=fv["expected"])
    else:
        fact_text = r.choice(VAGUE)
    lead = prefix + emp
    prefix = ""
    # the customer's own account detail: told before any identity check when verification fails
    if verify_mode in ("late", "never") or r.random() < 0.5:
        fact_text = sc["peek"] + fact_text
    if c["hold"] != "none":
        A(lead + (curtify("你等会儿。") if curt else r.choice(HOLD_ASK)), hold_ask=True)
        if r.random() < 0.5:
            C(r.choice(["好的。", "嗯好。", "行。", "好的好的。"]))
        hold_ms = r.randint(18000, 70000) if voice else r.randint(35000, 90000)
        back = r.choice(HOLD_THANKS) if c["hold"] == "ok" else r.choice(HOLD_BACK_BARE)
        A(back + fact_text, gap=hold_ms, fact=True, after_hold=True, hold_thanked=c["hold"] == "ok")
        T[-2 if T[-2]["sp"] == "agent" else -3]["tags"].update({"empathy"} if has_empathy() else set())
    else:
        if r.random() < 0.2 and not curt:
            A(lead + r.choice(SHORT_WAIT), short_wait=True, empathy=has_empathy())
            A(fact_text, gap=r.randint(2500, 6000) if voice else r.randint(8000, 20000), fact=True)
        else:
            A(lead + fact_text, fact=True, empathy=has_empathy())
    if verify_mode == "late":
        C(r.choice(CUSTOMER_ACK))
        verify_beat("要办理的话，")
        A(prefix + "好的，已经给您记上了。")
        prefix = ""

    # 3. extra question, correction, forbidden exchange
    C(sc["extra"]["q"], extra_q=True)
    if c["extra"] == "non":
        ans = A(prefix + r.choice(NON_ANSWER), non_answer=True)
    elif c["extra"] == "help":
        ans = A(prefix + r.choice(NON_ANSWER_THEN_HELP) + sc["extra"]["a"])
    else:
        ans = A(prefix + sc["extra"]["a"])
    prefix = ""
    if state in ("wrong-then-right", "negated-then-right"):
        ans["text"] += r.choice(CORRECTION).format(v=right())
        ans["tags"].add("correction")
    elif state == "right-then-wrong":
        ans["text"] += r.choice(CORRECTION).format(v=wrong())
        ans["tags"].add("correction")
    kind = None
    if c["forbidden"]:
        kinds = list(FORBIDDEN)
        kind = kinds[c["i"] % len(kinds)]
        ptxt, is_complaint = FORBIDDEN_PROMPTS[kind]
        C(ptxt, complaint=is_complaint)
        line = r.choice(FORBIDDEN[kind])
        cont = {"sarcasm": "APP首页点服务大厅就行。", "abuse": "能办，等通知。", "impatience": "是问刚才那个事对吧。",
                "order-scold": "该说的我都说了。", "flat-refusal": "", "blame": "", "already-told": "", "dare-complain": ""}.get(kind, "")
        A(line + cont, forbidden=kind, non_answer=kind in ("buck-passing", "cold"))
    if c["lookalike"] and not curt:
        skip = {"first", "verify_ask", "reqinfo_ask", "hold_ask", "short_wait"}
        mids = [t for t in T if t["sp"] == "agent" and not (t["tags"] & skip)]
        r.choice(mids)["text"] += r.choice(LOOKALIKES)

    # 4. reference
    ref_no = None
    need_ref = sc["requires"].get("reference")
    if need_ref and c["ref"] == "ok" or (not need_ref and r.random() < 0.3):
        digits = str(r.randint(10 ** 9, 10 ** 10 - 1))
        ref_no = (spoken(digits) if voice and r.random() < 0.5 else r.choice(["", "SL", "GD"]) + digits)
        lbl = dom["ref"]
        A(r.choice(["已经给您登记了，{l}是{n}，请您记一下。", "给您生成了{l}{n}，后续查询报这个号就行。", "{l}：{n}，有进展会短信通知您。"]).format(l=lbl, n=ref_no),
          reference=True)
    elif need_ref and c["ref"] == "lookalike":
        look = r.choice([
            "您的订单号是{o}，后续有问题凭这个订单号查询就行。".format(o=str(r.randint(10 ** 7, 10 ** 8)))
            if dom["key"] in ("travel", "secondhand", "dining") else "结果会发短信到您尾号{p}的手机上。".format(p=r.randint(1000, 9999)),
            "有问题您可以再拨打{h}。".format(h=dom["hotline"]),
            "涉及金额三千二百元，已经给您备注了。",
            "我的工号是{s}，后面有问题可以找我。".format(s=sid_said),
        ])
        A(look, ref_lookalike=True)
    else:
        A(r.choice(["已经给您提交了，后续等通知就行。", "这边已经给您备注好了。", "事情我记下了，会有人跟进。"]))
    if need_ref or True:
        C(r.choice(CUSTOMER_ACK))
    if c["survey_fail"] and r.random() < 0.5:
        T[-2]["text"] += curtify(r.choice(SURVEY_LOOKALIKE)) if curt else r.choice(SURVEY_LOOKALIKE)

    # 5. wrap-up and closing
    survey_req = sc["requires"].get("survey")
    offer_survey = (survey_req and not c["survey_fail"]) or (not survey_req and r.random() < 0.25)
    if c["closing"] == "na":
        C(r.choice(["行，我知道了，先挂了啊。", "好我明白了，那先这样。", "哦那我自己去弄，挂了。"]) if voice
          else r.choice(["行，我知道了，先这样。", "好，那我先下线了，挂了。"]), customer_left=True)
        return T, {"kind": kind, "cust": cust, "sid": sid_said, "ref": ref_no, "name": name}
    wrap = r.choice(WRAP_Q_CURT) if curt else r.choice(WRAP_Q)
    survey_line = r.choice(SURVEY) if offer_survey else ""
    in_wrap = offer_survey and r.random() < 0.3
    A(wrap + (survey_line if in_wrap else ""), survey=in_wrap)
    C(r.choice(CUSTOMER_THANKS_END))
    if c["closing"] == "fail":
        last = r.choice(NO_CLOSING)
    else:
        last = "嗯，再见。" if curt else r.choice(CLOSING)
    A(("" if in_wrap else survey_line) + last, survey=offer_survey and not in_wrap, closing=c["closing"] == "ok")
    return T, {"kind": kind, "cust": cust, "sid": sid_said, "ref": ref_no, "name": name}
