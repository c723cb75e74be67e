"""Assemble one contact's lines (speaker, text, timing kind) from the hand-written material.

The output is a list of beats: dicts with speaker, text and `gap` = how the silence BEFORE the
beat is meant to be read by timing.py: normal, hold (announced), noask (unannounced long),
deadair, late (unanswered beyond SLA), custpause (customer owes the next word), overlap, small.
"""
from material_common import *

CURT_REPLACE = [("麻烦您", ""), ("请您", ""), ("您", "你"), ("{pls}", "")]


def agent_text(text, curt, org):
    text = text.replace("{org}", org)
    if curt:
        for a, b in CURT_REPLACE:
            text = text.replace(a, b)
    return text.replace("{you}", "你" if curt else "您").replace("{pls}", "请")


def build_beats(rng, dom, scen, scen_index, m, channel, staff_id):
    voice = channel == "voice"
    curt = m["polite"] == "curt"
    org = dom["org"]
    beats = []

    def A(text, gap="normal"):
        beats.append({"speaker": "agent", "text": agent_text(text, curt, org), "gap": gap})

    def C(text, gap="normal"):
        beats.append({"speaker": "customer", "text": text, "gap": gap})

    # 1. opener: greeting + id
    if m["aid"] == "digits":
        idp = rng.choice(ID_FORMS).replace("{id}", staff_id)
    elif m["aid"] == "words":
        idp = rng.choice(ID_FORMS).replace("{id}", "".join(DIGIT_WORDS.get(ch, ch) for ch in staff_id))
    elif m["aid"] == "name":
        idp = rng.choice(NAME_ROLE)
    elif m["aid"] == "bare":
        idp = rng.choice(BARE_ROLE)
    elif m["aid"] == "hotline":
        idp = rng.choice(HOTLINE_NUM).replace("{hotline}", dom["hotline"])
    else:
        idp = ""
    if m["greet"] == "ok":
        g = rng.choice(GREETINGS_VOICE if voice else GREETINGS_CHAT)
        A(g + idp + "请问有什么可以帮您？", "first")
    else:
        A(idp + rng.choice(NO_GREETING_OPENERS), "first")

    # 2. customer opening (+ complaint)
    opening = rng.choice(scen["open"])
    complaint = rng.choice(scen["complaints"]) if m["complaint"] == "yes" else None
    if complaint and not voice:
        C(opening)
        C(complaint, "burst")
    elif complaint:
        C(opening + complaint)
    else:
        C(opening)
    late_slot = rng.choice(["ask", "fact", "follow"])  # which agent reply comes late (latency mode)
    gap_slot = rng.choice([s for s in ["ask", "fact", "follow"] if s != late_slot])

    def g(slot):
        if m["latency"] == "late" and slot == late_slot:
            return "late"
        if m["deadair"] == "gap" and slot == gap_slot:
            return "deadair"
        return "normal"

    # 3. ack/empathy + required-info ask
    if complaint and m["empathy"] == "ok":
        head = rng.choice(EMPATHY)
    elif complaint and m["empathy"] == "bare":
        head = rng.choice(NOT_EMPATHY)
    else:
        head = rng.choice(CURT_ACK if curt else POLITE_ACK)
    if m["reqinfo"] == "ask":
        A(head + rng.choice(scen["ask"]), g("ask"))
        give = rng.choice(scen["give"])
        if m["complaint"] == "apology":
            give = rng.choice(CUSTOMER_APOLOGY) + give
        if m["deadair"] == "custpause":
            C("找到了，" + give, "custpause")
        else:
            C(give)
    else:
        A(head + ("我看一下。" if curt else "我来帮您看看。"), g("ask"))
        C(("不好意思啊，" if m["complaint"] == "apology" else "") + rng.choice(["嗯，你们能查到吧？", "好，麻烦快点。", "嗯嗯。"]))

    # 4. verification / disclosure
    ver = scen["requires"][0]
    thanks_mid = rng.choice(MIDCALL_THANKS) if m["closing"] == "midcall" or rng.random() < 0.2 else ""
    if ver and m["verify"] == "ok":
        A(thanks_mid + rng.choice(dom["verify_ask"]))
        C(rng.choice(dom["verify_give"]))
        pre_fact = "核实好了。" + dom["disclose"][scen_index % 2]
    elif ver and m["verify"] == "late":
        A(thanks_mid + dom["disclose"][scen_index % 2])
        C(rng.choice(["对对对，就是这个。", "嗯是的。", "对。"]))
        A(rng.choice(dom["verify_ask"]))
        C(rng.choice(dom["verify_give"]))
        pre_fact = ""
    elif ver:
        pre_fact = thanks_mid + dom["disclose"][scen_index % 2]
    else:
        pre_fact = thanks_mid

    # 5. hold before the fact
    fact_gap = g("fact")
    if m["hold"] in ("ok", "music", "nothanks", "short"):
        A((pre_fact + rng.choice(CURT_HOLD_ASK if curt else HOLD_ASK)), fact_gap)
        if voice and rng.random() < 0.5:
            C(rng.choice(["好。", "嗯行。", "好的。"]))
        back = rng.choice(HOLD_THANKS) if m["hold"] in ("ok", "music") else rng.choice(HOLD_BACK_NO_THANKS)
        fact_gap, pre_fact = {"ok": "hold", "music": "music", "nothanks": "hold", "short": "short"}[m["hold"]], back
    elif m["hold"] == "noask":
        fact_gap, pre_fact = ("late" if fact_gap == "late" else "noask"), pre_fact + rng.choice(HOLD_THANKS)

    # 6. the fact
    ok_line, wrong_line = rng.choice(scen["fact_ok"]), rng.choice(scen["fact_wrong"])
    if m["fact"] == "correct":
        A(pre_fact + ok_line, fact_gap)
    elif m["fact"] == "wrong":
        A(pre_fact + wrong_line, fact_gap)
    elif m["fact"] == "fixed":
        A(pre_fact + wrong_line, fact_gap)
        C(rng.choice(["啊？确定吗？我朋友说不是这样的。", "你再确认下？跟我看到的不一样。"]))
        A(rng.choice(["不好意思我刚才说错了，更正一下：", "抱歉，我核对了一下，刚才说得不对，"]) + ok_line)
    elif m["fact"] == "rightwrong":
        A(pre_fact + ok_line, fact_gap)
        C(rng.choice(["确定吗？", "这个是最新的规定吗？"]))
        A(rng.choice(["哦我再看一下……不对，是这样，", "我看错了，应该是，"]) + wrong_line)
    else:  # omitted
        A(pre_fact + rng.choice(["这个情况我已经记录下来了。", "您的情况我这边清楚了。"]), fact_gap)

    # 7. follow-up question and answer (forbidden phrase / lookalike ride here)
    fi = rng.randrange(len(scen["followq"]))  # the answer must belong to the question asked
    C(scen["followq"][fi])
    prefix = m.get("forbid_line", "") if m["forbid"] == "phrase" else ""
    look = rng.choice(LOOKALIKES) if m["forbid"] == "lookalike" else ""
    if m["resolution"] == "nonanswer":
        ans = rng.choice(NON_ANSWERS)
    elif m["resolution"] == "helped":
        ans = rng.choice(NON_ANSWER_WITH_HELP)
    else:
        ans = scen["followa"][fi]
    ref_part = ""
    if scen["requires"][1] and m["ref"] == "given":
        ref_part = rng.choice(REF_FRAMES).replace("{ref}", m["ref_no"])
    elif scen["requires"][1] and m["ref"] == "decoy":
        ref_part = rng.choice(REF_DECOYS).replace("{amount}", dom["amount"]).replace("{hotline}", dom["hotline"]).replace(
            "{tail}", dom["tail"]).replace("{date}", dom["date"])
    A(prefix + look + ans, g("follow"))
    survey_part = rng.choice(SURVEY) if scen["requires"][2] and m["survey"] == "ok" else ""

    # 8. wrap-up
    if m["closing"] == "early":
        if ref_part:
            A(ref_part)
        C(rng.choice(CUSTOMER_LEAVE_EARLY), "last")
        return beats, "customer"
    C(rng.choice(CUSTOMER_OK))
    tail = ref_part + survey_part
    if m["closing"] == "ok":
        if rng.random() < 0.5:
            A(tail + rng.choice(WRAPUP_ONLY))
            C(rng.choice(["没有了。", "没了没了。", "暂时没有。"]))
            A(rng.choice(CLOSINGS))
        else:
            A(tail + rng.choice(CLOSINGS))
        C(rng.choice(CUSTOMER_BYE), "last")
        return beats, "customer"
    if m["closing"] in ("wrapup", "midcall"):
        A(tail + rng.choice(WRAPUP_ONLY))
        C(rng.choice(CUSTOMER_BYE), "last")
        return beats, "customer"
    A(tail + ("处理完了。" if curt else "已经给您处理好了。"))
    C(rng.choice(CUSTOMER_BYE), "last")
    return beats, "customer"
