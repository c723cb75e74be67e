"""Places turns on a timeline and derives the timing labels from the placed timings.

The timing labels (dead-air, hold-etiquette, response-latency, first-response, interruption,
speech-rate) follow the brief's silence-accounting rule applied to the turn flags the dialogue
builder set on purpose (ask / announce / thanks) — the text is never re-read here.
"""
import re

CJK = re.compile(r'[\u4e00-\u9fff]')
DEAD = {'voice': 8000, 'webchat': 30000}
HOLD = {'voice': 15000, 'webchat': 30000}


def cjk(text):
    return len(CJK.findall(text))


def place(rng, channel, pre, turns, plan, sla):
    """Mutates turns: startMs/endMs. Returns (join_ms, end_ms, events)."""
    voice = channel == 'voice'
    t = 0
    events = [dict(type='started', atMs=0)]
    if voice:
        events += [dict(type='dialed', atMs=150), dict(type='ringing', atMs=1400)]
        t = rng.randint(5000, 9000)
        events.append(dict(type='answered', atMs=t))
    else:
        events.append(dict(type='page-loaded', atMs=900))
        t = rng.randint(1500, 3000)
    for p in pre:
        dur = int(cjk(p['text']) / 4.2 * 1000) if voice else 0
        p['startMs'], p['endMs'] = t, t + dur
        if p['speaker'] == 'ivr':
            events.append(dict(type='ivr-prompt', atMs=t))
        t = p['endMs'] + rng.randint(400, 1500)
    if voice:
        events.append(dict(type='dtmf', atMs=t, detail=dict(digits='0')))
    events.append(dict(type='queued', atMs=t + 200))
    join = t + rng.randint(3000, 25000)
    events.append(dict(type='agent-joined', atMs=join))
    fr_limit = sla.get('firstResponseMs', 30000)
    lat_limit = sla.get('responseLatencyMs', 30000)
    prev = None
    rate_agent = plan['agent_cps']
    delayed_done = False
    for i, tu in enumerate(turns):
        spk = tu['speaker']
        if prev is None:
            if plan['first_late']:
                gap = rng.randint(fr_limit + 800, min(fr_limit + 2500, DEAD[channel] - 500)) if fr_limit < DEAD[channel] \
                    else rng.randint(fr_limit + 2000, fr_limit + 20000)
            else:
                gap = rng.randint(600, 2500) if voice else rng.randint(3000, min(12000, fr_limit - 2000))
            start = join + gap
        else:
            hold = prev.get('hold_before_next')
            if spk == 'agent' and hold and hold not in ('customer-pause',):
                lo, hi = dict(voice={'announced-short': (9000, 13500), 'announced': (17000, 65000), 'music-announced': (25000, 90000),
                                     'unannounced-short': (8800, 13500), 'unannounced': (16500, 45000), 'music-unannounced': (20000, 60000)},
                              webchat={'announced-short': (12000, 25000), 'announced': (35000, 150000), 'music-announced': (35000, 150000),
                                       'unannounced-short': (31000, 55000), 'unannounced': (33000, 110000),
                                       'music-unannounced': (33000, 110000)})[channel][hold]
                gap = rng.randint(lo, hi)
            elif spk == 'customer' and tu.get('pause'):
                gap = rng.randint(9000, 20000) if voice else rng.randint(40000, 110000)
            elif spk == 'agent' and prev['speaker'] == 'customer' and plan['late_reply'] and not delayed_done \
                    and i >= 3 and not prev.get('hold_before_next'):
                # a slow but not dead-air reply: over the latency SLA, under the dead-air threshold
                delayed_done = True
                gap = rng.randint(lat_limit + 500, DEAD[channel] - 600) if lat_limit < DEAD[channel] - 1200 \
                    else rng.randint(lat_limit + 1000, lat_limit + 20000)
            elif spk == 'agent' and voice and prev['speaker'] == 'customer' and plan['interrupt_at'] == i:
                gap = -rng.randint(1000, 2200)
            elif spk == 'agent' and voice and prev['speaker'] == 'customer' and plan['backchannel_at'] == i:
                gap = -rng.randint(200, 600)
            elif spk == 'customer' and voice and prev['speaker'] == 'agent' and plan['cust_cuts_in_at'] == i:
                gap = -rng.randint(900, 1800)
            elif voice:
                gap = rng.randint(300, 1800) if spk == 'agent' else rng.randint(400, 2400)
            else:
                gap = rng.randint(4000, min(15000, lat_limit - 3000)) if spk == 'agent' else rng.randint(5000, 24000)
            if gap < 0:
                # an overlap never reaches back before the start of the turn it overlaps
                gap = max(gap, -(prev['endMs'] - prev['startMs'] - 300))
            start = prev['endMs'] + gap
        if voice:
            cps = rate_agent if spk == 'agent' else rng.uniform(3.5, 4.5)
            dur = max(700, int(cjk(tu['text']) / cps * 1000))
        else:
            dur = 0
        tu['startMs'], tu['endMs'] = start, start + dur
        prev = tu
    end = turns[-1]['endMs'] + rng.randint(500, 2500) if turns else join
    for i, tu in enumerate(turns[:-1]):
        hold = tu.get('hold_before_next')
        if voice and hold and hold.startswith('music'):
            events.append(dict(type='hold-start', atMs=tu['endMs'] + 800))
            events.append(dict(type='hold-end', atMs=turns[i + 1]['startMs'] - 600))
    return join, end, events


