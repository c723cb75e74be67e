"""Shared text helpers: numbers read out, ASR-style rendering, canonical form for matching."""
import re

DIG_CODE = '零幺二三四五六七八九'
DIG_YEAR = '零一二三四五六七八九'
UNITS = set('个元天月日周岁次节折小分块万倍号点层馆门期位人张间成')
PUNCT = '，。？！、；：,.?!;:～~（）()“”"…—-/ '
FILLERS = ['那个', '就是', '呃', '嗯']
HOMO = {'工号': '公号', '再见': '在见', '核实': '合实', '工单': '公单', '稍等': '少等',
        '评价': '平价', '身份证': '身份正', '抱歉': '报歉'}


def cardinal(n):
    if n == 0:
        return '零'
    ds = '零一二三四五六七八九'

    def u10k(m):
        s, zero = '', False
        for i, u in enumerate(['千', '百', '十', '']):
            d = (m // 10 ** (3 - i)) % 10
            if d == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += '零'
                    zero = False
                s += ds[d] + u
        return s
    hi, lo = divmod(n, 10000)
    if hi:
        s = u10k(hi) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + u10k(lo)
    else:
        s = u10k(lo)
    if s.startswith('一十'):
        s = s[1:]
    return s


def num2words(s):
    def rep(m):
        run = m.group(0)
        nxt = s[m.end():m.end() + 1]
        prev = s[m.start() - 1:m.start()] if m.start() else ''
        if nxt == '年':
            return ''.join(DIG_YEAR[int(c)] for c in run)
        if nxt and nxt in UNITS and len(run) <= 5 and not (len(run) > 1 and run[0] == '0') \
                and not re.match(r'[A-Za-z]', prev):
            return cardinal(int(run))
        return ''.join(DIG_CODE[int(c)] for c in run)
    return re.sub(r'\d+', rep, s)


_PUNCT_RE = re.compile('[' + re.escape(PUNCT) + r'\s]+')


def strip_punct(s):
    return _PUNCT_RE.sub('', s)


def canon(s):
    s = num2words(s)
    for k, v in HOMO.items():
        s = s.replace(v, k)
    s = strip_punct(s)
    for f in FILLERS:
        s = s.replace(f, '')
    return s


def spoken_chars(s):
    return len(strip_punct(s))


def asr(text, rng, homos, filler_p=0.3, first_turn=False):
    """Render a line as speech recognition would: numbers in words, some homophones, punctuation
    dropped or turned into spaces, fillers at clause starts."""
    s = num2words(text)
    for k in homos:
        s = s.replace(k, HOMO[k])
    parts = [p for p in re.split(r'[，。？！、；：,.?!;:～]+', s) if p.strip()]
    out = []
    for i, p in enumerate(parts):
        p = p.strip()
        if rng.random() < (filler_p * (0.3 if (first_turn and i == 0) else 1)):
            p = rng.choice(FILLERS) + (' ' if rng.random() < 0.5 else '') + p
        out.append(p)
    res = ''
    for i, p in enumerate(out):
        if i:
            res += ' ' if rng.random() < 0.6 else ''
        res += p
    return res


def asr_all_fillers(text):
    """Worst case for the lint: every homophone, a filler before every clause, no separators."""
    s = num2words(text)
    for k, v in HOMO.items():
        s = s.replace(k, v)
    parts = [p for p in re.split(r'[，。？！、；：,.?!;:～]+', s) if p.strip()]
    return ''.join('呃' + p.strip() for p in parts)
