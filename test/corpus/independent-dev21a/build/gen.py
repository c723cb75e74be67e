"""Generator: plan + material -> scenarios/*.yaml, contacts.jsonl, labels.jsonl. Byte-identical on every run."""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mat_common as MC
from plan import make_plan, DOMAINS, SEED
MATS = {d: __import__(f'mat_{d}').MAT for d in DOMAINS}
OUT = os.path.dirname(HERE)
SET = 'independent-dev21a'
RUN = 'dev21a'
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
PUNCT = '，。？！、：；,.?!:;～~…“”"\'（）()%'
CN = '零一二三四五六七八九'
HOMO = [('工号', '公号'), ('再见', '在见'), ('耐心', '耐新'), ('核对', '合对'), ('麻烦', '马烦')]
FILLERS = ['呃', '那个', '嗯', '就是']


def read2(n):
    n = int(n)
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else CN[t]) + '十' + (CN[u] if u else '')


def digits_words(s):
    def rep(m):
        r = m.group(0)
        if len(r) <= 2:
            return read2(r)
        return ''.join('幺' if c == '1' else CN[int(c)] for c in r)
    return re.sub(r'\d+', rep, s)


def spoken_chars(s):
    return sum(1 for c in s if not c.isspace() and c not in PUNCT)


class Picker:
    def __init__(self, rng):
        self.rng = rng
        self.used = {}

    def __call__(self, pool, key=lambda x: x):
        best = min(self.used.get(key(x), 0) for x in pool)
        cands = [x for x in pool if self.used.get(key(x), 0) == best]
        x = self.rng.choice(cands)
        self.used[key(x)] = self.used.get(key(x), 0) + 1
        return x


TAGRE = re.compile(r'^@([0-9A-Z]+):')


def tx(x):
    return TAGRE.sub('', x)


