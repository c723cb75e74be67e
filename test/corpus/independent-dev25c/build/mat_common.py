# -*- coding: utf-8 -*-
"""Shared material for independent-dev25c: ASR noise, normalisation, slot regexes.
All wording here is trade-neutral and never decisive."""
import re

SET = "independent-dev25c"
RUN = "dev25c"
PREFIX = "h18c"

FILLERS = ["呃", "那个", "就是", "嗯"]
# near-homophones an ASR engine plausibly produces (original -> heard); my own choice
HOMOPHONES = [
    ("稍等", "烧等"), ("核对", "合对"), ("订单", "定单"), ("押金", "压金"), ("退款", "退宽"),
    ("续费", "须费"), ("发票", "发飘"), ("预约", "预越"), ("护士", "护是"), ("充值", "冲值"),
    ("到账", "到帐"), ("维修", "维休"), ("材料", "才料"), ("镜头", "镜投"), ("会员", "会园"),
    ("手机", "收机"), ("刷头", "刷投"), ("模型", "魔型"), ("加油卡", "家油卡"), ("伤口", "商口"),
]
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七",
               "8": "八", "9": "九"}
NORM_DIGITS = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
               "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
BACKCHANNELS = ["嗯", "对", "好的", "嗯嗯", "对对", "好", "嗯对"]
PUNCT = re.compile(r"[\s，。！？、；：,.!?;:“”\"'（）()《》…—\-~～·]+")

SLOT_RE = {"name": r".{1,4}?", "num": r"\d{2,6}", "ref": r"\d{6,}", "d4": r"\d{3,6}"}


def norm(s):
    s = PUNCT.sub("", s)
    for orig, heard in HOMOPHONES:
        s = s.replace(heard, orig)
    for f in FILLERS:
        s = s.replace(f, "")
    return "".join(NORM_DIGITS.get(c, c) for c in s)


def tpl_regex(tpl, values=None):
    """Compile a material line (with {slots}) into a regex over normalised text.
    values: for {v}, a list of alternative values."""
    parts = re.split(r"(\{[a-z0-9]+\})", tpl)
    out = []
    for p in parts:
        if p.startswith("{") and p.endswith("}"):
            k = p[1:-1]
            if k == "v":
                alts = sorted({norm(x) for x in (values or [])}, key=len, reverse=True)
                out.append("(" + "|".join(re.escape(a) for a in alts) + ")")
            else:
                out.append(SLOT_RE[k])
        else:
            out.append(re.escape(norm(p)))
    return re.compile("".join(out))


def core(tpl):
    """Core wording: slots, names, digits, particles and punctuation stripped."""
    s = re.sub(r"\{[a-z0-9]+\}", "", tpl)
    s = norm(s)
    s = re.sub(r"[0-9A-Za-z]", "", s)
    s = re.sub(r"[啊呀吧呢哦哈嘛啦吗了的哈]", "", s)
    return s


# trade-neutral customer fillers (never decisive)
CUST_ACK = ["好的。", "嗯，好。", "行，知道了。", "哦哦，明白。", "可以。", "好，我记一下。"]
CUST_NOMORE = ["没有了。", "暂时没了。", "就这些。", "没别的了。"]
CUST_OK_WAIT = ["好，你查吧。", "行，我等着。", "嗯，麻烦了。"]
NUDGE = ["在吗？", "还在吗？", "人呢？"]
BOT_TRANSFER = ["转人工", "人工客服", "我要找人工"]
SYS_TRANSFER = "正在为您转接人工客服，请稍候……"
