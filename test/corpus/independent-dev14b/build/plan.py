# -*- coding: utf-8 -*-
"""Seeded plan: which defects and hard negatives each of the 150 normal contacts carries.

Quotas are drawn as shuffled lists so that every check gets enough passes and fails; the
generator turns each plan entry into a transcript and derives the labels from what it wrote.
"""
import random
from material import DOMAINS

SEED = 58213
N_PER_DOMAIN = 25


def quota(rng, n, spec):
    """spec: list of (value, count); the remainder is filled with the first value."""
    out = []
    for v, k in spec[1:]:
        out += [v] * k
    out += [spec[0][0]] * (n - len(out))
    assert len(out) == n, (n, spec)
    rng.shuffle(out)
    return out


def build_plan():
    rng = random.Random(SEED)
    n = len(DOMAINS) * N_PER_DOMAIN
    base = []
    for i in range(n):
        d = i // N_PER_DOMAIN
        j = i % N_PER_DOMAIN
        dom = DOMAINS[d]
        scen = dom['scen'][j % 3]
        base.append(dict(idx=i, contactId='h7b-%03d' % (i + 1), domain=dom['key'], scenario=scen['id'],
                         channel='voice' if i % 2 == 0 else 'webchat'))
    voice = [p for p in base if p['channel'] == 'voice']
    chat = [p for p in base if p['channel'] == 'webchat']

    def assign(key, pool, spec):
        for p, v in zip(pool, quota(rng, len(pool), spec)):
            p[key] = v

    assign('greet', base, [(True, 0), (False, 32)])
    assign('idmode', base, [('ok1', 0), ('ok2', 38), ('bare', 14), ('num', 12), ('late', 10)])
    assign('stance', base, [('normal', 0), ('rude', 30), ('buck', 18), ('cold', 9)])
    assign('factdef', base, [('right', 0), ('wrong', 16), ('corrected', 16), ('flipped', 10), ('none', 14), ('neg', 16)])
    assign('hold', base, [('none', 0), ('ok', 40), ('noask', 12), ('nothanks', 16), ('short', 12)])
    assign('dead', base, [('none', 0), ('after', 14), ('lookup', 9)])
    assign('custpause', base, [(False, 0), (True, 30)])
    assign('side', base, [('none', 0), ('shrug', 22), ('pointer', 22)])
    assign('sorry', base, [(False, 0), (True, 30)])
    assign('close', base, [('ok', 0), ('fail', 32), ('na', 0)])
    assign('asr', voice, [(True, 0), (False, 22)])
    for p in chat:
        p['asr'] = False
    assign('interrupt', voice, [('none', 0), ('yes', 20), ('bc', 20)])
    assign('rate', voice, [('normal', 0), ('fast', 9), ('slow', 9)])
    for p in chat:
        p['interrupt'] = 'none'
        p['rate'] = 'normal'
    assign('firstresp', voice, [('ok', 0), ('late', 6)])
    assign('firstresp', chat, [('ok', 0), ('late', 17)])
    assign('latency', voice, [('ok', 0), ('long', 5)])
    assign('latency', chat, [('ok', 0), ('double', 17)])
    assign('ivr', voice, [(False, 0), (True, 30)])
    assign('oddity', base, [(False, 0), (True, 4)])
    assign('reqmode', base, [('ask', 0), ('vol', 30)])
    assign('latecomp', base, [(False, 0), (True, 28)])
    assign('ackmode', base, [('ack', 0), ('noack', 55)])      # first complaint acknowledged?
    assign('ack2', base, [('ack', 0), ('noack', 60)])         # late complaint acknowledged?
    assign('complain', base, [(False, 0), (True, 62)])        # optional complaint where not required
    assign('verif', base, [('pass', 0), ('after', 22), ('never', 22), ('none', 14)])
    assign('refmode', base, [('ok', 0), ('none', 20), ('nonref', 28)])
    assign('survmode', base, [('ok', 0), ('none', 16), ('look', 14)])
    # follow-up question (own matter): buck stance forces buck / buck_ans
    assign('follow', base, [('ans', 0), ('non', 20), ('refer', 18), ('none', 30)])
    for p in base:
        if p['stance'] == 'buck':
            p['follow'] = rng.choice(['buck', 'buck_ans'])
        if p['stance'] == 'cold' and p['hold'] == 'ok':
            p['hold'] = 'nothanks'
        p['rng'] = rng.randrange(1 << 30)
    # closing N/A: customer leaves mid-contact (only where the survey is not owed)
    cands = [p for p in base if not _scen(p)['requires']['survey'] and p['close'] == 'ok'
             and p['follow'] in ('ans', 'none', 'refer')]
    rng.shuffle(cands)
    for p in cands[:9]:
        p['close'] = 'na'
    return base


def _scen(p):
    for d in DOMAINS:
        for s in d['scen']:
            if s['id'] == p['scenario']:
                return s
    raise KeyError(p['scenario'])
