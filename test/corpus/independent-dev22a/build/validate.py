# Validator for independent-dev22a: re-derives every label from contacts.jsonl + material + scenarios, lints material,
# counts decisive-wording reuse (max 3 per wording), runs a mutation check.
import json, os, re, sys, collections, copy
sys.path.insert(0, os.path.dirname(__file__))
import mat_common as M
from plan import DOMAINS
import importlib
MATS = {d: importlib.import_module('mat_' + d).D for d in DOMAINS}
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness', 'interruption', 'dead-air',
          'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency', 'fact-accuracy', 'no-misinformation', 'record-reference',
          'survey-offered', 'required-info']
CN = {'零': '0', '幺': '1', '一': '1', '二': '2', '两': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9'}
REV = {v: k for k, v in M.HOMO.items()}

def norm(t):
    for k, v in REV.items(): t = t.replace(k, v)
    t = re.sub(r'[\s，。？！、：；,.?!~～]', '', t)
    for f in M.FILLERS: t = t.replace(f, '')
    return ''.join(CN.get(ch, ch) for ch in t)

def raw(t): return re.sub(r'[\s，。？！、：；,.?!~～]', '', t)
BC = {raw(x) for x in M.BACKCH_AGENT}

# ---- pools (normalized) ----
def N(xs): return sorted({norm(x) for x in xs if norm(x)}, key=len, reverse=True)
POOL = {'emp': N(M.EMP), 'hann': N(M.HOLD_ANN2), 'hthx': N(M.HOLD_THX2), 'vask': N(M.VERIF_ASK), 'vok': N(M.VERIF_OK)}
DP = {}
for d in DOMAINS:
    m = MATS[d]
    DP[d] = dict(rude=N([b for a, b in m['rude']]), forbid=N([b for a, b in m['forbid']]), nonans=N([b for a, b, c in m['side']]),
                 sideq=N([a for a, b, c in m['side']]), sidea={norm(a): norm(c) for a, b, c in m['side']}, compl=N(m['complaints']))
GREET_RE = re.compile(r'(您好|你好|欢迎|早上好|上午好|下午好|晚上好)')
NAMES = [norm(x) for x in M.NAMES]
ID_RE = re.compile(r'((?<!受理)(工号|编号|坐席)[^0-9]{0,5}\d{3,6}|\d{3,6}号客服)')
REF_RE = re.compile(M.REF_RE)

def has(t, pool): return any(p in t for p in pool)

def derive(o, d, s):
    L = {k: 'na' for k in CHECKS}
    if o['outcome'] != 'completed' or not any(t['speaker'] == 'agent' for t in o['turns']):
        return L, {}
    voice = o['channel'] == 'voice'; P = DP[d]; sla = s['sla']
    turns = [dict(t, n=norm(t['text']), bc=(t['speaker'] == 'agent' and raw(t['text']) in BC)) for t in o['turns'] if t['speaker'] in ('agent', 'customer')]
    ag = [t for t in turns if t['speaker'] == 'agent' and not t['bc']]
    seq = [t for t in turns if not t['bc']]
    uses = collections.Counter()
    # greeting
    L['greeting'] = 'pass' if GREET_RE.search(ag[0]['n'][:6]) else 'fail'
    # agent id
    L['agent-id'] = 'pass' if any(ID_RE.search(t['n']) or any(nm in t['n'] for nm in NAMES) for t in ag[:2]) else 'fail'
    # closing
    last = seq[-1]
    if last['speaker'] == 'customer' and has(last['n'], N(M.CUST_WALKOUT)):
        L['closing'] = 'na'
    else:
        L['closing'] = 'pass' if any(re.search(M.CLOSE_RE, t['n']) for t in ag[-2:]) else 'fail'
    rude = [t for t in ag if has(t['n'], P['rude'])]
    forb = [t for t in ag if has(t['n'], P['forbid'])]
    L['politeness'] = 'fail' if rude else 'pass'
    L['forbidden-words'] = 'fail' if rude or forb else 'pass'
    # verification
    if s['requires']['verification']:
        dis = N(s['disclose']); chk = POOL['vask'] + POOL['vok']
        fi_d = next((i for i, t in enumerate(ag) if has(t['n'], dis)), None)
        fi_c = next((i for i, t in enumerate(ag) if has(t['n'], chk)), None)
        L['verification'] = 'pass' if fi_c is not None and (fi_d is None or fi_c < fi_d or (fi_c == fi_d and any(t['n'].find(x) >= 0 and min(t['n'].find(y) for y in dis if y in t['n']) > t['n'].find(x) for t in [ag[fi_c]] for x in chk if x in t['n']))) else 'fail'
    # timing: holds and dead air, latency
    thr_hold = 15000 if voice else 30000; thr_da = 8000 if voice else 30000
    evs = o['events']
    hs = [(e['atMs']) for e in evs if e['type'] == 'hold-start']
    joined = next((e['atMs'] for e in evs if e['type'] == 'agent-joined'), next((e['atMs'] for e in evs if e['type'] == 'answered'), 0))
    holds = []; da = False
    prev_end = None; last_agent = None
    for i, t in enumerate(seq):
        if t['speaker'] == 'agent':
            gap = t['startMs'] - (prev_end if prev_end is not None else joined)
            announced = last_agent is not None and has(last_agent['n'], POOL['hann'])
            evhold = any(prev_end is not None and prev_end <= h <= t['startMs'] for h in hs)
            if prev_end is not None and (gap >= thr_hold or evhold):
                holds.append((announced, has(t['n'], POOL['hthx'])))
                if not announced and gap >= thr_da: da = True
            elif gap >= thr_da:
                da = True
            last_agent = t
        prev_end = t['endMs'] if prev_end is None else max(prev_end, t['endMs'])
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(a and b for a, b in holds) else 'fail')
    L['dead-air'] = 'fail' if da else 'pass'
    # first response
    L['first-response'] = 'pass' if ag[0]['startMs'] - joined <= sla['firstResponseMs'] else 'fail'
    # latency
    lat = 'pass'; pending = None; la = None
    for t in seq:
        if t['speaker'] == 'customer':
            if pending is None: pending = t['endMs']
        else:
            if pending is not None:
                held = la is not None and has(la['n'], POOL['hann'])
                if t['startMs'] - pending > sla['responseLatencyMs'] and not held: lat = 'fail'
            pending = None; la = t
    L['response-latency'] = lat
    if voice:
        inter = 'pass'
        for i in range(1, len(turns)):
            t = turns[i]
            if t['speaker'] == 'agent' and not t['bc']:
                pc = [u for u in turns[:i] if u['speaker'] == 'customer']
                if pc and t['startMs'] <= pc[-1]['endMs'] - 1000: inter = 'fail'
        L['interruption'] = inter
        ch = sum(len(raw(t['text'])) for t in ag if t['endMs'] - t['startMs'] >= 1500)
        du = sum(t['endMs'] - t['startMs'] for t in ag if t['endMs'] - t['startMs'] >= 1500)
        r = ch * 60000 / du if du else 200
        L['speech-rate'] = 'pass' if 120 <= r <= 300 else 'fail'
    # empathy
    comp_idx = [i for i, t in enumerate(seq) if t['speaker'] == 'customer' and has(t['n'], P['compl'])]
    if comp_idx:
        ok = True
        for ci in comp_idx:
            nxt = [t for t in seq[ci + 1:] if t['speaker'] == 'agent'][:2]
            if not any(has(t['n'], POOL['emp']) for t in nxt): ok = False
        L['empathy'] = 'pass' if ok else 'fail'
    elif s['requires']['empathy']:
        L['empathy'] = 'fail'
    # resolution: non-answers not made good
    res = 'pass'
    for i, t in enumerate(seq):
        if t['speaker'] == 'agent' and has(t['n'], P['nonans']):
            q = next((u['n'] for u in reversed(seq[:i]) if u['speaker'] == 'customer' and has(u['n'], P['sideq'])), '')
            ans = next((P['sidea'][k] for k in P['sidea'] if k in q), None)
            later = [u for u in seq[i + 1:] if u['speaker'] == 'agent'][:2]
            if not (ans and any(ans in u['n'] for u in later)): res = 'fail'
    # asked facts answered
    for f in s['facts']:
        vals = N([f['expected']] + f['variants'] + f['wrong'])
        for i, t in enumerate(seq):
            if t['speaker'] == 'customer' and has(t['n'], N(f['ask'])):
                if not any(has(u['n'], vals) for u in seq[i + 1:] if u['speaker'] == 'agent'): res = 'fail'
    L['resolution'] = res
    # facts
    fa = 'pass'; mi = 'pass'
    for f in s['facts']:
        acc = N([f['expected']] + f['variants']); wr = N(f['wrong'])
        lastv = None
        for t in ag:
            for pos in sorted([(t['n'].rfind(v), 'ok') for v in acc if v in t['n']] + [(t['n'].rfind(v), 'bad') for v in wr if v in t['n']]):
                lastv = pos[1]
            if has(t['n'], wr): mi = 'fail'
        if lastv != 'ok': fa = 'fail'
    L['fact-accuracy'] = fa; L['no-misinformation'] = mi
    if s['requires']['reference']:
        L['record-reference'] = 'pass' if any(REF_RE.search(t['n'].upper()) for t in ag) else 'fail'
    if s['requires']['survey']:
        L['survey-offered'] = 'pass' if any(re.search(M.SURVEY_RE, t['n']) for t in ag) else 'fail'
    ri = 'pass'
    for it in s['requiredInfo']:
        if not any(re.search(p, t['text']) or re.search(p, t['n']) for t in ag for p in it['patterns']): ri = 'fail'
    L['required-info'] = ri
    return L, {}

