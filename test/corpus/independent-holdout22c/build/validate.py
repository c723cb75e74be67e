"""Re-derives every label from contacts + material + scenarios; lints; counts wording reuse; mutation check."""
import json, os, re, sys, copy, importlib, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mat_common as MC
from plan import CHECKS, TRADES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MATS = {t: importlib.import_module('mat_' + t) for t in TRADES}
SCEN = {s['id']: (t, s) for t in TRADES for s in MATS[t].SCEN}

SINGLE = ['greet_v', 'greet_c', 'greetid_v', 'greetid_c', 'nogreet', 'idl', 'nonid', 'close_v', 'close_c', 'noclose', 'survey',
          'ref', 'verok', 'holdthx', 'emp', 'cpl', 'protest', 'rude', 'tui', 'leng', 'told', 'lookalike', 'nonans', 'press',
          'receipt', 'bye', 'capol', 'nudge', 'walk', 'prompt', 'hard_small', 'ack']


def templates(t, s):
    """(pool, key, normalized regex) for one trade + scenario"""
    m = MATS[t]
    out = []
    def add(pool, key, raw):
        for form in raw.split('~'):
            out.append((pool, key, form))
    for pool in SINGLE:
        for i, x in enumerate(m.L[pool]):
            add(pool, i, x)
    for i, (a, b) in enumerate(m.L['verask']):
        add('verask', i, a); add('verans', i, b)
    for i, (a, b) in enumerate(m.L['q2']):
        add('q2q', i, a); add('q2a', i, b)
    for i, (a, b) in enumerate(m.L['qinc']):
        add('qincq', i, a); add('qinca', i, b)
    for i, (a, b) in enumerate(m.L['small']):
        add('small', i, a); add('small_a', i, b)
    for k in ('open', 'open_cpl', 'hold', 'f1', 'f2', 'ask2'):
        for i, x in enumerate(s.get(k, [])):
            add({'open_cpl': 'opencpl', 'hold': 'holdask'}.get(k, k), i, x)
    for q in s['req']:
        for i, x in enumerate(q['asks']):
            add('reqask', i, x)
        for i, x in enumerate(q['answers']):
            add('reqans', i, x)
    for i, x in enumerate(MC.CORR):
        add('corr', i, x)
    for i, (sp, pool, x) in enumerate(getattr(m, 'CURT_SCRIPT', [])):
        add(pool, ('c%d' if sp == 'a' else 'k%d') % i, x)
    vals = sorted({MC.norm(v) for f in s['facts'] for v in [f['expected']] + f['variants'] + f['wrong']}, key=len, reverse=True)
    names = '|'.join(re.escape(n) for n, _ in m.AGENTS)
    slot = {'v': '(?:%s)' % '|'.join(re.escape(v) for v in vals), 'n': '(?:%s)' % names, 'g': r'\d+', 'r': r'\d+', 't': r'\d+',
            'b': '(?:%s)' % '|'.join(re.escape(MC.norm(b)) for b in MC.BIRTH)}
    comp = []
    for pool, key, form in out:
        parts = re.split(r'\{(\w)\}', form)
        rx = ''
        for j, ptxt in enumerate(parts):
            rx += slot[ptxt] if j % 2 else re.escape(MC.norm(ptxt))
        comp.append((pool, key, re.compile(rx), form))
    return comp


_TC = {}


def segment(text, t, s):
    key = (t, s['id'])
    if key not in _TC:
        _TC[key] = templates(t, s)
    comp = _TC[key]
    n = MC.norm(text)
    memo = {}
    def rec(p):
        if p == len(n):
            return []
        if p in memo:
            return memo[p]
        memo[p] = None
        for pool, k, rx, form in comp:
            mt = rx.match(n, p)
            if mt and mt.end() > p:
                rest = rec(mt.end())
                if rest is not None:
                    memo[p] = [(pool, k, mt.group(0))] + rest
                    return memo[p]
        return None
    return rec(0)