def fit(pool, sidx, place=None):
    """lines tagged @<scenario digits><placement letters>: only where they make sense"""
    out = []
    for x in pool:
        key = x[0] if isinstance(x, tuple) else x
        mm = TAGRE.match(key)
        tg = mm.group(1) if mm else ''
        digs = {c for c in tg if c.isdigit()}
        lets = {c for c in tg if c.isalpha()}
        if digs and str(sidx) not in digs:
            continue
        if place and place not in lets:
            continue
        out.append(x)
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenarios():
    for d in DOMAINS:
        m = MATS[d]
        for sc in m['scenarios']:
            L = [f'id: {sc["id"]}', f'title: {yq(sc["title"])}',
                 'description: ' + yq('独立语料 ' + SET + '，领域 ' + d + '，机构 ' + m['org']),
                 'channel: [voice, webchat]', f'target: {{ phone: {yq(m["phone"])} }}',
                 f'persona: {{ name: {yq(sc["persona"])} }}', 'locale: zh-CN', 'steps:',
                 f'  - say: {yq(sc["request"][0])}', '  - wait: { pattern: "您好|你好|请讲|请问", timeoutMs: 60000 }',
                 f'  - say: {yq(sc["facts"][0]["ask"][0])}', '  - wait: { pattern: "。|？", timeoutMs: 60000 }',
                 '  - end: true', 'facts:']
            for f in sc['facts']:
                var = list(f['variants']) + ([f['spoken']] if f['spoken'] not in f['variants'] and f['spoken'] != f['expected'] else [])
                wr = list(f['wrong']) + ([f['wspoken']] if f['wspoken'] not in f['wrong'] else [])
                L.append(f'  - {{ key: {f["key"]}, label: {yq(f["label"])}, expected: {yq(f["expected"])}, '
                         f'variants: [{", ".join(yq(v) for v in var)}], wrong: [{", ".join(yq(v) for v in wr)}], '
                         f'cues: [{", ".join(yq(v) for v in f["cues"])}] }}')
            L.append('requiredInfo:')
            for it in sc['info']:
                L.append(f'  - {{ key: {it["key"]}, label: {yq(it["label"])}, patterns: [{yq(it["pattern"])}] }}')
            r = sc['requires']
            L.append('requires: { ' + ', '.join(f'{k}: {"true" if r[k] else "false"}' for k in ['verification', 'reference', 'empathy', 'survey']) + ' }')
            s = sc['sla']
            L.append(f'sla: {{ firstResponseMs: {s["firstResponseMs"]}, responseLatencyMs: {s["responseLatencyMs"]}, handleTimeMs: {s["handleTimeMs"]} }}')
            L.append(f'tags: [{SET}, {d}]')
            with open(os.path.join(OUT, 'scenarios', sc['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write('\n'.join(L) + '\n')


def build(p, rng, pick):
    m = MATS[p['domain']]
    sc = m['scenarios'][p['sidx']]
    voice = p['channel'] == 'voice'
    asr = p['asr']
    f1, f2 = sc['facts']
    sla = sc['sla']
    why = {}
    # per-contact values
    pname = rng.choice(MC.PNAMES)
    y, mo, da = rng.randint(1950, 2001), rng.randint(1, 12), rng.randint(1, 28)
    birth = f'{y}年{mo}月{da}日' if not asr else f'{digits_words(str(y))}年{read2(mo)}月{read2(da)}号'
    vals = dict(d4=f'{rng.randint(0, 9999):04d}', d6=f'{rng.randint(0, 999999):06d}', d8=f'{rng.randint(10000000, 99999999)}',
                pname=pname, birth=birth)
    staff = rng.choice([f'{rng.randint(1000, 9999)}', f'{rng.choice("ABCDKM")}{rng.randint(100, 999)}', f'{rng.randint(10000, 99999)}'])
    aname = rng.choice(m['names'])
    ref = f'{m["refpre"]}{rng.randint(24, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 9999):04d}'

    def fill(t):
        return t.format(n=staff, name=aname, ref=ref, **vals)

    def fv(f, right):
        if asr:
            return f['spoken'] if right else f['wspoken']
        return rng.choice([f['expected']] + f['variants']) if right else rng.choice(f['wrong'])

    def state(f, right):
        return pick(f['state']).format(v=fv(f, right))

    T = []
    agent_n = [0]
    pend = []  # pieces to put at the start of the next agent turn
    tail = []  # pieces to put at the end of the next agent turn

    def A(text, **kw):
        agent_n[0] += 1
        pieces = pend[:] + [text] + tail[:]
        pend.clear(); tail.clear()
        if p['idmode'] == 'late' and agent_n[0] == 3:
            pieces.append(rng.choice(['忘了介绍，', '补充一下，', '对了，']) + fill(pick(m['id_tpl'])) + '。')
        T.append(dict(sp='agent', text=''.join(x for x in pieces if x), **kw))
        return T[-1]

    def C(text, **kw):
        T.append(dict(sp='customer', text=text, **kw))
        return T[-1]

    def idline():
        return fill(pick(m['id_tpl']))

    # ---- opener
    offer = pick(MC.OFFER)
    if p['greet'] == 'pass':
        g = pick(m['greet'])
        if p['idmode'] == 'first':
            a1 = g + '，' + idline() + '，' + offer
        elif p['idmode'] == 'bare':
            a1 = g + '。' + pick(m['id_bare']) + offer
        else:
            a1 = g + '，' + offer
    else:
        why['greeting'] = 'agent opens with business, no greeting word'
        ng = pick(m['open_nogreet'])
        if p['idmode'] == 'first':
            a1 = idline() + '，' + ng
        elif p['idmode'] == 'bare':
            a1 = pick(m['id_bare']) + ng
        else:
            a1 = ng
    A(a1, first=True)
    if p['idmode'] == 'bare':
        why['agent-id'] = 'bare role only, no name or staff number'
    elif p['idmode'] == 'none':
        why['agent-id'] = 'agent never identifies itself'
    elif p['idmode'] == 'late':
        why['agent-id'] = 'id first given in the third agent turn'
    if p['abuse'] == 'curt':
        C(pick(MC.CUST_HELLO))
        A(pick(MC.CURT_OPEN), reply=True)
    # ---- request
    info = sc['info'][0]
    ask1 = pick(f1['ask'])
    req = pick(sc['request'])
    comp = tx(pick(fit(m['complaint'], p['sidx']))) if p['complaint'] else ''
    vol = ''
    if p['ri'] == 'fail':
        vol = rng.choice(MC.VOLUNTEER_PRE) + fill(pick(info['answers']))
        why['required-info'] = f'agent never asked for {info["key"]} (customer volunteered it)'
    C(req + comp + ask1 + vol, long=True, complaint=bool(comp))
    # ---- A2
    if p['abuse'] == 'curt':
        A(pick(info['curt']), reply=True)
        C(fill(pick(info['answers'])) + (pick(m['cust_sorry']) if p['sorry'] else ''))
    else:
        parts = []
        if p['interrupt']:
            parts.append(pick(MC.INTERRUPT))
        if p['complaint']:
            efirst = p['complaint'] == 'fail' and not (p['escalate'] and rng.random() < 0.5)
            p['_efail_first'] = efirst
            parts.append(tx(pick(fit(m['nonemp'], p['sidx']))) if efirst else tx(pick(fit(m['emp'], p['sidx']))))
        if p['idmode'] == 'second':
            parts.append(idline() + '。')
        if p['look'] and rng.random() < 0.5:
            parts.append(tx(pick(fit(m['lookalike'], p['sidx'], 'A'))))
            p['look'] = False
        if p['ri'] == 'pass':
            parts.append(pick(info['asks']))
        else:
            parts.append(pick(MC.PROCEED))
        A(''.join(parts), reply=True, interrupt=p['interrupt'])
        if p['ri'] == 'pass':
            C(fill(pick(info['answers'])) + (pick(m['cust_sorry']) if p['sorry'] else ''))
    if p['interrupt']:
        why['interruption'] = 'agent takes the floor over the customer (>1 s before the customer finished)'
    # ---- verification before disclosure
    if p['verif'] == 'ok':
        va, vans = pick(m['verif'])
        A(va, reply=True)
        C(fill(vans))
        pend.append(pick(m['verif_ok']))
    # ---- hold / disclosure / fact1
    fw = p['fwhich']
    right1 = not (p['facts'] in ('wrong', 'corrected') and fw == 0)
    right2 = not (p['facts'] in ('wrong', 'corrected') and fw == 1)
    disc = pick(sc['disclose'])
    body = []
    if p['hold'] in ('ok', 'nothx'):
        A(pick(m['hold_ann']), reply=True)
        if rng.random() < 0.6:
            C(pick(MC.CUST_ACK))
        body.append(pick(m['hold_thx']) if p['hold'] == 'ok' else '')
        holdgap = True
    elif p['hold'] == 'noann':
        if not pend and T[-1]['sp'] == 'agent':
            C(pick(MC.CUST_ACK))
        if pend:
            # the check confirmation would be its own turn: keep it, then silence
            A('', reply=True)
            C(pick(MC.CUST_ACK))
        body.append(pick(m['hold_thx']) if rng.random() < 0.4 else '')
        holdgap = True
    else:
        holdgap = False
    body.append(disc)
    if p['close'] == 'walk' and p['ref'] == 'pass':
        body.append(fill(tx(pick(fit(m['ref_tpl'], p['sidx'])))))
    body.append(state(f1, right1))
    if p['f2pro'] and p['facts'] != 'omit':
        body.append('另外，' + state(f2, right2))
    A(''.join(body), reply=True, hold=p['hold'] if holdgap else None)
    if p['hold'] == 'noann':
        why['hold-etiquette'] = 'silence while the agent looked things up was not announced'
    elif p['hold'] == 'nothx':
        why['hold-etiquette'] = 'no thanks for waiting after the hold'
    if p['facts'] == 'corrected' and (fw == 0 or p['f2pro']):
        pend.append(pick(MC.CORRECT).format(v=fv([f1, f2][fw], True)))
    # ---- late verification
    if p['verif'] == 'late':
        C(pick(MC.CUST_ACK))
        va, vans = pick(m['verif'])
        A('对了，' + va, reply=True)
        C(fill(vans))
        A(pick(m['verif_ok']), reply=True)
        why['verification'] = 'record disclosed before the identity check (check added afterwards)'
    elif p['verif'] == 'none':
        why['verification'] = 'no identity check before disclosing the record'
    # ---- fact2
    rudepfx = ''
    if p['facts'] != 'omit' and not p['f2pro']:
        C(pick(f2['ask']))
        lk = ''
        if p['look'] and not rudepfx and rng.random() < 0.5:
            lk = tx(pick(fit(m['lookalike'], p['sidx'], 'Q')))
            p['look'] = False
        A(rudepfx + lk + state(f2, right2), reply=True)
        rudepfx = ''
        if p['facts'] == 'corrected' and fw == 1:
            pend.append(pick(MC.CORRECT).format(v=fv(f2, True)))
    # ---- escalation
    if p['escalate']:
        C(pick(m['escalate']), complaint=True)
        if p['complaint'] == 'pass' or (p['_efail_first'] and rng.random() < 0.5):
            A(tx(pick(fit(m['emp'], p['sidx']))) + pick(MC.ESC_ACT), reply=True)
        else:
            A(tx(pick(fit(m['nonemp'], p['sidx']))) + pick(MC.ESC_ACT), reply=True)
    if p['complaint'] == 'fail':
        why['empathy'] = 'a complaint got no apology or acknowledgement in the next two agent turns'
    # ---- 忌语 exchanges
    if p['abuse'] == 'rude' and p['jkind'] == 'told':
        C(rng.choice(MC.REASK_PRE) + pick(f1['ask']))
        A(pick([x[0] for x in m['forbid'] if x[1] == 'told']), reply=True)
    elif p['abuse'] == 'rude':
        # the customer asks again; the agent snaps, then repeats the answer
        C(rng.choice(MC.REASK_PRE) + pick(f1['ask']))
        A(pick([x[0] for x in m['forbid'] if x[1] == p['jkind']]) + state(f1, p['facts'] != 'wrong' or fw != 0), reply=True)
    if p['abuse'] == 'jiyu':
        if p['jkind'] == 'toldans':
            C(rng.choice(MC.REASK_PRE) + pick(f1['ask']))
            A(pick([x[0] for x in m['forbid'] if x[1] == 'toldans']) + state(f1, p['facts'] != 'wrong' or fw != 0), reply=True)
        else:
            C(pick(MC.MULL))
            A(pick([x[0] for x in m['forbid'] if x[1] == 'cold']), reply=True)
    if p['abuse'] in ('rude', 'jiyu', 'tuiwei'):
        why['forbidden-words'] = {'rude': f'服务忌语 ({p["jkind"]})', 'jiyu': f'服务忌语 ({p["jkind"]})', 'tuiwei': '服务忌语 (推诿: sends the customer elsewhere with nothing)'}[p['abuse']]
    if p['abuse'] == 'rude':
        why['politeness'] = f'rude line ({p["jkind"]})'
    elif p['abuse'] == 'curt':
        why['politeness'] = 'curt register: three bare clipped turns'
    # ---- side question
    if p['res'] != 'none':
        if p['abuse'] == 'tuiwei':
            q, a, tw = pick(fit([s for s in m['side'] if s[2]], p['sidx']), key=lambda s: s[0])
        else:
            q, a, tw = pick(fit(m['side'], p['sidx']), key=lambda s: s[0])
        C(tx(q))
        look = ''
        if p['look']:
            look = tx(pick(fit(m['lookalike'], p['sidx'], 'Q')))
        if p['abuse'] == 'tuiwei':
            A(tw, reply=True)
            why['resolution'] = 'side question only sent elsewhere'
        elif p['res'] == 'fail':
            A(pick(m['nonans']), reply=True)
            why['resolution'] = 'side question got a non-answer'
        elif p['res'] == 'hn':
            A(pick(m['nonans']), reply=True)
            C(pick(MC.PRESS))
            A(rudepfx + a, reply=True)
        else:
            A(rudepfx + look + a, reply=True)
    # ---- facts labels
    if p['facts'] == 'wrong':
        why['fact-accuracy'] = f'{[f1, f2][fw]["key"]} stated wrong'
        why['no-misinformation'] = f'wrong {[f1, f2][fw]["key"]} stated'
    elif p['facts'] == 'omit':
        why['fact-accuracy'] = f'{f2["key"]} never stated'
    elif p['facts'] == 'corrected':
        why['no-misinformation'] = f'wrong {[f1, f2][fw]["key"]} stated before the correction'
    # ---- wrap
    hang = 'customer'
    if p['close'] == 'walk':
        C(pick(MC.WALKOUT), walkout=True)
    else:
        w = []
        if p['ref'] == 'pass':
            w.append(fill(tx(pick(fit(m['ref_tpl'], p['sidx'])))))
        if p['survey'] == 'pass':
            w.append(tx(pick(fit(m['survey'], p['sidx']))))
        if p['abuse'] == 'curt':
            if w or pend:
                A(''.join(w), reply=True)
            A(pick(MC.CURT_WRAP))
        else:
            if p['close'] == 'fail' or rng.random() < 0.5:
                w.append(tx(pick([x for x in fit(m['fake_close'], p['sidx']) if x.endswith('？')])))
            if w or pend:
                A(''.join(w), reply=True)
        C(pick(MC.CUST_BYE))
        if p['close'] == 'pass':
            A(pick(m['close']), reply=True)
            hang = rng.choice(['customer', 'agent'])
        else:
            why['closing'] = 'no thanks, wish or leave-taking in the last two agent turns'
            if rng.random() < 0.5:
                A(tx(pick([x for x in fit(m['fake_close'], p['sidx']) if not x.endswith('？')])), reply=True)
            hang = 'agent'
    if p['ref'] == 'fail':
        why['record-reference'] = 'no reference number given'
    if p['survey'] == 'fail':
        why['survey-offered'] = 'no evaluation invited'
    assert not pend and not tail, p['cid']
    # drop empty agent turns (a confirmation that was folded into the next turn)
    T2 = []
    for t in T:
        if t['sp'] == 'agent' and not t['text']:
            continue
        T2.append(t)
    T = T2
    return T, why, dict(staff=staff, ref=ref)


def asr_text(s, rng, homo, fill=True):
    for a, b in homo:
        s = s.replace(a, b)
    s = digits_words(s)
    parts = re.split(r'[，。？！、：；,.?!]+', s)
    parts = [x for x in parts if x]
    out = []
    for i, x in enumerate(parts):
        if fill and rng.random() < 0.22 and not x.startswith(tuple(FILLERS)):
            x = rng.choice(FILLERS) + ' ' + x
        out.append(x)
    return ' '.join(out)


def timeline(p, T, rng, pick):
    m = MATS[p['domain']]
    sc = m['scenarios'][p['sidx']]
    sla = sc['sla']
    voice = p['channel'] == 'voice'
    ev = [dict(type='started', atMs=0)]
    turns = []
    homo = [h for h in HOMO if rng.random() < 0.5] if p['asr'] else []
    if p['rate'] == 'fast':
        arate = rng.uniform(340, 380)
    elif p['rate'] == 'slow':
        arate = rng.uniform(84, 100)
    else:
        arate = rng.uniform(185, 265)
    crate = rng.uniform(220, 280)

    def conf():
        return round(rng.uniform(0.6, 0.93) if p['asr'] else rng.uniform(0.9, 0.99), 2)

    def dur(text, rate):
        return int(spoken_chars(text) / rate * 60000) + rng.randint(0, 120)

    def vt(text, fill=True):
        return asr_text(text, rng, homo if fill else [], fill) if p['asr'] else text

    if voice:
        t = rng.randint(200, 600); ev.append(dict(type='dialed', atMs=t))
        t += rng.randint(800, 1500); ev.append(dict(type='ringing', atMs=t))
        t += rng.randint(3000, 9000); ev.append(dict(type='answered', atMs=t))
        joined = True
        if p['front']:
            txt = vt(pick(m['ivr']), fill=False)
            s = t + 300; e = s + dur(txt, 260)
            turns.append(dict(speaker='ivr', text=txt, startMs=s, endMs=e, confidence=conf()))
            t = e + rng.randint(800, 2500); ev.append(dict(type='dtmf', atMs=t, detail=dict(digits='0')))
            t += 300; ev.append(dict(type='queued', atMs=t))
            t += rng.randint(5000, 40000)
        else:
            joined = rng.random() < 0.7
            if joined:
                t += rng.randint(200, 800)
        if p['transfer']:
            ev.append(dict(type='transfer', atMs=t - 150))
        if joined:
            ev.append(dict(type='agent-joined', atMs=t))
    else:
        t = rng.randint(1500, 3500); ev.append(dict(type='page-loaded', atMs=t))
        if p['front']:
            t += rng.randint(800, 2000)
            turns.append(dict(speaker='bot', text=pick(m['bot']), startMs=t, endMs=t))
        t += rng.randint(500, 1500); ev.append(dict(type='queued', atMs=t))
        t += rng.randint(5000, 60000)
        if p['transfer']:
            ev.append(dict(type='transfer', atMs=t - 150))
        ev.append(dict(type='agent-joined', atMs=t))
    join = t
    # choose which reply turn carries a planned gap (voice dead-air / chat latency) and the early-start hard negative
    replies = [i for i, x in enumerate(T) if x['sp'] == 'agent' and x.get('reply') and not x.get('interrupt')
               and not x.get('hold') and i > 0 and T[i - 1]['sp'] == 'customer']
    gapturn = rng.choice(replies) if (p['deadair'] or p['latency']) else -1
    early = rng.choice([i for i in replies if i != gapturn]) if p['early'] else -1
    bcturn = -1
    if p['bc']:
        longc = [i for i, x in enumerate(T) if x['sp'] == 'customer' and spoken_chars(x['text']) >= 16]
        bcturn = rng.choice(longc) if longc else -1
    prev_end = t
    prev_start = t
    for i, x in enumerate(T):
        sp = x['sp']
        text = vt(x['text']) if voice else x['text']
        if voice:
            rate = arate if sp == 'agent' else crate
            d = dur(text, rate)
            if i == 0:
                if p['fr']:
                    gap = sla['firstResponseMs'] + rng.randint(600, 1500)
                else:
                    gap = rng.randint(900, 3400)
            elif sp == 'customer':
                gap = rng.randint(350, 1500)
            elif x.get('hold'):
                gap = rng.randint(26000, 40000) if x['hold'] == 'noann' else rng.randint(18000, 55000)
            elif i == gapturn:
                gap = rng.randint(8600, 11400)
            elif x.get('interrupt'):
                gap = -rng.randint(1300, 2200)
            elif i == early:
                gap = -rng.randint(250, 550)
            elif T[i - 1]['sp'] == 'agent':
                gap = rng.randint(300, 900)
            else:
                gap = rng.randint(500, 2200)
            s = prev_end + gap
            if gap < 0:
                s = max(s, prev_start + 300)
            if i == 0:
                s = join + gap
            e = s + d
            turns.append(dict(speaker=sp, text=text, startMs=s, endMs=e, confidence=conf()))
            if x.get('hold') and p['holdev'] and x['hold'] != 'noann':
                ev.append(dict(type='hold-start', atMs=prev_end + 400))
                ev.append(dict(type='hold-end', atMs=s - 600))
            if i == bcturn and d > 2500:
                bs = s + d // 2
                turns.append(dict(speaker='agent', text=rng.choice(MC.BC).rstrip('。') if p['asr'] else rng.choice(MC.BC),
                                  startMs=bs, endMs=bs + 400, confidence=conf()))
            prev_end = e
            prev_start = s
        else:
            if i == 0:
                gap = (sla['firstResponseMs'] + rng.randint(2000, max(2500, 28000 - sla['firstResponseMs']))) if p['fr'] else rng.randint(2000, 5500)
                s = join + gap
            else:
                if sp == 'customer':
                    gap = rng.randint(5000, 20000)
                elif x.get('hold'):
                    gap = rng.randint(35000, 60000) if x['hold'] == 'noann' else rng.randint(35000, 90000)
                elif i == gapturn:
                    gap = rng.randint(sla['responseLatencyMs'] + 1500, 29000)
                elif T[i - 1]['sp'] == 'agent':
                    gap = rng.randint(1500, 5000)
                else:
                    gap = rng.randint(3000, 9000)
                s = prev_end + gap
            turns.append(dict(speaker=sp, text=text, startMs=s, endMs=s))
            if x.get('hold') and p['holdev'] and x['hold'] != 'noann':
                ev.append(dict(type='hold-start', atMs=prev_end + 1000))
                ev.append(dict(type='hold-end', atMs=s - 1000))
            prev_end = s
    if p['deadair']:
        pass
    end = max(tt['endMs'] for tt in turns)
    return ev, turns, end


def main():
    rng = random.Random(SEED * 7 + 1)
    pick = Picker(rng)
    write_scenarios()
    plans = make_plan()
    contacts, labels = [], []
    base = 1767225600000  # 2026-01-01
    for k, p in enumerate(plans):
        m = MATS[p['domain']]
        sc = m['scenarios'][p['sidx']]
        T, why, ids = build(p, rng, pick)
        ev, turns, end = timeline(p, T, rng, pick)
        voice = p['channel'] == 'voice'
        hang_by = 'agent' if ('closing' in why or rng.random() < 0.4) and p['close'] != 'walk' else 'customer'
        if voice:
            ev.append(dict(type='hangup', atMs=end + rng.randint(400, 1500), detail=dict(by=hang_by)))
        ev.append(dict(type='ended', atMs=ev[-1]['atMs'] + rng.randint(300, 900) if voice else end + rng.randint(2000, 9000)))
        ev.sort(key=lambda e: e['atMs'])
        c = dict(schemaVersion=1, contactId=p['cid'], scenarioId=sc['id'], runId=RUN, channel=p['channel'],
                 startedAt=base + k * 3_600_000 + rng.randint(0, 3_000_000))
        if not p['nodur']:
            c['durationMs'] = ev[-1]['atMs']
        c['events'] = ev
        c['turns'] = turns
        c['outcome'] = 'completed'
        c['transcriptSource'] = 'deepgram' if voice else 'chat-dom'
        contacts.append(c)
        req = sc['requires']
        lab = {ch: 'pass' for ch in CHECKS}
        for ch in why:
            lab[ch] = 'fail'
        if p['close'] == 'walk':
            lab['closing'] = 'na'
        if not req['verification']:
            lab['verification'] = 'na'; why.pop('verification', None)
        if p['hold'] is None:
            lab['hold-etiquette'] = 'na'
        if not voice:
            lab['interruption'] = 'na'; lab['speech-rate'] = 'na'
        elif p['rate'] != 'ok':
            lab['speech-rate'] = 'fail'; why['speech-rate'] = f'agent speaks {"too fast" if p["rate"] == "fast" else "too slowly"}'
        if p['complaint'] is None and not req['empathy']:
            lab['empathy'] = 'na'
        if not req['reference']:
            lab['record-reference'] = 'na'
        if not req['survey']:
            lab['survey-offered'] = 'na'
        if p['hold'] == 'noann' or p['deadair']:
            lab['dead-air'] = 'fail'; why['dead-air'] = 'unannounced silence where the agent owed the next word'
        if p['hold'] == 'noann' or p['latency']:
            lab['response-latency'] = 'fail'; why['response-latency'] = 'a customer turn waited longer than the latency SLA'
        if p['fr']:
            lab['first-response'] = 'fail'; why['first-response'] = 'first agent word after the first-response SLA'
        labels.append(dict(contactId=p['cid'], domain=p['domain'], labels=lab, why={k2: why[k2] for k2 in CHECKS if lab[k2] == 'fail'}))
    contacts += specials(rng)
    for c in contacts[-7:]:
        labels.append(dict(contactId=c['contactId'], domain=c['_d'], special=c['_k'], labels={ch: 'na' for ch in CHECKS}, why={}))
        del c['_d'], c['_k']
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False, separators=(',', ':')) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False, separators=(',', ':')) + '\n')


