"""Seeded plan + generator for independent-dev13a. Writes scenarios/*.yaml, contacts.jsonl, labels.jsonl
byte-identically on every run. Python 3.11 standard library only."""
import json
import os
import random
import re

from common import SET, PFX, SEED, DOMAINS, WORD_DIGIT, cold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
BASE_T = 1780000000000
COLD_WRAP = ['还有事没？', '还有别的吗？', '别的呢？']
DOUBT = ['啊？我看网上说的好像不是这样。', '你确定吗？我朋友跟我说的不一样。', '是吗？我记得不是这个说法。']
CONFIRM = ['那我记一下，是这样吧？', '嗯，那就按这个来是吧？', '你再确认一下？']
CUST_OK = ['好的。', '嗯，好。', '行，知道了。', '明白了。']
BACKCH = ['嗯', '嗯嗯', '唔']
VD_REPLY = ['{vd}。', '是{vd}。', '嗯，{vd}。', '好，{vd}。']
LOOKUP_REPLY = ['{order}。', '是{order}。', '号码是{order}。']

rng = random.Random(SEED)


def pick(seq):
    return seq[rng.randrange(len(seq))]


PHONE_ONLY = re.compile(r'挂|通话|按键|按一|来电|吵|信号')


def pickc(seq, c):
    """Pick a line fit for the channel: a chat has no hanging up, key presses or a noisy line."""
    if c['ch'] == 'chat':
        fit = [x for x in seq if not PHONE_ONLY.search(x if isinstance(x, str) else x[0])]
        if fit:
            seq = fit
    return pick(seq)


# ---------------------------------------------------------------- plan
def make_plan():
    contacts = []
    for di, D in enumerate(DOMAINS):
        keys = list(D['scen'].keys())
        for j in range(25):
            i = di * 25 + j
            contacts.append(dict(i=i, D=D, scen=keys[j % 3], ch='voice' if i % 2 == 0 else 'chat'))
    for c in contacts:
        S = c['D']['scen'][c['scen']]
        c['S'] = S
        c['req'] = S['requires']

    def quota(field, spec, elig=lambda c: True, default=None):
        pool = [c for c in contacts if elig(c) and c.get(field) is None]
        rng.shuffle(pool)
        vals = []
        for v, n in spec:
            vals += [v] * n
        assert len(vals) <= len(pool), (field, len(vals), len(pool))
        for c, v in zip(pool, vals):
            c[field] = v
        for c in contacts:
            if c.get(field) is None and elig(c):
                c[field] = default

    voice = lambda c: c['ch'] == 'voice'
    quota('asr', [(True, 53)], voice, False)
    for c in contacts:
        c.setdefault('asr', False)
    quota('greet', [(False, 38)], default=True)
    quota('idmode', [('role', 14), ('org', 12), ('hotline', 12), ('t2', 26)], default='t1')
    quota('reg', [('rude', 32), ('buck', 22), ('cold', 18)], default='clean')
    for c in contacts:
        if c['req']['empathy']:
            c['complaint'] = True
    quota('complaint', [(True, 46)], lambda c: not c['req']['empathy'], False)
    for c in contacts:
        if c['reg'] == 'cold':
            c['ack'] = False
    quota('ack', [(False, 30)], lambda c: c['complaint'], True)
    quota('verif', [('late', 18), ('none', 16), ('lookup', 16)], lambda c: c['req']['verification'], 'pass')
    quota('verif', [('lookup', 20)], lambda c: not c['req']['verification'], 'na')
    quota('reqinfo', [(False, 26)], default=True)
    quota('hold', [('pass', 34), ('nothanks', 16)], lambda c: c['reg'] != 'cold', None)
    quota('hold', [('unann', 15)], lambda c: c.get('hold') is None, 'none')
    quota('deadx', [(True, 22)], lambda c: c['hold'] == 'none', False)
    quota('ownpause', [(True, 30)], default=False)
    quota('backch', [(True, 28)], voice, False)
    quota('interrupt', [(True, 18)], voice, False)
    quota('rate', [('fast', 9), ('slow', 9)], voice, 'normal')
    quota('frfail', [(True, 22)], lambda c: c['ch'] == 'chat' or c['S']['sla']['firstResponseMs'] <= 12000, False)
    quota('latfail', [(True, 26)], lambda c: c['ch'] == 'chat' and c['S']['sla']['responseLatencyMs'] <= 25000, False)
    quota('fact', [('wrong', 18), ('corrected', 18), ('flipped', 14), ('nonans', 18)], default='right')
    quota('follow', [('nonans', 18), ('polite', 22)], lambda c: c['reg'] != 'buck', 'answer')
    for c in contacts:
        if c['reg'] == 'buck':
            c['follow'] = 'buck'
    quota('side', [(True, 20)], default=False)
    quota('ref', [(False, 46)], lambda c: c['req']['reference'], True)
    quota('ref', [(True, 14)], lambda c: not c['req']['reference'], False)
    quota('survey', [(False, 44)], lambda c: c['req']['survey'] is not False, True)
    quota('survey', [(True, 16)], lambda c: c['req']['survey'] is False, False)
    quota('closing', [('fail', 38), ('na', 17)], default='pass')
    for c in contacts:  # a customer who leaves early had the reference and survey before leaving
        if c['closing'] == 'na':
            if c['req']['reference']:
                c['ref'] = True
            if c['req']['survey'] is not False:
                c['survey'] = True
    quota('sorry', [(True, 16)], lambda c: not c['complaint'], False)
    quota('ivr', [(True, 16)], voice, False)
    quota('nodur', [(True, 4)], default=False)
    for c in contacts:
        for k, v in dict(asr=False, backch=False, interrupt=False, rate='normal', frfail=False, latfail=False, deadx=False, sorry=False, ivr=False).items():
            if c.get(k) is None:
                c[k] = v
        c['rudepos'] = pick(['fact', 'follow', 'follow'])
        c['nonref'] = rng.randrange(4)
    return contacts


