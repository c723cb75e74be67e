# -*- coding: utf-8 -*-
"""Re-derives every label of independent-dev24c from contacts + material + scenarios,
lints the material, counts decisive-wording reuse and runs a mutation check."""
import copy, json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import *

OUT = os.path.dirname(HERE)
TRADES = load_trades()
TBYKEY = {T['key']: T for T in TRADES}
SCEN_T = {S['id']: T for T in TRADES for S in T['scen']}
SCEN_M = {S['id']: S for T in TRADES for S in T['scen']}

# ---------------------------------------------------------------- scenario yaml (own format)
def parse_yaml(path):
    d = {'facts': [], 'requiredInfo': []}
    sec = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('  - {') and sec in ('facts', 'requiredInfo'):
            js = re.sub(r'([{,]\s*)([A-Za-z]+):', r'\1"\2":', line.strip()[2:])
            d[sec].append(json.loads(js))
            continue
        if line.startswith('  -'):
            continue
        m = re.match(r'^([A-Za-z]+):\s*(.*)$', line)
        if m:
            k, v = m.group(1), m.group(2)
            sec = k
            if v.startswith('{'):
                js = re.sub(r'([{,]\s*)([A-Za-z]+):', r'\1"\2":', v)
                d[k] = json.loads(js)
            elif v:
                d[k] = v.strip('"')
    return d

SCEN = {}
for fn in sorted(os.listdir(os.path.join(OUT, 'scenarios'))):
    y = parse_yaml(os.path.join(OUT, 'scenarios', fn))
    SCEN[y['id']] = y

# ---------------------------------------------------------------- matching
def find(text, sent, cid):
    """position and matched form of a material sentence in a turn text (noisy or clean form)."""
    for form in (noisy(sent, cid), sent, sent.rstrip('。？！')):
        if form and form in text:
            return text.index(form), form
    return -1, None

def is_bc(t, turns):
    if t['speaker'] != 'agent' or t['text'].strip() not in BACKCHANNEL:
        return False
    return any(x['speaker'] == 'customer' and x['startMs'] <= t['startMs'] and t['endMs'] <= x['endMs'] for x in turns)

def joined_at(c):
    ev = {e['type']: e['atMs'] for e in c['events']}
    return ev.get('agent-joined', ev.get('answered', 0))

def dialogue(c):
    J = joined_at(c)
    return [t for t in c['turns'] if t['speaker'] in ('agent', 'customer') and not is_bc(t, c['turns']) and t['startMs'] >= J]

def cat_lines(T, cat):
    return T[cat]

def find_any(text, tpls, cid, T):
    hits = []
    for tpl in tpls:
        p, form = find(text, fill(tpl, cid, T), cid)
        if p >= 0:
            hits.append((p, tpl, form))
    return sorted(hits)

def fact_hits(text, S, T, cid):
    hits = []
    for f in S['facts']:
        for tpl in f['says'] + T['correction']:
            for v in [f['expected']] + f['variants'] + f['wrong']:
                if tpl in T['correction'] and v not in [f['expected']] + f['variants'] + f['wrong']:
                    continue
                p, form = find(text, tpl.replace('{v}', v), cid)
                if p >= 0:
                    hits.append((p, f['key'], v, v in f['wrong'], tpl, form))
    # keep the longest hit where hits overlap (a value that is a prefix of a variant)
    hits.sort(key=lambda h: (h[0], -len(h[5])))
    out = []
    for h in hits:
        if out and h[0] < out[-1][0] + len(out[-1][5]):
            continue
        out.append(h)
    return out

