# Re-derives every label from contacts.jsonl + material + scenarios; lints material; counts reuse; mutation check.
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import *
import importlib
import plan as PLAN

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MATS = {t: importlib.import_module('mat_' + t).T for t in PLAN.TRADES}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']


def read_yaml(path):
    """tiny reader for the flat YAML the generator writes"""
    d = {'facts': [], 'requiredInfo': []}
    sec = None
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        m = re.match(r'^(\w+):\s*(.*)$', ln)
        if m:
            k, v = m.groups()
            sec = k
            if k == 'id':
                d['id'] = v
            elif k in ('requires', 'sla'):
                d[k] = {a: b for a, b in re.findall(r'(\w+): (\w+)', v)}
            continue
        m = re.match(r'^  - \{ (.*) \}$', ln)
        if m and sec in ('facts', 'requiredInfo'):
            body = m.group(1)
            item = {'key': re.match(r'key: ([\w-]+)', body).group(1)}
            for fld in ('label', 'expected'):
                mm = re.search(fld + r': ("(?:[^"\\]|\\.)*")', body)
                if mm:
                    item[fld] = json.loads(mm.group(1))
            for fld in ('variants', 'wrong', 'cues', 'patterns'):
                mm = re.search(fld + r': (\[[^\]]*\])', body)
                if mm:
                    item[fld] = json.loads(mm.group(1))
            d[sec].append(item)
    return d


SCEN = {}
for fn in sorted(os.listdir(os.path.join(OUT, 'scenarios'))):
    y = read_yaml(os.path.join(OUT, 'scenarios', fn))
    SCEN[y['id']] = y


def trade_of(sid):
    for t, M in MATS.items():
        for s in M['scen']:
            if s['id'] == sid:
                return t, s
    raise KeyError(sid)


class Mat:
    """canonical forms of a trade's decisive material"""
    def __init__(self, t):
        M = MATS[t]
        self.M = M
        cat = lambda k: [C(x.split('|', 1)[-1]) for x in M[k]]
        self.ids = [C(x) for x in M['open_gi'] + M['ids']] + [C(M['curt']['open'])] if 'curt' in M else [C(x) for x in M['open_gi'] + M['ids']]
        self.closings = cat('closings')
        self.survey = cat('survey')
        self.vask = cat('vask')
        self.hold_req = cat('hold_req')
        self.hold_thx = cat('hold_thx')
        self.apology = cat('apology') + cat('papology')
        self.rude = cat('rude')
        self.jiyu_plain = [C(x.split('|', 1)[1]) for x in M['jiyu'] if '{v}' not in x]
        self.jiyu_tpl = [C(x.split('|', 1)[1].split('{v}')[0]) for x in M['jiyu'] if '{v}' in x]
        self.curt = [C(v) for v in M['curt'].values()] if 'curt' in M else []
        self.walkout = cat('walkout')
        self.protest = cat('protest')
        self.side = [(C(q), C(a), cas) for q, a, cas in M['side'] + [M['tw_q'] + (False,), M['lm_q'] + (False,)]]
        self.ref = [re.compile(re.escape(C(x.split('{ref}')[0])) + r'\d{6,}') for x in M['ref']]
        self.scen = {}
        for s in M['scen']:
            comp = [C(x.lstrip('!')) for x in s['complaints']] + [C(x.lstrip('!')) for x in s['say'] if x.startswith('!')]
            says = [C(x.lstrip('!')) for x in s['say']]
            facts = []
            for f in s['facts']:
                tpls = [C(x) for x in f['stmts']]
                facts.append((f, [x.split('{v}')[0] if False else x for x in f['stmts']]))
            self.scen[s['id']] = dict(comp=comp, says=says, facts=facts)


MAT = {t: Mat(t) for t in PLAN.TRADES}


def has(text, lines):
    return any(l and l in text for l in lines)


