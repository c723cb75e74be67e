"""Puts a dialogue on the clock: ringing, IVR and queue (voice) or bot and queue (chat), then every
turn's startMs/endMs from its length and the pause before it. Voice speech lasts as long as its
characters take at the speaker's rate; chat messages are instants (startMs = endMs)."""
import re

HAN = re.compile(r'[\u4e00-\u9fff]')
ALNUM = re.compile(r'[0-9A-Za-z]')


def spoken_chars(text: str) -> int:
    """Characters a listener hears (Han characters, digits, Latin letters); punctuation is silent."""
    return len(HAN.findall(text)) + len(ALNUM.findall(text))


def ivr_lines(org: str):
    return [f'您好，欢迎致电{org}。业务咨询请按1，投诉建议请按2，人工服务请按0。',
            '正在为您转接人工服务，请稍候。']


def place_voice(ctx, beats):
    rng, plan = ctx['rng'], ctx['plan']
    events, turns = [], []
    ringing = rng.randint(900, 2000)
    answered = ringing + rng.randint(3000, 11000)
    events += [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': rng.randint(80, 300)},
               {'type': 'ringing', 'atMs': ringing}, {'type': 'answered', 'atMs': answered}]
    join = answered
    if ctx['ivr']:
        t = answered + rng.randint(300, 700)
        for n, line in enumerate(ivr_lines(ctx['org'])):
            dur = int(spoken_chars(line) / 5.2 * 1000)
            turns.append({'speaker': 'ivr', 'text': line, 'startMs': t, 'endMs': t + dur, 'confidence': 0.97})
            events.append({'type': 'ivr-prompt', 'atMs': t})
            t += dur
            if n == 0:
                t += rng.randint(1200, 2500)
                events.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '0'}})
                t += rng.randint(300, 600)
        events.append({'type': 'queued', 'atMs': t})
        join = t + rng.randint(1500, 5000)
    events.append({'type': 'agent-joined', 'atMs': join})
    rate = ctx['rate']                        # agent characters per minute
    cps = rng.uniform(3.5, 4.5)               # customer characters per second
    prev = None                               # previous beat (with times)
    cur_end = join
    last_customer_end = join
    strict_first = ctx['sla'].get('firstResponseMs', 30000) < 10000
    for n, beat in enumerate(beats):
        sp, gap = beat['sp'], beat['gap']
        chars = max(1, spoken_chars(beat['text']))
        dur = int(chars / rate * 60000) if sp == 'agent' else int(chars / cps * 1000)
        dur = max(dur, 350)
        if gap == 'first':
            if 'first_slow_strict' in plan:
                start = join + rng.randint(4300, 7000)
            else:
                start = join + (rng.randint(500, 2500) if strict_first else rng.randint(700, 3000))
        elif gap == 'join+1500':
            start = join + rng.randint(1200, 2000)
        elif gap == 'slow-first':
            start = max(join + rng.randint(33000, 40000), last_customer_end + 16000)
        elif isinstance(gap, int):
            start = cur_end + gap
        elif beat.get('pause'):
            start = cur_end + rng.randint(9000, 16000)     # the customer's own pause
        elif sp == 'agent' and prev is not None and prev['sp'] == 'agent':
            start = cur_end + rng.randint(200, 800)
        else:
            start = cur_end + rng.randint(300, 1500)
        if sp == 'agent' and prev is not None and prev['sp'] == 'customer' and beat['gap'] is None:
            if prev.get('opening') and 'interrupt' in plan:
                # The agent cuts in while the customer is still talking (≥ 800 ms overlap).
                start = max(prev['_start'] + 600, prev['_end'] - rng.randint(1100, 2300))
            elif prev.get('opening') and 'latch' in plan:
                start = prev['_end'] - rng.randint(150, 550)      # short overlap, not an interruption
        if sp == 'customer' and 'cust_overlap' in plan and prev is not None and prev['sp'] == 'agent' \
                and beat.get('thanks_turn') and prev['_end'] - prev['_start'] > 2500:
            start = prev['_end'] - rng.randint(900, 1600)         # the customer talks over the agent
        beat['_start'], beat['_end'] = start, start + dur
        turns.append({'speaker': sp, 'text': beat['text'], 'startMs': start, 'endMs': start + dur,
                      '_kind': beat['kind'], '_thanks': beat.get('thanks', False)})
        if sp == 'customer' and beat.get('opening') and 'backchannel' in plan and dur > 2500:
            bc_start = start + int(dur * rng.uniform(0.4, 0.6))
            bc = {'speaker': 'agent', 'text': rng.choice(['嗯', '嗯嗯', '对', '好']), 'startMs': bc_start,
                  'endMs': bc_start + rng.randint(250, 500), '_bc': True}
            turns.append(bc)
        if beat.get('moh'):
            beat['_moh'] = True
        cur_end = max(cur_end, start + dur)
        if sp == 'customer':
            last_customer_end = start + dur
        prev = beat
    # Music on hold: flagged holds start just after the agent's announcement (or its silent hold).
    for i, beat in enumerate(beats):
        if beat.get('_moh'):
            nxt = next(b for b in beats[i + 1:] if b['sp'] == 'agent')
            quiet_from = max(b['_end'] for b in beats[:beats.index(nxt)])
            events.append({'type': 'hold-start', 'atMs': quiet_from + rng.randint(800, 1800)})
            events.append({'type': 'hold-end', 'atMs': nxt['_start'] - rng.randint(600, 1200)})
    turns.sort(key=lambda t: (t['startMs'], t['endMs']))
    end = max(t['endMs'] for t in turns)
    hang = end + rng.randint(400, 1500)
    who = 'customer' if beats[-1]['sp'] == 'customer' else 'agent'
    events.append({'type': 'hangup', 'atMs': hang, 'detail': {'by': who}})
    events.append({'type': 'ended', 'atMs': hang + rng.randint(150, 500)})
    events.sort(key=lambda e: e['atMs'])
    return turns, events, {'answered': answered, 'join': join, 'end': hang + 500}


