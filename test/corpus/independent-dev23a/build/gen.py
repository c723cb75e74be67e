"""Generator: scenarios/*.yaml, contacts.jsonl, labels.jsonl from the material and the seeded plan. Byte-identical each run."""
import json, os, random, re
from common import *
from plan import make_plan

USAGE = {}
def pick_line(rng, pool, avoid=()):
    cands = [t for t in pool if t not in avoid]
    rng.shuffle(cands)
    cands.sort(key=lambda t: USAGE.get(core(t), 0))
    t = cands[0]
    USAGE[core(t)] = USAGE.get(core(t), 0) + 1
    return t

CUST_ACK = ['好的。', '行，我等着。', '嗯，好。', '没事，你查。', '好。', '可以。']
CUST_END = ['没有了，谢谢。', '没了，就这些。', '好的，谢谢你啊。', '行，那先这样。', '嗯嗯，明白了。', '好嘞，谢谢。']
CUST_BYE = ['好，再见。', '拜拜。', '嗯，谢谢，再见。', '好的。']
CUST_BARE = ['嗯。', '好的。', '哦，好。']
SMALL_REPLY = ['哈哈，您请说。', '没事，您慢慢讲。', '您说就行。']
AP_REPLY = ['没关系。', '不要紧的。', '没事没事。']
VER_ACK = ['好的。', '对上了。', '嗯，没问题。', '好，谢谢。', '行。']
ACK = ['好的，明白您的意思了。', '嗯，了解。', '清楚了。', '好的，这个情况我知道了。', '行，我听明白了。']
TRIG = ['我再跟你确认下刚才那个事。', '嗯，我想想啊。', '我这边拿笔记一下。', '我还是有点没听明白。', '哦，这样啊。']
PRESS = ['你再帮我想想办法，这个对我挺重要的。', '那你帮我问问呗？', '能不能再查查？']
PRESS_REPLY = ['我刚问了同事，', '我帮您翻了下规定，', '这边确认了一下，']
CLOSE_AFTER = ['好的。', '嗯。']

def ref_code(rng):
    return rng.choice(['GD', 'SL', '']) + ''.join(rng.choice('0123456789') for _ in range(8))

def avail(pool):
    return min(USAGE.get(core(t), 0) for t in pool) < 3

def fill(t, ctx):
    return PH.sub(lambda m: ctx[m.group(1)], t)

def surname(rng):
    return rng.choice(list('周李陈王刘张杨黄吴徐孙马'))