# ---------------------------------------------------------------- rendering helpers
def words(num):
    return ''.join(WORD_DIGIT.get(ch, ch) for ch in num)


def fill(tpl, c):
    v = c['vals']
    out = tpl
    for k, val in v.items():
        if '{' + k + '}' in out:
            if c['asr'] and k in ('id', 'ref', 'order', 'hotline', 'phone2', 'vd'):
                val = words(val)
            out = out.replace('{' + k + '}', val)
    return out


def asr_mangle(text, first_agent):
    # homophones (not in fact lines: those hold no 工号/师傅)
    if '工号' in text and rng.random() < 0.5:
        text = text.replace('工号', '公号')
    if '师傅' in text and rng.random() < 0.5:
        text = text.replace('师傅', '师父')
    # a filler at a sentence boundary (never before the first words of the agent's first turn)
    bounds = [m.end() for m in re.finditer(r'[，。？！]', text) if m.end() < len(text)]
    if not first_agent:
        bounds = [0] + bounds
    if bounds and rng.random() < 0.55:
        b = pick(bounds)
        text = text[:b] + pick(['呃', '那个', '嗯', '就是']) + ' ' + text[b:]
    # punctuation dropped: a space or nothing
    out = []
    for ch in text:
        if ch in '，。？！、；：…':
            out.append(' ' if rng.random() < 0.5 else '')
        else:
            out.append(ch)
    return re.sub(r'\s+', ' ', ''.join(out)).strip()


def spoken_len(text):
    return sum(1 for ch in text if ch.isalnum())


