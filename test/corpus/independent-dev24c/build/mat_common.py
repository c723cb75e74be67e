# -*- coding: utf-8 -*-
"""Shared material and helpers for independent-dev24c (stdlib only)."""
import hashlib, random, re, importlib, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

TRADE_MODULES = ['mat_campuscard', 'mat_tackle', 'mat_watch', 'mat_admissions', 'mat_groupbuy', 'mat_errand']
PREFIX = 'h17c'
RUN_ID = 'dev24c'
SET = 'independent-dev24c'

CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']

def load_trades():
    return [importlib.import_module(m).T for m in TRADE_MODULES]

# ---- generic, non-decisive customer lines -------------------------------------------------
CUST_OK = ['好的。', '嗯，好。', '行。', '明白了。', '哦哦，好的。', '知道了。', '好，谢谢。', '可以。']
CUST_END = ['没有了，谢谢。', '没了，就这些。', '没有别的了。', '暂时没有了。']
CUST_END_SHORT = ['没了。', '没有了。']
CUST_DOUBT = ['嗯？跟我看到的不一样啊。', '是吗？我记得不是这个。', '你再看看？好像不对吧。']
CUST_AGAIN = ['再确认一下，', '不好意思再问下，', '我再问一遍，']
NUDGE = ['在吗？', '还在吗？', '人呢？']
BACKCHANNEL = ['嗯', '对', '好的', '嗯嗯', '对对']
BOT_FAIL = '抱歉，这个问题我还在学习中，您可以输入“转人工”联系人工客服。'
TO_HUMAN = '转人工'
SYS_TRANSFER = '正在为您转接人工客服，请稍候。'
SYS_QUEUE = '当前排队人数较多，请耐心等待。'

# ---- speech-recognition noise -----------------------------------------------------------
DIG = dict(zip('0123456789', '零幺二三四五六七八九'))
HOMO = [('账户', '帐户'), ('登录', '登陆'), ('已经', '以经'), ('确认', '确任'), ('需要', '须要'),
        ('处理', '处里'), ('联系', '连系'), ('马上', '马尚'), ('麻烦', '马烦'), ('稍等', '烧等'),
        ('保修', '包修'), ('系统', '系通'), ('记录', '纪录')]
FILLERS = ['呃', '那个', '就是', '嗯']
PUNCT = set('，。？！、；：,.?!;:“”"（）()…—')

def _rng(*parts):
    return random.Random(int(hashlib.md5('|'.join(parts).encode('utf-8')).hexdigest()[:12], 16))

def noisy(sent, key):
    """Deterministic ASR-style rendering of one sentence (key = contact id)."""
    r = _rng('noise', key, sent)
    s = re.sub(r'(\d)\.(\d)', lambda m: m.group(1) + '点' + m.group(2), sent)
    s = ''.join(DIG.get(ch, ch) for ch in s)
    for a, b in HOMO:
        if a in s and r.random() < 0.5:
            s = s.replace(a, b)
    if r.random() < 0.35:
        s = r.choice(FILLERS) + ' ' + s
    out = []
    for ch in s:
        if ch in PUNCT:
            out.append(' ' if r.random() < 0.5 else '')
        else:
            out.append(ch)
    return re.sub(r' +', ' ', ''.join(out)).strip()

def render(sent, cid, is_noisy):
    return noisy(sent, cid) if is_noisy else sent

def join_sents(rendered, is_noisy):
    return (' ' if is_noisy else '').join(rendered)

def spoken_chars(text):
    return len(re.findall(r'[\u4e00-\u9fff0-9A-Za-z]', text))

# ---- deterministic per-contact identities -------------------------------------------------
def agent_identity(cid, T):
    r = _rng('agent', cid)
    return r.choice(T['agents']), str(r.randint(1001, 9899))

def ref_number(cid):
    r = _rng('ref', cid)
    return 'GD' + str(r.randint(2026030000, 2026049999))

def fill(tpl, cid, T, v=None):
    name, n = agent_identity(cid, T)
    return tpl.replace('{name}', name).replace('{n}', n).replace('{ref}', ref_number(cid)).replace('{v}', v if v is not None else '{v}')

# ---- core wording --------------------------------------------------------------------------
PARTICLES = set('的了吗呢吧啊呀哦嘛哈啦嘞')
NUMCH = set('0123456789零幺一二两三四五六七八九十百千万')

def core(tpl, T=None):
    s = re.sub(r'\{[a-z]+\}', '', tpl)
    if T is not None:
        for nm in [T['org']] + T['agents'] + T['personas']:
            s = s.replace(nm, '')
    s = ''.join(ch for ch in s if ch not in PUNCT and ch not in PARTICLES and ch not in NUMCH and not ch.isspace()
                and not ch.isascii())
    return s