def fact_values(ctext, f, stmts):
    """all (position, value, kind) statements of fact f in canonical text"""
    found = []
    for tpl in stmts:
        for kind, vals in (('ok', [f['expected']] + f['variants']), ('wrong', f['wrong'])):
            for v in vals:
                s = C(tpl.replace('{v}', v))
                i = ctext.find(s)
                if i >= 0:
                    found.append((i, kind, v))
    return found


def messages(o):
    """dialogue messages: agent (non-backchannel) and customer turns; chat bubbles merged"""
    ch = o['channel']
    joined = next((e['atMs'] for e in o['events'] if e['type'] == 'agent-joined'), None)
    msgs = []
    for i, t in enumerate(o['turns']):
        if t['speaker'] not in ('agent', 'customer'):
            continue
        if joined is None or t['startMs'] < joined:
            continue  # typed to the bot / before an agent
        bc = t['speaker'] == 'agent' and C(t['text']) in [C(b) for b in BACKCHANNELS] + ['']
        if bc:
            continue
        if ch == 'webchat' and msgs and msgs[-1]['sp'] == t['speaker'] and t['startMs'] - msgs[-1]['last'] <= 2500:
            msgs[-1]['text'] += t['text']
            msgs[-1]['last'] = t['startMs']
            msgs[-1]['end'] = t['endMs']
            msgs[-1]['idx'].append(i)
            continue
        msgs.append({'sp': t['speaker'], 'text': t['text'], 'start': t['startMs'], 'end': t['endMs'],
                     'last': t['startMs'], 'idx': [i]})
    for m in msgs:
        m['c'] = C(m['text'])
    return msgs, joined


