"""Shared helpers and the check list. No dialogue that decides a label lives here."""
import re

CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response',
          'response-latency', 'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered',
          'required-info']

# customer back-channels that decide nothing
NEUTRAL_SHORT = ['好的', '嗯嗯', '行', '好', '哦，好', '嗯，你说', 'OK', '行吧', '明白', '哦哦']

DIGITS_SPOKEN = dict(zip('0123456789', '零幺二三四五六七八九'))


def spoken(s, as_words):
    """On voice most agents read digits out (幺零三七); ASR then writes them as characters."""
    if not as_words:
        return s
    return ''.join(DIGITS_SPOKEN.get(ch, ch) for ch in s)


def strip_punct(s):
    """The spoken characters of a line: CJK and alphanumerics, without punctuation, spaces or emoji."""
    return re.sub(r'[^\u4e00-\u9fffA-Za-z0-9]', '', s)

# the agent's reply when the customer goes to look something up (leaves the next word to the customer)
TAKE_TIME = ['好的，不着急', '嗯，您慢慢找', '好，您找到了发我', '没事，您先找找看', '可以，我等您']