def specials(rng):
    base = 1767225600000 + 160 * 3_600_000
    out = []
    sc = {d: MATS[d]['scenarios'] for d in DOMAINS}

    def mk(i, d, s, ch, kind, ev, turns, outcome, **extra):
        c = dict(schemaVersion=1, contactId=f'h14a-x{i:02d}', scenarioId=sc[d][s]['id'], runId=RUN, channel=ch,
                 startedAt=base + i * 1_800_000, durationMs=ev[-1]['atMs'], events=ev, turns=turns, outcome=outcome,
                 transcriptSource='deepgram' if ch == 'voice' else 'chat-dom', **extra)
        c['_d'] = d; c['_k'] = kind
        out.append(c)
    mk(1, 'fraud', 0, 'voice', 'no-answer', [dict(type='started', atMs=0), dict(type='dialed', atMs=410), dict(type='ringing', atMs=1620),
                                            dict(type='ended', atMs=46620)], [], 'no-answer')
    mk(2, 'ip', 1, 'voice', 'busy', [dict(type='started', atMs=0), dict(type='dialed', atMs=380), dict(type='ended', atMs=2910)], [], 'busy')
    ivr = MATS['coffee']['ivr'][0]
    mk(3, 'coffee', 2, 'voice', 'ivr-abandon',
       [dict(type='started', atMs=0), dict(type='dialed', atMs=350), dict(type='ringing', atMs=1500), dict(type='answered', atMs=6200),
        dict(type='dtmf', atMs=15900, detail=dict(digits='0')), dict(type='queued', atMs=16200),
        dict(type='hangup', atMs=131500, detail=dict(by='customer')), dict(type='ended', atMs=131900)],
       [dict(speaker='ivr', text=ivr, startMs=6500, endMs=14800, confidence=0.95),
        dict(speaker='ivr', text='当前坐席全忙，请耐心等待。', startMs=17000, endMs=19800, confidence=0.94)], 'abandoned')
    mk(4, 'tcm', 0, 'webchat', 'chat-queue-abandon',
       [dict(type='started', atMs=0), dict(type='page-loaded', atMs=2100), dict(type='queued', atMs=3300), dict(type='ended', atMs=248000)],
       [dict(speaker='system', text='当前排队人数较多，您前面还有12位。', startMs=3400, endMs=3400)], 'abandoned')
    mk(5, 'robovac', 1, 'webchat', 'bot-only',
       [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1900), dict(type='ended', atMs=212000)],
       [dict(speaker='bot', text=MATS['robovac']['bot'][0], startMs=3000, endMs=3000),
        dict(speaker='customer', text='转人工。', startMs=15000, endMs=15000),
        dict(speaker='bot', text='请问您的机器是什么型号？我可以先帮您排查。', startMs=16000, endMs=16000),
        dict(speaker='customer', text='我要找人工客服，电池的问题。', startMs=31000, endMs=31000),
        dict(speaker='bot', text='人工客服繁忙，您可以先查看常见问题。', startMs=32000, endMs=32000),
        dict(speaker='customer', text='有人吗？', startMs=150000, endMs=150000)], 'abandoned')
    mk(6, 'cruise', 0, 'webchat', 'harness-failure', [dict(type='started', atMs=0), dict(type='ended', atMs=30500)], [], 'failed',
       failedBy='harness', errorCode='E_SELECTOR_TIMEOUT')
    mk(7, 'cruise', 2, 'webchat', 'harness-failure', [dict(type='started', atMs=0), dict(type='page-loaded', atMs=2600), dict(type='ended', atMs=9100)], [], 'failed',
       failedBy='harness', errorCode='E_BROWSER_CRASHED')
    return out


if __name__ == '__main__':
    main()