# ---------------------------------------------------------------- derivation
def derive(c):
    T = SCEN_T[c['scenarioId']]
    S = SCEN_M[c['scenarioId']]
    Y = SCEN[c['scenarioId']]
    cid = c['contactId']
    voice = c['channel'] == 'voice'
    req = Y['requires']
    J = joined_at(c)
    D = dialogue(c)
    A = [t for t in D if t['speaker'] == 'agent']
    L, E, DEC = {}, defaultdict(list), []   # labels, evidence, decisive lines (category, template)
    # 1 greeting
    g = find_any(A[0]['text'], T['greet'], cid, T) if A else []
    g = [h for h in g if h[0] <= 4]
    L['greeting'] = 'pass' if g else 'fail'
    if g:
        DEC.append(('greet', g[0][1])); E['greeting'] = [('rm', 0, g[0][2])]
    else:
        b = find_any(A[0]['text'], T['greet_bad'], cid, T)
        if b:
            DEC.append(('greet_bad', b[0][1]))
    # 2 agent-id
    ids = [(k, h) for k in range(min(2, len(A))) for h in find_any(A[k]['text'], T['ids'], cid, T)]
    L['agent-id'] = 'pass' if ids else 'fail'
    for k, h in ids:
        DEC.append(('id', h[1]))
    E['agent-id'] = [('rm', k, h[2]) for k, h in ids]
    if not ids:
        for t in A[2:]:
            h = find_any(t['text'], T['ids'], cid, T)
            if h:
                DEC.append(('id', h[0][1]))
                break
    # 3 closing
    walk = any(find_any(t['text'], T['walkout'], cid, T) for t in D if t['speaker'] == 'customer')
    if walk:
        L['closing'] = 'na'
    else:
        last = None
        for t in reversed(A):
            rest = t['text']
            for h in find_any(t['text'], T['survey'], cid, T):
                rest = rest.replace(h[2], '')
            if re.sub(r'[\s呃嗯那个就是，。？！、,.?!]', '', rest):
                last = t
                break
        cl = find_any(last['text'], T['close'], cid, T) if last else []
        L['closing'] = 'pass' if cl else 'fail'
        if cl:
            DEC.append(('close', cl[0][1])); E['closing'] = [('rm', A.index(last), cl[0][2])]
        elif last is not None:
            for h in find_any(last['text'], T['close_bad'] + T['wrapup'], cid, T):
                DEC.append(('close_bad', h[1]))
    # 4/7 forbidden + politeness
    jy, rude = [], []
    for k, t in enumerate(A):
        for cat in ('rude', 'toldyou', 'tuiwei', 'lengmo'):
            for h in find_any(t['text'], T[cat], cid, T):
                jy.append((k, h[2])); DEC.append((cat, h[1]))
                if cat == 'rude':
                    rude.append((k, h[2]))
                if cat == 'toldyou' and not re.sub(r'[\s呃嗯那个就是，。？！、,.?!]', '', t['text'].replace(h[2], '')):
                    rude.append((k, h[2]))
    L['forbidden-words'] = 'fail' if jy else 'pass'
    L['politeness'] = 'fail' if rude else 'pass'
    E['forbidden-words'] = jy
    E['politeness'] = jy
    # facts (used by several checks)
    FH = []
    for k, t in enumerate(A):
        for h in fact_hits(t['text'], S, T, cid):
            FH.append((k, h[0], h[1], h[2], h[3], h[4], h[5]))
    FH.sort()
    for x in FH:
        DEC.append(('fact', x[5]))
    # 5 verification
    recf = [f for f in S['facts'] if f['record']][0]['key']
    if not req['verification']:
        L['verification'] = 'na'
    else:
        va = [(k, h[0], h) for k, t in enumerate(A) for h in find_any(t['text'], T['verify'], cid, T)]
        disc = [(x[0], x[1]) for x in FH if x[2] == recf]
        if va:
            DEC.append(('verify', va[0][2][1]))
        if not va:
            L['verification'] = 'fail'
        elif disc and disc[0] < (va[0][0], va[0][1]):
            L['verification'] = 'fail'
        else:
            L['verification'] = 'pass'
        E['verification'] = [('rm', k, h[2]) for k, p, h in va]
    # timing: silences before agent turns
    sil = []  # (index in D, silence, announced, is_hold)
    hs = [e for e in c['events'] if e['type'] == 'hold-end']
    prevmax = J
    last_agent = None
    for i, t in enumerate(D):
        if t['speaker'] == 'agent':
            s = t['startMs'] - prevmax
            ann = last_agent is not None and bool(find_any(last_agent['text'], T['hold_ask'], cid, T))
            ev_hold = any(prevmax <= e['atMs'] <= t['startMs'] for e in hs)
            thr = 15000 if voice else 30000
            sil.append((i, s, ann, s >= thr or ev_hold))
            last_agent = t
        prevmax = max(prevmax, t['endMs'])
    # 6 hold
    holds = [x for x in sil if x[3]]
    if not holds:
        L['hold-etiquette'] = 'na'
    else:
        bad = []
        for (i, s, ann, _) in holds:
            th = find_any(D[i]['text'], T['hold_thanks'], cid, T)
            if ann:
                prev_ag = [t for t in D[:i] if t['speaker'] == 'agent'][-1]
                DEC.append(('hold_ask', find_any(prev_ag['text'], T['hold_ask'], cid, T)[0][1]))
            if th:
                DEC.append(('hold_thanks', th[0][1]))
            if not (ann and th):
                bad.append(i)
        L['hold-etiquette'] = 'fail' if bad else 'pass'
        E['hold-etiquette'] = bad if bad else [i for (i, s, a, h) in holds]
    # 8 interruption
    if not voice:
        L['interruption'] = 'na'
    else:
        intr = []
        for i, t in enumerate(D):
            if t['speaker'] != 'agent':
                continue
            for x in D:
                if x['speaker'] == 'customer' and x['startMs'] < t['startMs'] < x['endMs'] and x['endMs'] - t['startMs'] >= 800:
                    intr.append((i, x['endMs']))
        L['interruption'] = 'fail' if intr else 'pass'
        E['interruption'] = intr
    # 9 dead-air
    thr = 8000 if voice else 30000
    da = [(i, s) for (i, s, ann, h) in sil if s >= thr and not ann]
    L['dead-air'] = 'fail' if da else 'pass'
    E['dead-air'] = da
    # 10 speech rate
    if not voice:
        L['speech-rate'] = 'na'
    else:
        ts = [t for t in A if t['endMs'] - t['startMs'] >= 1500]
        ch = sum(spoken_chars(t['text']) for t in ts)
        ms = sum(t['endMs'] - t['startMs'] for t in ts)
        rate = ch / ms * 60000 if ms else 200
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
    # 11 empathy
    comps = []
    for i, t in enumerate(D):
        if t['speaker'] == 'customer':
            for h in find_any(t['text'], S['complaints'], cid, T):
                comps.append((i, h[1]))
    if not comps and not req['empathy']:
        L['empathy'] = 'na'
    else:
        bad = []
        acks_seen = set()
        for (i, tpl) in comps:
            DEC.append(('complaint', tpl))
            nxt = [j for j in range(i + 1, len(D)) if D[j]['speaker'] == 'agent'][:2]
            ok = False
            for j in nxt:
                a = find_any(D[j]['text'], S['acks'], cid, T)
                if a:
                    ok = True
                    if (j, a[0][1]) not in acks_seen:
                        acks_seen.add((j, a[0][1]))
                        DEC.append(('ack', a[0][1]))
                    break
            if not ok:
                bad.append((i, nxt[0] if nxt else None))
        L['empathy'] = 'fail' if (bad or not comps) else 'pass'
        E['empathy'] = bad
    # 12 resolution
    unres = []
    for i, t in enumerate(D):
        if t['speaker'] != 'customer':
            continue
        for (q, a, casual) in T['side']:
            if find(t['text'], q, cid)[0] < 0:
                continue
            DEC.append(('sideq', q))
            later = [x for x in D[i + 1:] if x['speaker'] == 'agent']
            if any(find(x['text'], a, cid)[0] >= 0 for x in later):
                DEC.append(('sidea', a))
                continue
            sh = [h for x in later for h in find_any(x['text'], T['shrug'], cid, T)]
            if casual and sh:
                DEC.append(('shrug', sh[0][1]))
                continue
            na_ = [h for x in later for h in find_any(x['text'], T['nonans'], cid, T)]
            if na_:
                DEC.append(('nonans', na_[0][1]))
            unres.append((i, a))
    # the matter: facts the customer asked about (opening or explicit question) must be stated by the agent somewhere
    for i, t in enumerate(D):
        if t['speaker'] != 'customer':
            continue
        asked = []
        for o, tg in zip(S['openings'], S['opening_facts']):
            if find(t['text'], o, cid)[0] >= 0:
                asked += tg
        for f in S['facts']:
            if find(t['text'], f['reask'], cid)[0] >= 0:
                asked.append(f['key'])
        for key in asked:
            if not any(x[2] == key for x in FH):
                f = [f for f in S['facts'] if f['key'] == key][0]
                unres.append((i, f['says'][0].replace('{v}', f['expected'])))
    L['resolution'] = 'fail' if unres else 'pass'
    E['resolution'] = unres
    # 13 first response
    fr = Y['sla']['firstResponseMs']
    L['first-response'] = 'pass' if A and A[0]['startMs'] - J <= fr else 'fail'
    # 14 latency
    lat = Y['sla']['responseLatencyMs']
    pending = None
    late = []
    silmap = {i: (s, ann) for (i, s, ann, h) in sil}
    for i, t in enumerate(D):
        if t['speaker'] == 'customer':
            if pending is None:
                pending = (t['startMs'] if not voice else t['endMs'], i)
        else:
            if pending is not None:
                if not silmap[i][1] and t['startMs'] - pending[0] > lat:
                    late.append((i, pending[0], pending[1]))
                pending = None
    L['response-latency'] = 'fail' if late else 'pass'
    E['response-latency'] = late
    # 15/16 facts
    fa_bad, mis = [], []
    for f in S['facts']:
        st = [x for x in FH if x[2] == f['key']]
        if not st or st[-1][4]:
            fa_bad.append(f['key'])
        mis += [x for x in st if x[4]]
    L['fact-accuracy'] = 'fail' if fa_bad else 'pass'
    L['no-misinformation'] = 'fail' if mis else 'pass'
    E['fact-accuracy'] = fa_bad
    E['no-misinformation'] = mis
    # 17 reference
    if not req['reference']:
        L['record-reference'] = 'na'
    else:
        r = [(k, h) for k, t in enumerate(A) for h in find_any(t['text'], T['ref'], cid, T)]
        L['record-reference'] = 'pass' if r else 'fail'
        for k, h in r:
            DEC.append(('ref', h[1]))
        E['record-reference'] = [('rm', k, h[2]) for k, h in r]
    # 18 survey
    if not req['survey']:
        L['survey-offered'] = 'na'
    else:
        r = [(k, h) for k, t in enumerate(A) for h in find_any(t['text'], T['survey'], cid, T)]
        L['survey-offered'] = 'pass' if r else 'fail'
        for k, h in r:
            DEC.append(('survey', h[1]))
        E['survey-offered'] = [('rm', k, h[2]) for k, h in r]
    # 19 required info
    missing = []
    for item in Y['requiredInfo']:
        if not any(re.search(p, t['text']) for t in A for p in item['patterns']):
            missing.append(item['key'])
        else:
            mi = [m for m in S['req'] if m['key'] == item['key']][0]
            for t in A:
                h = find_any(t['text'], mi['asks'], cid, T)
                if h:
                    DEC.append(('ask', h[0][1]))
    L['required-info'] = 'fail' if missing else 'pass'
    E['required-info'] = missing
    return L, E, DEC

