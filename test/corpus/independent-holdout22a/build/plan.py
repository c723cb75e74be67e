# Seeded plan: which contact carries which defect, and the drawn options.
import random
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
SPECS = [('P', 25, 30), ('V', 25, 32), ('E', 25, 32), ('RF', 25, 32), ('SV', 25, 32), ('N', 19, 24), ('R', 15, 22),
         ('FR', 7, 10), ('G', 25, 30), ('I', 25, 32), ('C', 25, 32), ('F', 8, 12), ('H', 16, 20), ('D', 18, 22),
         ('S', 25, 32), ('L', 18, 24), ('A', 19, 23), ('M', 8, 12), ('RQ', 25, 32)]

def make_plan(seed):
    rng = random.Random(seed)
    cs = []
    for t in range(6):
        for i in range(25):
            cs.append(dict(t=t, i=i, sc=i % 3, ch='voice' if (i + t) % 2 == 0 else 'webchat', d={}, o={}))
    clean = set()
    for t in range(6):
        clean.update(rng.sample([k for k, c in enumerate(cs) if c['t'] == t], 2))
    curt = set()
    for t in (1, 3, 5):
        curt.add(rng.choice([k for k, c in enumerate(cs) if c['t'] == t and c['sc'] == 2 and k not in clean]))
    for k in curt:
        cs[k]['d']['CURT'] = 1
    walk = set()
    for t in range(6):
        if t % 2 == 0:
            walk.add(rng.choice([k for k, c in enumerate(cs) if c['t'] == t and c['sc'] == 1 and k not in clean]))
    def ok(code, c, k):
        if k in clean or 'CURT' in c['d'] or code in c['d'] or len(c['d']) >= 5:
            return False
        v, sc = c['ch'] == 'voice', c['sc']
        if code in ('N', 'R'): return v
        if code == 'FR': return (not v) or sc == 1
        if code == 'L': return not v
        if code in ('V', 'RF'): return sc in (0, 1)
        if code == 'SV': return sc in (0, 2)
        if code == 'E': return sc == 1 or 'P' in c['d']
        if code == 'C': return k not in walk
        if code == 'F': return 'P' not in c['d']
        if code == 'M': return 'A' not in c['d']
        return True
    for code, lo, hi in SPECS:
        n = rng.randint(lo, int(hi))
        pool = [k for k, c in enumerate(cs) if ok(code, c, k)]
        rng.shuffle(pool)
        pool.sort(key=lambda k: len(cs[k]['d']))
        for k in pool[:n]:
            cs[k]['d'][code] = 1
    for k, c in enumerate(cs):
        o = c['o']; v = c['ch'] == 'voice'; d = c['d']
        o['walk'] = k in walk
        o['ivr'] = v and rng.random() < 0.5
        o['bot'] = (not v) and rng.random() < 0.3
        o['noisy'] = v and rng.random() < 0.67
        o['open'] = rng.choice(['req', 'req', 'small', 'sorry']) if c['sc'] != 1 else rng.choice(['req', 'sorry'])
        o['idpos'] = rng.choice([1, 1, 2]) if 'I' not in d else rng.choice(['late', 'none'])
        o['verify_first'] = rng.random() < 0.5
        o['pos'] = rng.choice(['early', 'mid', 'late'])
        o['buried'] = rng.random() < 0.4
        o['double'] = rng.random() < 0.3
        o['protest'] = 'P' in d and (('E' in d) or rng.random() < 0.5)
        o['holds'] = 1 if ('H' in d) else (1 if rng.random() < 0.35 else 0)
        if o['holds'] and rng.random() < 0.3: o['holds'] = 2
        o['hvar'] = rng.choice(['unann', 'unthank']) if 'H' in d else None
        o['svar'] = rng.choice(['nonans', 'receipt']) if 'S' in d else None
        o['bubbles'] = (not v) and rng.random() < 0.28
        o['pad'] = rng.randint(0, 6)
        o['topic'] = 'S' in d and o['svar'] == 'nonans' or rng.random() < 0.4
        o['madegood'] = (not ('S' in d)) and rng.random() < 0.25
        o['late2'] = rng.random() < 0.2
        o['incid'] = rng.random() < 0.3
        o['look'] = rng.random() < 0.4
        o['hotline'] = rng.random() < 0.2
        o['freethanks'] = rng.random() < 0.15
        o['slowcust'] = rng.random() < 0.2
        o['nudge'] = (not v) and rng.random() < 0.3
        o['near_int'] = v and rng.random() < 0.4
        o['midcomp'] = c['sc'] == 1 and rng.random() < 0.5
        o['afact'] = rng.choice([0, 1]) if 'A' in d else None
        if 'A' in d and o['svar'] == 'receipt': o['afact'] = 0
        o['rate'] = rng.randint(175, 255) if 'R' not in d else rng.choice([rng.randint(92, 112), rng.randint(318, 360)])
        o['seed'] = rng.randint(0, 10**9)
    return cs
