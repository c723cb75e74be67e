# -*- coding: utf-8 -*-
"""Shared, trade-neutral material: ASR noise model, canonicalisation, backchannels."""
import re

RUN_ID = "dev28c"
PREFIX = "h21c"
SEED = 153589
TRADES = ["fit", "novel", "pet", "wear", "toilet", "pad"]

# leading fillers the recogniser leaves at clause starts
FILLERS = ["呃", "那个", "就是", "嗯"]
# homophones / near-homophones (clean -> as recognised). Noisy forms never occur in clean text.
HOMO = [("稍等", "烧等"), ("麻烦", "马烦"), ("查一下", "察一下"), ("系统", "系通"),
        ("记录", "纪录"), ("已经", "以经"), ("订单", "定单"), ("处理", "处里"),
        ("评价", "平价"), ("抱歉", "报歉"), ("感谢", "赶谢"), ("工号", "公号"),
        ("耐心", "耐新"), ("师傅", "师父"), ("确认", "确任"), ("时候", "时后")]
DIGW = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
WDIG = {v: k for k, v in DIGW.items()}
WDIG["一"] = "1"
WDIG["两"] = "2"
# an agent backchannel said over the customer (listening, not a turn)
BACKCHANNELS = ["嗯", "对", "好的", "嗯嗯", "是的", "对对", "好"]
PUNCT = "，。？！、；：,.?!;:“”\"'（）() …~～-"
HOLD_MIN = {"voice": 15000, "webchat": 30000}
DEAD_MIN = {"voice": 8000, "webchat": 30000}


def digits_to_words(s):
    return "".join(DIGW.get(ch, ch) for ch in s)


def canon(text):
    """Text as the validator reads it: no punctuation/space, homophones undone, fillers dropped,
    runs of >=3 spoken digits turned back into digits."""
    t = text
    for a, b in HOMO:
        t = t.replace(b, a)
    t = "".join(ch for ch in t if ch not in PUNCT and not ch.isspace())
    for f in FILLERS:
        t = t.replace(f, "")
    t = re.sub("[零幺二三四五六七八九]{3,}", lambda m: "".join(WDIG[c] for c in m.group(0)), t)
    return t


def core(text):
    """Core wording for the reuse count: canonical text without digits/latin and slot markers."""
    t = canon(re.sub(r"\{[a-z0-9]+\}", "", text))
    t = re.sub(r"[0-9A-Za-z]", "", t)
    for p in "的了吗呢吧啊呀哦嘛":
        t = t.replace(p, "")
    return t


def noise_text(text, rng, homophones):
    """Speech-recognition rendering of a clean line (slots are latin placeholders, untouched)."""
    t = text
    if homophones:
        for a, b in HOMO:
            if a in t and rng.random() < 0.7:
                t = t.replace(a, b, 1)
    parts = re.split(r"([，。？！；、])", t)
    out = []
    for i in range(0, len(parts), 2):
        seg = parts[i]
        if not seg:
            continue
        if rng.random() < 0.25 and not seg.startswith(tuple(FILLERS)):
            seg = rng.choice(FILLERS) + " " + seg
        out.append(seg)
    sep = " " if rng.random() < 0.6 else ""
    return sep.join(out).strip()


def is_backchannel_text(text):
    return "".join(ch for ch in text if ch not in PUNCT and not ch.isspace()) in BACKCHANNELS


def count_chars(text):
    return sum(1 for ch in text if ('\u4e00' <= ch <= '\u9fff') or ch.isdigit() or ('a' <= ch.lower() <= 'z'))
