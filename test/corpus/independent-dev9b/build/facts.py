"""Where the agent stated a scenario fact, and whether each statement was right."""
import re

DIGITS = '0-9零幺一二两三四五六七八九十百千万'


def _occurrences(text, value):
    """Start positions of `value` in `text` not embedded in a longer number."""
    out = []
    for m in re.finditer(re.escape(value), text):
        a, b = m.start(), m.end()
        if value[0] in DIGITS or re.match(f'[{DIGITS}]', value[0]):
            if a > 0 and re.match(f'[{DIGITS}.]', text[a - 1]):
                continue
        if re.match(f'[{DIGITS}]', value[-1]) and b < len(text) and re.match(f'[{DIGITS}]', text[b]):
            continue
        out.append(a)
    return out


def fact_mentions(fact, agent_lines, negated):
    """[(line index, correct?, value)] in speaking order; a negated line turns a correct value wrong."""
    right = [fact['expected']] + fact.get('variants', [])
    wrong = fact.get('wrong', [])
    found = []
    for li, text in enumerate(agent_lines):
        hits = []
        for v in right:
            for p in _occurrences(text, v):
                hits.append((p, len(v), not negated[li], v))
        for v in wrong:
            for p in _occurrences(text, v):
                hits.append((p, len(v), False, v))
        # a longer value wins where two overlap (e.g. 十五个工作日 over 十五)
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept, last_end = [], -1
        for h in hits:
            if h[0] >= last_end:
                kept.append(h)
                last_end = h[0] + h[1]
        found += [(li, ok, v) for _, _, ok, v in kept]
    return found
