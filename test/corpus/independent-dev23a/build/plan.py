"""Seeded plan: which contact fails which check, and how many (drawn per check from the minimum to ~1.6x it)."""
import random
from common import DOMAINS, load
SEED = 47321

def make_plan():
    rng = random.Random(SEED)
    C = []
    for di, d in enumerate(DOMAINS):
        for k in range(25):
            i = di * 25 + k
            C.append(dict(cid=f'h16a-{d}-{k + 1:02d}', domain=d, sc=[0, 1, 2][k % 3], channel='voice' if i % 2 == 0 else 'webchat',
                          seed=rng.randrange(1 << 30), fails=set(), flags=set()))
    M = {d: load(d) for d in DOMAINS}
    req = lambda c, r: M[c['domain']]['scen'][c['sc']]['req'][r]
    voice = [c for c in C if c['channel'] == 'voice']
    chat = [c for c in C if c['channel'] == 'webchat']
    draw = lambda mn: rng.randint(mn, round(mn * 1.6))
    def pick(pool, n, excl=None):
        pool = [c for c in pool if not excl or not excl(c)]
        return rng.sample(pool, min(n, len(pool)))
    def mark(cs, chk):
        for c in cs: c['fails'].add(chk)
    for c in pick(C, 8): c['flags'].add('walkout')
    mark(pick(C, draw(25)), 'greeting')
    mark(pick(C, draw(25)), 'agent-id')
    mark(pick(C, draw(25), lambda c: 'walkout' in c['flags']), 'closing')
    P = pick(C, rng.randint(25, 32)); mark(P, 'politeness'); mark(P, 'forbidden-words')
    for c in P: c['flags'].add('rude')
    for c in pick(C, rng.randint(5, 9), lambda c: 'rude' in c['flags']):
        c['fails'].add('forbidden-words'); c['flags'].add('fwonly')
    mark(pick([c for c in C if req(c, 'verification')], draw(25)), 'verification')
    # holds: O unannounced (hold + dead-air fail), U announced but not thanked, HP announced and thanked
    n_o = rng.randint(8, 13)
    O = pick(C, n_o)
    for c in O: c['flags'].add('hold-unann'); c['fails'] |= {'hold-etiquette', 'dead-air'}
    U = pick(C, draw(25) - n_o, lambda c: 'hold-unann' in c['flags'])
    for c in U: c['flags'].add('hold-nothx'); c['fails'].add('hold-etiquette')
    for c in pick(C, rng.randint(32, 42), lambda c: c['flags'] & {'hold-unann', 'hold-nothx'}): c['flags'].add('hold-ok')
    n_da = draw(25) - n_o
    for c in pick(voice, n_da, lambda c: 'hold-unann' in c['flags']):
        c['flags'].add(rng.choice(['dead-a', 'dead-b'])); c['fails'].add('dead-air')
    # response latency: implied by unannounced holds in chat (>= 32 s) and in voice when the SLA is 12 s
    lat_target = draw(25)
    implied = [c for c in O if c['channel'] == 'webchat' or M[c['domain']]['scen'][c['sc']]['sla'][1] <= 12000]
    for c in implied: c['fails'].add('response-latency')
    for c in pick(chat, max(0, lat_target - len(implied)), lambda c: 'hold-unann' in c['flags']):
        c['flags'].add(rng.choice(['lat', 'lat', 'lat-nudge'])); c['fails'].add('response-latency')
    mark(pick(voice, draw(15)), 'interruption')
    mark(pick(voice, draw(15)), 'speech-rate')
    comp = [c for c in C if req(c, 'empathy')] + pick([c for c in C if not req(c, 'empathy')], 36)
    for c in comp: c['flags'].add('complaint')
    for c in pick(comp, 24): c['flags'].add('escal')
    mark(pick(comp, draw(25)), 'empathy')
    mark(pick(C, draw(25)), 'resolution')
    w = rng.randint(10, 14)
    Wc = pick(C, w)
    for c in Wc: c['flags'].add('fact-wrong'); c['fails'] |= {'fact-accuracy', 'no-misinformation'}
    for c in pick(C, draw(25) - w, lambda c: 'fact-wrong' in c['flags']):
        c['flags'].add('fact-missing'); c['fails'].add('fact-accuracy')
    for c in pick(C, draw(25) - w, lambda c: c['flags'] & {'fact-wrong', 'fact-missing'}):
        c['flags'].add('fact-corrected'); c['fails'].add('no-misinformation')
    mark(pick([c for c in C if req(c, 'reference')], draw(25)), 'record-reference')
    mark(pick([c for c in C if req(c, 'survey')], draw(25)), 'survey-offered')
    fr_pool = chat + [c for c in voice if M[c['domain']]['scen'][c['sc']]['sla'][0] == 6000]
    mark(pick(fr_pool, rng.randint(6, 10)), 'first-response')
    mark(pick(C, rng.randint(15, 25)), 'required-info')
    for c in pick(voice, len(voice) // 2): c['flags'].add('ivr')
    for c in pick(chat, 20): c['flags'].add('bot')
    for c in pick(C, 4): c['flags'].add('nodur')
    for c in pick(C, 2): c['flags'].add('transfer')
    return C
