"""Text helpers: numbers read out as words on voice, ASR noise, character counts."""
import re

DIG = "零一二三四五六七八九"
PUNCT = "，。？！、：；“”‘’（）~ ,.?!:;()「」-"


def cn_int(n: int) -> str:
    """Cardinal reading of 0..99999 (二十, 三百六十, 一千零五)."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = n // u % 10 if u < 10000 else n // u
        if d:
            if zero:
                out += "零"
                zero = False
            out += ("" if (u == 10 and d == 1 and not out) else DIG[d]) + name
        elif out:
            zero = True
    return out.replace("二千", "两千").replace("二万", "两万")


def digit_words(s: str, yao: bool) -> str:
    """Digit by digit, as phone/ticket numbers are read (1 as 幺 when yao)."""
    return "".join(("幺" if (c == "1" and yao) else DIG[int(c)]) for c in s)


def speak_numbers(text: str, rng) -> str:
    """Voice transcripts write numbers in words, the way an ASR engine with ITN off does."""
    yao = rng.random() < 0.6

    def rep(m):
        s = m.group(0)
        if s.endswith("%"):
            return "百分之" + cn_int(int(s[:-1]))
        nxt = text[m.end():m.end() + 1]
        if len(s) >= 5 or s.startswith("0") or (len(s) == 4 and nxt not in "元块立方"):
            return digit_words(s, yao)
        return cn_int(int(s))

    text = re.sub(r"[A-Za-z]+(?=\d)", "", text)  # letters of ticket prefixes are not read on voice
    text = re.sub(r"\d+%?", rep, text)
    return text.replace("℃", "度")


def strip_punct(text: str, rng) -> str:
    """ASR without punctuation: sentence marks vanish or become spaces."""
    return re.sub(r"[，。？！、；：~]", lambda m: " " if rng.random() < 0.35 else "", text).strip()


def char_count(text: str) -> int:
    """Characters spoken: everything but whitespace and punctuation."""
    return sum(1 for c in text if not c.isspace() and c not in PUNCT)


def han_count(text: str) -> int:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