# ---------------------------------------------------------------- script
def script(c):
    D, S = c['D'], c['S']
    F = S['fact']
    cd = c['reg'] == 'cold'
    segs = []

    def A(text, tag='', gap=None):
        segs.append(dict(sp='agent', text=text, tag=tag, gap=gap))

    def C(text, tag='', gap=None):
        segs.append(dict(sp='customer', text=text, tag=tag, gap=gap))

    def ag(text):  # agent line in the contact's register
        return cold(text) if cd else text

    # opening
    if cd:
        t = (D['cold']['greet'] if c['greet'] else D['cold']['nogreet'])
        if c['idmode'] == 't1':
            t += fill(D['cold']['id'], c)
        t += pick(D['cold']['offer'])
    else:
        t = (pickc(D['greet'], c) + '，') if c['greet'] else pick(D['nogreet'])
        if c['idmode'] == 't1':
            t += fill(pick(D['id1']), c)
        elif c['idmode'] in ('role', 'org', 'hotline'):
            if not (c['idmode'] == 'org' and D['org'][:2] in t):
                t += fill(pick(D['nonid'][c['idmode']]), c)
        t += pick(D['offer'])
    A(t, 'open')
    # customer's issue
    t = (pickc(D['cust_sorry'], c) if c['sorry'] else '') + pick(S['issue'])
    comp = None
    if c['complaint']:
        cands = [x for x in D['complaints'] if x[2] is None or c['scen'] in x[2]]
        spec = [x for x in cands if x[2] is not None]
        comp = spec[0] if spec and rng.random() < 0.5 else pick(cands)
        t = t + comp[0] if rng.random() < 0.6 else comp[0] + t
    C(t, 'issue')
    # agent 2: id2, acknowledgement, asks
    parts = []
    if c['idmode'] == 't2':
        parts.append(ag(fill(pick(D['id2']), c)) if not cd else fill(D['cold']['id'], c))
    if comp:
        if c['ack']:
            parts.append(comp[1])
        else:
            parts.append(ag(pick(D['proc_only'])))
    gives = []
    if c['reqinfo']:
        parts.append(ag(pick(S['req']['asks'])))
        gives.append(pick(S['req']['gives']))
    if c['verif'] == 'pass':
        parts.append(ag(pick(D['verif'])))
        gives.append(fill(pick(VD_REPLY), c))
    elif c['verif'] == 'lookup':
        parts.append(ag(pick(D['lookup'])))
        gives.append(fill(pick(LOOKUP_REPLY), c))
    if not parts or (len(parts) == 1 and c['idmode'] == 't2'):
        parts.append('嗯，' if cd else '好的，我来帮您看一下。')
    A(''.join(parts), 'a2')
    gtxt = ''.join(gives) if gives else pick(['就这个事，你帮我看看。', '对，就是这样。', '嗯，你看下吧。'])
    if c['ownpause']:
        w, ok = pick(D['own_pause'])
        C(w, 'pause-ask')
        A(D['cold']['ok'] if cd else ok, 'pause-ok')
        C(gtxt, 'gives', gap='ownpause')
    else:
        C(gtxt, 'gives')
    # hold / look-up, disclosure
    disc = ag(pick(S['disclose']))
    if c['hold'] in ('pass', 'nothanks'):
        A(pickc(D['hold_ask'], c), 'hold-ask')
        A((pick(D['hold_thanks']) if c['hold'] == 'pass' else '好，') + disc, 'disclose', gap='hold')
    elif c['hold'] == 'unann':
        A(((pick(D['hold_thanks']) if rng.random() < 0.5 else '') if not cd else '') + disc, 'disclose', gap='hold')
    elif c['deadx']:
        A(disc, 'disclose', gap='dead')
    else:
        A(disc, 'disclose')
    # fact
    C(pick(F['q']), 'fact-q')
    mode = c['fact']
    first = {'right': F['right'], 'wrong': F['wrong_l'], 'corrected': F['wrong_l'], 'flipped': F['right'], 'nonans': F['nonans']}[mode]
    t = ag(pick(first))
    rude = None
    if c['reg'] == 'rude':
        rude = pick(D['rude'])
    if rude and c['rudepos'] == 'fact':
        t = rude[1] + t if rng.random() < 0.5 else t + rude[1]
    A(t, 'fact-a', gap='interrupt' if c['interrupt'] else None)
    if mode == 'corrected':
        C(pick(DOUBT), 'doubt')
        A(ag(pick(F['correct'])), 'fact-b')
    elif mode == 'flipped':
        C(pick(CONFIRM), 'confirm')
        A(ag(pick(F['flip'])), 'fact-b')
    # follow-up
    fm = c['follow']
    if fm in ('buck', 'polite'):
        q, pol, bk, _ = pick([x for x in D['refq'] if x[3] is None or c['scen'] in x[3]])
        C(q, 'follow-q')
        ans = bk if fm == 'buck' else ag(fill(pol, c))
    else:
        q, ans, na = pick(S['follow'])
        C(q, 'follow-q')
        ans = ag(na if fm == 'nonans' else ans)
    if rude and c['rudepos'] == 'follow':
        ans = rude[1] + ans if rng.random() < 0.6 or fm == 'buck' else ans + rude[1]
    A(ans, 'follow-a', gap='late' if c['latfail'] else None)
    if c['side']:
        sq, sa = pick(D['side'])
        C(sq, 'side-q')
        A(ag(sa), 'side-a')
    if c['verif'] == 'late':
        C(pick(CUST_OK), 'ok')
        A(ag(pick(D['late_verif'])), 'late-verif')
        C(fill(pick(VD_REPLY), c), 'gives2')
    # tail: reference, survey, closing
    ref = ''
    if c['ref']:
        ref = fill(D['cold']['ref'], c) if cd else fill(pick(D['ref']), c)
    elif c['req']['reference']:
        ref = ag(fill(D['nonref'][c['nonref']], c))
    if ref.endswith('，'):
        ref = ref[:-1] + '。'
    sv = ''
    if c['survey']:
        sv = D['cold']['survey'] if cd else pickc(D['survey'], c)
    if c['closing'] == 'na':
        if ref or sv:
            segs[-1]['text'] += ref + sv if segs[-1]['sp'] == 'agent' else ''
            if segs[-1]['sp'] != 'agent':
                A(ref + sv, 'tail')
        C(pick(D['leave']), 'leave')
        c['hangup_by'] = 'customer'
        return segs, rude
    wrap = pick(COLD_WRAP) if cd else pick(D['wrap'])
    if c['closing'] == 'pass':
        close = D['cold']['close'] if cd else pickc(D['closing'], c)
        if rng.random() < 0.5:
            A(ref + sv + wrap, 'tail')
            C(pick(D['cust_end']), 'end')
            A(close, 'close')
        else:
            if ref:
                A(ref, 'tail')
                C(pick(CUST_OK), 'ok')
            else:
                A(wrap, 'tail')
                C(pick(D['cust_end']), 'end')
            A(sv + close, 'close')
        if rng.random() < 0.5:
            C(pick(['好，再见。', '拜拜。', '谢谢，再见。']), 'bye')
        c['hangup_by'] = pick(['customer', 'agent'])
    else:  # fail: only a wrap-up question and a bare word, or the agent just stops
        if ref or sv:
            A(ref + sv, 'tail')
            C(pick(CUST_OK), 'ok')
        A(wrap, 'wrap')
        C(pick(D['cust_end']), 'end')
        if rng.random() < 0.6:
            A(D['cold']['ok'] if cd else pick(D['bare']), 'bare')
            c['hangup_by'] = pick(['customer', 'agent'])
        else:
            c['hangup_by'] = 'customer'
    return segs, rude