def messages(c):
    """dialogue messages after agent-joined; chat bubbles merged; voice backchannels dropped"""
    t, s = SCEN[c['scenarioId']]
    joined = next((e['atMs'] for e in c['events'] if e['type'] == 'agent-joined'), None)
    if joined is None:
        joined = next((e['atMs'] for e in c['events'] if e['type'] == 'answered'), 0)
    voice = c['channel'] == 'voice'
    msgs, errs = [], []
    cust = [x for x in c['turns'] if x['speaker'] == 'customer']
    for x in c['turns']:
        if x['speaker'] not in ('agent', 'customer') or x['startMs'] < joined:
            continue
        if voice and x['speaker'] == 'agent' and MC.PUNCT.sub('', x['text']) in MC.BC and \
                any(y['startMs'] < x['startMs'] and x['endMs'] <= y['endMs'] for y in cust):
            continue
        if not voice and msgs and msgs[-1]['sp'] == x['speaker'] and x['startMs'] - msgs[-1]['end'] <= 3000:
            msgs[-1]['text'] += x['text']; msgs[-1]['end'] = x['endMs']; msgs[-1]['parts'].append(x)
            continue
        msgs.append({'sp': x['speaker'], 'text': x['text'], 'st': x['startMs'], 'end': x['endMs'], 'parts': [x]})
    for mm in msgs:
        mm['segs'] = segment(mm['text'], t, s)
        if mm['segs'] is None:
            errs.append('unsegmentable: ' + mm['text'])
            mm['segs'] = []
        mm['pools'] = [g[0] for g in mm['segs']]
    return msgs, joined, errs


