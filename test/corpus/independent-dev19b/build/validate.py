#!/usr/bin/env python3
"""Validator for independent-dev19b. Re-derives every label from the written contacts (text + timestamps), the
material (mat_*.py) and the scenario YAML alone -- it never reads plan.py -- then lints the material and runs a
mutation check (one flipped label per contact must be caught)."""
import importlib, json, os, random, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import C, KW, REF_RE, BACKCHANNELS, PUNCT, DOMAINS, SEED, numread

OUT = os.path.dirname(HERE)
MATS = {d: importlib.import_module('mat_' + d).M for d in DOMAINS}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness', 'interruption',
          'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency', 'fact-accuracy',
          'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
GEN_CONST = ['另外，', '好的，信息对上了。', '对了，刚才忘了说，', '我刚问了一下同事，', '请您保存好。', '先跟您说一下，']
AGENT_CATS = ['greet', 'nogreet', 'ident', 'noident', 'offer', 'verify', 'hold_ann', 'hold_thx', 'noann', 'empathy', 'calm', 'jiyu', 'rude',
              'nonans', 'ref', 'noref', 'survey', 'wrapq', 'close', 'bareend', 'correct', 'ack', 'remedy']
CUST_CATS = ['cverify', 'press', 'cend', 'walkout', 'cok', 'creact', 'cref', 'capology', 'nudge']
problems = []


def fill(s):
    return s.replace('{v}', '某值').replace('{r}', 'AB12345678')


def scen_cats(M):
    """All material of a domain by category (agent and customer side)."""
    cats = {k: list(M[k]) for k in AGENT_CATS + CUST_CATS}
    cats['stmts'] = [s for S in M['scen'] for f in S['facts'] for s in f['stmts']]
    cats['asks'] = [a for S in M['scen'] for i in S['info'] for a in i['asks']]
    cats['gives'] = [g for S in M['scen'] for i in S['info'] for g in i['gives']]
    cats['sidea'] = [a for S in M['scen'] for _, a in S['side']]
    cats['sideq'] = [q for S in M['scen'] for q, _ in S['side']]
    cats['ques'] = [q for S in M['scen'] for f in S['facts'] for q in f['ques']]
    cats['req'] = [r for S in M['scen'] for r in S['req']]
    cats['complaint'] = [c for S in M['scen'] for c in S['complaint']]
    return cats


AGENT_SIDE = AGENT_CATS + ['stmts', 'asks', 'sidea']


