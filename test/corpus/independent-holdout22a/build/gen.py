# Writes scenarios/, contacts.jsonl, labels.jsonl deterministically.  python3 build/gen.py
import json, os, random, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import TRADES, chan_ok, variants, asr, nchars, BACKCH
from plan import make_plan, CHECKS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 524287
USE = Counter()
PRESS = {'forest': ['您能帮我问问懂行的同事吗？', '那麻烦您再确认一下，我等着办呢。'],
         'fish': ['您帮我再查查呗，我挺急的。', '能不能问一下你们执法队的人？'],
         'elder': ['麻烦您帮我打听一下，我好安排。', '您能问问护理部吗？'],
         'ems': ['您能帮我问问调度那边吗？', '麻烦再确认下，我要给单位回话。'],
         'cem': ['您帮我问问园区那边好吗？', '麻烦再查一下，我们好安排。'],
         'quake': ['您能帮我问问技术那边吗？', '麻烦确认一下，我回去好跟领导说。']}
FIX = {'forest': ['更正一下，刚才看串行了，', '不对，我再核一下，'], 'fish': ['我纠正一下，刚才看错了，', '刚才那个说错了，'],
       'elder': ['抱歉我看错了一行，', '我更正一下，'], 'ems': ['刚才看岔了，更正一下，', '不好意思说错了，'],
       'cem': ['我刚念错了，更正一下，', '不对不对，我重新看了，'], 'quake': ['纠正一下，刚才看的是别的项目，', '说错了，应该是，']}
BOT = {'forest': '您好，我是林业智能助手，请简要描述您的问题。', 'fish': '您好，我是渔政小助手，请问有什么可以帮您？',
       'elder': '您好，我是福利院智能客服，请输入您的问题。', 'ems': '您好，我是急救中心智能助手，请问需要什么帮助？',
       'cem': '您好，我是公墓智能客服，请描述您要咨询的事项。', 'quake': '您好，我是防震减灾智能助手，请问您想了解什么？'}
IVR = '您好，欢迎致电{org}，业务咨询请按1，人工服务请按0，正在为您转接。'

def pick(rng, pool, ch=None):
    cands = [l for l in pool if ch is None or not isinstance(l, str) or chan_ok(l, ch)]
    m = min(USE[l] for l in cands)
    l = rng.choice([x for x in cands if USE[x] == m])
    USE[l] += 1
    return l

CUR = set()
def pickc(rng, pool, ch=None, cap=3):
    cands = [l for l in pool if (ch is None or not isinstance(l, str) or chan_ok(l, ch)) and l not in CUR]
    if not cands:
        return None
    m = min(USE[l] for l in cands)
    if m >= cap:
        return None
    l = rng.choice([x for x in cands if USE[x] == m])
    USE[l] += 1
    CUR.add(l)
    return l

