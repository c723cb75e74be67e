# Seeded plan for independent-dev22a: per check, how many fails (min..~1.6x min) and where they go.
import random
SEED = 61483
DOMAINS = ['eldercare', 'mobilegame', 'zoo', 'yoga', 'wedding', 'petgroom']

def build_plan(scen_req):
    """scen_req: {domain: [(scenId, req), ...]}  -> list of contact plans (dicts)."""
    rng = random.Random(SEED)
    cs = []
    for di, d in enumerate(DOMAINS):
        order = [0, 1, 2] * 9
        rng.shuffle(order)
        order = order[:25]
        for i in range(25):
            sid, req = scen_req[d][order[i]]
            ch = 'voice' if (i + di) % 2 == 0 else 'webchat'
            cs.append(dict(id=f'h15a-{d}-{i+1:02d}', domain=d, scen=sid, sidx=order[i], req=req, channel=ch,
                           length=rng.randint(6, 40), asr=(ch == 'voice' and rng.random() < 0.67), ivr=(ch == 'voice' and rng.random() < 0.5),
                           fails=set(), pos={}))
    N = len(cs)
    def draw(check, elig, mn=25):
        k = min(len(elig), rng.randint(mn, round(mn * 1.6)))
        for c in rng.sample(elig, k):
            c['fails'].add(check)
            c['pos'][check] = dict(where=rng.choice(['early', 'mid', 'late']), buried=rng.random() < 0.45, double=rng.random() < 0.2)
    allc = cs[:]
    voice = [c for c in cs if c['channel'] == 'voice']
    chat = [c for c in cs if c['channel'] == 'webchat']
    # walk-outs: closing na
    for c in rng.sample(allc, 8):
        c['walkout'] = True
    draw('greeting', allc)
    draw('agent-id', allc)
    draw('closing', [c for c in cs if not c.get('walkout')])
    draw('politeness', allc)
    extra = [c for c in cs if 'politeness' not in c['fails']]
    for c in rng.sample(extra, rng.randint(8, 16)):
        c['fails'].add('forbidden-words'); c['pos']['forbidden-words'] = dict(where=rng.choice(['early', 'mid', 'late']), buried=rng.random() < 0.45, double=rng.random() < 0.2)
    for c in cs:
        if 'politeness' in c['fails']:
            c['fails'].add('forbidden-words'); c['pos'].setdefault('forbidden-words', dict(where='mid', buried=False, double=False))
    draw('verification', [c for c in cs if c['req']['verification']])
    # holds
    draw('hold-etiquette', allc)
    for c in rng.sample([c for c in cs if 'hold-etiquette' not in c['fails']], rng.randint(28, 40)):
        c['hold'] = True
    for c in cs:
        if 'hold-etiquette' in c['fails']:
            c['hold'] = True
    draw('dead-air', voice)
    draw('speech-rate', voice, 15)
    draw('interruption', voice, 15)
    # complaints: all in empathy-required scenarios, plus some others
    others = [c for c in cs if not c['req']['empathy']]
    for c in cs:
        c['complaint'] = c['req']['empathy']
    for c in rng.sample(others, 36):
        c['complaint'] = True
    draw('empathy', [c for c in cs if c['complaint']])
    draw('resolution', allc)
    draw('response-latency', chat)
    draw('fact-accuracy', allc)
    draw('no-misinformation', allc)
    draw('record-reference', [c for c in cs if c['req']['reference']])
    draw('survey-offered', [c for c in cs if c['req']['survey']])
    for c in rng.sample(allc, rng.randint(15, 24)):
        c['fails'].add('required-info')
    fr = [c for c in cs if (c['channel'] == 'voice' and c['sidx'] == 1) or c['channel'] == 'webchat']
    for c in rng.sample(fr, 9):
        c['fails'].add('first-response')
    for c in cs:
        c['seed'] = rng.randint(0, 10 ** 9)
    nodur = rng.sample([c['id'] for c in cs], 4)
    transfer = rng.choice([c['id'] for c in cs if c['id'] not in nodur])
    return cs, set(nodur), transfer
