"""Generator: plan + material -> scenarios/*.yaml, contacts.jsonl, labels.jsonl (byte-identical each run)."""
import json, os, random, importlib, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import asr, spoken_chars, for_scen
import mat_common as K
from plan import make_plan, DOMAINS

OUT = os.path.dirname(HERE)
SET = 'independent-dev16b'
RUN = 'dev16b'
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
MATS = {d: importlib.import_module('mat_' + d).M for d in DOMAINS}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenarios():
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for d in DOMAINS:
        M = MATS[d]
        for S in M['scen']:
            y = [f"id: {S['id']}", f"title: {q(S['title'])}",
                 f"description: {q('独立语料 ' + SET + '，领域 ' + d + '，机构 ' + M['org'])}",
                 'channel: [voice, webchat]', f"target: {{ phone: {q(M['phone'])} }}",
                 f"persona: {{ name: {q(S['name'])} }}", 'locale: zh-CN', 'steps:',
                 f"  - say: {q(S['open'][0])}", f"  - wait: {{ pattern: {q('您好|你好|请讲')}, timeoutMs: 60000 }}",
                 f"  - say: {q(S['facts'][0]['q'][0])}", '  - end: true', 'facts:']
            for f in S['facts']:
                y.append(f"  - {{ key: {f['key']}, label: {q(f['label'])}, expected: {q(f['expected'])}, "
                         f"variants: {q(f['variants'])}, wrong: {q(f['wrong'])}, cues: {q(f['cues'])} }}")
            i = S['info']
            y.append('requiredInfo:')
            y.append(f"  - {{ key: {i['key']}, label: {q(i['label'])}, patterns: [{q(i['pattern'])}] }}")
            r = S['requires']
            y.append('requires: { ' + ', '.join(f"{k}: {'true' if r[k] else 'false'}" for k in
                                               ('verification', 'reference', 'empathy', 'survey')) + ' }')
            s = S['sla']
            y.append(f"sla: {{ firstResponseMs: {s['firstResponseMs']}, responseLatencyMs: {s['responseLatencyMs']}, "
                     f"handleTimeMs: {s['handleTimeMs']} }}")
            y.append(f'tags: [{SET}, {d}]')
            with open(os.path.join(OUT, 'scenarios', S['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write('\n'.join(y) + '\n')


def build(c):
    M0, d = MATS[c['domain']], c['d']
    S = M0['scen'][c['s']]
    M = {k: (for_scen(v, c['s']) if isinstance(v, list) and k != 'scen' else v) for k, v in M0.items()}
    rng = random.Random(d['r'])
    P = rng.choice
    voice = c['ch'] == 'voice'
    sla = S['sla']
    beats = []  # dict(sp, text, gap, **flags)

    def A(text, gap=None, **kw):
        beats.append(dict(sp='agent', text=text, gap=gap, **kw))

    def C(text, gap=None, **kw):
        beats.append(dict(sp='customer', text=text, gap=gap, **kw))

    why = {}
    # --- agent ids
    idv = d.get('id')
    idpos = 0 if idv in ('none',) else (3 if idv == 'third' else rng.choice([1, 1, 2]))
    idline = P(M['role']) if idv == 'role' else P(M['ids'])
    if idv == 'role':
        idpos = rng.choice([1, 2])

    def with_id(n, text):
        return text.replace('{ID}', idline if idpos == n else '')

    # 1 opener
    opener = P(M['badopen']) if d.get('greet') else P(M['greet'])
    A(with_id(1, opener + '{ID}' + P(K.ASKOPEN)), gap='first')
    c1 = P(S['open']) + (P(K.CUST_APOLOGY) if d['apology'] else '')
    if d.get('info'):
        c1 += P(S['info']['give'])
    C(c1)
    if d.get('backch') and not d.get('interrupt'):
        beats[-1]['backch'] = True
    # 2 info ask
    if d.get('info'):
        a2 = '{ID}好的，情况我记下了。'
        A(with_id(2, a2), interrupt=bool(d.get('interrupt')))
        C(P(K.CUST_OK))
    else:
        a2 = '{ID}' + P(S['info']['asks'])
        A(with_id(2, a2), interrupt=bool(d.get('interrupt')))
        C(P(S['info']['give']), pause=bool(d['pause']) and a2.endswith('？'))
    def vreply(va):
        num = lambda n: ''.join(rng.choice('0123456789') for _ in range(n))
        if '验证码' in va:
            return P(['验证码是', '收到了，是', '我看下，']) + num(4) + '。'
        if '身份证' in va:
            return P(['是', '身份证后面是', '我记得是']) + (num(6) if '六' in va else num(4)) + '。'
        if '邮箱' in va:
            return P(['是lzq开头的。', '邮箱前面是mjx。'])
        if '取车码' in va:
            return '取车码是' + num(4) + '。'
        if '昵称' in va:
            return P(['昵称叫“晚风”，尾号', '昵称是“小鹿”，手机尾号']) + num(4) + '。'
        if '城市' in va:
            return S['name'][0] + P(['明，杭州。', '磊，寄到南京的。'])
        if '尾' in va or '后四位' in va or '最后四位' in va:
            return S['vgive'][0]
        return S['vgive'][0].split('，')[0] + '。'
    vreq = S['requires']['verification']
    vdef = d.get('verify')
    vok_prefix = ''
    if vreq and vdef is None:
        va = P(M['verify'])
        A(va)
        C(vreply(va))
        vok_prefix = P(K.VERIFY_OK)
    look = P(M['lookalike']) if d['look'] else ''
    hold = d.get('hold')
    if hold:
        if hold == 'unann':
            A(P(['好的。', '收到。', '嗯，明白了。']))
        else:
            A(vok_prefix + P(M['hold_ann']))
            vok_prefix = ''
            C(P(K.CUST_OK))
        thx = P(M['hold_thx']) if hold == 'ok' else ''
        A(thx + vok_prefix + P(S['disclose']), hold=True)
    else:
        A(vok_prefix + look + P(S['disclose']))
        look = ''
    if vreq and vdef == 'late':
        C(P(K.CUST_TAKE))
        va = P(M['verify'])
        A('对了，还得跟您核对一下，' + va)
        C(vreply(va))
        A(P(K.VERIFY_OK))
    if d.get('complain'):
        C(P(M['complaint']))
        if d.get('empathy') == 'none':
            A(P(M['proc']))
        else:
            A(P(M['empathy']) + look + P(M['proc']))
            look = ''
    # facts
    fd, fj = d.get('fact'), rng.randrange(2)
    cj = 1 - fj if d.get('fact') == 'missing' else rng.randrange(2)
    for j, f in enumerate(S['facts']):
        C(P(f['q']))
        tpl = P(f['a'])
        if fd == 'wrong' and j == fj:
            ans = tpl.replace('{v}', P(f['wrong']))
        elif fd == 'missing' and j == fj:
            ans = P(M['nonans'])
        elif d.get('corrected') and j == cj:
            ans = tpl.replace('{v}', P(f['wrong'])) + P(['哦不对，我看错了，', '啊抱歉，说错了，更正一下，', '等一下，我纠正一下，']) + P(f['a']).replace('{v}', P([f['expected']] + f['variants']))
        else:
            ans = tpl.replace('{v}', P([f['expected']] + f['variants']))
        if j == 1 and d.get('rude'):
            ans = P(M['rude']) + ans
        if j == 0 and look:
            ans = look + ans
            look = ''
        A(ans, latency=(j == 0 and bool(d.get('latency'))), dead=(j == 1 and bool(d.get('dead'))))
    sq = list(M['sideq'])
    rng.shuffle(sq)
    if d.get('mild'):
        m = P(M['mild'])
        C(m[0]); A(m[1]); C(P(K.PRESS)); A(m[2])
    if d.get('nonans'):
        C(sq[0][0]); A(P(M['nonans'])); C(P(K.CUST_MOVEON)); A(P(['好的。', '嗯，好的。', '行，那我们接着看。']))
    if d['madegood']:
        C(sq[1][0]); A(P(M['nonans'])); C(P(K.PRESS)); A(sq[1][1])
    elif rng.random() < 0.5:
        C(sq[2][0]); A(sq[2][1])
    if d['shrug']:
        s = P(M['shrug'])
        C(s[0]); A(s[1])
    if d.get('empathy') == 'escal' or d.get('escal_ok'):
        C(P(M['escal']))
        A((P(M['empathy']) if d.get('escal_ok') else '') + P(M['proc']))
    tail = ''
    if S['requires']['reference'] and not d.get('ref'):
        code = M['refpre'] + ''.join(rng.choice('0123456789') for _ in range(rng.choice([6, 7, 8])))
        tail += P(M['ref']).replace('{ref}', code)
    if S['requires']['survey'] and not d.get('survey'):
        tail += P(M['survey'])
    if d.get('walk'):
        if tail:
            A(tail)
        C(P(K.WALK))
        hang = 'customer'
    elif d.get('close') == 'noend':
        A(tail + P(['后续有进展会短信通知您。', '您留意一下后续的电话。', '有结果会第一时间告知您。']))
        C(P(K.CUST_TAKE))
        hang = 'agent'
    else:
        A(tail + P(M['wrap']))
        C(P(K.CUST_NOMORE))
        if d.get('close') == 'bare':
            A(P(K.CLOSE_BAD))
            hang = 'agent'
        else:
            A(P(M['close']))
            hang = d['hangup']
            if rng.random() < 0.5:
                C(P(K.CUST_BYE))
    # third agent turn id
    if idpos == 3:
        n = 0
        for b in beats:
            if b['sp'] == 'agent':
                n += 1
                if n == 3:
                    b['text'] = '对了，忘了跟您说，' + idline + b['text']
                    break
    # ---------- timing
    events, turns = [{'type': 'started', 'atMs': 0}], []
    conf = lambda: round(rng.uniform(0.6, 0.93) if d['asr'] else rng.uniform(0.9, 0.99), 2) if voice else 1.0
    if voice:
        t = 300; events.append({'type': 'dialed', 'atMs': t})
        t += rng.randint(600, 1500); events.append({'type': 'ringing', 'atMs': t})
        t += rng.randint(3000, 9000); events.append({'type': 'answered', 'atMs': t})
        if d['ivr']:
            ivr = asr(M['ivr'], rng) if d['asr'] else M['ivr']
            st = t + 400; en = st + int(spoken_chars(ivr) / 260 * 60000)
            turns.append(dict(speaker='ivr', text=ivr, startMs=st, endMs=en, confidence=conf()))
            t = en + rng.randint(1500, 3000); events.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '0'}})
            t += 500; events.append({'type': 'queued', 'atMs': t})
            t += rng.randint(8000, 40000)
        else:
            t += 300
        events.append({'type': 'agent-joined', 'atMs': t})
    else:
        t = rng.randint(1200, 2500); events.append({'type': 'page-loaded', 'atMs': t})
        if d['ivr']:
            t += 1500
            turns.append(dict(speaker='system', text='正在为您接入人工客服，请稍候。', startMs=t, endMs=t))
            events.append({'type': 'queued', 'atMs': t})
            t += rng.randint(10000, 60000)
        else:
            t += 2000
        events.append({'type': 'agent-joined', 'atMs': t})
    joined = t
    rate = {'slow': rng.uniform(85, 100), 'fast': rng.uniform(340, 380)}.get(d.get('rate'), rng.uniform(190, 255))
    crate = rng.uniform(220, 280)
    end = t
    last_c = None
    for i, b in enumerate(beats):
        text = asr(b['text'], rng) if d['asr'] else b['text']
        ag = b['sp'] == 'agent'
        if b['gap'] == 'first':
            if d.get('first'):
                g = rng.randint(6500, 7500) if voice else rng.randint(sla['firstResponseMs'] + 2000, min(sla['firstResponseMs'] + 6000, 28000))
            else:
                g = rng.randint(800, 3000) if voice else rng.randint(2000, min(5000, sla['firstResponseMs'] - 1000))
            start = joined + g
        elif b.get('hold'):
            if voice:
                hs = end + rng.randint(200, 500)
                hl = rng.randint(16500, 25000) if d['hold'] == 'unann' else rng.randint(18000, 40000)
                events.append({'type': 'hold-start', 'atMs': hs})
                events.append({'type': 'hold-end', 'atMs': hs + hl})
                start = hs + hl + rng.randint(300, 700)
            else:
                start = end + (rng.randint(35000, 60000) if d['hold'] == 'unann' else rng.randint(35000, 80000))
        elif ag and b.get('interrupt'):
            start = end - rng.randint(1300, 2400)
        elif ag and b.get('latency'):
            total = sla['responseLatencyMs'] + rng.randint(1500, 4000)
            cap = 7000 if voice else 24000
            k = -(-total // cap)
            t0 = end
            cur = end
            for j in range(k - 1):
                nt = asr(P(K.NUDGE_V), rng) if (voice and d['asr']) else P(K.NUDGE_V if voice else K.NUDGE_C)
                st = cur + rng.randint(5000, 6500) if voice else cur + rng.randint(14000, 20000)
                en = st + (int(spoken_chars(nt) / crate * 60000) + 300 if voice else 0)
                turns.append(dict(speaker='customer', text=nt, startMs=st, endMs=en, confidence=conf()))
                cur = en
            start = max(t0 + total, cur + 2000)
        elif ag and b.get('dead'):
            start = end + rng.randint(8600, 11000)
        elif ag:
            start = end + (rng.randint(500, 2200) if voice else rng.randint(3000, min(9000, sla['responseLatencyMs'] - 3000)))
        else:
            if b.get('pause'):
                start = end + (rng.randint(9000, 12000) if voice else rng.randint(35000, 50000))
            else:
                start = end + (rng.randint(300, 1500) if voice else rng.randint(4000, 15000))
        dur = int(spoken_chars(text) / (rate if ag else crate) * 60000) + (0 if voice else 0)
        en = start + dur if voice else start
        turns.append(dict(speaker=b['sp'], text=text, startMs=start, endMs=en, confidence=conf()))
        end = max(end, en)
        if voice and b.get('backch'):
            bst = start + max(400, dur // 2)
            turns.append(dict(speaker='agent', text=P(['嗯嗯', '嗯', '对', '好的']), startMs=bst, endMs=bst + 450, confidence=conf()))
    if d.get('transfer'):
        events.append({'type': 'transfer', 'atMs': turns[len(turns) // 2]['startMs'] - 10})
    t = end + rng.randint(400, 1500)
    events.append({'type': 'hangup', 'atMs': t, 'detail': {'by': 'customer' if d.get('walk') else hang}})
    t += 200
    events.append({'type': 'ended', 'atMs': t})
    events.sort(key=lambda e: e['atMs'])
    turns.sort(key=lambda x: x['startMs'])
    for x in turns:
        if not voice:
            x.pop('confidence', None)
    inter = {'schemaVersion': 1, 'contactId': c['id'], 'scenarioId': S['id'], 'runId': RUN, 'channel': c['ch'],
             'startedAt': 1785300000000 + c['k'] * 2700000 + rng.randint(0, 600000)}
    if not d.get('nodur'):
        inter['durationMs'] = t
    inter.update({'events': events, 'turns': turns, 'outcome': 'completed',
                  'transcriptSource': 'deepgram' if voice else 'chat-dom'})
    # ---------- intended labels
    L, R = {}, S['requires']

    def lab(k, fail, na=False, reason=''):
        L[k] = 'na' if na else ('fail' if fail else 'pass')
        if L[k] == 'fail':
            why[k] = reason
    lab('greeting', d.get('greet'), reason='坐席首句无问候语')
    lab('agent-id', idv, reason={'none': '未报工号/姓名', 'role': '只说了角色', 'third': '第三轮才报工号'}.get(idv, ''))
    lab('closing', d.get('close'), na=bool(d.get('walk')), reason='最后两句无结束语')
    lab('forbidden-words', d.get('rude') or d.get('mild'), reason='服务忌语')
    lab('verification', vdef, na=not R['verification'], reason={'none': '未核验身份', 'late': '先披露后核验'}.get(vdef, ''))
    lab('hold-etiquette', hold in ('nothanks', 'unann'), na=not hold, reason={'nothanks': '等待后未致谢', 'unann': '未告知即静音等待'}.get(hold, ''))
    lab('politeness', d.get('rude'), reason='粗鲁/讽刺语句')
    lab('interruption', d.get('interrupt'), na=not voice, reason='抢话超过1秒')
    lab('dead-air', d.get('dead') or hold == 'unann', reason='未告知的长时间静默')
    lab('speech-rate', d.get('rate'), na=not voice, reason='语速' + ('过慢' if d.get('rate') == 'slow' else '过快'))
    lab('empathy', d.get('empathy'), na=not d.get('complain') and not R['empathy'], reason='客户抱怨后未致歉/共情')
    lab('resolution', d.get('fact') == 'missing' or d.get('nonans'), reason='有问题未得到答复')
    lab('first-response', d.get('first'), reason='首次响应超时')
    lab('response-latency', d.get('latency'), reason='回复超时')
    lab('fact-accuracy', d.get('fact'), reason='事实答错或未答')
    lab('no-misinformation', d.get('fact') == 'wrong' or d.get('corrected'), reason='说出已知错误值')
    lab('record-reference', d.get('ref'), na=not R['reference'], reason='未提供工单号')
    lab('survey-offered', d.get('survey'), na=not R['survey'], reason='未邀请评价')
    lab('required-info', d.get('info'), reason='未询问必要信息')
    return inter, {'contactId': c['id'], 'domain': c['domain'], 'labels': {k: L[k] for k in CHECKS}, 'why': why}


def specials():
    base = 1785900000000
    out = []
    def mk(n, sid, ch, outcome, events, turns, special, extra=None):
        x = {'schemaVersion': 1, 'contactId': f'h9b-x{n:02d}', 'scenarioId': sid, 'runId': RUN, 'channel': ch,
             'startedAt': base + n * 1000000, 'durationMs': events[-1]['atMs'], 'events': events, 'turns': turns,
             'outcome': outcome, 'transcriptSource': 'deepgram' if ch == 'voice' else 'chat-dom'}
        if extra:
            x.update(extra)
        out.append((x, {'contactId': x['contactId'], 'domain': sid.split('-')[1], 'special': special,
                        'labels': {k: 'na' for k in CHECKS}, 'why': {}}))
    E = lambda *a: [{'type': t, 'atMs': m} for t, m in a]
    mk(1, 'h9b-bike-repair', 'voice', 'no-answer', E(('started', 0), ('dialed', 300), ('ringing', 1100), ('ended', 61100)), [], 'no-answer')
    mk(2, 'h9b-photo-order', 'voice', 'busy', E(('started', 0), ('dialed', 300), ('ended', 2400)), [], 'busy')
    iv = MATS['spring']['ivr']
    mk(3, 'h9b-spring-booking', 'voice', 'abandoned',
       E(('started', 0), ('dialed', 300), ('ringing', 1000), ('answered', 5200)) + [{'type': 'dtmf', 'atMs': 19000, 'detail': {'digits': '0'}}] +
       E(('queued', 19500)) + [{'type': 'hangup', 'atMs': 142000, 'detail': {'by': 'customer'}}] + E(('ended', 142200)),
       [dict(speaker='ivr', text=iv, startMs=5600, endMs=17000, confidence=0.95),
        dict(speaker='ivr', text='坐席正忙，请您耐心等待。', startMs=60000, endMs=63000, confidence=0.94)], 'ivr-abandon')
    mk(4, 'h9b-drone-repair', 'webchat', 'abandoned', E(('started', 0), ('page-loaded', 1800), ('queued', 3500), ('ended', 185000)),
       [dict(speaker='system', text='当前排队人数较多，您前面还有6位。', startMs=3500, endMs=3500),
        dict(speaker='customer', text='排了好久了，我还是晚点再来吧', startMs=170000, endMs=170000)], 'chat-queue-abandon')
    mk(5, 'h9b-ereader-fault', 'webchat', 'completed', E(('started', 0), ('page-loaded', 1500), ('ended', 240000)),
       [dict(speaker='bot', text='您好，我是智能助手小墨，请描述您的问题。', startMs=2000, endMs=2000),
        dict(speaker='customer', text='阅读器屏幕有残影，转人工', startMs=15000, endMs=15000),
        dict(speaker='bot', text='您可以尝试在设置中开启全刷模式。还有其他问题吗？', startMs=16000, endMs=16000),
        dict(speaker='customer', text='我要人工客服', startMs=40000, endMs=40000),
        dict(speaker='bot', text='抱歉，没有理解您的问题，请换个说法试试。', startMs=41000, endMs=41000),
        dict(speaker='customer', text='人工！', startMs=90000, endMs=90000)], 'bot-only')
    mk(6, 'h9b-safety-report', 'webchat', 'failed', E(('started', 0), ('ended', 30000)), [], 'harness-failure',
       {'failedBy': 'harness', 'errorCode': 'E_SELECTOR_TIMEOUT'})
    mk(7, 'h9b-spring-package', 'voice', 'failed', E(('started', 0), ('ended', 4100)), [], 'harness-failure',
       {'failedBy': 'harness', 'errorCode': 'E_BROWSER_CRASHED'})
    return out


def main():
    write_scenarios()
    rows = [build(c) for c in make_plan()] + specials()
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as f:
        for x, _ in rows:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for _, l in rows:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
