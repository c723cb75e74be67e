# -*- coding: utf-8 -*-
"""Generator: plan + material -> scenarios/*.yaml, contacts.jsonl, labels.jsonl. Byte-identical on every run."""
import json, os, random, re
from plan import make_plan, DOMS, SEED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = 'independent-dev15a'
RUN = 'dev15a'
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']

# ---------------------------------------------------------------- numbers read out (ASR look)
CN = '零一二三四五六七八九'
UNITS = set('元块月日号天个小时点折分%层人位次斤亩桌寸积年')


def num2cn(n):
    if n == 0:
        return '零'
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n % 10] if n % 10 else '')
    out, zero = '', False
    for val, name in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        dgt = (n // val) % 10
        if n >= val:
            if dgt == 0:
                zero = True
            else:
                if zero and out:
                    out += '零'
                out += CN[dgt] + name
                zero = False
    return out


def read_digits(s):
    def rep(m):
        run, nxt = m.group(0), s[m.end():m.end() + 1]
        if nxt == '%':
            return '百分之' + num2cn(int(run))
        if len(run) == 4 and nxt == '年':
            return ''.join(CN[int(x)] for x in run)
        if len(run) <= 2 or (len(run) <= 4 and nxt in UNITS):
            v = int(run)
            if v == 2 and nxt in '个位小点天次':
                return '两'
            return num2cn(v)
        return ''.join('幺' if x == '1' else CN[int(x)] for x in run)
    out = re.sub(r'\d+', rep, s)
    return out.replace('%', '')


HOMO = [('工号', '公号'), ('再见', '在见'), ('押金', '压金'), ('油烟机', '油烟鸡'), ('预订', '预定'),
        ('蛋糕', '蛋膏'), ('快递', '快第'), ('主持人', '主持银'), ('补贴', '补帖'), ('种子', '肿子')]
FILLERS = ['呃', '那个', '嗯', '就是']
PUNCT = '，。？！、；：～'


def asr(text, rng, speaker):
    t = read_digits(text)
    for a, b in HOMO:
        if a in t and rng.random() < 0.35:
            t = t.replace(a, b, 1)
    clauses = re.split('([%s])' % PUNCT, t)
    out = []
    for k, piece in enumerate(clauses):
        if not piece:
            continue
        if piece in PUNCT:
            out.append(' ' if rng.random() < 0.5 else '')
            continue
        if rng.random() < (0.22 if speaker == 'agent' else 0.3) and not piece.startswith(tuple(FILLERS)):
            piece = rng.choice(FILLERS) + ' ' + piece
        out.append(piece)
    return re.sub(' +', ' ', ''.join(out)).strip()


def spoken(text):
    return len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', text))


# ---------------------------------------------------------------- scenarios
def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def fact_forms(fa):
    acc = [fa['expected']] + list(fa['variants'])
    for v in list(acc):
        r = read_digits(v)
        if r not in acc:
            acc.append(r)
    wr = list(fa['wrong'])
    for v in list(wr):
        r = read_digits(v)
        if r not in wr:
            wr.append(r)
    return acc, wr


def scen_id(d, sc):
    return 'h8a-%s-%s' % (d, sc['key'].replace('_', '-'))


def write_scenario(M, sc):
    d = M['domain']
    lines = ['id: %s' % scen_id(d, sc), 'title: %s' % yq(sc['title']),
             'description: %s' % yq('独立语料 %s，领域 %s，机构 %s' % (SET, d, M['org'])),
             'channel: [voice, webchat]', 'target: { phone: %s }' % yq(M['phone']),
             'persona: { name: %s }' % yq(sc['persona']), 'locale: zh-CN', 'steps:',
             '  - say: %s' % yq(sc['problem'][0]),
             '  - wait: { pattern: %s, timeoutMs: 60000 }' % yq(sc['info']['pattern']),
             '  - say: %s' % yq(sc['info']['answers'][0]),
             '  - say: %s' % yq(sc['facts'][0]['ask'][0]),
             '  - wait: { pattern: %s, timeoutMs: 60000 }' % yq('|'.join(re.escape(x) for x in fact_forms(sc['facts'][0])[0])),
             '  - say: %s' % yq(sc['facts'][1]['ask'][0]),
             '  - end: true', 'facts:']
    for fa in sc['facts']:
        acc, wr = fact_forms(fa)
        lines.append('  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }' % (
            fa['key'].replace('_', '-'), yq(fa['label']), yq(fa['expected']), ', '.join(yq(x) for x in acc[1:]),
            ', '.join(yq(x) for x in wr), ', '.join(yq(x) for x in fa['cues'])))
    inf = sc['info']
    lines += ['requiredInfo:', '  - { key: %s, label: %s, patterns: [%s] }' % (inf['key'].replace('_', '-'), yq(inf['label']), yq(inf['pattern']))]
    fl = sc['flags']
    lines.append('requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
        'true' if fl[k] else 'false' for k in ('verification', 'reference', 'empathy', 'survey')))
    lines.append('sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }' % (
        sc['sla']['firstResponseMs'], sc['sla']['responseLatencyMs']))
    lines.append('tags: [%s, %s]' % (SET, d))
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- one contact
def build(c, M, rng):
    f = c['f']
    sc = M['scen'][c['si']]
    voice = c['channel'] == 'voice'
    curt = f['curt']
    T = []
    why = {}

    def A(text, **kw):
        T.append(dict(sp='agent', text=text, **kw))

    def C(text, **kw):
        T.append(dict(sp='customer', text=text, **kw))

    ch = rng.choice
    staff = rng.randrange(3)
    id_line = ch(M['id_tpl']).format(id=M['ids'][staff], name=M['names'][staff])
    id_late = ch(M['id_late']).format(id=M['ids'][staff], name=M['names'][staff])
    # ---- opener
    if curt:
        body = ch([x for x in M['curt']['open'] if not x.startswith('你好')])
        if f['greet'] == 'ok':
            body = '你好，' + ch(['什么事？', '说吧。', '啥事？'])
        head = ''
        if f['id'] == 'a1':
            if body.startswith('你好，'):
                body = '你好，' + id_line + body[3:]
            else:
                head = id_line
        opener = head + body
    else:
        if f['greet'] == 'ok':
            g = ch(M['greet'])
        elif f['greet'] == 'nogreet':
            g = ch(M['nogreet'])
        else:
            g = ''
        idp = id_line if f['id'] == 'a1' else (ch(M['bare_role']) if f['id'] == 'bare' else '')
        opener = g + idp + ch(M['offer'])
    A(opener, tag='open')
    # ---- problem
    prob = list(sc['problem'])
    rng.shuffle(prob)
    c1 = (ch(M['cust_sorry']) if f['sorry'] else '') + prob[0]
    if f['info'] == 'volunteer':
        c1 += sc['info']['volunteer'].rstrip('，') + '。'
    if f['c_start']:
        c1 += ch(M['complaint_open'])
    C(c1, tag='problem')
    if curt:
        A(ch(M['curt']['misc']), tag='misc')
        C('我是说，' + prob[1])
    # ---- second agent turn: empathy / id / info ask
    acks = list(M['ack'])
    rng.shuffle(acks)
    ack = lambda: acks.pop() if acks else M['ack'][0]
    emp = list(M['empathy'])
    rng.shuffle(emp)
    parts = []
    if f['c_start']:
        parts.append(ch(M['no_empathy']) if f['miss'] == 'start' else emp.pop())
    if f['id'] == 'a2':
        parts.append(id_line)
    if f['info'] == 'volunteer':
        parts.append(ack())
    else:
        parts.append(sc['info']['curt'] if curt else ch(sc['info']['asks']))
    A(''.join(parts), tag='a2')
    if f['info'] != 'volunteer':
        C(ch(sc['info']['answers']), tag='info')
    # ---- verification
    if c['flags']['verification']:
        vq, va = ch(M['verify'])
        disc = ch(sc['disclose'])
        if f['verify'] == 'ok':
            A(vq)
            C(va)
            A(ch(M['verify_ok']) + disc)
            C(ch(M['cust_ack']))
        elif f['verify'] == 'late':
            A(disc)
            C(ch(M['cust_ack']))
            k = rng.randrange(len(M['verify_late']))
            A(M['verify_late'][k])
            C(M['verify_late_ans'][k])
            A(ch(M['verify_ok']))
        else:
            A(disc)
            C(ch(M['cust_ack']))
    reply_la = ''
    if T[-1]['sp'] == 'customer' and T[-1].get('tag') != 'ackafter':
        la = ch(M['lookalike']) if f['lookalike'] else ''
        A(ack() + la)
        if la.endswith('？'):
            reply_la = ch(['可以的。', '行，没问题。', '应该方便。', '到时候再看吧。'])
    # ---- facts
    facts = sc['facts']
    miss_idx = rng.randrange(2) if f['fact'] == 'missing' else None
    bad_idx = 0 if f['fact'] == 'corrected' else (f['wrong_idx'] if f['fact'] == 'wrong' else None)

    def fval(k, correct=True):
        fa = facts[k]
        if not correct:
            return fa['wrong'][rng.randrange(len(fa['wrong']))]
        return ch(fa['variants']) if f['variant'] else fa['expected']

    def fline(k, v):
        return rng.choice(facts[k]['lines']).format(v=v)

    order = [k for k in (0, 1) if k != miss_idx]
    pre_ask = reply_la
    for n, k in enumerate(order):
        C((pre_ask if n == 0 else '') + ch(facts[k]['ask']), tag='fask%d' % n)
        v = fval(k, correct=(bad_idx != k))
        text = fline(k, v)
        if n == 1 and f['fact'] == 'corrected':
            text = ch(M['correct']) + fline(0, facts[0]['expected']) + text
        if n == 0 and f['hold']:
            if f['hold'] in ('ok', 'nothanks'):
                A(ch(M['announce']), tag='announce')
                if rng.random() < 0.6:
                    C(ch(M['cust_ack']))
                A((ch(M['thanks']) if f['hold'] == 'ok' else '') + text, tag='afterhold', hold=f['hold'])
            else:
                A(ack(), tag='preunann')
                A((ch(M['thanks']) if rng.random() < 0.5 else '') + text, tag='afterhold', hold='unann')
        else:
            A(text, tag='fans%d' % n)
    if f['fact'] == 'corrected' and len(order) == 1:
        raise RuntimeError('corrected needs two facts')
    # ---- 忌语
    if f['forbid']:
        kind = f['forbid']
        pool = [j for j in M['jiyu'] if j[1] == (kind == 'harsh')]
        j = ch(pool)
        C(j[2], tag='trigger')
        A(j[3], tag='jiyu')
        why['forbidden-words'] = '%s：%s' % (j[0], j[4])
        if kind == 'harsh':
            why['politeness'] = '对客户说%s的重话：%s' % (j[0], j[4])
    if curt:
        C(ch(M['cust_ack']))
        A(ch(M['curt']['misc']), tag='misc')
    # ---- later complaint
    if f['c_later']:
        C(ch(M['complaint_later']), tag='complaint2')
        if f['miss'] == 'later':
            A(ch(M['no_empathy']) + ack())
        else:
            A((emp.pop() if emp else M['empathy'][0]) + ack())
    # ---- side question
    q, a = ch(M['side'])
    C(q, tag='side')
    if f['res'] == 'ok':
        A(a, tag='sideans')
    else:
        A(ch(M['nonans']), tag='nonans')
        if f['res'] == 'madegood':
            C(ch(M['press']), tag='press')
            A(ch(M['madegood']) + a, tag='madegood')
        else:
            why['resolution'] = '客户的问题“%s”只得到一句不知道' % q
    # ---- reference & survey
    refcode = None
    if c['flags']['reference']:
        if f['ref'] == 'ok':
            refcode = '%s%d%05d' % (ch(['GD', 'SL', 'FW', 'TS']), 2405, rng.randrange(10000, 99999))
            if T[-1]['sp'] == 'agent' and rng.random() < 0.5:
                C(ch(M['cust_ack']))
            A(ch(M['ref']).format(ref=refcode), tag='ref')
        elif f['ref'] == 'neg':
            A(ch(M['ref_neg']), tag='refneg')
            why['record-reference'] = '只报了金额/号码，没有受理号或工单号'
        else:
            why['record-reference'] = '没有给出受理号/工单号'
    if f['incid']:
        C(ch(M['incid_q']), tag='incid')
        A(ch(M['incid_shrug']), tag='shrug')
    if c['flags']['survey']:
        if f['survey'] == 'ok':
            if T[-1]['sp'] == 'agent':
                C(ch(M['cust_ack']))
            A(ch(M['survey']), tag='survey')
        else:
            why['survey-offered'] = '没有邀请评价'
    # ---- wrap
    hang = 'agent'
    if f['closing'] == 'walkout':
        C(ch(M['walkout']), tag='walkout')
        hang = 'customer'
    else:
        if f['closing'] == 'proc':
            C(ch(M['cust_ack']), tag='last')
            why['closing'] = '最后两句没有结束语，坐席直接挂断'
        else:
            A(ch(M['curt']['wrap']) if curt else ch(M['wrapq']), tag='wrapq')
            C(ch(M['cust_no']), tag='last')
            if f['closing'] == 'ok':
                A(ch(M['curt']['closing']) if curt else ch(M['closing']), tag='closing')
                if rng.random() < 0.6:
                    C(ch(M['cust_bye']), tag='bye')
                    hang = 'customer'
            else:
                why['closing'] = '只问了还有没有其他问题，没有结束语'
    # ---- third agent turn carries a late id
    if f['id'] == 'late':
        ags = [t for t in T if t['sp'] == 'agent']
        ags[2]['text'] = id_late + ags[2]['text']
    if curt:
        for t in T:
            if t['sp'] == 'agent':
                t['text'] = t['text'].replace('您', '你')
    return T, why, hang, refcode


