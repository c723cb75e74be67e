"""Shared text helpers for the independent-dev19b corpus (normalisation only, no labelling)."""
import re

SET = 'independent-dev19b'
RUN = 'dev19b'
SEED = 92775
DOMAINS = ['court', 'charity', 'fitness', 'wine', 'books', 'recycle']

CN = '零一二三四五六七八九'
# units after which a number of 3+ digits is read as a quantity, not digit by digit
QUNITS = ('元', '块', '公斤', '千克', '斤', '毫升', '瓶', '本', '件', '台', '次', '天', '小时', '分钟', '箱', '册')
MEASURE_TWO = '个本瓶件台箱次周位份册'

# ASR homophones (written form -> heard form); no material line may contain a heard form
HOMO = {'工号': '公号', '再见': '在见', '稍等': '烧等', '核实': '合实', '投诉': '头诉', '退款': '退宽',
        '身份证': '身分证', '预约': '预月', '评价': '平价'}
FILLERS = ['那个', '就是', '呃', '嗯']
PUNCT = r'[\s，。？！、；：,.?!;:…～~“”"（）()\-—·/]'


def int_cn(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n - 10] if n > 10 else '')
    out, started, zero = '', False, False
    for u, ch in ((10000, '万'), (1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = n // 10000 if u == 10000 else (n // u) % 10
        if d:
            if zero:
                out += '零'
            out += CN[d] + ch
            started, zero = True, False
        elif started:
            zero = True
    return out


def numread(s):
    """Read digits out the way a recogniser writes them: codes digit by digit (1 as 幺), years with 一, quantities as numbers."""
    def rep(m):
        d = m.group()
        after = s[m.end():m.end() + 2]
        if after.startswith('年') and len(d) == 4:
            return ''.join(CN[int(c)] for c in d)
        if len(d) <= 2 and not (len(d) == 2 and d[0] == '0'):
            n = int(d)
            if n == 2 and after[:1] and after[:1] in MEASURE_TWO:
                return '两'
            return int_cn(n)
        if len(d) <= 5 and d[0] != '0' and any(after.startswith(u) for u in QUNITS):
            return int_cn(int(d))
        return ''.join('幺' if c == '1' else CN[int(c)] for c in d)
    return re.sub(r'\d+', rep, s)


def C(s):
    """Canonical form used to find a written line inside a (possibly recognised) turn."""
    s = numread(s)
    for k, v in HOMO.items():
        s = s.replace(v, k)
    for f in FILLERS:
        s = s.replace(f, '')
    s = re.sub(PUNCT, '', s)
    return s.upper()


def spoken_chars(s):
    return len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', s))


def asr(s, rng):
    """Make a typed line look like speech recognition output. C(asr(s)) == C(s) by construction (checked)."""
    base = numread(s)
    for k, v in HOMO.items():
        if k in base and rng.random() < 0.55:
            base = base.replace(k, v)
    parts = re.split(r'([，。？！；：、,?!])', base)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            r = rng.random()
            out.append(' ' if r < 0.55 else ('' if r < 0.9 else '，'))
            continue
        if p and rng.random() < 0.22:
            p = rng.choice(FILLERS) + ('' if rng.random() < 0.5 else ' ') + p
        out.append(p)
    t = re.sub(r'\s+', ' ', re.sub(r'[（）()]', ' ', ''.join(out))).strip()
    if C(t) != C(s):
        t = re.sub(r'\s+', ' ', re.sub(r'[，。？！；：、,?!]', ' ', numread(s))).strip()
    assert C(t) == C(s), (s, t)
    return t


GREET_KW = ['您好', '你好', '欢迎致电', '欢迎来到', '欢迎咨询', '欢迎光临', '早上好', '上午好', '中午好', '下午好', '晚上好']
KW = {
    'greet': GREET_KW,
    'close': ['再见', '再会', '感谢来电', '感谢您的来电', '谢谢您的来电', '感谢您来电', '谢谢您来电', '祝您', '挂机', '先挂', '回头再联系', '回头联系', '拜拜'],
    'hold_ann': ['稍等', '稍候', '查一下', '查询一下', '查看一下', '看一下', '调一下', '核查', '等一下', '等我', '别挂'],
    'hold_thx': ['久等', '耐心', '等候'],
    'empathy': ['抱歉', '不好意思', '对不起', '对不住', '理解', '添麻烦', '体谅', '辛苦', '委屈', '歉意', '遗憾', '心情', '道歉'],
    'survey': ['评价', '满意', '打分', '打个分', '评分', '意见', '点评'],
    'verify': ['核实', '核对', '身份证', '验证码', '后四位', '尾号', '出生'],
}
REF_RE = re.compile(r'(工单号|受理编号|受理号|流水号|服务单号|回执编号|登记编号|反馈编号|处理编号|售后单号|回收工单号)[^A-Z0-9零幺一二三四五六七八九]{0,3}([A-Z0-9零幺一二三四五六七八九]{6,})')
BACKCHANNELS = {'嗯', '嗯嗯', '对', '对对', '好的', '是', '是的'}
