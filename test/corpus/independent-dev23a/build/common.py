"""Shared helpers: material loading, text normalisation, core wording, ASR rendering. Standard library only."""
import importlib, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = 'independent-dev23a'
RUN = 'dev23a'
DOMAINS = ['housing', 'matchmaking', 'phonerepair', 'themepark', 'kidswear', 'eyehospital']
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
sys.path.insert(0, HERE)

def load(domain):
    return importlib.import_module('mat_' + domain).M

def scen_id(domain, sc):
    return f'h16a-{domain}-{sc["key"]}'

PUNCT = re.compile(r'[\s，。！？、；：,.!?;:“”"\'～~…（）()\-—]+')
FILLERS = ['呃', '嗯', '那个', '就是']
HOMO = {'工号': '公号', '再见': '在见', '工单': '公单', '满意度': '满意读', '久等': '酒等', '核实': '和实', '稍等': '稍登'}
DIG = dict(zip('0123456789', '零一二三四五六七八九'))
DIG_ASR = dict(zip('0123456789', '零幺二三四五六七八九'))
LET = {}

def norm(s):
    s = PUNCT.sub('', s)
    for v, k in ((v, k) for k, v in HOMO.items()):
        s = s.replace(v, k)
    for f in FILLERS:
        s = s.replace(f, '')
    s = s.replace('幺', '一')
    s = ''.join(DIG.get(c, c) for c in s)
    return s.upper()

PH = re.compile(r'\{(\w+)\}')
STOP = ['好的', '您', '你', '给', '一下', '了', '吧', '呢', '啊', '呀', '哦', '哈', '嘛', '的', '请', '麻烦', '这边', '亲']

def core(template):
    s = norm(PH.sub('', template))
    for w in STOP:
        s = s.replace(w, '')
    return s

def tmpl_regex(template):
    """Regex over norm(text) that matches a filled template."""
    out = []
    for i, piece in enumerate(PH.split(template)):
        if i % 2 == 0:
            out.append(re.escape(norm(piece)))
        else:
            out.append('(.{1,24}?)')
    return re.compile(''.join(out))

def asr(text, rng, mode):
    """Render typed text as speech recognition output."""
    for k, v in HOMO.items():
        if k in text and rng.random() < 0.5:
            text = text.replace(k, v)
    text = ''.join(DIG_ASR.get(c, c) if rng.random() < 0.6 else DIG.get(c, c) for c in text)
    parts = re.split(r'([，。！？；：,.!?～]+)', text)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            out.append(' ' if mode == 'space' else '')
            continue
        if p and rng.random() < 0.22:
            p = rng.choice(['呃', '那个', '嗯', '就是']) + p
        out.append(p)
    return ''.join(out).strip()

def spoken_chars(text):
    return len(PUNCT.sub('', text))

GREET_WORDS = ['您好', '你好', '欢迎', '早上好', '上午好', '中午好', '下午好', '晚上好']
BACKCHANNEL = {'嗯', '嗯嗯', '对', '对对', '好的', '是', '是的', '嗯对'}