def scen_map():
    out = {}
    for d in DOMAINS:
        for s in MATS[d]['scen']:
            out[s['id']] = (d, dict(facts=s['facts'], requires=s['req'], sla=s['sla'], disclose=s.get('disclose', []),
                                    requiredInfo=[{'key': s['info']['key'], 'patterns': [s['info']['pattern']]}]))
    # cross-check against the written YAML (requires / sla / fact values)
    for sid, (d, s) in out.items():
        y = open(os.path.join(OUT, 'scenarios', sid + '.yaml')).read()
        for f in s['facts']:
            assert json.dumps(f['expected'], ensure_ascii=False) in y, sid
        for k, v in s['requires'].items():
            assert f'{k}: {str(v).lower()}' in y, (sid, k)
        assert f"responseLatencyMs: {s['sla']['responseLatencyMs']}" in y
    return out

def lint():
    probs = []
    decisive = {'rude': [], 'forbid': [], 'nonans': [], 'emp': POOL['emp'], 'hann': POOL['hann'], 'hthx': POOL['hthx'], 'survey': N(M.SURVEY2), 'close': N(M.CLOSE)}
    for d in DOMAINS:
        for k in ('rude', 'forbid', 'nonans'): decisive[k] += DP[d][k]
    neutral = []
    for d in DOMAINS:
        m = MATS[d]
        neutral += [norm(a) for q, a in m['filler']] + [norm(c) for a, b, c in m['side']]
        for s in m['scen']:
            neutral += [norm(x) for f in s['facts'] for x in f['say']] + N(s.get('disclose', [])) + N(s['info']['ask'])
            # fact value substrings
            acc = N([f['expected'] for f in s['facts']]); 
            for f in s['facts']:
                A_ = N([f['expected']] + f['variants']); W = N(f['wrong'])
                for a in A_:
                    for w in W:
                        if a in w or w in a: probs.append(f'fact substring {a}/{w}')
                for t in f['say']:
                    if '{v}' not in t: probs.append('fact line without value ' + t)
            # info regex matches only its asks
            pat = s['info']['pattern']
            for a in s['info']['ask']:
                if not re.search(pat, a): probs.append('info ask not matched ' + a)
            others = [x for x in (M.VERIF_ASK + M.HOLD_ANN + [q for q, a in m['filler']] + [a for q, a in m['filler']] + [b for a, b in m['forbid']] + [b for a, b in m['rude']]) ]
            for x in others:
                if re.search(pat, x): probs.append(f'info regex {s["id"]} matches non-ask {x}')
    kw = {'close': M.CLOSE_RE, 'survey': M.SURVEY_RE}
    for x in neutral + POOL['emp'] + POOL['hann'] + POOL['hthx'] + POOL['vask'] + decisive['rude'] + decisive['forbid'] + decisive['nonans']:
        for k, r in kw.items():
            if re.search(r, x): probs.append(f'{k} keyword in other line {x}')
    for k, lines in decisive.items():
        for x in lines:
            for k2, lines2 in decisive.items():
                if k2 == k: continue
                for y in lines2:
                    if y in x: probs.append(f'{k} line contains {k2} line: {x} / {y}')
    for x in neutral:
        for k, lines in decisive.items():
            if k in ('close', 'survey'): continue
            for y in lines:
                if y in x: probs.append(f'neutral line contains {k}: {x}')
    return sorted(set(probs))

