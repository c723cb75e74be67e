"""Generate scenarios/*.yaml, contacts.jsonl and labels.jsonl from the plan and the hand-written material.
Byte-identical on every run (seeded)."""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DOMAINS, load, asr_form, spoken_len, FILLERS
from mat_common import COMMON
from plan import make_plan, SEED

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = 'independent-dev16c'
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
REQ = [dict(verification=True, reference=True, empathy=True, survey=False),
       dict(verification=True, reference=False, empathy=False, survey=True),
       dict(verification=False, reference=True, empathy=False, survey=True)]
SLA = [dict(firstResponseMs=6000, responseLatencyMs=12000, handleTimeMs=900000),
       dict(firstResponseMs=10000, responseLatencyMs=20000, handleTimeMs=900000),
       dict(firstResponseMs=20000, responseLatencyMs=25000, handleTimeMs=900000)]
TAILS = ['请问有什么可以帮您？', '请问您遇到什么问题了？', '您请讲。', '请问您想咨询什么？', '有什么需要帮忙的吗？']
CUST_MORE = ['对，麻烦您帮我看看。', '是的，就是这个事。', '嗯，您帮我弄一下。']
DOUBT = ['啊？我怎么记得不是这样的？', '你确定吗？网上好像写的不一样。', '不对吧，上次听说的不是这个。']
CORR = ['不好意思，刚才我说错了，更正一下，', '刚才口误了，正确的是：', '我再确认了一下，刚才说得不对，']
AFTER_REF = ['好，我记一下。', '嗯，记下来了。', '好的。']
OKAY_DISC = ['好的，', '行，', '嗯，那我跟您说一下，']
REVERIFY = ['对了，按规定还得核对一下身份，', '哦对，忘了先核对信息，', '另外补一下核验，']
INVITE = ['好的，您具体想了解哪方面？', '明白了，您想先问哪个问题？', '好的，您接着说。']
VOK = ['好的，信息一致。', '好的，对上了。', '嗯，核对没问题。']

def q(s): return json.dumps(s, ensure_ascii=False)