def build(c, M, sc, rng):
    F, FL = c['fails'], c['flags']
    voice = c['channel'] == 'voice'
    ctx = dict(org=M['org'], name=rng.choice(M['names']), id=str(rng.randint(1000, 99999)), sur=surname(rng),
               ref=ref_code(rng), x=''.join(rng.choice('0123456789') for _ in range(6)))
    ctx['x4'] = ctx['x'][:4]; ctx['x8'] = ctx['x'] + ''.join(rng.choice('0123456789') for _ in range(2))
    T = []; why = {}
    st = dict(nag=0, pend_id=False, late_id=False, pend_emp=[], pend_fw=[], pend_look=False, emp_resp=[])
    def comp_pool():
        ok = [t for t, a in zip(M['complaint'], M['complaint_scen']) if a is None or c['sc'] in a]
        return ok if avail(ok) else M['complaint']
    def P(cat, pool=None, **kw):
        t = pick_line(rng, pool if pool is not None else M[cat])
        cx = dict(ctx, **kw)
        return (cat, t, fill(t, cx))
    def cu(text, cat=None, tmpl=None, **kw):
        T.append(dict(spk='customer', parts=[(cat, tmpl, text)], **kw)); return T[-1]
    def ag(parts, lead=(), **kw):
        pre = list(lead)
        if st['nag'] == 1 and st['pend_id']:
            pre.append(P('id_ok')); st['pend_id'] = False
        if st['nag'] == 2 and st['late_id']:
            pre.append(P('id_ok')); st['late_id'] = False
        for cmp in st['pend_emp']:
            if 'empathy' in F:
                e = P('emp_bad'); pre.append(e)
                why.setdefault('empathy', "顾客诉「%s」后坐席接「%s」直接走流程，随后两轮都没有道歉或体谅" % (cmp, e[2]))
            else:
                pre.append(P('emp_ok'))
        st['pend_emp'] = []
        parts = pre + list(parts)
        if st['pend_look']:
            parts.append(P('fw_look')); st['pend_look'] = False
        if st['pend_fw'] and st['nag'] >= 1 and not kw.get('nofw'):
            cat = st['pend_fw'].pop(0)
            line = P(cat)
            if rng.random() < 0.5: parts.append(line)
            else: parts.insert(len(pre), line)
            fwl = why.setdefault('_fw', [])
            fwl.append(line[2])
        kw.pop('nofw', None)
        T.append(dict(spk='agent', parts=parts, **kw)); st['nag'] += 1
        return T[-1]
    req = sc['req']
    target = rng.choice([6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 34, 38, 40])
    short = target <= 12 and 'walkout' not in FL and 'complaint' not in FL and not (FL & {'escal', 'dead-b', 'hold-unann', 'hold-nothx', 'hold-ok', 'lat', 'lat-nudge', 'fact-corrected'}) and 'interruption' not in F
    # --- first agent turn
    g = P('greet_bad') if 'greeting' in F else P('greet_ok')
    if 'greeting' in F:
        why['greeting'] = f'坐席首轮「{g[2]}」开口直接报机构/问业务，没有问候语'
    first = [g]
    if 'agent-id' in F:
        if rng.random() < 0.5: first.append(P('id_bad'))
        st['late_id'] = rng.random() < 0.45
    else:
        if rng.random() < 0.6: first.append(P('id_ok'))
        else: st['pend_id'] = True
    T.append(dict(spk='agent', parts=first, first=True)); st['nag'] = 1
    # --- opening
    comp = 'complaint' in FL
    style = rng.random()
    if 'required-info' in F and rng.random() < 0.5:
        vol = fill(rng.choice(sc['info']['give']), ctx)
    else:
        vol = None
    if short:
        cu(sc['open'][rng.randrange(2)] + pick_line(rng, sc['f1']['ask']), 'f1ask', long=True)
        st['q1_in_open'] = True
    elif comp and style < 0.35:
        cl = P('complaint', comp_pool())
        cu(cl[2] + sc['open'][rng.randrange(2)], 'complaint', cl[1], long=True)
        st['pend_emp'].append(cl[2]); comp_done = True
    else:
        comp_done = False
        if style < 0.6:
            cu(rng.choice(M['smalltalk']))
            ag([('gen', None, rng.choice(SMALL_REPLY))])
        elif style < 0.8:
            cu(rng.choice(M['capology']) + sc['open'][rng.randrange(2)], long=True)
            ag([('gen', None, rng.choice(AP_REPLY))])
            T[-1]['parts'] = T[-1]['parts'][:]
        else:
            cu(sc['open'][rng.randrange(2)], long=True)
    if vol and T[-1]['spk'] == 'customer':
        T[-1]['parts'].append(('give', None, vol))
    elif vol:
        cu(sc['open'][rng.randrange(2)] + vol, long=True)
    elif T[-1]['spk'] == 'agent':
        cu(sc['open'][rng.randrange(2)], long=True)
    # fw / look scheduling
    if 'forbidden-words' in F:
        cats = ['fw_rude'] if 'rude' in FL else ['fw_only']
        if rng.random() < 0.2: cats.append(rng.choice(['fw_only', 'fw_rude'] if 'rude' in FL else ['fw_only']))
        fwcats = cats
    else:
        fwcats = []
    # --- moves
    moves = []
    has_ver = req['verification']
    disc_lines = sc['disc']
    if has_ver:
        if 'verification' in F:
            moves.append('disc-early')
            if rng.random() < 0.5: moves.append('verify-late')
        else:
            moves.append('verify')
    if 'required-info' not in F: moves.append('info')
    moves.append('q1')
    if 'fact-missing' not in FL: moves.append('f2')
    if 'resolution' in F or FL & {'lat', 'lat-nudge', 'dead-a'} or (rng.random() < 0.45 and avail([x[1] for x in M['q2']])): moves.append('q2')
    if rng.random() < 0.2 and not short and avail([x[1] for x in M['side']]): moves.append('side')
    if comp and not comp_done: moves.append('complaint')
    if 'escal' in FL: moves.append('escal')
    if short:
        moves = [m for m in moves if m in ('info', 'q1', 'f2', 'verify', 'disc-early', 'verify-late') or (m == 'q2' and 'resolution' in F) or m.startswith('fw:')]
    nfill = max(0, (target - 13 - 2 * len(moves)) // 2)
    moves += ['filler'] * min(nfill, len(M['filler']))
    for cat in fwcats: moves.append('fw:' + cat)
    if rng.random() < 0.5 and not short and avail(M['fw_look']): moves.append('look')
    if 'dead-b' in FL: moves.append('deadb')
    rng.shuffle(moves)
    def before(a, b):
        if a in moves and b in moves and moves.index(a) > moves.index(b):
            moves.remove(a); moves.insert(moves.index(b), a)
    def after(a, b):
        if a in moves and b in moves and moves.index(a) < moves.index(b):
            moves.remove(a); moves.insert(moves.index(b) + 1, a)
    if short: moves.remove('q1'); moves.insert(0, 'q1')
    before('verify', 'q1'); before('disc-early', 'q1'); after('verify-late', 'disc-early')
    if 'disc-early' in moves: moves.remove('disc-early'); moves.insert(0, 'disc-early')
    after('side', 'q1'); after('escal', 'complaint')

    # which answer carries the hold
    hold_kind = 'unann' if 'hold-unann' in FL else 'nothx' if 'hold-nothx' in FL else 'ok' if 'hold-ok' in FL else None
    hold_on = rng.choice(['q1', 'q1', 'q2']) if hold_kind else None
    if hold_on == 'q2' and ('resolution' in F or 'q2' not in moves): hold_on = 'q1'
    second_hold = hold_kind and rng.random() < 0.25 and not (FL & {'lat', 'lat-nudge', 'dead-a'})
    res_fail_on = 'q2' if 'resolution' in F else None
    press_ok = 'resolution' not in F and rng.random() < 0.3
    lat_at = None
    qk = ['q1', 'q2'] if 'q2' in moves else ['q1']
    if FL & {'lat', 'lat-nudge'}: lat_at = rng.choice(qk)
    dead_a_at = rng.choice(qk) if 'dead-a' in FL else None
    if dead_a_at and dead_a_at == hold_on: dead_a_at = 'q2' if hold_on == 'q1' and 'q2' in moves else 'q1' if hold_on == 'q2' else None
    if lat_at and lat_at == hold_on: lat_at = 'q2' if hold_on == 'q1' and 'q2' in moves else 'q1' if hold_on == 'q2' else None
    if dead_a_at is None and 'dead-a' in FL: FL.discard('dead-a'); FL.add('dead-b'); moves.append('deadb')
    assert not (FL & {'lat', 'lat-nudge'}) or lat_at, c['cid']
    fvals = []
    def f1_value():
        f = sc['f1']
        if 'fact-wrong' in FL: return rng.choice(f['wrong']), 'wrong'
        return rng.choice([f['expected']] + f['variants']), 'ok'
    verified = [False]
    def answer_turn(parts, key, hold=None):
        """agent answers a customer question, optionally through a hold"""
        gapkind = 'lat' if lat_at == key else 'deada' if dead_a_at == key else None
        if hold in ('ok', 'nothx'):
            ha = P('hold_ask')
            ag([ha])
            if rng.random() < 0.7: cu(rng.choice(CUST_ACK))
            back = P('hold_thx') if hold == 'ok' else P('hold_nothx')
            if hold == 'nothx':
                why.setdefault('hold-etiquette', f'坐席说「{ha[2]}」后静默，回来第一句「{back[2]}」没有感谢等候')
            ag([back] + parts, gap='hold', hev=voice and rng.random() < 0.5)
        elif hold == 'unann':
            back = P('hold_thx') if rng.random() < 0.5 else P('hold_nothx')
            ag([back] + parts, gap='unann', hev=voice and rng.random() < 0.4)
            why.setdefault('_unann', back[2])
        else:
            ag(parts, gap=gapkind)
    def fact_parts(which):
        f = sc[which]
        if which == 'f1':
            v, kind = f1_value()
        else:
            v, kind = rng.choice([f['expected']] + f['variants']), 'ok'
            if 'fact-wrong' in FL and rng.random() < 0.0: pass
        line = P(which + 'say', f['say'], v=v)
        out = [line]
        if kind == 'wrong':
            why.setdefault('fact-accuracy', f'「{line[2]}」把{f["label"]}说成{v}（应为{f["expected"]}），之后没有更正')
            why.setdefault('no-misinformation', f'坐席说「{line[2]}」，{v}是错误的{f["label"]}')
        if which == 'f1' and 'fact-corrected' in FL:
            wv = rng.choice(f['wrong'])
            wl = P('f1say', f['say'], v=wv)
            cl = P('correction', v=rng.choice([f['expected']] + f['variants']))
            why.setdefault('no-misinformation', f'坐席先说「{wl[2]}」（错误值{wv}），虽随后「{cl[2]}」更正，错误信息已说出')
            out = [wl, cl] if rng.random() < 0.6 else [wl]
            if len(out) == 1: st['corr'] = cl
        return out
    for mv in moves:
        if mv == 'disc-early':
            d = P('disc', disc_lines)
            ag([('gen', None, rng.choice(ACK)), d])
            why['verification'] = f'未核验身份就说出本人记录「{d[2]}」' + ('，核验是事后才补的' if 'verify-late' in moves else '，全程没有核验身份')
        elif mv in ('verify', 'verify-late'):
            v = P('verify')
            ag([v] if mv == 'verify' else [('gen', None, '对了，'), v])
            data = ctx['x'][:4]
            if '核对' in v[2]: data = '嗯，对的'
            elif '出生' in v[2]: data = '一九八六年三月'
            elif '全名' in v[2] or '叫什么' in v[2] or '姓名' in v[2]: data = rng.choice(M['cnames'])[0] + '秀英' + ('，尾号' + data if '尾号' in v[2] or '手机' in v[2] else '')
            cu(data + '。' if data.startswith('嗯') else rng.choice(['是{0}。', '{0}。', '好的，{0}。']).format(data))
            if mv == 'verify' and disc_lines:
                ag([('gen', None, rng.choice(VER_ACK)), P('disc', disc_lines)])
            elif mv == 'verify':
                ag([('gen', None, rng.choice(VER_ACK))])
        elif mv == 'info':
            a = P('ask_' + sc['key'], sc['info']['ask'])
            ag([a])
            cu(fill(rng.choice(sc['info']['give']), ctx))
        elif mv == 'q1':
            q = pick_line(rng, sc['f1']['ask'])
            if not st.get('q1_in_open'): cu(q, 'f1ask', long=False)
            if 'lat-nudge' in FL and lat_at == 'q1': cu('在吗？', nudge=True)
            parts = fact_parts('f1')
            if short and 'f2' in moves: parts += fact_parts('f2'); moves.remove('f2')
            answer_turn(parts, 'q1', hold_kind if hold_on == 'q1' else None)
            if st.get('corr'):
                cu(rng.choice(['啊？这个数没错吧？', '你确定吗？', '跟我之前听说的不一样啊。']))
                ag([st.pop('corr')])
            if second_hold and hold_on == 'q2' and False: pass
        elif mv == 'f2':
            ag(fact_parts('f2') + ([] if rng.random() < 0.5 else [('gen', None, rng.choice(['这点您记一下。', '别忘了哈。']))]))
        elif mv == 'q2':
            a = pick_line(rng, [x[1] for x in M['q2']])
            q = [x[0] for x in M['q2'] if x[1] == a][0]
            cu(q, 'q2ask', tmpl=q)
            if 'lat-nudge' in FL and lat_at == 'q2': cu('在吗？', nudge=True)
            if res_fail_on == 'q2':
                n = P('nonans')
                ag([n], gap='lat' if lat_at == 'q2' else 'deada' if dead_a_at == 'q2' else None)
                why['resolution'] = f'顾客问「{q}」，坐席只回「{n[2]}」，没有查询、转接或后续答复'
                if rng.random() < 0.4:
                    cu(rng.choice(CUST_BARE))
            elif press_ok:
                n = P('nonans')
                ag([n], gap='lat' if lat_at == 'q2' else 'deada' if dead_a_at == 'q2' else None)
                cu(rng.choice(PRESS))
                answer_turn([('gen', None, rng.choice(PRESS_REPLY)), ('q2ans', a, a)], 'q2x', hold_kind if hold_on == 'q2' else ('ok' if second_hold else None))
            else:
                answer_turn([('q2ans', a, a)], 'q2', hold_kind if hold_on == 'q2' else ('ok' if second_hold and hold_on == 'q1' else None))
        elif mv == 'side':
            sa = pick_line(rng, [x[1] for x in M['side']])
            sq = [x[0] for x in M['side'] if x[1] == sa][0]
            cu(sq, 'side')
            ag([('side_shrug', sa, sa)])
        elif mv == 'complaint':
            cl = P('complaint', comp_pool())
            cu(cl[2], 'complaint', cl[1], long=True)
            st['pend_emp'].append(cl[2])
            ag([('gen', None, rng.choice(ACK))])
        elif mv == 'escal':
            el = P('escal')
            cu(el[2], 'escal', el[1])
            st['pend_emp'].append(el[2])
            ag([('gen', None, rng.choice(['我会尽快推进。', '这边一定给您一个说法。', '我先把情况往上报。']))])
        elif mv == 'filler':
            fp = M['filler'][(st.setdefault('foff', rng.randrange(6)) + len([1 for t in T if t.get('filler')]) // 2) % len(M['filler'])]
            cu(fp[0], filler=True)
            ag([('gen', None, fp[1])], filler=True)
        elif mv.startswith('fw:'):
            if rng.random() < 0.5:
                cu(rng.choice(TRIG))
                line = P(mv[3:])
                ag([line] + ([('gen', None, rng.choice(ACK))] if rng.random() < 0.3 else []), nofw=True)
                why.setdefault('_fw', []).append(line[2])
            else:
                st['pend_fw'].append(mv[3:])
        elif mv == 'look':
            st['pend_look'] = True
        elif mv == 'deadb':
            ag([P('deadb')])
            ag([('gen', None, rng.choice(['刚才在看屏幕上的说明，', '嗯，是这样，', '我接着讲，'])), ('gen', None, rng.choice(['您接着说您的情况。', '您还有什么要补充的？', '这一块基本就是这些。']))], gap='deadb')
    if st['pend_emp'] or st['pend_fw'] or st['pend_look']:
        ag([('gen', None, rng.choice(ACK))])
    if st['pend_fw']:
        ag([('gen', None, rng.choice(ACK))])
    # --- ending
    tail = []
    if req['reference']:
        if 'record-reference' in F:
            if rng.random() < 0.5:
                tail.append(P('fake_ref'))
            why['record-reference'] = '要求出具受理编号，坐席全程没给工单/受理号' + ('（只复述了顾客自己的号或热线号）' if tail else '')
        else:
            tail.append(P('ref'))
    surv = None
    if req['survey']:
        if 'survey-offered' in F:
            why['survey-offered'] = None
        else:
            surv = P('survey')
    if 'walkout' in FL:
        ag(tail + ([surv] if surv else []) + [('gen', None, rng.choice(ACK))])
        cu(rng.choice(M['walkout']), 'walkout')
        end_by = 'customer'
    elif 'closing' in F:
        kind = rng.randrange(3)
        if surv and rng.random() < 0.5: tail.append(surv); surv = None
        if tail: ag(tail); cu(rng.choice(CUST_BARE))
        if surv: ag([surv]); cu(rng.choice(CUST_BARE))
        cb = P('close_bad')
        ag([cb])
        cu(rng.choice(CUST_END))
        if kind == 1:
            cb2 = P('close_bad', avoid=(cb[1],)); ag([cb2]); cu(rng.choice(CUST_BARE))
        why['closing'] = f'坐席最后两轮只有「{cb[2]}」之类的收尾问句/交代，没有致谢或道别'
        end_by = rng.choice(['agent', 'customer'])
    else:
        kind = rng.choice([0, 1, 1, 1, 2])
        if short or not avail(M['close_bad']): kind = 1
        if tail and not short: ag(tail); cu(rng.choice(CUST_BARE))
        if kind == 0:
            ag([P('close_bad')]); cu(rng.choice(CUST_END))
            ag(([surv] if surv else []) + [P('close_ok')]); cu(rng.choice(CUST_BYE))
        elif kind == 1:
            ag((tail if short else []) + ([surv] if short and surv else []) + [P('close_ok')]); cu(rng.choice(CUST_BYE))
            if surv and not short: ag([surv]); cu(rng.choice(CLOSE_AFTER))
        else:
            ag(([surv] if surv else []) + [P('close_bad')]); cu(rng.choice(CUST_END)); ag([P('close_ok')])
        end_by = rng.choice(['agent', 'customer'])
    return T, why, end_by

def render(c, M, sc, T, end_by, rng):
    voice = c['channel'] == 'voice'
    FL, F = c['flags'], c['fails']
    first_ms, lat_ms = sc['sla']
    asr_mode = None
    if voice:
        asr_mode = rng.choice(['space', 'drop', 'space', 'drop', 'clean', 'clean']) if rng.random() < 1 else 'clean'
        asr_mode = asr_mode if rng.random() < 0.67 else 'clean'
    arate = rng.uniform(175, 255)
    if 'speech-rate' in F:
        arate = rng.choice([rng.uniform(350, 400), rng.uniform(78, 96)])
    crate = rng.uniform(200, 270)
    ev = [{'type': 'started', 'atMs': 0}]
    turns = []
    t = 0
    if voice:
        t = 300; ev.append({'type': 'dialed', 'atMs': t})
        t += rng.randint(900, 2000); ev.append({'type': 'ringing', 'atMs': t})
        t += rng.randint(3000, 9000); ev.append({'type': 'answered', 'atMs': t})
        if 'ivr' in FL:
            txt = rng.choice(M['ivr'])
            d = int(spoken_chars(txt) / 250 * 60000)
            turns.append(dict(speaker='ivr', text=txt, startMs=t + 400, endMs=t + 400 + d, confidence=0.95))
            t += 400 + d + rng.randint(1500, 3000)
            ev.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '0'}})
            t += 500; ev.append({'type': 'queued', 'atMs': t})
            t += rng.randint(6000, 40000)
        else:
            t += rng.randint(400, 1500)
        ev.append({'type': 'agent-joined', 'atMs': t})
    else:
        t = rng.randint(1500, 4000); ev.append({'type': 'page-loaded', 'atMs': t})
        if 'bot' in FL:
            t += 1500
            turns.append(dict(speaker='bot', text='您好，我是%s智能助手，请问有什么可以帮您？' % M["org"], startMs=t, endMs=t, confidence=1.0))
            t += rng.randint(6000, 15000)
            turns.append(dict(speaker='customer', text='转人工', startMs=t, endMs=t, confidence=1.0))
            t += 1500
            turns.append(dict(speaker='bot', text='正在为您转接人工客服，请稍候。', startMs=t, endMs=t, confidence=1.0))
        t += rng.randint(1000, 3000); ev.append({'type': 'queued', 'atMs': t})
        t += rng.randint(5000, 60000); ev.append({'type': 'agent-joined', 'atMs': t})
    joined = t
    conf = lambda: round(rng.uniform(0.6, 0.93), 2) if asr_mode and asr_mode != 'clean' else round(rng.uniform(0.9, 0.99), 2)
    prev_end = joined; prev = None
    interrupt_done = False
    want_int = 'interruption' in F
    int_turns = []
    if want_int:
        cands = [i for i, x in enumerate(T) if x['spk'] == 'customer' and i + 1 < len(T) and T[i + 1]['spk'] == 'agent' and i > 0
                 and not T[i + 1].get('gap') and len(''.join(p[2] for p in x['parts'])) >= 8 and not x.get('nudge')]
        longc = [i for i in cands if spoken_chars(''.join(p[2] for p in T[i]['parts'])) >= 14]
        cands = longc or cands
        cands.sort(key=lambda i: -spoken_chars(''.join(p[2] for p in T[i]['parts'])))
        cands = cands[:4]
        int_turns = rng.sample(cands, min(len(cands), 2 if rng.random() < 0.25 else 1))
        for i in int_turns:
            if spoken_chars(''.join(p[2] for p in T[i]['parts'])) < 16:
                T[i]['parts'].append(('pad', None, rng.choice(['我跟你说下情况。', '你们帮我看看怎么弄。'])))
    bc_at = None
    if voice and rng.random() < 0.45:
        cands = [i for i, x in enumerate(T) if x['spk'] == 'customer' and 0 < i < len(T) - 4 and i not in int_turns
                 and spoken_chars(''.join(p[2] for p in x['parts'])) >= 14]
        if cands: bc_at = rng.choice(cands)
    meta = dict(asr=asr_mode, arate=arate)
    for i, x in enumerate(T):
        text = ''.join(p[2] for p in x['parts'])
        if x['spk'] == 'agent' and i + 0 in [j + 1 for j in int_turns]:
            il = pick_line(rng, M['interrupt'])
            x['parts'].insert(0, ('interrupt', il, il))
            text = il + text
        if voice and asr_mode != 'clean':
            text = asr(text, rng, asr_mode)
        if x['spk'] == 'agent' and x.get('first'):
            if 'first-response' in F:
                gap = rng.randint(first_ms + 500, min(first_ms + 1500, 7800)) if voice else rng.randint(first_ms + 500, min(first_ms + 6000, 28000))
            else:
                gap = rng.randint(700, min(3000, first_ms - 1500)) if voice else rng.randint(2000, min(8000, first_ms - 1500))
        elif x['spk'] == 'agent':
            g = x.get('gap')
            if g == 'hold':
                gap = rng.randint(16000, 45000) if voice else rng.randint(35000, 75000)
            elif g == 'unann':
                gap = rng.randint(15500, 19000) if voice else rng.randint(32000, 45000)
            elif g == 'deada':
                gap = rng.randint(8500, 11500)
            elif g == 'deadb':
                gap = rng.randint(9000, 12500)
            elif g == 'lat':
                gap = rng.randint(lat_ms + 1500, min(lat_ms + 6000, 29000))
            else:
                if prev and prev['speaker'] == 'agent':
                    gap = rng.randint(300, 1200) if voice else rng.randint(1500, 5000)
                else:
                    gap = rng.randint(700, 2800) if voice else rng.randint(2500, 7000)
            if T[i - 1].get('nudge') and g == 'lat':
                gap = rng.randint(9000, 14000)
        else:
            if x.get('nudge'):
                gap = rng.randint(12000, 15000)
            elif prev and prev['speaker'] == 'customer':
                gap = rng.randint(400, 1200) if voice else rng.randint(1500, 3500)
            else:
                gap = rng.randint(500, 2500) if voice else rng.randint(4000, 20000)
        start = prev_end + gap
        if x['spk'] == 'agent' and i - 1 in int_turns:
            start = prev_end - min(rng.randint(1500, 3000), int((prev_end - prev['startMs']) * 0.7))
        if voice:
            rate = arate if x['spk'] == 'agent' else crate
            dur = int(spoken_chars(text) / rate * 60000) + rng.randint(100, 400)
            end = start + dur
        else:
            end = start
        if x.get('gap') == 'hold' and x.get('hev'):
            ev.append({'type': 'hold-start', 'atMs': prev_end + 800})
            ev.append({'type': 'hold-end', 'atMs': start - 600})
        tt = dict(speaker=x['spk'], text=text, startMs=start, endMs=end, confidence=conf() if voice else 1.0)
        turns.append(tt)
        if bc_at == i:
            bs = start + int((end - start) * 0.45)
            bt = rng.choice(['嗯嗯', '对', '嗯'])
            turns.append(dict(speaker='agent', text=bt, startMs=bs, endMs=bs + 450, confidence=conf()))
        prev_end = end; prev = tt
    if 'lat-nudge' in FL:
        pass
    t = prev_end + rng.randint(400, 2000)
    if 'transfer' in FL:
        ev.append({'type': 'transfer', 'atMs': turns[len(turns) // 2]['endMs'] + 200, 'detail': {'to': 'queue-2'}})
    if voice:
        ev.append({'type': 'hangup', 'atMs': t, 'detail': {'by': end_by}})
    ev.append({'type': 'ended', 'atMs': t + 300})
    ev.sort(key=lambda e: e['atMs'])
    turns.sort(key=lambda x: x['startMs'])
    return ev, turns, t + 300, meta, joined

def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)

def write_scenario(path, d, M, sc):
    f1, f2, info = sc['f1'], sc['f2'], sc['info']
    def fact(f):
        return ('  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }' % (
            f['key'], yaml_str(f['label']), yaml_str(f['expected']), ', '.join(map(yaml_str, f['variants'])),
            ', '.join(map(yaml_str, f['wrong'])), ', '.join(map(yaml_str, f['cues']))))
    r = sc['req']
    lines = ["id: " + scen_id(d, sc), "title: " + yaml_str(sc["title"]),
             "description: " + yaml_str("独立语料 %s，领域 %s，机构 %s" % (SET, d, M["orgfull"])),
             'channel: [voice, webchat]', "target: { phone: \"%s\" }" % M["phone"], "persona: { name: %s }" % yaml_str(M["cnames"][0]),
             'locale: zh-CN', 'steps:', "  - say: " + yaml_str(sc["open"][0]), "  - wait: { pattern: %s, timeoutMs: 60000 }" % yaml_str(sc["f1"]["cues"][0]),
             "  - say: " + yaml_str(sc["f1"]["ask"][0]), '  - wait: { pattern: "再见|祝您|感谢", timeoutMs: 60000 }', '  - end: true',
             'facts:', fact(f1), fact(f2), 'requiredInfo:',
             "  - { key: %s, label: %s, patterns: [%s] }" % (info["key"], yaml_str(info["label"]), yaml_str(info["pattern"])),
             'requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(str(r[k]).lower() for k in ('verification', 'reference', 'empathy', 'survey')),
             'sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }' % sc['sla'],
             f'tags: [{SET}, {d}]', '']
    open(path, 'w', encoding='utf-8').write('\n'.join(lines))

def labels_for(c, M, sc, why, T, turns, joined):
    F, FL = c['fails'], c['flags']
    r = sc['req']; voice = c['channel'] == 'voice'
    L = {}
    for k in CHECKS: L[k] = 'fail' if k in F else 'pass'
    if 'walkout' in FL: L['closing'] = 'na'
    if not r['verification']: L['verification'] = 'na'
    if not r['reference']: L['record-reference'] = 'na'
    if not r['survey']: L['survey-offered'] = 'na'
    if not voice: L['interruption'] = L['speech-rate'] = 'na'
    if not (FL & {'hold-unann', 'hold-nothx', 'hold-ok'}): L['hold-etiquette'] = 'na'
    if 'complaint' not in FL and not r['empathy']: L['empathy'] = 'na'
    W = {}
    fw = why.pop('_fw', [])
    un = why.pop('_unann', None)
    bc = lambda t: t['speaker'] == 'agent' and PUNCT.sub('', t['text']) in BACKCHANNEL
    main_t = [t for t in turns if t['speaker'] in ('agent', 'customer') and t['startMs'] >= joined and not bc(t)]
    ag = [t for t in main_t if t['speaker'] == 'agent']
    sec = lambda ms: '%.1f' % (ms / 1000)
    thr = 8000 if voice else 30000
    # gaps before agent turns (for reasons only; the label comes from the plan)
    gaps = []
    prev_end, pending, prev, pend_t = joined, None, None, None
    for t in main_t:
        if t['speaker'] == 'agent':
            gaps.append((t['startMs'] - prev_end, t, prev, (t['startMs'] - pending) if pending is not None else None, pend_t))
            pending = None
        elif pending is None:
            pending, pend_t = t['endMs'], t
        prev_end, prev = t['endMs'], t
        if pending is None: pend_t = None
    for k, v in L.items():
        if v != 'fail': continue
        if k == 'verification':
            first = next(p[2] for t in T if t['spk'] == 'agent' for p in t['parts'] if p[0] in ('disc', 'f1say', 'correction'))
            late = any(p[0] == 'verify' for t in T for p in t['parts'])
            W[k] = f'坐席在核验身份之前就说出本人记录「{first}」' + ('，核验问题是事后才补问的' if late else '，全程没有核验身份')
        elif k == 'greeting': W[k] = why[k] + f'（接入后 {sec(ag[0]["startMs"] - joined)} 秒开口）'
        elif k == 'closing': W[k] = f'坐席最后两轮「{ag[-2]["text"]}」「{ag[-1]["text"]}」只是收尾问句或交代，没有致谢、祝愿或道别'
        elif k == 'record-reference':
            W[k] = why[k] + f'，最后一句是「{ag[-1]["text"]}」'
        elif why.get(k): W[k] = why[k]
        elif k == 'agent-id':
            late = any(p[0] == 'id_ok' for t in T for p in t['parts'])
            W[k] = f'坐席前两轮「{ag[0]["text"]}」「{ag[1]["text"]}」里没有工号或姓名' + ('，身份到第三轮以后才报' if late else '，全程未报')
        elif k in ('forbidden-words', 'politeness'):
            W[k] = ('坐席说「' + '」「'.join(fw) + '」') + ('，对顾客训斥/指责/催促/挖苦，语气粗暴' if k == 'politeness' else '，属服务忌语' + ('（推诿/冷漠/已说过类）' if 'fwonly' in FL and 'rude' not in FL else ''))
        elif k in ('hold-etiquette', 'dead-air') and un:
            g = max(gaps, key=lambda x: x[0])
            W[k] = f'「{g[2]["text"]}」之后坐席未告知就静默 {sec(g[0])} 秒，回来才说「{g[1]["text"]}」' + ('，属未告知的保持' if k == 'hold-etiquette' else '，属冷场')
        elif k == 'dead-air':
            g = [x for x in gaps if x[0] >= thr][0]
            W[k] = f'「{g[2]["text"]}」之后 {sec(g[0])} 秒无人说话，坐席事先没有说明在做什么，随后才说「{g[1]["text"]}」'
        elif k == 'interruption':
            ii = [t for t in ag if any(cu['startMs'] < t['startMs'] and cu['endMs'] - t['startMs'] >= 1000 for cu in main_t if cu['speaker'] == 'customer')]
            W[k] = '顾客还在说时坐席提前一秒多抢话：' + '；'.join(f'「{t["text"]}」' for t in ii)
        elif k == 'speech-rate':
            lt = max(ag, key=lambda t: len(t['text']))
            W[k] = '坐席语速约 %.0f 字/分，明显%s（如「%s」）' % (c['_arate'], '过快' if c['_arate'] > 300 else '过慢', lt['text'])
        elif k == 'response-latency':
            g = [x for x in gaps if x[3] is not None and x[3] > sc['sla'][1]][0]
            W[k] = f'顾客「{g[4]["text"]}」之后坐席 {sec(g[3])} 秒才回「{g[1]["text"]}」，超过 {sec(sc["sla"][1])} 秒时限且未告知'
        elif k == 'first-response': W[k] = f'坐席接入后 {sec(ag[0]["startMs"] - joined)} 秒才说第一句，超过 {sec(sc["sla"][0])} 秒'
        elif k == 'fact-accuracy':
            f1l = next((p[2] for t in T for p in t['parts'] if p[0] == 'f1say'), '')
            W[k] = f'坐席答了「{f1l}」，但始终没说明{sc["f2"]["label"]}（应为{sc["f2"]["expected"]}）'
        elif k == 'required-info':
            vol = [p[2] for t in T for p in t['parts'] if p[0] == 'give']
            W[k] = f'坐席全通没有问{sc["info"]["label"]}' + (f'（顾客自己报了「{vol[0]}」，不算坐席询问）' if vol else f'，共 {len(main_t)} 轮')
        elif k == 'survey-offered':
            W[k] = f'需要邀请评价，坐席最后两句「{ag[-2]["text"]}」「{ag[-1]["text"]}」里没有，全通没提评价或打分'
        elif k == 'record-reference':
            W[k] = why[k] + f'，最后一句是「{ag[-1]["text"]}」'
        else: W[k] = 'fail'
    return L, W

def main():
    C = make_plan()
    mats = {d: load(d) for d in DOMAINS}
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for d in DOMAINS:
        for sc in mats[d]['scen']:
            write_scenario(os.path.join(OUT, 'scenarios', scen_id(d, sc) + '.yaml'), d, mats[d], sc)
    contacts, labels = [], []
    base = 1796600000000
    for n, c in enumerate(C):
        M = mats[c['domain']]; sc = M['scen'][c['sc']]
        rng = random.Random(c['seed'])
        T, why, end_by = build(c, M, sc, rng)
        ev, turns, dur, meta, joined = render(c, M, sc, T, end_by, rng)
        c['_arate'] = meta['arate']
        L, W = labels_for(c, M, sc, why, T, turns, joined)
        ix = dict(schemaVersion=1, contactId=c['cid'], scenarioId=scen_id(c['domain'], sc), runId=RUN, channel=c['channel'],
                  startedAt=base + n * 3600000)
        if 'nodur' not in c['flags']: ix['durationMs'] = dur
        ix.update(events=ev, turns=turns, outcome='completed', transcriptSource='deepgram' if c['channel'] == 'voice' else 'chat-dom')
        contacts.append(ix)
        labels.append(dict(contactId=c['cid'], domain=c['domain'], labels=L, why=W))
        c['_turns'] = turns; c['_dur'] = dur
    seen = {}
    for lab, c in zip(labels, C):
        for k, w in lab['why'].items():
            seen.setdefault(w, []).append((lab, k, c))
    for w, lst in seen.items():
        if len(lst) > 1:
            for lab, k, c in lst:
                ag = [t for t in c['_turns'] if t['speaker'] == 'agent']
                lab['why'][k] = w + '（本通%s共 %d 轮、%.0f 秒，坐席首句「%s」）' % ('通话' if c['channel'] == 'voice' else '在线会话', len(c['_turns']), c['_dur'] / 1000, ag[0]['text'][:14])
    specials = [('x01', 'no-answer', 'voice'), ('x02', 'busy', 'voice'), ('x03', 'ivr-abandon', 'voice'), ('x04', 'chat-queue-abandon', 'webchat'),
                ('x05', 'bot-only', 'webchat'), ('x06', 'harness-selector-timeout', 'webchat'), ('x07', 'harness-browser-crashed', 'voice')]
    for k, (sid, kind, ch) in enumerate(specials):
        d = DOMAINS[k % 6]; M = mats[d]; sc = M['scen'][k % 3]
        ix = dict(schemaVersion=1, contactId=f'h16a-{sid}', scenarioId=scen_id(d, sc), runId=RUN, channel=ch, startedAt=base + (200 + k) * 3600000)
        if kind == 'no-answer':
            ix.update(durationMs=45300, events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ringing', 'atMs': 1500}, {'type': 'ended', 'atMs': 45300}], turns=[], outcome='no-answer', transcriptSource='deepgram')
        elif kind == 'busy':
            ix.update(durationMs=2600, events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ended', 'atMs': 2600}], turns=[], outcome='busy', transcriptSource='deepgram')
        elif kind == 'ivr-abandon':
            ix.update(durationMs=96000, events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ringing', 'atMs': 1400}, {'type': 'answered', 'atMs': 7200},
                      {'type': 'dtmf', 'atMs': 19000, 'detail': {'digits': '0'}}, {'type': 'queued', 'atMs': 19500}, {'type': 'hangup', 'atMs': 95700, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 96000}],
                      turns=[dict(speaker='ivr', text=M['ivr'][0], startMs=7600, endMs=17800, confidence=0.95), dict(speaker='ivr', text='当前排队人数较多，请您耐心等待。', startMs=20000, endMs=23500, confidence=0.95)],
                      outcome='abandoned', transcriptSource='deepgram')
        elif kind == 'chat-queue-abandon':
            ix.update(durationMs=182000, events=[{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 2100}, {'type': 'queued', 'atMs': 4000}, {'type': 'ended', 'atMs': 182000}],
                      turns=[dict(speaker='system', text='您前面还有 12 位顾客在排队。', startMs=4100, endMs=4100, confidence=1.0), dict(speaker='customer', text='怎么还没人？', startMs=120000, endMs=120000, confidence=1.0)],
                      outcome='abandoned', transcriptSource='chat-dom')
        elif kind == 'bot-only':
            ix.update(durationMs=240000, events=[{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1900}, {'type': 'ended', 'atMs': 240000}],
                      turns=[dict(speaker='bot', text='您好，我是%s智能助手小禾，请问有什么可以帮您？' % M["org"], startMs=2500, endMs=2500, confidence=1.0),
                             dict(speaker='customer', text='我要找人工。', startMs=15000, endMs=15000, confidence=1.0),
                             dict(speaker='bot', text='请简单描述您的问题，我来为您解答。', startMs=16000, endMs=16000, confidence=1.0),
                             dict(speaker='customer', text='人工！转人工！', startMs=40000, endMs=40000, confidence=1.0),
                             dict(speaker='bot', text='抱歉，我没有理解您的意思，您可以换个说法。', startMs=41000, endMs=41000, confidence=1.0)],
                      outcome='completed', transcriptSource='chat-dom')
        else:
            code = 'E_SELECTOR_TIMEOUT' if kind == 'harness-selector-timeout' else 'E_BROWSER_CRASHED'
            ix.update(durationMs=30500, events=[{'type': 'started', 'atMs': 0}, {'type': 'ended', 'atMs': 30500}], turns=[], outcome='failed', failedBy='harness', errorCode=code,
                      transcriptSource='chat-dom' if ch == 'webchat' else 'deepgram')
        contacts.append(ix)
        labels.append(dict(contactId=ix['contactId'], domain=d, special=kind, labels={k: 'na' for k in CHECKS}, why={}))
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as f:
        for x in contacts: f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for x in labels: f.write(json.dumps(x, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