def build(c, T, S, rng):
    ch, d, o = c['ch'], c['d'], c['o']
    voice = ch == 'voice'
    curt = 'CURT' in d
    f1, f2 = S['facts']
    rq = S['req'][0]
    turns = []
    CUR.clear()
    st = {'nagent': 0}
    idline = pick(rng, T['idl'], ch)
    def A(*ls, tags=()):
        ls = list(ls)
        st['nagent'] += 1
        n = st['nagent']
        if not curt and ((o['idpos'] == 2 and n == 2) or (o['idpos'] == 'late' and n == 4)):
            ls.append(idline)
        turns.append(dict(sp='agent', ls=ls, tags=set(tags)))
    def U(*ls, tags=()):
        turns.append(dict(sp='customer', ls=list(ls), tags=set(tags)))
    P = lambda pool: pick(rng, pool, ch)
    def fs(f, val):
        return pick(rng, f['say']).replace('{v}', val)
    def val(f, wrong=False):
        return rng.choice(f['wrong']) if wrong else rng.choice([f['expected']] + f['variants'])
    # --- opening
    g = P(T['greet_bad']) if ('G' in d or curt) else P(T['greet'])
    A(*([g, idline] if (o['idpos'] == 1 and not curt) else [g]), tags={'first'})
    opl = P(S['open'])
    if 'RQ' in d:
        opl = opl + rq['ans'][c['i'] % len(rq['ans'])]
    comp_open = S['kind'] == 'complaint'
    ekind = None
    if 'E' in d:
        opts = []
        if comp_open: opts.append('open')
        if comp_open and o['midcomp']: opts.append('mid')
        if o['protest']: opts.append('protest')
        ekind = rng.choice(opts)
    sm = pickc(rng, T['small']) if (o['open'] == 'small' and not comp_open) else None
    cso = pickc(rng, T['custsorry']) if o['open'] == 'sorry' else None
    if sm:
        U(sm[0]); A(sm[1]); U(opl)
    elif cso:
        U(cso + opl)
    else:
        U(opl)
    if comp_open:
        if ekind == 'open':
            A(P(T['ack']), tags={'e_fail'})
        else:
            A(P(T['apology'][:6]))
    def verify():
        q, a = pick(rng, S['verify'])
        A(q if not curt else q.replace('您', '你')); U(a)
    def ask_req():
        if 'RQ' in d: return
        a = P(rq['asks'])
        if curt: a = a.replace('您', '你').replace('请', '').replace('麻烦', '')
        A(a); U(rq['ans'][c['i'] % len(rq['ans'])])
    need_v = S['kind'] != 'info'
    vmode = None
    if need_v:
        vmode = rng.choice(['late', 'never']) if 'V' in d else 'ok'
    def ask_f2():
        U(P(f2['ask']), tags={'f2ask'})
        if o['svar'] == 'receipt':
            A(P(T['receipt']), tags={'s_fail'})
            return False
        wrong2 = (o['afact'] == 1)
        if o['late2']:
            A(P(T['receipt']))
            A(P(T['ack']), fs(f2, val(f2, wrong2)))
        else:
            A(fs(f2, val(f2, wrong2)))
        return True
    f2done = False
    if o['verify_first'] is False and not curt:
        f2done = True
        opening = [t for t in turns if t['sp'] == 'customer'][-1]
        opening['ls'].append(P(f2['ask']))
        opening['tags'].add('f2ask')
        if o['svar'] == 'receipt':
            A(P(T['receipt']), tags={'s_fail'})
        elif o['late2']:
            A(P(T['receipt'])); A(P(T['ack']), fs(f2, val(f2, o['afact'] == 1)))
        else:
            A(fs(f2, val(f2, o['afact'] == 1)))
    if vmode == 'ok': verify()
    ask_req()
    # disclosure of the record (with optional holds)
    wrong1 = o['afact'] == 0
    mis = 'M' in d
    first_val = val(f1, wrong1 or mis)
    if vmode == 'late':
        A(fs(f1, first_val)); U(P(T['custack'])); verify()
        disclosed = True
    else:
        disclosed = False
    nh = 0 if curt else o['holds']
    for h in range(nh):
        bad = (h == nh - 1) and o['hvar']
        if bad != 'unann':
            A(P(S['hold'] if S['hold'] else T['ack']), tags={'hold_req'})
            U(P(T['custack']))
        tg = {'after_hold'} | ({'unann'} if bad == 'unann' else set())
        body = [] if bad == 'unthank' else [P(T['thanks'])]
        if h == nh - 1 and not disclosed:
            body.append(fs(f1, first_val))
        else:
            body.append(P(T['ack']))
        A(*body, tags=tg)
        if h < nh - 1: U(P(T['custack']))
    if not nh and not disclosed:
        A(fs(f1, first_val))
    if mis:
        U(P(T['custack']))
        A(P(FIX[T['key']]) + fs(f1, val(f1)))
    if not f2done:
        f2done = ask_f2()
    middle = []   # blocks inserted in the middle
    if comp_open and o['midcomp']:
        blk = [('customer', [P(S['complain'])], set())]
        blk.append(('agent', [P(T['ack'])] if ekind == 'mid' else [P(T['apology'][:6])], set()))
        middle.append(blk)
    if o['topic']:
        q, ans = P(T['topic'])
        blk = [('customer', [q], set())]
        if o['svar'] == 'nonans':
            blk.append(('agent', [P(T['nonans'])], {'s_fail'}))
        elif 'F' in d and rng.random() < 0.6:
            blk += [('agent', [P(T['buck'] + T['cold'])], {'f_line'}), ('customer', [P(PRESS[T['key']])], set()), ('agent', [ans], set())]
            d['Fdone'] = 1
        elif o['madegood']:
            blk += [('agent', [P(T['nonans'][:3])], set()), ('customer', [P(PRESS[T['key']])], set()), ('agent', [ans], set())]
        else:
            blk.append(('agent', [ans], set()))
        middle.append(blk)
    if 'F' in d and 'Fdone' not in d:
        if f2done and not o['afact'] == 1:
            blk = [('customer', [pickc(rng, T['custsorry']) or P(T['custack'])], set()), ('agent', [P(T['told']).replace('{v}', val(f2))], {'f_line'})]
        else:
            blk = [('customer', [P(T['custack'])], set()), ('agent', [P(T['cold'])], {'f_line'})]
        middle.append(blk)
    inc = pickc(rng, T['incid']) if o['incid'] else None
    if inc:
        q, s = inc
        middle.append([('customer', [q], set()), ('agent', [s], set())])
    for _ in range(o['pad']):
        sm2 = pickc(rng, T['small'])
        if sm2 is None: break
        a, b = sm2
        middle.append([('customer', [a], set()), ('agent', [b], set())])
    rng.shuffle(middle)
    for blk in middle:
        for sp, ls, tg in blk:
            (A if sp == 'agent' else U)(*ls, tags=tg)
    # reference, closing
    endphase = len(turns)
    if need_v and 'RF' not in d:
        r = str(rng.randint(10000000, 99999999))
        A(P(T['ref']).replace('{r}', r))
        U(P(T['custack']))
    surv = S['kind'] != 'complaint' and 'SV' not in d and not curt
    if o['walk']:
        U(P(T['walkout']), tags={'walk'})
    elif curt:
        A(P(T['curt'][4:5] + T['curt'][3:4])); U(P(T['custack'])); A(T['curt'][5])
    elif 'C' in d:
        wq = pickc(rng, T['wrapq'], ch)
        if wq and rng.random() < 0.5:
            A(wq); U(P(T['custack']))
            if surv: A(P(T['survey']))
        else:
            A(P(T['instr']) if not surv else P(T['survey']))
    else:
        wq = pickc(rng, T['wrapq'], ch)
        if wq:
            A(wq); U(P(T['custack']))
        if surv and rng.random() < 0.5:
            A(P(T['close']), P(T['survey']))
        elif surv:
            A(P(T['close'])); A(P(T['survey']))
        else:
            A(P(T['close']))
    # rude lines / lookalikes buried into agent turns
    ag = [k for k, t in enumerate(turns) if t['sp'] == 'agent' and 'first' not in t['tags'] and k < endphase
          and not (t['tags'] & {'hold_req'}) and not (k + 2 < len(turns) and 'after_hold' in turns[k + 2]['tags'])]
    def at_pos(pos):
        n = len(ag)
        seg = {'early': ag[:max(1, n // 3)], 'mid': ag[n // 3: max(n // 3 + 1, 2 * n // 3)], 'late': ag[2 * n // 3:] or ag[-1:]}[pos]
        return rng.choice(seg)
    lk = pickc(rng, T['look'], ch) if (o['look'] and not curt) else None
    if lk:
        k = at_pos('mid'); turns[k]['ls'].insert(0, lk)
    ft = pickc(rng, T['thanks'], ch) if (o['freethanks'] and not curt and not nh) else None
    if ft:
        k = at_pos('early'); turns[k]['ls'].insert(0, ft)
    if 'P' in d:
        places = [o['pos']] + ([rng.choice(['early', 'mid', 'late'])] if o['double'] else [])
        ks = sorted(set(at_pos(p) for p in places), reverse=True)
        for j, k in enumerate(ks):
            rl = P(T['rude'])
            if o['buried']: turns[k]['ls'].append(rl)
            else: turns[k]['ls'] = [rl] + turns[k]['ls']
            turns[k]['tags'].add('rude')
            if o['protest'] and j == 0:
                prot = [dict(sp='customer', ls=[P(T['protest'])], tags={'protest'})]
                if ekind == 'protest':
                    prot.append(dict(sp='agent', ls=[P(T['ack'])], tags={'e_fail'}))
                else:
                    prot.append(dict(sp='agent', ls=[pick(rng, [T['apology'][6], T['apology'][3]])], tags=set()))
                turns[k + 1:k + 1] = prot
    if curt:
        for t in turns:
            if t['sp'] == 'agent':
                t['ls'] = [l.replace('您', '你') for l in t['ls']]
        # curt lines spread in
        agk = [k for k, t in enumerate(turns) if t['sp'] == 'agent' and 'first' not in t['tags']]
        for k, cl in zip(agk[:3], T['curt'][:3]):
            turns[k]['ls'].insert(0, cl)
    return turns

def render(turns, c, T, S, rng):
    ch, o, d = c['ch'], c['o'], c['d']
    voice = ch == 'voice'
    fr_sla, lat_sla = S['sla']
    ev = [{'type': 'started', 'atMs': 0}]
    out = []
    def txt(ls, sp):
        if not (voice and o['noisy']):
            return ''.join(variants(l)[0] if isinstance(l, str) else l for l in ls)
        parts = []
        for l in ls:
            clean, vs = variants(l)
            if len(vs) > 1 and rng.random() < 0.8:
                parts.append(vs[1])
            else:
                parts.append(asr(clean, rng))
        return ' '.join(parts)
    if voice:
        ans = rng.randint(4000, 9000)
        ev += [{'type': 'dialed', 'atMs': 300}, {'type': 'ringing', 'atMs': 1200}, {'type': 'answered', 'atMs': ans}]
        t = ans + 300
        if o['ivr']:
            it = IVR.format(org=T['org'])
            dur = int(nchars(it) / 240 * 60000)
            out.append({'speaker': 'ivr', 'text': it, 'startMs': t, 'endMs': t + dur, 'confidence': 0.97})
            t += dur + 1500
            ev.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '0'}})
            ev.append({'type': 'queued', 'atMs': t + 400})
            t += rng.randint(6000, 30000)
        joined = t
    else:
        ev.append({'type': 'page-loaded', 'atMs': 1300})
        t = 3000
        if o['bot']:
            out.append({'speaker': 'bot', 'text': BOT[T['key']], 'startMs': t, 'endMs': t, 'confidence': 1.0})
            out.append({'speaker': 'customer', 'text': '转人工', 'startMs': t + 6000, 'endMs': t + 6000, 'confidence': 1.0})
            out.append({'speaker': 'system', 'text': '正在为您转接人工客服，请稍候。', 'startMs': t + 7000, 'endMs': t + 7000, 'confidence': 1.0})
            t += 7000
        ev.append({'type': 'queued', 'atMs': t + 200})
        t += rng.randint(8000, 40000)
        joined = t
    ev.append({'type': 'agent-joined', 'atMs': joined})
    cr = rng.randint(200, 280)
    rate = o['rate']
    prev_end, prev_sp = joined, None
    # choose dead-air / latency / interruption targets among agent replies to customers
    reply_idx = [k for k, tt in enumerate(turns) if tt['sp'] == 'agent' and k > 0 and turns[k - 1]['sp'] == 'customer'
                 and not (tt['tags'] & {'after_hold'})]
    da = rng.choice(reply_idx[1:]) if 'D' in d else None
    lt = rng.choice([k for k in reply_idx[1:] if k != da]) if 'L' in d else None
    it_cands = [k for k in reply_idx if k != da and k != lt]
    itk = rng.choice(it_cands) if ('N' in d) else None
    near = rng.choice(it_cands) if o['near_int'] and 'N' not in d else None
    nudge_k = lt if (o['nudge'] and lt is not None) else None
    intst = {'n': 'N' in d, 'near': bool(o['near_int']) and 'N' not in d}
    itk = itk or 0
    slow_done = False
    fu = None
    for k, tt in enumerate(turns):
        sp = tt['sp']
        text = txt(tt['ls'], sp)
        if voice:
            r = rate if sp == 'agent' else cr
            dur = max(500, int(nchars(text) / r * 60000))
        else:
            dur = 0
        if k == 0:
            if 'FR' in d:
                gap = rng.randint(fr_sla + 300, min(fr_sla + 1500, 7900)) if voice else rng.randint(fr_sla + 800, fr_sla + 3000)
            else:
                gap = rng.randint(1200, min(4500, fr_sla - 800)) if voice else rng.randint(2000, min(12000, fr_sla - 1500))
            start = joined + gap
        else:
            if sp == 'customer':
                gap = rng.randint(300, 1500) if voice else rng.randint(5000, 14000)
                if voice and not slow_done and o['slowcust'] and prev_sp == 'agent' and k > 3:
                    gap = rng.randint(9000, 12000); slow_done = True
            else:
                if 'after_hold' in tt['tags']:
                    gap = rng.randint(16000, 40000) if voice else rng.randint(33000, 58000)
                    if voice and 'unann' in tt['tags']:
                        gap = rng.randint(15500, 21000)
                elif k == da:
                    gap = rng.randint(8500, 11500) if voice else rng.randint(31000, 40000)
                elif k == lt:
                    gap = rng.randint(lat_sla + 2000, min(lat_sla + 8000, 29000))
                elif prev_sp == 'agent':
                    gap = rng.randint(500, 1500) if voice else rng.randint(4000, 8000)
                else:
                    gap = rng.randint(400, 2500) if voice else rng.randint(3000, min(11000, lat_sla - 2000))
            start = prev_end + gap
            if voice and sp == 'agent' and prev_sp == 'customer' and k not in (da, lt) and 'after_hold' not in tt['tags']:
                pc = out[-1] if out[-1]['speaker'] == 'customer' else None
                if pc and pc['endMs'] - pc['startMs'] >= 2200:
                    if intst['n']:
                        start = pc['endMs'] - rng.randint(1000, 1900); tt['tags'].add('int'); intst['n'] = 0
                    elif intst['near'] and k >= (near or 0):
                        start = pc['endMs'] - rng.randint(150, 600); tt['tags'].add('near'); intst['near'] = 0
        if voice and 'after_hold' in tt['tags'] and rng.random() < 0.5 and 'unann' not in tt['tags']:
            ev.append({'type': 'hold-start', 'atMs': prev_end + 800})
            ev.append({'type': 'hold-end', 'atMs': start - 600})
        if k == nudge_k:
            out.append({'speaker': 'customer', 'text': '在吗？', 'startMs': prev_end + 12000, 'endMs': prev_end + 12000, 'confidence': 1.0})
        conf = round(rng.uniform(0.6, 0.93), 2) if (voice and o['noisy']) else (round(rng.uniform(0.9, 0.99), 2) if voice else 1.0)
        if not voice and sp == 'agent' and o['bubbles'] and len(tt['ls']) >= 2 and rng.random() < 0.6:
            s0 = start
            for j, l in enumerate(tt['ls']):
                out.append({'speaker': sp, 'text': variants(l)[0], 'startMs': s0, 'endMs': s0, 'confidence': 1.0})
                s0 += rng.randint(900, 2000) if j < len(tt['ls']) - 1 else 0
            end = s0
        else:
            out.append({'speaker': sp, 'text': text, 'startMs': start, 'endMs': start + dur, 'confidence': conf})
            end = start + dur
        if voice and sp == 'customer' and dur >= 3000 and rng.random() < 0.3:
            bs = start + dur // 2
            out.append({'speaker': 'agent', 'text': rng.choice(['嗯', '对', '好的', '嗯嗯']), 'startMs': bs, 'endMs': bs + 400, 'confidence': conf})
        tt['gap'] = start - prev_end
        tt['prev_sp'] = prev_sp
        if sp == 'customer':
            if fu is None: fu = end if voice else start
        else:
            tt['lat'] = (start - fu) if fu is not None else None
            fu = None
        prev_end = max(prev_end, end) if k else end
        prev_sp = sp
    out.sort(key=lambda x: x['startMs'])
    endt = prev_end + rng.randint(800, 2500)
    if voice:
        last_sp = [x for x in out if x['speaker'] in ('agent', 'customer')][-1]['speaker']
        ev.append({'type': 'hangup', 'atMs': endt, 'detail': {'by': 'customer' if last_sp == 'agent' else 'agent'}})
        endt += 300
    ev.append({'type': 'ended', 'atMs': endt})
    ev.sort(key=lambda e: e['atMs'])
    return ev, out, endt

