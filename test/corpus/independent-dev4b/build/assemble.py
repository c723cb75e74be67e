"""Turns one contact's plan (which checks should fail, and how) into dialogue beats.

A beat is (speaker, text, gap_kind). gap_kind says what the silence BEFORE the beat is, so that timeline.py
can place it: normal, hold (announced), hold-bare (unannounced hold), dead (dead air after an ack),
latency (slow reply), custpause (customer's own pause), shortwait, interrupt, overlap.
"""
import re
from common import *

PUNCT = "，。？！、；：,.?!;:"


def curtify(s):
    """The same content in a consistently curt register: 你 for 您, no 请/麻烦/谢谢 softeners."""
    for a, b in [("请问", ""), ("麻烦您", ""), ("麻烦", ""), ("请您", ""), ("请", ""), ("谢谢您", ""), ("，谢谢", ""),
                 ("非常感谢", ""), ("您", "你"), ("好的", "嗯"), ("哈", ""), ("呀", "")]:
        s = s.replace(a, b)
    for a, b in [("为了保护你的信息，", ""), ("为了保护隐私，", ""), ("为了核实身份，", ""), ("，。", "。"), ("。。", "。"), ("，，", "，")]:
        s = s.replace(a, b)
    return s.strip("，") or "嗯。"


def fill(rng, s, sc, wish=None):
    return s.format(org=sc["org"], hotline=sc["hotline"], wish=wish or rng.choice(sc["wishes"]),
                    d5=rng.randint(10000, 99999), amt=rng.choice([3200, 2100, 198, 52000]))


def staff_no(rng):
    n = str(rng.randint(1000, 9899)) if rng.random() < 0.7 else rng.choice("ABKM") + str(rng.randint(100, 999))
    return n, "".join(DIGIT_WORDS.get(ch, ch) for ch in n)


def make_ref(rng, sc, voice):
    digits = "2026120" + str(rng.randint(10000, 99999))
    ref = sc["ref_prefix"] + digits[-9:]
    if voice and rng.random() < 0.35:  # read out in words on some calls
        spoken = sc["ref_prefix"] + "".join(DIGIT_WORDS[c] for c in digits[-9:])
        return spoken
    return ref


