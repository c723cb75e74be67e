"""Places turns in time and derives the timing labels from the silences it placed on purpose.

The silence accounting follows the spec: every gap >= the dead-air threshold after the agent joined
is a customer pause, an announced hold, or dead air (and an unannounced hold from the hold threshold).
"""
from speech import han_count


def place(rng, specs, chat: bool, join_ms: int, first_delay_ms: int, agent_rate: float):
    """Gives every spec startMs/endMs. Voice durations follow characters/second; chat messages are instants."""
    t = join_ms
    max_end = join_ms
    prev = None
    out = []
    for i, sp in enumerate(specs):
        gap = sp.get('gap') or ()
        kind = gap[0] if gap else 'normal'
        text = sp['text']
        if chat:
            if i == 0:
                start = join_ms + first_delay_ms
            elif kind == 'hold_ann':
                start = max_end + rng.randint(35000, 110000)
            elif kind in ('hold_unann', 'deadair'):
                start = max_end + rng.randint(34000, 75000)
            elif kind == 'custpause':
                start = max_end + rng.randint(40000, 100000)
            elif kind == 'slowchat':
                start = max_end + rng.randint(22000, 28000)
            elif kind == 'short_lookup':
                start = max_end + rng.randint(15000, 25000)
            elif sp['sp'] == 'agent':
                start = max_end + rng.randint(4000, 18000)
            else:
                start = max_end + rng.randint(5000, 25000)
            end = start
        else:
            rate = agent_rate if sp['sp'] == 'agent' else sp.setdefault('_rate', rng.uniform(3.6, 4.8))
            dur = max(400, int(1000 * han_count(text) / rate))
            if i == 0:
                start = join_ms + first_delay_ms
            elif kind == 'hold_ann':
                start = max_end + rng.randint(17000, 60000)
            elif kind == 'hold_unann':
                if 'lone_ack' in prev['tags']:
                    # keep customer-to-answer under 30 s so response-latency stays unambiguous
                    start = max_end + rng.randint(16000, 25000)
                else:
                    start = max_end + (rng.randint(16000, 27000) if rng.random() < 0.4 else rng.randint(31000, 42000))
            elif kind == 'deadair':
                start = max_end + rng.randint(8600, 13500)
            elif kind == 'custpause':
                start = max_end + rng.randint(10000, 22000)
            elif kind == 'short_lookup':
                start = max_end + rng.randint(8800, 13000)
            elif kind == 'interrupt':
                start = prev['endMs'] - rng.randint(1000, 2400)
            elif kind == 'near_overlap':
                start = prev['endMs'] - rng.randint(250, 600)
            elif kind == 'cust_overlap':
                start = prev['endMs'] - rng.randint(900, 1500)
            elif sp['sp'] == 'agent':
                start = max_end + rng.randint(300, 2200)
            else:
                start = max_end + rng.randint(300, 1500)
            end = start + dur
        sp['startMs'], sp['endMs'] = int(start), int(end)
        sp['gapKind'] = kind
        max_end = max(max_end, sp['endMs'])
        prev = sp
        out.append(sp)
    return out


def insert_backchannel(rng, specs):
    """An agent 嗯 inside a long customer turn, overlapping < 800 ms (a hard negative for interruption)."""
    for i, sp in enumerate(specs):
        if sp['sp'] == 'customer' and 'fu' in sp['tags'] and sp['endMs'] - sp['startMs'] > 2500:
            start = sp['endMs'] - rng.randint(900, 1400)
            bc = dict(sp='agent', text=rng.choice(['嗯', '对', '嗯嗯', '是']), tags={'backchannel'}, gap=None,
                      startMs=start, endMs=start + rng.randint(300, 500), gapKind='backchannel')
            specs.insert(i + 1, bc)
            return True
    return False


def silence_labels(turns, chat: bool):
    """dead-air, hold-etiquette, response-latency from the placed turns (ordered by start)."""
    dead_thr = 30000 if chat else 8000
    hold_thr = 30000 if chat else 15000
    dead, holds, notes = False, [], []
    order = sorted(range(len(turns)), key=lambda k: (turns[k]['startMs'], k))
    max_end = None
    last_agent = None
    for idx, k in enumerate(order):
        t = turns[k]
        if max_end is not None:
            gap = t['startMs'] - max_end
            if gap >= dead_thr:
                prev = turns[order[idx - 1]]
                if t['sp'] == 'customer' or (prev['sp'] == 'agent' and 'q' in prev['tags']):
                    notes.append(f'{gap/1000:.0f} s customer pause before turn {k} (not a defect)')
                elif last_agent is not None and 'announce' in last_agent['tags']:
                    if gap >= hold_thr:
                        holds.append(('announced', 'thanks' in t['tags'], gap, k))
                    else:
                        notes.append(f'{gap/1000:.0f} s announced look-up before turn {k}, under the hold threshold')
                else:
                    dead = True
                    notes.append(f'{gap/1000:.0f} s unannounced silence before agent turn {k}')
                    if gap >= hold_thr:
                        holds.append(('unannounced', False, gap, k))
        if t['sp'] == 'agent' and 'backchannel' not in t['tags']:
            last_agent = t
        max_end = t['endMs'] if max_end is None else max(max_end, t['endMs'])
    if not holds:
        hold = 'na'
    elif all(h[0] == 'announced' and h[1] for h in holds):
        hold = 'pass'
    else:
        hold = 'fail'
    # response latency: each customer turn answered by an agent turn within 30 s, announced holds excepted
    latency = 'pass'
    for k, t in enumerate(turns):
        if t['sp'] != 'customer':
            continue
        nxt = next((u for u in turns[k + 1:] if u['sp'] == 'agent' and 'backchannel' not in u['tags']), None)
        if nxt is None:
            continue
        wait = nxt['startMs'] - t['endMs']
        if wait > 30000 and nxt['gapKind'] != 'hold_ann':
            latency = 'fail'
            notes.append(f'customer turn {k} waited {wait/1000:.0f} s for the agent')
    return ('fail' if dead else 'pass'), hold, latency, holds, notes


def interruption_label(turns):
    worst = 0
    for a in turns:
        if a['sp'] != 'agent':
            continue
        for c in turns:
            if c['sp'] == 'customer' and c['startMs'] < a['startMs'] < c['endMs']:
                worst = max(worst, min(c['endMs'], a['endMs']) - a['startMs'])
    return ('fail' if worst >= 800 else 'pass'), worst


def rate_label(turns):
    chars = ms = 0
    for t in turns:
        if t['sp'] == 'agent' and t['endMs'] - t['startMs'] >= 1500:
            chars += han_count(t['text'])
            ms += t['endMs'] - t['startMs']
    cpm = chars / (ms / 60000) if ms else 0
    if cpm <= 110 or cpm >= 320:
        return 'fail', cpm
    assert 140 <= cpm <= 260, f'speech rate {cpm:.0f} in the ambiguous band'
    return 'pass', cpm
