# -*- coding: utf-8 -*-
"""Re-derives every label from contacts.jsonl + material + scenarios/*.yaml, lints the material,
counts decisive-wording reuse and runs a mutation check."""
import copy
import json
import os
import re
import sys
import importlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import mat_common as MC  # noqa: E402

TRADES = ['game', 'english', 'parttime', 'dish', 'proj', 'park']
MODS = {t: importlib.import_module('mat_' + t) for t in TRADES}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response',
          'response-latency', 'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered',
          'required-info']
DIGS = '[零幺二三四五六七八九]'
NAMES_RE = '(?:' + '|'.join(re.escape(MC.norm(n)) for n in MC.NAMES) + ')'


# ---------------- scenario YAML (own flat format; flow items are JSON) ----------------
def load_scen(path):
    s = {'facts': [], 'requiredInfo': []}
    sec = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('  - ') and sec in ('facts', 'requiredInfo'):
            s[sec].append(json.loads(line[4:]))
            continue
        if line.startswith('  '):
            continue
        k, _, v = line.partition(':')
        v = v.strip()
        sec = k
        if k == 'id':
            s['id'] = v
        elif k == 'requires':
            s['requires'] = {a.split(':')[0].strip(): a.split(':')[1].strip() == 'true'
                             for a in v.strip('{} ').split(',')}
        elif k == 'sla':
            s['sla'] = {a.split(':')[0].strip(): int(a.split(':')[1]) for a in v.strip('{} ').split(',')}
        elif k == 'tags':
            s['trade'] = v.strip('[]').split(',')[1].strip()
    return s


SCEN = {}
for fn in sorted(os.listdir(os.path.join(OUT, 'scenarios'))):
    sc = load_scen(os.path.join(OUT, 'scenarios', fn))
    SCEN[sc['id']] = sc


# ---------------- material matchers ----------------
def line_re(line, values=None):
    pieces = re.split(r'(\{[a-z]+\})', line)
    out = []
    for p in pieces:
        if p == '{n}':
            out.append(DIGS + '{2,}')
        elif p == '{name}':
            out.append(NAMES_RE)
        elif p == '{v}':
            out.append('(?P<v>' + '|'.join(re.escape(x) for x in sorted({MC.norm(v) for v in values}, key=len, reverse=True)) + ')')
        else:
            out.append(re.escape(MC.norm(p)))
    return re.compile(''.join(out))


def sp(lines):
    return [tuple(x.split(' || ')) for x in lines]


class Mat:
    def __init__(self, t):
        M = MODS[t]
        self.t = t
        A, Cu = [], []  # (pool, line, regex, extra)
        for pool in ['GREET', 'GREET_BAD', 'ID', 'CLOSE', 'CLOSE_BAD', 'SURVEY', 'REF', 'VERIFY', 'HOLD_REQ',
                     'HOLD_THANKS', 'EMPATHY', 'PSORRY', 'NONANSWER', 'LOOKALIKE']:
            for x in getattr(M, pool):
                A.append((pool, x, line_re(x), None))
        for a, p in sp(M.RUDE):
            A.append(('RUDE', a, line_re(a), None))
            Cu.append(('PROMPT', p, line_re(p), MC.prompt_is_complaint(p)))
        for a, p in sp(M.JIYU):
            A.append(('JIYU', a, line_re(a), None))
            Cu.append(('PROMPT', p, line_re(p), MC.prompt_is_complaint(p)))
        for i, (q, a) in enumerate(sp(M.SIDE)):
            A.append(('SIDE_A', a, line_re(a), i))
            Cu.append(('SIDE_Q', q, line_re(q), i))
        for q, a in sp(M.CASUAL):
            A.append(('CASUAL_SHRUG', a, line_re(a), None))
            Cu.append(('CASUAL_Q', q, line_re(q), None))
        for pool in ['COMPLAINT', 'PROTEST', 'WALKOUT']:
            for x in getattr(M, pool):
                Cu.append((pool, x, line_re(x), None))
        self.A, self.C = A, Cu
        self.scen = {}
        for s in M.SCEN:
            a, cu = [], []
            for fi, f in enumerate(s['facts']):
                vals = [f['expected']] + f['variants'] + f['wrong']
                for x in f['stmts']:
                    a.append(('FACT', x, line_re(x, vals), fi))
            allv = [v for f in s['facts'] for v in [f['expected']] + f['variants'] + f['wrong']]
            for x in M.TOLD:
                a.append(('TOLD', x, line_re(x, allv), None))
                for fi, f in enumerate(s['facts']):
                    a.append(('FACT', x, line_re(x, [f['expected']] + f['variants'] + f['wrong']), fi))
            for ri, r in enumerate(s['req']):
                for x in r['asks']:
                    a.append(('ASK', x, line_re(x), ri))
            for x in s.get('scomplaint', []):
                cu.append(('SCOMPLAINT', x, line_re(x), None))
            for x in s['say']:
                cu.append(('SAY', x, line_re(x), None))
            self.scen[s['id']] = (a, cu)


