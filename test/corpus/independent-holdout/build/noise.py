"""ASR-style noise for voice transcripts: homophones, numerals read out as words, missing punctuation,
fillers and stutters. Applied before scenario facts are filled in, so fact values stay one of the
scenario's accepted wordings (the label says the fact was stated; the noise must not change that)."""
import re

# Homophone slips a Mandarin recogniser really makes on call audio. Only words that labels do not
# hinge on as scenario patterns (required-info patterns and fact values stay intact).
HOMOPHONES = [('稍等', '烧等'), ('工号', '公号'), ('核实', '合适'), ('耐心', '耐性'), ('麻烦', '马烦'),
              ('请讲', '请将'), ('确认', '确人'), ('这边', '这遍'), ('帮您', '帮你')]
DIGIT_PHONE = {'0': '零', '1': '幺', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}
SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']


def small_number(n: int) -> str:
    """1..99 as spoken (二十, 十二); 2 before a measure word is usually 两 but ASR writes 二 too."""
    if n < 10:
        return SMALL[n]
    tens, ones = divmod(n, 10)
    return ('' if tens == 1 else SMALL[tens]) + '十' + (SMALL[ones] if ones else '')


def numerals_to_words(text: str) -> str:
    def repl(m):
        run = m.group(0)
        if len(run) >= 3:
            return ''.join(DIGIT_PHONE[d] for d in run)
        return small_number(int(run))
    return re.sub(r'\d+', repl, text)


def strip_punctuation(text: str, rng) -> str:
    return re.sub(r'[，。？！、~,.?!]', lambda m: ' ' if rng.random() < 0.35 else '', text).strip()


def add_fillers(text: str, rng, speaker: str) -> str:
    roll = rng.random()
    if speaker == 'customer':
        if roll < 0.3:
            text = rng.choice(['嗯 ', '那个 ', '就是 ', '呃 ', '啊 ']) + text
        elif roll < 0.42 and len(text) > 4:
            text = text[:2] + text[:2] + text[2:]  # stutter: 我想我想问一下
    elif roll < 0.15:
        text = rng.choice(['嗯 ', '那个 ', '呃 ']) + text
    return text


def asr_noise(text: str, rng, speaker: str, level: float) -> str:
    """level 0..1: share of homophone slips applied. Placeholders like {F:key} are left alone."""
    for right, wrong in HOMOPHONES:
        if right in text and rng.random() < level:
            text = text.replace(right, wrong)
    text = numerals_to_words(text)
    text = add_fillers(text, rng, speaker)
    return strip_punctuation(text, rng)