def derive(c):
    t, s = SCEN[c['scenarioId']]
    k = s['kind']
    req = dict(verification=k != 'info', reference=k != 'info', empathy=k == 'complaint', survey=k != 'complaint')
    voice = c['channel'] == 'voice'
    msgs, joined, errs = messages(c)
    A = [i for i, m in enumerate(msgs) if m['sp'] == 'agent']
    Lb = {}
    has = lambda i, *p: any(x in p for x in msgs[i]['pools'])
    # greeting / id
    Lb['greeting'] = 'pass' if A and any(x in ('greet_v', 'greet_c', 'greetid_v', 'greetid_c') for x in msgs[A[0]]['pools'][:2]) else 'fail'
    Lb['agent-id'] = 'pass' if any(has(i, 'greetid_v', 'greetid_c', 'idl') for i in A[:2]) else 'fail'
    # closing
    lastc = max([i for i, m in enumerate(msgs) if m['sp'] == 'customer'], default=-1)
    if lastc > (A[-1] if A else -1) and 'walk' in msgs[lastc]['pools']:
        Lb['closing'] = 'na'
    else:
        ok = A and (has(A[-1], 'close_v', 'close_c') or (set(msgs[A[-1]]['pools']) <= {'survey'} and len(A) > 1 and has(A[-2], 'close_v', 'close_c')))
        Lb['closing'] = 'pass' if ok else 'fail'
    rude = any(has(i, 'rude') for i in A)
    asegs = [g for i in A for g in msgs[i]['segs']]
    curt = len(asegs) >= 2 and all(isinstance(g[1], str) and g[1].startswith('c') for g in asegs) and \
        not any(('您' in msgs[i]['text'] or '请' in msgs[i]['text']) for i in A)
    Lb['politeness'] = 'fail' if (rude or curt) else 'pass'
    Lb['forbidden-words'] = 'fail' if (curt or any(has(i, 'rude', 'tui', 'leng', 'told') for i in A)) else 'pass'
    # facts
    vals = []
    for fi, f in enumerate(s['facts']):
        for cls, lst in (('ok', [f['expected']] + f['variants']), ('bad', f['wrong'])):
            for v in lst:
                vals.append((MC.norm(v), fi, cls))
    vals.sort(key=lambda x: -len(x[0]))
    occ = []
    for i in A:
        txt = MC.norm(msgs[i]['text'])
        for v, fi, cls in vals:
            p = txt.find(v)
            while p >= 0:
                occ.append((i, p, fi, cls))
                txt = txt[:p] + '#' * len(v) + txt[p + len(v):]
                p = txt.find(v)
    occ.sort()
    fa = 'pass'
    for fi in range(2):
        o = [x for x in occ if x[2] == fi]
        if not o or o[-1][3] != 'ok':
            fa = 'fail'
    Lb['fact-accuracy'] = fa
    Lb['no-misinformation'] = 'fail' if any(x[3] == 'bad' for x in occ) else 'pass'
    # verification
    if not req['verification']:
        Lb['verification'] = 'na'
    else:
        vo = next((i for i in A if has(i, 'verok')), None)
        disc = next((x[0] for x in occ if x[2] == 0), None)
        if vo is None:
            Lb['verification'] = 'fail'
        elif disc is not None and disc < vo:
            Lb['verification'] = 'fail'
        elif disc is not None and disc == vo and msgs[vo]['pools'].index('verok') > min(j for j, g in enumerate(msgs[vo]['segs']) if g[0] in ('f1',)) if 'f1' in msgs[vo]['pools'] else False:
            Lb['verification'] = 'fail'
        else:
            Lb['verification'] = 'pass'
    # timing
    dead_t, hold_t = (8000, 15000) if voice else (30000, 30000)
    fr_sla, lat_sla = s['sla']
    holds, dead = [], False
    spans = [(e['atMs']) for e in c['events'] if e['type'] == 'hold-start']
    for j, mm in enumerate(msgs):
        prev_end = joined if j == 0 else msgs[j - 1]['end']
        gap = mm['st'] - prev_end
        owed = j == 0 or msgs[j - 1]['sp'] == 'customer' or mm['sp'] == 'agent'
        if not owed:
            continue
        lastA = max([i for i in A if i < j], default=None)
        announced = lastA is not None and has(lastA, 'holdask') and j > 0
        is_hold = mm['sp'] == 'agent' and (gap >= hold_t or any(prev_end <= h < mm['st'] for h in spans))
        if is_hold:
            holds.append((announced, has(j, 'holdthx')))
        if gap >= dead_t and not (announced and is_hold):
            dead = True
    Lb['hold-etiquette'] = 'na' if not holds else ('pass' if all(a and b for a, b in holds) else 'fail')
    Lb['dead-air'] = 'fail' if dead else 'pass'
    if voice:
        intr = False
        cust = [x for x in c['turns'] if x['speaker'] == 'customer']
        for i in A:
            st = msgs[i]['st']
            if any(y['startMs'] < st and st <= y['endMs'] - 800 for y in cust):
                intr = True
        Lb['interruption'] = 'fail' if intr else 'pass'
        ch = ms = 0
        for i in A:
            d = msgs[i]['end'] - msgs[i]['st']
            if d >= 1500:
                ch += MC.spoken_chars(msgs[i]['text']); ms += d
        rate = ch / ms * 60000 if ms else 200
        Lb['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
    else:
        Lb['interruption'] = 'na'; Lb['speech-rate'] = 'na'
    # empathy
    cpl = [j for j, mm in enumerate(msgs) if mm['sp'] == 'customer' and set(mm['pools']) & {'opencpl', 'cpl', 'protest'}]
    if not cpl and not req['empathy']:
        Lb['empathy'] = 'na'
    else:
        ok = bool(cpl)
        for j in cpl:
            nxt = [i for i in A if i > j][:2]
            if not any(has(i, 'emp') for i in nxt):
                ok = False
        Lb['empathy'] = 'pass' if ok else 'fail'
    # resolution
    res = 'pass'
    for j, mm in enumerate(msgs):
        if mm['sp'] != 'customer':
            continue
        for pool, key, _ in mm['segs']:
            if pool == 'q2q' and not any(x[0] == 'q2a' and x[1] == key for i in A if i > j for x in msgs[i]['segs']):
                res = 'fail'
            if pool == 'ask2' and not any(x[0] > j and x[2] == 1 for x in occ):
                res = 'fail'
            if pool in ('open', 'opencpl') and not any(x[0] > j and x[2] == 0 for x in occ):
                res = 'fail'
    Lb['resolution'] = res
    Lb['first-response'] = 'pass' if A and msgs[A[0]]['st'] - joined <= fr_sla else 'fail'
    lat = 'pass'
    fu = None
    for j, mm in enumerate(msgs):
        if mm['sp'] == 'customer':
            if fu is None:
                fu = mm['end']
        else:
            if fu is not None and mm['st'] - fu > lat_sla:
                lat = 'fail'
            fu = None
    Lb['response-latency'] = lat
    Lb['record-reference'] = 'na' if not req['reference'] else ('pass' if any(has(i, 'ref') for i in A) else 'fail')
    Lb['survey-offered'] = 'na' if not req['survey'] else ('pass' if any(has(i, 'survey') for i in A) else 'fail')
    ri = 'pass'
    for q in s['req']:
        if not any(re.search(p, MC.norm(msgs[i]['text'])) for i in A for p in q['patterns']):
            ri = 'fail'
    Lb['required-info'] = ri
    return {k: Lb[k] for k in CHECKS}, errs


def core(s):
    s = re.sub(r'\{\w\}', '', s.split('~')[0])
    s = MC.norm(s)
    s = re.sub(r'[0-9A-Za-z]', '', s)
    for p in '了的吧呀啦嘛呢啊哦～':
        s = s.replace(p, '')
    for t in TRADES:
        for n, _ in MATS[t].AGENTS:
            s = s.replace(n, '')
    return s


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {o['contactId']: o for o in (json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8'))}
    dis, errs_all = [], []
    derived = {}
    for c in contacts:
        lab = labels[c['contactId']]
        if c['outcome'] != 'completed' or not any(x['speaker'] == 'agent' for x in c['turns']):
            if any(v != 'na' for v in lab['labels'].values()):
                dis.append((c['contactId'], 'special', 'not all na'))
            continue
        d, errs = derive(c)
        derived[c['contactId']] = d
        errs_all += [(c['contactId'], e) for e in errs]
        for k in CHECKS:
            if d[k] != lab['labels'][k]:
                dis.append((c['contactId'], k, 'label %s derived %s' % (lab['labels'][k], d[k])))
            if lab['labels'][k] == 'fail' and not lab['why'].get(k):
                dis.append((c['contactId'], k, 'fail without reason'))
    # lint
    lint = []
    for cid, e in errs_all:
        lint.append('%s %s' % (cid, e))
    seen = {}
    for t in TRADES:
        m = MATS[t]
        for pool, lst in m.L.items():
            for x in lst:
                for form in (x if isinstance(x, tuple) else (x,)):
                    for f in form.split('~'):
                        if MC.norm(f) != MC.PUNCT.sub('', f).replace('呃', '').replace('嗯', '') and False:
                            pass
                        if f.startswith('那个') or f.startswith('就是'):
                            lint.append('%s/%s starts with filler: %s' % (t, pool, f))
                        if pool.endswith('_c') and any(w in f for w in MC.VOICE_ONLY):
                            lint.append('%s/%s voice word in chat line: %s' % (t, pool, f))
                        if pool.endswith('_v') and any(w in f for w in MC.CHAT_ONLY):
                            lint.append('%s/%s chat word in voice line: %s' % (t, pool, f))
                        cw = core(f)
                        if cw and cw in seen and seen[cw][0] != t:
                            lint.append('core wording in two trades (%s, %s): %s' % (seen[cw][0], t, f))
                        seen.setdefault(cw, (t, pool))
        for s in m.SCEN:
            for f in s['facts']:
                vs = [f['expected']] + f['variants'] + f['wrong']
            reasons = [lab['why'] for lab in labels.values()]
    # chat lines must not carry voice words in webchat contacts and vice versa
    for c in contacts:
        for x in c['turns']:
            if x['speaker'] != 'agent':
                continue
            if c['channel'] == 'webchat' and any(w in x['text'] for w in MC.VOICE_ONLY):
                lint.append('%s voice word in chat: %s' % (c['contactId'], x['text']))
            if c['channel'] == 'voice' and any(w in x['text'] for w in MC.CHAT_ONLY):
                lint.append('%s chat word in voice: %s' % (c['contactId'], x['text']))
    # reasons unique
    rs = collections.Counter(w for o in labels.values() for k, w in o['why'].items() if k != 'special')
    for w, n in rs.items():
        if n > 1:
            lint.append('reason shared %d times: %s' % (n, w))
    # wording reuse: every line used in the contacts, by core wording
    use = collections.Counter()
    for c in contacts:
        if c['contactId'] not in derived:
            continue
        msgs, _, _ = messages(c)
        for mm in msgs:
            for pool, key, txt in mm['segs']:
                use[(pool, key, c['scenarioId'] if pool in ('open', 'opencpl', 'holdask', 'f1', 'f2', 'ask2', 'reqask', 'reqans') else c['scenarioId'].split('-')[0])] += 1
    top = use.most_common(5)
    # mutation check
    caught = missed = 0
    miss_list = []
    for c in contacts:
        if c['contactId'] not in derived:
            continue
        lab = labels[c['contactId']]['labels']
        for k in CHECKS:
            if lab[k] != 'fail':
                continue
            ok = mutate_and_check(c, k, derived[c['contactId']][k])
            if ok:
                caught += 1
            else:
                missed += 1
                miss_list.append((c['contactId'], k))
    print('contacts', len(contacts), 'derived', len(derived))
    print('disagreements', len(dis))
    for d in dis[:40]:
        print('  ', d)
    print('lint', len(lint))
    for l in lint[:200]:
        print('  ', l)
    print('highest core-wording use', top[0][1] if top else 0, top[:3])
    print('mutation: caught %d missed %d' % (caught, missed))
    for m in miss_list[:20]:
        print('  missed', m)
    cnt = {k: collections.Counter(o['labels'][k] for o in labels.values()) for k in CHECKS}
    print('%-18s %5s %5s %5s' % ('check', 'pass', 'fail', 'na'))
    for k in CHECKS:
        print('%-18s %5d %5d %5d' % (k, cnt[k]['pass'], cnt[k]['fail'], cnt[k]['na']))
    tl = [len(c['turns']) for c in contacts if c['contactId'] in derived]
    print('turns per normal contact: %d-%d' % (min(tl), max(tl)))
    return len(dis), len(lint), missed


def mutate_and_check(c, k, before):
    """remove or alter the decisive line/timing for check k and confirm the derived label changes"""
    t, s = SCEN[c['scenarioId']]
    c2 = copy.deepcopy(c)
    msgs, joined, _ = messages(c2)
    A = [m for m in msgs if m['sp'] == 'agent']
    def drop(pred):
        ids = set()
        for m in msgs:
            if m['sp'] == 'agent' and any(pred(g) for g in m['segs']):
                ids |= {id(x) for x in m['parts']}
        c2['turns'] = [x for x in c2['turns'] if id(x) not in ids]
    def insert_agent(text, at_first=False, at_end=False):
        if at_first:
            first = A[0]['parts'][0]
            first['text'] = text + first['text']
        else:
            last = c2['turns'][-1]['endMs'] + 2000
            c2['turns'].append({'speaker': 'agent', 'text': text, 'startMs': last, 'endMs': last + 3000, 'confidence': 0.95})
    L = MATS[t].L
    if k == 'greeting':
        A[0]['parts'][0]['text'] = L['greet_c'][0].split('~')[0]
    elif k == 'agent-id':
        e = A[0]['parts'][-1]['endMs']
        c2['turns'].append({'speaker': 'agent', 'text': L['idl'][0].replace('{n}', MATS[t].AGENTS[0][0]).replace('{g}', '1234'), 'startMs': e + 50, 'endMs': e + 60, 'confidence': 0.95})
    elif k == 'closing':
        insert_agent(L['close_c'][0].split('~')[0], at_end=True)
    elif k in ('politeness', 'forbidden-words'):
        drop(lambda g: g[0] in ('rude', 'tui', 'leng', 'told') or (isinstance(g[1], str) and g[1].startswith('c')))
    elif k == 'verification':
        drop(lambda g: g[0] in ('f1',))
        insert_agent(L['verok'][0])
        drop(lambda g: g[0] in ('f1',))
    elif k in ('hold-etiquette', 'dead-air', 'response-latency', 'first-response'):
        # close every long gap: shift later turns earlier
        turns = sorted(c2['turns'], key=lambda x: x['startMs'])
        shift = 0
        prev = joined
        for x in turns:
            if x['startMs'] < joined:
                continue
            x['startMs'] -= shift; x['endMs'] -= shift
            gap = x['startMs'] - prev
            if gap > 5000:
                d = gap - 3000
                shift += d; x['startMs'] -= d; x['endMs'] -= d
            prev = max(prev, x['endMs'])
        c2['events'] = [e for e in c2['events'] if e['type'] not in ('hold-start', 'hold-end')]
    elif k == 'interruption':
        for x in c2['turns']:
            x['startMs'] = x['startMs']
        cust = [x for x in c2['turns'] if x['speaker'] == 'customer']
        for m in A:
            for y in cust:
                if y['startMs'] < m['st'] <= y['endMs'] - 800:
                    m['parts'][0]['startMs'] = y['endMs'] + 200
                    m['parts'][0]['endMs'] = max(m['parts'][0]['endMs'], y['endMs'] + 300)
    elif k == 'speech-rate':
        for m in A:
            for x in m['parts']:
                d = x['endMs'] - x['startMs']
                n = MC.spoken_chars(x['text'])
                x['endMs'] = x['startMs'] + max(d, 0) if False else x['startMs'] + int(n / 200 * 60000)
    elif k == 'empathy':
        # put an apology at the head of the agent's next message after every complaint
        for j, m in enumerate(msgs):
            if m['sp'] == 'customer' and set(m['pools']) & {'opencpl', 'cpl', 'protest'}:
                nxt = [mm for mm in msgs[j + 1:] if mm['sp'] == 'agent']
                if nxt:
                    nxt[0]['parts'][0]['text'] = L['emp'][0].split('~')[0] + re.sub('^(呃|那个|就是|嗯)+', '', nxt[0]['parts'][0]['text'])
    elif k == 'resolution':
        c2['turns'] = [x for x in c2['turns'] if not (x['speaker'] == 'customer' and set(g[0] for g in (segment(x['text'], t, s) or [])) & {'q2q', 'ask2'})]
    elif k in ('fact-accuracy', 'no-misinformation'):
        for fi in range(2):
            f = s['facts'][fi]
            for x in c2['turns']:
                if x['speaker'] == 'agent':
                    for w in f['wrong']:
                        x['text'] = x['text'].replace(w, f['expected'])
        insert_agent(s['f1'][0].replace('{v}', s['facts'][0]['expected']) + s['f2'][0].replace('{v}', s['facts'][1]['expected']))
    elif k == 'record-reference':
        insert_agent(L['ref'][1].split('~')[0].replace('{r}', '88990011'))
    elif k == 'survey-offered':
        insert_agent(L['survey'][0])
    elif k == 'required-info':
        insert_agent(s['req'][0]['asks'][0])
    c2['turns'].sort(key=lambda x: (x['startMs'], x['endMs']))
    try:
        after, _ = derive(c2)
    except Exception as e:
        return False
    return after[k] != before


if __name__ == '__main__':
    main()
