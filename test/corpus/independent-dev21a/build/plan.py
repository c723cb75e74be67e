"""Seeded plan: which contact carries which defect. Seed 50917 (given). Pure function of the seed."""
import random

SEED = 50917
DOMAINS = ['fraud', 'ip', 'coffee', 'tcm', 'robovac', 'cruise']
N = 25
# scenario index -> requires pattern is the same in every domain:
# s0 reference+survey, s1 verification+reference+empathy, s2 verification+survey
REQ = {0: dict(verification=False, reference=True, empathy=False, survey=True),
       1: dict(verification=True, reference=True, empathy=True, survey=False),
       2: dict(verification=True, reference=False, empathy=False, survey=True)}


def make_plan():
    rng = random.Random(SEED)
    plans = []
    g = 0
    for d in DOMAINS:
        ps = []
        for j in range(N):
            voice = (g % 2 == 0)
            g += 1
            s = j % 3
            p = dict(cid=f'h14a-{d}-{j + 1:02d}', domain=d, sidx=s, channel='voice' if voice else 'webchat',
                     asr=False, front=False, greet='pass', idmode='first', close='pass', abuse=None, jkind=None,
                     verif='na', hold=None, holdev=False, deadair=False, complaint=None, escalate=False,
                     res='none', latency=False, fr=False, facts='ok', fwhich=0, ref='na', survey='na', ri='pass',
                     interrupt=False, rate='ok', nodur=False, transfer=False, bc=False, early=False, sorry=False,
                     look=False, f2pro=False, n=0)
            ps.append(p)
        cnt = {p['cid']: 0 for p in ps}

        def pick(pred, k, tag):
            el = [p for p in ps if pred(p)]
            el.sort(key=lambda p: (cnt[p['cid']], rng.random()))
            out = el[:k]
            for p in out:
                cnt[p['cid']] += 1
            return out

        vs = [p for p in ps if p['channel'] == 'voice']
        # speech recognition look for about two thirds of the calls; an IVR or bot front for about half
        for i, p in enumerate(sorted(vs, key=lambda p: rng.random())):
            p['asr'] = i < round(len(vs) * 2 / 3)
        for p in ps:
            p['front'] = rng.random() < 0.5
            p['bc'] = p['channel'] == 'voice' and rng.random() < 0.45
            p['early'] = p['channel'] == 'voice' and rng.random() < 0.35
            p['sorry'] = rng.random() < 0.3
            p['look'] = rng.random() < 0.6
            p['f2pro'] = rng.random() < 0.3
            p['holdev'] = rng.random() < 0.4
            if p['sidx'] in (1, 2):
                p['verif'] = 'ok'
            if REQ[p['sidx']]['reference']:
                p['ref'] = 'pass'
            if REQ[p['sidx']]['survey']:
                p['survey'] = 'pass'
        # register / 忌语 first: they constrain other choices
        for p in pick(lambda p: p['sidx'] != 1, 2, 'curt'):
            p['abuse'] = 'curt'
        for p in pick(lambda p: p['abuse'] is None, 3, 'rude'):
            p['abuse'] = 'rude'
            p['jkind'] = rng.choice(['impatient', 'blame', 'order', 'sarcasm', 'dare', 'abuse', 'told', 'told'])
        for p in pick(lambda p: p['abuse'] is None, 2, 'jiyu'):
            p['abuse'] = 'jiyu'
            p['jkind'] = rng.choice(['toldans', 'cold'])
        for p in pick(lambda p: p['abuse'] is None, 1, 'tuiwei'):
            p['abuse'] = 'tuiwei'
            p['res'] = 'fail'
        # complaints: always in s1 (empathy required), sometimes elsewhere
        for p in ps:
            if p['sidx'] == 1 or (p['abuse'] != 'curt' and rng.random() < 0.3):
                p['complaint'] = 'pass'
                p['escalate'] = rng.random() < 0.4
        for p in pick(lambda p: p['complaint'] is not None, 5, 'emp'):
            p['complaint'] = 'fail'
        for p in ps:
            if p['abuse'] == 'curt' and p['complaint'] == 'pass':
                p['complaint'] = 'fail'
        for p in pick(lambda p: True, 5, 'greet'):
            p['greet'] = 'fail'
        modes = ['late', 'bare', 'none', 'late', 'bare']
        for i, p in enumerate(pick(lambda p: p['abuse'] != 'curt', 5, 'id')):
            p['idmode'] = modes[i]
        for p in ps:
            if p['idmode'] == 'first' and p['abuse'] != 'curt' and rng.random() < 0.3:
                p['idmode'] = 'second'
        for p in pick(lambda p: p['sidx'] == 1 and p['facts'] == 'ok', 1, 'walk'):
            p['close'] = 'walk'
        for p in pick(lambda p: p['close'] == 'pass', 5, 'close'):
            p['close'] = 'fail'
        vm = ['late', 'none', 'late', 'none', 'late']
        for i, p in enumerate(pick(lambda p: p['verif'] == 'ok', 5, 'verif')):
            p['verif'] = vm[i]
        hs = pick(lambda p: True, 14, 'hold')
        for i, p in enumerate(hs):
            p['hold'] = ['noann', 'noann', 'noann', 'nothx', 'nothx'][i] if i < 5 else 'ok'
            if i < 5:
                pass
            else:
                cnt[p['cid']] -= 1
        for p in pick(lambda p: p['channel'] == 'voice' and p['hold'] != 'noann', 3, 'dead'):
            p['deadair'] = True
        for p in pick(lambda p: p['channel'] == 'webchat' and p['hold'] != 'noann', 2, 'lat'):
            p['latency'] = True
        for p in pick(lambda p: (p['channel'] == 'webchat' or p['sidx'] == 0), 2, 'fr'):
            p['fr'] = True
        for p in pick(lambda p: p['res'] == 'none' and p['abuse'] != 'rude', 4, 'res'):
            p['res'] = 'fail'
        for p in pick(lambda p: p['res'] == 'none', 2, 'hn'):
            p['res'] = 'hn'
            cnt[p['cid']] -= 1
        for p in ps:
            if p['res'] == 'none' and rng.random() < 0.4:
                p['res'] = 'pass'
        fm = ['wrong', 'wrong', 'omit', 'omit', 'omit', 'corrected', 'corrected', 'corrected']
        for i, p in enumerate(pick(lambda p: p['close'] != 'walk', 8, 'facts')):
            p['facts'] = fm[i]
            p['fwhich'] = rng.choice([0, 1])
        for p in ps:
            if p['facts'] == 'omit':
                p['fwhich'] = 1
                p['f2pro'] = False
        for p in pick(lambda p: p['ref'] == 'pass', 5, 'ref'):
            p['ref'] = 'fail'
        for p in pick(lambda p: p['survey'] == 'pass', 5, 'survey'):
            p['survey'] = 'fail'
        for p in pick(lambda p: p['abuse'] != 'curt', 2, 'ri'):
            p['ri'] = 'fail'
        for p in pick(lambda p: p['channel'] == 'voice' and p['abuse'] != 'curt', 3, 'int'):
            p['interrupt'] = True
        rates = ['fast', 'slow', 'fast']
        for i, p in enumerate(pick(lambda p: p['channel'] == 'voice', 3, 'rate')):
            p['rate'] = rates[i]
        for p in ps:
            p['n'] = cnt[p['cid']]
        plans.extend(ps)
    # four contacts without durationMs, one of them with an unknown event type
    nd = [plans[k] for k in (7, 40, 91, 133)]
    for p in nd:
        p['nodur'] = True
    nd[1]['transfer'] = True
    return plans


if __name__ == '__main__':
    import collections
    ps = make_plan()
    print(collections.Counter(p['n'] for p in ps))