MATS = {t: Mat(t) for t in TRADES}


def tag(ntext, sp_, mat, sid):
    res = []
    if sp_ == 'agent':
        pools = mat.A + mat.scen[sid][0]
    else:
        pools = mat.C + mat.scen[sid][1]
    for pool, line, rx, extra in pools:
        for m in rx.finditer(ntext):
            res.append(dict(pool=pool, line=line, pos=m.start(), end=m.end(), extra=extra,
                            v=m.groupdict().get('v')))
    return res


# ---------------- parse a contact ----------------
def parse(con):
    voice = con['channel'] == 'voice'
    ev = {e['type']: e for e in con['events']}
    zero = ev['agent-joined']['atMs'] if 'agent-joined' in ev else ev.get('answered', {}).get('atMs', 0)
    dl = [x for x in con['turns'] if x['speaker'] in ('agent', 'customer') and x['startMs'] >= zero]
    cust = [x for x in dl if x['speaker'] == 'customer']
    turns = []
    for x in dl:
        if x['speaker'] == 'agent' and MC.is_backchannel(x['text']) and voice and any(
                c['startMs'] < x['startMs'] and x['endMs'] <= c['endMs'] for c in cust):
            continue
        turns.append(x)
    msgs = []
    for x in turns:
        spk = 'agent' if x['speaker'] == 'agent' else 'cust'
        if msgs and not voice and msgs[-1]['sp'] == spk and x['startMs'] - msgs[-1]['end'] <= 3000:
            msgs[-1]['end'] = x['endMs']
            msgs[-1]['raw'] += x['text']
            msgs[-1]['turns'].append(x)
            continue
        msgs.append(dict(sp=spk, start=x['startMs'], end=x['endMs'], raw=x['text'], turns=[x]))
    for m in msgs:
        m['n'] = MC.norm(m['raw'])
    return dict(voice=voice, zero=zero, msgs=msgs, sid=con['scenarioId'], id=con['contactId'])