def gen_labels(c, S, turns):
    d, o = c['d'], c['o']
    kind = S['kind']
    L = {k: 'pass' for k in CHECKS}
    curt = 'CURT' in d
    if 'G' in d or curt: L['greeting'] = 'fail'
    if o['idpos'] in ('late', 'none') or curt: L['agent-id'] = 'fail'
    if o['walk']: L['closing'] = 'na'
    elif 'C' in d or curt: L['closing'] = 'fail'
    if 'P' in d or 'F' in d or curt: L['forbidden-words'] = 'fail'
    if 'P' in d or curt: L['politeness'] = 'fail'
    L['verification'] = 'na' if kind == 'info' else ('fail' if 'V' in d else 'pass')
    voice = c['ch'] == 'voice'
    fr_sla, lat_sla = S['sla']
    hth, dth = (15000, 8000) if voice else (30000, 30000)
    ags = [t for t in turns if t['sp'] == 'agent']
    holds = [t for t in ags if t['gap'] >= hth or 'after_hold' in t['tags']]
    if 'CURT' in d: o['hvar'] = None
    hbad = any(('unann' in t['tags']) or ('after_hold' not in t['tags']) or (o['hvar'] == 'unthank' and t is holds[-1]) for t in holds)
    L['hold-etiquette'] = 'na' if not holds else ('fail' if hbad else 'pass')
    dead = any(t['gap'] >= dth and not ('after_hold' in t['tags'] and 'unann' not in t['tags']) for t in ags)
    lat = any(t.get('lat') is not None and t['lat'] > lat_sla and not ('after_hold' in t['tags'] and 'unann' not in t['tags']) for t in ags[1:])
    if c['ch'] == 'webchat': L['interruption'] = 'na'; L['speech-rate'] = 'na'
    else:
        L['interruption'] = 'fail' if 'N' in d else 'pass'
        L['speech-rate'] = 'fail' if 'R' in d else 'pass'
    if dead: L['dead-air'] = 'fail'
    comp = kind == 'complaint' or o['protest']
    L['empathy'] = 'na' if not comp else ('fail' if 'E' in d else 'pass')
    if 'S' in d: L['resolution'] = 'fail'
    if ags[0]['gap'] > fr_sla: L['first-response'] = 'fail'
    if any('int' in t['tags'] for t in ags) != ('N' in d) and voice: print('interruption plan miss', c['i'], c['t'], file=sys.stderr)
    if voice: L['interruption'] = 'fail' if any('int' in t['tags'] for t in ags) else 'pass'
    if lat: L['response-latency'] = 'fail'
    if o['afact'] is not None or o['svar'] == 'receipt': L['fact-accuracy'] = 'fail'
    if o['afact'] is not None or 'M' in d: L['no-misinformation'] = 'fail'
    L['record-reference'] = 'na' if kind == 'info' else ('fail' if 'RF' in d else 'pass')
    L['survey-offered'] = 'na' if kind == 'complaint' else ('fail' if ('SV' in d or curt) else 'pass')
    if 'RQ' in d: L['required-info'] = 'fail'
    return L

