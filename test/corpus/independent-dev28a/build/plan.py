# Seeded plan: which contacts carry which defects.
import random

SEED = 131071
TRADES = ['weather', 'disab', 'veteran', 'elder', 'dog', 'pubres']
KINDS = ['account', 'complaint', 'info']
CAP = 5


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    for ti, t in enumerate(TRADES):
        kinds = ['account'] * 9 + ['complaint'] * 8 + ['info'] * 8
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ['voice'] * nvoice + ['webchat'] * (25 - nvoice)
        rng.shuffle(kinds)
        rng.shuffle(chans)
        for i in range(25):
            contacts.append({'id': 'h21a-%s-%02d' % (t, i + 1), 'trade': t, 'kind': kinds[i],
                             'channel': chans[i], 'defects': [], 'clean': False})
    # clean contacts: 2 or 3 per trade
    for t in TRADES:
        cs = [c for c in contacts if c['trade'] == t]
        for c in rng.sample(cs, rng.choice([2, 3])):
            c['clean'] = True
    # curt agents: three info contacts in three trades
    for t in ['weather', 'dog', 'pubres']:
        cs = [c for c in contacts if c['trade'] == t and c['kind'] == 'info' and not c['clean']]
        c = rng.choice(cs)
        c['curt'] = True
        c['defects'] += ['curt', 'greeting', 'closing', 'survey']
    usable = [c for c in contacts if not c['clean']]

    def alloc(name, n, pred, weight_voice=False):
        el = [c for c in usable if pred(c) and name not in c['defects'] and len(c['defects']) < CAP
              and not c.get('curt')]
        rng.shuffle(el)
        chosen = []
        per = {}
        for _ in range(n):
            el = [c for c in el if c not in chosen]
            if not el:
                break
            el.sort(key=lambda c: (per.get(c['trade'], 0), len(c['defects'])))
            best = [c for c in el if (per.get(c['trade'], 0), len(c['defects'])) == (per.get(el[0]['trade'], 0), len(el[0]['defects']))]
            c = rng.choice(best)
            c['defects'].append(name)
            chosen.append(c)
            per[c['trade']] = per.get(c['trade'], 0) + 1
        return len(chosen)

    acct_or_comp = lambda c: c['kind'] in ('account', 'complaint')
    acct_or_info = lambda c: c['kind'] in ('account', 'info')
    chat = lambda c: c['channel'] == 'webchat'
    voice = lambda c: c['channel'] == 'voice'
    counts = {}
    counts['verification'] = alloc('verification', rng.randint(25, 30), acct_or_comp)
    counts['reference'] = alloc('reference', rng.randint(25, 30), acct_or_comp)
    counts['survey'] = alloc('survey', rng.randint(22, 27), acct_or_info)  # +3 curt
    counts['latency'] = alloc('latency', rng.randint(25, 30), chat)
    counts['first-response'] = alloc('first-response', rng.randint(7, 10), chat)
    counts['interruption'] = alloc('interruption', rng.randint(16, 22), voice)
    counts['speech-rate'] = alloc('speech-rate', rng.randint(16, 22), voice)
    counts['hold-unann'] = alloc('hold-unann', rng.randint(9, 13), lambda c: True)
    counts['hold-nothx'] = alloc('hold-nothx', rng.randint(15, 18), lambda c: True)
    nun = counts['hold-unann']
    counts['dead-air'] = alloc('dead-air', rng.randint(25, 29) - nun, voice)
    counts['empathy'] = alloc('empathy', rng.randint(25, 30), lambda c: True)
    counts['rude'] = alloc('rude', rng.randint(23, 27), lambda c: True)
    counts['jiyu'] = alloc('jiyu', rng.randint(4, 7), lambda c: 'rude' not in c['defects'])
    counts['resolution'] = alloc('resolution', rng.randint(25, 30), lambda c: True)
    counts['fa-wrong'] = alloc('fa-wrong', rng.randint(12, 15), lambda c: True)
    counts['fa-never'] = alloc('fa-never', rng.randint(13, 15), lambda c: 'fa-wrong' not in c['defects'])
    counts['nm-corrected'] = alloc('nm-corrected', rng.randint(13, 15), lambda c: 'fa-wrong' not in c['defects'] and 'fa-never' not in c['defects'])
    counts['greeting'] = alloc('greeting', rng.randint(22, 27), lambda c: True)
    counts['agent-id'] = alloc('agent-id', rng.randint(25, 30), lambda c: True)
    counts['closing'] = alloc('closing', rng.randint(22, 27), lambda c: True)
    counts['required-info'] = alloc('required-info', rng.randint(25, 30), lambda c: True)
    # walk-outs (closing na)
    wo = [c for c in usable if 'closing' not in c['defects'] and not c.get('curt')]
    for c in rng.sample(wo, 6):
        c['walkout'] = True
    # per-contact style draws
    for c in contacts:
        r = random.Random('%d-%s' % (SEED, c['id']))
        c['seed'] = r.randint(0, 10 ** 9)
    return contacts, counts


if __name__ == '__main__':
    cs, counts = make_plan()
    print(counts)
    from collections import Counter
    print(Counter(len(c['defects']) for c in cs))
