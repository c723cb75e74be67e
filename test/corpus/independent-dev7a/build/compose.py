"""Composes one contact's turn script from the hand-written material and a per-contact plan.

A script is a list of dicts {sp, text, gap, tag}: `gap` is the silence (ms) before the turn (negative =
the agent starts before the customer finished); the timeline is laid out in gen.py.
"""
import re
import pools as P

CN = "零幺二三四五六七八九"
CN_PLAIN = "零一二三四五六七八九"


def speak(s, rng):
    """Reads digits out the way agents say them on the phone (幺 for 1, sometimes 洞 for 0)."""
    style = rng.random()
    if style < 0.35:
        return s
    digits = CN if style < 0.8 else CN_PLAIN
    out = []
    for ch in s:
        if ch.isdigit():
            d = digits[int(ch)]
            out.append("洞" if ch == "0" and style > 0.7 and style < 0.8 else d)
        else:
            out.append(ch)
    return "".join(out)


def curtify(text):
    """The curt register: 你 for 您, no softeners."""
    for a, b in (("方便的话", ""), ("麻烦您", ""), ("麻烦", ""), ("劳驾", ""), ("请您", ""), ("请问", ""), ("方便", ""), ("您", "你"),
                 ("呀", ""), ("哦", ""), ("～", ""), ("哈", ""), ("亲，", ""), ("等一下下", "等一下")):
        text = text.replace(a, b)
    return text


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


class Script:
    def __init__(self, channel, curt):
        self.turns, self.channel, self.curt = [], channel, curt

    def agent(self, text, gap=None, tag=None):
        text = text.strip("，, ").replace("，，", "，")
        if self.curt:
            text = curtify(text)
        if self.channel == "webchat" and not text.endswith(("？", "。", "！", "～", "😊", "👋")) and len(text) > 6:
            text += "。"
        self.turns.append({"sp": "agent", "text": text, "gap": gap, "tag": tag})

    def customer(self, text, gap=None, tag=None):
        self.turns.append({"sp": "customer", "text": text, "gap": gap, "tag": tag})


def staff_number(rng):
    if rng.random() < 0.3:
        return "%s%d" % (pick(rng, "ABGKX"), rng.randrange(100, 9999))
    return str(rng.randrange(1000, 99999))


REF_KINDS = {"power": ["工单号", "受理号"], "housekeeping": ["服务单号", "工单号"], "pharmacy": ["申请编号", "工单号", "服务单号"],
             "scenic": ["受理号", "申请编号"], "iptv": ["受理号", "工单号"], "mobile-banking": ["业务流水号", "受理号"]}


def reference_number(rng, dom, sc):
    kinds = REF_KINDS[dom["domain"]] + (["报修单号"] if sc["id"] in ("pw-outage", "tv-stb") else [])
    kind = pick(rng, kinds)
    body = pick(rng, ["", "GD", "SL", "RF", ""]) + "".join(str(rng.randrange(10)) for _ in range(rng.randrange(7, 13)))
    return kind, body


REF_TEMPLATES = ["您的{k}是{b}，请记一下", "已经给您登记了，{k}{b}", "给您记个{k}：{b}", "这边生成的{k}是{b}，后续凭这个查进度"]
# no reference number: nothing, or numbers that are no reference (phone, order number, amount, date)
REF_LOOKALIKE = ["有进展会短信通知您，也可以拨打{hotline}查询", "已经给您登记了，后面有短信通知", "您记一下我们热线{hotline}",
                 "这个就记在您那个订单号下面了", "处理结果十二月八号前给您答复"]



