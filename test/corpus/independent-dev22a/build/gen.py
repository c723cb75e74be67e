# Generator for independent-dev22a: byte-identical output each run (seeded by plan.SEED).
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import mat_common as M
from plan import build_plan, DOMAINS, SEED
import importlib
MATS = {d: importlib.import_module('mat_' + d).D for d in DOMAINS}
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = 'independent-dev22a'

class Deck:
    def __init__(self, items, rng, cap=3):
        self.items = list(items); rng.shuffle(self.items); self.i = 0; self.cap = cap; self.n = {}
    def draw(self, ok=None):
        for _ in range(len(self.items) * self.cap + 1):
            it = self.items[self.i % len(self.items)]; self.i += 1
            if self.n.get(it, 0) < self.cap and (ok is None or ok(it)):
                self.n[it] = self.n.get(it, 0) + 1; return it
        raise RuntimeError('deck exhausted')

R = random.Random(SEED + 1)
G = dict(
    greet=Deck(M.combos(M.GREET_HEAD, M.GREET_TAIL, M.GREET_OFFER), R, 1),
    openbad=Deck(M.OPEN_BAD, R), close=Deck(M.CLOSE, R, 3), wrap=Deck(M.WRAP_Q, R, 40),
    closebad=Deck(M.CLOSE_BAD_LAST2, R, 3), emp=Deck(M.EMP, R, 3), hann=Deck(M.HOLD_ANN2, R, 3), askc=Deck(M.ASK_COLLEAGUE, R, 3),
    hthx=Deck(M.HOLD_THX2, R, 3), hbare=Deck(M.HOLD_BARE, R, 9), survey=Deck(M.SURVEY2, R, 3), ref=Deck(M.REF2, R, 3),
    refnone=Deck(M.REF_NONE, R, 9), vask=Deck(M.VERIF_ASK, R, 3), vok=Deck(M.VERIF_OK, R, 12), hardneg=Deck(M.HARDNEG_AGENT, R, 9),
    idname=Deck(M.ID_NAME_FORMS, R, 40), idnum=Deck(M.ID_NUM_FORMS, R, 40), names=Deck(M.NAMES, R, 5), role=Deck(M.ROLE, R, 40),
    csmall=Deck(M.CUST_SMALLTALK, R, 30), csorry=Deck(M.CUST_SORRY, R, 30), asorry=Deck(M.AGENT_SORRY_REPLY, R, 40),
)
DD = {}
for d in DOMAINS:
    m = MATS[d]
    DD[d] = dict(rude=Deck(m['rude'], R, 3), forbid=Deck(m['forbid'], R, 3), side=Deck(m['side'], R, 3), compl=Deck(m['complaints'], R, 5),
                 filler=Deck(m['filler'], R, 40))
    for s in m['scen']:
        for f in s['facts']:
            DD[d]['say:' + f['key']] = Deck(f['say'], R, 4)
        DD[d]['ask:' + s['id']] = Deck(s['info']['ask'], R, 3)
        if 'disclose' in s:
            DD[d]['dis:' + s['id']] = Deck(s['disclose'], R, 3)

DIG = {'0': '零', '1': '幺', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}

def asr(text, rng):
    for k, v in M.HOMO.items():
        if k in text and rng.random() < 0.6:
            text = text.replace(k, v)
    text = ''.join(DIG[ch] if ch in DIG else ch for ch in text)
    parts = re.split(r'([，。？！、：；])', text)
    out = ''
    for i, p in enumerate(parts):
        if i % 2 == 1:
            out += rng.choice([' ', '', ' '])
            continue
        if p and rng.random() < (0.35 if i == 0 else 0.18):
            out += rng.choice(M.FILLERS) + ' '
        out += p
    return out.strip()

def vans(ask, rng, persona):
    if '验证码' in ask: return rng.choice(['验证码是{d6}。', '{d6}。', '我看下短信，{d6}。']).format(d6=rng.randint(100000, 999999))
    if '出生' in ask: return rng.choice(['一九五六年四月十二号。', '一九九二年十月三号。', '二零零一年二月八号。', '一九六三年七月二十号。'])
    if '身份证' in ask and '姓名' in ask: return f"{persona}，身份证后四位{rng.randint(1000, 9999)}。"
    if '身份证' in ask: return rng.choice(['后六位{d6}。', '是{d6}。', '{d6}，最后一位是数字。']).format(d6=rng.randint(100000, 999999))
    if '姓名' in ask: return f"{persona}，尾号{rng.randint(100, 9999)}。"
    return rng.choice(['尾号{d4}。', '是{d4}。', '后四位{d4}。']).format(d4=rng.randint(1000, 9999))

