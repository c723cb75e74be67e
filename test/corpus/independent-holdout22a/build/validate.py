# Re-derives every label from contacts.jsonl + material + scenarios/*.yaml; lints; counts wording reuse; mutation check.
import json, os, re, sys, copy
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import TRADES, norm, variants, core, line_regex, nchars, BACKCH, PUNCT
from plan import CHECKS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POOLS = ['greet', 'greet_bad', 'idl', 'close', 'survey', 'ref', 'thanks', 'apology', 'rude', 'buck', 'cold', 'told', 'nonans',
         'wrapq', 'instr', 'curt', 'protest', 'walkout', 'look', 'ack', 'custsorry']

def load_scen():
    sc = {}
    for fn in sorted(os.listdir(os.path.join(OUT, 'scenarios'))):
        y = open(os.path.join(OUT, 'scenarios', fn), encoding='utf-8').read()
        sid = re.search(r'^id: (\S+)', y, re.M).group(1)
        req = {k: v == 'true' for k, v in re.findall(r'(verification|reference|empathy|survey): (true|false)', y)}
        fr = int(re.search(r'firstResponseMs: (\d+)', y).group(1)); lat = int(re.search(r'responseLatencyMs: (\d+)', y).group(1))
        facts = [dict(key=k, expected=json.loads(e), variants=json.loads(v), wrong=json.loads(w)) for k, e, v, w in
                 re.findall(r'key: ([a-z0-9-]+), label: "[^"]*", expected: ("[^"]*"), variants: (\[[^\]]*\]), wrong: (\[[^\]]*\])', y)]
        pats = [json.loads('"' + p + '"') for p in re.findall(r'patterns: \["((?:[^"\\]|\\.)*)"\]', y)]
        sc[sid] = dict(req=req, fr=fr, lat=lat, facts=facts, pats=pats)
    return sc

LEX = {}
def lex(T):
    if T['key'] in LEX: return LEX[T['key']]
    L = defaultdict(list)
    for p in POOLS:
        for l in T[p]:
            for r in variants(l)[1]:
                L[p].append((line_regex(r), norm(r.split('{')[0])))
    for S in T['scen']:
        k = S['id']
        for l in S['hold']: L['hold:' + k].append((line_regex(l), norm(l)))
        for q, a in S['verify']:
            for r in variants(q)[1]: L['verify:' + k].append((line_regex(r), norm(r)))
        comp = list(S['complain']) + (S['open'] if S['kind'] == 'complaint' else [])
        for l in comp: L['complain:' + k].append((line_regex(l), norm(l)))
        for l in S['open']: L['open:' + k].append((line_regex(l), norm(l)))
        for l in S['facts'][1]['ask']: L['f2ask:' + k].append((line_regex(l), norm(l)))
    for j, (q, a) in enumerate(T['topic']):
        L['topicq%d' % j].append((line_regex(q), norm(q))); L['topica%d' % j].append((line_regex(a), norm(a)))
    LEX[T['key']] = L
    return L

def has(L, tag, n):
    return any(r.search(n) for r, _ in L[tag])

def msgs_of(c):
    ev = {e['type']: e['atMs'] for e in c['events']}
    joined = ev.get('agent-joined', ev.get('answered', 0))
    tl = [t for t in c['turns'] if t['speaker'] in ('agent', 'customer') and t['startMs'] >= joined]
    cust = [t for t in tl if t['speaker'] == 'customer']
    def is_bc(t):
        return t['speaker'] == 'agent' and PUNCT.sub('', t['text']) in BACKCH and any(u['startMs'] < t['startMs'] and t['endMs'] <= u['endMs'] + 200 for u in cust)
    tl = [t for t in tl if not is_bc(t)]
    ms = []
    for t in tl:
        if c['channel'] == 'webchat' and ms and ms[-1]['sp'] == t['speaker'] and t['startMs'] - ms[-1]['end'] <= 3000:
            ms[-1]['text'] += t['text']; ms[-1]['end'] = t['endMs']; ms[-1]['raw'].append(t)
        else:
            ms.append(dict(sp=t['speaker'], text=t['text'], start=t['startMs'], end=t['endMs'], raw=[t]))
    for m in ms: m['n'] = norm(m['text'])
    return ms, joined, tl

