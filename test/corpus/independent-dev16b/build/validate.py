"""Re-derive every label from contacts.jsonl + material + scenarios, lint the material, run a mutation check."""
import json, os, re, sys, importlib, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import norm, spoken_chars
import mat_common as K
from plan import DOMAINS

OUT = os.path.dirname(HERE)
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
MATS = {d: importlib.import_module('mat_' + d).M for d in DOMAINS}
GREET_WORDS = ['您好', '你好', '欢迎', '早上好', '上午好', '下午好', '晚上好']
BACK = {'嗯', '嗯嗯', '对', '好的'}
DIGW = '[a-z0-9零一二三四五六七八九]'


def read_yaml_scen(path):
    """Tiny reader for the flow-style YAML gen.py writes (values are JSON-compatible)."""
    S = {'facts': [], 'info': []}
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if ln.startswith('id: '):
            S['id'] = ln[4:]
        elif ln.startswith('  - { key: '):
            body = ln[4:]
            key = re.match(r'\{ key: ([a-z0-9-]+),', body).group(1)
            rest = '{' + body[len('{ key: ' + key + ','):]
            rest = re.sub(r'(\s)([a-zA-Z]+): ', r'\1"\2": ', rest)
            obj = json.loads(rest)
            obj['key'] = key
            (S['facts'] if 'expected' in obj else S['info']).append(obj)
        elif ln.startswith('requires: ') or ln.startswith('sla: '):
            k = ln.split(':')[0]
            S[k] = {m.group(1): (m.group(2) == 'true' if m.group(2) in ('true', 'false') else int(m.group(2)))
                    for m in re.finditer(r'(\w+): (\w+)', ln[len(k) + 2:])}
    return S


def has(text, lst):
    n = norm(text)
    return any(norm(x) and norm(x) in n for x in lst)


