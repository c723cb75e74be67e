"""Generate scenarios/, contacts.jsonl and labels.jsonl from the material and the seeded plan. Byte-identical each run."""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (ADONE, BC, CACK, CBYE, CFILL, CFINAL, CNO, CNO_LAST, DOMAINS, HOMO, NUDGE, RUN, SET,  # noqa: E402
                    spoken_chars)
from plan import make_plan  # noqa: E402

OUT = os.path.dirname(HERE)
MAT = {d: importlib.import_module(f'mat_{d}').D for d in DOMAINS}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
CHAT_SKIP = ['挂', '电话', '语音', '按一', '接听', '听得到', '喂']
VOICE_SKIP = ['点击', '链接', '页面', '弹窗', '打字']
ZH = {'0': '零', '1': '一', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(M, k, S):
    from plan import REQ
    req = REQ[k]
    f = S['fact']
    out = [f"id: {S['id']}", f"title: {yq(S['title'])}",
           f"description: {yq('独立语料 ' + SET + '，领域 ' + M['domain'] + '，机构 ' + M['org'])}",
           'channel: [voice, webchat]', f"target: {{ phone: {yq(M['phone'])} }}", f"persona: {{ name: {yq(S['persona'])} }}",
           'locale: zh-CN', 'steps:', f"  - say: {yq(S['problem'][0])}", f"  - wait: {{ pattern: {yq('您好|你好|请讲')}, timeoutMs: 60000 }}",
           f"  - say: {yq(S['ask'][0])}", '  - end: true', 'facts:',
           f"  - {{ key: {f['key']}, label: {yq(f['label'])}, expected: {yq(f['expected'])}, variants: {yq(f['variants'])}, "
           f"wrong: {yq(f['wrong'])}, cues: {yq(f['cues'])} }}",
           'requiredInfo:',
           f"  - {{ key: {S['info']['key']}, label: {yq(S['info']['label'])}, patterns: [{yq(S['info']['pattern'])}] }}",
           'requires: { ' + ', '.join(f"{a}: {'true' if req[a] else 'false'}" for a in ('verification', 'reference', 'empathy', 'survey')) + ' }',
           f"sla: {{ firstResponseMs: {S['sla']['firstResponseMs']}, responseLatencyMs: {S['sla']['responseLatencyMs']}, handleTimeMs: 900000 }}",
           f"tags: [{SET}, {M['key']}]"]
    return '\n'.join(out) + '\n'


class Conv:
    def __init__(self, rng, voice):
        self.rng, self.voice, self.beats = rng, voice, []

    def pick(self, lines):
        skip = VOICE_SKIP if self.voice else CHAT_SKIP
        ok = [x for x in lines if not any(w in x for w in skip)]
        return self.rng.choice(ok or lines)

    def add(self, sp, text, gap=None, **kw):
        if text.endswith('，'):
            text = text[:-1] + '。'
        self.beats.append(dict(sp=sp, text=text, gap=gap, **kw))


def make_ref(rng, d):
    return d.upper() + ''.join(rng.choice('0123456789') for _ in range(8))


def asr(text, rng):
    out = []
    for k, ch in enumerate(text):
        if ch.isdigit():
            out.append('幺' if ch == '1' and rng.random() < 0.5 else ZH[ch])
        elif ch.isascii() and ch.isalpha():
            out.append(' ' + ch.upper() + ' ')
        elif ch in '，。？！、：；':
            out.append(rng.choice([' ', ' ', '']))
            if rng.random() < 0.22 and k < len(text) - 1:
                out.append(rng.choice(['呃', '嗯', '那个', '就是']) + ' ')
        else:
            out.append(ch)
    t = ''.join(out)
    if rng.random() < 0.15:
        t = rng.choice(['呃 ', '嗯 ', '那个 ']) + t
    for good, bad in HOMO:
        if good in t and rng.random() < 0.6:
            t = t.replace(good, bad)
    return re.sub(r' +', ' ', t).strip()


def build(p, M, rng):
    S = M['scen'][p['s']]
    f = S['fact']
    v = p['voice']
    c = Conv(rng, v)
    pk = c.pick
    oqs = [qa for qa, ok in zip(M['oq'], M['oq_s']) if str(p['s']) in ok]
    rng.shuffle(oqs)
    ref = make_ref(rng, p['d'])
    why = {}
    # A1
    a1 = pk(M['greet']) if p['greet'] == 'ok' else pk(M['nogreet'])
    if p['id'] == 'ok' and p['idpos'] == 1:
        a1 += pk(M['id'])
    if p['id'] == 'noid':
        a1 += pk(M['noid'])
    a1 += pk(M['openq'])
    c.add('agent', a1, 'first')
    # C1
    c1 = pk(S['problem'])
    if p['complain']:
        c1 += pk(S['complain'])
    if p['csorry']:
        c1 += pk(M['csorry'])
    if p['info'] == 'volunteered':
        c1 += pk(S['info_give'])
    c.add('customer', c1, bc=p['bc'])
    # A2
    a2 = ''
    if p['complain']:
        if p['emp1'] == 'ok':
            a2 += pk(M['emp'])
        elif rng.random() < 0.6:
            a2 += pk(M['noemp'])
    if p['id'] == 'ok' and p['idpos'] == 2:
        a2 += pk(M['id'])
    asked = False
    if p['info'] == 'ok':
        a2 += pk(S['info_ask'])
        asked = True
    vask = p['req']['verification'] and p['verify'] == 'ok'
    if vask:
        a2 += pk(M['verify_ask'])
    if not asked and not vask:
        a2 += pk(M['agent_ack'])
    c.add('agent', a2)
    # C2
    c2 = ''
    if asked:
        c2 += pk(S['info_give'])
    if vask:
        c2 += pk(M['verify_give'])
    if not c2:
        c2 = pk(CFILL)
    elif p['interrupt'] and len(c2) < 16:
        c2 += pk(CFILL)
    c.add('customer', c2, pause=p['cpause'])
    # A3
    a3 = pk(M['interject']) if p['interrupt'] else ''
    if p['id'] == 'late':
        a3 += pk(M['id'])
    if vask and rng.random() < 0.6:
        a3 += pk(M['verify_ok'])
    a3 += pk(S['disclose'])
    if p['req']['verification'] and p['verify'] == 'late':
        a3 += pk(M['verify_late'])
    if p['req']['reference'] and p['ref'] == 'ok':
        a3 += pk(M['ref']).format(ref=ref)
    if p['notref']:
        a3 += pk(M['notref'])
    if p['look'] and rng.random() < 0.5:
        a3 += pk(M['look'])
        p = dict(p, look=False)
    c.add('agent', a3, interrupt=p['interrupt'])
    # C3: the main question
    if p['fa'] != 'never':
        c3 = pk(S['ask'])
        if p['misbelief']:
            c3 += pk(S['misbelief'])
    else:
        q0, a0 = oqs.pop()
        c3 = q0
    c.add('customer', c3)
    if p['burst']:
        c.add('customer', pk(NUDGE), burst=True)
    # answer block
    pre = (pk(M['rude']) if p['rude'] else '') + (pk(M['fj']) if p['fj'] else '')
    if p['fa'] == 'never':
        ans = a0
    elif p['fa'] == 'ok':
        ans = pk(S['fact_t']).format(v=rng.choice([f['expected']] + f['variants']))
    elif p['fa'] == 'wrong':
        ans = pk(S['fact_t']).format(v=rng.choice(f['wrong']))
    elif p['fa'] == 'corrected':
        t1, t2 = rng.sample(S['fact_t'], 2)
        ans = t1.format(v=rng.choice(f['wrong'])) + pk(M['correct']) + t2.format(v=f['expected'])
    else:  # nonans on the fact question
        ans = pk(M['nonans'])
    if p['look']:
        ans += pk(M['look'])
    latency_tag = 'lat' if p['latency'] else ('dead' if p['deadair'] else None)
    if p['hold'] in ('ok', 'nothx'):
        c.add('agent', pk(M['hold_ann']), latency_tag)
        if rng.random() < 0.5:
            c.add('customer', pk(CACK))
        c.add('agent', (pk(M['hold_thx']) if p['hold'] == 'ok' else '') + pre + ans, 'hold')
    elif p['hold'] == 'unann':
        c.add('agent', pk(M['agent_ack']), latency_tag)
        c.add('agent', pre + ans, 'unann')
    else:
        c.add('agent', pre + ans, latency_tag)
    # C4: escalation and/or the other question
    if p['esc'] or p['oq']:
        c4 = (pk(M['escalate']) if p['esc'] else '')
        q1, a1x = oqs.pop()
        if p['oq']:
            c4 += q1
        c.add('customer', c4)
        a6 = pk(M['emp']) if p['esc'] and p['emp2'] == 'ok' else ''
        if not p['oq']:
            a6 += pk(M['proc'])
        elif p['res'] in ('ok',):
            a6 += a1x
        elif p['res'] == 'clean' or p['res'] == 'madegood':
            a6 += pk(M['nonans'])
        elif p['res'] == 'fjna':
            a6 += pk(M['fjna'])
        c.add('agent', a6)
        if p['oq'] and p['res'] == 'madegood':
            c.add('customer', pk(M['press']))
            c.add('agent', a1x)
    # walk-out, side question, ending
    if p['close'] == 'walkout':
        c.add('customer', pk(M['walkout']), last=True)
        return c, ref, 'customer'
    if p['sideq']:
        c.add('customer', pk(M['sideq']))
        c.add('agent', pk(M['shrug']))
    sv = pk(M['survey']) if p['req']['survey'] and p['survey'] == 'ok' else ''
    if p['close'] == 'ok':
        c.add('agent', sv + pk(M['wrap']))
        c.add('customer', pk(CNO))
        c.add('agent', pk(M['close']))
        if rng.random() < 0.5:
            c.add('customer', pk(CBYE), last=True)
        return c, ref, rng.choice(['agent', 'customer'])
    if p['close'] == 'wrap':
        c.add('agent', sv + pk(M['wrap']))
        c.add('customer', pk(CNO_LAST), last=True)
        return c, ref, 'customer'
    if p['close'] == 'agentend':
        c.add('agent', sv + pk(M['agent_end']))
        return c, ref, 'agent'
    # bare
    c.add('agent', sv + pk(M['wrap']))
    c.add('customer', pk(CNO))
    c.add('agent', pk(ADONE))
    c.add('customer', pk(CFINAL), last=True)
    return c, ref, 'customer'


def timeline(p, M, c, rng, who_hangs):
    S = M['scen'][p['s']]
    sla = S['sla']
    v = p['voice']
    ev = [dict(type='started', atMs=0)]
    turns = []
    conf = (lambda: round(rng.uniform(0.6, 0.93), 2)) if p['asr'] else (lambda: round(rng.uniform(0.9, 0.99), 2))
    if v:
        rate_a = {'ok': rng.uniform(170, 260), 'fast': rng.uniform(345, 400), 'slow': rng.uniform(85, 104)}[p['rate']]
        rate_c = rng.uniform(190, 270)
        ev += [dict(type='dialed', atMs=300), dict(type='ringing', atMs=1100)]
        t = rng.randint(5000, 9000)
        ev.append(dict(type='answered', atMs=t))
        if p['ivr']:
            txt = rng.choice(M['ivr'])
            txt = asr(txt, rng) if p['asr'] else txt
            d = int(spoken_chars(txt) / 240 * 60000)
            turns.append(dict(speaker='ivr', text=txt, startMs=t + 300, endMs=t + 300 + d, confidence=conf()))
            t = t + 300 + d + rng.randint(800, 2500)
            ev.append(dict(type='dtmf', atMs=t, detail=dict(digits='0')))
            t += 500
            ev.append(dict(type='queued', atMs=t))
            t += rng.randint(4000, 25000)
        else:
            t += rng.randint(200, 800)
        ev.append(dict(type='agent-joined', atMs=t))
    else:
        rate_a = rate_c = None
        ev.append(dict(type='page-loaded', atMs=1500))
        t = 1500
        if rng.random() < 0.5:
            t += 1500
            ev.append(dict(type='queued', atMs=t))
            t += rng.randint(5000, 40000)
        else:
            t += rng.randint(2000, 6000)
        ev.append(dict(type='agent-joined', atMs=t))
    joined = t
    end = t
    prev = None
    pending_hold = None
    for b in c.beats:
        sp = b['sp']
        text = b['text']
        if v and p['asr']:
            text = asr(text, rng)
        if v:
            rate = rate_a if sp == 'agent' else rate_c
            dur = max(350, int(spoken_chars(text) / rate * 60000))
        else:
            dur = 0
        g = b['gap']
        if prev is None:  # agent's first turn
            if p['fr_late']:
                gap = rng.randint(6500, 7800) if v else rng.randint(7000, 12000)
            else:
                gap = rng.randint(800, 3000) if v else rng.randint(1500, 5000)
        elif g == 'dead':
            gap = rng.randint(8500, 11500) if v else rng.randint(3000, 9000)
        elif g == 'lat':
            if v:
                gap = rng.randint(12500, 14500)
            elif p['burst']:
                gap = None
            else:
                gap = rng.randint(sla['responseLatencyMs'] + 1000, 28000)
        elif g == 'hold':
            gap = rng.randint(18000, 60000) if v else rng.randint(35000, 120000)
        elif g == 'unann':
            gap = rng.randint(16000, 30000) if v else rng.randint(35000, 70000)
        elif b.get('burst'):
            gap = rng.randint(8000, 14000)
        elif sp == 'customer':
            if b.get('pause') and v:
                gap = rng.randint(8500, 12000)
            else:
                gap = rng.randint(300, 1500) if v else rng.randint(5000, 20000)
        else:
            gap = rng.randint(400, 1800) if v else rng.randint(3000, 9000)
        if gap is None:  # chat burst reply: clock runs from the question before the nudge
            qend = turns[-2]['endMs']
            target = qend + sla['responseLatencyMs'] + rng.randint(1500, 5000)
            gap = target - end
        start = end + gap
        if b.get('interrupt') and v and turns and turns[-1]['speaker'] == 'customer':
            cst = turns[-1]
            start = cst['endMs'] - rng.randint(1200, 2500)
            start = max(start, cst['startMs'] + 300)
        if g in ('hold', 'unann') and v and p['holdev']:
            ev.append(dict(type='hold-start', atMs=end + 300))
            pending_hold = start - 300
        turn = dict(speaker=sp, text=text, startMs=start, endMs=start + dur, confidence=conf() if v else 1.0)
        turns.append(turn)
        if pending_hold is not None:
            ev.append(dict(type='hold-end', atMs=pending_hold))
            pending_hold = None
        end = max(end, turn['endMs'])
        prev = turn
        if b.get('bc') and v and sp == 'customer' and turn['endMs'] - turn['startMs'] > 2500:
            bs = turn['startMs'] + int((turn['endMs'] - turn['startMs']) * rng.uniform(0.35, 0.6))
            bt = rng.choice(BC)
            turns.append(dict(speaker='agent', text=bt, startMs=bs, endMs=bs + 400, confidence=conf()))
    turns.sort(key=lambda x: x['startMs'])
    end = max(x['endMs'] for x in turns)
    if p['transfer']:
        ev.append(dict(type='transfer', atMs=joined + 200))
    if v:
        ev.append(dict(type='hangup', atMs=end + 700, detail=dict(by=who_hangs)))
    ev.append(dict(type='ended', atMs=end + 1000))
    ev.sort(key=lambda e: e['atMs'])
    return ev, turns, end + 1000


def labels_for(p):
    L, W = {}, {}

    def put(k, val, why=None):
        L[k] = val
        if val == 'fail':
            W[k] = why
    r = p['req']
    put('greeting', 'pass' if p['greet'] == 'ok' else 'fail', '坐席首句没有问候语')
    put('agent-id', 'pass' if p['id'] == 'ok' else 'fail',
        {'none': '前两句未报工号或姓名', 'noid': '只报了机构/岗位，没有工号或姓名', 'late': '第三句才报工号/姓名'}.get(p['id']))
    put('closing', 'na' if p['close'] == 'walkout' else ('pass' if p['close'] == 'ok' else 'fail'), '最后两句坐席话里没有结束语')
    put('forbidden-words', 'fail' if p['rude'] or p['fj'] or p['res'] == 'fjna' else 'pass', '坐席说了服务忌语')
    put('verification', 'na' if not r['verification'] else ('pass' if p['verify'] == 'ok' else 'fail'),
        '透露工单/订单信息前未核验身份' if p['verify'] == 'none' else '先透露记录，事后才补核验')
    put('hold-etiquette', 'na' if p['hold'] == 'none' else ('pass' if p['hold'] == 'ok' else 'fail'),
        '等待后没有致谢' if p['hold'] == 'nothx' else '未告知就让客户等待')
    put('politeness', 'fail' if p['rude'] else 'pass', '坐席语气粗鲁/训斥客户')
    put('interruption', 'na' if not p['voice'] else ('fail' if p['interrupt'] else 'pass'), '客户话没说完坐席就抢话')
    put('dead-air', 'fail' if p['deadair'] or p['hold'] == 'unann' or (p['latency'] and p['voice']) else 'pass', '坐席该回应时出现未告知的长时间静默')
    put('speech-rate', 'na' if not p['voice'] else ('pass' if p['rate'] == 'ok' else 'fail'), '坐席语速过快' if p['rate'] == 'fast' else '坐席语速过慢')
    if not p['complain']:
        put('empathy', 'na')
    else:
        put('empathy', 'fail' if p['emp1'] == 'fail' or (p['esc'] and p['emp2'] == 'fail') else 'pass', '客户抱怨/投诉后坐席未致歉或表示理解')
    put('resolution', 'fail' if p['fa'] == 'nonans' or (p['oq'] and p['res'] in ('clean', 'fjna')) else 'pass', '客户的问题没有得到答复')
    put('first-response', 'fail' if p['fr_late'] else 'pass', '坐席接入后首句超时')
    put('response-latency', 'fail' if p['latency'] else 'pass', '客户发问后坐席回应超时')
    put('fact-accuracy', 'fail' if p['fa'] in ('wrong', 'never', 'nonans') else 'pass',
        {'wrong': '告知的时限/规则错误', 'never': '没有告知该事实', 'nonans': '没有告知该事实'}.get(p['fa']))
    put('no-misinformation', 'fail' if p['fa'] in ('wrong', 'corrected') else 'pass', '坐席说出了错误的数值')
    put('record-reference', 'na' if not r['reference'] else ('pass' if p['ref'] == 'ok' else 'fail'), '没有提供工单号/受理号')
    put('survey-offered', 'na' if not r['survey'] else ('pass' if p['survey'] == 'ok' and p['close'] != 'walkout' else 'fail'), '没有邀请评价')
    put('required-info', 'pass' if p['info'] == 'ok' else 'fail', '坐席没有询问必需信息')
    return L, W


def specials(rng):
    out = []
    base = 1719800000000
    cid = lambda n: f'h13b-x0{n}'  # noqa: E731
    sc = MAT['cj']['scen'][0]['id']
    mk = lambda n, ch, ev, turns, outcome, src, **kw: dict(schemaVersion=1, contactId=cid(n), scenarioId=kw.pop('scen', sc), runId=RUN,  # noqa: E731
                                                         channel=ch, startedAt=base + n * 600000, durationMs=ev[-1]['atMs'], events=ev, turns=turns,
                                                         outcome=outcome, transcriptSource=src, **kw)
    out.append(mk(1, 'voice', [dict(type='started', atMs=0), dict(type='dialed', atMs=300), dict(type='ringing', atMs=1100),
                               dict(type='ended', atMs=46000)], [], 'no-answer', 'deepgram'))
    out.append(mk(2, 'voice', [dict(type='started', atMs=0), dict(type='dialed', atMs=300), dict(type='ended', atMs=2100)], [], 'busy', 'deepgram',
                  scen=MAT['dt']['scen'][0]['id']))
    ivr = MAT['tg']['ivr'][0]
    out.append(mk(3, 'voice', [dict(type='started', atMs=0), dict(type='dialed', atMs=300), dict(type='ringing', atMs=1000),
                               dict(type='answered', atMs=6200), dict(type='dtmf', atMs=15400, detail=dict(digits='0')),
                               dict(type='queued', atMs=15900), dict(type='hangup', atMs=118000, detail=dict(by='customer')),
                               dict(type='ended', atMs=118300)],
                  [dict(speaker='ivr', text=ivr, startMs=6500, endMs=14600, confidence=0.95),
                   dict(speaker='ivr', text='当前排队人数较多，请您耐心等待。', startMs=16200, endMs=19500, confidence=0.94)],
                  'abandoned', 'deepgram', scen=MAT['tg']['scen'][1]['id']))
    out.append(mk(4, 'webchat', [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1400), dict(type='queued', atMs=3000),
                                 dict(type='ended', atMs=182000)],
                  [dict(speaker='system', text='您已进入排队，前面还有6位。', startMs=3000, endMs=3000, confidence=1.0),
                   dict(speaker='customer', text='我想问下我的退货怎么还没处理', startMs=20000, endMs=20000, confidence=1.0)],
                  'abandoned', 'chat-dom', scen=MAT['qp']['scen'][2]['id']))
    out.append(mk(5, 'webchat', [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1300), dict(type='ended', atMs=241000)],
                  [dict(speaker='bot', text='您好，我是智能助手小澄，请问有什么可以帮您？', startMs=2000, endMs=2000, confidence=1.0),
                   dict(speaker='customer', text='转人工', startMs=9000, endMs=9000, confidence=1.0),
                   dict(speaker='bot', text='请您简单描述一下问题，我来为您解答。', startMs=10000, endMs=10000, confidence=1.0),
                   dict(speaker='customer', text='我要人工客服，马桶漏水了', startMs=22000, endMs=22000, confidence=1.0),
                   dict(speaker='bot', text='为您找到以下文章：《马桶底部渗水怎么办》。', startMs=23000, endMs=23000, confidence=1.0),
                   dict(speaker='customer', text='人工！', startMs=60000, endMs=60000, confidence=1.0),
                   dict(speaker='bot', text='当前人工坐席繁忙，请稍后再试。', startMs=61000, endMs=61000, confidence=1.0)],
                  'abandoned', 'chat-dom', scen=MAT['zn']['scen'][1]['id']))
    for n, code in ((6, 'E_SELECTOR_TIMEOUT'), (7, 'E_BROWSER_CRASHED')):
        out.append(mk(n, 'webchat', [dict(type='started', atMs=0), dict(type='ended', atMs=30500 if n == 6 else 4200)], [], 'failed', 'chat-dom',
                      scen=MAT['ms']['scen'][n - 6]['id'], failedBy='harness', errorCode=code))
    kinds = ['no-answer', 'busy', 'ivr-abandon', 'chat-queue-abandon', 'bot-only', 'harness-selector-timeout', 'harness-browser-crashed']
    return out, kinds