def place_chat(ctx, beats):
    rng, plan = ctx['rng'], ctx['plan']
    events = [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': rng.randint(500, 1500)}]
    turns = []
    t = events[-1]['atMs'] + rng.randint(300, 900)
    if ctx['bot']:
        turns.append({'speaker': 'bot', 'text': f'您好，我是{ctx["org"]}智能助手，请问有什么可以帮您？', 'startMs': t, 'endMs': t})
        t += rng.randint(3000, 7000)
        turns.append({'speaker': 'customer', 'text': rng.choice(['转人工', '人工', '人工客服']), 'startMs': t, 'endMs': t})
        t += rng.randint(400, 1200)
        turns.append({'speaker': 'bot', 'text': '正在为您转接人工客服，请稍候…', 'startMs': t, 'endMs': t})
    events.append({'type': 'queued', 'atMs': t})
    join = t + rng.randint(3000, 9000)
    events.append({'type': 'agent-joined', 'atMs': join})
    turns.append({'speaker': 'system', 'text': f'客服{ctx["nick"]}已接入，正在为您服务', 'startMs': join, 'endMs': join})
    strict = ctx['sla'].get('responseLatencyMs', 30000) < 30000
    cur = join
    last_customer = None
    for beat in beats:
        sp, gap = beat['sp'], beat['gap']
        if gap == 'first':
            if 'first_slow_strict' in plan:
                start = join + rng.randint(21500, 27500)
            else:
                start = join + (rng.randint(2000, 8000) if strict else rng.randint(2000, 10000))
        elif gap == 'join+1500':
            start = join + rng.randint(2000, 5000)
        elif gap == 'slow-first':
            start = max(join + rng.randint(38000, 50000), last_customer + 31000)
        elif isinstance(gap, int):
            start = cur + gap
        elif sp == 'customer':
            think = rng.randint(35000, 80000) if beat.get('pause') else rng.randint(2500, 9000)
            start = cur + think + int(len(beat['text']) * rng.uniform(250, 600))
        elif beat.get('after_agent') or (beats.index(beat) > 0 and beats[beats.index(beat) - 1]['sp'] == 'agent'):
            start = cur + rng.randint(1500, 6000)
        else:
            start = cur + (rng.randint(3000, 14000) if strict else rng.randint(4000, 18000))
        beat['_start'] = beat['_end'] = start
        turns.append({'speaker': sp, 'text': beat['text'], 'startMs': start, 'endMs': start,
                      '_kind': beat['kind'], '_thanks': beat.get('thanks', False)})
        cur = start
        if sp == 'customer':
            last_customer = start
    end = cur + rng.randint(3000, 9000)
    turns.append({'speaker': 'system', 'text': '会话已结束', 'startMs': end, 'endMs': end})
    events.append({'type': 'ended', 'atMs': end + rng.randint(100, 400)})
    return turns, events, {'answered': join, 'join': join, 'end': events[-1]['atMs']}
