# -*- coding: utf-8 -*-
"""Seeded plan: which contact gets which scenario, channel, shape and defects."""
import random

SEED = 116389
TRADES = ['game', 'english', 'parttime', 'dish', 'proj', 'park']
MAXDEF = 5


def make_plan(seed=SEED):
    rng = random.Random(seed)
    import importlib
    contacts = []
    for ti, t in enumerate(TRADES):
        M = importlib.import_module('mat_' + t)
        kinds = ['account'] * 9 + ['complaint'] * 8 + ['info'] * 8
        if ti % 3 == 1:
            kinds = ['account'] * 8 + ['complaint'] * 9 + ['info'] * 8
        elif ti % 3 == 2:
            kinds = ['account'] * 8 + ['complaint'] * 8 + ['info'] * 9
        rng.shuffle(kinds)
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ['voice'] * nvoice + ['webchat'] * (25 - nvoice)
        rng.shuffle(chans)
        scen_by_kind = {s['kind']: s for s in M.SCEN}
        for i in range(25):
            s = scen_by_kind[kinds[i]]
            ch = chans[i]
            c = dict(id='h20c-%s-%02d' % (t, i + 1), trade=t, scen=s['id'], kind=s['kind'], channel=ch,
                     defects=set(), sub={})
            c['asr'] = ch == 'voice' and rng.random() < 0.67
            c['ivr'] = ch == 'voice' and rng.random() < 0.5
            c['bot'] = ch == 'webchat' and rng.random() < 0.33
            c['bubbles'] = ch == 'webchat' and rng.random() < 0.28
            c['target'] = rng.randint(6, 40)
            c['opening'] = rng.choice(['request', 'request', 'small', 'complaint', 'apology'])
            if s['kind'] == 'complaint' and rng.random() < 0.5:
                c['opening'] = 'complaint'
            c['verify_first'] = rng.random() < 0.6
            c['walkout'] = False
            c['extra_complaint'] = rng.random() < 0.2
            c['hold'] = rng.random() < 0.3
            c['side'] = rng.random() < 0.35
            c['casual'] = rng.random() < 0.25
            c['madegood'] = rng.random() < 0.25
            c['lookalike'] = rng.random() < 0.55
            c['pause'] = rng.random() < 0.3
            c['nudge_ok'] = ch == 'webchat' and rng.random() < 0.25
            c['thanks_nohold'] = rng.random() < 0.12
            c['bc'] = ch == 'voice' and rng.random() < 0.7
            c['near_overlap'] = ch == 'voice' and rng.random() < 0.3
            c['idpos'] = rng.choice([1, 1, 2])
            c['seed'] = rng.randrange(1 << 30)
            contacts.append(c)

    def elig(c, kind):
        d = c['defects']
        if len(d) >= MAXDEF or c.get('clean'):
            return False
        if kind in d:
            return False
        v, ch = c['kind'], c['channel']
        if kind in ('verify', 'ref') and v == 'info':
            return False
        if kind == 'survey' and v == 'complaint':
            return False
        if kind in ('interrupt', 'rate', 'dead') and ch != 'voice':
            return False
        if kind in ('fr', 'lat') and ch != 'webchat':
            return False
        if kind == 'close' and c['walkout']:
            return False
        ex = [{'fact_wrong', 'fact_missing', 'misinfo'}, {'hold_nothanks', 'hold_unann'}, {'dead', 'hold_unann'}]
        for grp in ex:
            if kind in grp and d & (grp - {kind}):
                return False
        return True

    # walkouts: closing na; a few clean contacts carry no defect at all
    for c in rng.sample(contacts, 9):
        c['walkout'] = True
    for c in rng.sample(contacts, 7):
        c['clean'] = True
    counts = {
        'fr': rng.randint(6, 11), 'interrupt': rng.randint(15, 22), 'rate': rng.randint(15, 22),
        'dead': rng.randint(15, 19), 'hold_unann': rng.randint(10, 13), 'hold_nothanks': rng.randint(15, 19),
        'verify': rng.randint(25, 34), 'ref': rng.randint(25, 34), 'survey': rng.randint(25, 34),
        'rude': rng.randint(25, 29), 'jiyu': rng.randint(5, 10), 'fact_wrong': rng.randint(10, 13),
        'fact_missing': rng.randint(15, 19), 'misinfo': rng.randint(15, 19),
        'greet': rng.randint(25, 34), 'id': rng.randint(25, 34), 'close': rng.randint(25, 34),
        'empathy': rng.randint(25, 34), 'resol': rng.randint(25, 34), 'lat': rng.randint(25, 34),
        'reqinfo': rng.randint(25, 34),
    }
    order = ['fr', 'interrupt', 'rate', 'dead', 'hold_unann', 'lat', 'verify', 'ref', 'survey', 'hold_nothanks',
             'rude', 'jiyu', 'fact_wrong', 'fact_missing', 'misinfo', 'empathy', 'close', 'greet', 'id', 'resol',
             'reqinfo']
    for kind in order:
        n = counts[kind]
        for _ in range(n):
            cands = [c for c in contacts if elig(c, kind)]
            if not cands:
                break
            low = min(len(c['defects']) for c in cands)
            pool = [c for c in cands if len(c['defects']) <= low + 2]
            c = rng.choice(pool)
            c['defects'].add(kind)
    # sub-choices
    for c in contacts:
        r = random.Random(c['seed'] ^ 0x5a5a)
        d = c['defects']
        c['sub']['pos'] = {k: r.choice(['early', 'middle', 'late']) for k in sorted(d)}
        c['sub']['buried'] = {k: r.random() < 0.4 for k in sorted(d)}
        c['sub']['second'] = {k: r.random() < 0.3 for k in sorted(d)}
        c['sub']['verify'] = r.choice(['late', 'never'])
        c['sub']['id'] = r.choice(['late', 'never'])
        c['sub']['rate'] = r.choice(['fast', 'slow'])
        c['sub']['factidx'] = r.randint(0, 1)
        c['sub']['protest'] = r.random() < 0.5
    # four normal contacts without durationMs, one with an unknown event type
    picks = rng.sample(contacts, 5)
    for c in picks[:4]:
        c['nodur'] = True
    picks[4]['transfer'] = True
    return contacts


if __name__ == '__main__':
    from collections import Counter
    p = make_plan()
    cnt = Counter(k for c in p for k in c['defects'])
    for k, v in sorted(cnt.items()):
        print(k, v)
    print(Counter(len(c['defects']) for c in p))
