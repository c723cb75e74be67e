# Shared helpers: normalisation, ASR noise, core wording. Standard library only.
import re
import mat_forest, mat_fish, mat_elder, mat_ems, mat_cem, mat_quake
TRADES = [mat_forest.T, mat_fish.T, mat_elder.T, mat_ems.T, mat_cem.T, mat_quake.T]
DW = {'零': '0', '〇': '0', '幺': '1', '一': '1', '二': '2', '两': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9'}
WD = {'0': '零', '1': '幺', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}
FILLERS = ['呃', '那个', '就是', '嗯']
PUNCT = re.compile(r'[\s，。？！、：；,.?!:;“”"\'（）()…~]+')
BACKCH = {'嗯', '对', '好的', '嗯嗯', '对对', '好'}

def norm(s):
    s = PUNCT.sub('', s)
    for f in FILLERS:
        s = s.replace(f, '')
    return ''.join(DW.get(c, c) for c in s)

def variants(line):
    """material line -> (clean text, list of all renderings)"""
    parts = line.split('|')
    clean = parts[0]
    if clean[:2] in ('V:', 'C:'):
        clean = clean[2:]
    return clean, [clean] + parts[1:]

def chan_ok(line, ch):
    return not ((line.startswith('V:') and ch != 'voice') or (line.startswith('C:') and ch != 'webchat'))

PARTICLES = set('的了呢吧啊呀嘛哦呗么啦吗哈')
def core(s):
    s = re.sub(r'\{[a-z]\}', '', s)
    s = norm(s)
    s = re.sub(r'[0-9A-Za-z]+', '', s)
    return ''.join(c for c in s if c not in PARTICLES)

def line_regex(line):
    """regex over norm() text for a material line; {r} -> digits, {v} -> any."""
    out = []
    for part in re.split(r'(\{[rv]\})', line):
        if part == '{r}':
            out.append(r'[0-9]{3,}')
        elif part == '{v}':
            out.append(r'.+?')
        else:
            out.append(re.escape(norm(part)))
    return re.compile(''.join(out))

def asr(text, rng, digits_words=True):
    """generic ASR roughening (hand-made homophones live in the material as 'a|b')."""
    out = []
    for ch in text:
        if ch in '，。？！、：；':
            r = rng.random()
            out.append(' ' if r < 0.6 else ('' if r < 0.85 else ch))
        elif ch.isdigit() and digits_words:
            out.append(WD[ch])
        else:
            out.append(ch)
    s = ''.join(out).strip()
    if rng.random() < 0.3:
        s = rng.choice(FILLERS) + ' ' + s
    return s

def nchars(text):
    return sum(1 for c in text if ('\u4e00' <= c <= '\u9fff') or c.isalnum())