def evaluate(ctx, scen_override=None):
    S = scen_override or SCEN[ctx['sid']]
    mat = MATS[S['trade']]
    voice = ctx['voice']
    msgs = ctx['msgs']
    for m in msgs:
        m['tags'] = tag(m['n'], m['sp'], mat, ctx['sid'])
    has = lambda m, *pools: [x for x in m['tags'] if x['pool'] in pools]  # noqa: E731
    A = [i for i, m in enumerate(msgs) if m['sp'] == 'agent']
    lab = {}
    if not A:
        return {k: 'na' for k in CHECKS}
    first = msgs[A[0]]
    lab['greeting'] = 'pass' if any(x['pos'] <= 2 for x in has(first, 'GREET')) else 'fail'
    lab['agent-id'] = 'pass' if any(has(msgs[i], 'ID') for i in A[:2]) else 'fail'
    walk = any(has(m, 'WALKOUT') for m in msgs if m['sp'] == 'cust')
    lab['closing'] = 'na' if walk else ('pass' if any(has(msgs[i], 'CLOSE') for i in A[-2:]) else 'fail')
    rude = any(has(msgs[i], 'RUDE') for i in A)
    jiyu = any(has(msgs[i], 'JIYU', 'TOLD') for i in A)
    lab['forbidden-words'] = 'fail' if rude or jiyu else 'pass'
    lab['politeness'] = 'fail' if rude else 'pass'
    # verification
    if not S['requires']['verification']:
        lab['verification'] = 'na'
    else:
        vi = next((i for i in A if has(msgs[i], 'VERIFY')), None)
        di = next((i for i in A if any(x['extra'] == 0 for x in has(msgs[i], 'FACT'))), None)
        if vi is None:
            lab['verification'] = 'fail'
        elif di is not None and di < vi:
            lab['verification'] = 'fail'
        else:
            lab['verification'] = 'pass'
    # silences before agent messages
    holdthr = 15000 if voice else 30000
    deadthr = 8000 if voice else 30000
    holds, dead = [], False
    sil = {}
    for k, i in enumerate(A):
        prev_end = max([msgs[j]['end'] for j in range(i)] + [ctx['zero']])
        gap = msgs[i]['start'] - prev_end
        prevA = [j for j in A if j < i]
        announced = bool(prevA) and bool(has(msgs[prevA[-1]], 'HOLD_REQ'))
        sil[i] = (gap, announced)
        if gap >= holdthr:
            holds.append((i, announced, bool(has(msgs[i], 'HOLD_THANKS'))))
        if gap >= deadthr and not announced:
            dead = True
    if not holds:
        lab['hold-etiquette'] = 'na'
    else:
        lab['hold-etiquette'] = 'pass' if all(a and th for _, a, th in holds) else 'fail'
    lab['dead-air'] = 'fail' if dead else 'pass'
    # interruption
    if voice:
        bad = False
        for i in A:
            if i and msgs[i - 1]['sp'] == 'cust':
                c = msgs[i - 1]
                if c['start'] < msgs[i]['start'] <= c['end'] - 800:
                    bad = True
        lab['interruption'] = 'fail' if bad else 'pass'
        chars = ms = 0
        for i in A:
            for x in msgs[i]['turns']:
                du = x['endMs'] - x['startMs']
                if du >= 1500:
                    chars += MC.spoken_len(x['text'])
                    ms += du
        rate = chars / (ms / 60000.0) if ms else 0
        ctx['rate'] = rate
        lab['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
    else:
        lab['interruption'] = 'na'
        lab['speech-rate'] = 'na'
    # empathy
    comps = [i for i, m in enumerate(msgs) if m['sp'] == 'cust' and (
        has(m, 'COMPLAINT', 'SCOMPLAINT', 'PROTEST') or any(x['extra'] for x in has(m, 'PROMPT')))]
    if not comps and not S['requires']['empathy']:
        lab['empathy'] = 'na'
    else:
        ok = bool(comps)
        for ci in comps:
            nxt = [j for j in A if j > ci][:2]
            if not any(has(msgs[j], 'EMPATHY', 'PSORRY') for j in nxt):
                ok = False
        lab['empathy'] = 'pass' if ok else 'fail'
    # resolution
    ok = True
    for i, m in enumerate(msgs):
        if m['sp'] != 'cust':
            continue
        later = [msgs[j] for j in A if j > i]
        if has(m, 'SAY'):
            if not any(has(x, 'FACT') for x in later):
                ok = False
        for q in has(m, 'SIDE_Q'):
            if not any(x['extra'] == q['extra'] for y in later for x in has(y, 'SIDE_A')):
                ok = False
    lab['resolution'] = 'pass' if ok else 'fail'
    lab['first-response'] = 'pass' if first['start'] - ctx['zero'] <= S['sla']['firstResponseMs'] else 'fail'
    pending = None
    ok = True
    for i, m in enumerate(msgs):
        if m['sp'] == 'cust':
            if pending is None:
                pending = m['end'] if voice else m['start']
        else:
            if pending is not None:
                gap, ann = sil[i]
                if not (gap >= holdthr and ann) and m['start'] - pending > S['sla']['responseLatencyMs']:
                    ok = False
            pending = None
    lab['response-latency'] = 'pass' if ok else 'fail'
    fa, mi = 'pass', 'pass'
    for fi, f in enumerate(S['facts']):
        good = {MC.norm(x) for x in [f['expected']] + f['variants']}
        wrong = {MC.norm(x) for x in f['wrong']}
        vals = [x['v'] for i in A for x in sorted(has(msgs[i], 'FACT'), key=lambda y: y['pos']) if x['extra'] == fi]
        if not vals or vals[-1] not in good:
            fa = 'fail'
        if any(v in wrong for v in vals):
            mi = 'fail'
    lab['fact-accuracy'] = fa
    lab['no-misinformation'] = mi
    refre = re.compile('(工单号|受理编号|服务单号|单号|编号)(是|为)?' + DIGS + '{6,}')
    if not S['requires']['reference']:
        lab['record-reference'] = 'na'
    else:
        lab['record-reference'] = 'pass' if any(refre.search(msgs[i]['n']) for i in A) else 'fail'
    if not S['requires']['survey']:
        lab['survey-offered'] = 'na'
    else:
        lab['survey-offered'] = 'pass' if any(has(msgs[i], 'SURVEY') for i in A) else 'fail'
    ok = True
    for r in S['requiredInfo']:
        if not any(re.search(p, msgs[i]['n']) for p in r['patterns'] for i in A):
            ok = False
    lab['required-info'] = 'pass' if ok else 'fail'
    return lab


# ---------------- lint ----------------
HOMO_WRONG = [w for _, w in MC.HOMO]


def lint():
    issues = []
    cores = defaultdict(set)
    for t in TRADES:
        M = MODS[t]
        mat = MATS[t]
        allagent = [x for x in mat.A]
        for s in M.SCEN:
            a, cu = mat.scen[s['id']]
            agent_lines = allagent + a + [(None, x, None, None) for x in MC.ACK + MC.WRAPUP + MC.PROC + MC.VERIFY_OK + MC.OPEN_Q]
            for ri, r in enumerate(s['req']):
                for x in r['asks']:
                    if not any(re.search(p, MC.norm(x)) for p in r['patterns']):
                        issues.append('ask does not match its pattern: %s %s' % (s['id'], x))
                for pool, x, _, extra in agent_lines:
                    if pool == 'ASK' and extra == ri:
                        continue
                    if pool == 'VERIFY' and s['kind'] == 'info':
                        continue
                    if any(re.search(p, MC.norm(x.replace('{n}', '1234').replace('{name}', '小林').replace('{v}', '')))
                           for p in r['patterns']):
                        issues.append('pattern of %s matches a non-ask line: %s' % (s['id'], x))
        lines = [(p, x) for p, x, _, _ in mat.A + mat.C] + [(p, x) for s in M.SCEN for p, x, _, _ in
                                                          mat.scen[s['id']][0] + mat.scen[s['id']][1]]
        for p, x in lines:
            for w in HOMO_WRONG:
                if w in x:
                    issues.append('clean line holds an ASR homophone %s: %s' % (w, x))
            if p in MC.DECISIVE or p in ('PSORRY', 'SIDE_Q', 'PROMPT', 'SAY', 'CASUAL_Q'):
                cores[MC.core(x)].add((t, p, x))
        # a decisive agent line must not be found inside a line of another pool
        for p1, x1, r1, _ in mat.A:
            for p2, x2, r2, _ in mat.A:
                if p1 != p2 and r1.search(MC.norm(x2.replace('{n}', '12345').replace('{name}', '小林'))):
                    issues.append('%s line %s found inside %s line %s' % (p1, x1, p2, x2))
    for k, v in cores.items():
        trades = {a for a, _, _ in v}
        if len(trades) > 1:
            issues.append('core wording in two trades: %s %s' % (k, sorted(v)))
        elif len(v) > 1 and len({x for _, _, x in v}) > 1:
            issues.append('two material lines share one core: %s' % sorted(v))
    return issues


# ---------------- mutation ----------------
def strip_pools(m, pools):
    ts = sorted([x for x in m['tags'] if x['pool'] in pools], key=lambda x: -x['pos'])
    for x in ts:
        m['n'] = m['n'][:x['pos']] + m['n'][x['end']:]


def mutate(ctx, check, cur):
    """Return a mutated ctx (or None) whose label for check should differ from cur."""
    c = copy.deepcopy(ctx)
    S = copy.deepcopy(SCEN[c['sid']])
    M = MODS[S['trade']]
    msgs = c['msgs']
    evaluate(c)
    A = [i for i, m in enumerate(msgs) if m['sp'] == 'agent']
    tags = lambda m, *p: [x for x in m['tags'] if x['pool'] in p]  # noqa: E731
    nz = lambda x: MC.norm(x.replace('{name}', '小林').replace('{n}', '4321'))  # noqa: E731
    if check == 'greeting':
        if cur == 'fail':
            msgs[A[0]]['n'] = nz(M.GREET[0]) + msgs[A[0]]['n']
        else:
            strip_pools(msgs[A[0]], ['GREET'])
    elif check == 'agent-id':
        if cur == 'fail':
            msgs[A[0]]['n'] += nz(M.ID[0])
        else:
            for i in A:
                strip_pools(msgs[i], ['ID'])
    elif check == 'closing':
        if cur == 'fail':
            msgs[A[-1]]['n'] += nz(M.CLOSE[0])
        else:
            for i in A:
                strip_pools(msgs[i], ['CLOSE'])
    elif check in ('forbidden-words', 'politeness'):
        if cur == 'fail':
            for i in A:
                strip_pools(msgs[i], ['RUDE', 'JIYU', 'TOLD'])
        else:
            msgs[A[len(A) // 2]]['n'] += nz(sp(M.RUDE)[0][0])
    elif check == 'verification':
        if cur == 'fail':
            msgs[A[0]]['n'] += nz(M.VERIFY[0])
        else:
            for i in A:
                strip_pools(msgs[i], ['VERIFY'])
    elif check == 'hold-etiquette':
        if cur == 'fail':
            for i in A:
                msgs[i]['n'] = nz(M.HOLD_REQ[0]) + msgs[i]['n'] + nz(M.HOLD_THANKS[0])
            for i in A:  # announce in the turn before each hold, thank after
                pass
        else:
            for i in A:
                strip_pools(msgs[i], ['HOLD_THANKS'])
    elif check == 'dead-air':
        if cur == 'fail':
            for k in range(1, len(msgs)):
                prev_end = max(msgs[j]['end'] for j in range(k))
                if msgs[k]['sp'] == 'agent' and msgs[k]['start'] - prev_end >= 8000:
                    sh = msgs[k]['start'] - prev_end - 1000
                    for j in range(k, len(msgs)):
                        msgs[j]['start'] -= sh
                        msgs[j]['end'] -= sh
                        for x in msgs[j]['turns']:
                            x['startMs'] -= sh
                            x['endMs'] -= sh
        else:
            i = A[len(A) // 2]
            for j in range(i, len(msgs)):
                msgs[j]['start'] += 40000 if not c['voice'] else 12000
                msgs[j]['end'] += 40000 if not c['voice'] else 12000
            for j in A:
                strip_pools(msgs[j], ['HOLD_REQ'])
    elif check == 'interruption':
        if cur == 'fail':
            for i in A:
                if i and msgs[i - 1]['sp'] == 'cust' and msgs[i]['start'] < msgs[i - 1]['end']:
                    msgs[i]['start'] = msgs[i - 1]['end'] + 300
        else:
            i = next(i for i in A if i and msgs[i - 1]['sp'] == 'cust')
            msgs[i]['start'] = msgs[i - 1]['end'] - 1500
            msgs[i - 1]['start'] = min(msgs[i - 1]['start'], msgs[i]['start'] - 500)
    elif check == 'speech-rate':
        if cur == 'fail':
            for i in A:
                for x in msgs[i]['turns']:
                    x['endMs'] = x['startMs'] + max(400, int(MC.spoken_len(x['text']) / 200.0 * 60000))
        else:
            for i in A:
                for x in msgs[i]['turns']:
                    x['endMs'] = x['startMs'] + max(400, int(MC.spoken_len(x['text']) / 400.0 * 60000))
    elif check == 'empathy':
        if cur == 'fail':
            for i in A:
                msgs[i]['n'] += nz(M.EMPATHY[0])
        else:
            for i in A:
                strip_pools(msgs[i], ['EMPATHY', 'PSORRY'])
    elif check == 'resolution':
        if cur == 'fail':
            for q, a in sp(M.SIDE):
                msgs[A[-1]]['n'] += nz(a)
        else:
            for i in A:
                strip_pools(msgs[i], ['FACT', 'SIDE_A', 'TOLD'])
    elif check == 'first-response':
        S['sla']['firstResponseMs'] = 60000 if cur == 'fail' else 1
        return c, S
    elif check == 'response-latency':
        S['sla']['responseLatencyMs'] = 29500 if cur == 'fail' else 500
        return c, S
    elif check in ('fact-accuracy', 'no-misinformation'):
        f_all = S['facts']
        if cur == 'fail':
            for fi, f in enumerate(f_all):
                extra = nz(MODS[S['trade']].SCEN[[x['id'] for x in M.SCEN].index(S['id'])]['facts'][fi]['stmts'][0].replace('{v}', f['expected']))
                for i in A:
                    for w in f['wrong']:
                        msgs[i]['n'] = msgs[i]['n'].replace(MC.norm(w), MC.norm(f['expected']))
                msgs[A[-1]]['n'] += extra
        else:
            f = f_all[0]
            extra = nz(M.SCEN[[x['id'] for x in M.SCEN].index(S['id'])]['facts'][0]['stmts'][0].replace('{v}', f['wrong'][0]))
            msgs[A[-1]]['n'] += extra
    elif check == 'record-reference':
        if cur == 'fail':
            msgs[A[-1]]['n'] += MC.norm('工单号是2026120712')
        else:
            for i in A:
                msgs[i]['n'] = re.sub('(工单号|受理编号|服务单号|单号|编号)(是|为)?' + DIGS + '{6,}', '', msgs[i]['n'])
    elif check == 'survey-offered':
        if cur == 'fail':
            msgs[A[-1]]['n'] += nz(M.SURVEY[0])
        else:
            for i in A:
                strip_pools(msgs[i], ['SURVEY'])
    elif check == 'required-info':
        if cur == 'fail':
            for r in M.SCEN[[x['id'] for x in M.SCEN].index(S['id'])]['req']:
                msgs[A[0]]['n'] += nz(r['asks'][0])
        else:
            for i in A:
                strip_pools(msgs[i], ['ASK'])
    return c, S


def evaluate_mut(c, S):
    # evaluate() re-tags from m['n']; keep mutated text
    return evaluate(c, S)


def main():
    contacts = [json.loads(x) for x in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(x)['contactId']: json.loads(x) for x in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')}
    dis = []
    reuse = Counter()
    reuse_lines = defaultdict(set)
    ctxs = {}
    bad_scen = [c['contactId'] for c in contacts if c['scenarioId'] not in SCEN]
    for con in contacts:
        L = labels[con['contactId']]
        if con['outcome'] != 'completed':
            if any(v != 'na' for v in L['labels'].values()):
                dis.append((con['contactId'], 'special', 'not all na'))
            continue
        ctx = parse(con)
        lab = evaluate(ctx)
        ctxs[con['contactId']] = ctx
        for k in CHECKS:
            if lab[k] != L['labels'][k]:
                dis.append((con['contactId'], k, 'label %s, derived %s' % (L['labels'][k], lab[k])))
            if L['labels'][k] == 'fail' and not L['why'].get(k):
                dis.append((con['contactId'], k, 'fail without reason'))
        for m in ctx['msgs']:
            seen = set()
            for x in m['tags']:
                if x['pool'] in MC.DECISIVE or x['pool'] in ('PSORRY',):
                    key = (x['pool'], x['line'])
                    if key in seen:
                        continue
                    seen.add(key)
                    cw = MC.core(x['line'])
                    reuse[cw] += 1
                    reuse_lines[cw].add(x['line'])
    # reasons unique
    whys = Counter(v for L in labels.values() for k, v in L['why'].items() if k != 'special')
    dup_why = [w for w, n in whys.items() if n > 1]
    li = lint()
    # mutation
    mut_total = mut_caught = 0
    missed = []
    for cid, ctx in ctxs.items():
        L = labels[cid]['labels']
        for k in CHECKS:
            cur = L[k]
            if cur == 'na':
                continue
            r = mutate(ctx, k, cur)
            if r is None:
                continue
            c2, S2 = r
            lab2 = evaluate(c2, S2)
            mut_total += 1
            if lab2[k] != cur:
                mut_caught += 1
            else:
                missed.append((cid, k, cur))
    # counts table
    cnt = {k: Counter(L['labels'][k] for L in labels.values()) for k in CHECKS}
    print('contacts: %d (normal %d)' % (len(contacts), len(ctxs)))
    print('scenario ids unknown: %d' % len(bad_scen))
    print('disagreements: %d' % len(dis))
    for x in dis[:40]:
        print('  ', x)
    print('lint issues: %d' % len(li))
    for x in li[:40]:
        print('  ', x)
    top = reuse.most_common(5)
    print('highest core-wording use: %d  (%s)' % (top[0][1], top[0][0]))
    over = [(k, n) for k, n in reuse.items() if n > 3]
    print('core wordings used more than 3 times: %d' % len(over))
    for k, n in over[:20]:
        print('  ', n, sorted(reuse_lines[k]))
    print('duplicate fail reasons: %d' % len(dup_why))
    for w in dup_why[:10]:
        print('  ', w)
    print('mutation check: %d/%d caught' % (mut_caught, mut_total))
    for x in missed[:30]:
        print('   missed', x)
    print('%-20s %5s %5s %5s' % ('check', 'pass', 'fail', 'na'))
    for k in CHECKS:
        print('%-20s %5d %5d %5d' % (k, cnt[k]['pass'], cnt[k]['fail'], cnt[k]['na']))
    nt = [len([x for x in c['turns'] if x['speaker'] in ('agent', 'customer')]) for c in contacts if c['outcome'] == 'completed']
    print('dialogue turns per normal contact: %d-%d' % (min(nt), max(nt)))
    return 0 if not dis and not li and not over and mut_caught == mut_total else 1


if __name__ == '__main__':
    sys.exit(main())
