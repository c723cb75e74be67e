"""Seeded plan: which contacts carry which defects."""
import random
SEED = 2147483647
TRADES = ['music', 'seat', 'coffee', 'scooter', 'floor', 'stove']
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
# defect -> (min, max) count and eligibility
DEFECTS = {
    'greet': (25, 34, 'any'), 'id': (25, 34, 'any'), 'close': (25, 33, 'any'), 'rude': (25, 31, 'any'),
    'jiyu': (6, 10, 'any'), 'verif': (25, 34, 'vr'), 'hold_unann': (13, 17, 'any'), 'hold_unthx': (12, 16, 'any'),
    'dead': (12, 16, 'voice'), 'intr': (16, 22, 'voice'), 'rate': (16, 22, 'voice'), 'emp': (25, 34, 'any'),
    'res': (25, 34, 'any'), 'fr': (6, 11, 'chat'), 'lat': (25, 32, 'chat'), 'fa_wrong': (11, 14, 'any'),
    'fa_missing': (8, 11, 'any'), 'nm': (13, 16, 'any'), 'ref': (25, 34, 'vr'), 'survey': (25, 34, 'sv'), 'req': (25, 34, 'any'),
}
KINDS = ['account', 'complaint', 'info']


def make_plan():
    r = random.Random(SEED)
    contacts = []
    for t in TRADES:
        chans = ['voice'] * 13 + ['webchat'] * 12 if TRADES.index(t) % 2 == 0 else ['voice'] * 12 + ['webchat'] * 13
        r.shuffle(chans)
        kinds = [KINDS[i % 3] for i in range(25)]
        r.shuffle(kinds)
        clean = set(r.sample(range(25), r.choice([2, 3])))
        for i in range(25):
            contacts.append(dict(trade=t, n=i + 1, kind=kinds[i], channel=chans[i], clean=i in clean, defects=[],
                                 rseed=r.randrange(1 << 30)))
    def elig(c, e):
        if c['clean']:
            return False
        if e == 'voice':
            return c['channel'] == 'voice'
        if e == 'chat':
            return c['channel'] == 'webchat'
        if e == 'vr':
            return c['kind'] in ('account', 'complaint')
        if e == 'sv':
            return c['kind'] in ('account', 'info')
        return True
    order = list(DEFECTS)
    r.shuffle(order)
    # hold & dead-air interplay: do not combine conflicting timing defects on one contact
    excl = [{'hold_unann', 'hold_unthx', 'dead'}, {'fa_wrong', 'fa_missing'}, {'fa_missing', 'nm'}, {'fr', 'lat'}]
    for d in order:
        lo, hi, e = DEFECTS[d]
        n = r.randint(lo, hi)
        pool = [c for c in contacts if elig(c, e)]
        r.shuffle(pool)
        pool.sort(key=lambda c: len(c['defects']))
        got = 0
        for c in pool:
            if got >= n:
                break
            if len(c['defects']) >= 5:
                continue
            if any(d in g and set(c['defects']) & (g - {d}) for g in excl):
                continue
            c['defects'].append(d)
            got += 1
    # specials of the normal set
    normal = contacts
    nodur = r.sample(range(len(normal)), 4)
    for k in nodur:
        normal[k]['nodur'] = True
    normal[r.randrange(len(normal))]['unknown_event'] = True
    return contacts