def derive(c, sc, T):
    S = sc[c['scenarioId']]; L = lex(T); sid = c['scenarioId']
    voice = c['channel'] == 'voice'
    ms, joined, tl = msgs_of(c)
    ag = [i for i, m in enumerate(ms) if m['sp'] == 'agent']
    R, ev = {}, {}
    def f(chk, cond, idx=None, why=''):
        R[chk] = 'fail' if cond else 'pass'
        if cond: ev[chk] = (idx, why)
    curt = all('您' not in ms[i]['text'] for i in ag) and sum(1 for i in ag if any(ms[i]['n'].startswith(norm(x)) and norm(x) for x in T['curt'])) >= 3
    a0 = ms[ag[0]]
    f('greeting', not any(a0['n'].startswith(p) for r, p in L['greet'] if p), ag[0], 'first')
    f('agent-id', not any(has(L, 'idl', ms[i]['n']) for i in ag[:2]), ag[0], 'id')
    last_ag = ag[-1]
    if ms[-1]['sp'] == 'customer' and has(L, 'walkout', ms[-1]['n']):
        R['closing'] = 'na'
    else:
        ok = has(L, 'close', ms[last_ag]['n']) or (has(L, 'survey', ms[last_ag]['n']) and len(ag) > 1 and has(L, 'close', ms[ag[-2]]['n']))
        f('closing', not ok, last_ag, 'close')
    rude = [i for i in ag if has(L, 'rude', ms[i]['n'])]
    forb = [i for i in ag if has(L, 'rude', ms[i]['n']) or has(L, 'buck', ms[i]['n']) or has(L, 'cold', ms[i]['n']) or has(L, 'told', ms[i]['n'])]
    f('forbidden-words', bool(forb) or curt, forb[0] if forb else None, 'curt' if not forb else 'line')
    f('politeness', bool(rude) or curt, rude[0] if rude else None, 'curt' if not rude else 'line')
    f1 = S['facts'][0]
    def vals(fc, good=True, bad=True):
        return ([norm(v) for v in [fc['expected']] + fc['variants']] if good else []) + ([norm(v) for v in fc['wrong']] if bad else [])
    if not S['req']['verification']:
        R['verification'] = 'na'
    else:
        vi = [i for i in ag if has(L, 'verify:' + sid, ms[i]['n'])]
        di = [i for i in ag if any(v in ms[i]['n'] for v in vals(f1))]
        bad = (not vi) or (di and di[0] < vi[0])
        f('verification', bad, di[0] if di else None, 'never' if not vi else 'late')
    # gaps
    hth, dth = (15000, 8000) if voice else (30000, 30000)
    evs = c['events']
    hspans = [(e['atMs'], f2['atMs']) for e, f2 in zip([e for e in evs if e['type'] == 'hold-start'], [e for e in evs if e['type'] == 'hold-end'])]
    holds, dead, lat = [], [], []
    for j, i in enumerate(ag):
        prev = ms[:i]
        pend = max([m['end'] for m in prev] + [joined])
        gap = ms[i]['start'] - pend
        pa = [k for k in ag if k < i]
        ann = bool(pa) and has(L, 'hold:' + sid, ms[pa[-1]]['n'])
        span = any(pend <= a and b <= ms[i]['start'] for a, b in hspans)
        if gap >= hth or span:
            holds.append((i, ann, has(L, 'thanks', ms[i]['n'])))
        if gap >= dth and not ann:
            dead.append(i)
        if j > 0:
            cm = [m for m in ms[pa[-1] + 1:i] if m['sp'] == 'customer']
            if cm and not ann:
                t0 = cm[0]['end'] if voice else cm[0]['start']
                if ms[i]['start'] - t0 > S['lat']:
                    lat.append(i)
    if not holds: R['hold-etiquette'] = 'na'
    else:
        badh = [h for h in holds if not (h[1] and h[2])]
        f('hold-etiquette', bool(badh), badh[0][0] if badh else None, 'hold')
    f('dead-air', bool(dead), dead[0] if dead else None, 'gap')
    f('response-latency', bool(lat), lat[0] if lat else None, 'gap')
    f('first-response', a0['start'] - joined > S['fr'], ag[0], 'gap')
    if voice:
        cust = [t for t in tl if t['speaker'] == 'customer']
        ints = [i for i in ag if any(u['startMs'] < ms[i]['start'] <= u['endMs'] - 800 for u in cust)]
        f('interruption', bool(ints), ints[0] if ints else None, 'overlap')
        at = [t for t in tl if t['speaker'] == 'agent' and t['endMs'] - t['startMs'] >= 1500]
        ch = sum(nchars(t['text']) for t in at); du = sum(t['endMs'] - t['startMs'] for t in at)
        rate = ch / (du / 60000) if du else 200
        f('speech-rate', not (120 <= rate <= 300), None, 'rate %.0f' % rate)
        ev.setdefault('speech-rate', (None, 'rate %.0f' % rate))
    else:
        R['interruption'] = 'na'; R['speech-rate'] = 'na'
    comps = [i for i, m in enumerate(ms) if m['sp'] == 'customer' and (has(L, 'complain:' + sid, m['n']) or has(L, 'protest', m['n']))]
    if not comps and not S['req']['empathy']:
        R['empathy'] = 'na'
    else:
        miss = [i for i in comps if not any(has(L, 'apology', ms[k]['n']) for k in [k for k in ag if k > i][:2])]
        f('empathy', bool(miss), miss[0] if miss else None, 'complaint')
    f2 = S['facts'][1]
    unres = []
    for i, m in enumerate(ms):
        if m['sp'] != 'customer': continue
        later = [ms[k]['n'] for k in ag if k > i]
        if has(L, 'open:' + sid, m['n']) and not any(any(v in n for v in vals(f1)) for n in later): unres.append(i)
        if has(L, 'f2ask:' + sid, m['n']) and not any(any(v in n for v in vals(f2)) for n in later): unres.append(i)
        for j in range(len(T['topic'])):
            if has(L, 'topicq%d' % j, m['n']) and not any(has(L, 'topica%d' % j, n) for n in later): unres.append(i)
    f('resolution', bool(unres), unres[0] if unres else None, 'question')
    fa, mi = False, False
    fev, mev = None, None
    for fc in S['facts']:
        occ = []
        for i in ag:
            for v in vals(fc):
                for mm in re.finditer(re.escape(v), ms[i]['n']):
                    occ.append((i, mm.start(), v in vals(fc, True, False)))
        if not occ or not sorted(occ)[-1][2]:
            fa = True; fev = fev or (sorted(occ)[-1][0] if occ else None, fc['key'])
        w = [o for o in occ if not o[2]]
        if w:
            mi = True; mev = mev or (w[0][0], fc['key'])
    R['fact-accuracy'] = 'fail' if fa else 'pass'
    R['no-misinformation'] = 'fail' if mi else 'pass'
    if fa: ev['fact-accuracy'] = fev
    if mi: ev['no-misinformation'] = mev
    if not S['req']['reference']: R['record-reference'] = 'na'
    else: f('record-reference', not any(has(L, 'ref', ms[i]['n']) for i in ag), None, 'ref')
    if not S['req']['survey']: R['survey-offered'] = 'na'
    else: f('survey-offered', not any(has(L, 'survey', ms[i]['n']) for i in ag), None, 'survey')
    f('required-info', not all(any(re.search(p, ms[i]['n']) for i in ag) for p in S['pats']), None, 'ask')
    return R, ev, ms