def scen_yaml(T, S):
    def q(s): return json.dumps(s, ensure_ascii=False)
    f = S['facts']
    lines = [f'id: {S["id"]}', f'title: {q(S["title"])}', f'description: {q("独立语料 independent-holdout22a，领域 " + T["key"] + "，机构 " + T["org"])}',
             'channel: [voice, webchat]', f'target: {{ phone: {q(T["phone"])} }}', f'persona: {{ name: {q(S["persona"])} }}', 'locale: zh-CN', 'steps:',
             f'  - say: {q(S["open"][0])}', f'  - wait: {{ pattern: {q(f[0]["cues"][0])}, timeoutMs: 60000 }}', '  - end: true', 'facts:']
    for x in f:
        lines.append(f'  - {{ key: {x["key"]}, label: {q(x["label"])}, expected: {q(x["expected"])}, variants: {q(x["variants"])}, wrong: {q(x["wrong"])}, cues: {q(x["cues"])} }}')
    lines.append('requiredInfo:')
    for r in S['req']:
        lines.append(f'  - {{ key: {r["key"]}, label: {q(r["label"])}, patterns: [{q(r["pattern"])}] }}')
    k = S['kind']
    lines.append(f'requires: {{ verification: {str(k != "info").lower()}, reference: {str(k != "info").lower()}, empathy: {str(k == "complaint").lower()}, survey: {str(k != "complaint").lower()} }}')
    lines.append(f'sla: {{ firstResponseMs: {S["sla"][0]}, responseLatencyMs: {S["sla"][1]}, handleTimeMs: 900000 }}')
    lines.append(f'tags: [independent-holdout22a, {T["key"]}]')
    return '\n'.join(lines) + '\n'