def write_yaml(dom, M, si, S):
    f = S['fact']; i = S['info']; r = REQ[si]; sla = SLA[si]
    variants = list(f['variants'])
    af = asr_form(f['expected'])
    if af != f['expected'] and af not in variants: variants.append(af)
    lines = [f"id: {S['id']}", f"title: {q(S['title'])}",
             f"description: {q('独立语料 ' + SET + '，领域 ' + dom + '，机构 ' + M.ORG)}",
             'channel: [voice, webchat]', f'target: {{ phone: "{M.PHONE}" }}', f"persona: {{ name: {q(S['persona'])} }}",
             'locale: zh-CN', 'steps:', f"  - say: {q(S['problem'][0])}", f"  - wait: {{ pattern: {q(f['cues'][0])}, timeoutMs: 60000 }}",
             f"  - say: {q(S['fact_q'][0])}", '  - end: true', 'facts:',
             f"  - {{ key: {f['key']}, label: {q(f['label'])}, expected: {q(f['expected'])}, variants: {q(variants)}, wrong: {q(f['wrong'])}, cues: {q(f['cues'])} }}",
             'requiredInfo:', f"  - {{ key: {i['key']}, label: {q(i['label'])}, patterns: [{q(i['pattern'])}] }}",
             'requires: { ' + ', '.join(f'{k}: {str(v).lower()}' for k, v in r.items()) + ' }',
             'sla: { ' + ', '.join(f'{k}: {v}' for k, v in sla.items()) + ' }', f'tags: [{SET}, {dom}]', '']
    with open(os.path.join(OUT, 'scenarios', S['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))

class Pick:
    """Cycles through a category's lines so each wording is used in turn (spreads the wordings)."""
    def __init__(self, rng): self.rng = rng; self.idx = {}
    def __call__(self, key, lines, exclude=()):
        opts = [l for j, l in enumerate(lines) if j not in exclude]
        i = self.idx.get(key)
        if i is None: i = self.rng.randrange(len(opts))
        self.idx[key] = i + 1
        return opts[i % len(opts)]

def vans(vline, S, rng):
    d4 = ''.join(rng.choice('0123456789') for _ in range(4))
    if '验证码' in vline: return rng.choice(['验证码是', '是', '我看下，']) + ''.join(rng.choice('0123456789') for _ in range(6)) + '。'
    if '出生' in vline or '生日' in vline:
        return rng.choice(['', '是', '']) + f"{rng.randint(1950, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}号。"
    if '身份证' in vline: return rng.choice(['后四位是', '身份证最后四位', '']) + d4 + '。' if '姓名' not in vline and '名' not in vline else f"{S['persona']}，身份证后四位{d4}。"
    if '名' in vline: return f"我叫{S['persona']}，尾号{d4}。"
    return rng.choice(['尾号是', '后四位', '']) + d4 + '。'

def build(c, M, S, pk, rng):
    """Returns list of turn specs and the labels/why from the plan."""
    f, hn = c['f'], c['hn']; dom = c['dom']; voice = c['ch'] == 'voice'
    T = []
    def A(text, **kw): T.append(dict(sp='agent', text=text, **kw)); return T[-1]
    def C(text, **kw): T.append(dict(sp='customer', text=text, **kw)); return T[-1]
    why = {}
    # opening
    idl = pk(dom + 'id', M.M['agentid']); tail = rng.choice(TAILS)
    g = f.get('greeting'); idm = f.get('agentid')
    idpos = 'a3' if idm == 'late' else (None if idm == 'noid' else hn['idpos'])
    if g == 'idonly':
        a1 = idl + tail; idpos = 'a1'
    else:
        head = pk(dom + 'greet', M.M['greet']) if not g else pk(dom + 'bad', M.M['opener_bad'])
        if idm == 'noid': a1 = head + pk(dom + 'noid', M.M['noid']) + tail
        elif idpos == 'a1': a1 = head + idl + tail
        else: a1 = head + tail
    if g: why['greeting'] = '坐席首句无问候语' if g == 'bad' else '坐席首句只报工号没有问候'
    if idm == 'noid': why['agent-id'] = '坐席只说了泛称，始终没报工号或姓名'
    if idm == 'late': why['agent-id'] = '工号到第三个坐席话轮才报'
    A(a1, role='first')
    # problem + required info
    if f.get('reqinfo'):
        C(pk(dom + 'vol', S['volunteer'])); A(rng.choice(COMMON['ack_neutral']), role='a2')
        C(rng.choice(CUST_MORE))
        why['required-info'] = '坐席没有询问' + S['info']['label'] + '（客户主动说了）'
    else:
        C(pk(dom + 'prob', S['problem'])); A(pk(dom + 'ask' + S['id'], S['ask']), role='a2')
        give = pk(dom + 'give' + S['id'], S['give'])
        if hn['capology']: give = rng.choice(COMMON['capology']) + give
        C(give, custpause=hn['custpause'])
    if idpos == 'a2': T[-2]['text'] = idl + T[-2]['text']
    # answer segments: the first answer turn may be wrapped by a hold
    holdmode = f.get('hold') if c['hold'] else None
    state = dict(held=False)
    def answer(text, kind):
        """Emit an agent answer, wrapped in a hold if this is the first answer and a hold is planned."""
        if c['hold'] and not state['held']:
            state['held'] = True
            if holdmode == 'unann':
                A(rng.choice(COMMON['ack_neutral']))
                return A(text, hold=True, unann=True, kind=kind)
            A(pk(dom + 'hann', M.M['hold_ann'])); C(rng.choice(COMMON['ack']))
            if holdmode == 'nothx': return A(rng.choice(OKAY_DISC) + text, hold=True, kind=kind)
            return A(pk(dom + 'hthx', M.M['hold_thx']) + text, hold=True, kind=kind)
        return A(text, kind=kind)
    if holdmode == 'nothx': why['hold-etiquette'] = '查询等待后没有感谢等待'
    if holdmode == 'unann': why['hold-etiquette'] = '长时间静默前没有告知请稍等'; why['dead-air'] = '未告知的长时间静默'
    r = REQ[c['s']]
    if r['verification']:
        disc = pk(dom + 'disc' + S['id'], S['disclose'])
        vm = f.get('verif')
        vline = pk(dom + 'ver', M.M['verify'])
        if vm is None:
            A(vline); C(vans(vline, S, rng)); answer(rng.choice(VOK)[:-1] + '，' + disc, 'disc')
        elif vm == 'late':
            answer(disc, 'disc'); C(rng.choice(COMMON['ack'][:3])); A(rng.choice(REVERIFY) + vline); C(vans(vline, S, rng))
            A(rng.choice(VOK))
            why['verification'] = '先说出了客户记录信息，之后才核验身份'
        else:
            answer(disc, 'disc')
            why['verification'] = '没有核验身份就透露了客户记录'
    if not r['verification']:
        A(rng.choice(INVITE))
    # complaint
    look = [j for j in range(len(M.M['lookalike'])) if j not in (3, 5)]
    if c['complaint']:
        s1 = c['s'] == 0
        C(pk(dom + 'cmp', M.M['complaint']) if s1 else pk('cmpg', COMMON['complaint_gen']), backch=hn['backch'], cmp=True)
        calm = M.M['lookalike'][rng.choice([4, 6, 7])] if hn['look'] and rng.random() < 0.35 else ''
        if f.get('empathy'):
            A(pk(dom + 'proc', M.M['procedure']) if s1 else pk('procg', COMMON['procedure_gen'])); why['empathy'] = '客户抱怨后坐席没有致歉或共情，直接走流程'
        else:
            A(pk(dom + 'emp', M.M['empathy']) if s1 else pk('empg', COMMON['empathy_gen']))
        if calm: T[-1]['text'] += calm
    # fact
    fm = f.get('fact'); F = S['fact']
    def fact_line(v): return pk(dom + 'fs' + S['id'], S['fact_say']).replace('{v}', v)
    if fm != 'omit':
        C(pk(dom + 'fq' + S['id'], S['fact_q']), backch=hn['backch'] and not c['complaint'])
        pre = M.M['lookalike'][0] if hn['look'] and rng.random() < 0.3 else ''
        post = M.M['lookalike'][rng.choice([1, 5])] if hn['look'] and not pre and rng.random() < 0.4 else ''
        if fm in ('wrong', 'corr'):
            answer(pre + fact_line(rng.choice(F['wrong'])), 'fact')
            if fm == 'corr':
                C(rng.choice(DOUBT)); A(rng.choice(CORR) + fact_line(F['expected']))
                why['no-misinformation'] = '先说了错误的' + F['label'] + '，虽然后来更正'
            else:
                why['fact-accuracy'] = F['label'] + '说错了'; why['no-misinformation'] = F['label'] + '给了错误数值'
        else:
            answer(pre + fact_line(rng.choice([F['expected']] + F['variants'])) + post, 'fact')
    else:
        why['fact-accuracy'] = '始终没有告知' + F['label']; why['resolution'] = '没有回答' + F['label']
    # side question
    C(pk(dom + 'sq' + S['id'], S['side_q']))
    k = rng.randrange(len(S['side_q'])); k = S['side_q'].index(T[-1]['text'])
    bad = ''
    if f.get('rude'): bad = pk(dom + 'rude', M.M['rude']); why['politeness'] = '坐席说了不礼貌的话'; why['forbidden-words'] = '服务忌语：' + bad
    elif f.get('cold'): bad = pk(dom + 'jiyu', M.M['jiyu']); why['forbidden-words'] = '服务忌语：' + bad
    suffix = ''
    if hn['look'] and rng.random() < 0.4:
        suffix = M.M['lookalike'][3] + '您看需要吗？'
    if f.get('nonans'):
        answer(pk(dom + 'na', M.M['nonanswer']) + bad, 'side'); C(rng.choice(COMMON['after_na']))
        why['resolution'] = '客户的问题被“不清楚”类回答打发，没有后续'
    elif hn['madegood']:
        answer(pk(dom + 'na', M.M['nonanswer']), 'side'); C(rng.choice(COMMON['press']))
        A('我刚问了一下同事，' + S['side_a'][k] + bad); C(rng.choice(AFTER_REF))
    else:
        answer(S['side_a'][k] + suffix + bad, 'side'); C(rng.choice(['不用了，谢谢。', '暂时不用，我先这样。']) if suffix else rng.choice(AFTER_REF))
    # end
    end1 = ''
    if r['reference']:
        if f.get('ref'):
            why['record-reference'] = '没有给出工单号/受理编号'
            if hn['refneg']: end1 += pk(dom + 'rn', M.M['refneg'])
        else: end1 += pk(dom + 'ref', M.M['ref'])
    elif hn['refneg']: end1 += pk(dom + 'rn', M.M['refneg'])
    if r['survey']:
        if f.get('survey'): why['survey-offered'] = '没有邀请满意度评价'
        else: end1 += pk(dom + 'sv', M.M['survey'])
    if c['walkout']:
        if end1: A(end1)
        C(pk('walk', COMMON['walkout']), walkout=True)
        hang = 'customer'
    else:
        A(end1 + pk('wq', COMMON['wrapq']), role='wrapq'); C(pk('nm', COMMON['no_more']))
        cm = f.get('closing'); hang = 'customer'
        if cm == 'bare':
            A(rng.choice(COMMON['bare_end'])); why['closing'] = '结尾只有“好的”，没有结束语'; hang = 'agent'
        elif cm == 'none':
            why['closing'] = '客户说没有了以后坐席直接挂机，没有结束语'; hang = 'agent'
        else:
            A(pk(dom + 'cl', M.M['closing']))
            if hn['bye']: C(pk('bye', COMMON['bye']))
            else: hang = 'agent'
    # id in third agent turn
    if idpos == 'a3':
        ags = [t for t in T if t['sp'] == 'agent']
        ags[2]['text'] = idl + ags[2]['text']
    return T, why, hang

def asrize(text, rng):
    t = asr_form(text)
    out = []
    start = True
    for ch in t:
        if start and rng.random() < (0.45 if not out else 0.22):
            out.append(rng.choice(FILLERS) + ('' if rng.random() < 0.5 else ' '))
        start = False
        if ch in '，。？！、：；,.?!':
            out.append(' ' if rng.random() < 0.6 else '')
            start = True
        else:
            out.append(ch)
    return ''.join(out).strip()

def timing(c, T, S, rng):
    """Assign startMs/endMs. Returns events list, duration and marks which gaps were made."""
    f, hn = c['f'], c['hn']; voice = c['ch'] == 'voice'; si = c['s']; sla = SLA[si]
    ev = [dict(type='started', atMs=0)]
    if voice:
        ev += [dict(type='dialed', atMs=300), dict(type='ringing', atMs=1400)]
        t = 1400 + rng.randint(4000, 11000); ev.append(dict(type='answered', atMs=t))
    else:
        t = rng.randint(1200, 2500); ev.append(dict(type='page-loaded', atMs=t))
    pre = []
    M = load(c['dom'])
    if voice and c['ivr']:
        for line in M.IVR:
            txt = asrize(line, rng) if c['asr'] else line
            d = int(spoken_len(txt) / 250 * 60000); pre.append(dict(speaker='ivr', text=txt, startMs=t + 300, endMs=t + 300 + d))
            t += 300 + d
        t += 1500; ev.append(dict(type='dtmf', atMs=t, detail=dict(digits='0'))); t += 500
        ev.append(dict(type='queued', atMs=t)); t += rng.randint(5000, 40000)
    elif not voice and c['bot']:
        b = M.BOT[0]; t += 800; pre.append(dict(speaker='bot', text=b, startMs=t, endMs=t))
        t += rng.randint(6000, 15000); pre.append(dict(speaker='customer', text='转人工', startMs=t, endMs=t))
        t += 1200; pre.append(dict(speaker='bot', text=M.BOT[1], startMs=t, endMs=t))
        t += 500; ev.append(dict(type='queued', atMs=t)); t += rng.randint(8000, 60000)
    elif not voice and rng.random() < 0.5:
        ev.append(dict(type='queued', atMs=t + 300)); t += rng.randint(5000, 30000)
    else:
        t += rng.randint(300, 900)
    joined = t; ev.append(dict(type='agent-joined', atMs=joined))
    arate = rng.uniform(190, 250)
    if f.get('speech') == 'fast': arate = rng.uniform(350, 400)
    if f.get('speech') == 'slow': arate = rng.uniform(75, 95)
    crate = rng.uniform(200, 260)
    est = lambda i: spoken_len(T[i]['text']) / (arate if T[i]['sp'] == 'agent' else crate) * 60000
    # choose special gaps
    ag_idx = [i for i, x in enumerate(T) if x['sp'] == 'agent']
    after_c = [i for i in ag_idx if i > 0 and T[i - 1]['sp'] == 'customer' and not T[i].get('hold') and i > 2]
    dead_i = None
    if f.get('dead'):
        cand = [i for i in after_c if T[i].get('kind') in ('side', 'fact')] or after_c
        dead_i = cand[0]
    lat_i = None
    if f.get('lat'):
        cand = [i for i in after_c if i != dead_i]
        lat_i = rng.choice(cand)
    int_i = None
    if f.get('interrupt'):
        cand = [i for i in ag_idx if i >= 2 and T[i - 1]['sp'] == 'customer' and not T[i].get('hold') and i != dead_i and est(i) >= 1800 and est(i - 1) >= 2300]
        if not cand: raise SystemExit('no interruption slot ' + c['id'] + repr([(x['sp'], x['text']) for x in T]))
        int_i = rng.choice(cand)
    small_i = None
    if hn['smallover']:
        cand = [i for i in after_c if i not in (dead_i, int_i)]
        if cand: small_i = rng.choice(cand)
    holds = []
    prev_end = joined
    first = True
    for i, x in enumerate(T):
        n = spoken_len(x['text'])
        if voice:
            rate = arate if x['sp'] == 'agent' else crate
            dur = max(400, int(n / rate * 60000))
            if first:
                gap = rng.randint(6600, 7500) if f.get('fr') else rng.randint(800, 2500); first = False
            elif x.get('hold'):
                gap = rng.randint(16000, 42000)
            elif i == dead_i: gap = rng.randint(9000, 11000)
            elif i == int_i: gap = -rng.randint(1300, min(2300, dur - 200, int((T[i - 1]['endMs'] - T[i - 1]['startMs'])) - 800))
            elif i == small_i: gap = -rng.randint(200, 700)
            elif x['sp'] == 'customer' and x.get('custpause') and T[i - 1]['text'].rstrip().endswith('？'): gap = rng.randint(9000, 10500)
            else: gap = rng.randint(300, 1500)
            s = prev_end + gap
            x['startMs'] = s; x['endMs'] = s + dur
        else:
            if first:
                fr = sla['firstResponseMs']
                gap = fr + rng.randint(2000, min(8000, 29000 - fr)) if f.get('fr') else rng.randint(2000, 5000); first = False
            elif x.get('hold'): gap = rng.randint(35000, 80000)
            elif i == lat_i:
                L = sla['responseLatencyMs']; gap = L + rng.randint(1500, min(6000, 29000 - L))
            elif x['sp'] == 'customer':
                gap = rng.randint(35000, 50000) if x.get('custpause') and T[i - 1]['text'].rstrip().endswith('？') else rng.randint(3000, 15000)
            elif T[i - 1]['sp'] == 'agent': gap = rng.randint(1000, 4000)
            else: gap = rng.randint(3000, min(10000, sla['responseLatencyMs'] - 2000))
            s = prev_end + gap; x['startMs'] = s; x['endMs'] = s
        if x.get('hold'):
            holds.append((prev_end, x['startMs']))
        prev_end = max(prev_end, x['endMs'])
    # backchannels (voice): agent 嗯 said over a long customer turn
    bcs = []
    if voice:
        for i, x in enumerate(T):
            if x.get('backch') and x['sp'] == 'customer' and x['endMs'] - x['startMs'] > 2500 and not (i + 1 < len(T) and T[i + 1]['startMs'] < x['endMs']):
                s = x['startMs'] + int((x['endMs'] - x['startMs']) * 0.45)
                bcs.append(dict(sp='agent', text=rng.choice(COMMON['backch'][:2] if x.get('cmp') else COMMON['backch']), startMs=s, endMs=s + rng.randint(300, 550), bc=True))
    T2 = sorted(T + bcs, key=lambda x: x['startMs'])
    end = max(x['endMs'] for x in T2)
    if voice and holds and rng.random() < 0.5:
        a, b = holds[0]
        ev.append(dict(type='hold-start', atMs=a + 400)); ev.append(dict(type='hold-end', atMs=b - 400))
    return pre, T2, ev, end, joined

def labels_from_plan(c, why):
    f = c['f']; r = REQ[c['s']]; voice = c['ch'] == 'voice'
    L = {k: 'pass' for k in CHECKS}
    for k in why: L[k] = 'fail'
    if not voice: L['interruption'] = 'na'; L['speech-rate'] = 'na'
    else:
        if f.get('interrupt'): L['interruption'] = 'fail'; why['interruption'] = '坐席在客户话没说完时抢话（提前1秒以上开口）'
        if f.get('speech'): L['speech-rate'] = 'fail'; why['speech-rate'] = '坐席语速' + ('过快' if f['speech'] == 'fast' else '过慢')
    if f.get('dead'): L['dead-air'] = 'fail'; why['dead-air'] = '客户说完后坐席沉默8秒以上且未告知'
    if f.get('fr'): L['first-response'] = 'fail'; why['first-response'] = '坐席接入后首句超出首响时限'
    if f.get('lat'): L['response-latency'] = 'fail'; why['response-latency'] = '客户消息超过时限未回复'
    if not r['verification']: L['verification'] = 'na'
    if not r['reference']: L['record-reference'] = 'na'
    if not r['survey']: L['survey-offered'] = 'na'
    if not c['hold']: L['hold-etiquette'] = 'na'
    if not c['complaint'] and not r['empathy']: L['empathy'] = 'na'
    if c['walkout']: L['closing'] = 'na'
    return L

def main():
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for dom in DOMAINS:
        M = load(dom)
        for si, S in enumerate(M.SCEN): write_yaml(dom, M, si, S)
    rng = random.Random(SEED + 1)
    pk = Pick(random.Random(SEED + 2))
    contacts, labels = [], []
    base = 1772413200000  # 2026-03-02 09:00 +08:00
    for gi, c in enumerate(make_plan()):
        M = load(c['dom']); S = M.SCEN[c['s']]
        T, why, hang = build(c, M, S, pk, rng)
        voice = c['ch'] == 'voice'
        for x in T:
            if voice and c['asr']: x['text'] = asrize(x['text'], rng)
        pre, T2, ev, end, joined = timing(c, T, S, rng)
        turns = pre + [dict(speaker=x['sp'], text=x['text'], startMs=x['startMs'], endMs=x['endMs']) for x in T2]
        for t in turns:
            t['confidence'] = round(rng.uniform(0.6, 0.93) if voice and c['asr'] else rng.uniform(0.9, 0.99), 2) if voice else 1.0
        if voice: ev.append(dict(type='hangup', atMs=end + rng.randint(500, 1500), detail=dict(by=hang)))
        ended = (ev[-1]['atMs'] if voice else end) + rng.randint(300, 3000)
        if c['nodur']:
            mids = [t for t in turns if t['speaker'] == 'agent']
            ev.append(dict(type='transfer', atMs=mids[len(mids) // 2]['startMs'] - 100))
        ev.append(dict(type='ended', atMs=ended))
        ev.sort(key=lambda e: e['atMs'])
        obj = dict(schemaVersion=1, contactId=c['id'], scenarioId=S['id'], runId='dev16c', channel='voice' if voice else 'webchat',
                   startedAt=base + gi * 1913000 + rng.randint(0, 600000))
        if not c['nodur']: obj['durationMs'] = ended
        obj.update(events=ev, turns=turns, outcome='completed', transcriptSource='deepgram' if voice else 'chat-dom')
        contacts.append(obj)
        L = labels_from_plan(c, why)
        labels.append(dict(contactId=c['id'], domain=c['dom'], labels=L, why={k: v for k, v in why.items() if L.get(k) == 'fail'}))
    specials(contacts, labels, rng, base)
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for o in contacts: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for o in labels: fh.write(json.dumps(o, ensure_ascii=False) + '\n')

def specials(contacts, labels, rng, base):
    M = {d: load(d) for d in DOMAINS}
    sp = [('x01', 'union', 'voice', 'no-answer'), ('x02', 'mattress', 'voice', 'busy'), ('x03', 'hearing', 'voice', 'ivr-abandon'),
          ('x04', 'milktea', 'webchat', 'chat-queue-abandon'), ('x05', 'aquarium', 'webchat', 'bot-only'),
          ('x06', 'swim', 'webchat', 'E_SELECTOR_TIMEOUT'), ('x07', 'mattress', 'voice', 'E_BROWSER_CRASHED')]
    for k, (x, dom, ch, kind) in enumerate(sp):
        S = M[dom].SCEN[k % 3]
        o = dict(schemaVersion=1, contactId='h9c-' + x, scenarioId=S['id'], runId='dev16c', channel=ch,
                 startedAt=base + 200 * 1913000 + k * 777000)
        ev = [dict(type='started', atMs=0)]; turns = []
        if kind == 'no-answer':
            ev += [dict(type='dialed', atMs=300), dict(type='ringing', atMs=1500), dict(type='ended', atMs=61500)]; out = 'no-answer'
        elif kind == 'busy':
            ev += [dict(type='dialed', atMs=300), dict(type='ended', atMs=2100)]; out = 'busy'
        elif kind == 'ivr-abandon':
            line = M[dom].IVR[0]; d = int(spoken_len(line) / 250 * 60000)
            ev += [dict(type='dialed', atMs=300), dict(type='ringing', atMs=1400), dict(type='answered', atMs=6200)]
            turns.append(dict(speaker='ivr', text=line, startMs=6500, endMs=6500 + d, confidence=0.95))
            t = 6500 + d + 1500
            ev += [dict(type='dtmf', atMs=t, detail=dict(digits='0')), dict(type='queued', atMs=t + 500),
                   dict(type='hangup', atMs=t + 95000, detail=dict(by='customer')), dict(type='ended', atMs=t + 95400)]
            out = 'abandoned'
        elif kind == 'chat-queue-abandon':
            ev += [dict(type='page-loaded', atMs=1800), dict(type='queued', atMs=2600), dict(type='ended', atMs=182600)]; out = 'abandoned'
        elif kind == 'bot-only':
            ev += [dict(type='page-loaded', atMs=1500)]
            turns = [dict(speaker='bot', text=M[dom].BOT[0], startMs=2300, endMs=2300, confidence=1.0),
                     dict(speaker='customer', text='我要找人工客服，机器人解决不了。', startMs=14000, endMs=14000, confidence=1.0),
                     dict(speaker='bot', text=M[dom].BOT[1], startMs=15200, endMs=15200, confidence=1.0),
                     dict(speaker='customer', text='人呢？还有人吗？', startMs=95000, endMs=95000, confidence=1.0)]
            ev += [dict(type='queued', atMs=15500), dict(type='ended', atMs=215000)]; out = 'abandoned'
        else:
            ev += [dict(type='page-loaded', atMs=1700)] if ch == 'webchat' else [dict(type='dialed', atMs=300)]
            ev.append(dict(type='ended', atMs=31000 if kind == 'E_SELECTOR_TIMEOUT' else 4200)); out = 'failed'
        o['durationMs'] = ev[-1]['atMs']
        o.update(events=ev, turns=turns, outcome=out, transcriptSource='deepgram' if ch == 'voice' else 'chat-dom')
        if out == 'failed': o.update(failedBy='harness', errorCode=kind)
        contacts.append(o)
        labels.append(dict(contactId=o['contactId'], domain=dom, labels={c: 'na' for c in CHECKS}, why={}, special=kind))

if __name__ == '__main__':
    main()