def timing_labels(channel, turns, join, sla):
    """Applies the silence-accounting rule to the placed turns. Returns (labels, why)."""
    voice = channel == 'voice'
    L, W = {}, {}
    ag = [t for t in turns if t['speaker'] == 'agent']
    fr = ag[0]['startMs'] - join
    L['first-response'] = 'fail' if fr > sla.get('firstResponseMs', 30000) else 'pass'
    if L['first-response'] == 'fail':
        W['first-response'] = f'first agent turn {fr / 1000:.1f} s after the agent joined (SLA {sla.get("firstResponseMs", 30000) / 1000:.0f} s)'
    dead, holds, unann = [], [], []
    for i in range(1, len(turns)):
        a, b = turns[i - 1], turns[i]
        gap = b['startMs'] - a['endMs']
        if gap < DEAD[channel]:
            continue
        if b['speaker'] == 'customer' or (a['speaker'] == 'agent' and a.get('ask')):
            continue  # customer's own pause
        last_agent = next(t for t in reversed(turns[:i]) if t['speaker'] == 'agent')
        if last_agent.get('announce'):
            if gap >= HOLD[channel]:
                holds.append((i, gap, b.get('thanks', False)))
        else:
            dead.append((i, gap))
            if gap >= HOLD[channel]:
                unann.append((i, gap))
    L['dead-air'] = 'fail' if dead else 'pass'
    if dead:
        W['dead-air'] = '; '.join(f'{g / 1000:.0f} s unannounced silence before turn {i} (agent owed the word)' for i, g in dead)
    if not holds and not unann:
        L['hold-etiquette'] = 'na'
    elif unann or any(not th for _, _, th in holds):
        L['hold-etiquette'] = 'fail'
        W['hold-etiquette'] = '; '.join([f'unannounced {g / 1000:.0f} s hold before turn {i}' for i, g in unann] +
                                        [f'announced {g / 1000:.0f} s hold before turn {i} not thanked after' for i, g, th in holds if not th])
    else:
        L['hold-etiquette'] = 'pass'
    lat = sla.get('responseLatencyMs', 30000)
    late = []
    for i, t in enumerate(turns):
        if t['speaker'] != 'customer':
            continue
        nxt = next((j for j in range(i + 1, len(turns)) if turns[j]['speaker'] == 'agent'), None)
        if nxt is None:
            continue
        if nxt != i + 1:
            continue  # the customer spoke again before the agent (only an ack after a hold request)
        last_agent = next((x for x in reversed(turns[:i]) if x['speaker'] == 'agent'), None)
        if last_agent is not None and last_agent.get('announce'):
            continue  # hold announced in advance
        g = turns[nxt]['startMs'] - t['endMs']
        if g > lat:
            late.append((nxt, g))
    L['response-latency'] = 'fail' if late else 'pass'
    if late:
        W['response-latency'] = '; '.join(f'agent reply at turn {j} came {g / 1000:.1f} s after the customer (SLA {lat / 1000:.0f} s)' for j, g in late)
    if voice:
        cuts = []
        for i in range(1, len(turns)):
            a, b = turns[i - 1], turns[i]
            if b['speaker'] == 'agent' and a['speaker'] == 'customer' and a['endMs'] - b['startMs'] >= 800:
                cuts.append((i, a['endMs'] - b['startMs']))
        L['interruption'] = 'fail' if cuts else 'pass'
        if cuts:
            W['interruption'] = '; '.join(f'agent turn {i} starts {o} ms before the customer stops' for i, o in cuts)
        ch = sum(cjk(t['text']) for t in ag if t['endMs'] - t['startMs'] >= 1500)
        ms = sum(t['endMs'] - t['startMs'] for t in ag if t['endMs'] - t['startMs'] >= 1500)
        rate = ch / (ms / 60000)
        if rate <= 110 or rate >= 320:
            L['speech-rate'] = 'fail'
            W['speech-rate'] = f'agent speaks {rate:.0f} chars/min'
        elif 140 <= rate <= 260:
            L['speech-rate'] = 'pass'
            if rate >= 228:
                W['speech-rate'] = f'{rate:.0f} chars/min: fast but normal'
        else:
            raise ValueError(f'ambiguous speech rate {rate:.0f}')
    else:
        L['interruption'] = 'na'
        L['speech-rate'] = 'na'
    return L, W