def compose(plan, dom, sc, rng):
    ch = plan["channel"]
    voice = ch == "voice"
    s = Script(ch, plan["curt"])
    fact = sc["fact"]
    why = {}
    num = staff_number(rng)
    name = pick(rng, P.SURNAMES) + pick(rng, P.GIVEN)
    if rng.random() < 0.3:
        name = "小" + name[0]
    num_said = speak(num, rng) if voice else num

    # identity part
    if plan["agent_id"] == "pass":
        id_text = pick(rng, P.ID_PASS_VOICE if voice else P.ID_PASS_CHAT).format(n=num_said, name=name)
    else:
        id_text = pick(rng, P.ID_FAIL).format(hotline=dom["hotline"], tail=rng.randrange(1000, 9999))
        if plan["agent_id"] == "late":
            why["agent-id"] = "工号只在第三次发言才报出，前两轮没有自我介绍"
        elif id_text:
            why["agent-id"] = "只有角色/热线号码（%s），没有工号或姓名" % id_text.strip("，")
        else:
            why["agent-id"] = "前两轮没有报工号或姓名"
    if plan["greeting"] == "pass":
        g = pick(rng, P.GREET_VOICE if voice else P.GREET_CHAT)
        if plan["curt"]:
            g = "你好，{org}{id}说吧" if voice else "你好。{id}什么问题"
    else:
        g = pick(rng, P.CURT_NOGREET) if plan["curt"] else pick(rng, P.NOGREET_VOICE if voice else P.NOGREET_CHAT)
        why["greeting"] = "首句直接进入业务，没有问候"
    first = g.format(org=dom["org"], id=id_text if plan["agent_id"] == "pass" or plan["agent_id"] == "fail" else "")
    s.agent(first, gap=plan["first_gap"], tag="first")

    # customer opens (complaint at open?)
    opener = pick(rng, sc["openers"])
    complaint = pick(rng, sc["complaints"]) if plan["complaint"] == "open" else None
    req_text = pick(rng, sc["req_reply"])
    volunteered = plan["required_info"] == "fail"
    if ch == "webchat" and rng.random() < 0.5:
        s.customer(opener)
        if complaint:
            s.customer(complaint, gap=rng.randrange(3000, 9000), tag="complaint")
        if volunteered:
            s.customer(sc["req"]["label"] + "：" + req_text, gap=rng.randrange(3000, 8000))
    else:
        txt = opener + ("，" + complaint if complaint else "")
        if volunteered:
            txt += "，对了，" + req_text
        s.customer(txt, tag="complaint" if complaint else None)
    if plan["customer_sorry"]:
        pass

    # agent 2: empathy (if complaint) + ask required info
    parts = []
    if complaint:
        parts.append(pick(rng, P.EMPATHY) if plan["empathy"] == "pass" else pick(rng, P.NO_EMPATHY))
        if plan["empathy"] == "fail":
            why["empathy"] = "客户抱怨“%s”，坐席接下来两轮没有道歉或共情%s" % (complaint, "（只有“%s”）" % parts[-1].strip("，") if parts[-1].strip("，") else "")
    if plan["agent_id"] == "late":
        parts.append("")
    if not volunteered:
        parts.append(pick(rng, sc["req"]["asks"]))
    else:
        parts.append(pick(rng, ["好的，收到", "行，记下了", "好，我记一下", "明白了"]))
        why["required-info"] = "客户主动报了%s，坐席从未询问" % sc["req"]["label"]
    s.agent("，".join(p.strip("，") for p in parts if p), gap=plan.get("a2_gap"), tag="a2")
    if not volunteered:
        if plan["customer_pause"]:
            s.customer(pick(rng, P.CUSTOMER_PAUSE))
            s.customer(pick(rng, P.CUSTOMER_BACK) + "，" + req_text, gap=plan["pause_ms"], tag="pause")
        else:
            s.customer(req_text)

    # verification before disclosure
    late_id = "我这边工号%s，" % num_said if plan["agent_id"] == "late" else ""
    disclose = sc["disclose"] or "我这边看到您的记录了"
    vi = rng.randrange(len(dom["verify_asks"]))  # asks and replies are written as pairs
    if plan["verification"] == "pass":
        s.agent(late_id + dom["verify_asks"][vi])
        late_id = ""
        s.customer(dom["verify_replies"][vi])
    elif plan["verification"] == "fail":
        s.agent(late_id + "好的，" + disclose)
        late_id = ""
        why["verification"] = "未核实身份就先披露了账户信息（%s）" % disclose
        s.customer(pick(rng, ["啊？这样啊", "嗯，然后呢", "哦，是吗"]))
        if rng.random() < 0.5:
            s.agent(dom["verify_asks"][vi])
            s.customer(dom["verify_replies"][vi])
            why["verification"] += "；核身是在披露之后才做的"

    # hold, then the fact
    fm = plan["fact_mode"]
    right = pick(rng, sc["right"]).format(v=pick(rng, [fact["expected"]] + fact["variants"]))
    wrong = pick(rng, sc["wrong_t"]).format(w=pick(rng, fact["wrong"]))
    lead = ""
    if plan["verification"] == "pass" and sc["disclose"]:
        lead = sc["disclose"] + "，"
    hold = plan["hold"]
    if hold != "none":
        if hold != "unannounced":
            s.agent(late_id + (pick(rng, P.CURT_ASK_WAIT) if plan["curt"] else pick(rng, P.HOLD_ASK)), tag="hold-ask")
            late_id = ""
            s.customer(pick(rng, ["好", "嗯嗯", "行", "好的", "OK"]))
        back = {"good": P.CURT_THANKS if plan["curt"] else P.HOLD_THANKS, "music": P.CURT_THANKS if plan["curt"] else P.HOLD_THANKS, "nothanks": P.HOLD_BACK_NOTHANKS,
                "sorry": P.HOLD_BACK_SORRY, "unannounced": P.HOLD_BACK_NOTHANKS, "short": P.HOLD_BACK_NOTHANKS}[hold]
        lead = pick(rng, back) + lead
        a_gap = plan["hold_ms"]
        tag = "hold-back"
    else:
        a_gap, tag = None, None
    if fm == "cust_wrong":
        s.agent(late_id + lead + pick(rng, ["您这个情况我清楚了", "情况我了解了", "这个我明白了"]), gap=a_gap, tag=tag)
        s.customer(sc["cust_wrong"])
        s.agent("不是的，" + right)
    elif fm == "missing":
        s.agent(late_id + lead + pick(rng, ["这个我这边给您登记一下", "您这个情况我记下了", "好的我知道了"]), gap=a_gap, tag=tag)
        why["fact-accuracy"] = "坐席始终没说出%s" % fact["label"]
        why["resolution"] = "%s这一项没有回答" % fact["label"]
    else:
        s.agent(late_id + lead + (wrong if fm in ("wrong", "wrong_then_right") else right), gap=a_gap, tag=tag)
        if fm in ("wrong", "wrong_then_right", "right_then_wrong"):
            why["no-misinformation"] = "说了错误值：%s" % wrong
        if fm == "wrong":
            why["fact-accuracy"] = "%s只说了错误值" % fact["label"]
    late_id = ""

    # follow-up question (complaint mid?)
    q, real, vague = pick(rng, sc["followups"])
    complaint2 = pick(rng, sc["complaints"]) if plan["complaint"] == "mid" else None
    if fm == "wrong_then_right":
        s.customer(pick(rng, ["你确定吗？我看网上写的不一样", "啊？跟我听说的不一样啊", "真的吗，你再确认下"]))
        s.agent(pick(rng, ["我更正一下，", "刚才我说得不对，", "我再核对了一下，"]) + right)
        why["fact-accuracy"] = "先说错后更正，最后一次是正确值（通过）"
    if fm == "right_then_wrong":
        s.customer(pick(rng, ["那再确认一下，", "我再问一遍啊，"]) + fact["label"] + "到底是多少")
        s.agent(pick(rng, ["哦我看错了，", "应该是，", "更正一下，"]) + wrong)
        why["fact-accuracy"] = "先说对后改成错误值，最后一次是错的"
    s.customer((complaint2 + "。" if complaint2 else "") + q, tag="complaint" if complaint2 else None)
    parts = []
    if complaint2:
        parts.append(pick(rng, P.EMPATHY) if plan["empathy"] == "pass" else pick(rng, P.NO_EMPATHY))
        if plan["empathy"] == "fail":
            why["empathy"] = "客户抱怨“%s”，坐席接下来两轮没有道歉或共情%s" % (complaint2, "（只有“%s”）" % parts[-1].strip("，") if parts[-1].strip("，") else "")
    ans = plan["answer"]
    if ans == "real":
        parts.append(real)
    elif ans == "vague":
        parts.append(vague)
        why.setdefault("resolution", "") 
        if not why["resolution"]:
            why["resolution"] = "回答听起来含糊（%s），但给出了实际答案" % vague[:12]
    elif ans == "nonanswer":
        parts.append(pick(rng, P.NONANSWER))
        why["resolution"] = (why.get("resolution", "") + "；" if why.get("resolution") else "") + "客户问“%s”得到的是不答复" % q
    else:
        parts.append(pick(rng, P.NONANSWER_THEN_HELP))
        why.setdefault("resolution", "当场答不上但跟进了查询/转交并给了时限（通过）")
    s.agent("，".join(p.strip("，") for p in parts if p), gap=plan["answer_gap"], tag="answer")
    if why.get("resolution") == "":
        del why["resolution"]

    # push exchange: a 忌语, a rude line, or a clean look-alike
    fw = plan["forbidden"]
    if fw != "none":
        s.customer(pick(rng, P.PUSH_BY_CATEGORY[fw]))
        if fw == "lookalike":
            s.agent(pick(rng, P.FORBIDDEN_LOOKALIKE))
        else:
            line = pick(rng, P.FORBIDDEN[fw])
            s.agent(line, tag="forbidden")
            why["forbidden-words"] = "忌语（%s）：%s" % (fw, line)
            if fw in P.RUDE_CATEGORIES:
                why["politeness"] = "出现无礼/讽刺/挑衅语句：%s" % line
            if fw == "敷衍":
                why["resolution"] = (why.get("resolution", "") + "；" if why.get("resolution") else "") + "用“%s”打发客户的追问" % line
    if plan["customer_sorry"]:
        s.customer(pick(rng, P.CUSTOMER_SORRY) + "，" + pick(rng, ["麻烦再说一遍", "您再讲一下", "能再说一次吗"]))
        s.agent(pick(rng, ["没关系，", "没事儿，"]) + pick(rng, ["我再说一遍，", "我重复一下，"]) + (right if fm in ("right", "cust_wrong", "wrong_then_right") else "处理结果会短信通知您"))
    if plan["curt"]:
        why.setdefault("politeness", "全程用“你”，没有请/麻烦/您这类敬语，回答生硬简短")

    # wrap-up: reference + survey
    wrap = []
    if plan["reference"] == "pass":
        k, b = reference_number(rng, dom, sc)
        wrap.append(pick(rng, REF_TEMPLATES).format(k=k, b=speak(b, rng) if voice else b))
    elif plan["reference"] == "fail":
        la = pick(rng, REF_LOOKALIKE).format(hotline=dom["hotline"])
        wrap.append(la)
        why["record-reference"] = "没有给出受理/工单编号（只说了：%s）" % la
    if plan["survey"] == "pass":
        sv = [x for x in (P.SURVEY_VOICE if voice else P.SURVEY_CHAT) if plan["closing"] != "fail" or "谢" not in x]
        wrap.append(pick(rng, sv))
    elif plan["survey"] == "fail":
        if rng.random() < 0.4:
            la = pick(rng, P.SURVEY_LOOKALIKE)
            wrap.append(la)
            why["survey-offered"] = "只问方案是否满意（%s），没有邀请评价" % la
        else:
            why["survey-offered"] = "没有邀请客户做满意度评价"
    if not wrap:
        wrap.append(pick(rng, ["您这边还有别的问题吗", "还有其他需要帮忙的吗"]))
    s.agent("，".join(wrap))
    if plan["closing"] == "na":
        s.customer(pick(rng, P.CUSTOMER_LEAVE), tag="leave")
        why["closing"] = "客户说完就挂断，坐席来不及结束语（na）"
    else:
        s.customer(pick(rng, P.CUSTOMER_OK))
        if plan["closing"] == "pass":
            s.agent(pick(rng, P.CURT_CLOSING if plan["curt"] else P.CLOSING_VOICE if voice else P.CLOSING_CHAT))
        else:
            last = pick(rng, P.NOCLOSING)
            s.agent(last)
            if last.startswith("还有"):
                s.customer(pick(rng, P.CUSTOMER_NOTHING))
                s.agent(pick(rng, ["好", "嗯", "行"]))
            why["closing"] = "最后两轮只有“%s”之类，没有感谢/祝福/道别" % last
    if plan["curt"]:
        why = {k: v if k == "politeness" else curtify(v) for k, v in why.items()}
    if ch == "webchat":
        for t in s.turns:
            if t["sp"] == "customer" and rng.random() < 0.12:
                t["text"] += pick(rng, P.CUSTOMER_EMOJI)
    return s.turns, why


AGENT_WAIT_RE = re.compile("稍等|稍候|别挂机|等我一会儿|等一下|给我一两分钟|等着|查下")
