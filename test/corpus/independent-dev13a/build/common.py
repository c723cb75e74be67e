"""Shared helpers: domain list, text normalisation used by both the generator (for pool templates)
and the validator. Python 3.11 standard library only."""
import re
from material_jg_mv import JG, MV
from material_yz_hs import YZ, HS
from material_dz_yq import DZ, YQ

SET = 'independent-dev13a'
PFX = 'h6a'
SEED = 50231
DOMAINS = [JG, MV, YZ, HS, DZ, YQ]
DOMAIN_NAMES = {'jg': '交管12123热线', 'mv': '搬家公司', 'yz': '月子中心', 'hs': '手机回收', 'dz': '全屋定制售后', 'yq': '乐器培训学校'}

PUNCT = '，。？！、；：,.?!;:…“”"\'（）() ~～—-·'
FILLERS = ['呃', '嗯', '那个', '就是']
HOMO = [('公号', '工号'), ('师父', '师傅')]

WORD_DIGIT = {'0': '零', '1': '幺', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}


def drop_courtesy(text):
    for w in ('麻烦您', '麻烦你', '请问', '请您', '谢谢', '不好意思', '抱歉'):
        text = text.replace(w, '')
    text = re.sub(r'(?<![申邀])请', '', text)
    return re.sub(r'(?<!添)麻烦', '', text)


def cold(text):
    """The cold register: 你 for 您, no 请/麻烦/谢谢."""
    text = drop_courtesy(text).replace('您', '你')
    text = re.sub(r'^[，。、\s]+', '', text)
    text = text.replace('，，', '，').replace('，。', '。')
    return text


def norm(text):
    """Normalised text for matching pool lines: homophones back, punctuation/space and fillers out."""
    for a, b in HOMO:
        text = text.replace(a, b)
    text = ''.join(ch for ch in text if ch not in PUNCT and not ch.isspace())
    for f in FILLERS:
        text = text.replace(f, '')
    return text


def pnorm(text):
    """Pool matching also ignores the register (cold contacts use 你 and drop 请/麻烦/谢谢)."""
    return norm(drop_courtesy(text).replace('您', '你'))


ALNUM = '[0-9A-Za-z零幺一二三四五六七八九两]'
SLOT_RE = {
    'id': ALNUM + '{2,12}', 'ref': ALNUM + '{4,24}', 'order': ALNUM + '{4,24}', 'hotline': ALNUM + '{5,14}',
    'phone2': ALNUM + '{7,14}', 'vd': '.{1,24}?', 'date': '.{2,14}?', 'plate': '.{2,12}?',
}


def template_re(tpl, names=None, roles=None):
    """A pool line with {slots} -> compiled regex over pnorm() text."""
    t = pnorm(tpl)
    parts = re.split(r'(\{[a-z0-9]+\})', t)
    out = []
    for p in parts:
        m = re.fullmatch(r'\{([a-z0-9]+)\}', p)
        if not m:
            out.append(re.escape(p))
            continue
        k = m.group(1)
        if k == 'name':
            out.append('(?:' + '|'.join(re.escape(n) for n in names) + ')')
        elif k == 'role':
            out.append('(?:' + '|'.join(re.escape(r) for r in roles) + ')')
        else:
            out.append(SLOT_RE[k])
    return re.compile(''.join(out))
