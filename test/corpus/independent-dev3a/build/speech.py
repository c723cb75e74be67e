"""Voice rendering: spoken numerals (幺三八, 二零二六, 二十块) and ASR-style noise.

Why: real voice transcripts carry numbers in words and recognition errors; the labels stay the
truth of what was said, so noise never touches the words a required-info pattern must match.
"""
import re

DIG = '零一二三四五六七八九'
DIG_PHONE = '零幺二三四五六七八九'
CLASSIFIERS = '个小时天年元块百千万平分周月次台'


def cardinal(n: int) -> str:
    if n == 0:
        return '零'
    parts = []
    units = [(10000, '万'), (1000, '千'), (100, '百'), (10, '十'), (1, '')]
    zero_pending = False
    started = False
    for value, name in units:
        d = n // value
        n %= value
        if d:
            if zero_pending and started:
                parts.append('零')
            zero_pending = False
            parts.append(('' if (value == 10 and d == 1 and not started) else DIG[d]) + name)
            started = True
        elif started:
            zero_pending = True
    return ''.join(parts)


def digitwise(s: str, phone: bool = True) -> str:
    table = DIG_PHONE if phone else DIG
    return ''.join(table[int(c)] for c in s)


def speak_numbers(text: str) -> str:
    """Digits as a Mandarin speaker says them: long codes and phones digit by digit, years digit by digit, the rest cardinal."""
    def repl(m: re.Match) -> str:
        s = m.group(0)
        before = text[m.start() - 1] if m.start() > 0 else ''
        after = text[m.end()] if m.end() < len(text) else ''
        if '.' in s:
            a, b = s.split('.')
            return cardinal(int(a)) + '点' + digitwise(b, False)
        if len(s) >= 5 or s.startswith('0') or before == '-' or after == '-' or before.isalpha() and before.isascii():
            return digitwise(s)
        prev2 = text[max(0, m.start() - 2):m.start()]
        if len(s) >= 3 and ((before and before in '栋幢楼号位码席') or prev2 == '单元'):
            return digitwise(s)  # room numbers, 后四位, staff seats: read digit by digit
        if len(s) == 4 and after == '年':
            return digitwise(s, False)
        n = int(s)
        if n == 2 and after and after in CLASSIFIERS:
            return '两'
        return cardinal(n)
    return re.sub(r'\d+(?:\.\d+)?', repl, text).replace('-', '')


def han_count(text: str) -> int:
    return len(re.findall(r'[\u4e00-\u9fff]', text))


def add_noise(rng, text: str, protect: bool, homophones, fillers) -> str:
    """Strip punctuation, add a filler, swap a homophone (not on protected turns)."""
    if rng.random() < 0.5:
        text = re.sub(r'[，。？！、~]', ' ', text).strip()
        text = re.sub(r' +', ' ', text)
    if rng.random() < 0.35:
        text = rng.choice(fillers) + ' ' + text
    if not protect:
        for a, b in homophones:
            if a in text and rng.random() < 0.6:
                text = text.replace(a, b, 1)
    return text