def timeline(c, T, rng):
    f = c['f']
    voice = c['channel'] == 'voice'
    sla = c['sla']
    ev = [dict(type='started', atMs=0)]
    pre = []  # ivr / bot turns
    if voice:
        t = rng.randint(150, 400)
        ev.append(dict(type='dialed', atMs=t))
        t += rng.randint(700, 1500)
        ev.append(dict(type='ringing', atMs=t))
        t += rng.randint(4000, 11000)
        ev.append(dict(type='answered', atMs=t))
        if f['ivr']:
            M = c['M']
            txt = rng.choice(M['ivr'])
            s = t + rng.randint(200, 500)
            e = s + int(spoken(txt) / 260 * 60000)
            pre.append(dict(speaker='ivr', text=txt, s=s, e=e))
            t = e + rng.randint(900, 2500)
            ev.append(dict(type='dtmf', atMs=t, detail=dict(digits='0')))
            t += rng.randint(150, 400)
            ev.append(dict(type='queued', atMs=t))
            t += rng.randint(8000, 45000)
            ev.append(dict(type='agent-joined', atMs=t))
    else:
        t = rng.randint(900, 2500)
        ev.append(dict(type='page-loaded', atMs=t))
        M = c['M']
        if f['bot']:
            t += rng.randint(800, 1500)
            pre.append(dict(speaker='bot', text=rng.choice(M['bot']), s=t, e=t))
            t += rng.randint(4000, 9000)
            pre.append(dict(speaker='customer', text=rng.choice(M['to_human']), s=t, e=t))
            t += rng.randint(800, 1500)
            pre.append(dict(speaker='bot', text=rng.choice(M['bot_wait']), s=t, e=t))
            t += 200
            ev.append(dict(type='queued', atMs=t))
            t += rng.randint(15000, 70000)
        elif rng.random() < 0.5:
            t += rng.randint(500, 1500)
            ev.append(dict(type='queued', atMs=t))
            t += rng.randint(5000, 40000)
        else:
            t += rng.randint(1000, 3000)
        ev.append(dict(type='agent-joined', atMs=t))
    base = t
    # agent rate
    if voice:
        ar = {'ok': rng.uniform(195, 255), 'fast': rng.uniform(350, 395), 'slow': rng.uniform(84, 98)}[f['rate']]
        cr = rng.uniform(175, 245)
    # choose which customer->agent gaps carry latency / dead-air defects
    resp_idx = [i for i in range(1, len(T)) if T[i]['sp'] == 'agent' and T[i - 1]['sp'] == 'customer'
                and T[i].get('tag') not in ('afterhold', 'announce', 'preunann', 'a2')]
    late_i = dead_i = None
    if f['latency']:
        late_i = rng.choice(resp_idx)
    if f['deadgap']:
        dead_i = rng.choice([i for i in resp_idx if i != late_i])
    out = []
    prev_end = base
    last_c = None
    for i, tu in enumerate(T):
        sp = tu['sp']
        prev = T[i - 1] if i else None
        # gap before this turn
        if i == 0:
            if f['fr']:
                fr = sla['firstResponseMs']
                gap = rng.randint(fr + 1000, min(fr + 1700, 7700)) if voice else rng.randint(fr + 2000, min(fr + 8000, 28500))
            else:
                gap = rng.randint(700, 2200) if voice else rng.randint(2000, 5000)
        elif tu.get('tag') == 'afterhold':
            gap = (rng.randint(18000, 40000) if voice else rng.randint(35000, 80000)) if tu['hold'] != 'unann' else \
                  (rng.randint(17000, 30000) if voice else rng.randint(36000, 60000))
        elif i == late_i:
            lat = sla['responseLatencyMs']
            gap = rng.randint(lat + 800, lat + 2500) if voice else rng.randint(lat + 1500, min(lat + 6000, 29000))
        elif i == dead_i:
            gap = rng.randint(8600, 11400)
        elif sp == 'agent':
            gap = (rng.randint(600, 2000) if prev['sp'] == 'customer' else rng.randint(300, 900)) if voice else \
                  (rng.randint(3000, 9000) if prev['sp'] == 'customer' else rng.randint(2000, 6000))
        else:
            gap = rng.randint(400, 1500) if voice else rng.randint(3000, 14000)
        if voice:
            n = spoken(tu['text'])
            rate = (ar if sp == 'agent' else cr) * rng.uniform(0.94, 1.06)
            dur = max(450, int(n / rate * 60000))
        else:
            dur = 0
        s = prev_end + gap
        # interruption / small overlap on the second agent turn
        if voice and tu.get('tag') == 'a2' and prev['sp'] == 'customer':
            if f['interrupt']:
                s = prev_end - rng.randint(1300, 2400)
            elif f['small_overlap']:
                s = prev_end - rng.randint(200, 650)
        e = s + dur
        out.append(dict(speaker=sp, text=tu['text'], startMs=s, endMs=e, tag=tu.get('tag'), hold=tu.get('hold')))
        prev_end = max(prev_end, e)
    # backchannel over the side question (voice)
    if voice and f['backch']:
        for k, o in enumerate(out):
            if o['tag'] == 'side' and o['endMs'] - o['startMs'] > 2500:
                bs = o['startMs'] + int((o['endMs'] - o['startMs']) * rng.uniform(0.35, 0.6))
                out.insert(k + 1, dict(speaker='agent', text=rng.choice(['嗯', '嗯嗯', '对', '好的']), startMs=bs, endMs=bs + rng.randint(350, 550), tag='bc'))
                break
    # hold events
    for k, o in enumerate(out):
        if o['tag'] == 'afterhold' and voice and f['hold_events'] and o['hold'] != 'unann':
            hs = out[k - 1]['endMs'] + rng.randint(300, 800)
            ev.append(dict(type='hold-start', atMs=hs))
            ev.append(dict(type='hold-end', atMs=o['startMs'] - rng.randint(300, 700)))
    end_t = max(o['endMs'] for o in out)
    return ev, pre, out, end_t