# ---------------------------------------------------------------- mutation
def agent_turns(c):
    return [t for t in dialogue(c) if t['speaker'] == 'agent']

def mutate(c, check, label, E):
    """returns a mutated copy meant to flip `check`, or None when no mutation applies."""
    m = copy.deepcopy(c)
    T = SCEN_T[c['scenarioId']]; S = SCEN_M[c['scenarioId']]; Y = SCEN[c['scenarioId']]
    cid = c['contactId']
    A = agent_turns(m)
    D = dialogue(m)
    J = joined_at(m)
    def rm_all(tpls, turns):
        for t in turns:
            for h in find_any(t['text'], tpls, cid, T):
                t['text'] = t['text'].replace(h[2], '')
    def shift_tail(t0, delta):
        for x in m['turns']:
            if x['startMs'] >= t0:
                x['startMs'] -= delta; x['endMs'] -= delta
    def add_turn(text):
        end = max(t['endMs'] for t in m['turns'])
        m['turns'].append(dict(speaker='agent', text=text, startMs=end + 500, endMs=end + 500 + (3000 if m['channel'] == 'voice' else 0), confidence=0.95))
    if check == 'greeting':
        if label == 'fail':
            A[0]['text'] = T['greet'][0] + A[0]['text']
        else:
            rm_all(T['greet'], [A[0]])
    elif check == 'agent-id':
        if label == 'fail':
            A[0]['text'] += fill(T['ids'][0], cid, T)
        else:
            rm_all(T['ids'], A[:2])
    elif check == 'closing':
        if label == 'fail':
            add_turn(T['close'][0])
        else:
            rm_all(T['close'], A)
    elif check in ('forbidden-words', 'politeness'):
        if label != 'fail':
            return None
        rm_all(T['rude'] + T['toldyou'] + T['tuiwei'] + T['lengmo'], A)
    elif check == 'verification':
        if label == 'fail':
            A[0]['text'] = T['verify'][0] + A[0]['text']
        else:
            rm_all(T['verify'], A)
    elif check == 'hold-etiquette':
        if label == 'fail':
            for i in E['hold-etiquette']:
                prev = [t for t in D[:i] if t['speaker'] == 'agent']
                if prev:
                    prev[-1]['text'] += T['hold_ask'][0]
                D[i]['text'] = T['hold_thanks'][0] + D[i]['text']
        else:
            for i in E['hold-etiquette']:
                rm_all(T['hold_thanks'], [D[i]])
    elif check == 'interruption':
        if label != 'fail':
            return None
        for i, ce in E['interruption']:
            d = D[i]['endMs'] - D[i]['startMs']
            D[i]['startMs'] = ce + 300; D[i]['endMs'] = ce + 300 + d
    elif check == 'dead-air':
        if label != 'fail':
            return None
        for i, s in sorted(E['dead-air'], reverse=True):
            shift_tail(D[i]['startMs'], s - 1000)
    elif check == 'speech-rate':
        if label != 'fail':
            return None
        for t in A:
            n = spoken_chars(t['text'])
            if t['endMs'] - t['startMs'] >= 1500:
                t['endMs'] = t['startMs'] + int(n / 200 * 60000)
    elif check == 'empathy':
        if label == 'fail':
            if not E['empathy']:
                return None
            for i, j in E['empathy']:
                if j is not None:
                    D[j]['text'] = S['acks'][0] + D[j]['text']
        else:
            rm_all(S['acks'], A)
    elif check == 'resolution':
        if label != 'fail':
            return None
        for i, a in E['resolution']:
            A[-1]['text'] += a
    elif check == 'first-response':
        if label != 'fail':
            return None
        shift_tail(A[0]['startMs'], A[0]['startMs'] - J - 1000)
    elif check == 'response-latency':
        if label != 'fail':
            return None
        for i, p0, pi in sorted(E['response-latency'], reverse=True):
            for x in D[pi + 1:i]:
                if x['speaker'] == 'customer' and x['text'] in NUDGE:
                    m['turns'].remove(x)
            shift_tail(D[i]['startMs'], D[i]['startMs'] - max(p0 + 1000, max([x['endMs'] for x in D[:i] if x['text'] not in NUDGE] + [J]) + 500))
    elif check == 'fact-accuracy':
        fs = S['facts']
        if label == 'fail':
            for f in fs:
                A[-1]['text'] += f['says'][0].replace('{v}', f['expected'])
        else:
            A[-1]['text'] += fs[0]['says'][0].replace('{v}', fs[0]['wrong'][0])
    elif check == 'no-misinformation':
        if label != 'fail':
            return None
        for x in E['no-misinformation']:
            A[x[0]]['text'] = A[x[0]]['text'].replace(x[6], '')
    elif check in ('record-reference', 'survey-offered'):
        cat = 'ref' if check == 'record-reference' else 'survey'
        if label == 'fail':
            A[-1]['text'] += fill(T[cat][0], cid, T)
        else:
            rm_all(T[cat], A)
    elif check == 'required-info':
        if label == 'fail':
            for key in E['required-info']:
                A[0]['text'] += [m_ for m_ in S['req'] if m_['key'] == key][0]['asks'][0]
        else:
            for t in A:
                for item in Y['requiredInfo']:
                    for p in item['patterns']:
                        t['text'] = re.sub(p, '', t['text'])
    else:
        return None
    m['turns'].sort(key=lambda x: x['startMs'])
    return m

