"""Seeded plan: which defects each contact carries (seed 92775). Greedy spread: each defect goes to the eligible
contacts that carry the fewest defects so far (random tie-break), so no contact piles up defects."""
import random
from common import SEED, DOMAINS, RUN

SCEN_FLAGS = [dict(v=True, r=True, e=False, s=True), dict(v=True, r=False, e=True, s=False), dict(v=False, r=True, e=False, s=True)]


def make_plan():
    rng = random.Random(SEED)
    P = []
    for di, dom in enumerate(DOMAINS):
        for k in range(25):
            g = di * 25 + k
            P.append(dict(id=f'h12b-{dom}-{k + 1:02d}', domain=dom, scen=k % 3, channel='voice' if g % 2 == 0 else 'chat',
                          n=0, walkout=False, greet_f=False, id_mode='ok', close_f=False, jiyu=False, rude=False, verify='ok',
                          hold='none', dead_f=False, interrupt=False, rate='normal', complaint=None, emp_f=False, res_f=False,
                          fr_f=False, lat_f=False, fact=None, ref_f=False, survey_f=False, info_f=False))

    def assign(n, elig, setter, weight=1):
        cands = [p for p in P if elig(p)]
        rng.shuffle(cands)
        cands.sort(key=lambda p: p['n'])
        for p in cands[:n]:
            setter(p)
            p['n'] += weight

    def put(key, val):
        def f(p):
            p[key] = val
        return f

    # complaints first (they decide empathy applicability)
    for p in P:
        if p['scen'] == 1:
            p['complaint'] = rng.choice(['early', 'mid', 'both', 'early', 'mid'])
    assign(32, lambda p: p['scen'] != 1, lambda p: p.__setitem__('complaint', rng.choice(['early', 'mid'])), 0)
    assign(8, lambda p: p['scen'] == 1, put('walkout', True), 0)
    assign(30, lambda p: p['complaint'], put('emp_f', True))
    assign(30, lambda p: True, put('greet_f', True))
    assign(16, lambda p: True, put('id_mode', 'none'))
    assign(14, lambda p: p['id_mode'] == 'ok', put('id_mode', 'third'))
    assign(28, lambda p: not p['walkout'], put('close_f', True))
    assign(30, lambda p: True, put('rude', True))
    assign(18, lambda p: not p['rude'], put('jiyu', True))
    assign(15, lambda p: p['scen'] != 2, put('verify', 'none'))
    assign(15, lambda p: p['scen'] != 2 and p['verify'] == 'ok', put('verify', 'late'))
    assign(40, lambda p: True, put('hold', 'ok'), 0)
    assign(18, lambda p: p['hold'] == 'none', put('hold', 'nothx'))
    assign(12, lambda p: p['hold'] == 'none', put('hold', 'unann'))
    assign(22, lambda p: True, put('dead_f', True))
    assign(20, lambda p: p['channel'] == 'voice', put('interrupt', True))
    assign(10, lambda p: p['channel'] == 'voice', put('rate', 'fast'))
    assign(10, lambda p: p['channel'] == 'voice' and p['rate'] == 'normal', put('rate', 'slow'))
    assign(24, lambda p: True, put('res_f', True))
    assign(22, lambda p: True, put('fr_f', True))
    assign(26, lambda p: not (p['channel'] == 'chat' and p['dead_f']), put('lat_f', True))
    assign(16, lambda p: True, put('fact', 'wrongcorr'))
    assign(16, lambda p: p['fact'] is None, put('fact', 'wrongfinal'))
    assign(12, lambda p: p['fact'] is None, put('fact', 'omit'))
    assign(30, lambda p: p['scen'] != 1, put('ref_f', True))
    assign(30, lambda p: p['scen'] != 1, put('survey_f', True))
    assign(22, lambda p: True, put('info_f', True))
    # which fact goes wrong
    for p in P:
        p['fact_target'] = 1 if p['fact'] == 'omit' else rng.choice([0, 1])
        p['emp_target'] = rng.choice(['early', 'mid']) if p['complaint'] == 'both' else p['complaint']
    # four normal contacts without durationMs and carrying an unknown event type
    for p in rng.sample(P, 4):
        p['nodur'] = True
    return P
