"""Generator: writes scenarios/, contacts.jsonl, labels.jsonl from the material and the seeded plan. Deterministic."""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from plan import make_plan, DOMAINS, SEED
import importlib
MATS = {d: importlib.import_module('mat_' + d).MAT for d in DOMAINS}
SET = 'independent-dev18c'
RUN = 'dev18c'
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
PUNCT = set('，。？！、：；,.?!:;～~"“”（）() ')
DIG = '零一二三四五六七八九'
HOMO = [('工号', '公号'), ('再见', '在见'), ('订单', '定单'), ('型号', '行号'), ('账户', '帐户')]
FILLERS = ['呃', '那个', '嗯', '就是']
WALKOUT = ['算了，我这边有急事，先挂了。', '行吧，我车来了，回头再说。', '哎呀孩子在哭，我先不说了。', '我这边要开会了，先这样吧。']
CUST_ACK = ['好的。', '嗯，行。', '好，明白了。', '知道了，好的。', '行，可以。']
CUST_END_OK = ['好的，明白了。', '行，我知道了。', '嗯嗯，清楚了。', '好，那就这样处理吧。']
CUST_AFTER_NA = ['哦，那好吧。', '行吧。', '那算了。']
CUST_NOMORE = ['没有了。', '没别的了。', '就这些。', '暂时没有了。']
CUST_BYE = ['好，再见。', '嗯，拜拜。', '好的，辛苦了。']
NOCLOSE_LAST = ['好的，收到。', '嗯好。', '好，那我这边去处理了。', '行，我记下了。']
NOTE_OMIT = ['情况我这边已经记录下来了。', '这个我先给您登记上。', '您说的我都记下了。']
BACKCH = ['嗯嗯', '对', '好的', '嗯', '对对']
AGENT_ACK = ['好的，我了解了。', '嗯，明白您的情况了。', '好，我先记下。']


def nchars(t):
    return sum(1 for ch in t if ch not in PUNCT and not ch.isspace())


