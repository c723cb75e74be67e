# -*- coding: utf-8 -*-
"""Shared material and text helpers for independent-dev24a (stdlib only)."""
import re

SET = "independent-dev24a"
RUN = "dev24a"
PREFIX = "h17a"
TRADES = ["housingfund", "exitentry", "notary", "vaccine", "parcel", "kindergarten"]


def S(block):
    """Split a '|'-separated block of hand-written lines."""
    return [x.strip() for x in block.split("|") if x.strip()]


# agent given names / surnames used in id lines ({name}); stripped from core wording
NAMES = ["小林", "小周", "小许", "小唐", "小梁", "小苏", "小韩", "小姚", "小秦", "小蒋", "小沈", "小魏",
         "小钟", "小罗", "小葛", "小喻", "小邵", "小范"]

# agent backchannels said over the customer (listening, never a turn that counts)
BACKCHANNELS = ["嗯", "嗯嗯", "对", "好的", "是", "是的", "对对"]

# customer nudge in chat (does not restart the latency clock)
NUDGES = ["在吗？", "还在吗", "人呢？", "您好？在不在"]

# ASR noise: clause-start fillers, digit words, homophones (wrong form -> canonical form)
FILLERS = ["呃", "那个", "就是", "嗯"]
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
               "7": "七", "8": "八", "9": "九"}
NUMERALS = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
            "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# homophones / near-homophones the recogniser produces: canonical -> misheard
HOMOPHONES = {
    "公积金": "公基金", "提取": "提起", "贷款": "代款", "预约": "预越", "护照": "护罩", "签注": "签住",
    "通行证": "通行正", "公证": "公正", "材料": "才料", "接种": "接重", "疫苗": "疫描",
    "包裹": "包过", "快递": "快底", "幼儿园": "幼儿元", "学费": "学飞", "查询": "查寻", "确认": "却认",
    "登记": "等级", "稍等": "烧等", "账户": "帐户", "手续": "手序", "工作日": "工作室", "身份证": "身分证",
}
REVERSE_HOMO = sorted(((w, c) for c, w in HOMOPHONES.items()), key=lambda x: -len(x[0]))

PUNCT_RE = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")
PARTICLES = "吗呢吧啊呀哦嘛啦哈噢哟"


def norm(text):
    """Canonical form used for detection: homophones undone, punctuation and fillers dropped,
    numerals turned to digits. Applied identically to contacts and to material."""
    t = PUNCT_RE.sub("", text)
    for wrong, canon in REVERSE_HOMO:
        t = t.replace(wrong, canon)
    for f in ("那个", "就是", "呃", "嗯"):
        t = t.replace(f, "")
    t = "".join(NUMERALS.get(ch, ch) for ch in t)
    return t


def core(text):
    """Core wording of a material line: slots, names, numbers, particles, punctuation stripped."""
    t = re.sub(r"\{[a-z]+\}", "", text)
    t = norm(t)
    for n in NAMES:
        t = t.replace(norm(n), "")
    t = re.sub(r"[0-9A-Za-z]", "", t)
    t = "".join(ch for ch in t if ch not in PARTICLES)
    return t


def spoken_chars(text):
    return len(re.findall(r"[0-9A-Za-z\u4e00-\u9fff]", text))


def line_regex(template, slots):
    """Regex (over norm text) for a material template; slots maps slot name -> regex alternation."""
    parts = re.split(r"(\{[a-z]+\})", template)
    out = []
    for p in parts:
        m = re.fullmatch(r"\{([a-z]+)\}", p)
        if m:
            out.append("(?P<%s>%s)" % (m.group(1), slots[m.group(1)]))
        else:
            out.append(re.escape(norm(p)))
    return re.compile("".join(out))


def asr_noise(text, rng):
    """Make a clean line read like speech recognition output."""
    # homophones
    for canon, wrong in HOMOPHONES.items():
        if canon in text and rng.random() < 0.5:
            text = text.replace(canon, wrong, 1)
    # digits read out
    if rng.random() < 0.85:
        text = "".join(DIGIT_WORDS.get(ch, ch) for ch in text)
    # clauses: fillers at clause starts, punctuation dropped or turned into spaces
    clauses = re.split(r"[，。？！；、,.?!;：:“”\"]+", text)
    out = []
    for c in clauses:
        c = c.strip()
        if not c:
            continue
        if rng.random() < 0.22:
            c = rng.choice(FILLERS) + c
        out.append(c)
    sep = " " if rng.random() < 0.6 else ""
    return sep.join(out)


