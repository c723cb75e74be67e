# -*- coding: utf-8 -*-
"""Shared constants for generate.py and validate.py (no labelling logic lives here)."""
import re

SET = 'independent-dev13b'
SEED = 71947

CHECKS = [
    'greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
    'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
    'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info',
]

VOICE = dict(dead=8000, hold=15000)
CHAT = dict(dead=30000, hold=30000)
OVERLAP_MS = 800
RATE_LO, RATE_HI = 120, 300

FILLERS = ['呃', '那个', '就是', '嗯']
# ASR homophones written into voice transcripts (wrong -> right for the validator's normaliser)
HOMOPHONES = {'工号': '公号', '再见': '在见', '身份证': '身分证'}

_DIGIT_WORD = {'0': '零', '1': '幺', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}
_CN_DIGIT = {'零': '0', '〇': '0', '幺': '1', '一': '1', '二': '2', '两': '2', '三': '3', '四': '4', '五': '5',
             '六': '6', '七': '7', '八': '8', '九': '9'}

PUNCT_RE = re.compile(r'[\s，。？！、：；,.?!:;“”"\'（）()…—\-_/@]+')


def digits_to_words(s, one='幺'):
    """Read out runs of >= 3 ASCII digits digit by digit (speech recognition style)."""
    def rep(m):
        return ''.join((one if ch == '1' else _DIGIT_WORD[ch]) for ch in m.group(0))
    return re.sub(r'\d{3,}', rep, s)


def normalise(s):
    """Lossy normaliser used identically on pool lines and transcript text: drop punctuation/space and
    fillers, undo homophones, map Chinese digit characters to ASCII digits, lower-case."""
    s = s.lower()
    s = PUNCT_RE.sub('', s)
    for wrong_right in HOMOPHONES.items():
        right, wrong = wrong_right
        s = s.replace(wrong, right)
    for f in ('那个', '就是', '呃', '嗯'):
        s = s.replace(f, '')
    s = ''.join(_CN_DIGIT.get(ch, ch) for ch in s)
    return s


def spoken_chars(s):
    return len(PUNCT_RE.sub('', s))