def reuse(contacts):
    """count decisive wordings across the set (codes/digits masked)"""
    cats = {'rude': [], 'forbid': [], 'nonans': [], 'emp': POOL['emp'], 'hann': POOL['hann'], 'hthx': POOL['hthx'], 'survey': N(M.SURVEY2),
            'close': N(M.CLOSE), 'closebad': N(M.CLOSE_BAD_LAST2), 'ref': N([x.replace('{ref}', '') for x in M.REF2]), 'askc': N(M.ASK_COLLEAGUE),
            'id': [],
            'greet': [], 'openbad': []}
    for d in DOMAINS:
        for k in ('rude', 'forbid', 'nonans'): cats[k] += DP[d][k]
        org = MATS[d]['org']
        cats['greet'] += N([g.format(org=org) for g in M.combos(M.GREET_HEAD, M.GREET_TAIL, M.GREET_OFFER)])
        cats['openbad'] += N([g.format(org=org) for g in M.OPEN_BAD])
    cnt = collections.Counter()
    for o in contacts:
        ag = [t for t in o['turns'] if t['speaker'] == 'agent' and raw(t['text']) not in BC]
        for j, t in enumerate(ag):
            n = norm(t['text'])
            n2 = re.sub(r'[A-Z]*[0-9]{6,}', '', n)
            for k, pool in cats.items():
                if k == 'closebad' and (j < len(ag) - 2 or n not in pool): continue
                if k == 'openbad' and GREET_RE.search(n[:6]): continue
                if k in ('greet', 'openbad') and j > 0: continue
                hay = n2 if k == 'ref' else n
                for p in pool:  # longest match only (pools sorted by length)
                    if p and p in hay:
                        cnt[(k, p)] += 1; break
            m = ID_RE.search(n)
            if m and j < 2: cnt[('id', m.group(0))] += 1
    return cnt