def scen_of(d, sid):
    return next(s for s in MATS[d]['scen'] if s['id'] == sid)

def build(c, nodur, transfer):
    rng = random.Random(c['seed'])
    d = c['domain']; m = MATS[d]; s = scen_of(d, c['scen']); dk = DD[d]; F = c['fails']; voice = c['channel'] == 'voice'
    org = m['org']; sidx = c['sidx']
    def okf(kind):
        lst = [x if isinstance(x, str) else x for x in m[kind]]
        def ok(it):
            tg = m['tags'][kind][m[kind].index(it)]
            if kind == 'forbid' and tg != 'a' and ('fact-accuracy' in F or 'no-misinformation' in F): return False
            return tg == 'a' or tg == str(sidx)
        return ok
    T = []  # dicts: sp, text, tags
    def A(text, **k): T.append(dict(sp='agent', text=text, **k))
    def C(text, **k): T.append(dict(sp='customer', text=text, **k))
    def bury(line, pos):
        if pos and pos.get('buried'):
            pre = dk['filler'].draw()[1]
            return rng.choice([pre + line, line + pre])
        return line
    # ---------- opening ----------
    A((G['openbad'].draw() if 'greeting' in F else G['greet'].draw()).format(org=org), first=True)
    short = c['length'] < 14
    opener = rng.choice(['question', 'smalltalk', 'complaint'] if c['complaint'] else ['question', 'smalltalk', 'sorry'])
    if short: opener = 'complaint' if c['complaint'] else 'question'
    vol = s['info']['vol'] if 'required-info' in F else ''
    open_line = rng.choice(s['open'])
    blocks = []
    complaints_left = 1 + (1 if c['complaint'] and rng.random() < 0.35 else 0) if c['complaint'] else 0
    emp_fail_idx = rng.randrange(complaints_left) if ('empathy' in F and complaints_left) else -1
    ci = 0
    def comp_block(first_in_opening=False):
        nonlocal ci
        fail = (ci == emp_fail_idx); ci += 1
        b = []
        if not first_in_opening:
            b.append(('C', dk['compl'].draw(okf('complaints')), {'complaint': True}))
        if fail:
            b.append(('A', rng.choice(['请您先提供一下具体情况。', '我这边按流程给您登记。', '您说一下具体时间。', '好的，我先记录。', '这个需要走流程。', '您把经过讲一下。'])  , {'proc': True}))
            b.append(('C', rng.choice(M.CUST_OK), {}))
            b.append(('A', rng.choice(['流程上需要先核实情况再处理。', '我们会按规定处理。', '核实清楚后按规定给您处理。', '您的情况我记下了。']), {'proc': True}))
        else:
            b.append(('A', G['emp'].draw(), {'emp': True}))
        return b
    if opener == 'smalltalk':
        C(G['csmall'].draw()); A(rng.choice(['您请说。', '没事，您说您的问题。', '好的，我听着呢。', '理解理解，您有什么需要？']))
        C(vol + open_line)
    elif opener == 'sorry':
        C(G['csorry'].draw()); A(G['asorry'].draw()); C(vol + open_line)
    elif opener == 'complaint':
        C(vol + open_line + dk['compl'].draw(okf('complaints')), complaint=True)
        for sp, tx, tg in comp_block(True)[0:]:
            (A if sp == 'A' else C)(tx, **tg)
    else:
        C(vol + open_line)
    # ---------- middle blocks ----------
    verify_first = rng.random() < 0.5
    vb = []
    if s['req']['verification']:
        dis = dk['dis:' + s['id']].draw()
        if 'verification' not in F:
            va = G['vask'].draw(); vb = [('A', va, {}), ('C', vans(va, rng, s['persona']), {}),
                  ('A', G['vok'].draw() + dis, {})]
        elif rng.random() < 0.5:
            va = G['vask'].draw()
            vb = [('A', dis, {}), ('C', rng.choice(M.CUST_OK), {}), ('A', va, {}), ('C', vans(va, rng, s['persona']), {}), ('A', G['vok'].draw(), {})]
        else:
            vb = [('A', dis, {})]
    ib = [] if 'required-info' in F else [('A', dk['ask:' + s['id']].draw(), {}), ('C', s['info']['ans'], {})]
    f1, f2 = s['facts']
    fa = 'fact-accuracy' in F; mi = 'no-misinformation' in F
    # which fact is bad
    badf = rng.choice([f1, f2]) if (fa or mi) else None
    def val(f, wrong=False):
        if wrong: return rng.choice(f['wrong'])
        return f['expected'] if rng.random() < 0.7 else rng.choice(f['variants'])
    def fact_turns(f, asked):
        b = []
        if asked:
            b.append(('C', rng.choice(f['ask']), {}))
        say = dk['say:' + f['key']]
        if f is badf and fa and mi:
            b.append(('A', say.draw().format(v=val(f, True)), {}))
        elif f is badf and mi and not fa:
            b.append(('A', say.draw().format(v=val(f, True)), {}))
            b.append(('C', rng.choice(M.CUST_BC), {}))
            b.append(('A', rng.choice(M.CORRECT) + say.draw().format(v=val(f)), {}))
        else:
            b.append(('A', say.draw().format(v=val(f)), {}))
        return b
    fb1 = fact_turns(f1, True) if not (badf is f1 and fa and not mi) else []
    fb2 = fact_turns(f2, rng.random() < 0.6 and not short) if not (badf is f2 and fa and not mi) else []
    if badf is f1 and fa and not mi:  # omitted fact1 -> customer asks fact2 instead
        fb2 = fact_turns(f2, True)
    # hold attached to the first fact block that has an ask
    main = fb1 or fb2
    if c.get('hold'):
        hf = 'hold-etiquette' in F
        ai = next(i for i, b in enumerate(main) if b[0] == 'A')
        sp, tx, tg = main[ai]
        thanks = G['hbare'].draw() if (hf and not (c['pos'].get('hold-etiquette', {}).get('double'))) else G['hthx'].draw()
        main[ai:ai + 1] = [('A', G['hann'].draw(), {}), ('C', rng.choice(['好的。', '嗯，好。', '行，我等着。', '好。']), {}), ('A', thanks + tx, {'afterhold': True})]
        if hf and c['pos']['hold-etiquette'].get('double'):
            other = fb2 if main is fb1 else fb1
            if other:
                aj = next(i for i, b in enumerate(other) if b[0] == 'A')
                sp, tx, tg = other[aj]
                other[aj:aj + 1] = [('A', G['hann'].draw(), {}), ('A', G['hbare'].draw() + tx, {'afterhold': True})]
            else:
                sp, tx, tg = main[ai + 2]; main[ai + 2] = ('A', G['hbare'].draw() + tx[len(thanks):], {'afterhold': True})
    blocks.append(('facts1', fb1))
    if fb2: blocks.append(('facts2', fb2))
    if vb:
        blocks.insert(0 if verify_first else 1, ('verify', vb))
    if ib:
        blocks.insert(rng.randint(0, len(blocks)), ('info', ib))
    # resolution
    nside = 0
    if 'resolution' in F:
        for _ in range(2 if c['pos']['resolution']['double'] else 1):
            q, na, an = dk['side'].draw(); nside += 1
            blocks.append(('side', [('C', q, {}), ('A', bury(na, c['pos']['resolution']), {'nonans': True}), ('C', rng.choice(M.CUST_OK), {})]))
    else:
        if rng.random() < 0.5 and not short:
            q, na, an = dk['side'].draw()
            if rng.random() < 0.5:
                blocks.append(('side', [('C', q, {}), ('A', an, {})]))
            else:
                blocks.append(('side', [('C', q, {}), ('A', na, {'nonans': True}), ('C', rng.choice(M.CUST_PRESS), {}), ('A', G['askc'].draw(), {}), ('A', an, {})]))
    # rude / forbidden
    if 'politeness' in F:
        for _ in range(2 if c['pos']['politeness']['double'] else 1):
            pre, line = dk['rude'].draw(okf('rude'))
            blocks.append(('rude', [('C', pre, {'long': True}), ('A', bury(line, c['pos']['politeness']), {'rude': True}), ('C', rng.choice(M.CUST_OK), {})]))
    elif 'forbidden-words' in F:
        for _ in range(2 if c['pos']['forbidden-words']['double'] else 1):
            pre, line = dk['forbid'].draw(okf('forbid'))
            blocks.append(('forbid', [('C', pre, {}), ('A', bury(line, c['pos']['forbidden-words']), {}), ('C', rng.choice(M.CUST_OK), {})]))
    # complaints after opening
    while ci < complaints_left:
        blocks.append(('complaint', comp_block()))
    # hard negatives & fillers up to target length
    if rng.random() < 0.6 and not short:
        blocks.append(('hardneg', [('C', rng.choice(M.CUST_BC), {}), ('A', G['hardneg'].draw(), {})]))
    cur = len(T) + sum(len(b) for _, b in blocks) + 7
    while cur < c['length']:
        q, a = dk['filler'].draw(); blocks.append(('filler', [('C', q, {}), ('A', a, {})])); cur += 2
    # order: positions from plan
    fixed = [b for b in blocks if b[0] in ('verify', 'info', 'facts1', 'facts2')]
    movable = [b for b in blocks if b[0] not in ('verify', 'info', 'facts1', 'facts2')]
    seq = fixed[:]
    for b in movable:
        key = {'rude': 'politeness', 'forbid': 'forbidden-words', 'side': 'resolution', 'complaint': 'empathy'}.get(b[0])
        where = c['pos'].get(key, {}).get('where') if key else None
        if where == 'early': idx = rng.randint(0, min(1, len(seq)))
        elif where == 'late': idx = len(seq)
        else: idx = rng.randint(0, len(seq))
        seq.insert(idx, b)
    # a failing complaint must be followed by 2 agent turns without empathy: move empathy-pass complaints before it
    comps = [b for b in seq if b[0] == 'complaint']
    if len(comps) == 2 and emp_fail_idx >= 0:
        seq = [b for b in seq if b[0] != 'complaint']
        failb = [b for b in comps if any(t[2].get('proc') for t in b[1])]
        okb = [b for b in comps if b not in failb]
        seq = okb + seq; seq.insert(len(seq) - rng.randint(0, 1), failb[0]) if failb else None
    for _, b in seq:
        for sp, tx, tg in b:
            (A if sp == 'A' else C)(tx, **tg)
    # reference
    if s['req']['reference'] or rng.random() < 0.2:
        code = rng.choice(['GD', 'SL', 'H', 'KF', 'T']) + str(rng.randint(1000000, 99999999))
        A(G['ref'].draw().format(ref=code) if (s['req']['reference'] and 'record-reference' not in F) else G['refnone'].draw())
        if rng.random() < 0.6 and not short: C(rng.choice(M.CUST_BC))
    surv = s['req']['survey'] and 'survey-offered' not in F
    # ---------- ending ----------
    if c.get('walkout'):
        if surv: A(G['survey'].draw())
        C(rng.choice(M.CUST_WALKOUT), walkout=True); hang = 'customer'
    elif 'closing' in F:
        A(G['wrap'].draw() + (G['survey'].draw() if surv else ''))
        C(rng.choice(M.CUST_NO_MORE))
        A(G['closebad'].draw())
        if rng.random() < 0.5: C(rng.choice(['嗯。', '好的。'])); hang = 'customer'
        else: hang = 'agent'
    else:
        style = 1 if short else rng.randint(0, 2)
        if style == 0:
            A(G['wrap'].draw()); C(rng.choice(M.CUST_NO_MORE)); A((G['survey'].draw() if surv else '') + G['close'].draw())
        elif style == 1:
            if surv and short: A(G['survey'].draw() + G['close'].draw())
            else:
                if surv: A(G['survey'].draw()); C(rng.choice(M.CUST_BC))
                A(G['close'].draw())
        else:
            A(G['wrap'].draw()); C(rng.choice(M.CUST_NO_MORE)); A(G['close'].draw() + (G['survey'].draw() if surv else ''))
        if rng.random() < 0.6: C(rng.choice(M.CUST_THANKS_BYE)); hang = 'customer'
        else: hang = 'agent'
    # ---------- agent id insertion ----------
    ag = [i for i, t in enumerate(T) if t['sp'] == 'agent']
    idtext = (G['idname'].draw().format(role=G['role'].draw(), name=G['names'].draw()) if rng.random() < 0.5 else
              G['idnum'].draw().format(num=str(rng.randint(1000, 9999)), role=G['role'].draw()))
    if 'agent-id' in F:
        if rng.random() < 0.5 and len(ag) > 3:
            T[ag[2]]['text'] = idtext + T[ag[2]]['text']
    else:
        k = rng.choice([0, 0, 1])
        if k == 0: T[ag[0]]['text'] = T[ag[0]]['text'] + idtext if 'greeting' not in F or rng.random() < 0.5 else idtext + T[ag[0]]['text']
        else: T[ag[1]]['text'] = idtext + T[ag[1]]['text']
    return T, hang, rng