def trade_of(c):
    k = c['contactId'].split('-')[1]
    return [T for T in TRADES if T['key'] == k][0]

def mutate(c, chk, idx, sc, T):
    """alter or remove the decisive line; return mutated contact"""
    m = copy.deepcopy(c)
    ms, joined, tl = msgs_of(m)
    S = [s for s in T['scen'] if s['id'] == c['scenarioId']][0]
    ag = [i for i, x in enumerate(ms) if x['sp'] == 'agent']
    def addtxt(i, s, front=False):
        t = ms[i]['raw'][0 if front else -1]
        t['text'] = (s + t['text']) if front else (t['text'] + s)
    def fix_time(i):
        prev = max([x['end'] for x in ms[:i]] + [joined])
        sh = ms[i]['start'] - (prev + 1000)
        if sh <= 0 and chk != 'interruption': return
        for t in ms[i]['raw']: t['startMs'] -= sh; t['endMs'] -= sh
        ms[i]['start'] -= sh; ms[i]['end'] -= sh
        m['events'] = [e for e in m['events'] if e['type'] not in ('hold-start', 'hold-end')]
        if chk in ('interruption',):
            pass
    if chk in ('forbidden-words', 'politeness') and idx is not None:
        for i in ag:
            for t in ms[i]['raw']:
                for p in ('rude', 'buck', 'cold', 'told'):
                    for l in T[p]:
                        for r in variants(l)[1]:
                            rx = line_regex(r)
                            if rx.search(norm(t['text'])): t['text'] = '好的。'
    elif chk in ('forbidden-words', 'politeness'):
        for i in ag: addtxt(i, '您', True)
    elif chk == 'greeting': addtxt(ag[0], variants([g for g in T['greet'] if not g.startswith('C:' if c['channel'] == 'voice' else 'V:')][0])[0], True)
    elif chk == 'agent-id': addtxt(ag[0], variants(T['idl'][1])[0])
    elif chk == 'closing': addtxt(ag[-1], variants(T['close'][5])[0])
    elif chk == 'verification':
        addtxt(ag[0], S['verify'][0][0])
    elif chk in ('hold-etiquette', 'dead-air', 'response-latency', 'first-response', 'interruption'):
        m['events'] = [e for e in m['events'] if e['type'] not in ('hold-start', 'hold-end')]
        for _ in range(200):
            ms2, j2, _t = msgs_of(m)
            prev = j2
            hit = None
            for x in ms2:
                gap = x['start'] - prev
                if gap > 1500 or gap < 0:
                    hit = (x, gap - 1000); break
                prev = max(prev, x['end'])
            if not hit: break
            x, sh = hit
            t0 = x['start']
            for t in m['turns']:
                if t['startMs'] >= t0 and t not in x['raw'] or t in x['raw']:
                    t['startMs'] -= sh; t['endMs'] -= sh
            for e in m['events']:
                if e['atMs'] >= t0 and e['type'] != 'agent-joined': e['atMs'] -= sh
            m['turns'].sort(key=lambda t: t['startMs'])
    elif chk == 'speech-rate':
        for t in m['turns']:
            if t['speaker'] == 'agent': t['endMs'] = t['startMs'] + int(nchars(t['text']) / 200 * 60000)
    elif chk == 'empathy':
        for i in ag: addtxt(i, T['apology'][1])
    elif chk == 'resolution':
        addtxt(ag[-1], ''.join(a for q, a in T['topic']) + S['facts'][0]['expected'] + S['facts'][1]['expected'])
    elif chk in ('fact-accuracy', 'no-misinformation'):
        if chk == 'no-misinformation':
            for t in m['turns']:
                for fc in S['facts']:
                    for w in fc['wrong']: t['text'] = t['text'].replace(w, fc['expected'])
                    if t['text'] != norm(t['text']):
                        pass
            for t in m['turns']:
                n = norm(t['text'])
                for fc in S['facts']:
                    if any(norm(w) in n for w in fc['wrong']):
                        t['text'] = fc['expected']
        else:
            addtxt(ag[-1], S['facts'][0]['expected'] + S['facts'][1]['expected'])
    elif chk == 'record-reference': addtxt(ag[-1], T['ref'][1].replace('{r}', '12345678'))
    elif chk == 'survey-offered': addtxt(ag[-1], variants(T['survey'][4])[0])
    elif chk == 'required-info': addtxt(ag[0], ''.join(r['asks'][0] for r in S['req']))
    m['turns'].sort(key=lambda t: t['startMs'])
    return m