def derive(x, M, S):
    L = {}
    voice = x['channel'] == 'voice'
    turns = x['turns']
    ev = x['events']
    joined = next((e['atMs'] for e in ev if e['type'] == 'agent-joined'), None)
    if joined is None:
        joined = next(e['atMs'] for e in ev if e['type'] == 'answered')
    holds_ev = [(e['atMs'], f['atMs']) for e, f in zip([e for e in ev if e['type'] == 'hold-start'], [e for e in ev if e['type'] == 'hold-end'])]

    cust = [t for t in turns if t['speaker'] == 'customer']

    def bc(t):
        return (voice and t['speaker'] == 'agent' and re.sub(r'[\s，。！？]', '', t['text']) in BACK
                and any(c['startMs'] < t['startMs'] < c['endMs'] for c in cust))
    ag = [t for t in turns if t['speaker'] == 'agent' and not bc(t)]
    R = S['requires']
    # greeting / id
    L['greeting'] = 'pass' if any(w in norm(ag[0]['text'])[:10] for w in GREET_WORDS) else 'fail'
    L['agent-id'] = 'pass' if any(has(t['text'], M['ids']) for t in ag[:2]) else 'fail'
    # closing
    last = turns[-1]
    if last['speaker'] == 'customer' and has(last['text'], K.WALK):
        L['closing'] = 'na'
    else:
        L['closing'] = 'pass' if any(has(t['text'], M['close']) for t in ag[-2:]) else 'fail'
    mild_bad = [m[1] for m in M['mild']]
    rude = any(has(t['text'], M['rude']) for t in ag)
    L['forbidden-words'] = 'fail' if rude or any(has(t['text'], mild_bad) for t in ag) else 'pass'
    L['politeness'] = 'fail' if rude else 'pass'
    # verification
    if not R['verification']:
        L['verification'] = 'na'
    else:
        vi = next((i for i, t in enumerate(ag) if has(t['text'], M['verify'])), None)
        di = next((i for i, t in enumerate(ag) if has(t['text'], S['_disclose'])), None)
        L['verification'] = 'pass' if vi is not None and (di is None or vi < di) else 'fail'
    # silences before agent turns
    thr_hold, thr_dead = (15000, 8000) if voice else (30000, 30000)
    holds, dead = [], False
    prev_end = joined
    prev_agent_text = None
    seq = [t for t in turns if not bc(t) and t['speaker'] in ('agent', 'customer')]
    first_agent = True
    for t in seq:
        if t['speaker'] == 'agent':
            gap = t['startMs'] - prev_end
            evh = any(prev_end <= a and b <= t['startMs'] for a, b in holds_ev)
            if not first_agent and (gap >= thr_hold or evh):
                ann = prev_agent_text is not None and has(prev_agent_text, M['hold_ann'])
                thx = has(t['text'], M['hold_thx'])
                holds.append(ann and thx)
                if not ann and gap >= thr_dead:
                    dead = True
            elif gap >= thr_dead:
                dead = True
            first_agent = False
            prev_agent_text = t['text']
        prev_end = max(prev_end, t['endMs'])
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
    L['dead-air'] = 'fail' if dead else 'pass'
    # interruption / speech rate
    if voice:
        bad = False
        lastc = None
        for t in turns:
            if t['speaker'] == 'customer':
                lastc = t
            elif t['speaker'] == 'agent' and not bc(t) and lastc and lastc['endMs'] - t['startMs'] >= 1000 and t['startMs'] > lastc['startMs']:
                bad = True
        L['interruption'] = 'fail' if bad else 'pass'
        ch = sum(spoken_chars(t['text']) for t in ag if t['endMs'] - t['startMs'] >= 1500)
        ms = sum(t['endMs'] - t['startMs'] for t in ag if t['endMs'] - t['startMs'] >= 1500)
        r = ch / ms * 60000
        L['speech-rate'] = 'pass' if 120 <= r <= 300 else ('fail' if r < 110 or r > 320 else 'AMBIGUOUS')
    else:
        L['interruption'] = L['speech-rate'] = 'na'
    # empathy
    comp = [i for i, t in enumerate(seq) if t['speaker'] == 'customer' and has(t['text'], M['complaint'] + M['escal'])]
    if not comp:
        L['empathy'] = 'fail' if R['empathy'] else 'na'
    else:
        ok = True
        for i in comp:
            nxt = [t for t in seq[i + 1:] if t['speaker'] == 'agent'][:2]
            if not any(has(t['text'], M['empathy']) for t in nxt):
                ok = False
        L['empathy'] = 'pass' if ok else 'fail'
    # resolution / facts
    atext = '|'.join(norm(t['text']) for t in ag)
    facts_ok, misinfo, answered = True, False, True
    for f in S['facts']:
        acc = [norm(v) for v in [f['expected']] + f['variants']]
        wr = [norm(v) for v in f['wrong']]
        pos = [(m.start(), True) for v in acc for m in re.finditer(re.escape(v), atext)] + \
              [(m.start(), False) for v in wr for m in re.finditer(re.escape(v), atext)]
        if not pos:
            facts_ok = answered = False
        elif not max(pos)[1]:
            facts_ok = False
        if any(p[1] is False for p in pos) or any(('不是' + v) in atext for v in acc):
            misinfo = True
    non = False
    goods = [m[2] for m in M['mild']] + [s[1] for s in M['sideq']]
    for i, t in enumerate(ag):
        if has(t['text'], M['nonans'] + mild_bad):
            nxt = ag[i + 1] if i + 1 < len(ag) else None
            between = [s for s in seq if s['speaker'] == 'customer' and t['startMs'] < s['startMs'] < (nxt['startMs'] if nxt else 1e18)]
            pressed = any(has(s['text'], K.PRESS) for s in between)
            if not (nxt and pressed and has(nxt['text'], goods)):
                # a fact question left unanswered is counted through `answered`
                non = True
    L['resolution'] = 'pass' if answered and not non else 'fail'
    L['fact-accuracy'] = 'pass' if facts_ok else 'fail'
    L['no-misinformation'] = 'fail' if misinfo else 'pass'
    # first response / latency
    sla = S['sla']
    L['first-response'] = 'pass' if ag[0]['startMs'] - joined <= sla['firstResponseMs'] else 'fail'
    pend, late = None, False
    last_agent_idx = max(i for i, t in enumerate(seq) if t['speaker'] == 'agent')
    for i, t in enumerate(seq):
        if t['speaker'] == 'customer':
            if i > last_agent_idx:
                continue
            if pend is None:
                prev_a = next((s for s in reversed(seq[:i]) if s['speaker'] == 'agent'), None)
                excepted = prev_a is not None and has(prev_a['text'], M['hold_ann'])
                pend = (t['endMs'], excepted)
        else:
            if pend is not None and not pend[1] and t['startMs'] - pend[0] > sla['responseLatencyMs']:
                late = True
            pend = None
    L['response-latency'] = 'fail' if late else 'pass'
    # reference / survey / info
    if R['reference']:
        pats = []
        for r_ in M['ref']:
            a, b = r_.split('{ref}')
            pats.append(re.compile(re.escape(norm(a)) + DIGW + '{6,}' + re.escape(norm(b))))
        L['record-reference'] = 'pass' if any(p.search(norm(t['text'])) for p in pats for t in ag) else 'fail'
    else:
        L['record-reference'] = 'na'
    L['survey-offered'] = ('pass' if any(has(t['text'], M['survey']) for t in ag) else 'fail') if R['survey'] else 'na'
    L['required-info'] = 'pass' if all(any(re.search(p, t['text']) for p in i['patterns'] for t in ag) for i in S['info']) else 'fail'
    return L