def asr(text, rng):
    t = ''.join(('幺' if ch == '1' and rng.random() < 0.5 else DIG[int(ch)]) if ch.isdigit() else ch for ch in text)
    for a, b in HOMO:
        if a in t and rng.random() < 0.7:
            t = t.replace(a, b)
    parts = [p for p in re.split(r'[，。？！、：；,.?!:;～]+', t) if p]
    res = []
    for p in parts:
        if rng.random() < 0.25:
            p = rng.choice(FILLERS) + p
        res.append(p)
    return (' ' if rng.random() < 0.6 else '').join(res)


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenario(dom, sc):
    m = MATS[dom]
    f = sc['fact']
    r = sc['requires']
    lines = [f"id: {sc['id']}", f"title: {yaml_str(sc['title'])}",
             f"description: {yaml_str('独立语料 ' + SET + '，领域 ' + m['domain'] + '，机构 ' + m['org'])}",
             'channel: [voice, webchat]', f"target: {{ phone: {yaml_str(m['phone'])} }}",
             f"persona: {{ name: {yaml_str(sc['persona'])} }}", 'locale: zh-CN', 'steps:',
             f"  - say: {yaml_str(sc['requests'][0] + sc['request_tail'][0])}",
             f"  - wait: {{ pattern: {yaml_str(f['cues'][0])}, timeoutMs: 60000 }}", '  - end: true', 'facts:',
             f"  - {{ key: {f['key']}, label: {yaml_str(f['label'])}, expected: {yaml_str(f['expected'])}, variants: {json.dumps(f['variants'], ensure_ascii=False)}, wrong: {json.dumps(f['wrong'], ensure_ascii=False)}, cues: {json.dumps(f['cues'], ensure_ascii=False)} }}",
             'requiredInfo:',
             f"  - {{ key: {sc['info']['key']}, label: {yaml_str(sc['info']['label'])}, patterns: [{yaml_str(sc['info']['pattern'])}] }}",
             f"requires: {{ verification: {str(r['verification']).lower()}, reference: {str(r['reference']).lower()}, empathy: {str(r['empathy']).lower()}, survey: {str(r['survey']).lower()} }}",
             f"sla: {{ firstResponseMs: {sc['sla']['firstResponseMs']}, responseLatencyMs: {sc['sla']['responseLatencyMs']}, handleTimeMs: 900000 }}",
             f"tags: [{SET}, {m['domain']}]"]
    with open(os.path.join(OUT, 'scenarios', sc['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')


def staff_no(rng):
    return rng.choice([f"{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}", f"A{rng.randint(100, 999)}", f"{rng.randint(10000, 99999)}"])


def ref_no(rng, pre):
    return pre + ''.join(str(rng.randint(0, 9)) for _ in range(rng.choice([8, 9, 10])))


def build(p):
    rng = random.Random(SEED * 1000 + p['idx'])
    m = MATS[p['domain']]
    sc = m['scen'][p['scen']]
    req = sc['requires']
    fct = sc['fact']
    voice = p['channel'] == 'voice'
    labels = {}
    why = {}
    # --- compose the dialogue: list of [speaker, text, tags]
    T = []
    def A(text, **tags): T.append(['agent', text, tags])
    def C(text, **tags): T.append(['customer', text, tags])
    idline = rng.choice(m['ids']).replace('{n}', staff_no(rng))
    # A1
    a1 = rng.choice(m['greet']) if p['greet'] else rng.choice(m['nogreet'])
    if p['idpos'] == 1:
        a1 += idline
    elif p['idpos'] == 0 and rng.random() < 0.5:
        a1 += rng.choice(m['noid'])
    a1 += rng.choice(m['help'])
    A(a1, first=True)
    # C1
    c1 = (rng.choice(m['cust_sorry']) if p['cust_sorry'] and rng.random() < 0.5 else '') + rng.choice(sc['requests'])
    if p['complaint1']:
        c1 += rng.choice(m['complaint'])
    c1 += rng.choice(sc['request_tail'])
    C(c1, complaint=p['complaint1'])
    # A2
    a2 = ''
    if p['complaint1'] and p['emp1']:
        a2 += rng.choice(m['empathy'])
    if p['idpos'] == 2:
        a2 += idline
    vask, vans = rng.choice(m['verify'])
    tail = f"{rng.randint(1000, 9999)}"
    vans = vans.replace('{p}', sc['persona']).replace('{t}', tail).replace('{t2}', f"{rng.randint(10, 28)}")
    ask_info = rng.choice(sc['info_asks'])
    info_ans = rng.choice(sc['info_ans'])
    if p['info']:
        a2 += ask_info
    if p['verif'] == 'before':
        a2 += vask
    if not p['info'] and p['verif'] != 'before':
        a2 += rng.choice(AGENT_ACK)
    A(a2)
    # C2
    if p['info'] and p['verif'] == 'before':
        C(info_ans + vans)
    elif p['info']:
        C(info_ans)
    elif p['verif'] == 'before':
        C(vans + '另外补充一下，' + info_ans)
    else:
        C('补充一下，' + info_ans)
    # A3 / hold
    hold = p['hold']
    late_id_done = False
    if hold in ('ann_thx', 'ann_nothx'):
        a3 = rng.choice(m['hold_ann'])
        if p['idpos'] == 3:
            a3 = idline + a3
            late_id_done = True
        A(a3, holdann=True)
        if rng.random() < 0.5:
            C(rng.choice(CUST_ACK), afterann=True)
    # A4
    a4 = ''
    if hold in ('ann_thx',) or (hold == 'unann' and rng.random() < 0.5):
        a4 += rng.choice(m['hold_thx'])
    if p['idpos'] == 3 and not late_id_done:
        a4 += idline
    fmode = p['fact']
    wrongv = rng.choice(fct['wrong'])
    goodv = fct['expected'] if (fmode != 'variant' or voice) else fct['variants'][0]
    if fmode == 'variant' and voice:
        goodv = fct['variants'][0] if not re.search(r'\d', fct['variants'][0]) else fct['expected']
    fl = rng.choice(sc['fact_lines'])
    if fmode in ('correct', 'variant', 'correct_then_wrong'):
        a4 += fl.replace('{v}', goodv)
    elif fmode in ('wrong', 'wrong_then_correct'):
        a4 += fl.replace('{v}', wrongv)
    else:
        a4 += rng.choice(NOTE_OMIT)
    refl = rng.choice(m['ref']).replace('{r}', ref_no(rng, rng.choice(['GD', 'SH', 'TK', ''])))
    if p['ref'] and p['ref_in_a4']:
        a4 += refl
    if p['lookalike'] and rng.random() < 0.5:
        a4 += rng.choice(m['lookalike'])
        la_done = True
    else:
        la_done = False
    if p['verif'] == 'late':
        a4 += '对了，' + vask
    A(a4, afterhold=hold != 'none')
    # C3
    sq = rng.choice(sc['side_q'])
    sidx = sc['side_q'].index(sq)
    c3 = ''
    if p['verif'] == 'late':
        c3 += vans
    if p['cust_sorry'] and not c1.startswith(tuple(m['cust_sorry'])):
        c3 += rng.choice(m['cust_sorry'])
    c3 += ('对了，' if rng.random() < 0.4 else '') + sq
    C(c3, sideq=True)
    # A5
    a5 = ''
    if p['interrupt']:
        a5 += rng.choice(m['interrupt'])
    if p['forbid'] == 'rude':
        a5 += rng.choice(m['rude'])
    if fmode == 'wrong_then_correct':
        a5 += rng.choice(m['correct']).replace('{v}', goodv)
    a5 += rng.choice(m['nonanswer']) if p['nonanswer'] else sc['side_a'][sidx]
    if p['forbid'] == 'plain':
        a5 += rng.choice(m['forbid'])
    A(a5, a5=True)
    if p['closing'] == 'walkout':
        C(rng.choice(WALKOUT), walkout=True)
    else:
        if p['escalate']:
            C(rng.choice(m['escalate']), complaint=True)
        else:
            C(rng.choice(CUST_AFTER_NA) if p['nonanswer'] else rng.choice(CUST_END_OK))
        a6 = ''
        if p['escalate'] and p['emp2']:
            a6 += rng.choice(m['empathy'])
        if fmode == 'correct_then_wrong':
            a6 += '再跟您说一下，' + rng.choice(sc['fact_lines']).replace('{v}', wrongv)
        if p['ref'] and not p['ref_in_a4']:
            a6 += refl
        if p['lookalike'] and not la_done:
            a6 += rng.choice(m['lookalike'])
        if p['survey']:
            a6 += rng.choice(m['survey'])
        a6 += rng.choice(m['wrapup'])
        A(a6)
        C(rng.choice(CUST_NOMORE))
        if p['closing'] == 'close':
            A(rng.choice(m['closing']))
            if rng.random() < 0.5:
                C(rng.choice(CUST_BYE), bye=True)
        else:
            A(rng.choice(NOCLOSE_LAST))
    # --- render text
    for t in T:
        if voice and p['asr']:
            t[1] = asr(t[1], rng)
    # --- timing
    sla = sc['sla']
    events = [{'type': 'started', 'atMs': 0}]
    turns = []
    rate = {'ok': rng.randint(175, 255), 'fast': rng.randint(350, 400), 'slow': rng.randint(85, 100), 'na': 0}[p['rate']]
    crate = rng.randint(210, 260)
    def dur(text, r):
        return int(nchars(text) * 60000 / r)
    def conf():
        return round(rng.uniform(0.6, 0.93) if p['asr'] else rng.uniform(0.9, 0.99), 2) if voice else 1.0
    # choose turns for dead-air and slow gaps: indices into agent turns list that follow a customer turn
    agent_idx = [i for i, t in enumerate(T) if t[0] == 'agent']
    cand = [i for i in agent_idx if i > 0 and T[i - 1][0] == 'customer' and not T[i - 1][2].get('afterann') and not T[i][2].get('afterhold') and not (T[i][2].get('a5') and p['interrupt'])]
    da_turn = rng.choice(cand) if p['deadair'] and cand else None
    rest = [i for i in cand if i != da_turn]
    slow_turn = rng.choice(rest) if p['slow'] and rest else None
    if voice:
        events.append({'type': 'dialed', 'atMs': 300})
        events.append({'type': 'ringing', 'atMs': 1200})
        t = 1200 + rng.randint(3000, 9000)
        events.append({'type': 'answered', 'atMs': t})
        if p['ivr']:
            ivr = f"您好，欢迎致电{m['short']}，本次通话可能会被录音。咨询请按一，投诉请按二，人工服务请按零。"
            if p['asr']:
                ivr = asr(ivr, rng)
            d = dur(ivr, 230)
            turns.append({'speaker': 'ivr', 'text': ivr, 'startMs': t + 300, 'endMs': t + 300 + d, 'confidence': conf()})
            t = t + 300 + d + rng.randint(1500, 3000)
            events.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '0'}})
            events.append({'type': 'queued', 'atMs': t + 400})
            t += 400 + rng.randint(5000, 40000)
        else:
            t += rng.randint(200, 600)
        joined = t
        events.append({'type': 'agent-joined', 'atMs': joined})
    else:
        events.append({'type': 'page-loaded', 'atMs': 1500})
        events.append({'type': 'queued', 'atMs': 2600})
        joined = 2600 + rng.randint(5000, 45000)
        events.append({'type': 'agent-joined', 'atMs': joined})
    fr = sla['firstResponseMs']
    if p['fr_late']:
        first_gap = fr + rng.randint(400, 1500)
    else:
        first_gap = rng.randint(800, 3000) if voice else rng.randint(2000, min(fr - 500, 8000))
    silences = []  # (kind, gapMs)
    t = joined
    last_end = joined
    lat = sla['responseLatencyMs']
    prev_c = None
    hold_pair = None
    for i, (spk, text, tags) in enumerate([t[:3] for t in T]):
        if i == 0:
            start = joined + first_gap
        elif spk == 'agent':
            prev = T[i - 1]
            if tags.get('afterhold') and hold != 'none':
                gap = rng.randint(18000, 45000) if voice else rng.randint(35000, 90000)
            elif i == da_turn:
                gap = rng.randint(9000, 11500) if voice else rng.randint(31000, 40000)
            elif i == slow_turn:
                gap = rng.randint(lat + 800, lat + 4000) if voice else rng.randint(lat + 800, 29000)
            else:
                gap = rng.randint(500, 2500) if voice else rng.randint(3000, min(9000, lat - 2000))
            start = last_end + gap
            if tags.get('a5') and p['interrupt']:
                cdur = T[i - 1][3]['endMs'] - T[i - 1][3]['startMs']
                start = last_end - max(1100, min(rng.randint(1300, 2400), cdur - 300))
            if tags.get('afterhold') and hold != 'none' and p['hold_events']:
                hold_pair = (last_end + 400, start - 300)
        else:
            start = last_end + (rng.randint(500, 1800) if voice else rng.randint(5000, 15000))
        if voice:
            d = dur(text, rate if spk == 'agent' else crate)
            end = start + d
        else:
            end = start
        turns.append({'speaker': spk, 'text': text, 'startMs': start, 'endMs': end, 'confidence': conf()})
        T[i].append(turns[-1])
        if voice and p['backch'] and tags.get('sideq'):
            bs = start + int(0.4 * (end - start))
            turns.append({'speaker': 'agent', 'text': rng.choice(BACKCH), 'startMs': bs, 'endMs': bs + 500, 'confidence': conf()})
        last_end = max(last_end, end)
    if hold_pair:
        events.append({'type': 'hold-start', 'atMs': hold_pair[0]})
        events.append({'type': 'hold-end', 'atMs': hold_pair[1]})
    turns.sort(key=lambda x: (x['startMs'], x['endMs']))
    endt = last_end + rng.randint(500, 1500)
    if p['transfer_event']:
        events.append({'type': 'transfer', 'atMs': turns[2]['startMs'] - 100})
    if voice:
        by = 'customer' if (T[-1][0] == 'customer' or rng.random() < 0.5) else 'agent'
        events.append({'type': 'hangup', 'atMs': endt, 'detail': {'by': by}})
    events.append({'type': 'ended', 'atMs': endt + 200})
    events.sort(key=lambda e: e['atMs'])
    inter = {'schemaVersion': 1, 'contactId': p['cid'], 'scenarioId': sc['id'], 'runId': RUN, 'channel': p['channel'],
             'startedAt': 1780000000000 + p['idx'] * 3600000, 'durationMs': endt + 200, 'events': events, 'turns': turns,
             'outcome': 'completed', 'transcriptSource': 'deepgram' if voice else 'chat-dom'}
    if p['no_duration']:
        del inter['durationMs']
    # --- labels from the plan (the validator re-derives them from the written contact)
    L = {}
    def put(c, v, r=None):
        L[c] = v
        if v == 'fail':
            why[c] = r
    put('greeting', 'pass' if p['greet'] else 'fail', '首句无问候语')
    put('agent-id', 'pass' if p['idpos'] in (1, 2) else 'fail', '前两轮未报工号/姓名' if p['idpos'] == 0 else '第三轮才报工号')
    put('closing', {'close': 'pass', 'noclose': 'fail', 'walkout': 'na'}[p['closing']], '最后两轮无结束语')
    put('forbidden-words', 'fail' if p['forbid'] != 'none' else 'pass', '坐席使用服务忌语')
    put('politeness', 'fail' if p['forbid'] == 'rude' else 'pass', '坐席言语粗鲁/训斥')
    put('verification', 'na' if p['verif'] == 'na' else ('pass' if p['verif'] == 'before' or (p['verif'] == 'late' and fmode == 'omit') else 'fail'),
        '披露后才核身' if p['verif'] == 'late' else '未核实身份')
    # hold / dead-air / latency from the silences the generator placed
    holds = []
    da = False
    latf = False
    # compute from planned gaps (kinds)
    thr_hold = 15000 if voice else 30000
    thr_da = 8000 if voice else 30000
    hold_announced = hold in ('ann_thx', 'ann_nothx')
    if hold != 'none':
        holds.append(hold == 'ann_thx')
        if hold == 'unann':
            da = True
            latf = True if True else False
    # unannounced hold: latency depends on the gap vs SLA -> taken from the turn times
    tl = {id(x): x for x in turns}
    agent_turns = [x for x in turns if x['speaker'] == 'agent' and x['text'] not in BACKCH]
    def gap_before(x):
        prevs = [y['endMs'] for y in turns if y['startMs'] < x['startMs'] and y is not x]
        return x['startMs'] - max(prevs) if prevs else None
    latf = False
    for i, (spk, text, tags, _x) in enumerate(T):
        if spk != 'agent' or i == 0:
            continue
        x = T[i][3]
        g = gap_before(x)
        announced = tags.get('afterhold') and hold_announced
        if g >= thr_da and not announced:
            da = True
        if g >= thr_hold and not announced:
            holds.append(False)
        if g > lat and not announced:
            latf = True
    if first_gap >= thr_da:
        da = True
    put('hold-etiquette', 'na' if not holds else ('pass' if all(holds) else 'fail'), '等待未告知或未致谢')
    put('dead-air', 'fail' if da else 'pass', '无告知静默过长')
    put('response-latency', 'fail' if latf else 'pass', '客户发言后回应超时')
    put('first-response', 'fail' if first_gap > fr else 'pass', '首次响应超时')
    put('interruption', 'na' if not voice else ('fail' if p['interrupt'] else 'pass'), '坐席抢话')
    put('speech-rate', 'na' if not voice else ('pass' if p['rate'] == 'ok' else 'fail'), '语速过快' if p['rate'] == 'fast' else '语速过慢')
    comp = p['complaint1'] or p['escalate']
    emp_ok = (not p['complaint1'] or p['emp1']) and (not p['escalate'] or p['emp2'])
    put('empathy', 'na' if not comp and not req['empathy'] else ('pass' if emp_ok else 'fail'), '客户抱怨后未致歉/共情')
    put('resolution', 'fail' if (p['nonanswer'] or fmode == 'omit') else 'pass', '问题未作答' if p['nonanswer'] else '事实未答复')
    put('fact-accuracy', 'pass' if fmode in ('correct', 'variant', 'wrong_then_correct') else 'fail', '事实错误或未说明')
    put('no-misinformation', 'fail' if fmode in ('wrong', 'wrong_then_correct', 'correct_then_wrong') else 'pass', '说出错误信息')
    put('record-reference', 'na' if p['ref'] is None else ('pass' if p['ref'] else 'fail'), '未提供工单号')
    put('survey-offered', 'na' if p['survey'] is None else ('pass' if p['survey'] else 'fail'), '未邀请评价')
    put('required-info', 'pass' if p['info'] else 'fail', '未询问必需信息')
    lab = {'contactId': p['cid'], 'domain': MATS[p['domain']]['domain'], 'labels': {c: L[c] for c in CHECKS}, 'why': why}
    return inter, lab


