"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl of independent-dev11b.

Deterministic: one random.Random(73301) drives every choice; the words come from material_a/_b
(hand-written per domain). Labels are set from the plan (what the contact was written to do);
validate.py then re-reads the written text and timeline to check they carry what the label says.
Run: python3 build/gen.py   (from the set's folder or anywhere)
"""
import json
import os
import random
import re

from material_a import AUTO, RENTAL, XBORDER
from material_b import CAMPUS, DATING, PRICE
from material_extra import EXTRA, MORE, VAGUE
from emit import events_for, ms, scenario_yaml, special_contacts
from plan import SEED, draw_plan

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DOMAINS = [RENTAL, XBORDER, AUTO, CAMPUS, DATING, PRICE]
for _dom in DOMAINS:  # more wordings per trade, kept in material_extra.py
    for _key, _lines in MORE[_dom['domain']].items():
        _dom[_key] = _dom[_key] + _lines
PER_DOMAIN = 26
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
PERSONA = {'rental': '何晓雯', 'crossborder': '蒋浩', 'auto4s': '唐磊', 'campus': '陈一鸣', 'dating': '林女士', 'price12358': '严立新'}
SLA = {'firstResponseMs': 20000, 'responseLatencyMs': 40000, 'handleTimeMs': 900000}
CORRECTIONS = ['哦不对，刚才说错了，', '更正一下，', '我再核一眼——']
SPOKEN = re.compile(r'[\u4e00-\u9fffA-Za-z0-9]')
BASE_EPOCH = 1764892800000  # 2025-12-05 00:00 UTC = 08:00 Beijing; eight contacts a day, 09:00-16:00 local


def spoken_chars(text):
    return len(SPOKEN.findall(text))


def complaints_of(sc):
    return [sc['complaint']] + EXTRA[sc['id']]['complaints']


def empathy_of(dom, sc):
    return [dom['empathy'][dom['scenarios'].index(sc)]] + EXTRA[sc['id']]['empathy']


def curt(text):
    """The same words said curtly: 你 for 您, softeners and thanks dropped."""
    for soft in ['麻烦', '谢谢', '感谢']:
        text = text.replace(soft, '')
    text = re.sub(r'(?<!申)请问?', '', text)  # 申请 is a word, not a softener
    return text.replace('您', '你').lstrip('，')


def survey_line(dom, chan):
    """The survey invitation as this channel words it (a call has no pop-up, a chat no key press)."""
    return dom['survey'][chan] if isinstance(dom['survey'], dict) else dom['survey']


def side_lines(dom):
    """忌语 that answer the side question (a 2-tuple, or tagged 'side')."""
    return [x for x in dom['forbid'] if len(x) < 3]


def preface_lines(dom, sc):
    """Cold or refusing lines written to be said just before this scenario's fact."""
    return [x for x in dom['forbid'] if len(x) == 3 and x[2] == sc['id']]


def script(dom, sc, p, chan, rng):
    """The contact as (speaker, text, kind) in order; kinds name the slots timing() places gaps for."""
    voice = chan == 'voice'
    fact = sc['fact']
    which = rng.randrange(len(complaints_of(sc)))
    complaint = complaints_of(sc)[which]
    t = []
    opening = rng.choice(dom['greet']) if p['greet'] else rng.choice(dom['nogreet'])
    ident = {'ok': rng.choice(dom['id_ok']), 'bad': rng.choice(dom['id_bad']), 'none': ''}[p['id']]
    t.append(('agent', '，'.join(x for x in [opening, ident, dom['ask_help']] if x), 'A1'))
    if p['complaint'] and not voice:
        t.append(('customer', sc['problem'], 'C1'))
        t.append(('customer', complaint, 'C1b'))
    else:
        t.append(('customer', sc['problem'] + ('，' + complaint if p['complaint'] else ''), 'C1'))
    emp = empathy_of(dom, sc)[which] if p['empathy'] else ''  # the acknowledgement written for this complaint
    hold_turn = p['hold'] in ('ok', 'no-thanks')
    emp_in_a3 = p['empathy'] and p['empathy_turn'] == 'A3' and not hold_turn
    a2 = [emp if p['empathy'] and not emp_in_a3 else '']
    if p['midcall_thanks'] and not (p['complaint'] and not p['empathy']):  # thanks mid-call: not a closing, and kept away from an owed apology
        a2.append('谢谢您跟我们说这些')
    if p['verify']:
        a2.append(dom['verify_ask'])
    if p['ask_info']:
        a2.append(sc['ri_ask'])
    a2 = [x for x in a2 if x] or (['嗯'] if p['curt'] else ['好的，我这边先记一下'])
    t.append(('agent', '，'.join(a2), 'A2'))
    c2 = []
    if p['customer_sorry']:
        c2.append(dom['customer_sorry'])
    if p['verify']:  # the customer gives identity details only when asked
        c2.append(dom['verify_give'])
    c2.append(sc['ri_give'] if chan != 'voice' or '[图片]' not in sc['ri_give'] else '好，我拍了传到APP上了')
    t.append(('customer', '，'.join(c2), 'C2'))
    if hold_turn:
        t.append(('agent', dom['hold_bare'] if rng.random() < 0.3 else dom['hold_ask'][dom['scenarios'].index(sc)], 'HOLD'))
    a3 = []
    if p['hold'] == 'ok':
        a3.append(rng.choice(dom['hold_thanks']))
    if emp_in_a3:
        a3.append(emp)
    if p['verify'] is not None:
        a3.append(dom['record'])
    preface = preface_lines(dom, sc)
    if p['cold_preface'] and preface:
        a3.append(rng.choice(preface)[1])
    right = rng.choice([fact['expected']] + fact.get('variants', []))
    wrong = rng.choice(fact['wrong'])
    if p['fact'] == 'right':
        a3.append(sc['fact_line'].format(v=right))
    elif p['fact'] == 'wrong':
        a3.append(sc['fact_line'].format(v=wrong))
    else:
        a3.append(sc['fact_line'].format(v=wrong) + '。' + rng.choice(CORRECTIONS) + sc['fact_line'].format(v=right))
    t.append(('agent', '，'.join(a3), 'A3'))
    t.append(('customer', sc['q'], 'C3'))
    rude = rng.choice([x for x in dom['rude'] if len(x) < 3 or x[2] == sc['id']])[1]
    a4 = {'answer': sc['a'], 'vague': VAGUE[sc['id']], 'nonanswer': sc['nonanswer'], 'rude-then-answer': rude + '。' + sc['a'], 'rude-instead': rude}[p['answer']]
    t.append(('agent', a4, 'A4'))
    if p['side'] != 'none':
        q = dom['incidental_q'] if p['side'] == 'help' else dom['look_q']
        t.append(('customer', q, 'C4'))
        a5 = {'help': dom['incidental_a'], 'look': dom['lookalike'], 'buck': rng.choice(side_lines(dom))[1]}[p['side']]
        t.append(('agent', a5, 'A5'))
    if p['closing'] == 'left':
        t.append(('customer', rng.choice(['行了行了，我先挂了', '算了，不说了', '好吧 我自己再看看']), 'CEND'))
        return t
    pre = []
    if p['ref'] == 'ok':
        pre.append(rng.choice(dom['ref']))
    elif p['ref'] == 'notref':
        pre.append(dom['notref'])
    if p['survey']:
        pre.append(survey_line(dom, chan))
    pre.append(dom['nonclose'][0])
    t.append(('agent', '，'.join(pre), 'APRE'))
    t.append(('customer', rng.choice(['没有了，谢谢', '没了，谢谢啊，再见', '暂时没有了', '没事了']), 'CEND'))
    final = rng.choice(dom['closing']) if p['closing'] == 'ok' else dom['nonclose'][1]
    if p['curt']:
        t = [(spk, curt(text) if spk == 'agent' else text, kind) for spk, text, kind in t]
    if not voice and p['closing'] == 'ok' and rng.random() < 0.4:
        final += rng.choice(['😊', '🌹', '~'])
    t.append(('agent', final, 'AEND'))
    return t


def agent_gap(kind, prev_kind, p, voice, rng):
    """Silence before an agent turn, in ms (negative = starts before the customer finished)."""
    if kind == 'A1':
        if p['first'] == 'late':
            return ms(rng, 21, 26) if voice else ms(rng, 22, 28)
        if p['first'] == 'quiet-start':
            return ms(rng, 9, 13)
        return ms(rng, 0.6, 2.0) if voice else ms(rng, 3, 9)
    if kind == 'A2' and p['latency']:
        return ms(rng, 41, 48) if voice else None  # chat: split by 在吗 in timing()
    if kind == 'A3' and p['hold'] in ('ok', 'no-thanks'):
        return ms(rng, 18, 40) if voice else ms(rng, 35, 70)
    if kind == 'A3' and p['hold'] == 'unannounced':
        return ms(rng, 17, 25) if voice else ms(rng, 33, 38)
    if kind == 'A4' and p['deadair']:
        return ms(rng, 9, 14) if voice else ms(rng, 31, 37)
    if kind == interrupt_slot(p) and p['interrupt'] == 'fail':
        return -ms(rng, 1.1, 1.9)
    if kind == interrupt_slot(p) and p['interrupt'] == 'small-overlap':
        return -ms(rng, 0.15, 0.4)
    return ms(rng, 0.4, 2.2) if voice else ms(rng, 5, 20)


def interrupt_slot(p):
    """The agent reply that cuts in (voice): one whose gap is not already a planned silence."""
    if not p['latency']:
        return 'A2'
    return None if p['deadair'] else 'A4'


# ASR mishearings on customer lines that decide no label (the truth of what was said is what is labelled)
HOMOPHONES = [('押金', '压金'), ('清关', '轻关'), ('退费', '退废'), ('保洁费', '保洁飞'), ('红娘', '红粮'),
              ('热水器', '热水气'), ('图书馆', '图书管'), ('质量', '之量'), ('物业费', '物业飞'), ('搬家', '班家')]


def noisy(text, rng, speaker, kind=''):
    """ASR-style damage on a voice turn: punctuation lost, a filler at the start of some turns."""
    if speaker == 'customer' and kind in ('C3', 'C4', 'CEND') and rng.random() < 0.5:
        for right, heard in HOMOPHONES:
            text = text.replace(right, heard)
    text = re.sub(r'[，。？！、—~]+', ' ', text).strip()
    if speaker == 'customer' and rng.random() < 0.5:
        text = rng.choice(['嗯 ', '呃 ', '那个 ', '就是 ']) + text
    elif speaker == 'agent' and rng.random() < 0.2:
        text = rng.choice(['嗯 ', '呃 ']) + text
    return text


def timing(turns, p, chan, rng):
    """Places the script on a clock: returns (turn dicts, agent-joined ms, end ms)."""
    voice = chan == 'voice'
    join = ms(rng, 6, 12) if voice else ms(rng, 8, 40)
    out, clock = [], join
    for speaker, text, kind in turns:
        if speaker == 'agent':
            gap = agent_gap(kind, None, p, voice, rng)
            if gap is None:  # chat latency breach split by the customer's nudge (no span >= 30 s)
                clock += ms(rng, 25, 28)
                out.append({'speaker': 'customer', 'text': rng.choice(['在吗？', '人呢', '还在吗', '？？']), 'startMs': clock, 'endMs': clock})
                gap = ms(rng, 16, 22)
        else:
            long_pause = kind == 'C2' and p['customer_pause']
            gap = (ms(rng, 10, 16) if long_pause else ms(rng, 0.5, 2.0)) if voice else (ms(rng, 45, 90) if long_pause else ms(rng, 6, 28))
            if kind == 'C1b':
                gap = ms(rng, 2, 6)
        if voice and p['asr_noise']:
            text = noisy(text, rng, speaker, kind)
        if gap < 0 and out and out[-1]['endMs'] - out[-1]['startMs'] < -gap + 1000:
            # a cut-in needs a customer turn long enough to cut into: that customer spoke slowly
            out[-1]['endMs'] = out[-1]['startMs'] - gap + 1500
            clock = out[-1]['endMs']
        start = max(clock + gap, out[-1]['startMs'] + 300 if out else 0)
        if voice:
            cps = rng.uniform(3.5, 5.0)
            if speaker == 'agent':
                cps = {'ok': rng.uniform(3.4, 4.6), 'fast': rng.uniform(5.6, 6.3), 'slow': rng.uniform(1.4, 1.8)}[p['rate']]
            end = start + int(max(spoken_chars(text), 1) / cps * 1000)
            turn = {'speaker': speaker, 'text': text, 'startMs': start, 'endMs': end, 'confidence': round(rng.uniform(0.6, 0.98), 2)}
        else:
            end = start
            turn = {'speaker': speaker, 'text': text, 'startMs': start, 'endMs': end}
        out.append(turn)
        clock = end
    return out, join, clock


def labels_for(dom, sc, p, chan):
    """The labels the contact was written to carry, with a reason for every fail and tricky pass."""
    voice = chan == 'voice'
    req = sc['req']
    L, why = {}, {}

    def put(check, value, reason=None):
        L[check] = value
        if reason:
            why[check] = reason
    put('greeting', 'pass' if p['greet'] else 'fail', None if p['greet'] else 'first agent turn names the centre but has no 问候')
    put('agent-id', 'pass' if p['id'] == 'ok' else 'fail',
        {'none': 'no name or staff number in the first two turns', 'bad': 'only a bare role or a number that is not a staff id (hotline / customer number)'}.get(p['id']))
    if p['closing'] == 'left':
        put('closing', 'na', 'the customer left before the agent could wrap up')
    else:
        put('closing', 'pass' if p['closing'] == 'ok' else 'fail', None if p['closing'] == 'ok' else 'last two agent turns are a wrap-up question and a bare 好的/就这样, no thanks, wish or leave-taking')
    rude = p['answer'] in ('rude-then-answer', 'rude-instead')
    cold = p['cold_preface'] and bool(preface_lines(dom, sc))
    forbidden = rude or p['side'] == 'buck' or cold
    put('forbidden-words', 'fail' if forbidden else 'pass',
        ('rude line to the customer (blame / impatience / mockery / dare)' if rude else 'cold or flat-refusal line before the answer' if cold else 'buck-passing or cold refusal without help') if forbidden
        else ('referral that comes with help is not buck-passing' if p['side'] == 'look' else None))
    if p['verify'] is None:
        put('verification', 'na')
    else:
        put('verification', 'pass' if p['verify'] else 'fail', None if p['verify'] else 'own record disclosed without asking for any identity detail')
    unannounced_long = (p['hold'] == 'unannounced') or (not voice and p['deadair']) or (voice and p['latency'])
    if p['hold'] == 'none' and not unannounced_long:
        put('hold-etiquette', 'na')
    elif p['hold'] == 'ok' and not unannounced_long:
        put('hold-etiquette', 'pass', 'asked to wait before the hold and thanked after it')
    else:
        put('hold-etiquette', 'fail', 'no thanks after the hold' if p['hold'] == 'no-thanks' else 'agent went silent long enough for a hold without asking the customer to wait')
    put('politeness', 'fail' if rude or p['curt'] else 'pass',
        'a rude line said to the customer' if rude else ('consistently curt: 你 not 您, no softener, greeting, thanks or wish anywhere' if p['curt'] else None))
    if voice:
        put('interruption', 'fail' if p['interrupt'] == 'fail' else 'pass',
            {'fail': 'agent starts 1.1-1.9 s before the customer finished', 'small-overlap': 'overlap under 0.8 s only'}.get(p['interrupt']))
        put('speech-rate', 'pass' if p['rate'] == 'ok' else 'fail', None if p['rate'] == 'ok' else 'agent speaks at %s rate outside 120-300 chars/min' % p['rate'])
    else:
        put('interruption', 'na')
        put('speech-rate', 'na')
    dead = (voice and (p['first'] in ('late', 'quiet-start') or p['latency'])) or p['hold'] == 'unannounced' or p['deadair']
    put('dead-air', 'fail' if dead else 'pass', 'unannounced silence owed by the agent above the channel threshold' if dead
        else ('long pause was the customer\'s (agent had asked for details)' if p['customer_pause'] else None))
    if not p['complaint']:
        put('empathy', 'na')
    else:
        put('empathy', 'pass' if p['empathy'] else 'fail', None if p['empathy'] else 'complaint got no apology or acknowledgement in the next two agent turns')
    # a rude line in place of an answer is the 忌语 checks' business, not resolution's (docs/scoring.md conventions; the
    # older sets label it pass on purpose: dev10a README call 1, dev7a, dev8a, dev8b, dev9a) — relabelled 5 Dec 2026
    unresolved = p['answer'] == 'nonanswer'
    put('resolution', 'fail' if unresolved else 'pass', 'the customer\'s question about their matter got a non-answer' if unresolved
        else ('shrug/buck-pass was to an incidental side question after the facts were answered' if p['side'] == 'buck' else None))
    put('first-response', 'fail' if p['first'] == 'late' else 'pass', 'first agent word more than 20 s after the agent joined' if p['first'] == 'late' else None)
    put('response-latency', 'fail' if p['latency'] else 'pass', 'a customer turn waited over 40 s for a reply' if p['latency']
        else ('announced hold is excepted' if p['hold'] in ('ok', 'no-thanks') else None))
    put('fact-accuracy', 'fail' if p['fact'] == 'wrong' else 'pass', {'wrong': 'stated a known-wrong value and never corrected it', 'corrected': 'wrong value corrected; the last statement is right'}.get(p['fact']))
    put('no-misinformation', 'pass' if p['fact'] == 'right' else 'fail', None if p['fact'] == 'right' else 'a known-wrong value was stated')
    if not req.get('reference'):
        put('record-reference', 'na')
    else:
        ok = p['ref'] == 'ok' and p['closing'] != 'left'
        put('record-reference', 'pass' if ok else 'fail', None if ok else ('only a non-reference number was given' if p['ref'] == 'notref' else 'no reference number given'))
    if not req.get('survey'):
        put('survey-offered', 'na')
    else:
        ok = p['survey'] and p['closing'] != 'left'
        put('survey-offered', 'pass' if ok else 'fail', None if ok else 'no satisfaction evaluation offered')
    put('required-info', 'pass' if p['ask_info'] else 'fail', None if p['ask_info'] else 'agent never asked for ' + sc['ri']['label'])
    return {c: L[c] for c in CHECKS}, why


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    contacts, labels, n = [], [], 0
    unknown_at = {5, 40, 77, 120}
    for dom in DOMAINS:
        for sc in dom['scenarios']:
            with open(os.path.join(OUT, 'scenarios', sc['id'] + '.yaml'), 'w', encoding='utf-8') as f:
                f.write(scenario_yaml(dom, sc, PERSONA[dom['domain']], SLA))
        for k in range(PER_DOMAIN):
            sc = dom['scenarios'][k % 3]
            chan = 'voice' if k % 2 == 0 else 'webchat'
            p = draw_plan(rng, sc, chan)
            if interrupt_slot(p) is None:  # both planned silences taken: this call has no cut-in
                p['interrupt'] = 'none'
            turns, join, end = timing(script(dom, sc, p, chan, rng), p, chan, rng)
            cid = '%s-%02d' % (sc['id'], k // 3 + 1)
            unknown = n in unknown_at
            c = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sc['id'], 'channel': chan,
                 'startedAt': BASE_EPOCH + (n // 8) * 86_400_000 + (1 + n % 8) * 3_600_000 + ms(rng, 0, 3000), 'durationMs': end + (500 if chan == 'voice' else 1000),
                 'outcome': 'completed', 'transcriptSource': 'deepgram' if chan == 'voice' else 'chat-dom',
                 'events': events_for(chan, join, end, rng, unknown), 'turns': turns}
            if unknown:
                del c['durationMs']
            contacts.append(c)
            lab, why = labels_for(dom, sc, p, chan)
            labels.append({'contactId': cid, 'domain': dom['domain'], 'labels': lab, 'why': why})
            n += 1
    for c in special_contacts(BASE_EPOCH + (n // 8 + 1) * 86_400_000 + 3_600_000):
        contacts.append(c)
        labels.append({'contactId': c['contactId'], 'domain': 'special', 'labels': {k: 'na' for k in CHECKS},
                       'why': {'all': 'nothing to score: %s' % (c.get('error', {}).get('code') or c['outcome'])}})
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as f:
        f.writelines(json.dumps(c, ensure_ascii=False) + '\n' for c in contacts)
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        f.writelines(json.dumps(x, ensure_ascii=False) + '\n' for x in labels)
    print('wrote %d contacts' % len(contacts))


if __name__ == '__main__':
    main()