def load_scenarios():
    out = {}
    for fn in sorted(os.listdir(os.path.join(OUT, 'scenarios'))):
        sc = {'facts': [], 'info': []}
        sec = None
        for line in open(os.path.join(OUT, 'scenarios', fn), encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('id: '):
                sc['id'] = line[4:]
            elif line in ('facts:', 'requiredInfo:', 'steps:'):
                sec = line[:-1]
            elif line.startswith('  - {"') and sec == 'facts':
                sc['facts'].append(json.loads(line[4:]))
            elif line.startswith('  - {"') and sec == 'requiredInfo':
                sc['info'].append(json.loads(line[4:]))
            elif line.startswith('requires: '):
                sc['requires'] = {k: v == 'true' for k, v in re.findall(r'(\w+): (true|false)', line)}
            elif line.startswith('sla: '):
                sc['sla'] = {k: int(v) for k, v in re.findall(r'(\w+): (\d+)', line)}
            elif line.startswith('tags: '):
                sc['domain'] = line.split(',')[1].strip(' ]')
        if not (sc['id'] + '.yaml' == fn and len(sc['facts']) == 2 and sc['info'] and 'requires' in sc and 'sla' in sc):
            problems.append(f'scenario parse: {fn}')
        if not re.fullmatch(r'[a-z0-9-]+', sc['id']) or any(not re.fullmatch(r'[a-z0-9-]+', x['key']) for x in sc['facts'] + sc['info']):
            problems.append(f'bad id/key in {fn}')
        out[sc['id']] = sc
    return out


# ---------------------------------------------------------------- lint
def lint(scens):
    for d, M in MATS.items():
        cats = scen_cats(M)
        # (g) wordings per decisive category
        for k in ['greet', 'nogreet', 'ident', 'verify', 'hold_ann', 'hold_thx', 'empathy', 'complaint', 'jiyu', 'rude', 'nonans', 'ref',
                  'survey', 'close', 'walkout', 'asks', 'stmts']:
            if len(set(cats[k])) < 8:
                problems.append(f'{d}: only {len(set(cats[k]))} wordings for {k}')
        # (a) keyword cross-check among agent-side categories
        kwcat = {'greet': 'greet', 'close': 'close', 'hold_ann': 'hold_ann', 'hold_thx': 'hold_thx', 'empathy': 'empathy', 'survey': 'survey', 'verify': 'verify'}
        for own, kwk in kwcat.items():
            for other in AGENT_SIDE + ['GEN']:
                if other == own:
                    continue
                lines = GEN_CONST if other == 'GEN' else cats[other]
                for ln in lines:
                    for w in KW[kwk]:
                        if w in fill(ln) and not (own == 'greet'):
                            problems.append(f'{d}: {other} line carries {own} word {w}: {ln}')
                        elif own == 'greet' and w in C(fill(ln))[:10] and other != 'greet':
                            problems.append(f'{d}: {other} line opens like a greeting: {ln}')
        for own in kwcat:
            for ln in cats[own]:
                if not any(w in fill(ln) for w in KW[kwcat[own]]):
                    problems.append(f'{d}: {own} line lacks its own words: {ln}')
        for ln in cats['nogreet']:
            if any(w in ln for w in KW['greet']):
                problems.append(f'{d}: nogreet has a greeting: {ln}')
        # (b) decisive lines never inside another category's line
        decisive = ['ident', 'close', 'jiyu', 'rude', 'verify', 'hold_ann', 'hold_thx', 'empathy', 'nonans', 'survey', 'complaint', 'walkout', 'sidea']
        allcats = list(cats)
        for dk in decisive:
            for ln in cats[dk]:
                cl = C(fill(ln))
                for ok in allcats:
                    if ok == dk:
                        continue
                    for m in cats[ok]:
                        if cl in C(fill(m)):
                            problems.append(f'{d}: {dk} line "{ln}" inside {ok} line "{m}"')
                for m in GEN_CONST:
                    if cl in C(m):
                        problems.append(f'{d}: {dk} line inside generator constant')
        # (c) fact lines carry their value
        for ln in cats['stmts'] + cats['correct']:
            if '{v}' not in ln:
                problems.append(f'{d}: fact line without value: {ln}')
        # (f) reference regex
        for ln in cats['ref']:
            if not REF_RE.search(C(ln.format(r='SF20240611'))):
                problems.append(f'{d}: ref line not matched by ref rule: {ln}')
        for ok in allcats:
            if ok == 'ref':
                continue
            for m in cats[ok]:
                if REF_RE.search(C(fill(m))):
                    problems.append(f'{d}: {ok} line looks like a reference: {m}')
        # (d) values, (e) info regexes, per scenario
        for S in M['scen']:
            sid = f'h12b-{d}-{S["slug"]}'
            sc = scens[sid]
            non_fact = [fill(m) for ok in allcats if ok not in ('stmts', 'correct') for m in cats[ok]]
            for f in sc['facts']:
                acc = [C(v) for v in [f['expected']] + f['variants']]
                wr = [C(v) for v in f['wrong']]
                for a in acc:
                    for w in wr:
                        if a in w or w in a:
                            problems.append(f'{sid}: value {a} / {w} substring')
                for v in acc + wr:
                    for m in non_fact:
                        if v in C(m):
                            problems.append(f'{sid}: value {v} appears in non-fact line {m}')
                    for f2 in sc['facts']:
                        if f2 is not f:
                            for tpl in next(x for x in S['facts'] if x['key'] == f2['key'])['stmts']:
                                if v in C(fill(tpl)):
                                    problems.append(f'{sid}: value {v} inside another fact line')
            for inf in sc['info']:
                pat = re.compile(inf['patterns'][0])
                own = next(x for x in S['info'] if x['key'] == inf['key'])['asks']
                for a in own:
                    if not pat.search(a):
                        problems.append(f'{sid}: info regex misses its ask {a}')
                    if re.search(r'\d', a) or any(k in a for k in ('工号', '再见', '稍等', '核实', '投诉', '退款', '身份证', '预约', '评价')):
                        problems.append(f'{sid}: ask line has digits/homophone-prone words: {a}')
                others = [m for ok in AGENT_SIDE if ok != 'asks' for m in cats[ok]] + GEN_CONST + [a for S2 in M['scen'] if S2 is S for i2 in S2['info'] if i2['key'] != inf['key'] for a in i2['asks']]
                for m in others:
                    if pat.search(fill(m)):
                        problems.append(f'{sid}: info regex matches a non-ask line: {m}')


# ---------------------------------------------------------------- derive
def derive(c, sc):
    if c['outcome'] != 'completed' or not c['turns']:
        return {k: 'na' for k in CHECKS}
    M = MATS[sc['domain']]
    cats = scen_cats(M)
    CC = {k: [C(fill(x)) for x in v] for k, v in cats.items()}
    voice = c['channel'] == 'voice'
    turns = sorted(c['turns'], key=lambda t: t['startMs'])
    ev = c['events']
    at = lambda ty: next((e['atMs'] for e in ev if e['type'] == ty), None)
    joined = at('agent-joined') if at('agent-joined') is not None else at('answered')
    cust = [t for t in turns if t['speaker'] == 'customer']

    def is_bc(t):
        return (t['speaker'] == 'agent' and re.sub(PUNCT, '', t['text']) in BACKCHANNELS
                and any(u['startMs'] < t['startMs'] < u['endMs'] for u in cust))
    main = [t for t in turns if t['speaker'] in ('agent', 'customer') and not is_bc(t)]
    ag = [t for t in main if t['speaker'] == 'agent']
    for t in main:
        t['_c'] = C(t['text'])
    has = lambda cat, t: any(x in t['_c'] for x in CC[cat])
    L = {}
    L['greeting'] = 'pass' if any(w in ag[0]['_c'][:10] for w in KW['greet']) else 'fail'
    L['agent-id'] = 'pass' if any(has('ident', t) for t in ag[:2]) else 'fail'
    walkout = main[-1]['speaker'] == 'customer' and has('walkout', main[-1])
    L['closing'] = 'na' if walkout else ('pass' if any(has('close', t) for t in ag[-2:]) else 'fail')
    L['forbidden-words'] = 'fail' if any(has('jiyu', t) or has('rude', t) for t in ag) else 'pass'
    L['politeness'] = 'fail' if any(has('rude', t) for t in ag) else 'pass'
    facts = sc['facts']
    allvals = [C(v) for f in facts for v in [f['expected']] + f['variants'] + f['wrong']]
    if not sc['requires']['verification']:
        L['verification'] = 'na'
    else:
        vi = next((i for i, t in enumerate(ag) if has('verify', t)), None)
        di = next((i for i, t in enumerate(ag) if any(v in t['_c'] for v in allvals)), None)
        L['verification'] = 'pass' if vi is not None and (di is None or vi < di) else 'fail'
    # silences where the agent owed the next word
    th_hold, th_dead = (15000, 8000) if voice else (30000, 30000)
    sil = []  # (start, end, announced, next_agent_index_in_main)
    if joined is not None:
        sil.append((joined, ag[0]['startMs'], False, main.index(ag[0])))
    endmax = -1
    for k, t in enumerate(main):
        if k > 0:
            prev = main[k - 1]
            if prev['speaker'] == 'customer' or t['speaker'] == 'agent':
                lastag = next((x for x in reversed(main[:k]) if x['speaker'] == 'agent'), None)
                ann = lastag is not None and has('hold_ann', lastag)
                sil.append((endmax, t['startMs'], ann, k))
        endmax = max(endmax, t['endMs'])

    def next_agent_from(k):
        return next((x for x in main[k:] if x['speaker'] == 'agent'), None)
    holds = []
    for s, e, ann, k in sil:
        if e - s >= th_hold:
            holds.append((s, e, ann, next_agent_from(k)))
    hs = [e['atMs'] for e in ev if e['type'] == 'hold-start']
    he = [e['atMs'] for e in ev if e['type'] == 'hold-end']
    for a, b in zip(hs, he):
        if not any(s <= a and b <= e for s, e, _, _ in holds):
            before = [x for x in main if x['speaker'] == 'agent' and x['startMs'] < a]
            after = [x for x in main if x['speaker'] == 'agent' and x['startMs'] >= b]
            holds.append((a, b, bool(before) and has('hold_ann', before[-1]), after[0] if after else None))
    if not holds:
        L['hold-etiquette'] = 'na'
    else:
        L['hold-etiquette'] = 'pass' if all(ann and nxt is not None and has('hold_thx', nxt) for _, _, ann, nxt in holds) else 'fail'
    L['dead-air'] = 'fail' if any(e - s >= th_dead and not ann for s, e, ann, _ in sil) else 'pass'
    if voice:
        intr = any(u['startMs'] < a['startMs'] and u['endMs'] - a['startMs'] >= 1000 for a in ag for u in cust)
        L['interruption'] = 'fail' if intr else 'pass'
        long_ = [t for t in c['turns'] if t['speaker'] == 'agent' and t['endMs'] - t['startMs'] >= 1500]
        n = sum(len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', t['text'])) for t in long_)
        ms = sum(t['endMs'] - t['startMs'] for t in long_)
        rate = n / ms * 60000
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else ('fail' if (rate < 110 or rate > 320) else 'AMBIGUOUS')
    else:
        L['interruption'] = L['speech-rate'] = 'na'
    # empathy
    comp = [k for k, t in enumerate(main) if t['speaker'] == 'customer' and has('complaint', t)]
    if not comp:
        L['empathy'] = 'na' if not sc['requires']['empathy'] else ('pass' if any(has('empathy', t) for t in ag) else 'fail')
    else:
        ok = True
        for k in comp:
            nxt = [x for x in main[k + 1:] if x['speaker'] == 'agent'][:2]
            if not any(has('empathy', x) for x in nxt) or (nxt and has('rude', nxt[0])):
                ok = False
        L['empathy'] = 'pass' if ok else 'fail'
    # resolution
    stated = all(any(C(v) in t['_c'] for t in ag for v in [f['expected']] + f['variants'] + f['wrong']) for f in facts)
    unrec = False
    for i, t in enumerate(ag):
        if has('nonans', t) and not any(has('sidea', x) for x in ag[i:i + 2]):
            unrec = True
    L['resolution'] = 'pass' if stated and not unrec else 'fail'
    L['first-response'] = 'pass' if ag[0]['startMs'] - joined <= sc['sla']['firstResponseMs'] else 'fail'
    late = False
    pend = None
    for k, t in enumerate(main):
        if t['speaker'] == 'customer':
            if pend is None:
                pend = t
        else:
            if pend is not None:
                lastag = next((x for x in reversed(main[:k]) if x['speaker'] == 'agent'), None)
                ann = lastag is not None and has('hold_ann', lastag)
                if t['startMs'] - pend['endMs'] > sc['sla']['responseLatencyMs'] and not ann:
                    late = True
            pend = None
    L['response-latency'] = 'fail' if late else 'pass'
    fa_ok, mis = True, False
    for f in facts:
        acc = [C(v) for v in [f['expected']] + f['variants']]
        wr = [C(v) for v in f['wrong']]
        last = None
        for i, t in enumerate(ag):
            for v in acc + wr:
                for m in re.finditer(re.escape(v), t['_c']):
                    key = (i, m.start())
                    if last is None or key > last[0]:
                        last = (key, v in acc)
            if any(w in t['_c'] for w in wr):
                mis = True
        if last is None or not last[1]:
            fa_ok = False
    L['fact-accuracy'] = 'pass' if fa_ok else 'fail'
    L['no-misinformation'] = 'fail' if mis else 'pass'
    L['record-reference'] = 'na' if not sc['requires']['reference'] else ('pass' if any(REF_RE.search(t['_c']) for t in ag) else 'fail')
    L['survey-offered'] = 'na' if not sc['requires']['survey'] else ('pass' if any(has('survey', t) for t in ag) else 'fail')
    L['required-info'] = 'pass' if all(any(re.search(i['patterns'][0], t['text']) for t in ag) for i in sc['info']) else 'fail'
    return {k: L[k] for k in CHECKS}


def main():
    scens = load_scenarios()
    lint(scens)
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8') if l.strip()]
    labels = {l['contactId']: l for l in (json.loads(x) for x in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8') if x.strip())}
    dis = []
    derived = {}
    for c in contacts:
        sc = scens.get(c['scenarioId'])
        if sc is None:
            problems.append(f'{c["contactId"]}: unknown scenario')
            continue
        d = derive(c, sc)
        derived[c['contactId']] = d
        lab = labels[c['contactId']]
        for k in CHECKS:
            if d[k] != lab['labels'][k]:
                dis.append(f'{c["contactId"]} {k}: label {lab["labels"][k]} derived {d[k]}')
        for k in CHECKS:
            if lab['labels'][k] == 'fail' and k not in lab['why']:
                problems.append(f'{c["contactId"]}: fail without why ({k})')
    # mutation check
    rng = random.Random(SEED)
    caught = 0
    for cid, lab in labels.items():
        k = rng.choice(CHECKS)
        mutated = dict(lab['labels'])
        mutated[k] = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[mutated[k]]
        if any(mutated[x] != derived[cid][x] for x in CHECKS):
            caught += 1
    # structure
    normal = [c for c in contacts if 'special' not in labels[c['contactId']]]
    chan = Counter(c['channel'] for c in normal)
    if len(normal) != 150 or chan['voice'] != 75 or len(contacts) != 157:
        problems.append(f'counts: {len(normal)} normal, {chan}')
    nodur = [c['contactId'] for c in normal if 'durationMs' not in c]
    if len(nodur) != 4 or not all(any(e['type'] == 'transfer' for e in c['events']) for c in normal if 'durationMs' not in c):
        problems.append(f'nodur contacts: {nodur}')
    # counts table and balance
    cnt = {k: Counter(l['labels'][k] for l in labels.values()) for k in CHECKS}
    print(f'{"check":20s} pass fail   na')
    for k in CHECKS:
        print(f'{k:20s} {cnt[k]["pass"]:4d} {cnt[k]["fail"]:4d} {cnt[k]["na"]:4d}')
        need = 15 if k in ('interruption', 'speech-rate') else (25 if k not in ('first-response', 'required-info') else 1)
        if cnt[k]['fail'] < need or (k not in ('interruption', 'speech-rate', 'first-response', 'required-info') and cnt[k]['pass'] < 25):
            problems.append(f'balance: {k} {dict(cnt[k])}')
    asr_like = sum(1 for c in normal if c['channel'] == 'voice' and not re.search('[。？]', ''.join(t['text'] for t in c['turns'])))
    print(f'voice contacts that read like recognition output (no full stops / question marks): {asr_like}/75')
    per = Counter(sum(1 for k in CHECKS if l['labels'][k] == 'fail') for l in labels.values() if 'special' not in l)
    print('fails per normal contact:', dict(sorted(per.items())))
    print(f'disagreements: {len(dis)}')
    for x in dis[:40]:
        print('  ', x)
    print(f'mutation check: {caught}/{len(labels)} caught')
    print(f'lint/structure problems: {len(problems)}')
    for x in problems[:60]:
        print('  ', x)
    sys.exit(0 if not dis and not problems and caught == len(labels) else 1)


if __name__ == '__main__':
    main()