# customer padding shared by all trades is deliberately absent: every trade writes its own.
CLOSE_OK_CUSTOMER = S("没有了，谢谢。|没别的了。|暂时没有了，麻烦你了。|就这些，谢谢啊。|没了没了，多谢。|好的，没有其他的了。")
HOLD_OK_CUSTOMER = S("好的。|行，你查吧。|嗯，好。|可以，我等着。")

# Lines that fit only some scenarios of their trade: trade -> category -> {line index: [topics]}.
# Unlisted lines fit every scenario of the trade. Complaint acknowledgements tied to a topic are used only
# after that scenario's own complaint lines (never after a generic repeat-contact or escalation complaint).
ONLY = {
    "housingfund": {"rude": {3: ["withdraw-delay", "balance"]},
                    "hold_ask": {0: ["withdraw-delay"], 1: ["loan-policy"], 2: ["balance"], 4: ["withdraw-delay"], 7: ["loan-policy"]},
                    "ack": {0: ["withdraw-delay"], 1: ["withdraw-delay", "balance"], 5: ["withdraw-delay"]}},
    "exitentry": {"rude": {0: ["passport"]},
                  "hold_ask": {0: ["passport"], 1: ["endorsement"], 2: ["passport"], 3: ["mail-delay"], 4: ["passport"], 7: ["mail-delay"]},
                  "followup": {1: ["mail-delay"], 3: ["mail-delay"], 2: ["passport", "mail-delay"]},
                  "ack": {0: ["mail-delay"], 1: ["mail-delay"], 3: ["mail-delay"]}},
    "notary": {"rude": {1: ["fee-dispute"], 4: ["status", "will-docs"]},
               "hold_ask": {0: ["status", "fee-dispute"], 1: ["fee-dispute"], 2: ["status", "fee-dispute"], 4: ["fee-dispute"],
                            5: ["status"], 6: ["will-docs"], 7: ["status", "fee-dispute"], 8: ["fee-dispute"]},
               "followup": {0: ["fee-dispute"], 1: ["fee-dispute"]},
               "ack": {1: ["fee-dispute"], 2: ["status"], 4: ["fee-dispute"], 5: ["status"]}},
    "vaccine": {"rude": {1: ["record"], 4: ["cancelled"]},
                "hold_ask": {0: ["cancelled", "hpv"], 1: ["record"], 2: ["record"], 3: ["cancelled", "hpv"], 4: ["cancelled", "record"],
                             5: ["cancelled"], 6: ["hpv"], 7: ["cancelled", "hpv"]},
                "followup": {0: ["cancelled"], 3: ["cancelled", "record"]},
                "ack": {0: ["cancelled"], 1: ["cancelled"], 2: ["cancelled"], 4: ["cancelled"], 5: ["cancelled"]}},
    "parcel": {"rude": {0: ["damaged"], 3: ["tracking", "damaged"]},
               "hold_ask": {0: ["tracking"], 1: ["damaged"], 2: ["tracking"], 4: ["damaged"], 5: ["tracking"], 6: ["rates"],
                            7: ["damaged"], 8: ["tracking"]},
               "followup": {0: ["damaged"], 1: ["damaged", "tracking"], 3: ["damaged"]},
               "ack": {0: ["damaged"], 1: ["damaged", "tracking"], 2: ["damaged"], 5: ["damaged"]}},
    "kindergarten": {"rude": {2: ["fees"], 3: ["refund"]},
                     "hold_ask": {0: ["refund"], 4: ["fees"], 5: ["refund"], 6: ["enroll"], 7: ["fees", "refund"], 8: ["enroll"],
                                  2: ["fees", "refund"], 3: ["fees", "refund"]},
                     "followup": {0: ["refund", "fees"], 2: ["refund", "fees"]},
                     "ack": {0: ["refund"], 1: ["refund"], 2: ["refund"], 3: ["refund"], 4: ["refund"]}},
}

# small talk that fits only some scenarios (pad pair index -> topics)
PAD_ONLY = {
    "housingfund": {1: ["balance", "loan-policy"], 0: ["balance", "withdraw-delay"]},
    "exitentry": {2: ["passport", "endorsement"], 5: ["passport", "endorsement"]},
    "notary": {1: ["will-docs", "fee-dispute"], 2: ["status"], 3: ["fee-dispute", "will-docs"]},
    "vaccine": {0: ["record", "cancelled"], 1: ["record", "cancelled"], 2: ["record", "cancelled"],
                3: ["record", "cancelled"], 4: ["record", "cancelled"]},
    "parcel": {1: ["tracking", "damaged"], 2: ["tracking"], 3: ["tracking", "damaged"]},
    "kindergarten": {1: ["fees"], 5: ["enroll"], 0: ["fees", "enroll"]},
}
