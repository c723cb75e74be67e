"""Shared text helpers for gen.py and validate.py: ASR-style rendering and normalisation."""
import re, importlib
DOMAINS = ['union', 'swim', 'mattress', 'milktea', 'aquarium', 'hearing']
PUNCT = set('，。？！、：；,.?!:;~～ -—…“”"\'（）()·\t')
FILLERS = ['就是', '那个', '呃', '嗯']
HOMO = [('工号', '公号'), ('再见', '在见'), ('工单', '公单'), ('稍候', '稍后'), ('截止', '截至'), ('质保', '只保')]
D = '零一二三四五六七八九'
CODE = '零幺二三四五六七八九'

def load(dom):
    return importlib.import_module('mat_' + dom)

def card(n):
    if n < 10: return D[n]
    if n < 20: return '十' + (D[n % 10] if n % 10 else '')
    if n < 100: return D[n // 10] + '十' + (D[n % 10] if n % 10 else '')
    if n < 1000:
        r = n % 100
        t = D[n // 100] + '百'
        if r == 0: return t
        if r < 10: return t + '零' + D[r]
        return t + (D[r // 10] + '十' + (D[r % 10] if r % 10 else ''))
    r = n % 1000
    t = D[n // 1000] + '千'
    if r == 0: return t
    if r < 100: return t + '零' + card(r)
    return t + card(r)

def _num(m):
    s, full, a, b = m.group(0), m.string, m.start(), m.end()
    prev = full[a - 1] if a > 0 else ''
    nxt = full[b] if b < len(full) else ''
    if '.' in s:
        i, f = s.split('.')
        return card(int(i)) + '点' + ''.join(D[int(x)] for x in f)
    if nxt == '年' and len(s) == 4:
        return ''.join(D[int(x)] for x in s)
    if len(s) == 4 and nxt and nxt in '积元米天晚个分':
        return card(int(s))
    if len(s) == 4:
        return ''.join(CODE[int(x)] for x in s)
    if prev.isascii() and prev.isalpha() or nxt.isascii() and nxt.isalpha() or prev == '-' or nxt == '-' or len(s) >= 5 or s[0] == '0':
        return ''.join(CODE[int(x)] for x in s)
    n = int(s)
    if n == 2 and nxt in '年个倍天小晚位点': return '两'
    return card(n)

def asr_form(t):
    """Deterministic part of the speech-recognition rendering: numbers read out, homophones."""
    t = re.sub(r'\d+(?:\.\d+)?', _num, t)
    for a, b in HOMO: t = t.replace(a, b)
    return t

def norm(t):
    t = ''.join(ch for ch in t if ch not in PUNCT)
    for f in FILLERS: t = t.replace(f, '')
    return t

def spoken_len(t):
    return sum(1 for ch in t if ch not in PUNCT)

def forms(line):
    return {norm(line), norm(asr_form(line))} - {''}