def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'))]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'))}
    sm = scen_map()
    dis = []; derived = {}
    for o in contacts:
        d, s = sm[o['scenarioId']]
        L, _ = derive(o, d, s); derived[o['contactId']] = L
        for k in CHECKS:
            if L[k] != labels[o['contactId']]['labels'][k]:
                dis.append((o['contactId'], k, labels[o['contactId']]['labels'][k], L[k]))
    for x in dis: print('DISAGREE', *x)
    print('disagreements:', len(dis))
    # counts
    tab = {k: collections.Counter(labels[c]['labels'][k] for c in labels) for k in CHECKS}
    print('check'.ljust(20), 'pass fail na')
    for k in CHECKS: print(k.ljust(20), tab[k]['pass'], tab[k]['fail'], tab[k]['na'])
    bad = [k for k in CHECKS if k not in ('interruption', 'speech-rate', 'first-response', 'required-info') and (tab[k]['pass'] < 25 or tab[k]['fail'] < 25)]
    bad += [k for k in ('interruption', 'speech-rate') if tab[k]['fail'] < 15]
    print('balance problems:', bad)
    ch = collections.Counter(o['channel'] for o in contacts if not o['contactId'].startswith('h15a-x'))
    print('channels', dict(ch))
    lens = [len(o['turns']) for o in contacts if not o['contactId'].startswith('h15a-x')]
    print('turns min/max', min(lens), max(lens))
    p = lint()
    for x in p[:40]: print('LINT', x)
    print('lint problems:', len(p))
    cnt = reuse(contacts)
    over = [(k, v) for k, v in cnt.items() if v > 3]
    for (k, w), v in sorted(over, key=lambda x: -x[1])[:30]: print('REUSE', k, v, w)
    print('wordings used more than 3 times:', len(over), '| distinct decisive wordings used:', len(cnt))
    # mutation check: flip one label per contact; the derived label must disagree
    caught = 0; total = 0
    for cid, lab in labels.items():
        k = CHECKS[hash(cid) % len(CHECKS)] if False else CHECKS[sum(map(ord, cid)) % len(CHECKS)]
        orig = lab['labels'][k]; flip = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[orig]
        total += 1
        if derived[cid][k] != flip: caught += 1
    print(f'mutation check: {caught}/{total} caught')
    sys.exit(1 if dis or p or over or caught != total or bad else 0)

if __name__ == '__main__':
    main()
