#!/usr/bin/env python3
"""Generator for independent-dev19b: scenarios/*.yaml, contacts.jsonl, labels.jsonl (byte-identical each run).
Labels come from the plan (what each contact was written to carry); validate.py re-derives them from the text."""
import importlib, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import SET, RUN, SEED, DOMAINS, C, numread, asr, spoken_chars
from plan import make_plan

OUT = os.path.dirname(HERE)
MATS = {d: importlib.import_module('mat_' + d).M for d in DOMAINS}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness', 'interruption',
          'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency', 'fact-accuracy',
          'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
LONGER = ['我这边想提前做个安排，您给我说说。', '您给我个准话，我好安排时间。', '我记一下，免得到时候又搞错了。']
REFPFX = dict(court='SF', charity='JZ', fitness='SH', wine='KF', books='SQ', recycle='HS')


def scen_id(M, S):
    return f"h12b-{M['domain']}-{S['slug']}"


def with_spoken(vals):
    out = []
    for v in vals:
        for w in (v, numread(v)):
            if w not in out:
                out.append(w)
    return out


def fact_def(f):
    exp = f['expected']
    variants = [v for v in with_spoken([exp] + f['variants']) if v != exp]
    return {'key': f['key'], 'label': f['label'], 'expected': exp, 'variants': variants, 'wrong': with_spoken(f['wrong']), 'cues': f['cues']}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenarios():
    d = os.path.join(OUT, 'scenarios')
    os.makedirs(d, exist_ok=True)
    for M in MATS.values():
        for S in M['scen']:
            sid = scen_id(M, S)
            fl, sla = S['flags'], S['sla']
            lines = [f'id: {sid}', 'title: ' + q(S['title']), 'description: ' + q('独立语料 %s，领域 %s，机构 %s' % (SET, M['domain'], M['org'])),
                     'channel: [voice, webchat]', 'target: { phone: ' + q(M['phone']) + ' }', 'persona: { name: ' + q(S['persona']) + ' }', 'locale: zh-CN',
                     'steps:', '  - say: ' + q(S['req'][0]), '  - wait: { pattern: ' + q(S['facts'][0]['cues'][0]) + ', timeoutMs: 60000 }',
                     '  - say: ' + q(S['facts'][1]['ques'][0] if S['facts'][1]['ques'] else '好的，谢谢。'), '  - end: true', 'facts:']
            for f in S['facts']:
                lines.append('  - ' + json.dumps(fact_def(f), ensure_ascii=False))
            lines.append('requiredInfo:')
            for i in S['info']:
                lines.append('  - ' + json.dumps({'key': i['key'], 'label': i['label'], 'patterns': [i['pattern']]}, ensure_ascii=False))
            b = lambda x: 'true' if x else 'false'
            lines.append('requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % (b(fl['verification']), b(fl['reference']), b(fl['empathy']), b(fl['survey'])))
            lines.append(f'sla: {{ firstResponseMs: {sla[0]}, responseLatencyMs: {sla[1]}, handleTimeMs: 900000 }}')
            lines.append('tags: [%s, %s]' % (SET, M['domain']))
            with open(os.path.join(d, sid + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write('\n'.join(lines) + '\n')


def build(p, idx):
    M = MATS[p['domain']]
    S = M['scen'][p['scen']]
    fl = S['flags']
    sla_fr, sla_lat = S['sla']
    rng = random.Random(f'{SEED}-{p["id"]}')
    ch = rng.choice
    voice = p['channel'] == 'voice'
    T = []

    def A(text, **kw):
        T.append(dict(sp='agent', text=text, **kw))
        return T[-1]

    def U(text, **kw):
        if T and T[-1]['sp'] == 'customer':  # one message, not two: a reaction runs on into the next question
            T[-1]['text'] += text
            return T[-1]
        T.append(dict(sp='customer', text=text, **kw))
        return T[-1]

    facts = S['facts']
    good = lambda f: ch([f['expected']] + f['variants'])
    fmode, ftgt = p['fact'], p['fact_target']
    pending = []  # corrections owed by the next agent turn

    def stmt(fi):
        f = facts[fi]
        tpl = ch(f['stmts'])
        if fmode in ('wrongcorr', 'wrongfinal') and ftgt == fi:
            if fmode == 'wrongcorr':
                pending.append(ch(M['correct']).format(v=good(f)))
            return tpl.format(v=ch(f['wrong']))
        return tpl.format(v=good(f))

    def take_pending():
        out = ''.join(pending)
        pending.clear()
        return out

    early = p['complaint'] in ('early', 'both')
    mid = p['complaint'] in ('mid', 'both')
    emp_skip_early = p['emp_f'] and p['emp_target'] == 'early'
    emp_skip_mid = p['emp_f'] and p['emp_target'] == 'mid'
    idpos = 0
    if p['id_mode'] == 'ok':
        idpos = 1 if rng.random() < 0.7 else 2
    elif p['id_mode'] == 'third':
        idpos = 3
    complaints = list(S['complaint'])
    rng.shuffle(complaints)

    # A1 opener
    t = (ch(M['nogreet']) if p['greet_f'] else ch(M['greet']))
    if idpos == 1:
        t += ch(M['ident'])
    if p['id_mode'] == 'none' and rng.random() < 0.6:
        t += ch(M['noident'])
    t += ch(M['offer'])
    A(t, gap='fr')
    # C1 request
    cap = ch(M['capology']) if rng.random() < 0.25 else ''
    t = (cap + ch(S['req'])) if '打扰' in cap or not cap else (ch(S['req']) + cap)
    if early:
        t += complaints.pop()
    if p['info_f']:
        t += '先跟您说一下，' + ''.join(ch(i['gives']) for i in S['info'])
    U(t)
    # A2
    t = ''
    if early and not emp_skip_early:
        t += ch(M['empathy'])
    if (early and emp_skip_early and rng.random() < 0.6) or (not early and rng.random() < 0.2):
        t += ch(M['calm'][:2])
    if idpos == 2:
        t += ch(M['ident'])
    asked = False
    if not p['info_f']:
        t += ''.join(ch(i['asks']) for i in S['info'])
        asked = True
    if fl['verification'] and p['verify'] == 'ok':
        t += ch(M['verify'])
        asked = True
    if not asked:
        t += ch(M['noann'])
    A(t, gap='reply', cand=True)
    # C2
    if asked:
        t = ''
        if not p['info_f']:
            t += ''.join(ch(i['gives']) for i in S['info'])
        if fl['verification'] and p['verify'] == 'ok':
            t += ch(M['cverify'])
        U(t, bc=voice and rng.random() < 0.35)
    else:
        U(ch(M['cok']))
    # hold / fact 1
    pre3 = ('对了，刚才忘了说，' + ch(M['ident'])) if idpos == 3 else ''
    if p['hold'] != 'none':
        A(pre3 + (ch(M['noann']) if p['hold'] == 'unann' else ch(M['hold_ann'])), gap='reply', cand=True)
        if p['hold'] != 'unann' and rng.random() < 0.6:
            U(ch(M['cok']))
        A(('' if p['hold'] != 'ok' else ch(M['hold_thx'])) + stmt(0), gap='hold', hold=p['hold'])
    else:
        A(pre3 + stmt(0), gap='reply', cand=True)
    U(ch(M['creact']))
    if fl['verification'] and p['verify'] == 'late':
        A(take_pending() + '另外，' + ch(M['verify']), gap='reply', cand=True)
        U(ch(M['cverify']))
        A('好的，信息对上了。', gap='reply', cand=True)
    attitude_done = False
    # fact 2
    if not (fmode == 'omit' and ftgt == 1):
        U(ch(facts[1]['ques']) + (ch(LONGER) if p['interrupt'] else ''))
        t = (ch(M['rude']) if p['rude'] else '') + take_pending() + stmt(1) + (ch(M['jiyu']) if p['jiyu'] else '')
        if not p['rude'] and not p['jiyu'] and rng.random() < 0.3:
            t += ch(M['calm'][2:])
        A(t, gap='reply', cand=True, itarget=True)
        attitude_done = True
    # side question
    if p['res_f'] or not attitude_done or rng.random() < 0.35:
        q_, a_ = ch(S['side'])
        U(q_ + (ch(LONGER) if (p['interrupt'] and not attitude_done) else ''))
        pre = '' if attitude_done else (ch(M['rude']) if p['rude'] else '')
        suf = '' if attitude_done else (ch(M['jiyu']) if p['jiyu'] else '')
        if p['res_f']:
            A(pre + take_pending() + ch(M['nonans']) + suf, gap='reply', cand=True, itarget=not attitude_done)
        elif rng.random() < 0.3:
            A(pre + take_pending() + ch(M['nonans']) + suf, gap='reply', cand=True, itarget=not attitude_done)
            U(ch(M['press']))
            A('我刚问了一下同事，' + a_, gap='reply', cand=True)
        else:
            A(pre + take_pending() + a_ + suf, gap='reply', cand=True, itarget=not attitude_done)
    # mid complaint / reference
    refcode = REFPFX[M['domain']] + ''.join(str(rng.randrange(10)) for _ in range(rng.choice([6, 7, 8])))
    refline = ''
    if fl['reference']:
        refline = ch(M['noref']) if p['ref_f'] else ch(M['ref']).format(r=refcode) + '请您保存好。'
    if mid:
        U(complaints.pop() if complaints else ch(S['complaint']))
        t = ('' if emp_skip_mid else ch(M['empathy'])) + take_pending() + (refline or ch(M['remedy']))
        A(t, gap='reply', cand=True)
        U(ch(M['cref']) if (fl['reference'] and not p['ref_f']) else ch(M['creact']))
    elif fl['reference'] or pending:
        if T[-1]['sp'] == 'agent':
            U(ch(M['creact']))
        A(take_pending() + (refline or ch(M['remedy'])), gap='reply', cand=True)
        U(ch(M['cref']) if (fl['reference'] and not p['ref_f']) else ch(M['creact']))
    hang = 'agent'
    if p['walkout']:
        U(ch(M['walkout']))
        hang = 'customer'
    else:
        sv = fl['survey'] and not p['survey_f']
        sv_wrap = sv and rng.random() < 0.5
        A(ch(M['wrapq']) + (ch(M['survey']) if sv_wrap else ''), gap='reply', cand=True)
        U(ch(M['cend']))
        endt = (ch(M['survey']) if (sv and not sv_wrap) else '') + (ch(M['bareend']) if p['close_f'] else ch(M['close']))
        A(endt, gap='reply', cand=True)
        if p['close_f'] and rng.random() < 0.5:
            U(ch(['嗯。', '好的。', '哦，好。']))
            hang = 'customer'
        elif not p['close_f'] and rng.random() < 0.3:
            U(ch(['好，再见。', '好的，拜拜。', '谢谢，再见。']))
            hang = 'customer'
    assert not pending

    # ---------- text surface ----------
    asr_style = voice and rng.random() < 0.67
    for tr in T:
        tr['text'] = asr(tr['text'], rng) if asr_style else tr['text']
    # ---------- timing ----------
    cands = [i for i, tr in enumerate(T) if tr['sp'] == 'agent' and tr.get('cand') and T[i - 1]['sp'] == 'customer']
    itarget = next((i for i, tr in enumerate(T) if tr.get('itarget')), None)
    hold_ret = [i for i, tr in enumerate(T) if tr.get('gap') == 'hold']
    free = [i for i in cands if i != itarget and (i - 1) not in hold_ret and not any(T[j].get('gap') == 'hold' for j in range(i, i + 1))]
    # not the reply to a customer turn that follows an announced hold request
    free = [i for i in free if not (T[i - 2]['sp'] == 'agent' and i + 1 < len(T) and T[i + 1].get('gap') == 'hold')]
    rng.shuffle(free)
    dead_pos = free.pop() if p['dead_f'] else None
    lat_pos = free.pop() if p['lat_f'] else None
    small_pos = free.pop() if (voice and not p['interrupt'] and rng.random() < 0.35 and free) else None
    ev = [dict(type='started', atMs=0)]
    if voice:
        rate_a = {'normal': rng.uniform(185, 255), 'fast': rng.uniform(350, 400), 'slow': rng.uniform(80, 98)}[p['rate']]
        jit = 0.08 if p['rate'] == 'normal' else 0.05
        rate_c = rng.uniform(190, 260)
        t0 = rng.randint(200, 400); ev.append(dict(type='dialed', atMs=t0))
        t0 += rng.randint(800, 1500); ev.append(dict(type='ringing', atMs=t0))
        t0 += rng.randint(3000, 12000); ev.append(dict(type='answered', atMs=t0))
        ivr_turns = []
        if rng.random() < 0.5:
            it = ch(M['ivr'])
            it = asr(it, rng) if asr_style else it
            s0 = t0 + 300
            e0 = s0 + round(spoken_chars(it) / 240 * 60000)
            ivr_turns.append(dict(speaker='ivr', text=it, startMs=s0, endMs=e0, confidence=round(rng.uniform(0.6, 0.93) if asr_style else rng.uniform(0.9, 0.99), 2)))
            t0 = e0 + rng.randint(800, 2000); ev.append(dict(type='dtmf', atMs=t0, detail={'digits': '0'}))
            t0 += 300; ev.append(dict(type='queued', atMs=t0))
            t0 += rng.randint(5000, 40000)
        else:
            t0 += rng.randint(300, 800)
        joined = t0
        ev.append(dict(type='agent-joined', atMs=joined))
    else:
        t0 = rng.randint(800, 2000); ev.append(dict(type='page-loaded', atMs=t0))
        if rng.random() < 0.5:
            t0 += rng.randint(500, 1500); ev.append(dict(type='queued', atMs=t0))
            t0 += rng.randint(3000, 40000)
        else:
            t0 += rng.randint(1000, 3000)
        joined = t0
        ev.append(dict(type='agent-joined', atMs=joined))
        ivr_turns = []
    fr_delay = None
    out = []
    cur = joined
    extra_holds = []
    for i, tr in enumerate(T):
        g = tr.get('gap')
        if tr['sp'] == 'agent':
            if g == 'fr':
                gap = (sla_fr + rng.randint(700, 1500) if voice else sla_fr + rng.randint(1000, 3000)) if p['fr_f'] else (rng.randint(800, 3500) if voice else rng.randint(1500, 5000))
                fr_delay = gap
            elif g == 'hold':
                if voice:
                    gap = rng.randint(16000, 22000) if tr['hold'] == 'unann' else rng.randint(20000, 50000)
                else:
                    gap = rng.randint(35000, 50000) if tr['hold'] == 'unann' else rng.randint(35000, 80000)
            elif i == dead_pos:
                gap = rng.randint(8500, 11000) if voice else rng.randint(32000, 45000)
                if not voice:
                    extra_holds.append('dead')
            elif i == lat_pos:
                gap = sla_lat + (rng.randint(1000, 2500) if voice else rng.randint(2000, 4000))
                if voice and gap >= 15000:
                    extra_holds.append('lat')
            else:
                gap = rng.randint(500, 2500) if voice else rng.randint(3000, 9000)
        else:
            gap = rng.randint(400, 1500) if voice else rng.randint(4000, 15000)
        start = cur + gap
        if voice:
            n = spoken_chars(tr['text'])
            r = (rate_a * rng.uniform(1 - jit, 1 + jit)) if tr['sp'] == 'agent' else rate_c
            dur = max(400, round(n / r * 60000))
            if tr['sp'] == 'agent' and i == itarget and p['interrupt']:
                prev = lastmain
                ov = min(rng.randint(1200, 2200), prev['endMs'] - prev['startMs'] - 500)
                assert ov >= 1100, p['id']
                start = prev['endMs'] - ov
            elif tr['sp'] == 'agent' and i == small_pos:
                start = lastmain['endMs'] - rng.randint(200, 600)
            end = start + dur
        else:
            end = start
        if not voice and i == lat_pos and rng.random() < 0.5:
            nt = lastmain['endMs'] + round(gap * rng.uniform(0.45, 0.65))
            out.append(dict(speaker='customer', text=ch(M['nudge']), startMs=nt, endMs=nt, confidence=1.0))
        if g == 'hold' and voice and rng.random() < 0.5:
            ev.append(dict(type='hold-start', atMs=cur + 400))
            ev.append(dict(type='hold-end', atMs=start - 300))
        conf = round(rng.uniform(0.6, 0.93), 2) if asr_style else (round(rng.uniform(0.9, 0.99), 2) if voice else 1.0)
        out.append(dict(speaker=tr['sp'], text=tr['text'], startMs=start, endMs=end, confidence=conf))
        lastmain = out[-1]
        cur = max(cur, end)
        if voice and tr.get('bc') and dur >= 2500:
            bs = start + round(dur * 0.45)
            out.append(dict(speaker='agent', text=ch(['嗯', '嗯嗯', '对', '好的']), startMs=bs, endMs=bs + 400, confidence=conf))
    turns = ivr_turns + sorted(out, key=lambda x: x['startMs'])
    last = max(x['endMs'] for x in turns)
    if p.get('nodur'):
        ev.append(dict(type='transfer', atMs=last - 200))
    if voice:
        ev.append(dict(type='hangup', atMs=last + rng.randint(300, 800), detail={'by': hang}))
        ev.append(dict(type='ended', atMs=ev[-1]['atMs'] + rng.randint(200, 500)))
    else:
        ev.append(dict(type='ended', atMs=last + rng.randint(5000, 20000)))
    ev.sort(key=lambda e: e['atMs'])
    contact = {'schemaVersion': 1, 'contactId': p['id'], 'scenarioId': scen_id(M, S), 'runId': RUN, 'channel': 'voice' if voice else 'webchat',
               'startedAt': 1719800000000 + idx * 5400000 + rng.randint(0, 3000000)}
    if not p.get('nodur'):
        contact['durationMs'] = ev[-1]['atMs']
    contact.update({'events': ev, 'turns': turns, 'outcome': 'completed', 'transcriptSource': 'deepgram' if voice else 'chat-dom'})

    # ---------- intended labels ----------
    L, why = {}, {}

    def put(k, v, w=None):
        L[k] = v
        if v == 'fail':
            why[k] = w
    put('greeting', 'fail' if p['greet_f'] else 'pass', '坐席首句没有问候语')
    put('agent-id', 'pass' if p['id_mode'] == 'ok' else 'fail', '前两句未报工号/姓名' if p['id_mode'] == 'none' else '第三句才报工号/姓名')
    put('closing', 'na' if p['walkout'] else ('fail' if p['close_f'] else 'pass'), '最后两句没有结束语')
    put('forbidden-words', 'fail' if (p['jiyu'] or p['rude']) else 'pass', '使用服务忌语')
    put('verification', 'na' if not fl['verification'] else ('pass' if p['verify'] == 'ok' else 'fail'),
        '未核实身份即告知记录' if p['verify'] == 'none' else '先告知记录后才核实身份')
    holds = ([p['hold']] if p['hold'] != 'none' else []) + extra_holds
    hold_bad = [h for h in holds if h != 'ok']
    put('hold-etiquette', 'na' if not holds else ('fail' if hold_bad else 'pass'),
        '保持未致谢' if 'nothx' in hold_bad else '长时间静默未预告')
    put('politeness', 'fail' if p['rude'] else 'pass', '对客户不礼貌')
    put('interruption', 'na' if not voice else ('fail' if p['interrupt'] else 'pass'), '坐席抢话打断客户')
    dead = p['dead_f'] or p['hold'] == 'unann' or (voice and p['lat_f']) or (voice and fr_delay >= 8000)
    put('dead-air', 'fail' if dead else 'pass', '出现未预告的长时间静默')
    put('speech-rate', 'na' if not voice else ('pass' if p['rate'] == 'normal' else 'fail'), '语速过快' if p['rate'] == 'fast' else '语速过慢')
    put('empathy', 'na' if not (p['complaint'] or fl['empathy']) else ('fail' if p['emp_f'] else 'pass'), '客户抱怨后未致歉/共情')
    put('resolution', 'fail' if (p['res_f'] or fmode == 'omit') else 'pass', '客户追问被搪塞' if p['res_f'] else '有场景事实未答复')
    put('first-response', 'fail' if p['fr_f'] else 'pass', '首次响应超时')
    put('response-latency', 'fail' if (p['lat_f'] or (not voice and p['dead_f'])) else 'pass', '回复客户超时')
    put('fact-accuracy', 'fail' if fmode in ('wrongfinal', 'omit') else 'pass', '事实最终说错' if fmode == 'wrongfinal' else '事实未告知')
    put('no-misinformation', 'fail' if fmode in ('wrongcorr', 'wrongfinal') else 'pass', '说出错误信息')
    put('record-reference', 'na' if not fl['reference'] else ('fail' if p['ref_f'] else 'pass'), '未提供受理编号')
    put('survey-offered', 'na' if not fl['survey'] else ('fail' if p['survey_f'] else 'pass'), '未邀请评价')
    put('required-info', 'fail' if p['info_f'] else 'pass', '未询问必要信息，客户主动提供')
    lab = {'contactId': p['id'], 'domain': p['domain'], 'labels': {k: L[k] for k in CHECKS}, 'why': {k: why[k] for k in CHECKS if k in why}}
    return contact, lab


def specials():
    cs, ls = [], []
    na = {k: 'na' for k in CHECKS}
    M = MATS['court']; sid = lambda dom, k: scen_id(MATS[dom], MATS[dom]['scen'][k])
    base = 1719800000000 + 160 * 5400000
    items = [
        ('h12b-x01', 'no-answer', sid('court', 0), 'voice', dict(events=[dict(type='started', atMs=0), dict(type='dialed', atMs=300), dict(type='ringing', atMs=1400), dict(type='ended', atMs=61400)], turns=[], outcome='no-answer')),
        ('h12b-x02', 'busy', sid('charity', 1), 'voice', dict(events=[dict(type='started', atMs=0), dict(type='dialed', atMs=250), dict(type='ended', atMs=2100)], turns=[], outcome='busy')),
        ('h12b-x03', 'ivr-abandon', sid('fitness', 2), 'voice', dict(events=[dict(type='started', atMs=0), dict(type='dialed', atMs=300), dict(type='ringing', atMs=1300), dict(type='answered', atMs=6200),
                                                                              dict(type='dtmf', atMs=17800, detail={'digits': '0'}), dict(type='queued', atMs=18100), dict(type='hangup', atMs=118100, detail={'by': 'customer'}), dict(type='ended', atMs=118400)],
                                                                      turns=[dict(speaker='ivr', text=MATS['fitness']['ivr'][0], startMs=6500, endMs=16900, confidence=0.95),
                                                                             dict(speaker='ivr', text='当前咨询人数较多，请您耐心等候。', startMs=18400, endMs=21900, confidence=0.94)], outcome='abandoned')),
        ('h12b-x04', 'chat-queue-abandon', sid('wine', 0), 'webchat', dict(events=[dict(type='started', atMs=0), dict(type='page-loaded', atMs=1500), dict(type='queued', atMs=2600), dict(type='ended', atMs=184000)],
                                                                          turns=[dict(speaker='system', text='您前面还有6位客户在排队，请稍候。', startMs=2700, endMs=2700, confidence=1.0),
                                                                                 dict(speaker='customer', text='我收到的酒碎了一瓶，有人吗', startMs=40000, endMs=40000, confidence=1.0)], outcome='abandoned')),
        ('h12b-x05', 'bot-only', sid('books', 2), 'webchat', dict(events=[dict(type='started', atMs=0), dict(type='page-loaded', atMs=1200), dict(type='ended', atMs=150000)],
                                                                  turns=[dict(speaker='bot', text='您好，我是青简书店智能助手小简，请问有什么可以帮您？', startMs=2000, endMs=2000, confidence=1.0),
                                                                         dict(speaker='customer', text='电子书兑换码用不了，转人工。', startMs=15000, endMs=15000, confidence=1.0),
                                                                         dict(speaker='bot', text='兑换码使用方法：打开App，进入“我的-兑换中心”，输入兑换码即可。', startMs=16500, endMs=16500, confidence=1.0),
                                                                         dict(speaker='customer', text='我要找人工客服', startMs=40000, endMs=40000, confidence=1.0),
                                                                         dict(speaker='bot', text='正在为您转接人工客服，请稍候。', startMs=41000, endMs=41000, confidence=1.0),
                                                                         dict(speaker='customer', text='还是没人？算了。', startMs=140000, endMs=140000, confidence=1.0)], outcome='abandoned')),
        ('h12b-x06', 'harness-failure', sid('recycle', 0), 'webchat', dict(events=[dict(type='started', atMs=0)], turns=[], outcome='failed', failedBy='harness', errorCode='E_SELECTOR_TIMEOUT')),
        ('h12b-x07', 'harness-failure', sid('court', 2), 'webchat', dict(events=[dict(type='started', atMs=0)], turns=[], outcome='failed', failedBy='harness', errorCode='E_BROWSER_CRASHED')),
    ]
    for k, (cid, kind, scid, chan, body) in enumerate(items):
        c = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': scid, 'runId': RUN, 'channel': chan, 'startedAt': base + k * 600000,
             'durationMs': body['events'][-1]['atMs'], 'events': body['events'], 'turns': body['turns'], 'outcome': body['outcome'],
             'transcriptSource': 'deepgram' if chan == 'voice' else 'chat-dom'}
        for extra in ('failedBy', 'errorCode'):
            if extra in body:
                c[extra] = body[extra]
        cs.append(c)
        ls.append({'contactId': cid, 'domain': scid.split('-')[1], 'labels': dict(na), 'why': {}, 'special': kind})
    return cs, ls


def main():
    write_scenarios()
    P = make_plan()
    cs, ls = [], []
    for idx, p in enumerate(P):
        c, l = build(p, idx)
        cs.append(c); ls.append(l)
    sc, sl = specials()
    cs += sc; ls += sl
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for c in cs:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in ls:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(f'wrote {len(cs)} contacts, {len(os.listdir(os.path.join(OUT, "scenarios")))} scenarios')


if __name__ == '__main__':
    main()
