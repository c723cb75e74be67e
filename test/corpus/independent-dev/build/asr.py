"""ASR-style noise for voice transcripts: homophones, fillers, lost punctuation, confidence < 1.

Protected strings (fact values, required-info words, reference numbers) are never altered: they
belong to the scenario's own patterns, and garbling them would test the scenario, not a scorer.
"""
import pools as P

HOMOPHONES = [("稍等", "烧等", 0.5), ("工号", "公号", 0.5), ("查一下", "差一下", 0.35), ("已经", "以经", 0.3),
              ("您好", "你好", 0.3), ("这边", "着边", 0.25), ("确认", "确人", 0.3), ("处理", "处里", 0.3),
              ("再见", "在见", 0.3), ("账户", "帐户", 0.5), ("帮您", "帮你", 0.3), ("现在", "现再", 0.2),
              ("时候", "时后", 0.25), ("的", "得", 0.06), ("在", "再", 0.05)]


def noisy(text, rng, protected, speaker, filler=True):
    parts = split_protected(text, protected)
    out = []
    for seg, keep in parts:
        if not keep:
            for a, b, pr in HOMOPHONES:
                if a in seg:
                    pieces = seg.split(a)
                    seg = pieces[0] + "".join((b if rng.random() < pr else a) + x for x in pieces[1:])
        out.append(seg)
    text = "".join(out)
    # a false start ("您丢您丢的是哪张卡"), as recognisers write self-repairs; never inside a protected string
    first = parts[0] if parts else ("", True)
    if filler and not first[1] and len(first[0]) > 4 and rng.random() < 0.15:
        k = rng.choice([2, 3])
        if all("\u4e00" <= ch <= "\u9fff" for ch in text[:k]):
            text = text[:k] + text[:k] + text[k:]
    if filler and rng.random() < (0.35 if speaker == "customer" else 0.12):
        text = rng.choice(P.FILLERS) + text
    if rng.random() < 0.45:
        text = text.replace("，", " " if rng.random() < 0.5 else "").replace("。", " ").replace("？", " ").replace("！", " ")
        text = " ".join(text.split())
    return text


def split_protected(text, protected):
    """[(segment, is_protected)] so that substitutions skip protected strings."""
    marks = [False] * len(text)
    for s in protected:
        if not s:
            continue
        i = text.find(s)
        while i >= 0:
            for k in range(i, i + len(s)):
                marks[k] = True
            i = text.find(s, i + 1)
    out, cur, flag = [], "", None
    for ch, m in zip(text, marks):
        if flag is None or m == flag:
            cur += ch
        else:
            out.append((cur, flag))
            cur = ch
        flag = m
    if cur:
        out.append((cur, flag))
    return out