PERSONAS = ['张建平', '李秀兰', '王海涛', '陈淑芬', '刘志强', '赵丽娟', '孙国华', '周晓梅', '吴德明', '郑雅琴', '冯立新', '何春燕', '许文博', '黄美玲', '曹永刚', '邓慧敏', '彭志远', '蒋晓燕']

def main():
    USE.clear()
    plan = make_plan(SEED)
    rng = random.Random(SEED + 1)
    contacts, labels, side = [], [], []
    base = 1796000000000
    for ti, T in enumerate(TRADES):
        for si, S in enumerate(T['scen']):
            S['persona'] = PERSONAS[ti * 3 + si]
            with open(os.path.join(OUT, 'scenarios', S['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(scen_yaml(T, S))
    nodur = set(rng.sample(range(150), 4)); unk = rng.choice([k for k in range(150) if k not in nodur])
    for k, c in enumerate(plan):
        T = TRADES[c['t']]; S = T['scen'][c['sc']]
        crng = random.Random(c['o']['seed'])
        turns = build(c, T, S, crng)
        ev, out, endt = render(turns, c, T, S, crng)
        cid = f"h22a-{T['key']}-{c['i'] + 1:02d}"
        rec = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': S['id'], 'runId': 'holdout22a', 'channel': c['ch'],
               'startedAt': base + k * 3600000 + crng.randint(0, 3000000), 'durationMs': endt, 'events': ev, 'turns': out,
               'outcome': 'completed', 'transcriptSource': 'deepgram' if c['ch'] == 'voice' else 'chat-dom'}
        if k in nodur: del rec['durationMs']
        if k == unk:
            rec['events'].append({'type': 'transfer', 'atMs': endt - 200, 'detail': {'to': 'callback-queue'}})
            rec['events'].sort(key=lambda e: e['atMs'])
        contacts.append(rec)
        labels.append({'contactId': cid, 'domain': T['key'], 'labels': gen_labels(c, S, turns), 'why': {}})
        side.append({'contactId': cid, 'defects': sorted(c['d']), 'opts': {kk: vv for kk, vv in c['o'].items() if kk != 'seed'}})
    specials = [('x01', 'forest-fire-season', 'voice', 'no-answer', None), ('x02', 'fish-closed-season', 'voice', 'busy', None),
                ('x03', 'elder-admission-info', 'voice', 'abandoned', 'ivr'), ('x04', 'ems-firstaid-training', 'webchat', 'abandoned', 'queue'),
                ('x05', 'cem-plot-info', 'webchat', 'abandoned', 'bot'), ('x06', 'quake-school-drill', 'webchat', 'failed', 'E_SELECTOR_TIMEOUT'),
                ('x07', 'quake-app-warning', 'voice', 'failed', 'E_BROWSER_CRASHED')]
    for j, (x, sid, ch, oc, extra) in enumerate(specials):
        ev = [{'type': 'started', 'atMs': 0}]; tu = []
        if ch == 'voice':
            ev.append({'type': 'dialed', 'atMs': 300})
            if oc == 'no-answer': ev += [{'type': 'ringing', 'atMs': 1200}, {'type': 'ended', 'atMs': 61200}]
            elif oc == 'busy': ev += [{'type': 'ended', 'atMs': 2100}]
            elif extra == 'ivr':
                ev += [{'type': 'ringing', 'atMs': 1200}, {'type': 'answered', 'atMs': 5200}]
                it = IVR.format(org='松鹤市第一社会福利院')
                tu.append({'speaker': 'ivr', 'text': it, 'startMs': 5500, 'endMs': 14500, 'confidence': 0.96})
                ev += [{'type': 'dtmf', 'atMs': 16000, 'detail': {'digits': '0'}}, {'type': 'queued', 'atMs': 16400},
                       {'type': 'hangup', 'atMs': 118000, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 118300}]
            else:
                ev += [{'type': 'ringing', 'atMs': 1200}, {'type': 'answered', 'atMs': 4800}, {'type': 'ended', 'atMs': 9100}]
        else:
            ev.append({'type': 'page-loaded', 'atMs': 1400})
            if extra == 'queue':
                tu.append({'speaker': 'customer', 'text': '你好，我想报名急救培训。', 'startMs': 6000, 'endMs': 6000, 'confidence': 1.0})
                ev += [{'type': 'queued', 'atMs': 6300}, {'type': 'ended', 'atMs': 186000}]
            elif extra == 'bot':
                tu += [{'speaker': 'bot', 'text': BOT['cem'], 'startMs': 3000, 'endMs': 3000, 'confidence': 1.0},
                       {'speaker': 'customer', 'text': '树葬多少钱', 'startMs': 11000, 'endMs': 11000, 'confidence': 1.0},
                       {'speaker': 'bot', 'text': '生态葬价格请参考官网价目表，还有其他问题吗？', 'startMs': 12000, 'endMs': 12000, 'confidence': 1.0}]
                ev.append({'type': 'ended', 'atMs': 52000})
            else:
                ev.append({'type': 'ended', 'atMs': 31000})
        rec = {'schemaVersion': 1, 'contactId': f'h22a-{x}', 'scenarioId': sid, 'runId': 'holdout22a', 'channel': ch,
               'startedAt': base + (150 + j) * 3600000, 'durationMs': ev[-1]['atMs'], 'events': ev, 'turns': tu, 'outcome': oc,
               'transcriptSource': 'deepgram' if ch == 'voice' else 'chat-dom'}
        if oc == 'failed':
            rec['failedBy'] = 'harness'; rec['errorCode'] = extra
        contacts.append(rec)
        why = {'no-answer': '无人接听，没有对话可评。', 'busy': '忙音，未接通。', 'abandoned': {'ivr': '客户在IVR排队时挂断，未见人工坐席。', 'queue': '在线排队中客户离开，坐席未接入。', 'bot': '只与机器人对话，未转人工。'}.get(extra),
               'failed': f'测试框架故障 {extra}，对话未完成。'}[oc]
        labels.append({'contactId': rec['contactId'], 'domain': sid.split('-')[0], 'labels': {k: 'na' for k in CHECKS}, 'why': {'special': why}})
    import whys
    whys.fill(contacts, labels)
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for r in contacts: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for r in labels: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'build', 'plan_side.jsonl'), 'w', encoding='utf-8') as fh:
        for r in side: fh.write(json.dumps(r, ensure_ascii=False, default=list) + '\n')

if __name__ == '__main__':
    main()
