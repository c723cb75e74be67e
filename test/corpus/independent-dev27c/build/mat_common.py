# -*- coding: utf-8 -*-
"""Shared material and text helpers for independent-dev27c (hand-written)."""
import re

SET = 'independent-dev27c'
RUN = 'dev27c'
PFX = 'h20c'


def L(s):
    return [x.strip() for x in s.strip().split('\n') if x.strip()]


# agent backchannels said over the customer (listening, not turns)
BACKCH = ['嗯', '对', '好的', '嗯嗯', '是的', '对对', '嗯，好']

# customer acknowledgements (not decisive, free to repeat)
CUST_ACK = L("""
好的。
嗯，行。
好，你说。
明白了。
哦哦，好。
可以。
嗯嗯。
行吧。
""")
CUST_WAIT_OK = L("""
好的，我等一下。
行，你查吧。
嗯，没事你查。
好，麻烦了。
""")
CUST_NO_MORE = L("""
没有了，就这些。
暂时没别的了。
没了没了，谢谢啊。
嗯，没有别的了。
""")
CUST_BYE = L("""
好，再见。
行，拜拜。
谢谢，再见。
好嘞，挂了啊。
""")
CUST_NUDGE = ['在吗？', '还在吗', '人呢？', '有人吗']

# customer answers to a verification ask ({n} = holder-only digits)
VERIFY_ANS = L("""
尾号{n}。
后四位是{n}。
是{n}。
{n}，你核对一下。
""")
# agent confirmation after the customer's verification answer (not decisive)
VERIFY_OK = L("""
好的，信息核对无误，感谢您的配合。
核对一致，谢谢您。
好的，信息对上了。
核对无误。
""")

# agent names and staff numbers used in id slots
NAMES = ['小林', '小周', '小唐', '小许', '小叶', '小程', '小苏', '小方', '小陆', '小韩', '小贺', '小姚']

# speech-recognition simulation
HOMO = [('已经', '以经'), ('马上', '马尚'), ('处理', '处里'), ('确认', '却认'), ('稍等', '烧等'),
        ('耐心', '耐新'), ('麻烦', '马烦'), ('反馈', '反溃'), ('情况', '情框'), ('系统', '系通'),
        ('核对', '合对'), ('工单', '工丹'), ('评价', '平价'), ('账号', '帐号'), ('充值', '冲值'),
        ('退款', '退宽'), ('预约', '预越'), ('查询', '查寻')]
FILLERS = ['呃', '那个', '就是', '嗯']
DIG = '零幺二三四五六七八九'
PUNCT_RE = re.compile(r'[\s，。！？、；：,.!?;:…~～“”"\'（）()《》\-—/·]+')
CLAUSE_RE = re.compile(r'([，。！？、；：,.!?])')


def spoken_digits(s):
    return ''.join(DIG[int(c)] if ('0' <= c <= '9') else c for c in s)


def norm(s):
    for right, wrong in HOMO:
        s = s.replace(wrong, right)
    s = PUNCT_RE.sub('', s)
    s = spoken_digits(s)
    for f in FILLERS:
        s = s.replace(f, '')
    return s


PARTICLES = '的了吗呢吧啊呀哦嘛哈啦噢'


def core(line):
    s = re.sub(r'\{[a-z]+\}', '', line)
    s = norm(s)
    s = ''.join(c for c in s if c not in PARTICLES)
    s = re.sub(r'[零幺二三四五六七八九十百千万两0-9A-Za-z]', '', s)
    return s


def asr(text, rng):
    """Make a clean line read like speech recognition output."""
    text = spoken_digits(text)
    parts = CLAUSE_RE.split(text)
    out = []
    first = True
    for p in parts:
        if not p:
            continue
        if CLAUSE_RE.fullmatch(p):
            out.append(' ' if rng.random() < 0.5 else '')
            first = True
            continue
        if first and rng.random() < 0.3:
            p = rng.choice(FILLERS) + p
        first = False
        out.append(p)
    s = ''.join(out).strip()
    for right, wrong in HOMO:
        if right in s and rng.random() < 0.45:
            s = s.replace(right, wrong, 1)
    return s


def spoken_len(s):
    return sum(1 for c in s if ('\u4e00' <= c <= '\u9fff') or c.isalnum())


def is_backchannel(text):
    return PUNCT_RE.sub('', text) in [PUNCT_RE.sub('', b) for b in BACKCH]


# decisive pools (their lines are counted by core wording)
DECISIVE = ['GREET', 'GREET_BAD', 'ID', 'CLOSE', 'CLOSE_BAD', 'SURVEY', 'REF', 'VERIFY', 'HOLD_REQ',
            'HOLD_THANKS', 'COMPLAINT', 'PROTEST', 'EMPATHY', 'RUDE', 'JIYU', 'NONANSWER', 'SIDE_A',
            'CASUAL_SHRUG', 'TOLD', 'WALKOUT', 'FACT', 'ASK', 'SCOMPLAINT', 'LOOKALIKE']

# non-decisive connective lines (may repeat freely)
OPEN_Q = ['请问有什么可以帮您？', '请问您遇到什么问题了？', '您请说。', '请问需要咨询什么呢？']
OPEN_SORRY = L("""
不好意思这么晚还打扰你们。
不好意思，我第一次联系你们，不太懂流程。
抱歉，我说话可能有点慢。
""")
ACK = L("""
好的，收到。
好的，明白了。
好，我记下了。
好的，了解。
""")
WRAPUP = L("""
请问还有其他需要帮您的吗？
您看还有什么要问的吗？
还有别的问题需要咨询吗？
其他方面还有疑问吗？
""")
PROC = L("""
这个情况需要按流程来处理。
我们这边先按流程给您登记。
我先把您的情况记录下来。
这个要走正常流程。
""")
CORRECT = L("""
不好意思，刚才我说错了，
更正一下，
抱歉，我刚才看错了一行，
""")
CUST_OK_AFTER = L("""
哦，好吧。
那行吧。
嗯，那算了。
""")
ID_BAD = ['我是人工客服。', '这边是人工服务。', '我们这里是客服中心。']
COMPLAINT_KEYS = ['投诉', '不合理', '太低了', '太贵', '这么贵', '不服']


def prompt_is_complaint(p):
    return any(k in p for k in COMPLAINT_KEYS)

# customer asks again for something already said (also a customer's own apology)
REASK = L("""
不好意思，刚才那个我没记住，能再说一下吗？
等一下，你刚才说的是多少来着？
抱歉，我没跟上，再说一遍？
""")
