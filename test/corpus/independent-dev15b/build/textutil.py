"""Text helpers shared by gen.py and validate.py: spoken-number rendering, ASR-style rendering, normalisation.

Nothing here decides a label; it only says how a written line looks when read out / recognised, and how two
renderings are compared.
"""
import re

DIG = "零一二三四五六七八九"
PUNCT = "，。？！、；：,.?!;:～~“”\"…（）()—-"
FILLERS = ["呃", "那个", "嗯", "就是"]
# homophones the recogniser produces (written word -> what the recogniser wrote); all reversible
HOMOPHONES = [("工单号", "公单号"), ("工号", "公号"), ("再见", "在见"), ("评价", "凭价"), ("核对", "合对"),
              ("稍等", "梢等"), ("满意", "满易"), ("调音", "条音"), ("寄养", "既养"), ("志愿", "志原"),
              ("订阅", "定阅"), ("投递", "投第"), ("会员", "汇员"), ("举报", "举抱")]


def cardinal(n: int) -> str:
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n % 10] if n % 10 else "")
    if n < 100:
        return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")
    if n < 1000:
        h, r = divmod(n, 100)
        s = DIG[h] + "百"
        if r == 0:
            return s
        if r < 10:
            return s + "零" + DIG[r]
        return s + (DIG[r // 10] + "十" + (DIG[r % 10] if r % 10 else ""))
    if n < 10000:
        t, r = divmod(n, 1000)
        s = DIG[t] + "千"
        if r == 0:
            return s
        if r < 10:
            return s + "零" + DIG[r]
        if r < 100:
            return s + "零" + cardinal(r)
        return s + cardinal(r)
    return "".join(DIG[int(c)] for c in str(n))


def digitwise(s: str, one: str = "幺") -> str:
    return "".join((one if c == "1" else DIG[int(c)]) for c in s)


LIANG_UNITS = "个天周次小时年岁只本期份把节位门"
UNITS = "个天周次小时年岁只本期份把节位门元块日时月分折号级条斤公米岁期"


def spoken(text: str) -> str:
    """How a line reads when the digits in it are said aloud (as a recogniser writes them)."""
    def year(m):
        return digitwise(m.group(1), one="一") + "年"
    text = re.sub(r"(\d{4})年", year, text)

    def dec(m):
        return cardinal(int(m.group(1))) + "点" + digitwise(m.group(2), one="一")
    text = re.sub(r"(\d+)\.(\d+)", dec, text)

    def num(m):
        s = m.group(0)
        before = m.string[m.start() - 1] if m.start() > 0 else ""
        after = m.string[m.end():m.end() + 1]
        if len(s) >= 5 or re.match(r"[A-Za-z]", before) or (s.startswith("0") and len(s) > 1):
            return digitwise(s)
        if len(s) == 4:
            return cardinal(int(s)) if after in ("元", "块") and after else digitwise(s)
        n = int(s)
        if len(s) == 1 or (after and after in UNITS) or before == "第":
            if n == 2 and after and after in LIANG_UNITS:
                return "两"
            return cardinal(n)
        return digitwise(s)

    return re.sub(r"\d+", num, text)


def clauses(text: str):
    return [c for c in re.split(r"[" + re.escape(PUNCT) + r"\s]+", text) if c]


def asr(text: str, rng, filler_p: float = 0.25, homophone_p: float = 0.0, drop_p: float = 0.2, keep=()) -> str:
    """Render a line as a recogniser would: digits read out, punctuation to spaces (some dropped), fillers at
    clause starts, optional homophones."""
    text = spoken(text)
    parts = clauses(text)
    out = ""
    for i, p in enumerate(parts):
        fill = rng.random() < filler_p
        if fill:
            p = rng.choice(FILLERS) + " " + p
        if i == 0:
            out = p
        elif not fill and len(p) > 3 and len(parts[i - 1]) > 3 and p not in keep and parts[i - 1] not in keep and rng.random() < drop_p:
            out += p
        else:
            out += " " + p
    if homophone_p:
        for w, h in HOMOPHONES:
            if w in out and rng.random() < homophone_p:
                out = out.replace(w, h)
    return out


_FILLER_RE = re.compile(r"(?:(?<=\s)|^)(?:呃|那个|嗯|就是)(?=\s)")


def norm(text: str) -> str:
    """Comparable form: homophones mapped back, recogniser fillers (those standing alone between spaces)
    dropped, 您 read as 你, punctuation and spaces removed."""
    for w, h in HOMOPHONES:
        text = text.replace(h, w)
    prev = None
    while prev != text:
        prev = text
        text = _FILLER_RE.sub(" ", text)
    text = text.replace("您", "你")
    return re.sub(r"[" + re.escape(PUNCT) + r"\s]", "", text)


def forms(line: str):
    """Every comparable rendering of a material line (as typed, as read out, as recognised)."""
    out = []
    for f in (line, spoken(line), " ".join(clauses(line)), " ".join(clauses(spoken(line)))):
        n = norm(f)
        if n and n not in out:
            out.append(n)
    return out


def spoken_chars(text: str) -> int:
    """Spoken characters: CJK characters, digits and letters; punctuation and spaces do not count."""
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", text))
