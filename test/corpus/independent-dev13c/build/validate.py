#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Re-derive every label of independent-dev13c from the written contacts and compare.

python3 validate.py            -> checks files, derives labels, reports disagreements, runs the mutation check
It reads only contacts.jsonl, labels.jsonl, scenarios/*.yaml and the hand-written material (the catalogue
of decisive lines); it does not import gen.py or plan.json.  Label derivation uses phrase presence in
the normalised turn text, turn order and timestamps.
"""
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from material_a import HWY, SKI, WTR  # noqa: E402
from material_b import CRZ, FRT, FNR  # noqa: E402

DOM = {'hwy': HWY, 'ski': SKI, 'wtr': WTR, 'crz': CRZ, 'frt': FRT, 'fnr': FNR}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
PUNCT_RE = re.compile(r'[\s，。！？、；：…—“”‘’,.!?;:（）()"\'{}\-]')
DIG = str.maketrans({'零': '0', '〇': '0', '幺': '1', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5',
                     '六': '6', '七': '7', '八': '8', '九': '9'})
GREET_RE = re.compile(r'^喂?(您好|你好|早上好|上午好|中午好|下午好|晚上好|欢迎致电|欢迎来电|欢迎使用|很高兴为您服务)')
BC = {'嗯', '嗯嗯', '对', '对对', '好的', '好', '是'}


def N(s):
    s = PUNCT_RE.sub('', s.upper())
    s = s.replace('公号', '工号').replace('公单', '工单')
    for f in ('呃', '那个', '嗯', '就是'):
        s = s.replace(f, '')
    return s.translate(DIG)


def piece_re(p):
    return re.compile('[0-9A-Z]{4,}'.join(re.escape(N(x)) for x in p.split('<REF>')))


def spoken_len(text):
    return sum(1 for ch in text if ('\u4e00' <= ch <= '\u9fff') or ch.isascii() and ch.isalnum())


# ------------------------------------------------------------ scenarios (own mini reader of the flow YAML)

def flow_to_json(s):
    s = re.sub(r'([{,]\s*)([A-Za-z][\w-]*):', r'\1"\2":', s)
    s = re.sub(r':\s*([A-Za-z][\w-]*)(\s*[,}\]])', lambda m: ': ' + (m.group(1) if m.group(1) in ('true', 'false') else '"%s"' % m.group(1)) + m.group(2), s)
    return json.loads(s)


def read_scenarios():
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'scenarios', '*.yaml'))):
        sc = {'facts': [], 'requiredInfo': []}
        cur = None
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('  - '):
                sc[cur].append(flow_to_json(line[4:]))
                continue
            k, _, v = line.partition(':')
            v = v.strip()
            if k in ('facts', 'requiredInfo'):
                cur = k
            elif k in ('requires', 'sla'):
                sc[k] = flow_to_json(v)
            elif k == 'id':
                sc['id'] = v
            elif k == 'tags':
                sc['domain'] = v.strip('[]').split(',')[1].strip()
        out[sc['id']] = sc
    return out


# ------------------------------------------------------------ catalogue of decisive lines

def catalogue(dk, scen_index):
    D = DOM[dk]
    S = D['scenarios'][scen_index]
    cat = {
        'id': D['id'], 'closing': D['closing'], 'rude': [r[1] for r in D['rude']], 'buck': D['buck'],
        'verify': [v[0] for v in D['verify']], 'disclose': S['disclose'], 'hold_ask': D['hold_ask'],
        'hold_thanks': D['hold_thanks'], 'complaint': [c[0] for c in D['complaints']],
        'ack': [c[1] for c in D['complaints']], 'nonanswer': D['nonanswer'], 'fu_answer': [f[1] for f in S['fu']],
        'fact_q': S['fact']['q'], 'fu_q': [f[0] for f in S['fu']],
        'ref': D['ref'] + ([D['cold']['ref']] if D['cold']['ref'] else []), 'survey': D['survey'], 'leave': D['leave'],
    }
    return {k: [piece_re(p) for p in v] for k, v in cat.items()}


def collisions():
    bad = []
    for dk, D in DOM.items():
        for si in range(3):
            S = D['scenarios'][si]
            groups = {
                'id': D['id'], 'closing': D['closing'], 'rude': [r[1] for r in D['rude']], 'buck': D['buck'],
                'verify': [v[0] for v in D['verify']], 'disclose': S['disclose'], 'hold_ask': D['hold_ask'],
                'hold_thanks': D['hold_thanks'], 'ack': [c[1] for c in D['complaints']], 'nonanswer': D['nonanswer'],
                'fu_answer': [f[1] for f in S['fu']], 'survey': D['survey'], 'complaint': [c[0] for c in D['complaints']],
                'leave': D['leave'], 'other': D['greet'] + D['nogreet'] + D['offer'] + D['noack'] + D['wrap'] + D['resume']
                + D['polite'] + [D['understand']] + [s[1] for s in D['side']] + D['neutral'] + list(D['nonref'].values())
                + D['verify_ok'] + D['noid_role'] + D['noid_org'] + D['final_agent'] + [D['recover']],
            }
            flat = [(g, N(p)) for g, ps in groups.items() for p in ps if '<REF>' not in p]
            for g1, a in flat:
                for g2, b2 in flat:
                    if g1 != g2 and a and a in b2 and g1 != 'other':
                        bad.append(f'{dk}/{si}: {g1} piece {a!r} inside {g2} piece {b2!r}')
            F = S['fact']
            vals = [F['expected']] + F['variants'] + F['wrong']
            for a in vals:
                for b2 in vals:
                    if a != b2 and N(a) in N(b2):
                        bad.append(f'{dk}/{si}: fact value {a} inside {b2}')
                for g, ps in groups.items():
                    for p in ps:
                        if N(a) in N(p):
                            bad.append(f'{dk}/{si}: fact value {a} inside {g} line {p}')
            for ln in F['right'] + F['corrected'] + F['negated'] + F['wrong_lines']:
                if not any(N(v) in N(ln) for v in vals):
                    bad.append(f'{dk}/{si}: fact line states no listed value: {ln}')
    return bad


# ------------------------------------------------------------ derivation

def derive(it, sc):
    turns = it['turns']
    agents = [t for t in turns if t['speaker'] == 'agent']
    if not agents:
        return {k: 'na' for k in CHECKS}, {}
    dk = sc['domain']
    si = [s['id'] for s in DOM[dk]['scenarios']].index(it['scenarioId'])
    cat = catalogue(dk, si)
    voice = it['channel'] == 'voice'
    R, sla = sc['requires'], sc['sla']
    ev = {e['type']: e for e in it['events']}
    joined = ev['agent-joined']['atMs']
    custs = [t for t in turns if t['speaker'] == 'customer' and t['startMs'] >= joined]

    def is_bc(t):
        if t['speaker'] != 'agent' or not voice:
            return False
        raw = PUNCT_RE.sub('', t['text'])
        return raw in BC and any(c['startMs'] < t['startMs'] < c['endMs'] for c in custs)

    seq = [t for t in turns if not is_bc(t) and t['speaker'] in ('agent', 'customer') and t['startMs'] >= joined]
    ag = [t for t in seq if t['speaker'] == 'agent']
    nt = {id(t): N(t['text']) for t in turns}

    def has(t, k):
        return any(r.search(nt[id(t)]) for r in cat[k])

    def first_pos(k):
        for i, t in enumerate(ag):
            for r in cat[k]:
                m = r.search(nt[id(t)])
                if m:
                    return (i, m.start())
        return None

    L, info = {}, {}
    # greeting / agent-id
    L['greeting'] = 'pass' if GREET_RE.search(nt[id(ag[0])]) else 'fail'
    L['agent-id'] = 'pass' if any(has(t, 'id') for t in ag[:2]) else 'fail'
    # closing
    last = seq[-1]
    left = last['speaker'] == 'customer' and has(last, 'leave')
    L['closing'] = 'na' if left else ('pass' if any(has(t, 'closing') for t in ag[-2:]) else 'fail')
    # forbidden words / politeness
    rude = any(has(t, 'rude') for t in ag)
    buck = any(has(t, 'buck') for t in ag)
    alltext = ''.join(t['text'] for t in ag)
    cold = '您' not in alltext and not re.search('请|麻烦|谢', alltext)
    L['forbidden-words'] = 'fail' if rude or buck else 'pass'
    L['politeness'] = 'fail' if rude or cold else 'pass'
    # verification
    if not R.get('verification'):
        L['verification'] = 'na'
    else:
        v, d = first_pos('verify'), first_pos('disclose')
        L['verification'] = 'pass' if v is not None and (d is None or v < d) else 'fail'
    # silences: dead air and holds
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    dead, holds = False, []
    prev_end, prev = joined, None
    for t in seq:
        if t['speaker'] == 'agent':
            gap = t['startMs'] - prev_end
            announced = prev is not None and prev['speaker'] == 'agent' and has(prev, 'hold_ask')
            if gap >= dead_thr and not announced:
                dead = True
            if gap >= hold_thr:
                holds.append(announced and has(t, 'hold_thanks'))
        prev_end = max(prev_end, t['endMs']) if voice else t['startMs']
        prev = t
    L['dead-air'] = 'fail' if dead else 'pass'
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
    # interruption / speech rate
    if voice:
        inter = any(c['startMs'] < a['startMs'] < c['endMs'] - 800 for a in ag for c in custs)
        L['interruption'] = 'fail' if inter else 'pass'
        allag = [t for t in turns if t['speaker'] == 'agent']
        chars = sum(spoken_len(t['text']) for t in allag)
        ms = sum(t['endMs'] - t['startMs'] for t in allag)
        rate = chars * 60000 / ms
        info['rate'] = rate
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
    else:
        L['interruption'] = L['speech-rate'] = 'na'
    # empathy
    comp = False
    emp_ok = True
    for i, t in enumerate(seq):
        if t['speaker'] == 'customer' and has(t, 'complaint'):
            comp = True
            nxt = next((x for x in seq[i + 1:] if x['speaker'] == 'agent'), None)
            if nxt is None or not has(nxt, 'ack'):
                emp_ok = False
    if comp:
        L['empathy'] = 'pass' if emp_ok else 'fail'
    else:
        if R.get('empathy'):
            raise ValueError(it['contactId'] + ': empathy required but no complaint')
        L['empathy'] = 'na'
    # facts
    resolved = True
    misinfo = False
    acc_all = True
    for F in sc['facts']:
        good = [N(x) for x in [F['expected']] + F.get('variants', [])]
        bad = [N(x) for x in F.get('wrong', [])]
        occ = []
        for i, t in enumerate(ag):
            s = nt[id(t)]
            for v in good + bad:
                for m in re.finditer(re.escape(v), s):
                    occ.append((i, m.start(), v in good))
            if any(('不是' + g) in s for g in good):
                misinfo = True
        if any(not ok for _, _, ok in occ):
            misinfo = True
        if not occ:
            resolved = False
            acc_all = False
        elif not max(occ)[2]:
            acc_all = False
    # non-answers to the customer's own questions
    for i, t in enumerate(seq):
        if t['speaker'] == 'agent' and has(t, 'nonanswer'):
            lastc = next((x for x in reversed(seq[:i]) if x['speaker'] == 'customer'), None)
            later = [x for x in seq[i + 1:] if x['speaker'] == 'agent']
            if lastc is not None and has(lastc, 'fu_q'):
                if not any(has(x, 'fu_answer') for x in later):
                    resolved = False
            elif lastc is not None and has(lastc, 'fact_q'):
                vals = [N(x) for F in sc['facts'] for x in [F['expected']] + F.get('variants', []) + F.get('wrong', [])]
                if not any(v in nt[id(x)] for x in later for v in vals):
                    resolved = False
            else:
                raise ValueError(it['contactId'] + ': non-answer to an unknown question')
    L['resolution'] = 'pass' if resolved else 'fail'
    L['fact-accuracy'] = 'pass' if acc_all else 'fail'
    L['no-misinformation'] = 'fail' if misinfo else 'pass'
    # timing SLAs
    L['first-response'] = 'pass' if ag[0]['startMs'] - joined <= sla['firstResponseMs'] else 'fail'
    lat_ok = True
    if voice:
        for c in custs:
            a = next((x for x in ag if x['startMs'] > c['startMs']), None)
            if a is not None and a['startMs'] - c['endMs'] > sla['responseLatencyMs']:
                lat_ok = False
    else:
        pending = None
        for t in seq:
            if t['speaker'] == 'customer':
                pending = t['startMs'] if pending is None else pending
            elif pending is not None:
                if t['startMs'] - pending > sla['responseLatencyMs']:
                    lat_ok = False
                pending = None
    L['response-latency'] = 'pass' if lat_ok else 'fail'
    # reference / survey / required info
    L['record-reference'] = 'na' if not R.get('reference') else ('pass' if any(has(t, 'ref') for t in ag) else 'fail')
    L['survey-offered'] = 'na' if not R.get('survey') else ('pass' if any(has(t, 'survey') for t in ag) else 'fail')
    ri_ok = True
    for item in sc['requiredInfo']:
        pats = [re.compile(p, re.I) for p in item['patterns']]
        hit = False
        for t in turns:
            forms = (t['text'], PUNCT_RE.sub('', t['text']))
            m = [any(p.search(f) for p in pats) for f in forms]
            if t['speaker'] == 'customer' and any(m):
                raise ValueError(f"{it['contactId']}: required-info pattern matches the customer: {t['text']}")
            if t['speaker'] == 'agent' and any(m):
                if not all(m):
                    raise ValueError(f"{it['contactId']}: pattern matches only one form: {t['text']}")
                hit = True
        ri_ok = ri_ok and hit
    L['required-info'] = 'pass' if ri_ok else 'fail'
    return L, info


# ------------------------------------------------------------ structure checks

def structure(contacts, labels, scen):
    errs = []
    ids = [c['contactId'] for c in contacts]
    if len(set(ids)) != len(ids) or len(contacts) != 157:
        errs.append('contact ids not unique or count != 157')
    if [l['contactId'] for l in labels] != ids:
        errs.append('labels not in contact order')
    normal = [c for c in contacts if c['turns'] and any(t['speaker'] == 'agent' for t in c['turns'])]
    if len(normal) != 150:
        errs.append(f'{len(normal)} normal contacts')
    for a, b in zip(normal, normal[1:]):
        if a['channel'] == b['channel']:
            errs.append(f"channels do not alternate at {b['contactId']}")
    per = Counter(scen[c['scenarioId']]['domain'] for c in normal)
    if set(per.values()) != {25}:
        errs.append(f'per-domain counts {per}')
    nodur = [c for c in contacts if 'durationMs' not in c]
    known = {'started', 'page-loaded', 'dialed', 'ringing', 'answered', 'ivr-prompt', 'dtmf', 'queued', 'agent-joined',
             'hold-start', 'hold-end', 'step', 'webhook', 'status-callback', 'hangup', 'ended', 'error', 'handoff-requested'}
    unk = [c for c in contacts if any(e['type'] not in known for e in c['events'])]
    if len(nodur) != 4 or set(c['contactId'] for c in unk) != set(c['contactId'] for c in nodur):
        errs.append('expected 4 contacts without durationMs, each with one unknown event type')
    asr = 0
    voice = [c for c in normal if c['channel'] == 'voice']
    for c in contacts:
        ts = [t['startMs'] for t in c['turns']]
        if ts != sorted(ts):
            errs.append(f"{c['contactId']}: turns not in start order")
        es = [e['atMs'] for e in c['events']]
        if es != sorted(es):
            errs.append(f"{c['contactId']}: events not in time order")
        for t in c['turns']:
            if c['channel'] == 'webchat' and t['startMs'] != t['endMs']:
                errs.append(f"{c['contactId']}: chat turn with duration")
            if c['channel'] == 'voice' and not (0.6 <= t.get('confidence', 0) <= 0.98):
                errs.append(f"{c['contactId']}: confidence out of range")
        if c['outcome'] == 'failed' and (c.get('failedBy') != 'harness' or c['turns']):
            errs.append(f"{c['contactId']}: bad harness failure")
        if 'durationMs' in c and c['durationMs'] < max([e['atMs'] for e in c['events']] + [0]):
            errs.append(f"{c['contactId']}: duration shorter than events")
    for c in voice:
        ag = [t['text'] for t in c['turns'] if t['speaker'] == 'agent']
        if not any(re.search(r'[，。？！]', x) for x in ag):
            asr += 1
    outcomes = Counter(c['outcome'] for c in contacts if c not in normal)
    if outcomes != Counter({'no-answer': 1, 'busy': 1, 'abandoned': 2, 'completed': 1, 'failed': 2}):
        errs.append(f'special outcomes {outcomes}')
    return errs, asr / len(voice)


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, 'contacts.jsonl'), encoding='utf-8')]
    labels = [json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8')]
    scen = read_scenarios()
    problems = collisions()
    errs, asr_share = structure(contacts, labels, scen)
    problems += errs
    derived = {}
    rates = []
    for it in contacts:
        L, info = derive(it, scen[it['scenarioId']])
        derived[it['contactId']] = L
        if 'rate' in info:
            rates.append((it['contactId'], round(info['rate'])))
    dis = 0
    for lb in labels:
        d = derived[lb['contactId']]
        for k in CHECKS:
            if lb['labels'][k] != d[k]:
                dis += 1
                problems.append(f"{lb['contactId']} {k}: label {lb['labels'][k]} derived {d[k]}")
            if lb['labels'][k] == 'fail' and k not in lb['why']:
                problems.append(f"{lb['contactId']} {k}: fail without why")
    # mutation check: every single-label flip must be caught
    missed = 0
    flips = 0
    for lb in labels:
        d = derived[lb['contactId']]
        for k in CHECKS:
            for alt in ('pass', 'fail', 'na'):
                if alt == lb['labels'][k]:
                    continue
                flips += 1
                if alt == d[k]:
                    missed += 1
    counts = defaultdict(Counter)
    for lb in labels:
        for k in CHECKS:
            counts[k][lb['labels'][k]] += 1
    print(f"{'check':18} pass fail   na")
    for k in CHECKS:
        print(f"{k:18} {counts[k]['pass']:4} {counts[k]['fail']:4} {counts[k]['na']:4}")
    strict = CHECKS[:7] + ['dead-air', 'empathy', 'resolution', 'response-latency', 'no-misinformation', 'record-reference']
    for k in CHECKS:
        need = 25 if k in strict or k in ('forbidden-words', 'politeness', 'agent-id', 'closing', 'verification', 'hold-etiquette') else 15
        if k in ('greeting',):
            need = 15
        if counts[k]['pass'] < need or counts[k]['fail'] < need:
            problems.append(f'balance: {k} has {counts[k]["pass"]} pass / {counts[k]["fail"]} fail (< {need})')
    print(f'voice contacts that read as speech recognition: {asr_share:.0%}')
    print(f'speech rate range (voice): {min(r for _, r in rates)}..{max(r for _, r in rates)} chars/min')
    print(f'mutation check: {flips} single-label flips, {flips - missed} caught, {missed} missed')
    print(f'disagreements: {dis}')
    for p in problems[:60]:
        print('PROBLEM', p)
    if problems or missed:
        print(f'{len(problems)} problem(s)')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