def main():
    plan = make_plan()
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for d in DOMAINS:
        M = MAT[d]
        for k, S in enumerate(M['scen']):
            with open(os.path.join(OUT, 'scenarios', S['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(scenario_yaml(M, k, S))
    contacts, labels = [], []
    for p in plan:
        rng = random.Random(f"{p['cid']}-28817")
        M = MAT[p['d']]
        c, ref, who = build(p, M, rng)
        ev, turns, dur = timeline(p, M, c, rng, who)
        obj = dict(schemaVersion=1, contactId=p['cid'], scenarioId=M['scen'][p['s']]['id'], runId=RUN,
                   channel='voice' if p['voice'] else 'webchat', startedAt=1719000000000 + p['g'] * 3600000 + rng.randint(0, 600000),
                   durationMs=dur, events=ev, turns=turns, outcome='completed', transcriptSource='deepgram' if p['voice'] else 'chat-dom')
        if p['nodur']:
            del obj['durationMs']
        contacts.append(obj)
        L, W = labels_for(p)
        labels.append(dict(contactId=p['cid'], domain=p['d'], labels=L, why=W))
    sp, kinds = specials(random.Random(28817))
    for obj, kind in zip(sp, kinds):
        contacts.append(obj)
        labels.append(dict(contactId=obj['contactId'], domain='special', special=kind, labels={k: 'na' for k in CHECKS}, why={}))
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for o in contacts:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'plan.json'), 'w', encoding='utf-8') as fh:
        json.dump(plan, fh, ensure_ascii=False, indent=0)
    print(f'{len(contacts)} contacts written')


if __name__ == '__main__':
    main()
