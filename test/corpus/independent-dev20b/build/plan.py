"""Seeded plan: which defects and hard negatives each of the 150 normal contacts carries (seed 28817)."""
import random
from common import DOMAINS

SEED = 28817
# scenario index -> requires
REQ = {0: dict(verification=True, reference=False, empathy=False, survey=True),
       1: dict(verification=True, reference=True, empathy=False, survey=False),
       2: dict(verification=False, reference=True, empathy=True, survey=True)}


def make_plan():
    rng = random.Random(SEED)
    P = []
    for g in range(150):
        d = DOMAINS[g // 25]
        j = g % 25
        s = j % 3
        P.append(dict(g=g, d=d, j=j, s=s, cid=f'h13b-{d}-{j + 1:02d}', voice=(g % 2 == 0), req=REQ[s],
                      greet='ok', id='ok', idpos=1, close='ok', rude=False, fj=False, verify='ok', hold='none',
                      holdev=False, interrupt=False, bc=False, deadair=False, rate='ok', complain=False, esc=False,
                      emp1='ok', emp2='ok', res='ok', oq=False, latency=False, fa='ok', misbelief=False, ref='ok',
                      survey='ok', info='ok', csorry=False, look=False, notref=False, fr_late=False, cpause=False,
                      ivr=False, asr=False, nodur=False, transfer=False, burst=False))
    ids = list(range(150))
    voice = [i for i in ids if P[i]['voice']]
    chat = [i for i in ids if not P[i]['voice']]

    def pick(pool, k):
        pool = list(pool)
        rng.shuffle(pool)
        return pool[:k]

    for i in pick(voice, 38):
        P[i]['ivr'] = True
    for i in pick(voice, 50):
        P[i]['asr'] = True
    for i in pick(ids, 30):
        P[i]['greet'] = 'none'
    for n, i in enumerate(pick(ids, 30)):
        P[i]['id'] = ['none', 'noid', 'late'][n % 3]
    for i in ids:
        if P[i]['id'] == 'ok':
            P[i]['idpos'] = rng.choice([1, 1, 2])
    # closing: walk-outs (na) and fails
    for i in pick(ids, 10):
        P[i]['close'] = 'walkout'
    rest = [i for i in ids if P[i]['close'] == 'ok']
    for n, i in enumerate(pick(rest, 30)):
        P[i]['close'] = ['wrap', 'agentend', 'bare'][n % 3]
    # complaints: every scenario-2 contact, plus some others
    for i in ids:
        if P[i]['s'] == 2:
            P[i]['complain'] = True
    for i in pick([i for i in ids if P[i]['s'] != 2], 26):
        P[i]['complain'] = True
    comp = [i for i in ids if P[i]['complain']]
    for i in pick([i for i in comp if P[i]['close'] != 'walkout'], 20):
        P[i]['esc'] = True
    for i in pick(comp, 22):
        P[i]['emp1'] = 'fail'
    for i in pick([i for i in comp if P[i]['esc'] and P[i]['emp1'] == 'ok'], 8):
        P[i]['emp2'] = 'fail'
    # facts
    order = pick(ids, 150)
    for n, i in enumerate(order[:50]):
        P[i]['fa'] = (['wrong'] * 12 + ['corrected'] * 18 + ['never'] * 10 + ['nonans'] * 10)[n]
    for i in pick([i for i in ids if P[i]['fa'] == 'ok'], 22):
        P[i]['misbelief'] = True
    # other questions and their fates (resolution)
    for i in ids:
        P[i]['oq'] = rng.random() < 0.7 or P[i]['fa'] == 'never'
    oqs = [i for i in ids if P[i]['oq'] and P[i]['fa'] != 'nonans']
    for n, i in enumerate(pick(oqs, 20 + 15)):
        P[i]['res'] = (['clean'] * 12 + ['fjna'] * 8 + ['madegood'] * 15)[n]
    for i in pick([i for i in ids if P[i]['close'] != 'walkout'], 22):
        P[i]['sideq'] = True
    for i in ids:
        P[i].setdefault('sideq', False)
    for i in pick(ids, 28):
        P[i]['rude'] = True
    for i in pick([i for i in ids if not P[i]['rude']], 12):
        P[i]['fj'] = True
    # verification
    ver = [i for i in ids if P[i]['req']['verification']]
    for n, i in enumerate(pick(ver, 36)):
        P[i]['verify'] = ['none', 'late'][n % 2]
    # reference / survey / required info
    refs = [i for i in ids if P[i]['req']['reference']]
    for n, i in enumerate(pick(refs, 34)):
        P[i]['ref'] = 'none'
        P[i]['notref'] = n % 3 == 0
    for i in pick([i for i in ids if P[i]['ref'] == 'ok'], 15):
        P[i]['notref'] = True
    sur = [i for i in ids if P[i]['req']['survey'] and P[i]['close'] != 'walkout']
    for i in pick(sur, 30):
        P[i]['survey'] = 'none'
    for n, i in enumerate(pick(ids, 28)):
        P[i]['info'] = ['missing', 'volunteered'][n % 2]
    # holds
    hv = pick(voice, 38)
    hc = pick(chat, 37)
    for n, i in enumerate(hv):
        P[i]['hold'] = (['ok'] * 23 + ['nothx'] * 7 + ['unann'] * 8)[n]
        P[i]['holdev'] = n % 2 == 0
    for n, i in enumerate(hc):
        P[i]['hold'] = (['ok'] * 22 + ['nothx'] * 7 + ['unann'] * 8)[n]
    # voice dead air after a customer turn; some long enough to break a 12 s latency target too
    dv = [i for i in voice if P[i]['hold'] != 'unann']
    for n, i in enumerate(pick(dv, 14)):
        P[i]['deadair'] = True
    lat_v = [i for i in voice if P[i]['deadair'] and P[i]['s'] != 1 or P[i]['deadair'] and P[i]['d'] in ('qp', 'zn')]
    for i in pick(lat_v, 8):
        P[i]['latency'] = True
    for n, i in enumerate(pick(chat, 22)):
        P[i]['latency'] = True
        P[i]['burst'] = n % 2 == 0
    for i in pick(voice, 18):
        P[i]['interrupt'] = True
    for i in pick(voice, 28):
        P[i]['bc'] = True
    for n, i in enumerate(pick(voice, 18)):
        P[i]['rate'] = 'fast' if n % 2 == 0 else 'slow'
    for i in pick(voice, 22):
        P[i]['cpause'] = True
    for i in pick(ids, 40):
        P[i]['csorry'] = True
    for i in pick(ids, 60):
        P[i]['look'] = True
    # first response late: only where the target is 6 s and nothing else sits at the join
    fr = [i for i in ids if P[i]['s'] == 0]
    for i in pick(fr, 10):
        P[i]['fr_late'] = True
    for i in pick(ids, 4):
        P[i]['nodur'] = True
    for i in pick([i for i in ids if not P[i]['nodur']], 4):
        P[i]['transfer'] = True
    return P


if __name__ == '__main__':
    import json
    for p in make_plan():
        print(json.dumps(p, ensure_ascii=False))