# ---------------------------------------------------------------- timing
def timeline(c, segs):
    sla = c['S']['sla']
    fr, lat = sla['firstResponseMs'], sla['responseLatencyMs']
    voice = c['ch'] == 'voice'
    rate = {'normal': rng.uniform(175, 245), 'fast': rng.uniform(335, 385), 'slow': rng.uniform(85, 105)}[c['rate']]
    events = [dict(type='started', atMs=0)]
    turns = []
    if voice:
        t = 60
        events.append(dict(type='dialed', atMs=t))
        t += rng.randint(900, 2200)
        events.append(dict(type='ringing', atMs=t))
        t += rng.randint(3000, 9000)
        events.append(dict(type='answered', atMs=t))
        if c['ivr']:
            txt = '欢迎致电' + c['D']['org'] + '，人工服务请按零。'
            turns.append(dict(speaker='ivr', text=txt, startMs=t + 300, endMs=t + 300 + len(txt) * 220, confidence=0.97))
            t = t + 300 + len(txt) * 220
            events.append(dict(type='dtmf', atMs=t + 800, detail={'digits': '0'}))
            t += rng.randint(2000, 6000)
        else:
            t += rng.randint(200, 900)
    else:
        t = rng.randint(700, 2000)
        events.append(dict(type='page-loaded', atMs=t))
        t += rng.randint(4000, 30000)
    joined = t
    events.append(dict(type='agent-joined', atMs=joined))
    if voice:
        d0 = rng.randint(fr + 500, min(fr + 2500, 14500)) if c['frfail'] else rng.randint(900, min(4500, fr - 800))
    else:
        d0 = rng.randint(fr + 2000, min(fr + 8000, 28500)) if c['frfail'] else rng.randint(3000, min(fr - 1000, 14000))
    c['d0'] = d0
    prev_end = joined
    prev_sp = None
    first_agent = True
    gaps = []  # (kind, ms) for label derivation
    for k, s in enumerate(segs):
        text = s['text']
        if voice and c['asr']:
            text = asr_mangle(text, s['sp'] == 'agent' and first_agent)
        if s['sp'] == 'agent':
            first_agent = False
        g = s['gap']
        if k == 0:
            start = joined + d0
        elif g == 'hold':
            start = prev_end + (rng.randint(16000, 42000) if voice else rng.randint(36000, 95000))
        elif g == 'dead':
            start = prev_end + (rng.randint(8700, 13600) if voice else rng.randint(32000, 48000))
        elif g == 'ownpause':
            start = prev_end + (rng.randint(10000, 30000) if voice else rng.randint(35000, 90000))
        elif g == 'late':
            start = prev_end + rng.randint(lat + 1500, min(lat + 7000, 29000))
        elif g == 'interrupt' and voice:
            start = prev_end - rng.randint(1000, 1700)
        elif s['sp'] == 'agent':
            start = prev_end + (rng.randint(400, 1500) if voice else rng.randint(3000, 12000))
        else:
            start = prev_end + (rng.randint(300, 1200) if voice else rng.randint(3000, 15000))
        if voice:
            if s['sp'] == 'agent':
                dur = int(spoken_len(text) / rate * 60000) + 1
            else:
                dur = int(spoken_len(text) * rng.uniform(210, 270)) + 300
        else:
            dur = 0
        turn = dict(speaker=s['sp'], text=text, startMs=start, endMs=start + dur)
        if voice:
            turn['confidence'] = round(rng.uniform(0.6, 0.95) if c['asr'] else rng.uniform(0.9, 0.98), 2)
        turns.append(turn)
        # backchannel over the follow-up question
        if voice and c['backch'] and s['tag'] == 'follow-q':
            bs = start + int(dur * 0.45)
            turns.append(dict(speaker='agent', text=pick(BACKCH), startMs=bs, endMs=bs + 350, confidence=0.8))
        prev_end = start + dur
        prev_sp = s['sp']
    end = prev_end + rng.randint(800, 3000)
    if voice:
        events.append(dict(type='hangup', atMs=end, detail={'by': c['hangup_by']}))
    events.append(dict(type='ended', atMs=end + 200))
    if c['nodur']:
        mid = turns[len(turns) // 2]['startMs']
        events.append(dict(type='agent-note', atMs=mid, detail={'note': 'wrap-up code set'}))
    events.sort(key=lambda e: e['atMs'])
    turns.sort(key=lambda x: x['startMs'])
    return events, turns, end + 200


# ---------------------------------------------------------------- labels from the plan and timings
def labels_for(c, turns, events, rude):
    sla = c['S']['sla']
    voice = c['ch'] == 'voice'
    L, W = {}, {}

    def put(k, v, why=None):
        L[k] = v
        if v == 'fail':
            W[k] = why

    put('greeting', 'pass' if c['greet'] else 'fail', '客服首句直接进入业务，没有问候')
    put('agent-id', 'pass' if c['idmode'] in ('t1', 't2') else 'fail',
        {'role': '只说了岗位（客服/管家），没有工号或姓名', 'org': '只报了机构名称，没有个人身份', 'hotline': '报的是热线号码，不是客服本人的工号'}.get(c['idmode']))
    put('closing', {'pass': 'pass', 'fail': 'fail', 'na': 'na'}[c['closing']], '最后两轮只有收尾询问和“嗯/好”，没有致谢、祝福或道别')
    if c['reg'] == 'rude':
        put('forbidden-words', 'fail', '服务忌语（%s）：%s' % rude)
        put('politeness', 'fail', '对客户说了失礼的话：%s' % rude[1])
    elif c['reg'] == 'buck':
        put('forbidden-words', 'fail', '推诿：把客户支到别处，没有给电话、时间或转接')
        put('politeness', 'pass')
    elif c['reg'] == 'cold':
        put('forbidden-words', 'pass')
        put('politeness', 'fail', '全程冷淡：称“你”、不用请/谢谢，回答生硬简短')
    else:
        put('forbidden-words', 'pass')
        put('politeness', 'pass')
    if not c['req']['verification']:
        put('verification', 'na')
    else:
        put('verification', 'pass' if c['verif'] == 'pass' else 'fail',
            {'late': '先读了客户的记录，之后才核实身份', 'none': '未核实身份就读出了客户记录', 'lookup': '只要了单号/编号（查询），没有用持有人才知道的信息核身'}.get(c['verif']))
    # holds: announced/unannounced agent silences >= 15 s voice / 30 s chat
    agent_turns = [t for t in turns if t['speaker'] == 'agent']
    hold_thr, dead_thr = (15000, 8000) if voice else (30000, 30000)
    holds, dead, lat_fail = [], [], []
    seq = [t for t in turns if t['speaker'] in ('agent', 'customer') and not t.get('_bc')]
    seq = [t for t in seq if not (t['speaker'] == 'agent' and t['endMs'] - t['startMs'] == 350 and t['text'] in BACKCH)]
    for a, b in zip(seq, seq[1:]):
        if b['speaker'] != 'agent':
            continue
        gap = b['startMs'] - a['endMs']
        if a['speaker'] == 'agent':
            if gap >= hold_thr:
                holds.append('announced')
        else:
            if gap >= hold_thr:
                holds.append('unannounced')
            if gap >= dead_thr:
                dead.append(gap)
            if gap > sla['responseLatencyMs']:
                lat_fail.append(gap)
    if c['d0'] >= dead_thr:
        dead.append(c['d0'])
    if not holds:
        put('hold-etiquette', 'na')
    elif 'unannounced' in holds:
        put('hold-etiquette', 'fail', '客服长时间无声查询（%s）前没有请客户稍等' % ('≥15秒' if voice else '≥30秒'))
    elif c['hold'] == 'nothanks':
        put('hold-etiquette', 'fail', '保持结束后没有感谢客户等待')
    else:
        put('hold-etiquette', 'pass')
    put('interruption', ('fail' if c['interrupt'] else 'pass') if voice else 'na', '客服在客户说完前约一秒多就开口抢话')
    put('dead-air', 'fail' if dead else 'pass', '客服该说话时出现未告知的静默（最长%.1f秒）' % (max(dead) / 1000) if dead else None)
    put('speech-rate', ('fail' if c['rate'] != 'normal' else 'pass') if voice else 'na',
        '语速%s' % ('过快（每分钟三百字以上）' if c['rate'] == 'fast' else '过慢（每分钟不足一百二十字）'))
    if c['complaint']:
        put('empathy', 'pass' if c['ack'] else 'fail', '客户抱怨后客服直接走流程，没有致歉或表示理解')
    else:
        put('empathy', 'na')
    res_fail = []
    if c['fact'] == 'nonans':
        res_fail.append('事实问题（%s）只得到“不清楚”类答复' % c['S']['fact']['label'])
    if c['follow'] == 'nonans':
        res_fail.append('客户关于自身事项的追问没有得到答复')
    if c['follow'] == 'buck':
        res_fail.append('客户的追问被推到别处，没有实际答复')
    put('resolution', 'fail' if res_fail else 'pass', '；'.join(res_fail))
    put('first-response', 'fail' if c['d0'] > sla['firstResponseMs'] else 'pass',
        '客服接入后%.1f秒才说第一句（时限%d秒）' % (c['d0'] / 1000, sla['firstResponseMs'] // 1000))
    put('response-latency', 'fail' if lat_fail else 'pass',
        '客户发言后%.1f秒才得到回复（时限%d秒）' % (max(lat_fail) / 1000, sla['responseLatencyMs'] // 1000) if lat_fail else None)
    fm = c['fact']
    put('fact-accuracy', 'pass' if fm in ('right', 'corrected') else 'fail',
        {'wrong': '给出了错误的%s' % c['S']['fact']['label'], 'flipped': '先说对后改成了错误的%s' % c['S']['fact']['label'],
         'nonans': '没有说出%s' % c['S']['fact']['label']}.get(fm))
    put('no-misinformation', 'fail' if fm in ('wrong', 'corrected', 'flipped') else 'pass', '说出了已知错误的%s' % c['S']['fact']['label'])
    if not c['req']['reference']:
        put('record-reference', 'na')
    else:
        put('record-reference', 'pass' if c['ref'] else 'fail',
            ['只说会有专人联系，没有给受理编号', '只说结果会通知/回电，没有给受理编号', '只给了金额/日期，没有受理编号', '只复述了客户自己的订单/合同号，没有新的受理编号'][min(c['nonref'], 3)])
    if c['req']['survey'] is False:
        put('survey-offered', 'na')
    else:
        put('survey-offered', 'pass' if c['survey'] else 'fail', '没有邀请客户评价')
    put('required-info', 'pass' if c['reqinfo'] else 'fail', '客服没有询问%s' % c['S']['req']['label'])
    return {k: L[k] for k in CHECKS}, W


# ---------------------------------------------------------------- special contacts
def specials(contacts):
    out = []
    sc = lambda k: contacts[k]['scen']
    t0 = BASE_T + 10_000_000
    mk = lambda n, scen, ch, ev, turns, outcome, dur, **kw: dict(
        schemaVersion=1, contactId='%s-x%02d' % (PFX, n), scenarioId=scen, channel=ch, startedAt=t0 + n * 3_600_000,
        durationMs=dur, events=ev, turns=turns, outcome=outcome, transcriptSource='deepgram' if ch == 'voice' else 'chat-dom', **kw)
    out.append(mk(1, sc(0), 'voice', [dict(type='started', atMs=0), dict(type='dialed', atMs=60), dict(type='ringing', atMs=1500), dict(type='ended', atMs=61500)], [], 'no-answer', 61500))
    out.append(mk(2, sc(26), 'voice', [dict(type='started', atMs=0), dict(type='dialed', atMs=60), dict(type='status-callback', atMs=900, detail={'sip': 486}), dict(type='ended', atMs=1000)], [], 'busy', 1000))
    ivr = [dict(speaker='ivr', text='您好，欢迎致电悦禾母婴护理会所，当前咨询人数较多，请您耐心等待。', startMs=6300, endMs=12000, confidence=0.96),
           dict(speaker='ivr', text='您前面还有五位客户在等待。', startMs=40000, endMs=43000, confidence=0.95)]
    out.append(mk(3, sc(52), 'voice', [dict(type='started', atMs=0), dict(type='dialed', atMs=60), dict(type='ringing', atMs=1400), dict(type='answered', atMs=6000),
                                      dict(type='queued', atMs=12500), dict(type='hangup', atMs=95000, detail={'by': 'customer'}), dict(type='ended', atMs=95200)], ivr, 'abandoned', 95200))
    sysm = [dict(speaker='system', text='正在为您接入人工客服，您当前排在第4位。', startMs=2500, endMs=2500),
            dict(speaker='customer', text='我想问下回收款的事', startMs=9000, endMs=9000),
            dict(speaker='system', text='您当前排在第2位，请耐心等待。', startMs=60000, endMs=60000)]
    out.append(mk(4, sc(77), 'webchat', [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1200), dict(type='queued', atMs=2500), dict(type='ended', atMs=150000)], sysm, 'abandoned', 150000))
    bot = [dict(speaker='bot', text='您好，我是木语智能助手小木，请问有什么可以帮您？', startMs=2000, endMs=2000),
           dict(speaker='customer', text='柜门坏了怎么报修', startMs=11000, endMs=11000),
           dict(speaker='bot', text='您可以在小程序“我的订单”里点击“申请售后”，上传照片后会有售后人员联系您。', startMs=12500, endMs=12500),
           dict(speaker='customer', text='好吧', startMs=30000, endMs=30000),
           dict(speaker='bot', text='请问还有其他问题吗？', startMs=31000, endMs=31000)]
    out.append(mk(5, sc(101), 'webchat', [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1000), dict(type='ended', atMs=60000)], bot, 'completed', 60000))
    out.append(mk(6, sc(126), 'webchat', [dict(type='started', atMs=0), dict(type='error', atMs=30500)], [], 'failed', 30500,
                  error=dict(code='E_SELECTOR_TIMEOUT', message='chat input selector not found within 30000 ms'), failedBy='harness'))
    out.append(mk(7, sc(3), 'voice', [dict(type='started', atMs=0), dict(type='error', atMs=4200)], [], 'failed', 4200,
                  error=dict(code='E_BROWSER_CRASHED', message='browser process exited unexpectedly'), failedBy='harness'))
    return out


# ---------------------------------------------------------------- yaml
def q(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(D, sid, S):
    F, R = S['fact'], S['req']
    lines = ['id: %s' % sid, 'title: %s' % q(S['title']), 'description: %s' % q('独立语料 %s，领域 %s，机构 %s' % (SET, D['key'], D['org'])),
             'channel: [voice, webchat]', 'target: { phone: "+8620555%04d" }' % (abs(hash(sid)) % 10000 if False else sum(map(ord, sid)) % 10000),
             'persona: { name: %s }' % q(S['persona']), 'locale: zh-CN',
             'steps:', '  - say: %s' % q(S['issue'][0]), '  - wait: { pattern: %s, timeoutMs: 60000 }' % q('.'), '  - end: true',
             'facts:',
             '  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }' % (
                 F['key'], q(F['label']), q(F['expected']), ', '.join(map(q, F['variants'])), ', '.join(map(q, F['wrong'])), ', '.join(map(q, F['cues']))),
             'requiredInfo:', '  - { key: %s, label: %s, patterns: [%s] }' % (R['key'], q(R['label']), q(R['regex'])),
             'requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(str(S['requires'][k]).lower() for k in ('verification', 'reference', 'empathy', 'survey')),
             'sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }' % (S['sla']['firstResponseMs'], S['sla']['responseLatencyMs'], S['sla']['handleTimeMs']),
             'tags: [%s, %s]' % (SET, D['key'])]
    return '\n'.join(lines) + '\n'


def main():
    contacts = make_plan()
    inter, labs = [], []
    for c in contacts:
        D = c['D']
        nm, role = pick(D['names'])
        c['vals'] = dict(id=str(rng.randint(1000, 9899)) if rng.random() < 0.8 else str(rng.randint(10, 99)) + str(rng.randint(100, 999)),
                         name=nm, role=role, hotline=D['hotline'], phone2='0' + str(rng.randint(200000000, 999999999))[:10],
                         ref=pick(['GD', 'SL', 'FW', 'BX', '']) + '2026' + str(rng.randint(100000, 999999)),
                         order=str(rng.randint(10000000, 99999999)), vd=str(rng.randint(1000, 9999)), date=pick(['六月十八号', '七月二号', '下周三']))
        segs, rude = script(c)
        events, turns, dur = timeline(c, segs)
        ch = 'voice' if c['ch'] == 'voice' else 'webchat'
        it = dict(schemaVersion=1, contactId='%s-%s-%s-%03d' % (PFX, c['scen'], 'v' if ch == 'voice' else 'c', c['i'] + 1), scenarioId=c['scen'],
                  channel=ch, startedAt=BASE_T + c['i'] * 1_800_000 + rng.randint(0, 900_000), durationMs=dur, events=events, turns=turns,
                  outcome='completed', transcriptSource='deepgram' if ch == 'voice' else 'chat-dom')
        if c['nodur']:
            del it['durationMs']
        L, W = labels_for(c, turns, events, rude)
        inter.append(it)
        labs.append(dict(contactId=it['contactId'], domain=D['key'], labels=L, why=W))
    for it in specials(contacts):
        inter.append(it)
        labs.append(dict(contactId=it['contactId'], domain='special', labels={k: 'na' for k in CHECKS}, why={}))
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for D in DOMAINS:
        for sid, S in D['scen'].items():
            with open(os.path.join(OUT, 'scenarios', sid + '.yaml'), 'w', encoding='utf-8') as f:
                f.write(scenario_yaml(D, sid, S))
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as f:
        for it in inter:
            f.write(json.dumps(it, ensure_ascii=False, separators=(',', ':')) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lb in labs:
            f.write(json.dumps(lb, ensure_ascii=False, separators=(',', ':')) + '\n')
    # plan dump (for the README / audit)
    with open(os.path.join(HERE, 'plan.json'), 'w', encoding='utf-8') as f:
        keep = ['i', 'scen', 'ch', 'asr', 'greet', 'idmode', 'reg', 'complaint', 'ack', 'verif', 'reqinfo', 'hold', 'deadx', 'ownpause', 'backch',
                'interrupt', 'rate', 'frfail', 'latfail', 'fact', 'follow', 'side', 'ref', 'survey', 'closing', 'sorry', 'ivr', 'nodur']
        json.dump([{k: c.get(k) for k in keep} for c in contacts], f, ensure_ascii=False, indent=0)
        f.write('\n')
    print('wrote', len(inter), 'contacts')


if __name__ == '__main__':
    main()
