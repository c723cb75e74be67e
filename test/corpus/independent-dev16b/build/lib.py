"""Shared text helpers: number reading, ASR-style rendering, normalisation for matching (stdlib only)."""
import re

DIG = '零一二三四五六七八九'
HOMO = {'工号': '公号', '再见': '在见', '核对': '和对', '耐心': '耐新', '工单': '公单', '稍等': '烧等', '评价': '平价'}
FILLERS = ['呃', '那个', '嗯', '就是']
PUNCT = re.compile(r'[\s，。！？、；：,.!?;:“”"‘’（）()…～~—\-·/《》]+')


def num_words(s):
    if len(s) > 3 or (len(s) > 1 and s[0] == '0'):
        return ''.join(DIG[int(c)] for c in s)
    n = int(s)
    if n < 10:
        return DIG[n]
    out, zero = '', False
    for u, name in ((1000, '千'), (100, '百'), (10, '十')):
        d, n = n // u, n % u
        if d:
            if zero and out:
                out += '零'
            out += ('' if (u == 10 and d == 1 and not out) else DIG[d]) + name
            zero = False
        elif out:
            zero = True
    if n:
        out += ('零' if zero else '') + DIG[n]
    return out


def digits_to_words(t, yao=False):
    def rep(m):
        w = num_words(m.group())
        if yao and len(m.group()) > 3:
            w = w.replace('一', '幺')
        return w
    return re.sub(r'\d+', rep, t)


def norm(t):
    t = strip_tag(t).lower()
    for k, v in HOMO.items():
        t = t.replace(v, k)
    t = t.replace('幺', '一')
    t = digits_to_words(t)
    t = PUNCT.sub('', t)
    for f in FILLERS:
        t = t.replace(f, '')
    return t


def spoken_chars(t):
    return len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', t))


def asr(t, rng):
    """Render a clean line as speech recognition would: numbers in words, homophones, fillers, no punctuation."""
    t = digits_to_words(t, yao=rng.random() < 0.5)
    for k, v in HOMO.items():
        if k in t and rng.random() < 0.6:
            t = t.replace(k, v)
    parts = re.split(r'([，。！？、；：,.!?;:])', t)
    out = []
    for p in parts:
        if not p:
            continue
        if re.fullmatch(r'[，。！？、；：,.!?;:]', p):
            out.append(' ' if rng.random() < 0.6 else '')
        else:
            if rng.random() < 0.28:
                p = rng.choice(FILLERS) + (' ' if rng.random() < 0.5 else '') + p
            out.append(p)
    return re.sub(r'\s+', ' ', ''.join(out)).strip()


def has_line(text, line):
    return norm(line) in norm(text)


def lines(s):
    return [x.strip() for x in s.strip().split('\n') if x.strip()]


TAG = re.compile(r'^\[(\d+)\]')


def strip_tag(x):
    return TAG.sub('', x)


def for_scen(lst, s):
    """Lines tagged [01] are written for scenarios 0 and 1 only; untagged lines fit every scenario of the trade."""
    out = []
    for x in lst:
        m = TAG.match(x) if isinstance(x, str) else None
        if m is None or str(s) in m.group(1):
            out.append(strip_tag(x) if isinstance(x, str) else x)
    return out
