"""Shared text helpers: how a written line sounds after speech recognition, and how any text is
normalised before matching. Used by gen.py (to write) and validate.py (to read back)."""
import re

FILLERS = ["呃", "那个", "嗯", "就是"]
PUNCT = "，。？！、；：,.?!;:（）()“”\"'《》…～~—-"
PUNCT_RE = re.compile("[" + re.escape(PUNCT) + r"\s]")

# recogniser confusions shared by every trade (domain files add their own)
HOMOPHONES = {"工号": "公号", "再见": "在见", "登记": "等级", "反映": "反应"}

DIG = "零一二三四五六七八九"
DIG_CODE = "零幺二三四五六七八九"
UNITS = "元块个天小时分钟点月岁周次件台层楼斤箱盒张位人趟米扇"


def cardinal(n: int) -> str:
    if n == 0:
        return "零"
    out = ""
    parts = [(1000, "千"), (100, "百"), (10, "十")]
    zero = False
    for v, name in parts:
        d = n // v
        n %= v
        if d:
            if zero:
                out += "零"
                zero = False
            out += ("" if (v == 10 and d == 1 and not out) else DIG[d]) + name
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += DIG[n]
    return out


def _num(m: re.Match) -> str:
    s, unit = m.group(1), m.group(2) or ""
    if len(s) == 4 and unit == "年":
        return "".join(DIG[int(c)] for c in s) + unit
    if s == "2" and unit and unit in "个小时天周月年件台张位人趟扇箱盒":
        return "两" + unit
    if len(s) <= 4 and unit and unit[0] in UNITS and not s.startswith("0"):
        return cardinal(int(s)) + unit
    if len(s) <= 2 and not s.startswith("0"):
        return cardinal(int(s)) + unit
    return "".join(DIG_CODE[int(c)] for c in s) + unit


NUM_RE = re.compile(r"(\d+)([" + UNITS + "年]?)")


def asr_core(line: str, homophones: dict) -> str:
    """The deterministic part of recognition: numbers read out in words, homophones."""
    t = NUM_RE.sub(_num, line)
    for a, b in homophones.items():
        t = t.replace(a, b)
    return t


def norm(text: str) -> str:
    """Drop filler tokens (always written as separate tokens), spaces and punctuation."""
    toks = [t for t in re.split(r"\s+", text) if t and t not in FILLERS]
    return PUNCT_RE.sub("", "".join(toks))


def spoken_chars(text: str) -> int:
    return len(PUNCT_RE.sub("", text))
