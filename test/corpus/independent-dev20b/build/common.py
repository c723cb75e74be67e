"""Shared, non-decisive material and the text helpers used by gen.py and validate.py."""
import re

SET = 'independent-dev20b'
RUN = 'dev20b'
DOMAINS = ['cj', 'tg', 'qp', 'ms', 'zn', 'dt']

# customer small talk (not decisive for any check)
CACK = ['好的。', '嗯，行。', '可以。', '好，明白了。', '哦，好的。', '行。']
CNO = ['没有了，谢谢。', '没别的了。', '就这些，谢谢你。', '暂时没有了。']
CNO_LAST = ['没了。', '没有了。', '嗯，没了。']
CBYE = ['好的，拜拜。', '嗯好，再见。', '行，谢谢啦。']
CFILL = ['好的，那麻烦您帮我看一下具体情况。', '行，那您先帮我查查看现在是什么状态。', '嗯，就是这么个事，您帮我看看怎么弄。']
NUDGE = ['在吗？', '人呢？', '还在吗', '有人吗？']
BC = ['嗯嗯', '对', '好的', '嗯', '是']  # agent backchannels said over the customer
CFINAL = ['嗯。', '好。']
ADONE = ['嗯，好。', '好的。', '行。']

FILLERS = ['呃', '嗯', '那个', '就是']
# ASR homophones: written form -> what the recogniser produced
HOMO = [('工号', '公号'), ('再见', '在见'), ('评价', '平价'), ('抱歉', '报歉'), ('工单', '公单'), ('核对', '合对')]
PUNCT = '，。？！、：；,.?!:;～~…“”"\'（）()—-'
DIG = {'0': '零', '1': '一', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}


def canon(text: str) -> str:
    """Normalise a written or recognised line: drop punctuation/space, read digits, undo homophones, drop fillers."""
    t = ''.join(ch for ch in text if ch not in PUNCT and not ch.isspace())
    t = ''.join(DIG.get(ch, ch) for ch in t).upper().replace('幺', '一').replace('〇', '零')
    for good, bad in HOMO:
        t = t.replace(bad, good)
    for f in FILLERS:
        t = t.replace(f, '')
    return t


def spoken_chars(text: str) -> int:
    return sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff' or ch.isascii() and ch.isalnum())


def bare(text: str) -> str:
    return ''.join(ch for ch in text if ch not in PUNCT and not ch.isspace())