# ---------------------------------------------------------------- lint
DECISIVE_CATS = ['greet', 'greet_bad', 'ids', 'close', 'close_bad', 'wrapup', 'survey', 'ref', 'verify', 'hold_ask',
                 'hold_thanks', 'rude', 'toldyou', 'tuiwei', 'lengmo', 'nonans', 'shrug', 'correction']

def trade_lines(T):
    out = []
    for cat in DECISIVE_CATS:
        out += [(cat, x) for x in T[cat]]
    out += [('sideq', q) for q, a, cs in T['side']] + [('sidea', a) for q, a, cs in T['side']]
    for S in T['scen']:
        out += [('complaint', x) for x in S['complaints']] + [('ack', x) for x in S['acks']]
        for f in S['facts']:
            out += [('fact', x) for x in f['says']]
        for r in S['req']:
            out += [('ask', x) for x in r['asks']]
    return out

def lint():
    issues = []
    cores = {}
    for T in TRADES:
        lines = trade_lines(T)
        seen = {}
        for cat, x in lines:
            if not x.strip() or x.strip()[-1] not in '。？！':
                issues.append('%s %s: no final punctuation: %s' % (T['key'], cat, x))
            if cat in ('fact', 'correction') and '{v}' not in x:
                issues.append('%s: fact template without slot: %s' % (T['key'], x))
            if cat == 'ref' and '{ref}' not in x:
                issues.append('%s: ref without {ref}: %s' % (T['key'], x))
            if cat == 'ids' and '{n}' not in x and '{name}' not in x:
                issues.append('%s: id without number or name: %s' % (T['key'], x))
            k = core(x, T)
            if not k:
                issues.append('%s: empty core: %s' % (T['key'], x))
            if k in seen and seen[k] != cat:
                issues.append('%s: same core in %s and %s: %s' % (T['key'], seen[k], cat, x))
            seen[k] = cat
        cores[T['key']] = set(seen)
        # substring collisions between categories
        plain = [(cat, re.sub(r'[%s]' % ''.join(PUNCT), '', x)) for cat, x in lines]
        for c1, a in plain:
            for c2, b in plain:
                if c1 != c2 and a != b and len(a) >= 2 and a in b and c1 != 'greet_bad':
                    issues.append('%s: %s line inside %s line: %s / %s' % (T['key'], c1, c2, a, b))
        # required-info patterns: asks match, nothing else in the trade's agent lines does
        agent_side = [x for cat, x in lines if cat not in ('sideq', 'complaint', 'ask')] + T['lookalike'] + [p[1] for p in T['small']]
        for S in T['scen']:
            for r in S['req']:
                for a in r['asks']:
                    if not any(re.search(p, a) for p in r['patterns']):
                        issues.append('%s: ask not matched by its pattern: %s' % (S['id'], a))
                    if any(re.search(p, noisy(a, 'lint')) is None for p in r['patterns']) and not any(re.search(p, noisy(a, 'lint')) for p in r['patterns']):
                        issues.append('%s: noisy ask unmatched: %s' % (S['id'], a))
                for x in agent_side:
                    if any(re.search(p, x) for p in r['patterns']):
                        issues.append('%s: pattern of %s matches a non-ask line: %s' % (S['id'], r['key'], x))
                for p in r['patterns']:
                    for a, b in HOMO:
                        if a in p:
                            issues.append('%s: pattern uses a homophone-noised word %s' % (S['id'], a))
            vals = []
            for f in S['facts']:
                vs = [f['expected']] + f['variants'] + f['wrong']
                if set(f['wrong']) & set([f['expected']] + f['variants']):
                    issues.append('%s: wrong value equals right value' % S['id'])
                vals += vs
            if len(vals) != len(set(vals)):
                issues.append('%s: values shared between facts' % S['id'])
    keys = list(cores)
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            both = cores[keys[i]] & cores[keys[j]]
            for k in sorted(both):
                issues.append('core wording in two trades (%s, %s): %s' % (keys[i], keys[j], k))
    return issues

