# -*- coding: utf-8 -*-
"""Seeded plan (seed 40961): which contact carries which defect / hard negative. Pure stdlib, deterministic."""
import importlib.util, os, random

SEED = 40961
DOMS = ['agri', 'live', 'clean', 'bake', 'cowork', 'wedding']
HERE = os.path.dirname(os.path.abspath(__file__))


def load_mat(d):
    spec = importlib.util.spec_from_file_location('mat_' + d, os.path.join(HERE, 'mat_%s.py' % d))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.M


def make_plan():
    rng = random.Random(SEED)
    mats = {d: load_mat(d) for d in DOMS}
    cs = []
    g = 0
    for d in DOMS:
        M = mats[d]
        for i in range(25):
            sc = M['scen'][i % 3]
            ch = 'voice' if g % 2 == 0 else 'webchat'
            cs.append(dict(cid='h8a-%s-%02d' % (d, i + 1), domain=d, si=i % 3, channel=ch, flags=sc['flags'], sla=sc['sla'],
                           load=0, f=dict(greet='ok', id='a1', closing='ok', forbid=None, curt=False, verify='ok', hold=None,
                                          interrupt=False, rate='ok', c_start=False, c_later=False, miss=None, res='ok',
                                          latency=False, fr=False, deadgap=False, fact='ok', ref='ok', survey='ok', info='ok')))
            g += 1
    voice = lambda c: c['channel'] == 'voice'

    def assign(target, elig, apply, defect=True):
        pool = [c for c in cs if elig(c)]
        rng.shuffle(pool)
        pool.sort(key=lambda c: c['load'])
        for k, c in enumerate(pool[:target]):
            apply(c, k)
            if defect:
                c['load'] += 1
        return len(pool[:target])

    F = lambda c: c['f']
    # curt register first (excluded later from complaints / holds / walk-outs)
    assign(13, lambda c: not c['flags']['empathy'], lambda c, k: F(c).update(curt=True))
    assign(27, lambda c: c['flags']['verification'], lambda c, k: F(c).update(verify=['late', 'none'][k % 2]))
    assign(27, lambda c: c['flags']['reference'], lambda c, k: F(c).update(ref=['neg', 'none'][k % 2]))
    assign(27, lambda c: c['flags']['survey'], lambda c, k: F(c).update(survey='none'))
    assign(16, voice, lambda c, k: F(c).update(interrupt=True))
    assign(16, voice, lambda c, k: F(c).update(rate=['fast', 'slow'][k % 2]))
    assign(10, lambda c: voice(c) and c['sla']['responseLatencyMs'] == 12000, lambda c, k: F(c).update(latency=True))
    assign(17, lambda c: not voice(c), lambda c, k: F(c).update(latency=True))
    assign(3, lambda c: voice(c) and c['sla']['firstResponseMs'] == 6000, lambda c, k: F(c).update(fr=True))
    assign(4, lambda c: not voice(c), lambda c, k: F(c).update(fr=True))
    assign(5, lambda c: voice(c) and not F(c)['latency'], lambda c, k: F(c).update(deadgap=True))
    # holds: failing ones are defects, passing ones are not
    assign(14, lambda c: not F(c)['curt'], lambda c, k: F(c).update(hold='unann'))
    assign(13, lambda c: not F(c)['curt'] and F(c)['hold'] is None, lambda c, k: F(c).update(hold='nothanks'))
    assign(30, lambda c: not F(c)['curt'] and F(c)['hold'] is None, lambda c, k: F(c).update(hold='ok'), defect=False)
    # complaints: every contact of an empathy scenario opens with one; some others carry one
    for c in cs:
        if c['flags']['empathy']:
            F(c)['c_start'] = True
            F(c)['c_later'] = rng.random() < 0.35
    assign(24, lambda c: not F(c)['curt'] and not c['flags']['empathy'],
           lambda c, k: F(c).update(c_start=(k % 2 == 0), c_later=(k % 2 == 1)), defect=False)
    assign(28, lambda c: F(c)['c_start'] or F(c)['c_later'],
           lambda c, k: F(c).update(miss=('start' if F(c)['c_start'] and (not F(c)['c_later'] or k % 2) else 'later')))
    assign(13, lambda c: not F(c)['curt'], lambda c, k: F(c).update(forbid='soft'))
    assign(15, lambda c: not F(c)['curt'] and F(c)['forbid'] is None, lambda c, k: F(c).update(forbid='harsh'))
    assign(27, lambda c: True, lambda c, k: F(c).update(greet=['nogreet', 'bare'][k % 2]))
    assign(27, lambda c: True, lambda c, k: F(c).update(id=['late', 'bare', 'none'][k % 3]))
    assign(27, lambda c: True, lambda c, k: F(c).update(closing=['wrapq', 'proc'][k % 2] if not F(c)['curt'] else 'wrapq'))
    assign(8, lambda c: F(c)['closing'] == 'ok' and not F(c)['curt'], lambda c, k: F(c).update(closing='walkout'), defect=False)
    assign(17, lambda c: True, lambda c, k: F(c).update(fact='wrong'))
    assign(10, lambda c: F(c)['fact'] == 'ok', lambda c, k: F(c).update(fact='corrected'))
    assign(9, lambda c: F(c)['fact'] == 'ok', lambda c, k: F(c).update(fact='missing'))
    assign(18, lambda c: F(c)['fact'] != 'missing', lambda c, k: F(c).update(res='nonans'))
    assign(8, lambda c: F(c)['res'] == 'ok', lambda c, k: F(c).update(res='madegood'), defect=False)
    assign(12, lambda c: True, lambda c, k: F(c).update(info='volunteer'))
    # hard negatives and cosmetics
    for n, c in enumerate(cs):
        f = F(c)
        f['wrong_idx'] = rng.randrange(2)
        f['ivr'] = voice(c) and rng.random() < 0.5
        f['bot'] = (not voice(c)) and rng.random() < 0.5
        f['asr'] = voice(c) and rng.random() < 0.67
        f['lookalike'] = (not f['curt']) and rng.random() < 0.45
        f['sorry'] = rng.random() < 0.3
        f['backch'] = voice(c) and rng.random() < 0.4
        f['small_overlap'] = voice(c) and not f['interrupt'] and rng.random() < 0.3
        f['incid'] = f['closing'] != 'walkout' and rng.random() < 0.22
        f['hold_events'] = voice(c) and rng.random() < 0.5
        f['variant'] = rng.random() < 0.3
        f['notime'] = False
    for c in rng.sample([c for c in cs], 4):
        c['f']['notime'] = True
    return cs, mats


if __name__ == '__main__':
    cs, _ = make_plan()
    import collections
    loads = collections.Counter(c['load'] for c in cs)
    print('defect load histogram', sorted(loads.items()))
