# -*- coding: utf-8 -*-
"""Shared material and text helpers for independent-dev26a (hand-written, stdlib only)."""
import re

SET = "independent-dev26a"
RUN_ID = "dev26a"
PREFIX = "h19a"
SEED = 61813
TRADES = ["court", "blood", "ferry", "lottery", "ip", "archive"]

# ASR near-homophones chosen for this set: (right, heard-as)
HOMOPHONES = [("的", "得"), ("在", "再"), ("已", "以"), ("帮", "邦"), ("查", "察"),
              ("期", "其"), ("费", "废"), ("办", "半"), ("证", "正"), ("候", "后"),
              ("需", "须"), ("情", "请")]
FILLERS = ["呃", "那个", "就是", "嗯"]
PARTICLES = "的了吗呢吧啊呀哦嘛哈啦么噢"
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五",
               "6": "六", "7": "七", "8": "八", "9": "九"}
CANON_DIGITS = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3",
                "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
PUNCT = "，。？！、：；“”‘’,.?!:;\"'（）()《》…—-~～ \u3000\t\n/"

BACKCHANNELS = ["嗯", "对", "好的", "嗯嗯", "对对", "好"]
CUSTOMER_OK = ["好的", "嗯好", "行", "明白了", "好的好的", "知道了", "哦哦好", "可以"]
NUDGES = ["在吗？", "还在吗", "人呢？", "您好？在吗"]

# customer's own apologies (not complaints)
CUST_APOLOGY_CHAT = ["不好意思，我打字比较慢。", "抱歉刚才走开了一下。", "不好意思刚才发错了。"]
CUST_APOLOGY_VOICE = ["不好意思啊我这边有点吵", "抱歉抱歉我刚才没听清", "不好意思我年纪大了说话慢"]


VOICE_ONLY = ["声音", "耳朵", "信号", "吵", "大声", "蓝牙", "听清", "电话", "说话慢", "开车"]


def voice_only(text):
    return any(w in text for w in VOICE_ONLY)


def canon(s):
    """Canonical form used by the validator: strips punctuation/spaces/fillers, maps heard-as
    homophones back and digit words to digits. Applied identically to material and transcripts."""
    for ch in PUNCT:
        s = s.replace(ch, "")
    for right, wrong in HOMOPHONES:
        s = s.replace(wrong, right)
    for f in ("那个", "就是", "呃", "嗯"):
        s = s.replace(f, "")
    return "".join(CANON_DIGITS.get(c, c) for c in s)


def canon_idx(s):
    """canon() with, for every canonical character, the index of the raw character it came from."""
    hm = {w: r for r, w in HOMOPHONES}
    mapped = [(hm.get(c, c), i) for i, c in enumerate(s) if c not in PUNCT]
    out = []
    j = 0
    while j < len(mapped):
        for f in ("那个", "就是", "呃", "嗯"):
            if "".join(m[0] for m in mapped[j:j + len(f)]) == f:
                j += len(f)
                break
        else:
            out.append((CANON_DIGITS.get(mapped[j][0], mapped[j][0]), mapped[j][1]))
            j += 1
    return "".join(o[0] for o in out), [o[1] for o in out]


def quote_raw(text, line):
    """The stretch of a (possibly noisy) transcript that carries the material line; the line itself if not found."""
    c, idx = canon_idx(text)
    cl = canon(line)
    p = c.find(cl) if cl else -1
    if p < 0:
        return line
    return text[idx[p]: idx[p + len(cl) - 1] + 1]


def core(s, names=()):
    """Core wording: canonical text with slots, names, numbers and particles removed."""
    s = re.sub(r"\{[a-z_]+\}", "", s)
    for n in names:
        s = s.replace(n, "")
    s = canon(s)
    s = re.sub(r"[0-9A-Za-z十百千万]", "", s)
    return "".join(c for c in s if c not in PARTICLES)


def template_regex(tpl):
    """Regex over canonical text for a template with {slots}."""
    parts = re.split(r"\{[a-z_]+\}", tpl)
    return re.compile(".{1,14}?".join(re.escape(canon(p)) for p in parts))


def spoken_chars(text):
    return sum(1 for c in text if ("\u4e00" <= c <= "\u9fff") or c.isdigit() or c.isascii() and c.isalpha())


def read_digits(num):
    return "".join(DIGIT_WORDS.get(c, c) for c in num)

# padding pairs (customer line, agent reply) -- not decisive for any check
PAD = [("你等我一下，我拿个本子记。", "好的，不着急，您慢慢来。"),
       ("我这边信号不太好，你刚才说的我再确认下。", "没问题，有哪里没听清您随时说。"),
       ("我对这些流程不太懂。", "没关系，我一步一步跟您说。"),
       ("稍等，我家孩子在叫我。", "好的，您先忙。"),
       ("我记下来了。", "好的。")]