def build(p, sc, rng):
    """Return (beats, notes). p is the plan dict made by gen.py."""
    voice = p["channel"] == "voice"
    curt = p["curt"]
    B = []
    notes = {}

    def A(text, gap="normal", tag=None):
        t = curtify(text) if curt else text
        if not voice and not curt and rng.random() < 0.12 and tag is None:
            t += rng.choice(EMOJI)
        B.append(["agent", t, gap, tag])

    def C(text, gap="normal", tag=None):
        B.append(["customer", text, gap, tag])

    wish = rng.choice(sc["wishes"])
    # 1. opening turn
    if curt:
        head = rng.choice(CURT_GREET) if p["greeting"] else "说。"
    else:
        head = (rng.choice(GREET) + "，" + ("欢迎致电" if voice else "欢迎咨询") + sc["org"] + "，") if p["greeting"] else fill(rng, rng.choice(NO_GREET), sc)
    n, w = staff_no(rng)
    name = rng.choice(NAMES)
    idpart = ""
    if p["agent_id"] == "pass-first":
        pool = ID_PASS if voice else ID_PASS_CHAT
        idpart = rng.choice(pool).format(n=n, w=w if voice else n, name=name, org=sc["org"]) + "，"
    elif p["agent_id"] == "fail":
        pool = [x for x in ID_FAIL if not (p["greeting"] and "{org}" in x) and not ("{hotline}" in x and not sc["hotline"].isdigit())]
        idpart = fill(rng, rng.choice(pool), sc)
        idpart = idpart + "，" if idpart else ""
    offer = "" if (curt and "说" in head) or head.endswith("？") else rng.choice(OFFER)
    first = (head + ("" if head.endswith(("。", "？", "，")) else "，") + idpart + offer).rstrip("，") + ("" if offer else "。")
    B.append(["agent", first if not curt else curtify(first), "first", "open"])
    # 2. customer opening (maybe split in chat, maybe with a complaint)
    complaint_first = p["complaint"] and p["complaint_first"]
    if complaint_first:
        C(rng.choice(sc["complaint_opens"]) if sc["empathy"] else rng.choice(sc["opens"]) + rng.choice(CUST_COMPLAINTS), tag="complaint")
    else:
        text = rng.choice(sc["opens"])
        if not voice and rng.random() < 0.4 and text.find("，") >= 4:
            a, b = text.split("，", 1)
            C(a)
            C(b, tag="run")
        else:
            C(text)
    prefix2 = ""
    if p["agent_id"] == "pass-second":
        prefix2 = "我是客服专员" + name + "，工号" + (w if voice else n) + "，"
    # empathy response slot
    emp_first = None
    if complaint_first:
        emp_first = not (p["empathy"] == "fail" and p["emp_fail_at"] == 1)
        prefix2 += rng.choice(EMPATHY) if emp_first else rng.choice(NO_EMPATHY)
    gap2 = "latency" if p["latency"] else "normal"
    # 3. verification / disclosure
    asked_items = [it for it in sc["required"] if it["key"] != p["skip_info"]]
    if sc["verification"]:
        if p["verification"] == "pass":
            A(prefix2 + rng.choice(sc["verify_ask"]), gap2, "verify-ask")
            if p["cust_pause"]:  # the customer hunts for the card before answering: the customer's pause
                C(rng.choice(sc["verify_answer"]), "custpause")
            else:
                if p["cust_apology"]:
                    C(rng.choice(CUST_APOLOGY))
                    A("没关系，" + rng.choice(sc["verify_ask"]))
                C(rng.choice(sc["verify_answer"]))
            A(rng.choice(VERIFY_OK) + rng.choice(sc["disclose"]), tag="disclose")
        else:
            A(prefix2 + rng.choice(sc["disclose"]), gap2, "disclose")
            if rng.random() < 0.4:
                C("嗯对。")
                A("对了，" + rng.choice(sc["verify_ask"]), tag="verify-ask-late")
                C(rng.choice(sc["verify_answer"]))
    else:
        A(prefix2 + rng.choice(ACK[:4]) + "我来帮您看一下。", gap2)
        if p["cust_apology"]:
            C(rng.choice([x for x in CUST_APOLOGY if "卡" not in x]))
            A("没事没事，您慢慢说。")
    # 4. required info
    for it in asked_items:
        A(rng.choice(it["asks"]), tag="info-ask")
        C(rng.choice(it["answers"]))
    # 5. hold / short wait / dead air, then facts
    hold = p["hold"]
    if hold in ("pass", "nothanks", "pass2", "second-nothanks"):
        A(rng.choice(HOLD_ASK), tag="hold-ask")
        if rng.random() < 0.5:
            C(rng.choice(["好的。", "嗯，你查吧。", "行，我等着。", "好"]))
        A(rng.choice(HOLD_THANK) if hold != "nothanks" else rng.choice(HOLD_BACK_NO_THANK), "hold", "hold-back")
    elif hold == "bare":  # voice: ack, then a silent hold nobody announced
        A(rng.choice(ACK))
        A(rng.choice(HOLD_THANK), "hold-bare", "hold-back")
    if p["short_wait"]:
        A(rng.choice(SHORT_WAIT))
        A(rng.choice(ACK), "shortwait")
    facts = sc["facts"]
    for i, f in enumerate(facts):
        mode = p["fact_modes"][i]
        if i > 0 and mode != "missing":
            C("那" + f["cues"][0] + "呢？")
        gap = "dead" if (p["dead_air"] and i == 0) else "normal"
        if gap == "dead":
            A(rng.choice(ACK))
        if mode == "missing":
            continue
        v = rng.choice([f["expected"]] + f["variants"])
        wv = rng.choice(f["wrong_values"])
        if mode == "neg":
            A(rng.choice(f["say"]).format(v=v), gap)
            C(f["cust_wrong"].format(w=wv))
            A(f["neg"].format(w=wv, v=rng.choice([f["expected"]] + f["variants"])))
        elif mode == "wrong":
            A(rng.choice(f["wrong"]).format(w=wv), gap)
        elif mode == "selfcorrect":
            A(rng.choice(f["wrong"]).format(w=wv), gap)
            C(rng.choice(CUST_DOUBT))
            A(rng.choice(SELF_CORRECT) + rng.choice(f["say"]).format(v=v))
        else:
            A(rng.choice(f["say"]).format(v=v), gap)
    if hold in ("pass2", "second-nothanks"):
        C("好的，那我再问一下，之前的记录还在吗？")
        A(rng.choice(HOLD_ASK), tag="hold-ask")
        A(rng.choice(HOLD_THANK) + "记录都在的。" if hold == "pass2" else rng.choice(HOLD_BACK_NO_THANK) + "记录都在。", "hold", "hold-back")
    # a second complaint (or the only one, when the opening was calm), well after the first one
    if p["complaint"] and (not complaint_first or p["second_complaint"]):
        C(rng.choice(CUST_COMPLAINTS), tag="complaint")
        ok = not (p["empathy"] == "fail" and p["emp_fail_at"] == 2)
        A(rng.choice(EMPATHY) if ok else rng.choice(NO_EMPATHY))
        A(rng.choice(["我现在就帮您跟进。", "这边马上给您加急。", "我把情况记下来了。"]))
    # 6. side question
    if p["side"]:
        qi = rng.randrange(len(sc["side_q"]))
        C(sc["side_q"][qi])
        if p["side"] == "answer":
            A(sc["side_a"][qi])
        elif p["side"] == "nonanswer":
            A(rng.choice(NON_ANSWER))
            C(rng.choice(["哦，那好吧。", "……行吧。", "那算了。"]))
            A(rng.choice(ACK))
        else:
            A(rng.choice(NON_ANSWER_HELPED))
            A(sc["side_a"][qi], "shortwait")
    # 7. action + reference
    if sc["reference"]:
        C(rng.choice(["那麻烦你帮我办一下。", "那就这么办吧。", "行，那你给我登记一下。", "好，帮我弄一下。"]))
        if p["reference"] == "pass":
            ref = make_ref(rng, sc, voice)
            notes["ref"] = ref
            A(sc["action"].format(ref=ref), tag="ref")
        else:
            A(sc["action_noref"])
            if rng.random() < 0.6:
                A(fill(rng, rng.choice(NONREF_NUMBERS), sc))
    elif rng.random() < 0.3:
        A(fill(rng, rng.choice(NONREF_NUMBERS[:2]), sc))
    # 8. wrap-up, survey, closing
    if p["closing"] == "na":
        C(rng.choice(["行了行了，我知道了。", "好了我知道了，挂了。", "算了，我自己去问吧。"]), tag="leave")
        return B, notes
    surv = p["survey"] == "pass"
    if p["closing"] == "pass":
        A(rng.choice(WRAPUP))
        C(rng.choice(CUST_DONE))
        if curt:
            B.append(["agent", (CURT_SURVEY[0] if surv else "") + rng.choice(CURT_CLOSING), "normal", "close"])
        else:
            pool = CLOSING if voice else CLOSING_CHAT
            A((rng.choice(SURVEY if voice else SURVEY_CHAT) if surv else "") + fill(rng, rng.choice(pool), sc, wish), tag="close")
    else:
        A(rng.choice(WRAPUP))
        C(rng.choice(CUST_DONE))
        if surv:
            A(CURT_SURVEY[0] if curt else rng.choice(SURVEY_NOTHANK))
        else:
            B.append(["agent", rng.choice(NO_CLOSING), "normal", None])
    return B, notes


def plain(s):
    return re.sub(r"[\s" + re.escape(PUNCT) + "～…—]", "", s)
