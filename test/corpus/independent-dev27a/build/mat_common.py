# -*- coding: utf-8 -*-
"""Common material and helpers for independent-dev27a (Python 3 stdlib only)."""
import re

SET = "independent-dev27a"
RUN_ID = "dev27a"
PREFIX = "h20a"
TRADES = ["library", "exam", "parks", "museum", "sports", "culture"]
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
          "politeness", "interruption", "dead-air", "speech-rate", "empathy", "resolution",
          "first-response", "response-latency", "fact-accuracy", "no-misinformation",
          "record-reference", "survey-offered", "required-info"]

FILLERS = ["呃", "那个", "就是", "嗯"]
BACKCHANNELS = ["嗯", "对", "好的", "嗯嗯", "对对"]
PUNCT = "，。？！、：；,.?!:;“”\"'（）()《》…~～ —-"
PARTICLES = "吧呢啊呀哦嘛的了哈啦嗯"
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
NUM_NORM = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
            "六": "6", "七": "7", "八": "8", "九": "9"}
# near-homophones used only on padding and non-decisive customer lines of ASR-style calls
HOMOPHONES = [("再", "在"), ("已经", "以经"), ("做", "作"), ("那边", "哪边"), ("账户", "帐户"),
              ("时候", "时侯"), ("其实", "其时"), ("一下", "一夏"), ("天气", "天汽"), ("周末", "州末")]
NUDGES = ["在吗？", "人呢？", "还在吗", "您好？有人吗"]
CUST_ACKS = ["好的。", "嗯，好。", "行，我知道了。", "哦哦，明白。", "好，谢谢。", "可以。"]
AGENT_BRIDGES = ["好的，我记一下。", "明白，我这边看着呢。", "嗯，您接着说。", "好的，收到您的信息了。"]


def norm(s):
    """Normalise text for matching: drop punctuation, spaces and fillers, map numerals to digits."""
    s = "".join(ch for ch in s if ch not in PUNCT and not ch.isspace())
    for f in FILLERS:
        s = s.replace(f, "")
    return "".join(NUM_NORM.get(ch, ch) for ch in s)


def core(s):
    """Core wording: normalised, slots/digits/particles/latin names removed."""
    s = re.sub(r"\{[a-z_]+\}", "", s)
    s = norm(s)
    s = re.sub(r"[0-9A-Za-z]", "", s)
    s = "".join(ch for ch in s if ch not in PARTICLES and ch not in "十百千万")
    return s


def template_regex(t):
    parts = re.split(r"\{[a-z_]+\}", t)
    return re.compile(".{1,24}?".join(re.escape(norm(p)) for p in parts))


def spoken_chars(s):
    return sum(1 for ch in s if ("\u4e00" <= ch <= "\u9fff") or ch.isdigit() or ch.isalpha())


def digits_to_words(m):
    return "".join(DIGIT_WORDS[d] for d in m.group(0))
