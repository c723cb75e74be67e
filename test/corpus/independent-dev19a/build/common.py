"""Shared text helpers for gen.py and validate.py (stdlib only).

norm() maps a material line and a (possibly speech-recognised) transcript turn to the same canonical form,
so the validator can find the hand-written lines inside the written contacts.
"""
import re

PUNCT_RE = re.compile(r"[\s，。！？、；：,.!?;:~～…“”\"'（）()《》·—-]+")
FILLERS = ["那个", "就是", "呃", "嗯"]
# speech-recognition homophones: canonical -> mis-heard form
HOMOPHONES = {"工号": "公号", "再见": "在见", "核对": "合对", "工单": "公单", "评价": "平价", "麻烦": "马烦"}
CN_DIGIT = {"零": 0, "〇": 0, "幺": 1, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
NUMRUN = re.compile("[零〇幺一二两三四五六七八九十百千万]+")
DIGITS = "零一二三四五六七八九"


def cn_value(run):
    """Chinese numeral run -> digit string (positional if it has units, digit-by-digit otherwise)."""
    if not any(ch in CN_UNIT for ch in run):
        return "".join(str(CN_DIGIT[ch]) for ch in run)
    total, section, num = 0, 0, 0
    for ch in run:
        if ch in CN_DIGIT:
            num = CN_DIGIT[ch]
        elif ch == "万":
            section = (section + num) * 10000
            total += section
            section, num = 0, 0
        else:
            u = CN_UNIT[ch]
            section += (num if num else 1) * u
            num = 0
    return str(total + section + num)


def int_to_cn(n):
    """Reading of a quantity 0..999 the way it is spoken (15 -> 十五, 200 -> 二百, 105 -> 一百零五)."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = DIGITS[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + DIGITS[r]
    return s + (DIGITS[r // 10] + "十" + (DIGITS[r % 10] if r % 10 else ""))


def norm(s):
    s = s.upper()
    for canon, heard in HOMOPHONES.items():
        s = s.replace(heard, canon)
    s = PUNCT_RE.sub("", s)
    for f in FILLERS:
        s = s.replace(f, "")
    s = NUMRUN.sub(lambda m: cn_value(m.group(0)), s)
    return s


SPOKEN_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def spoken_chars(s):
    return len(SPOKEN_RE.findall(s))


def read_numbers(s, rng):
    """Digits as a speech recogniser writes them: codes digit by digit (1 -> 幺 often), quantities as numerals."""
    def rep(m):
        d = m.group(0).replace("-", "")
        if len(d) >= 4 or d.startswith("0") or "-" in m.group(0):
            return "".join(("幺" if (c == "1" and rng.random() < 0.7) else DIGITS[int(c)]) for c in d)
        return int_to_cn(int(d))
    return re.sub(r"\d+(?:-\d+)*", rep, s)
