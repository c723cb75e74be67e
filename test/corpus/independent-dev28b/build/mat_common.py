# -*- coding: utf-8 -*-
"""Shared machinery for independent-dev28b: canonical form, ASR noise tables, trade loader.
No trade wording lives here except machine prompts (IVR/bot/system) and connectors, which are exempt
from the reuse count (documented in README)."""
import re, importlib

TRADES = ["rehab", "aircon", "climb", "evcharge", "leather", "gene"]
TRADE_CN = {"rehab": "康复理疗中心", "aircon": "空调安装移机", "climb": "攀岩馆",
            "evcharge": "家用充电桩安装", "leather": "皮具护理/修鞋", "gene": "基因检测"}

FILLERS = ["呃", "那个", "就是", "嗯"]
# homophones / near-homophones (noisy -> intended); canonical form maps both sides to the intended char
HOMO = {"茶": "查", "灯": "登", "计": "记", "担": "单", "里": "理", "庄": "装", "减": "检", "侧": "测",
        "休": "修", "候": "后", "欠": "歉", "以": "已", "在": "再", "作": "做", "待": "带"}
NOISE_PAIRS = [(v, k) for k, v in HOMO.items()]  # intended -> noisy
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
CANON_DIGIT = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
               "六": "6", "七": "7", "八": "8", "九": "9"}
PUNCT_RE = re.compile(r"[\s，。？！、,.?!：:；;“”\"'（）()…～~\-—]+")
BACKCHANNELS = {"嗯", "对", "好的", "嗯嗯", "对对", "是"}
# short generic customer/agent tokens and connectors exempt from the reuse count
EXEMPT = {"好的", "嗯", "对", "行", "是", "没有了", "没了", "好", "转人工", "人工"}
CONNECTORS = ["顺便问下，", "随口问一句，", "对了，", "还有个事，"]


def canon(s):
    s = PUNCT_RE.sub("", s)
    for f in FILLERS:
        s = s.replace(f, "")
    s = "".join(HOMO.get(c, c) for c in s)
    s = "".join(CANON_DIGIT.get(c, c) for c in s)
    return s.upper()


def core(line, names=()):
    """core wording: canonical form with slots, names, digits, particles stripped"""
    s = re.sub(r"\{[a-z0-9_]+\}", "", line)
    for n in names:
        s = s.replace(n, "")
    s = canon(s)
    s = re.sub(r"[0-9A-Z]", "", s)
    s = re.sub(r"[啊呀吧呢吗嘛哈啦了的哦噢呗]", "", s)
    return s


def count_chars(text):
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", text))


def split_lines(block):
    out = []
    for raw in block.strip("\n").split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        ch = "b"
        if raw[:2] in ("v|", "c|"):
            ch, raw = raw[0], raw[2:]
        out.append((ch, raw))
    return out


def load(trade):
    return importlib.import_module("mat_" + trade)


def material(trade):
    """Parsed material of one trade: {cat: [entry]}; entry = dict(text, ch, tag, extra)."""
    m = load(trade)
    M = {}
    for cat, block in m.L.items():
        ents = []
        for ch, raw in split_lines(block):
            if cat in ("q2", "side"):
                parts = raw.split("|")
                ents.append(dict(text=parts[1], ch=ch, tag=parts[0] if cat == "q2" else None, parts=parts))
            elif cat == "small":
                c, a = raw.split("|")
                ents.append(dict(text=c, ch=ch, tag=None, parts=[c, a]))
            elif cat in ("ver_ask", "ver_ans", "rude"):
                t, x = raw.split("|", 1)
                ents.append(dict(text=x, ch=ch, tag=t))
            else:
                ents.append(dict(text=raw, ch=ch, tag=None))
        M[cat] = ents
    return m, M


def scen_lines(sc):
    out = {}
    for cat in ("open", "open_cmp", "cmp", "esc", "fq", "f1", "f2"):
        out[cat] = [t for _, t in split_lines(sc.get(cat, ""))]
    return out