def lint():
    probs = []
    agent_cats = ['greet', 'badopen', 'ids', 'role', 'verify', 'hold_ann', 'hold_thx', 'empathy', 'proc', 'rude',
                  'lookalike', 'nonans', 'survey', 'close', 'wrap']
    for d, M in MATS.items():
        cats = {k: list(M[k]) for k in agent_cats}
        cats['mild_bad'] = [m[1] for m in M['mild']]
        cats['good'] = [m[2] for m in M['mild']] + [s[1] for s in M['sideq']]
        cats['shrug'] = [s[1] for s in M['shrug']]
        cats['ref'] = [r.replace('{ref}', '') for r in M['ref']]
        for k, v in cats.items():
            if len(set(v)) < (8 if k not in ('role', 'proc', 'wrap', 'lookalike', 'shrug') else 3):
                probs.append(f'{d}: {k} has only {len(set(v))} wordings')
        decisive = ['ids', 'verify', 'hold_ann', 'hold_thx', 'empathy', 'rude', 'nonans', 'survey', 'close', 'mild_bad']
        for k in decisive:
            for line in cats[k]:
                for k2, v2 in cats.items():
                    if k2 == k:
                        continue
                    for other in v2:
                        if norm(line) in norm(other):
                            probs.append(f'{d}: {k} line {line!r} inside {k2} line {other!r}')
        for w in GREET_WORDS:
            for b in M['badopen']:
                if w in b:
                    probs.append(f'{d}: badopen has greeting {b!r}')
        for b in K.CLOSE_BAD + M['wrap']:
            if re.search('谢|祝|再见|挂机|回头|拜', b):
                probs.append(f'{d}: non-closing line looks like closing {b!r}')
        allagent = [x for v in cats.values() for x in v]
        for S in M['scen']:
            scen_lines = allagent + S['disclose'] + [a for f in S['facts'] for a in f['a']] + S['info']['asks']
            vals = []
            for f in S['facts']:
                acc = [norm(v) for v in [f['expected']] + f['variants']]
                wr = [norm(v) for v in f['wrong']]
                for a in acc:
                    for w in wr:
                        if a in w or w in a:
                            probs.append(f"{S['id']}: value overlap {a} / {w}")
                vals += acc + wr
                for a in f['a']:
                    if '{v}' not in a:
                        probs.append(f"{S['id']}: fact line without value {a!r}")
            for line in scen_lines:
                for v in vals:
                    if v in norm(line.replace('{v}', '')):
                        probs.append(f"{S['id']}: value {v} inside line {line!r}")
            pat = S['info']['pattern']
            for a in S['info']['asks']:
                if not re.search(pat, a):
                    probs.append(f"{S['id']}: info pattern misses ask {a!r}")
            for line in scen_lines + [s[0] for s in M['sideq']]:
                if line in S['info']['asks']:
                    continue
                if re.search(pat, line):
                    probs.append(f"{S['id']}: info pattern matches non-ask {line!r}")
    return probs


def main():
    scen = {}
    for f in os.listdir(os.path.join(OUT, 'scenarios')):
        S = read_yaml_scen(os.path.join(OUT, 'scenarios', f))
        scen[S['id']] = S
    for d, M in MATS.items():
        for s in M['scen']:
            scen[s['id']]['_disclose'] = s['disclose']
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')}
    derived = {}
    for x in contacts:
        lab = labels[x['contactId']]
        if lab.get('special'):
            derived[x['contactId']] = {k: 'na' for k in CHECKS}
            assert not x['turns'] or all(t['speaker'] != 'agent' for t in x['turns'])
            continue
        derived[x['contactId']] = derive(x, MATS[lab['domain']], scen[x['scenarioId']])
    dis = []
    for cid, L in derived.items():
        for k in CHECKS:
            if L[k] != labels[cid]['labels'][k]:
                dis.append(f'{cid} {k}: label {labels[cid]["labels"][k]} derived {L[k]}')
            if labels[cid]['labels'][k] == 'fail' and not labels[cid]['why'].get(k):
                dis.append(f'{cid} {k}: fail without why')
    probs = lint()
    # mutation check: flip one label per contact; the comparison must catch each
    caught = 0
    flip = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}
    for n, (cid, L) in enumerate(sorted(derived.items())):
        k = CHECKS[n % len(CHECKS)]
        mutated = dict(labels[cid]['labels'])
        mutated[k] = flip[mutated[k]]
        if any(mutated[c] != L[c] for c in CHECKS):
            caught += 1
    cnt = collections.defaultdict(collections.Counter)
    for l in labels.values():
        for k in CHECKS:
            cnt[k][l['labels'][k]] += 1
    print('check                pass  fail    na')
    for k in CHECKS:
        print(f'{k:20s} {cnt[k]["pass"]:5d} {cnt[k]["fail"]:5d} {cnt[k]["na"]:5d}')
    for p in probs[:60]:
        print('LINT', p)
    for x in dis[:80]:
        print('DIS', x)
    print(f'contacts {len(contacts)}  disagreements {len(dis)}  lint problems {len(probs)}  mutations caught {caught}/{len(derived)}')
    sys.exit(1 if dis or probs or caught != len(derived) else 0)


if __name__ == '__main__':
    main()