def timing(c, T, hang, rng, nodur, transfer):
    m = MATS[c['domain']]; s = scen_of(c['domain'], c['scen']); F = c['fails']; voice = c['channel'] == 'voice'
    sla = s['sla']
    ev = [{'type': 'started', 'atMs': 0}]
    turns = []
    if voice:
        ans = rng.randint(4000, 9000)
        ev += [{'type': 'dialed', 'atMs': 150}, {'type': 'ringing', 'atMs': rng.randint(800, 1800)}, {'type': 'answered', 'atMs': ans}]
        t = ans + 300
        if c['ivr']:
            ivr = m['ivr']; dur = int(len(ivr) * 60000 / 260)
            turns.append({'speaker': 'ivr', 'text': ivr, 'startMs': t, 'endMs': t + dur, 'confidence': 0.95})
            t += dur + 1200; ev.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '0'}}); t += 400
            ev.append({'type': 'queued', 'atMs': t}); t += rng.randint(5000, 40000)
        joined = t
        ev.append({'type': 'agent-joined', 'atMs': joined})
        if 'speech-rate' in F: arate = rng.choice([rng.randint(340, 380), rng.randint(85, 104)])
        else: arate = rng.randint(175, 255)
    else:
        ev.append({'type': 'page-loaded', 'atMs': rng.randint(1200, 3000)})
        t = ev[-1]['atMs'] + 2000
        if rng.random() < 0.6:
            ev.append({'type': 'queued', 'atMs': t}); t += rng.randint(4000, 60000)
        joined = t; ev.append({'type': 'agent-joined', 'atMs': joined})
    # first agent turn gap
    if 'first-response' in F:
        g0 = sla['firstResponseMs'] + (rng.randint(600, 1500) if voice else rng.randint(2000, 6000))
    else:
        g0 = rng.randint(700, 3000) if voice else rng.randint(1500, min(7000, sla['firstResponseMs'] - 1500))
    # choose special positions
    idx_c = [i for i, x in enumerate(T) if x['sp'] == 'customer']
    cand_int = [i for i in idx_c if i + 1 < len(T) and T[i + 1]['sp'] == 'agent' and len(T[i]['text']) >= 10
                and len(T[i + 1]['text']) >= 9 and not T[i + 1]['text'].startswith(('好的', '嗯', '对', '没事', '理解', '不着急', '没关系'))]
    int_at = set()
    if 'interruption' in F and cand_int:
        int_at.add(rng.choice(cand_int))
    # dead-air: split chosen agent turn pair (agent followed by agent) or insert gap after customer (voice)
    da_at = set()
    if 'dead-air' in F:
        aa = [i for i in range(1, len(T)) if T[i]['sp'] == 'agent' and T[i - 1]['sp'] == 'agent' and not T[i].get('afterhold') and not any(h in T[i - 1]['text'] for h in M.HOLD_ANN)]
        ca = [i for i in range(1, len(T)) if T[i]['sp'] == 'agent' and T[i - 1]['sp'] == 'customer' and not T[i].get('afterhold') and i - 1 not in int_at]
        pool = aa + ca if sla['responseLatencyMs'] > 12000 else aa
        if not pool:
            pool = ca
        da_at.add(rng.choice(pool))
    lat_at = None
    if 'response-latency' in F:
        cand = [i for i in range(1, len(T)) if T[i]['sp'] == 'agent' and T[i - 1]['sp'] == 'customer' and not T[i].get('afterhold')]
        lat_at = rng.choice(cand)
    bc_done = False
    prev_end = joined; pend = None
    for i, x in enumerate(T):
        sp = x['sp']; text = x['text']
        if voice and c['asr']:
            text = asr(text, rng)
        if i == 0:
            start = joined + g0
        elif sp == 'agent':
            if x.get('afterhold'):
                gap = rng.randint(16000, 45000) if voice else rng.randint(34000, 70000)
            elif i in da_at:
                gap = rng.randint(9000, 13000) if voice else rng.randint(31000, 40000)
            elif i == lat_at:
                gap = rng.randint(sla['responseLatencyMs'] + 2000, 29000)
            elif T[i - 1]['sp'] == 'agent':
                gap = rng.randint(600, 2000) if voice else rng.randint(1500, 4500)
            else:
                gap = rng.randint(400, 2400) if voice else rng.randint(3000, 8000)
            start = prev_end + gap
            if pend is not None and not x.get('afterhold') and i != lat_at:
                start = max(prev_end + (300 if voice else 1200), min(start, pend + sla['responseLatencyMs'] - 1500))
            if (i - 1) in int_at:
                start = prev_end - rng.randint(1500, 2600)
        else:
            gap = rng.randint(300, 1800) if voice else (rng.randint(4000, 16000) if T[i - 1]['sp'] == 'agent' else rng.randint(2000, 4000))
            start = prev_end + gap
        if voice:
            nch = len(re.sub(r'[\s，。？！、：；,.?!~～]', '', text))
            rate = arate if sp == 'agent' else rng.randint(230, 290)
            dur = max(500, int(nch * 60000 / rate))
            conf = round(rng.uniform(0.6, 0.93) if c['asr'] else rng.uniform(0.9, 0.99), 2)
            turns.append({'speaker': sp, 'text': text, 'startMs': start, 'endMs': start + dur, 'confidence': conf})
            if x.get('afterhold') and rng.random() < 0.5:
                ev.append({'type': 'hold-start', 'atMs': prev_end + 400}); ev.append({'type': 'hold-end', 'atMs': start - 300})
            if lat_at is not None and False: pass
            # backchannel hard negative over a long customer turn
            if sp == 'customer' and not bc_done and dur > 3000 and rng.random() < 0.5 and i not in int_at:
                bcs = start + dur // 3
                turns.append({'speaker': 'agent', 'text': rng.choice(M.BACKCH_AGENT), 'startMs': bcs, 'endMs': bcs + 500, 'confidence': conf})
                bc_done = True
            prev_end = start + dur
        else:
            if i == lat_at and rng.random() < 0.4:
                # nudge in the middle of the wait
                nt = prev_end + rng.randint(9000, 13000)
                turns.append({'speaker': 'customer', 'text': rng.choice(['在吗？', '你好，还在吗？', '人呢？']), 'startMs': nt, 'endMs': nt, 'confidence': 1.0})
            turns.append({'speaker': sp, 'text': text, 'startMs': start, 'endMs': start, 'confidence': 1.0})
            prev_end = start
        if sp == 'customer':
            if pend is None: pend = prev_end
        else:
            pend = None
    end = prev_end + rng.randint(800, 2500)
    if voice:
        ev.append({'type': 'hangup', 'atMs': end, 'detail': {'by': hang}})
    if c['id'] == transfer:
        ev.append({'type': 'transfer', 'atMs': end - 200})
    ev.append({'type': 'ended', 'atMs': end + 300})
    ev.sort(key=lambda e: e['atMs'])
    obj = {'schemaVersion': 1, 'contactId': c['id'], 'scenarioId': c['scen'], 'runId': 'dev22a', 'channel': c['channel'],
           'startedAt': 1796000000000 + int(c['seed'] % 7000000) * 1000}
    if c['id'] not in nodur:
        obj['durationMs'] = end + 300
    obj['events'] = ev; obj['turns'] = turns; obj['outcome'] = 'completed'; obj['transcriptSource'] = 'deepgram' if voice else 'chat-dom'
    return obj

CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness', 'interruption', 'dead-air',
          'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency', 'fact-accuracy', 'no-misinformation', 'record-reference',
          'survey-offered', 'required-info']
WHY = {'greeting': '坐席首句无问候语', 'agent-id': '前两轮坐席发言未自报工号或姓名', 'closing': '最后两轮坐席发言无结束语',
       'forbidden-words': '坐席使用服务忌语', 'verification': '披露客户记录前未核验身份', 'hold-etiquette': '保持后未致谢或未告知',
       'politeness': '坐席语气粗鲁', 'interruption': '坐席抢话', 'dead-air': '坐席应答前出现超时静默', 'speech-rate': '坐席语速明显超出范围',
       'empathy': '客户抱怨后未致歉或安抚', 'resolution': '客户问题被敷衍未作答', 'first-response': '坐席首次应答超时',
       'response-latency': '客户消息回复超时', 'fact-accuracy': '事实未说或说错', 'no-misinformation': '说出错误信息',
       'record-reference': '未提供工单号', 'survey-offered': '未邀请评价', 'required-info': '未询问必需信息'}

def planned_labels(c):
    L = {}
    req = c['req']; voice = c['channel'] == 'voice'
    for k in CHECKS:
        L[k] = 'fail' if k in c['fails'] else 'pass'
    if c.get('walkout'): L['closing'] = 'na'
    if not req['verification']: L['verification'] = 'na'
    if not c.get('hold'): L['hold-etiquette'] = 'na'
    if not voice: L['interruption'] = L['speech-rate'] = 'na'
    if not c['complaint']: L['empathy'] = 'na'
    if not req['reference']: L['record-reference'] = 'na'
    if not req['survey']: L['survey-offered'] = 'na'
    return L

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def write_scen(d, s):
    m = MATS[d]
    lines = [f"id: {s['id']}", f"title: {yq(s['title'])}", f"description: {yq('独立语料 ' + SET + '，领域 ' + d + '，机构 ' + m['org'])}",
             'channel: [voice, webchat]', f"target: {{ phone: {yq(m['phone'].replace(' ', ''))} }}", f"persona: {{ name: {yq(s['persona'])} }}", 'locale: zh-CN', 'steps:',
             f"  - say: {yq(s['open'][0])}", f"  - wait: {{ pattern: {yq(s['facts'][0]['cues'][0])}, timeoutMs: 60000 }}", '  - end: true', 'facts:']
    for f in s['facts']:
        lines.append(f"  - {{ key: {f['key']}, label: {yq(f['label'])}, expected: {yq(f['expected'])}, variants: {json.dumps(f['variants'], ensure_ascii=False)}, wrong: {json.dumps(f['wrong'], ensure_ascii=False)}, cues: {json.dumps(f['cues'], ensure_ascii=False)} }}")
    i = s['info']
    lines.append('requiredInfo:')
    lines.append(f"  - {{ key: {i['key']}, label: {yq(i['label'])}, patterns: [{yq(i['pattern'])}] }}")
    r = s['req']
    lines.append('requires: { ' + ', '.join(f'{k}: {str(r[k]).lower()}' for k in ['verification', 'reference', 'empathy', 'survey']) + ' }')
    lines.append(f"sla: {{ firstResponseMs: {s['sla']['firstResponseMs']}, responseLatencyMs: {s['sla']['responseLatencyMs']}, handleTimeMs: 900000 }}")
    lines.append(f'tags: [{SET}, {d}]')
    open(os.path.join(OUT, 'scenarios', s['id'] + '.yaml'), 'w').write('\n'.join(lines) + '\n')

