"""Seeded plan: which contact carries which defect and which hard negatives. Seed 93151."""
import random
from common import DOMAINS
SEED = 93151

def make_plan():
    rng = random.Random(SEED)
    cs = []
    for di, dom in enumerate(DOMAINS):
        for n in range(1, 26):
            g = di * 25 + n - 1
            cs.append(dict(id=f'h9c-{dom}-{n:02d}', dom=dom, n=n, s=(n - 1) % 3,
                           ch='voice' if g % 2 == 0 else 'chat', f={}))
    voice = [c for c in cs if c['ch'] == 'voice']
    chat = [c for c in cs if c['ch'] == 'chat']
    for c in cs:
        c['asr'] = False; c['ivr'] = False; c['bot'] = False; c['nodur'] = False
    for c in rng.sample(voice, 50): c['asr'] = True
    for c in rng.sample(voice, 38): c['ivr'] = True
    for c in rng.sample(chat, 20): c['bot'] = True
    for c in rng.sample(voice, 2) + rng.sample(chat, 2): c['nodur'] = True
    for c in cs: c['hold'] = False; c['complaint'] = c['s'] == 0; c['walkout'] = False
    for c in rng.sample(cs, 62): c['hold'] = True
    for c in rng.sample([c for c in cs if c['s'] != 0], 12): c['complaint'] = True
    for c in rng.sample(cs, 8): c['walkout'] = True
    nf = {c['id']: 0 for c in cs}

    def pick(key, k, elig, modes=None):
        pool = [c for c in cs if elig(c)]
        pool.sort(key=lambda c: (nf[c['id']], rng.random()))
        for i, c in enumerate(pool[:k]):
            c['f'][key] = modes[i % len(modes)] if modes else True
            nf[c['id']] += 1
    pick('verif', 30, lambda c: c['s'] in (0, 1), ['late', 'none'])
    pick('ref', 30, lambda c: c['s'] in (0, 2))
    pick('survey', 30, lambda c: c['s'] in (1, 2))
    pick('hold', 30, lambda c: c['hold'], ['nothx', 'nothx', 'unann'])
    pick('empathy', 30, lambda c: c['complaint'])
    pick('lat', 28, lambda c: c['ch'] == 'chat')
    pick('interrupt', 18, lambda c: c['ch'] == 'voice')
    pick('speech', 18, lambda c: c['ch'] == 'voice', ['fast', 'fast', 'slow'])
    pick('dead', 20, lambda c: c['ch'] == 'voice' and c['f'].get('hold') != 'unann')
    pick('fr', 12, lambda c: c['ch'] == 'chat' or c['s'] == 0)
    pick('fact', 42, lambda c: True, ['wrong', 'omit', 'corr'])
    pick('nonans', 17, lambda c: c['f'].get('fact') != 'omit')
    pick('closing', 28, lambda c: not c['walkout'], ['bare', 'none'])
    pick('greeting', 28, lambda c: True, ['bad', 'bad', 'idonly'])
    pick('agentid', 28, lambda c: True, ['noid', 'noid', 'late'])
    pick('rude', 27, lambda c: True)
    pick('cold', 9, lambda c: 'rude' not in c['f'])
    pick('reqinfo', 16, lambda c: True)
    # greeting 'idonly' opens with the staff id, so it cannot also lack an id
    for c in cs:
        if c['f'].get('greeting') == 'idonly' and 'agentid' in c['f']:
            c['f']['greeting'] = 'bad'
    # hard negatives
    for c in cs:
        c['hn'] = dict(look=rng.random() < 0.8, capology=rng.random() < 0.3,
                       custpause=c['ch'] == 'voice' and rng.random() < 0.3 or c['ch'] == 'chat' and rng.random() < 0.15,
                       backch=c['ch'] == 'voice' and rng.random() < 0.5,
                       smallover=c['ch'] == 'voice' and rng.random() < 0.3,
                       madegood='nonans' not in c['f'] and rng.random() < 0.2,
                       refneg=rng.random() < 0.35, bye=rng.random() < 0.4,
                       idpos='a2' if rng.random() < 0.2 else 'a1')
    return cs
