"""Seeded plan (seed 37019): which contact carries which defect. Balanced by sampling fixed counts per check."""
import random
import importlib

SEED = 37019
DOMAINS = ['customs', 'daycare', 'hosting', 'riding', 'expo', 'ihosp']
PER_DOMAIN = 25


def load_mats():
    return {d: importlib.import_module('mat_' + d) for d in DOMAINS}


def make_plan(mats):
    rng = random.Random(SEED)
    cs = []
    for di, d in enumerate(DOMAINS):
        for n in range(PER_DOMAIN):
            g = di * PER_DOMAIN + n
            scen = mats[d].SCEN[n % 3]
            cs.append(dict(cid=f'h12c-{d}-{n + 1:02d}', domain=d, si=n % 3, req=scen['requires'], sla=scen['sla'],
                           channel='voice' if g % 2 == 0 else 'webchat', seed=rng.randrange(1 << 30)))
    idx = list(range(len(cs)))
    voice = [i for i in idx if cs[i]['channel'] == 'voice']

    def pick(k, pool):
        pool = sorted(pool)
        return set(rng.sample(pool, min(k, len(pool))))

    walk = pick(10, idx)
    gbad = pick(32, idx)
    idfail = sorted(pick(32, idx))
    closebad = pick(32, set(idx) - walk)
    rude = pick(28, idx)
    forbid = pick(12, set(idx) - rude)
    velig = [i for i in idx if cs[i]['req']['verification']]
    vfail = sorted(pick(34, velig))
    hold_ok = pick(50, idx)
    hold_nt = pick(20, set(idx) - hold_ok)
    hold_un = sorted(pick(9, set(idx) - hold_ok - hold_nt))
    dead = pick(28, idx)
    lat = pick(28, idx)
    nonans = pick(28, idx)
    f_wrong = pick(14, idx)
    f_corr = pick(14, set(idx) - f_wrong)
    f_rtw = pick(8, set(idx) - f_wrong - f_corr)
    f_miss = pick(10, set(idx) - f_wrong - f_corr - f_rtw)
    reffail = pick(34, [i for i in idx if cs[i]['req']['reference']])
    selig = [i for i in idx if cs[i]['req']['survey']]
    sforced = [i for i in selig if i in walk]
    sfail = set(sforced) | pick(34 - len(sforced), set(selig) - walk)
    inter = pick(20, voice)
    ratefail = sorted(pick(18, voice))
    vol = pick(25, idx)
    frelig = [i for i in idx if cs[i]['channel'] == 'webchat' or cs[i]['sla']['firstResponseMs'] == 6000]
    frfail = pick(15, frelig)
    nodur = pick(4, idx)
    transfer = pick(1, sorted(set(idx) - nodur))

    for i, c in enumerate(cs):
        c['walkout'] = i in walk
        c['greet_bad'] = i in gbad
        if i in idfail:
            c['id_mode'] = 'third' if idfail.index(i) % 2 == 0 else 'none'
        else:
            c['id_mode'] = 'first' if rng.random() < 0.7 else 'second'
        c['close_bad'] = i in closebad
        c['abuse'] = 'rude' if i in rude else ('forbid' if i in forbid else None)
        if c['req']['verification']:
            c['vmode'] = ('late' if vfail.index(i) % 2 == 0 else 'none') if i in vfail else 'before'
        else:
            c['vmode'] = None
        c['hold'] = 'ok' if i in hold_ok else 'nothanks' if i in hold_nt else \
            (('unann-thanks' if hold_un.index(i) % 2 == 0 else 'unann') if i in hold_un else None)
        c['deadair'] = i in dead
        c['latency'] = i in lat
        c1 = rng.random() < 0.5
        c2 = rng.random() < 0.35
        if c['req']['empathy'] and not (c1 or c2):
            c1 = True
        c['complaints'] = [k for k, v in (('c1', c1), ('c2', c2)) if v]
        c['nonanswer'] = i in nonans
        c['extra'] = i in nonans or rng.random() < 0.4
        fm = 'wrong' if i in f_wrong else 'corrected' if i in f_corr else 'rtw' if i in f_rtw else 'missing' if i in f_miss else None
        c['fmode'] = fm
        c['fkey'] = 0 if fm == 'missing' else rng.randrange(2)
        c['ref_ok'] = c['req']['reference'] and i not in reffail
        c['survey_ok'] = c['req']['survey'] and i not in sfail
        c['interrupt'] = i in inter
        c['rate_fail'] = ('slow' if ratefail.index(i) % 2 == 0 else 'fast') if i in ratefail else None
        c['volunteer'] = i in vol
        c['fr_fail'] = i in frfail
        c['nodur'] = i in nodur
        c['transfer'] = i in transfer
        c['ivr'] = c['channel'] == 'voice' and rng.random() < 0.5
        c['asr'] = c['channel'] == 'voice' and rng.random() < 0.67
        c['bc'] = c['channel'] == 'voice' and rng.random() < 0.45
    # empathy failures: among contacts with complaints
    withc = [i for i in idx if cs[i]['complaints']]
    efail = pick(32, withc)
    for i, c in enumerate(cs):
        c['emp_fail'] = rng.choice(c['complaints']) if i in efail else None
    return cs