def specials():
    out = []; labs = []
    base = 1796500000000
    def ev(*xs): return [{'type': t, 'atMs': a, **({'detail': dt} if dt else {})} for t, a, dt in xs]
    sp = [
        ('h15a-x01', 'eldercare-visit', 'voice', 'no-answer', dict(events=ev(('started', 0, None), ('dialed', 120, None), ('ringing', 900, None), ('ended', 45900, None)), turns=[], outcome='no-answer'), 46000),
        ('h15a-x02', 'zoo-closure', 'voice', 'busy', dict(events=ev(('started', 0, None), ('dialed', 140, None), ('ended', 2600, None)), turns=[], outcome='busy'), 2700),
        ('h15a-x03', 'mobilegame-topup', 'voice', 'ivr-abandon', dict(events=ev(('started', 0, None), ('dialed', 100, None), ('ringing', 700, None), ('answered', 5200, None), ('dtmf', 14800, {'digits': '0'}), ('queued', 15200, None), ('hangup', 98000, {'by': 'customer'}), ('ended', 98300, None)),
            turns=[{'speaker': 'ivr', 'text': MATS['mobilegame']['ivr'], 'startMs': 5500, 'endMs': 13600, 'confidence': 0.95}, {'speaker': 'ivr', 'text': '当前排队人数较多，请您耐心等待。', 'startMs': 15400, 'endMs': 18900, 'confidence': 0.94}], outcome='abandoned'), 98400),
        ('h15a-x04', 'yoga-cancel', 'webchat', 'chat-abandon', dict(events=ev(('started', 0, None), ('page-loaded', 1800, None), ('queued', 3500, None), ('ended', 185000, None)),
            turns=[{'speaker': 'system', 'text': '您已进入排队，前面还有6位。', 'startMs': 3600, 'endMs': 3600, 'confidence': 1.0}, {'speaker': 'customer', 'text': '怎么还没人？', 'startMs': 95000, 'endMs': 95000, 'confidence': 1.0}], outcome='abandoned'), 185100),
        ('h15a-x05', 'petgroom-pickup', 'webchat', 'bot-only', dict(events=ev(('started', 0, None), ('page-loaded', 1500, None), ('ended', 140000, None)),
            turns=[{'speaker': 'bot', 'text': '您好，我是毛豆智能助手豆豆，请问有什么可以帮您？', 'startMs': 2100, 'endMs': 2100, 'confidence': 1.0},
                   {'speaker': 'customer', 'text': '转人工。', 'startMs': 12000, 'endMs': 12000, 'confidence': 1.0},
                   {'speaker': 'bot', 'text': '请您描述具体问题，我来为您解答。', 'startMs': 12800, 'endMs': 12800, 'confidence': 1.0},
                   {'speaker': 'customer', 'text': '我要人工客服！', 'startMs': 30000, 'endMs': 30000, 'confidence': 1.0},
                   {'speaker': 'bot', 'text': '人工客服繁忙，您可以先看看常见问题。', 'startMs': 30900, 'endMs': 30900, 'confidence': 1.0}], outcome='abandoned'), 140100),
        ('h15a-x06', 'wedding-photo', 'webchat', 'harness-failure', dict(events=ev(('started', 0, None)), turns=[], outcome='failed', failedBy='harness', errorCode='E_SELECTOR_TIMEOUT'), 30000),
        ('h15a-x07', 'yoga-package', 'voice', 'harness-failure', dict(events=ev(('started', 0, None)), turns=[], outcome='failed', failedBy='harness', errorCode='E_BROWSER_CRASHED'), 1200),
    ]
    for cid, sid, ch, kind, body, dur in sp:
        o = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sid, 'runId': 'dev22a', 'channel': ch, 'startedAt': base, 'durationMs': dur}
        o['events'] = body['events']; o['turns'] = body['turns']; o['outcome'] = body['outcome']
        if 'failedBy' in body: o['failedBy'] = body['failedBy']; o['errorCode'] = body['errorCode']
        o['transcriptSource'] = 'deepgram' if ch == 'voice' else 'chat-dom'
        base += 3600000
        out.append(o)
        labs.append({'contactId': cid, 'domain': sid.split('-')[0], 'special': kind, 'labels': {k: 'na' for k in CHECKS}, 'why': {}})
    return out, labs

def main():
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    scen_req = {d: [(s['id'], s['req']) for s in MATS[d]['scen']] for d in DOMAINS}
    for d in DOMAINS:
        for s in MATS[d]['scen']: write_scen(d, s)
    cs, nodur, transfer = build_plan(scen_req)
    contacts, labels = [], []
    for c in cs:
        T, hang, rng = build(c, nodur, transfer)
        contacts.append(timing(c, T, hang, rng, nodur, transfer))
        L = planned_labels(c)
        labels.append({'contactId': c['id'], 'domain': c['domain'], 'labels': L, 'why': {k: WHY[k] for k in CHECKS if L[k] == 'fail'}})
    so, sl = specials()
    contacts += so; labels += sl
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w') as f:
        for o in contacts: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w') as f:
        for o in labels: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(contacts), 'contacts')

if __name__ == '__main__':
    main()