def main():
    sc = load_scen()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')}
    dis, lint = [], []
    counts = defaultdict(Counter)
    for c in contacts:
        lab = labels[c['contactId']]
        if c['scenarioId'] not in sc: lint.append('unknown scenario ' + c['contactId'])
        if c['outcome'] != 'completed':
            if any(v != 'na' for v in lab['labels'].values()): dis.append((c['contactId'], 'special not all na'))
            continue
        T = trade_of(c)
        R, ev, ms = derive(c, sc, T)
        for k in CHECKS:
            if R[k] != lab['labels'][k]: dis.append((c['contactId'], k, 'label', lab['labels'][k], 'derived', R[k], ev.get(k)))
            if lab['labels'][k] == 'fail' and not lab['why'].get(k): lint.append('no why %s %s' % (c['contactId'], k))
        # channel lint
        for t in c['turns']:
            if t['speaker'] != 'agent' and t['speaker'] != 'customer': continue
            if c['channel'] == 'webchat' and re.search('欢迎致电|来电|挂机', t['text']): lint.append('voice word in chat %s: %s' % (c['contactId'], t['text']))
            if c['channel'] == 'voice' and re.search('打字|留言', t['text']): lint.append('chat word in voice %s: %s' % (c['contactId'], t['text']))
        # wording counts
        L = lex(T)
        for m in ms:
            seen = set()
            for p in POOLS + ['small']:
                for l in T[p]:
                    for part in (l if isinstance(l, tuple) else (l,)):
                        cw = core(variants(part)[0])
                        if len(cw) < 4 or cw in seen: continue
                        if any(line_regex(r).search(m['n']) for r in variants(part)[1]):
                            counts[T['key']][cw] += 1; seen.add(cw)
            for S in T['scen']:
                for pool in (S['hold'], [q for q, a in S['verify']], S['complain'], S['open'], S['facts'][1]['ask'], S['req'][0]['asks']) + tuple(fc['say'] for fc in S['facts']):
                    if pool in [fc['say'] for fc in S['facts']] and m['sp'] != 'agent': continue
                    for l in pool:
                        l = variants(l)[0]
                        cw = core(l)
                        if len(cw) < 4 or cw in seen: continue
                        if line_regex(l).search(m['n']):
                            counts[T['key']][cw] += 1; seen.add(cw)
    # cross-trade core reuse in material
    owner = defaultdict(set)
    for T in TRADES:
        for p in POOLS + ['small']:
            for l in T[p]:
                for part in (l if isinstance(l, tuple) else (l,)):
                    cw = core(variants(part)[0])
                    if len(cw) >= 4: owner[cw].add(T['key'])
    cross = {k: v for k, v in owner.items() if len(v) > 1}
    # fact value collisions
    for T in TRADES:
        for S in T['scen']:
            for fc in S['facts']:
                for w in fc['wrong']:
                    for g in [fc['expected']] + fc['variants']:
                        if norm(w) in norm(g) or norm(g) in norm(w): lint.append('value collision %s %s %s' % (fc['key'], w, g))
    allc = Counter()
    for k, cn in counts.items():
        for w, n in cn.items(): allc[(k, w)] = n
    top = allc.most_common(15)
    # mutation check
    mut_total, mut_caught, mut_miss = 0, 0, []
    for c in contacts:
        if c['outcome'] != 'completed': continue
        T = trade_of(c)
        R, ev, ms = derive(c, sc, T)
        for k in CHECKS:
            if R[k] != 'fail': continue
            mut_total += 1
            m = mutate(c, k, ev.get(k, (None, ''))[0], sc, T)
            R2, _, _ = derive(m, sc, T)
            if R2[k] != 'fail': mut_caught += 1
            else: mut_miss.append((c['contactId'], k))
    print('contacts', len(contacts), 'disagreements', len(dis))
    for x in dis[:40]: print('  DIS', x)
    print('lint', len(lint) + len(cross))
    for x in lint[:20]: print('  LINT', x)
    for k, v in list(cross.items())[:20]: print('  CROSS-TRADE', k, sorted(v))
    print('highest core-wording use', top[0][1] if top else 0)
    for (k, w), n in top[:10]: print('  ', n, k, w)
    print('mutation check: %d/%d caught' % (mut_caught, mut_total))
    for x in mut_miss[:20]: print('  MISS', x)

if __name__ == '__main__':
    main()