def finish(c, ev, pre, out, end_t, hang, rng):
    voice = c['channel'] == 'voice'
    if voice:
        h = end_t + rng.randint(400, 1500)
        ev.append(dict(type='hangup', atMs=h, detail=dict(by=hang)))
        ev.append(dict(type='ended', atMs=h + rng.randint(150, 500)))
    else:
        ev.append(dict(type='ended', atMs=end_t + rng.randint(8000, 40000)))
    if c['f']['notime']:
        mid = out[len(out) // 2]['startMs'] - 100
        ev.append(dict(type='transfer', atMs=mid))
    ev.sort(key=lambda e: e['atMs'])
    turns = []
    asr_on = c['f']['asr']
    for o in pre + out:
        text = o['text']
        if voice:
            if asr_on and o.get('tag') != 'bc':
                text = asr(text, rng, o['speaker'])
                conf = round(rng.uniform(0.6, 0.93), 2)
            else:
                conf = round(rng.uniform(0.9, 0.99), 2)
        else:
            conf = 1.0
        turns.append(dict(speaker=o['speaker'], text=text, startMs=o['s'] if 's' in o else o['startMs'],
                          endMs=o['e'] if 'e' in o else o['endMs'], confidence=conf))
    turns.sort(key=lambda x: x['startMs'])
    return ev, turns


def labels_for(c, why):
    f, fl = c['f'], c['flags']
    voice = c['channel'] == 'voice'
    L = {}
    P = lambda ok: 'pass' if ok else 'fail'
    L['greeting'] = P(f['greet'] == 'ok')
    if f['greet'] != 'ok':
        why['greeting'] = '坐席首句没有问候语' + ('（只有IVR的您好）' if f['ivr'] else '')
    L['agent-id'] = P(f['id'] in ('a1', 'a2'))
    if f['id'] not in ('a1', 'a2'):
        why['agent-id'] = {'late': '第三句才报工号/姓名', 'bare': '只说了“我是客服”之类的角色，没有工号或姓名', 'none': '没有自报工号或姓名'}[f['id']]
    L['closing'] = 'na' if f['closing'] == 'walkout' else P(f['closing'] == 'ok')
    L['forbidden-words'] = P(not f['forbid'])
    L['verification'] = 'na' if not fl['verification'] else P(f['verify'] == 'ok')
    if fl['verification'] and f['verify'] != 'ok':
        why['verification'] = '先透露了客户记录才核身' if f['verify'] == 'late' else '透露客户记录前没有核实身份'
    L['hold-etiquette'] = 'na' if not f['hold'] else P(f['hold'] == 'ok')
    if f['hold'] == 'unann':
        why['hold-etiquette'] = '静默等待前没有告知'
    elif f['hold'] == 'nothanks':
        why['hold-etiquette'] = '等待结束后没有致谢'
    L['politeness'] = P(not (f['forbid'] == 'harsh' or f['curt']))
    if f['curt']:
        why['politeness'] = '全程不用“您”，多句生硬短句'
    L['interruption'] = 'na' if not voice else P(not f['interrupt'])
    if voice and f['interrupt']:
        why['interruption'] = '客户还没说完，坐席提前一秒多开口抢话'
    dead = f['hold'] == 'unann' or f['deadgap'] or (voice and f['latency'])
    L['dead-air'] = P(not dead)
    if dead:
        why['dead-air'] = '出现未告知的长时间静默'
    L['speech-rate'] = 'na' if not voice else P(f['rate'] == 'ok')
    if voice and f['rate'] != 'ok':
        why['speech-rate'] = '语速过快' if f['rate'] == 'fast' else '语速过慢'
    has_c = f['c_start'] or f['c_later']
    L['empathy'] = 'na' if not (has_c or fl['empathy']) else P(f['miss'] is None)
    if f['miss']:
        why['empathy'] = '客户抱怨后坐席两句内没有致歉或安抚'
    L['resolution'] = P(f['res'] != 'nonans' and f['fact'] != 'missing')
    if f['fact'] == 'missing':
        why['resolution'] = (why.get('resolution', '') + '；' if 'resolution' in why else '') + '有一项场景事实始终没有回答'
    L['first-response'] = P(not f['fr'])
    if f['fr']:
        why['first-response'] = '坐席接入后首句超过时限'
    L['response-latency'] = P(not f['latency'])
    if f['latency']:
        why['response-latency'] = '有一句客户发言回应超时'
    L['fact-accuracy'] = P(f['fact'] not in ('wrong', 'missing'))
    if f['fact'] == 'wrong':
        why['fact-accuracy'] = '事实值说错且未更正'
    elif f['fact'] == 'missing':
        why['fact-accuracy'] = '有一项事实没有说明'
    L['no-misinformation'] = P(f['fact'] not in ('wrong', 'corrected'))
    if f['fact'] in ('wrong', 'corrected'):
        why['no-misinformation'] = '说过错误的值' + ('（后来更正）' if f['fact'] == 'corrected' else '')
    L['record-reference'] = 'na' if not fl['reference'] else P(f['ref'] == 'ok')
    L['survey-offered'] = 'na' if not fl['survey'] else P(f['survey'] == 'ok')
    L['required-info'] = P(f['info'] == 'ok')
    if f['info'] != 'ok':
        why['required-info'] = '坐席没有询问必要信息，是客户主动报的'
    why = {k: v for k, v in why.items() if L.get(k) == 'fail'}
    return L, why


SPECIALS = [
    ('x01', 'agri', 0, 'voice', 'no-answer'), ('x02', 'clean', 1, 'voice', 'busy'), ('x03', 'live', 2, 'voice', 'ivr-abandon'),
    ('x04', 'bake', 0, 'webchat', 'chat-queue-abandon'), ('x05', 'cowork', 1, 'webchat', 'bot-only'),
    ('x06', 'wedding', 2, 'webchat', 'harness-E_SELECTOR_TIMEOUT'), ('x07', 'live', 0, 'voice', 'harness-E_BROWSER_CRASHED'),
]


def special(sid, d, si, chn, kind, M, rng, started):
    sc = M['scen'][si]
    base = dict(schemaVersion=1, contactId='h8a-' + sid, scenarioId=scen_id(d, sc), runId=RUN, channel=chn, startedAt=started)
    ev, turns = [dict(type='started', atMs=0)], []
    if kind == 'no-answer':
        ev += [dict(type='dialed', atMs=300), dict(type='ringing', atMs=1400), dict(type='ended', atMs=61400)]
        out = 'no-answer'
    elif kind == 'busy':
        ev += [dict(type='dialed', atMs=280), dict(type='ended', atMs=2100)]
        out = 'busy'
    elif kind == 'ivr-abandon':
        txt = M['ivr'][0]
        ev += [dict(type='dialed', atMs=250), dict(type='ringing', atMs=1300), dict(type='answered', atMs=7200)]
        e = 7500 + int(spoken(txt) / 260 * 60000)
        turns.append(dict(speaker='ivr', text=txt, startMs=7500, endMs=e, confidence=0.95))
        ev += [dict(type='dtmf', atMs=e + 1500, detail=dict(digits='0')), dict(type='queued', atMs=e + 1800),
               dict(type='hangup', atMs=e + 95800, detail=dict(by='customer')), dict(type='ended', atMs=e + 96100)]
        out = 'abandoned'
    elif kind == 'chat-queue-abandon':
        ev += [dict(type='page-loaded', atMs=1600), dict(type='queued', atMs=2900), dict(type='ended', atMs=184000)]
        out = 'abandoned'
    elif kind == 'bot-only':
        ev += [dict(type='page-loaded', atMs=1300)]
        turns = [dict(speaker='bot', text=M['bot'][0], startMs=2500, endMs=2500, confidence=1.0),
                 dict(speaker='customer', text='我要找人工客服，会议室的事机器人说不清楚。', startMs=9800, endMs=9800, confidence=1.0),
                 dict(speaker='bot', text='抱歉，我没有理解您的问题，您可以换个说法试试。', startMs=11000, endMs=11000, confidence=1.0),
                 dict(speaker='customer', text='转人工！', startMs=19500, endMs=19500, confidence=1.0),
                 dict(speaker='bot', text=M['bot_wait'][0], startMs=20600, endMs=20600, confidence=1.0),
                 dict(speaker='customer', text='还有人吗？', startMs=140000, endMs=140000, confidence=1.0)]
        ev += [dict(type='queued', atMs=20800), dict(type='ended', atMs=245000)]
        out = 'abandoned'
    else:
        code = kind.split('-', 1)[1]
        ev += [dict(type='page-loaded', atMs=1800)] if chn == 'webchat' else [dict(type='dialed', atMs=300)]
        ev.append(dict(type='ended', atMs=30500 if 'SELECTOR' in code else 4200))
        base.update(durationMs=ev[-1]['atMs'], events=ev, turns=[], outcome='failed', failedBy='harness', errorCode=code,
                    transcriptSource='chat-dom' if chn == 'webchat' else 'deepgram')
        return base
    base.update(durationMs=ev[-1]['atMs'], events=ev, turns=turns, outcome=out,
                transcriptSource='chat-dom' if chn == 'webchat' else 'deepgram')
    return base


def main():
    cs, mats = make_plan()
    rng = random.Random(SEED + 1)
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for d in DOMS:
        for sc in mats[d]['scen']:
            with open(os.path.join(OUT, 'scenarios', scen_id(d, sc) + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(write_scenario(mats[d], sc))
    contacts, labels = [], []
    started = 1715745600000
    for c in cs:
        M = mats[c['domain']]
        c['M'] = M
        crng = random.Random('%d-%s' % (SEED, c['cid']))
        T, why, hang, ref = build(c, M, crng)
        ev, pre, out, end_t = timeline(c, T, crng)
        ev, turns = finish(c, ev, pre, out, end_t, hang, crng)
        started += crng.randint(1800000, 9000000)
        obj = dict(schemaVersion=1, contactId=c['cid'], scenarioId=scen_id(c['domain'], M['scen'][c['si']]), runId=RUN,
                   channel=c['channel'], startedAt=started)
        if not c['f']['notime']:
            obj['durationMs'] = ev[-1]['atMs']
        obj.update(events=ev, turns=turns, outcome='completed',
                   transcriptSource='deepgram' if c['channel'] == 'voice' else 'chat-dom')
        contacts.append(obj)
        L, why = labels_for(c, why)
        labels.append(dict(contactId=c['cid'], domain=c['domain'], labels=L, why=why))
    for sid, d, si, chn, kind in SPECIALS:
        started += rng.randint(1800000, 9000000)
        contacts.append(special(sid, d, si, chn, kind, mats[d], rng, started))
        labels.append(dict(contactId='h8a-' + sid, domain=d, special=kind, labels={k: 'na' for k in CHECKS}, why={}))
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for o in contacts:
            fh.write(json.dumps(o, ensure_ascii=False, separators=(',', ':')) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False, separators=(',', ':')) + '\n')
    print('wrote %d contacts, %d labels' % (len(contacts), len(labels)))


if __name__ == '__main__':
    main()