def specials():
    out = []
    base = 1780000000000 + 200 * 3600000
    def lab(cid, dom, kind):
        return {'contactId': cid, 'domain': dom, 'labels': {c: 'na' for c in CHECKS}, 'why': {}, 'special': kind}
    sc = lambda d, i: MATS[d]['scen'][i]['id']
    S = [
        ('h11c-x01', 'food_drug', 0, 'voice', 'no-answer', [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ringing', 'atMs': 1200}, {'type': 'ended', 'atMs': 61200}], [], 'no-answer', None),
        ('h11c-x02', 'esports', 1, 'voice', 'busy', [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ended', 'atMs': 2100}], [], 'busy', None),
        ('h11c-x03', 'rv_camp', 1, 'voice', 'ivr-abandon', [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ringing', 'atMs': 1200}, {'type': 'answered', 'atMs': 6100}, {'type': 'dtmf', 'atMs': 16800, 'detail': {'digits': '0'}}, {'type': 'queued', 'atMs': 17200}, {'type': 'hangup', 'atMs': 197200, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 197400}],
         [{'speaker': 'ivr', 'text': '您好 欢迎致电青岚营地 人工服务请按零', 'startMs': 6400, 'endMs': 11200, 'confidence': 0.88}, {'speaker': 'ivr', 'text': '坐席忙 请稍候', 'startMs': 17500, 'endMs': 19200, 'confidence': 0.9}], 'abandoned', None),
        ('h11c-x04', 'phone_acc', 2, 'webchat', 'chat-queue-abandon', [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1400}, {'type': 'queued', 'atMs': 2500}, {'type': 'ended', 'atMs': 245000}],
         [{'speaker': 'system', 'text': '当前排队人数较多，您前面还有6位。', 'startMs': 2600, 'endMs': 2600, 'confidence': 1.0}, {'speaker': 'customer', 'text': '还要等多久啊', 'startMs': 120000, 'endMs': 120000, 'confidence': 1.0}], 'abandoned', None),
        ('h11c-x05', 'pottery', 1, 'webchat', 'bot-only', [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1300}, {'type': 'ended', 'atMs': 180000}],
         [{'speaker': 'bot', 'text': '您好，我是泥与火智能助手小陶，请问想了解什么？', 'startMs': 2000, 'endMs': 2000, 'confidence': 1.0},
          {'speaker': 'customer', 'text': '转人工', 'startMs': 9000, 'endMs': 9000, 'confidence': 1.0},
          {'speaker': 'bot', 'text': '正在为您转接人工客服，请稍候。', 'startMs': 9800, 'endMs': 9800, 'confidence': 1.0},
          {'speaker': 'customer', 'text': '人呢？我要跟真人说', 'startMs': 95000, 'endMs': 95000, 'confidence': 1.0},
          {'speaker': 'bot', 'text': '人工客服暂时繁忙，您可以留言。', 'startMs': 96000, 'endMs': 96000, 'confidence': 1.0}], 'abandoned', None),
        ('h11c-x06', 'courier', 0, 'voice', 'harness-failure', [{'type': 'started', 'atMs': 0}, {'type': 'ended', 'atMs': 30000}], [], 'failed', 'E_SELECTOR_TIMEOUT'),
        ('h11c-x07', 'courier', 2, 'webchat', 'harness-failure', [{'type': 'started', 'atMs': 0}, {'type': 'ended', 'atMs': 4100}], [], 'failed', 'E_BROWSER_CRASHED'),
    ]
    for n, (cid, dom, si, ch, kind, ev, turns, outcome, err) in enumerate(S):
        it = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sc(dom, si), 'runId': RUN, 'channel': ch,
              'startedAt': base + n * 3600000, 'durationMs': ev[-1]['atMs'], 'events': ev, 'turns': turns,
              'outcome': outcome, 'transcriptSource': 'deepgram' if ch == 'voice' else 'chat-dom'}
        if err:
            it['failedBy'] = 'harness'
            it['errorCode'] = err
        out.append((it, lab(cid, MATS[dom]['domain'], kind)))
    return out


def main():
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for d in DOMAINS:
        for sc in MATS[d]['scen']:
            write_scenario(d, sc)
    plan = make_plan(MATS)
    rows = [build(p) for p in plan] + specials()
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fc, open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fl:
        for it, lab in rows:
            fc.write(json.dumps(it, ensure_ascii=False) + '\n')
            fl.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print(f'wrote {len(rows)} contacts')


if __name__ == '__main__':
    main()
