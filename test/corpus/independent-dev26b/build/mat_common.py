# -*- coding: utf-8 -*-
"""Shared helpers for independent-dev26b: text canonicalisation, core wording,
speech-recognition noise, and the set-wide constants. Standard library only."""
import re
from functools import lru_cache

SET = "independent-dev26b"
RUN = "dev26b"
PFX = "h19b"
SEED = 72467
TRADES = ["lock", "drive", "photo", "carcheck", "curtain", "leak"]

PUNCT = re.compile(r"[\s，。！？、；：,.!?;:“”\"'（）()…—~～·\-]+")
FILLERS = ["那个", "就是", "呃", "嗯"]
# near-homophones used by the recogniser; canon folds each pair to one spelling
HOMO = {"再": "在", "得": "的", "作": "做", "以": "已", "帐": "账", "象": "像", "须": "需"}
HOMO_OUT = {"在": "再", "的": "得", "做": "作", "已": "以", "账": "帐", "像": "象", "需": "须"}
NUMW = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
        "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
DIGSAY = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七",
          "8": "八", "9": "九"}
PARTICLES = "啊呢吧呀哦嘛啦哈了"
BACKCHANNEL = {"嗯", "嗯嗯", "对", "对对", "好的", "是", "是的", "好", "嗯好"}
GREET_TOKENS = ["您好", "你好", "早上好", "上午好", "中午好", "下午好", "晚上好", "欢迎致电", "欢迎咨询", "欢迎来到"]


@lru_cache(maxsize=None)
def canon(s):
    s = PUNCT.sub("", s)
    for f in FILLERS:
        s = s.replace(f, "")
    s = "".join(HOMO.get(c, c) for c in s)
    s = "".join(NUMW.get(c, c) for c in s)
    return s


def bare(s):
    """punctuation and spaces removed only (used for backchannels)."""
    return PUNCT.sub("", s)


def core(line):
    s = re.sub(r"\{[a-z]+\}", "", line)
    s = canon(s)
    s = re.sub(r"[0-9A-Za-z]", "", s)
    s = "".join(c for c in s if c not in PARTICLES)
    return s


def spoken_chars(s):
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", s))


@lru_cache(maxsize=None)
def tregex(template):
    """regex over canon text for a template with slots {n} {name} {ref} {org} {d} {v}."""
    parts = re.split(r"(\{[a-z]+\})", template)
    out = []
    for p in parts:
        if p in ("{n}", "{ref}", "{d}"):
            out.append(r"[0-9A-Za-z]{2,16}")
        elif p == "{name}":
            out.append(r".{1,4}?")
        elif p in ("{org}", "{v}"):
            out.append(r".{1,14}?")
        elif p:
            out.append(re.escape(canon(p)))
    return re.compile("".join(out))


def asr(text, rng, level):
    """level 0: clean; 1: recogniser noise (punctuation dropped / spaced, fillers,
    digits read out, near-homophones)."""
    if level == 0:
        return text
    # digit strings that are codes (phone tails, order and staff numbers) are read out digit by digit;
    # amounts and dates followed by a unit stay as the recogniser's Arabic digits
    text = re.sub(r"\d+(?![\d元块天个月号日点年小时分钟张次米厘%])",
                  lambda m: "".join(DIGSAY[d] for d in m.group()), text)
    out = []
    for c in text:
        if c in HOMO_OUT and rng.random() < 0.18:
            out.append(HOMO_OUT[c])
        else:
            out.append(c)
    text = "".join(out)
    pieces = re.split(r"([，。！？；：,.!?])", text)
    res = []
    for i, p in enumerate(pieces):
        if re.fullmatch(r"[，。！？；：,.!?]", p or "x"):
            res.append(" " if rng.random() < 0.55 else "")
        else:
            if p and rng.random() < 0.22 and not p.startswith(tuple(FILLERS)):
                p = rng.choice(["呃", "那个", "就是", "嗯"]) + p
            res.append(p)
    return re.sub(r"\s+", " ", "".join(res)).strip()
