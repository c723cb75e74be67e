"""Validator: re-derives every label from the written contacts, the material and the scenario files; lints the
material; counts every decisive wording (core form); runs a mutation check."""
import json, os, re, sys, random
from collections import Counter, defaultdict
from common import *

mats = {d: load(d) for d in DOMAINS}
problems = []

# ---------- scenarios (read from the YAML files written out)
def parse_list(s):
    return [json.loads(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"', s)]
SC = {}
for f in sorted(os.listdir(os.path.join(OUT, 'scenarios'))):
    y = open(os.path.join(OUT, 'scenarios', f), encoding='utf-8').read()
    sid = re.search(r'^id: (\S+)', y, re.M).group(1)
    facts = []
    for m in re.finditer(r'- \{ key: ([\w-]+), label: ("[^"]*"), expected: ("[^"]*"), variants: \[([^\]]*)\], wrong: \[([^\]]*)\]', y):
        facts.append(dict(key=m.group(1), expected=json.loads(m.group(3)), variants=parse_list(m.group(4)), wrong=parse_list(m.group(5))))
    info = [json.loads(x) for x in re.findall(r'patterns: \[("(?:[^"\\]|\\.)*")\]', y)]
    rq = dict(re.findall(r'(verification|reference|empathy|survey): (true|false)', y))
    sla = re.search(r'firstResponseMs: (\d+), responseLatencyMs: (\d+)', y)
    SC[sid] = dict(facts=facts, info=info, req={k: v == 'true' for k, v in rq.items()}, first=int(sla.group(1)), lat=int(sla.group(2)))
    if f != sid + '.yaml': problems.append(f'scenario file name {f} != id {sid}')
    if not re.fullmatch(r'[a-z0-9-]+', sid): problems.append(f'bad id {sid}')

# ---------- material index per domain
AGENT_CATS = ['greet_ok', 'greet_bad', 'id_ok', 'id_bad', 'close_ok', 'close_bad', 'fw_rude', 'fw_only', 'fw_look', 'verify',
              'hold_ask', 'hold_thx', 'hold_nothx', 'emp_ok', 'emp_bad', 'nonans', 'correction', 'ref', 'fake_ref', 'survey', 'interrupt', 'deadb']
CUST_CATS = ['complaint', 'escal', 'walkout']
IDX = {}
for d, M in mats.items():
    ents = []
    for cat in AGENT_CATS:
        for t in M[cat]: ents.append(('agent', cat, t))
    for cat in CUST_CATS:
        for t in M[cat]: ents.append(('customer', cat, t))
    for i, (q, a) in enumerate(M['q2']):
        ents.append(('agent', f'q2ans', a)); ents.append(('customer', 'q2ask', q))
    for q, a in M['side']:
        ents.append(('agent', 'side_shrug', a)); ents.append(('customer', 'side', q))
    for sc in M['scen']:
        sid = scen_id(d, sc)
        for t in sc['f1']['say']: ents.append(('agent', 'f1say:' + sid, t))
        for t in sc['f2']['say']: ents.append(('agent', 'f2say:' + sid, t))
        for t in sc['disc']: ents.append(('agent', 'disc:' + sid, t))
        for t in sc['info']['ask']: ents.append(('agent', 'ask:' + sid, t))
        for t in sc['f1']['ask']: ents.append(('customer', 'f1ask:' + sid, t))
    IDX[d] = [(spk, cat, t, tmpl_regex(t)) for spk, cat, t in ents]

def dummy(t):
    return PH.sub(lambda m: {'v': '某值', 'ref': 'GD12345678', 'id': '2046', 'name': '小某', 'sur': '某', 'org': '某机构'}.get(m.group(1), '某'), t)

# ---------- lint
for d, ents in IDX.items():
    for i, (s1, c1, t1, r1) in enumerate(ents):
        for j, (s2, c2, t2, r2) in enumerate(ents):
            if i != j and t1 != t2 and r1.search(norm(dummy(t2))):
                problems.append(f'lint {d}: {c1}「{t1}」is found inside {c2}「{t2}」')
    M = mats[d]
    allvals = []
    for sc in M['scen']:
        for fk in ('f1', 'f2'):
            f = sc[fk]
            acc = [f['expected']] + f['variants']
            for a in acc:
                for w in f['wrong']:
                    if norm(a) in norm(w) or norm(w) in norm(a): problems.append(f'lint {d}: accepted {a} / wrong {w} overlap')
            for t in f['say'] + M['correction']:
                if '{v}' not in t: problems.append(f'lint {d}: fact line without value {t}')
            allvals += [(sc['key'], v) for v in acc + f['wrong']]
    for spk, cat, t, r in ents:
        if cat.startswith(('f1say', 'f2say')) or cat == 'correction': continue
        for k, v in allvals:
            if norm(v) in norm(dummy(t)): problems.append(f'lint {d}: value {v} inside non-fact line {cat}「{t}」')
    for sc in M['scen']:
        pat = re.compile(sc['info']['pattern'])
        for a in sc['info']['ask']:
            if not pat.search(norm(a)): problems.append(f'lint {d}: info pattern misses ask {a}')
        for spk, cat, t, r in ents:
            if spk == 'agent' and not cat.startswith('ask:') and pat.search(norm(dummy(t))):
                problems.append(f'lint {d}: info pattern {sc["info"]["pattern"]} matches {cat}「{t}」')
    for t in M['greet_ok']:
        if not any(g in norm(dummy(t))[:8] for g in GREET_WORDS): problems.append(f'lint {d}: greet_ok without greeting word {t}')
    for t in M['greet_bad']:
        if any(g in norm(dummy(t)) for g in GREET_WORDS): problems.append(f'lint {d}: greet_bad with greeting word {t}')
# cross-domain: no core shared between domains
cores = defaultdict(set)
for d, ents in IDX.items():
    for spk, cat, t, r in ents: cores[core(t)].add(d)
for c, ds in cores.items():
    if len(ds) > 1: problems.append(f'lint: core {c} used in domains {sorted(ds)}')

# ---------- derivation
def is_bc(t):
    return t['speaker'] == 'agent' and PUNCT.sub('', t['text']) in BACKCHANNEL

def matches(d, text, spk):
    n = norm(text)
    out = []
    for s, cat, t, r in IDX[d]:
        if s != spk: continue
        for m in r.finditer(n):
            out.append((m.start(), cat, t))
    return sorted(out)

def value_hits(n, vals):
    hits = []
    for v in vals:
        nv = norm(v)
        for m in re.finditer(re.escape(nv), n):
            hits.append((m.start(), -len(nv), v))
    hits.sort()
    out, last_end = [], -1
    for p, l, v in hits:
        if p >= last_end:
            out.append((p, v)); last_end = p - l
    return out

USES = Counter(); USE_WHERE = defaultdict(list)
def derive(c):
    d = c['scenarioId'].split('-')[1]
    sc = SC[c['scenarioId']]
    voice = c['channel'] == 'voice'
    ev = c['events']
    joined = next((e['atMs'] for e in ev if e['type'] == 'agent-joined'), next((e['atMs'] for e in ev if e['type'] == 'answered'), 0))
    turns = [t for t in c['turns'] if t['speaker'] in ('agent', 'customer') and t['startMs'] >= joined]
    main = [t for t in turns if not is_bc(t)]
    for t in main:
        t['_m'] = matches(d, t['text'], t['speaker'])
        for p, cat, tm in t['_m']:
            USES[core(tm)] += 1; USE_WHERE[core(tm)].append(c['contactId'])
    ag = [t for t in main if t['speaker'] == 'agent']
    has = lambda t, cat: any(m[1] == cat or m[1].startswith(cat + ':') for m in t['_m'])
    L = {}
    # greeting
    L['greeting'] = 'pass' if ag and any(g in norm(ag[0]['text'])[:8] for g in GREET_WORDS) else 'fail'
    L['agent-id'] = 'pass' if any(has(t, 'id_ok') for t in ag[:2]) else 'fail'
    last = main[-1]
    hang = next((e['detail']['by'] for e in ev if e['type'] == 'hangup'), None)
    if last['speaker'] == 'customer' and has(last, 'walkout') and hang in (None, 'customer'):
        L['closing'] = 'na'
    else:
        L['closing'] = 'pass' if any(has(t, 'close_ok') for t in ag[-2:]) else 'fail'
    L['forbidden-words'] = 'fail' if any(has(t, 'fw_rude') or has(t, 'fw_only') for t in ag) else 'pass'
    L['politeness'] = 'fail' if any(has(t, 'fw_rude') for t in ag) else 'pass'
    # verification
    f1 = sc['facts'][0]; f2 = sc['facts'][1]
    f1vals = [f1['expected']] + f1['variants'] + f1['wrong']
    if not sc['req']['verification']:
        L['verification'] = 'na'
    else:
        fv = fd = None
        for i, t in enumerate(ag):
            for p, cat, tm in t['_m']:
                if cat == 'verify' and fv is None: fv = (i, p)
                if cat.startswith('disc') and fd is None: fd = (i, p)
            vh = value_hits(norm(t['text']), f1vals)
            if vh and (fd is None or (i, vh[0][0]) < fd): fd = min(fd or (i, vh[0][0]), (i, vh[0][0]))
        L['verification'] = 'pass' if fv is not None and (fd is None or fv < fd) else 'fail'
    # timeline
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    hold_pairs = [(e['atMs']) for e in ev if e['type'] == 'hold-start']
    holds = []; dead = False; lat_fail = False; pending = None
    prev_end = joined; last_agent = None
    for t in main:
        if t['speaker'] == 'agent':
            gap = t['startMs'] - prev_end
            announced = last_agent is not None and has(last_agent, 'hold_ask')
            is_hold = gap >= hold_thr or any(prev_end <= h <= t['startMs'] for h in hold_pairs)
            if is_hold:
                holds.append(announced and has(t, 'hold_thx'))
            if gap >= dead_thr and not announced:
                dead = True
            if pending is not None:
                if t['startMs'] - pending > sc['lat'] and not announced:
                    lat_fail = True
                pending = None
            last_agent = t
        else:
            if pending is None: pending = t['endMs']
        prev_end = max(prev_end, t['endMs']) if t['speaker'] == 'customer' or True else prev_end
    L['hold-etiquette'] = 'na' if not holds else 'pass' if all(holds) else 'fail'
    L['dead-air'] = 'fail' if dead else 'pass'
    L['response-latency'] = 'fail' if lat_fail else 'pass'
    L['first-response'] = 'pass' if ag and ag[0]['startMs'] - joined <= sc['first'] else 'fail'
    if voice:
        inter = any(cu['startMs'] < a['startMs'] and cu['endMs'] - a['startMs'] >= 1000 for a in ag for cu in main if cu['speaker'] == 'customer')
        L['interruption'] = 'fail' if inter else 'pass'
        ch = sum(spoken_chars(t['text']) for t in ag if t['endMs'] - t['startMs'] >= 1500)
        ms = sum(t['endMs'] - t['startMs'] for t in ag if t['endMs'] - t['startMs'] >= 1500)
        rate = ch / (ms / 60000)
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail' if (rate < 110 or rate > 320) else 'unclear'
    else:
        L['interruption'] = L['speech-rate'] = 'na'
    # empathy
    comp = [i for i, t in enumerate(main) if t['speaker'] == 'customer' and (has(t, 'complaint') or has(t, 'escal'))]
    if not comp:
        L['empathy'] = 'na'
    else:
        ok = True
        for i in comp:
            nxt = [t for t in main[i + 1:] if t['speaker'] == 'agent'][:2]
            if not any(has(t, 'emp_ok') for t in nxt): ok = False
        L['empathy'] = 'pass' if ok else 'fail'
    # resolution
    res = True
    q2 = mats[d]['q2']
    for i, t in enumerate(main):
        if t['speaker'] != 'customer': continue
        later = [x for x in main[i + 1:] if x['speaker'] == 'agent']
        for p, cat, tm in t['_m']:
            if cat.startswith('f1ask'):
                if not any(value_hits(norm(x['text']), f1vals) for x in later): res = False
            if cat == 'q2ask':
                ans = [a for q, a in q2 if q == tm][0]
                if not any(m[2] == ans for x in later for m in x['_m']): res = False
    L['resolution'] = 'pass' if res else 'fail'
    # facts
    alltxt = [norm(t['text']) for t in ag]
    fa = True; mis = False
    for f in (f1, f2):
        vals = [f['expected']] + f['variants'] + f['wrong']
        lastv = None
        for n in alltxt:
            for p, v in value_hits(n, vals):
                lastv = v
                if v in f['wrong']: mis = True
        if lastv is None or lastv in f['wrong']: fa = False
    L['fact-accuracy'] = 'pass' if fa else 'fail'
    L['no-misinformation'] = 'fail' if mis else 'pass'
    L['record-reference'] = 'na' if not sc['req']['reference'] else 'pass' if any(has(t, 'ref') for t in ag) else 'fail'
    L['survey-offered'] = 'na' if not sc['req']['survey'] else 'pass' if any(has(t, 'survey') for t in ag) else 'fail'
    pats = [re.compile(p) for p in sc['info']]
    L['required-info'] = 'pass' if all(any(p.search(norm(t['text'])) or p.search(t['text']) for t in ag) for p in pats) else 'fail'
    return L

contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')}
derived = {}
dis = []
for c in contacts:
    lab = labels[c['contactId']]
    if lab.get('special'):
        D = {k: 'na' for k in CHECKS}
        if c['outcome'] == 'failed' and not (c.get('failedBy') == 'harness' and c.get('errorCode') and not c['turns']):
            problems.append(f'{c["contactId"]}: failed contact malformed')
    else:
        D = derive(c)
    derived[c['contactId']] = D
    for k in CHECKS:
        if D[k] != lab['labels'][k]:
            dis.append(f'{c["contactId"]} {k}: label {lab["labels"][k]} derived {D[k]}')
    for k, v in lab['labels'].items():
        if v == 'fail' and not lab['why'].get(k): problems.append(f'{c["contactId"]}: fail {k} without reason')
# reasons must be distinct
whys = Counter(w for l in labels.values() for w in l['why'].values())
dupw = [(w, n) for w, n in whys.items() if n > 1]
# repetition
over = [(c, n) for c, n in USES.items() if n > 3]
# mutation check
rng = random.Random(7)
caught = 0
for cid, lab in labels.items():
    k = rng.choice(CHECKS)
    flipped = dict(lab['labels']); flipped[k] = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[flipped[k]]
    if any(flipped[x] != derived[cid][x] for x in CHECKS): caught += 1
# counts
cnt = {k: Counter(l['labels'][k] for l in labels.values()) for k in CHECKS}
if __name__ == '__main__':
    print('contacts', len(contacts), 'voice', sum(c['channel'] == 'voice' for c in contacts[:150]), 'chat', sum(c['channel'] == 'webchat' for c in contacts[:150]))
    print('turns per normal contact: min %d max %d' % (min(len(c['turns']) for c in contacts[:150]), max(len(c['turns']) for c in contacts[:150])))
    print('%-18s %5s %5s %5s' % ('check', 'pass', 'fail', 'na'))
    for k in CHECKS: print('%-18s %5d %5d %5d' % (k, cnt[k]['pass'], cnt[k]['fail'], cnt[k]['na']))
    for p in problems: print('PROBLEM', p)
    for x in dis: print('DISAGREE', x)
    print('decisive wordings counted:', len(USES), 'max uses', max(USES.values()))
    for c, n in sorted(over, key=lambda x: -x[1]): print('REPEAT', n, c, USE_WHERE[c][:5])
    for w, n in dupw: print('DUP-REASON', n, w)
    print(f'disagreements: {len(dis)}; problems: {len(problems)}; over-3 wordings: {len(over)}; duplicate reasons: {len(dupw)}; mutation caught {caught}/{len(labels)}')
    bal = [k for k in CHECKS if k not in ('first-response', 'required-info', 'interruption', 'speech-rate') and (cnt[k]['pass'] < 25 or cnt[k]['fail'] < 25)]
    bal += [k for k in ('interruption', 'speech-rate') if cnt[k]['fail'] < 15]
    print('balance short:', bal)
    sys.exit(1 if dis or problems or over or dupw or caught != len(labels) or bal else 0)
