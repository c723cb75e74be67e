"""Seeded plan: which contact carries which defect / hard negative. Seed 60637 (given)."""
import random

SEED = 60637
DOMAINS = ['safety', 'photo', 'bike', 'spring', 'drone', 'ereader']
PER = 25


def make_plan():
    rng = random.Random(SEED)
    cs = []
    i = 0
    for d in DOMAINS:
        for n in range(PER):
            cs.append(dict(id=f'h9b-{d}-{n + 1:02d}', domain=d, s=n % 3, ch='voice' if i % 2 == 0 else 'webchat',
                           k=i, d={}))
            i += 1
    load = {c['id']: 0 for c in cs}

    def pick(name, n, elig, value=True):
        pool = [c for c in cs if elig(c)]
        rng.shuffle(pool)
        pool.sort(key=lambda c: load[c['id']])
        for c in pool[:n]:
            c['d'][name] = value(c) if callable(value) else value
            load[c['id']] += 1

    V = lambda c: c['ch'] == 'voice'
    pick('greet', 30, lambda c: True)
    pick('id', 30, lambda c: True, lambda c: rng.choice(['none', 'role', 'third', 'third']))
    pick('walk', 10, lambda c: True)
    pick('close', 28, lambda c: 'walk' not in c['d'], lambda c: rng.choice(['bare', 'bare', 'noend']))
    pick('rude', 28, lambda c: True)
    pick('mild', 11, lambda c: 'rude' not in c['d'])
    pick('verify', 32, lambda c: c['s'] in (0, 2), lambda c: rng.choice(['none', 'late', 'late']))
    pick('hold', 72, lambda c: True, 'ok')
    holds = [c for c in cs if c['d'].get('hold')]
    rng.shuffle(holds)
    holds.sort(key=lambda c: load[c['id']])
    for j, c in enumerate(holds[:30]):
        c['d']['hold'] = 'nothanks' if j < 21 else 'unann'
        load[c['id']] += 1
    pick('dead', 20, lambda c: V(c) and c['d'].get('hold') != 'unann')
    pick('interrupt', 18, V)
    pick('rate', 17, V, lambda c: rng.choice(['slow', 'fast']))
    pick('complain', 22, lambda c: c['s'] == 1)
    for c in cs:
        if c['s'] in (0, 2):
            c['d']['complain'] = True
    pick('empathy', 30, lambda c: c['d'].get('complain'), lambda c: rng.choice(['none', 'none', 'escal']))
    pick('escal_ok', 20, lambda c: c['d'].get('complain') and 'empathy' not in c['d'])
    pick('fact', 30, lambda c: True, lambda c: rng.choice(['wrong', 'wrong', 'missing']))
    pick('corrected', 14, lambda c: c['d'].get('fact') != 'wrong')
    pick('nonans', 16, lambda c: c['d'].get('fact') != 'missing')
    pick('ref', 30, lambda c: c['s'] in (0, 1))
    pick('survey', 30, lambda c: c['s'] in (1, 2))
    pick('latency', 28, lambda c: True)
    pick('first', 12, lambda c: (c['ch'] == 'webchat') or c['s'] == 0)
    pick('info', 15, lambda c: True)
    # hard negatives (no label effect)
    for c in cs:
        h = c['d']
        h['ivr'] = rng.random() < 0.5
        h['asr'] = V(c) and rng.random() < 0.67
        h['apology'] = rng.random() < 0.4
        h['look'] = rng.random() < 0.6
        h['madegood'] = rng.random() < 0.35
        h['shrug'] = rng.random() < 0.35
        h['backch'] = V(c) and rng.random() < 0.5
        h['pause'] = (not h['asr']) and rng.random() < 0.35
        h['hangup'] = rng.choice(['agent', 'customer'])
        h['r'] = rng.randrange(10 ** 9)
    nodur = rng.sample(cs, 4)
    for c in nodur:
        c['d']['nodur'] = True
    rest = [c for c in cs if not c['d'].get('nodur')]
    rng.choice(rest)['d']['transfer'] = True
    return cs


if __name__ == '__main__':
    import collections
    cs = make_plan()
    cnt = collections.Counter()
    for c in cs:
        for k, v in c['d'].items():
            if k not in ('r', 'hangup') and v:
                cnt[k] += 1
    print(cnt)