def derive(o):
    """returns labels, decisive (check -> list of message indexes or special markers)"""
    sid = o['scenarioId']
    t, S = trade_of(sid)
    Y = SCEN[sid]
    R = {k: v == 'true' for k, v in Y['requires'].items()}
    sla = {k: int(v) for k, v in Y['sla'].items()}
    mt = MAT[t]
    sc = mt.scen[sid]
    ch = o['channel']
    L_, dec = {}, {}
    if o['outcome'] != 'completed' or not any(e['type'] == 'agent-joined' for e in o['events']):
        return {k: 'na' for k in CHECKS}, {}
    msgs, joined = messages(o)
    ag = [i for i, m in enumerate(msgs) if m['sp'] == 'agent']
    cu = [i for i, m in enumerate(msgs) if m['sp'] == 'customer']
    # greeting
    first = msgs[ag[0]]['c']
    L_['greeting'] = 'pass' if any(C(g) in first[:14] for g in GREET_WORDS) else 'fail'
    dec['greeting'] = [ag[0]]
    # agent id
    ok = any(has(msgs[i]['c'], mt.ids) for i in ag[:2])
    L_['agent-id'] = 'pass' if ok else 'fail'
    dec['agent-id'] = ag[:2]
    # closing
    walked = any(has(msgs[i]['c'], mt.walkout) for i in cu)
    if walked:
        L_['closing'] = 'na'
    else:
        L_['closing'] = 'pass' if any(has(msgs[i]['c'], mt.closings) for i in ag[-2:]) else 'fail'
    dec['closing'] = ag[-1:]
    # politeness / forbidden
    rude = [i for i in ag if has(msgs[i]['c'], mt.rude)]
    curt = [i for i in ag if mt.curt and any(x == msgs[i]['c'] or (len(x) > 3 and x in msgs[i]['c']) for x in mt.curt)]
    curt_all = len(curt) >= 2
    jy = [i for i in ag if has(msgs[i]['c'], mt.jiyu_plain) or has(msgs[i]['c'], mt.jiyu_tpl)]
    L_['politeness'] = 'fail' if rude or curt_all else 'pass'
    dec['politeness'] = rude + (curt if curt_all else [])
    L_['forbidden-words'] = 'fail' if rude or curt_all or jy else 'pass'
    dec['forbidden-words'] = rude + jy + (curt if curt_all else [])
    # facts
    fstat = []
    for f, stmts in sc['facts']:
        st = []
        for i in ag:
            for pos, kind, v in sorted(fact_values(msgs[i]['c'], f, stmts)):
                st.append((i, pos, kind, v))
        fstat.append(st)
    # verification
    if not R['verification']:
        L_['verification'] = 'na'
    else:
        va = [i for i in ag if has(msgs[i]['c'], mt.vask)]
        disc = [s[0] for s in fstat[0]]
        if not va:
            L_['verification'] = 'fail'
            dec['verification'] = disc[:1]
        elif disc and min(disc) <= va[0]:
            L_['verification'] = 'fail'
            dec['verification'] = [i for i in disc if i <= va[0]]
        else:
            L_['verification'] = 'pass'
    # silences
    thr_dead = 8000 if ch == 'voice' else 30000
    thr_hold = 15000 if ch == 'voice' else 30000
    holds, dead = [], []
    hs = [e['atMs'] for e in o['events'] if e['type'] == 'hold-start']
    for k in range(len(msgs)):
        m = msgs[k]
        if m['sp'] != 'agent':
            continue
        prev_end = msgs[k - 1]['end'] if k > 0 else joined
        gap = m['start'] - prev_end
        prev_agent = [j for j in ag if j < k]
        announced = bool(prev_agent) and has(msgs[prev_agent[-1]]['c'], mt.hold_req)
        music = any(prev_end < h < m['start'] for h in hs)
        if k > 0 and (gap >= thr_hold or music):
            holds.append((k, announced, has(m['c'], mt.hold_thx), prev_agent[-1] if prev_agent else None))
        if gap >= thr_dead and not announced:
            dead.append(k)
    if not holds:
        L_['hold-etiquette'] = 'na'
    else:
        bad = [h for h in holds if not (h[1] and h[2])]
        L_['hold-etiquette'] = 'fail' if bad else 'pass'
        dec['hold-etiquette'] = [('gap', h[0]) for h in bad]
    L_['dead-air'] = 'fail' if dead else 'pass'
    dec['dead-air'] = [('gap', k) for k in dead]
    # interruption / speech rate (voice)
    if ch == 'voice':
        bad = []
        for k in ag:
            a = msgs[k]
            for c2 in cu:
                c = msgs[c2]
                if c['start'] < a['start'] and c['end'] - a['start'] >= 800:
                    bad.append(k)
        L_['interruption'] = 'fail' if bad else 'pass'
        dec['interruption'] = [('int', k) for k in bad]
        chars, ms = 0, 0
        for k in ag:
            d = msgs[k]['end'] - msgs[k]['start']
            if d >= 1500:
                chars += han_count(msgs[k]['text'])
                ms += d
        rate = chars / (ms / 60000) if ms else 0
        L_['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
        dec['speech-rate'] = [('rate',)]
    else:
        L_['interruption'] = 'na'
        L_['speech-rate'] = 'na'
    # empathy
    comps = [i for i in cu if has(msgs[i]['c'], sc['comp']) or has(msgs[i]['c'], mt.protest)]
    if not comps and not R['empathy']:
        L_['empathy'] = 'na'
    else:
        bad = []
        for i in comps:
            nxt = [j for j in ag if j > i][:2]
            if not any(has(msgs[j]['c'], mt.apology) for j in nxt):
                bad.append(i)
        L_['empathy'] = 'fail' if (bad or not comps) else 'pass'
        dec['empathy'] = bad
    # resolution
    bad = []
    for i in cu:
        if has(msgs[i]['c'], sc['says']):
            if not any(s[0] > i for st in fstat for s in st):
                bad.append(i)
        for q, a, cas in mt.side:
            if q in msgs[i]['c']:
                if not any(a in msgs[j]['c'] for j in ag if j > i) and not cas:
                    bad.append(i)
    L_['resolution'] = 'fail' if bad else 'pass'
    dec['resolution'] = bad
    # first response
    L_['first-response'] = 'pass' if msgs[ag[0]]['start'] - joined <= sla['firstResponseMs'] else 'fail'
    dec['first-response'] = [('fr', ag[0])]
    # latency
    bad = []
    for k in ag:
        prev_agent = [j for j in ag if j < k]
        lo = prev_agent[-1] if prev_agent else -1
        waiting = [j for j in cu if lo < j < k]
        if not waiting:
            continue
        c0 = msgs[waiting[0]]
        lat = msgs[k]['start'] - (c0['end'] if ch == 'voice' else c0['start'])
        announced = prev_agent and has(msgs[prev_agent[-1]]['c'], mt.hold_req)
        if lat > sla['responseLatencyMs'] and not announced:
            bad.append(k)
    L_['response-latency'] = 'fail' if bad else 'pass'
    dec['response-latency'] = [('lat', k) for k in bad]
    # facts
    fa, nm = 'pass', 'pass'
    for st in fstat:
        if not st:
            fa = 'fail'
        elif st[-1][2] == 'wrong':
            fa = 'fail'
        if any(s[2] == 'wrong' for s in st):
            nm = 'fail'
    L_['fact-accuracy'] = fa
    L_['no-misinformation'] = nm
    dec['fact-accuracy'] = [('fa',)]
    dec['no-misinformation'] = sorted({s[0] for st in fstat for s in st if s[2] == 'wrong'})
    # reference / survey
    if not R['reference']:
        L_['record-reference'] = 'na'
    else:
        L_['record-reference'] = 'pass' if any(r.search(msgs[i]['c']) for i in ag for r in mt.ref) else 'fail'
        dec['record-reference'] = [('append', 'ref')]
    if not R['survey']:
        L_['survey-offered'] = 'na'
    else:
        L_['survey-offered'] = 'pass' if any(has(msgs[i]['c'], mt.survey) for i in ag) else 'fail'
        dec['survey-offered'] = [('append', 'survey')]
    # required info
    ok = True
    for item in Y['requiredInfo']:
        pats = [re.compile(P(p)) for p in item['patterns']]
        if not any(p.search(P(msgs[i]['text'])) for i in ag for p in pats):
            ok = False
    L_['required-info'] = 'pass' if ok else 'fail'
    dec['required-info'] = [('append', 'ask')]
    return L_, dec


# ---------------- mutation ----------------

def mutate(o, check, dec):
    """alter the contact so that its decisive line(s) for check are gone or repaired"""
    o = copy.deepcopy(o)
    msgs, joined = messages(o)
    t, S = trade_of(o['scenarioId'])
    M = MATS[t]
    ag = [i for i, m in enumerate(msgs) if m['sp'] == 'agent']
    turns = o['turns']

    def turn_of(k):
        return turns[msgs[k]['idx'][0]]

    def shift_from(k, new_gap):
        tk = turn_of(k)
        prev_end = msgs[k - 1]['end'] if k > 0 else joined
        delta = tk['startMs'] - (prev_end + new_gap)
        for tt in turns:
            if tt['startMs'] >= tk['startMs']:
                tt['startMs'] -= delta
                tt['endMs'] -= delta
        for e in o['events']:
            if e['atMs'] >= tk['startMs'] + delta - 800 and e['type'] in ('hold-start', 'hold-end'):
                e['type'] = 'note'
        return o

    if check == 'greeting':
        turn_of(ag[0])['text'] = '您好，' + turn_of(ag[0])['text']
    elif check == 'agent-id':
        turn_of(ag[0])['text'] = turn_of(ag[0])['text'] + M['ids'][0]
    elif check == 'closing':
        turns[msgs[ag[-1]]['idx'][-1]]['text'] += M['closings'][0] if not VOICE_ONLY.search(M['closings'][0]) or o['channel'] == 'voice' else M['closings'][4]
    elif check == 'empathy':
        for k in dec:
            nxt = [j for j in ag if j > k]
            if nxt:
                turns[msgs[nxt[0]]['idx'][0]]['text'] = M['apology'][0].split('|', 1)[-1] + turns[msgs[nxt[0]]['idx'][0]]['text']
            else:
                turns[msgs[ag[-1]]['idx'][-1]]['text'] += M['apology'][0].split('|', 1)[-1]
    elif check in ('politeness', 'forbidden-words', 'no-misinformation', 'resolution'):
        drop = set()
        for k in dec:
            for i in msgs[k]['idx']:
                drop.add(i)
        o['turns'] = [tt for i, tt in enumerate(turns) if i not in drop]
    elif check == 'verification':
        sc = [s for s in M['scen'] if s['id'] == o['scenarioId']][0]
        f = sc['facts'][0]
        drop = set()
        for k in ag:
            if fact_values(msgs[k]['c'], f, f['stmts']):
                drop.update(msgs[k]['idx'])
        turns[msgs[ag[0]]['idx'][-1]]['text'] += M['vask'][0].split('|', 1)[1]
        o['turns'] = [tt for i, tt in enumerate(turns) if i not in drop]
    elif check == 'response-latency':
        for d in sorted(dec, key=lambda x: -x[1]):
            k = d[1]
            prev_agent = [j for j in ag if j < k]
            lo = prev_agent[-1] if prev_agent else -1
            waiting = [j for j in range(lo + 1, k) if msgs[j]['sp'] == 'customer']
            drop = set()
            for j in waiting[1:]:
                drop.update(msgs[j]['idx'])
            keep_first = msgs[waiting[0]]
            o['turns'] = [tt for i, tt in enumerate(o['turns']) if i not in drop]
            turns = o['turns']
            msgs, joined = messages(o)
            ag = [i for i, m in enumerate(msgs) if m['sp'] == 'agent']
            # the reply is the first agent message after the kept customer message
            k2 = [i for i in ag if msgs[i]['start'] > keep_first['start']][0]
            shift_from(k2, 1000)
            msgs, joined = messages(o)
            ag = [i for i, m in enumerate(msgs) if m['sp'] == 'agent']
    elif check in ('hold-etiquette', 'dead-air'):
        o['events'] = [e for e in o['events'] if e['type'] not in ('hold-start', 'hold-end')]
        for d in sorted(dec, key=lambda x: -x[1]):
            shift_from(d[1], 1000)
            msgs, joined = messages(o)
    elif check == 'first-response':
        shift_from(dec[0][1], 1000)
    elif check == 'interruption':
        for d in dec:
            k = d[1]
            shift_from(k, 500)
            msgs, joined = messages(o)
    elif check == 'speech-rate':
        for k in ag:
            tt = turn_of(k)
            d = int(han_count(tt['text']) / 200 * 60000)
            tt['endMs'] = tt['startMs'] + max(d, 400)
    elif check == 'fact-accuracy':
        sc = [s for s in M['scen'] if s['id'] == o['scenarioId']][0]
        add = ''.join(f['stmts'][0].replace('{v}', f['expected']) for f in sc['facts'])
        turns[msgs[ag[-1]]['idx'][-1]]['text'] += add
    elif check == 'record-reference':
        turns[msgs[ag[-1]]['idx'][-1]]['text'] += M['ref'][0].replace('{ref}', '2026000001')
    elif check == 'survey-offered':
        turns[msgs[ag[-1]]['idx'][-1]]['text'] += [x for x in M['survey'] if not VOICE_ONLY.search(x) and not CHAT_ONLY.search(x)][0]
    elif check == 'required-info':
        sc = [s for s in M['scen'] if s['id'] == o['scenarioId']][0]
        turns[msgs[ag[0]]['idx'][-1]]['text'] += sc['req']['asks'][0]
    return o


# ---------------- lint and reuse ----------------

def all_lines(M):
    """(category, line) of every decisive or filler line an agent may say, plus complaints"""
    out = []
    for k in ['open_gi', 'open_g', 'ids', 'bad_greet', 'closings', 'bad_close', 'survey', 'ref', 'vask', 'vok',
              'hold_req', 'hold_thx', 'apology', 'papology', 'rude', 'jiyu', 'lookalike', 'nonans', 'shrug', 'ack']:
        for x in M[k]:
            out.append((k, x.split('|', 1)[-1]))
    for q, a, cas in M['side'] + [M['tw_q'] + (False,), M['lm_q'] + (False,)]:
        out.append(('side-q', q)); out.append(('side-a', a))
    for c_, a in M['small']:
        out.append(('small-c', c_)); out.append(('small-a', a))
    for s in M['scen']:
        for x in s['complaints']:
            out.append(('complaint', x))
        for f in s['facts']:
            for x in f['stmts']:
                out.append(('fact', x))
        for x in s['req']['asks']:
            out.append(('ask', x))
    return out


def lint():
    errs = []
    seen_core = {}
    for t, M in MATS.items():
        cores_here = set()
        for cat, x in all_lines(M):
            cx = core(x)
            if len(cx) < 2 and cat not in ('nonans',):
                pass
            if cx in cores_here and cat not in ():
                pass
            cores_here.add(cx)
            if cx in seen_core and seen_core[cx] != t:
                errs.append('core wording in two trades: %s (%s, %s)' % (x, t, seen_core[cx]))
            seen_core.setdefault(cx, t)
        for x in M['bad_greet']:
            if any(g in x for g in GREET_WORDS):
                errs.append('bad greeting has a greeting word: ' + x)
        for x in M['open_gi'] + M['open_g']:
            if not any(g in C(x)[:14] for g in [C(g) for g in GREET_WORDS]):
                errs.append('greeting without greeting word near start: ' + x)
        for x in M['bad_close']:
            if any(C(c_) in C(x) for c_ in M['closings']):
                errs.append('bad closing contains a closing: ' + x)
        for x in M['apology'] + M['papology']:
            if not re.search(r'抱歉|对不起|不好意思|理解|体会|道歉|道个歉|对不住|辛苦|致歉|歉意|过意不去', x):
                errs.append('apology without apology word: ' + x)
        for x in M['hold_req']:
            if not re.search(r'稍等|稍候|等我|等一下|等一会', x):
                errs.append('hold request without a wait: ' + x)
        for x in M['ref']:
            if '{ref}' not in x:
                errs.append('reference without slot: ' + x)
        for s in M['scen']:
            for f in s['facts']:
                for x in f['stmts']:
                    if '{v}' not in x:
                        errs.append('fact statement without slot: ' + x)
            for x in s['req']['asks']:
                if not re.search(P(s['req']['pattern']), P(x)):
                    errs.append('required-info ask does not match its pattern: ' + x)
            if 'curt' in M and s['kind'] == 'info' and not re.search(P(s['req']['pattern']), P(M['curt']['ask'])):
                errs.append('curt ask does not match pattern: ' + t)
        # small talk and fillers must not carry decisive material
        dec = [C(x.split('|', 1)[-1]) for k in ('rude', 'apology', 'papology', 'closings', 'hold_req', 'hold_thx', 'survey')
               for x in M[k]]
        for c_, a in M['small']:
            if has(C(a), dec) or has(C(c_), [C(x) for s in M['scen'] for x in s['complaints']]):
                errs.append('small talk carries a decisive line: ' + a)
            if re.search(r'投诉|12345|12315|曝光|领导', c_):
                errs.append('small talk sounds like a complaint: ' + c_)
    return errs


AGENT_CATS = None


def reuse(contacts):
    """count each decisive / filler line's core wording over all contacts (maximal matches only)"""
    cnt = {}
    for o in contacts:
        if o['outcome'] != 'completed' or not o['turns']:
            continue
        try:
            t, S = trade_of(o['scenarioId'])
        except KeyError:
            continue
        msgs, _ = messages(o)
        lines = []
        for cat, x in all_lines(MATS[t]):
            sp = 'customer' if cat in ('side-q', 'small-c', 'complaint') else 'agent'
            if '{v}' in x or '{ref}' in x:
                a, b = re.split(r'\{v\}|\{ref\}', x, maxsplit=1)
                rx = re.compile(re.escape(C(a)) + r'.{1,14}?' + re.escape(C(b)))
            else:
                rx = re.compile(re.escape(C(x)))
            lines.append((sp, core(x), rx))
        for m in msgs:
            hits = []
            for sp, key, rx in lines:
                if sp != m['sp'] or not key:
                    continue
                for mm in rx.finditer(m['c']):
                    hits.append((mm.start(), mm.end(), key))
            for h in hits:
                if any((o2[0] <= h[0] and h[1] <= o2[1]) and (o2[1] - o2[0]) > (h[1] - h[0]) for o2 in hits):
                    continue
                cnt[h[2]] = cnt.get(h[2], 0) + 1
    return cnt


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {j['contactId']: j for j in (json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8'))}
    dis = []
    for o in contacts:
        if o['scenarioId'] not in SCEN:
            dis.append((o['contactId'], 'scenario', 'missing'))
            continue
        L_, dec = derive(o)
        lab = labels[o['contactId']]
        for k in CHECKS:
            if L_[k] != lab['labels'][k]:
                dis.append((o['contactId'], k, 'label %s derived %s' % (lab['labels'][k], L_[k])))
            if lab['labels'][k] == 'fail' and k not in lab['why']:
                dis.append((o['contactId'], k, 'fail without reason'))
        # channel fit
        for tt in o['turns']:
            if tt['speaker'] == 'agent' and o['channel'] == 'webchat' and VOICE_ONLY.search(tt['text']):
                dis.append((o['contactId'], 'channel', 'voice wording in chat: ' + tt['text']))
            if tt['speaker'] in ('agent', 'customer') and o['channel'] == 'voice' and CHAT_ONLY.search(tt['text']):
                dis.append((o['contactId'], 'channel', 'chat wording on the phone: ' + tt['text']))
        ts = [tt['startMs'] for tt in o['turns']]
        if ts != sorted(ts):
            dis.append((o['contactId'], 'order', 'turns not in time order'))
    # reasons unique
    reasons = {}
    for j in labels.values():
        for k, r in j['why'].items():
            reasons.setdefault(r, []).append(j['contactId'])
    dup = {r: v for r, v in reasons.items() if len(v) > 1 and 'special' not in r}
    errs = lint()
    cnt = reuse(contacts)
    top = sorted(cnt.items(), key=lambda x: -x[1])[:8]
    # mutation
    caught, total, missed = 0, 0, []
    for o in contacts:
        if o['outcome'] != 'completed' or o['scenarioId'] not in SCEN or not o['turns']:
            continue
        L_, dec = derive(o)
        for k in CHECKS:
            if L_[k] != 'fail':
                continue
            total += 1
            m = mutate(o, k, dec.get(k, []))
            L2, _ = derive(m)
            if L2[k] != 'fail':
                caught += 1
            else:
                missed.append((o['contactId'], k))
    print('contacts:', len(contacts))
    print('disagreements:', len(dis))
    for d in dis[:40]:
        print('  ', d)
    print('lint errors:', len(errs))
    for e in errs[:30]:
        print('  ', e)
    print('duplicate reasons:', len(dup))
    for r, v in list(dup.items())[:10]:
        print('  ', r, v)
    print('highest core-wording use:', top[0][1] if top else 0)
    for k, v in top:
        print('  ', v, k)
    print('mutation check: %d/%d caught' % (caught, total))
    for m in missed[:20]:
        print('   missed', m)
    return 0 if not dis and not errs and not dup and (not top or top[0][1] <= 3) and caught == total else 1


if __name__ == '__main__':
    sys.exit(main())