# ---------------------------------------------------------------- main
def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')}
    dis = []
    usage = Counter()
    trade_of_core = defaultdict(set)
    mut_total = mut_caught = 0
    mut_miss = []
    reasons = Counter()
    for c in contacts:
        lab = labels[c['contactId']]
        if c['outcome'] != 'completed' or not any(t['speaker'] == 'agent' for t in c['turns']):
            if any(v != 'na' for v in lab['labels'].values()):
                dis.append((c['contactId'], 'special', 'not all na'))
            continue
        L, E, DEC = derive(c)
        for k in CHECKS:
            if L[k] != lab['labels'][k]:
                dis.append((c['contactId'], k, 'derived %s, labelled %s' % (L[k], lab['labels'][k])))
            if lab['labels'][k] == 'fail':
                if not lab['why'].get(k):
                    dis.append((c['contactId'], k, 'fail without reason'))
                reasons[lab['why'].get(k)] += 1
        T = SCEN_T[c['scenarioId']]
        for cat, tpl in DEC:
            key = core(tpl, T)
            usage[(T['key'], key)] += 1
            trade_of_core[key].add(T['key'])
        for k in CHECKS:
            if L[k] == 'na':
                continue
            m = mutate(c, k, L[k], E)
            if m is None:
                continue
            mut_total += 1
            L2, _, _ = derive(m)
            if L2[k] != L[k]:
                mut_caught += 1
            else:
                mut_miss.append((c['contactId'], k, L[k]))
    issues = lint()
    for d in dis[:40]:
        print('DISAGREE', *d)
    for i in issues[:40]:
        print('LINT', i)
    for x in mut_miss[:20]:
        print('MUTATION-MISSED', *x)
    top = usage.most_common(5)
    shared = [k for k, v in trade_of_core.items() if len(v) > 1]
    dup_reasons = [r for r, n in reasons.items() if n > 1]
    print('contacts: %d  disagreements: %d  lint: %d' % (len(contacts), len(dis), len(issues)))
    print('highest core-wording use: %d  %s' % (top[0][1] if top else 0, top[:3]))
    print('core wordings used in two trades: %d' % len(shared))
    print('duplicate fail reasons: %d' % len(dup_reasons))
    print('mutation check: %d/%d caught' % (mut_caught, mut_total))
    ok = not dis and not issues and (not top or top[0][1] <= 3) and not shared and mut_caught == mut_total and not dup_reasons
    print('RESULT:', 'OK' if ok else 'PROBLEMS')
    return 0 if ok else 1

if __name__ == '__main__':
    sys.exit(main())
