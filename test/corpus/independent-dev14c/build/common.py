# -*- coding: utf-8 -*-
"""Shared helpers for the generator and the validator (text normalisation, template regexes)."""
import re
import m_mkt, m_exam, m_gift, m_lock, m_camp, m_trans

DOMAINS = [m_mkt.D, m_exam.D, m_gift.D, m_lock.D, m_camp.D, m_trans.D]
SET = 'independent-dev14c'
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']

PUNCT = '，。？！、：；,.?!:;"\'“”‘’…（）()《》【】—-~·/ \t\u3000'
DIGIT_WORDS = {'零': '0', '〇': '0', '幺': '1', '一': '1', '二': '2', '两': '2', '三': '3', '四': '4', '五': '5',
               '六': '6', '七': '7', '八': '8', '九': '9'}
HOMOPHONES = {'公号': '工号'}


def norm(s):
    s = s.lower()
    for a, b in HOMOPHONES.items():
        s = s.replace(a, b)
    s = ''.join(ch for ch in s if ch not in PUNCT)
    return ''.join(DIGIT_WORDS.get(ch, ch) for ch in s)


def spoken_len(s):
    return sum(1 for ch in s if ('\u4e00' <= ch <= '\u9fff') or ch.isascii() and ch.isalnum())


SLOT_RE = re.compile(r'\{(\w+)\}')


def tmpl_regex(t, slots=None):
    """Regex (over norm()-ed text) for a template line; {slot}s become the given sub-patterns or a short wildcard."""
    slots = slots or {}
    out, pos = [], 0
    for m in SLOT_RE.finditer(t):
        out.append(re.escape(norm(t[pos:m.start()])))
        out.append(slots.get(m.group(1), '.{1,40}?'))
        pos = m.end()
    out.append(re.escape(norm(t[pos:])))
    return re.compile(''.join(out))
