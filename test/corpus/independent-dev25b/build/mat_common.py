# -*- coding: utf-8 -*-
"""Shared material: ASR noise, normalisation, IVR/bot lines, specials. Hand-written for dev25b."""
import re

SET = "independent-dev25b"
RUN = "dev25b"
PREFIX = "h18b"
TRADES = ["pz", "jbs", "bc", "tm", "qx", "cw"]

FILLERS = ["呃", "那个", "就是", "嗯"]
# clean -> noisy (single characters, applied only to voice transcripts that read like ASR)
HOMOPHONES = {"在": "再", "的": "得", "做": "作", "已": "以", "订": "定", "费": "废", "期": "其", "候": "后", "帐": "账"}
CANON = {v: k for k, v in HOMOPHONES.items()}
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
BACKCHANNELS = ["嗯", "嗯嗯", "对", "好的", "嗯，好", "对对"]
PUNCT = "，。！？、；：,.!?;:“”\"'‘’（）()《》<>【】[]—-…~ \t\u3000"


def norm(text):
    """Canonical form used to find material lines inside (possibly noisy) turns."""
    t = text
    for p in PUNCT:
        t = t.replace(p, "")
    for f in ["那个", "就是", "呃", "嗯"]:
        t = t.replace(f, "")
    t = "".join(DIGIT_WORDS.get(c, c) for c in t)
    t = t.replace("幺", "一").replace("两", "二")
    t = "".join(CANON.get(c, c) for c in t)
    return t.lower()


PARTICLES = "的了吗呢吧啊呀哦嘛哈啦么得"
NUMCH = "零一二三四五六七八九十百千万两幺点半"


def core(text, names=()):
    """Core wording of a line: names, numbers, particles and punctuation stripped."""
    t = re.sub(r"\{[a-z]+\}", "", text)
    for n in sorted(names, key=len, reverse=True):
        t = t.replace(n, "")
    t = re.sub(r"[0-9A-Za-z]", "", t)
    t = "".join(c for c in t if c not in NUMCH and c not in PARTICLES and c not in PUNCT)
    return t


def spoken_chars(text):
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", text))


IVR_TMPL = [
    "您好，欢迎致电{org}。{menu}人工服务请按零。",
    "欢迎致电{org}服务热线，本次通话可能会被录音。{menu}转人工请按零。",
    "您好，这里是{org}。{menu}其他问题请按零转人工客服。",
]
IVR_QUEUE = ["正在为您转接人工客服，请稍候。", "当前坐席繁忙，您前面还有两位客户，请耐心等候。", "即将为您接通客服，请不要挂机。"]
BOT_HELLO = ["您好，我是{org}的智能助手小{bot}，请问有什么可以帮您？", "欢迎来到{org}在线客服，我是机器人{bot}，您可以直接输入问题。"]
BOT_FAIL = ["抱歉，小{bot}没能理解您的问题，您可以换个说法试试。", "这个问题建议您咨询人工客服哦。"]
CUST_TO_HUMAN = ["转人工", "人工客服", "我要找人工", "转人工谢谢"]
SYS_TRANSFER = ["正在为您转接人工客服，请稍候…", "已为您接入人工客服。"]
NUDGES = ["在吗？", "还在吗", "人呢？"]

SPECIAL_WHY = {
    "no-answer": "呼叫无人接听（no-answer），没有任何对话，19项全部 na。",
    "busy": "被叫忙线（busy），未接通，19项全部 na。",
    "ivr-abandon": "客户在IVR排队时挂断，人工坐席从未接入，19项全部 na。",
    "chat-abandon": "在线排队中客户离开，未接入人工，19项全部 na。",
    "bot-only": "全程只有机器人应答，没有人工坐席，19项全部 na。",
    "selector-timeout": "测试工具失败 E_SELECTOR_TIMEOUT，会话不可评，19项全部 na。",
    "browser-crashed": "测试工具失败 E_BROWSER_CRASHED，会话不可评，19项全部 na。",
}
