"""Validator: re-derives every label from contacts.jsonl, the material (mat_*.py) and the scenarios alone,
lints the material, checks wording caps, and runs a mutation check. Exit 1 on any problem."""
import json, os, re, sys, itertools, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import mat_common as MC
DOMAINS = ['fraud', 'ip', 'coffee', 'tcm', 'robovac', 'cruise']
MATS = {d: __import__(f'mat_{d}').MAT for d in DOMAINS}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
problems = []

# ---------------------------------------------------------------- normalisation
UNHOMO = [('公号', '工号'), ('在见', '再见'), ('耐新', '耐心'), ('合对', '核对'), ('马烦', '麻烦')]
CNUM = '零一二三四五六七八九'
P_RE = re.compile(r'[\s，。？！、：；,.?!:;～~…“”"\'（）()%]+')


TAGRE = re.compile(r'^@([0-9A-Z]+):')


def tx(x):
    return TAGRE.sub('', x)


def _num(m):
    r = m.group(0)
    if len(r) > 2:
        return ''.join('幺' if ch == '1' else CNUM[int(ch)] for ch in r)
    n = int(r)
    if n < 10:
        return CNUM[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else CNUM[t]) + '十' + (CNUM[u] if u else '')


def N(s):
    for a, b in UNHOMO:
        s = s.replace(a, b)
    s = P_RE.sub('', s)
    s = re.sub(r'\d+', _num, s)
    s = re.sub(r'呃|嗯|那个|就是', '', s)
    return s


BCSET = {P_RE.sub('', x) for x in MC.BC}


def is_bc(t):
    return t['speaker'] == 'agent' and P_RE.sub('', t['text']) in BCSET


NUMCLS = '[A-Za-z零幺一二两三四五六七八九十]'


def tpl_re(t, names, minlen):
    out = ''
    for piece in re.split(r'(\{\w+\})', t):
        if piece == '{name}':
            out += '(?:' + '|'.join(re.escape(N(x)) for x in names) + ')'
        elif piece in ('{n}', '{ref}'):
            out += NUMCLS + '{%d,}' % minlen
        elif piece.startswith('{'):
            out += '.+?'
        else:
            out += re.escape(N(piece))
    return re.compile(out)


# ---------------------------------------------------------------- pools per domain
class Pools:
    def __init__(self, d):
        m = MATS[d]
        self.m = m
        self.d = d
        L = lambda xs: [(tx(x), N(tx(x))) for x in xs]
        self.greet = L(m['greet'])
        self.nogreet = L(m['open_nogreet'])
        self.id_re = [(t, tpl_re(t, m['names'], 3)) for t in m['id_tpl']]
        self.id_bare = L(m['id_bare'])
        self.close = L(m['close'])
        self.fake_close = L(m['fake_close'])
        self.forbid = [(x, N(x), k, r) for x, k, r in m['forbid']] + [(s[2], N(s[2]), 'tuiwei', False) for s in m['side'] if s[2]]
        self.look = L(m['lookalike'])
        self.verif = L([v[0] for v in m['verif']] + m['verif_ok'])
        self.hold_ann = L(m['hold_ann'])
        self.hold_thx = L(m['hold_thx'])
        self.emp = L(m['emp'])
        self.nonemp = L(m['nonemp'])
        self.complaint = L(m['complaint'] + m['escalate'])
        self.nonans = L(m['nonans'])
        self.side = [(N(tx(q)), N(a), tx(q), a) for q, a, tw in m['side']]
        self.ref_re = [(t, tpl_re(tx(t), m['names'], 6)) for t in m['ref_tpl']]
        self.survey = L(m['survey'])
        self.curt = {N(x) for x in MC.CURT_OPEN + MC.CURT_WRAP}
        for sc in m['scenarios']:
            for it in sc['info']:
                self.curt |= {N(x) for x in it['curt']}
        self.walk = L(MC.WALKOUT)
        self.ack = {N(x) for x in MC.CUST_ACK}
        self.scen = {sc['id']: sc for sc in m['scenarios']}


POOLS = {d: Pools(d) for d in DOMAINS}
SCEN = {}
for d in DOMAINS:
    for sc in MATS[d]['scenarios']:
        SCEN[sc['id']] = (d, sc)


def has(pool, text):
    return [x for x in pool if x[1] and x[1] in text]


def longest(ms):
    """drop matches that are part of a longer match in the same turn (for counting wordings)"""
    return [x for x in ms if not any(x[1] != y[1] and x[1] in y[1] for y in ms)]


def fact_values(f):
    acc = [f['expected']] + list(f['variants']) + [f['spoken']]
    wr = list(f['wrong']) + [f['wspoken']]
    return acc, wr


def fact_occ(f, text):
    acc, wr = fact_values(f)
    occ = []
    for v in set(acc):
        for mm in re.finditer(re.escape(v), text):
            occ.append((mm.end(), mm.start(), 'acc'))
    for v in set(wr):
        for mm in re.finditer(re.escape(v), text):
            occ.append((mm.end(), mm.start(), 'wrong'))
    return occ


# ---------------------------------------------------------------- derivation
USAGE = collections.Counter()


def derive(c):
    d, sc = SCEN[c['scenarioId']]
    P = POOLS[d]
    lab = {}
    agents_all = [t for t in c['turns'] if t['speaker'] == 'agent']
    if c['outcome'] != 'completed' or not agents_all:
        return {k: 'na' for k in CHECKS}
    voice = c['channel'] == 'voice'
    turns = sorted(c['turns'], key=lambda t: t['startMs'])
    seq = [t for t in turns if t['speaker'] in ('agent', 'customer') and not is_bc(t)]
    ag = [t for t in seq if t['speaker'] == 'agent']
    cu = [t for t in seq if t['speaker'] == 'customer']
    NT = {id(t): N(t['text']) for t in seq}
    ev = c['events']
    evt = {}
    for e in ev:
        evt.setdefault(e['type'], e['atMs'])
    req = sc['requires']
    sla = sc['sla']
    # usage of decisive wordings
    for t in ag:
        n = NT[id(t)]
        for cat in ('greet', 'nogreet', 'id_bare', 'close', 'fake_close', 'look', 'verif', 'hold_ann', 'hold_thx', 'emp',
                    'nonemp', 'nonans', 'survey'):
            for x in longest(has(getattr(P, cat), n)):
                USAGE[(cat, x[0])] += 1
        for x in longest([(f[0], f[1]) for f in P.forbid if f[1] in n]):
            USAGE[('forbid', x[0])] += 1
        for tpl, rx in P.id_re:
            if rx.search(n):
                USAGE[('id', tpl)] += 1
        for tpl, rx in P.ref_re:
            if rx.search(n):
                USAGE[('ref', tpl)] += 1
        st = [x for x in MC.INTERRUPT if n.startswith(N(x))]
        over = any(cc['startMs'] < t['startMs'] < cc['endMs'] - 1000 for cc in cu)
        if st and over:
            USAGE[('interrupt', max(st, key=len))] += 1
        for x in MC.CORRECT:
            if tpl_re(x, [], 1).search(n):
                USAGE[('correct', x)] += 1
        if n in P.curt:
            USAGE[('curt', n)] += 1
    for t in cu:
        for x in longest(has(P.complaint, NT[id(t)])):
            USAGE[('complaint', x[0])] += 1
    # greeting
    a0 = NT[id(ag[0])]
    lab['greeting'] = 'pass' if any(a0.startswith(g[1]) for g in P.greet) else 'fail'
    # agent-id
    lab['agent-id'] = 'pass' if any(rx.search(NT[id(t)]) for t in ag[:2] for _, rx in P.id_re) else 'fail'
    # closing
    walked = any(has(P.walk, NT[id(t)]) for t in cu)
    if walked:
        lab['closing'] = 'na'
    else:
        lab['closing'] = 'pass' if any(has(P.close, NT[id(t)]) for t in ag[-2:]) else 'fail'
    # forbidden words / politeness
    fb = [(f, t) for t in ag for f in P.forbid if f[1] in NT[id(t)]]
    lab['forbidden-words'] = 'fail' if fb else 'pass'
    rude = any(f[3] for f, _ in fb)
    curt = sum(1 for t in ag if NT[id(t)] in P.curt)
    lab['politeness'] = 'fail' if rude or curt >= 3 else 'pass'
    # verification
    if not req['verification']:
        lab['verification'] = 'na'
    else:
        vpos = dpos = None
        disc = [N(x) for x in sc['disclose']]
        for i, t in enumerate(ag):
            n = NT[id(t)]
            for x in P.verif:
                k = n.find(x[1])
                if k >= 0 and (vpos is None or (i, k) < vpos):
                    vpos = (i, k)
            for x in disc:
                k = n.find(x)
                if k >= 0 and (dpos is None or (i, k) < dpos):
                    dpos = (i, k)
            for f in sc['facts']:
                if f['record']:
                    for end, st, _ in fact_occ(f, t['text']):
                        # position in the normalised text is approximated by the turn index + raw offset scaled
                        k = N(t['text'][:st]).__len__()
                        if dpos is None or (i, k) < dpos:
                            dpos = (i, k)
        lab['verification'] = 'pass' if vpos is not None and (dpos is None or vpos < dpos) else 'fail'
    # timing: holds, dead air, latency
    HOLD = 15000 if voice else 30000
    DEAD = 8000 if voice else 30000
    join = evt.get('agent-joined', evt.get('answered'))
    holds = []
    dead_fail = False
    lat_fail = False
    if ag[0]['startMs'] - join >= DEAD:
        dead_fail = True
    hs = [e['atMs'] for e in ev if e['type'] == 'hold-start']
    for k in range(1, len(seq)):
        t = seq[k]
        if t['speaker'] != 'agent':
            continue
        prev = seq[k - 1]
        gap = t['startMs'] - prev['endMs']
        j = k - 1
        while j >= 0 and seq[j]['speaker'] == 'customer':
            j -= 1
        between = seq[j + 1:k]
        announced = j >= 0 and bool(has(P.hold_ann, NT[id(seq[j])])) and all(NT[id(x)] in P.ack for x in between)
        is_hold = gap >= HOLD or any(prev['endMs'] <= h <= t['startMs'] for h in hs)
        if is_hold:
            holds.append(announced and bool(has(P.hold_thx, NT[id(t)])))
        if gap >= DEAD and not announced:
            dead_fail = True
        if between:
            first = between[0]
            wait = t['startMs'] - first['endMs']
            if wait > sla['responseLatencyMs'] and not (announced and is_hold):
                lat_fail = True
    lab['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
    lab['dead-air'] = 'fail' if dead_fail else 'pass'
    lab['response-latency'] = 'fail' if lat_fail else 'pass'
    lab['first-response'] = 'pass' if ag[0]['startMs'] - join <= sla['firstResponseMs'] else 'fail'
    # interruption / speech rate
    if voice:
        intr = any(cc['startMs'] < a['startMs'] < cc['endMs'] - 1000 for a in ag for cc in cu)
        lab['interruption'] = 'fail' if intr else 'pass'
        ch = ms = 0
        for a in agents_all:
            du = a['endMs'] - a['startMs']
            if du >= 1500:
                ch += len(P_RE.sub('', a['text']))
                ms += du
        rate = ch / (ms / 60000)
        if 120 <= rate <= 300:
            lab['speech-rate'] = 'pass'
        elif rate < 110 or rate > 320:
            lab['speech-rate'] = 'fail'
        else:
            problems.append(f'{c["contactId"]}: ambiguous speech rate {rate:.0f}')
            lab['speech-rate'] = 'fail'
    else:
        lab['interruption'] = lab['speech-rate'] = 'na'
    # empathy
    comp_idx = [k for k, t in enumerate(seq) if t['speaker'] == 'customer' and has(P.complaint, NT[id(t)])]
    if not comp_idx:
        lab['empathy'] = 'fail' if req['empathy'] else 'na'
    else:
        ok = True
        for k in comp_idx:
            nxt = [t for t in seq[k + 1:] if t['speaker'] == 'agent'][:2]
            good = any(has(P.emp, NT[id(t)]) for t in nxt)
            if nxt and any(f[3] and f[1] in NT[id(nxt[0])] for f in P.forbid):
                good = False
            ok = ok and good
        lab['empathy'] = 'pass' if ok else 'fail'
    # resolution
    unanswered = False
    for k, t in enumerate(seq):
        if t['speaker'] != 'customer':
            continue
        n = NT[id(t)]
        later = [x for x in seq[k + 1:] if x['speaker'] == 'agent']
        for f in sc['facts']:
            if any(N(q) in n for q in f['ask']):
                if later and any(ff[2] == 'told' and ff[1] in NT[id(later[0])] for ff in P.forbid):
                    continue
                if not any(fact_occ(f, x['text']) for x in later):
                    unanswered = True
        for qn, an, q, a in P.side:
            if qn in n and not any(an in NT[id(x)] for x in later):
                unanswered = True
    lab['resolution'] = 'fail' if unanswered else 'pass'
    # facts
    fa_fail = nm_fail = False
    for f in sc['facts']:
        last = None
        for i, t in enumerate(ag):
            for end, st, kind in fact_occ(f, t['text']):
                if last is None or (i, end) > last[:2] or ((i, end) == last[:2] and kind == 'acc'):
                    last = (i, end, kind)
                if kind == 'wrong':
                    nm_fail = True
        if last is None or last[2] != 'acc':
            fa_fail = True
    lab['fact-accuracy'] = 'fail' if fa_fail else 'pass'
    lab['no-misinformation'] = 'fail' if nm_fail else 'pass'
    # reference / survey / required info
    if req['reference']:
        lab['record-reference'] = 'pass' if any(rx.search(NT[id(t)]) for t in ag for _, rx in P.ref_re) else 'fail'
    else:
        lab['record-reference'] = 'na'
    if req['survey']:
        lab['survey-offered'] = 'pass' if any(has(P.survey, NT[id(t)]) for t in ag) else 'fail'
    else:
        lab['survey-offered'] = 'na'
    ri = all(any(re.search(it['pattern'], t['text']) for t in agents_all) for it in sc['info'])
    lab['required-info'] = 'pass' if ri else 'fail'
    return lab


# ---------------------------------------------------------------- lint
def lint():
    for d in DOMAINS:
        m = MATS[d]
        cats = dict(greet=m['greet'], nogreet=m['open_nogreet'], id_tpl=m['id_tpl'], id_bare=m['id_bare'], close=m['close'],
                    fake_close=m['fake_close'], forbid=[x[0] for x in m['forbid']] + [s[2] for s in m['side'] if s[2]],
                    look=m['lookalike'], verif=[v[0] for v in m['verif']] + m['verif_ok'], hold_ann=m['hold_ann'],
                    hold_thx=m['hold_thx'], emp=m['emp'], nonemp=m['nonemp'], nonans=m['nonans'],
                    side_a=[s[1] for s in m['side']], ref=m['ref_tpl'], survey=m['survey'], offer=MC.OFFER, proceed=MC.PROCEED,
                    interrupt=MC.INTERRUPT, correct=MC.CORRECT, escact=MC.ESC_ACT,
                    disclose=[x for sc in m['scenarios'] for x in sc['disclose']],
                    state=[x for sc in m['scenarios'] for f in sc['facts'] for x in f['state']],
                    ask=[x for sc in m['scenarios'] for it in sc['info'] for x in it['asks']])
        cats = {k: [tx(x) for x in v] for k, v in cats.items()}
        ccats = dict(complaint=m['complaint'] + m['escalate'], sorry=m['cust_sorry'], side_q=[s[0] for s in m['side']],
                     walk=MC.WALKOUT, ack=MC.CUST_ACK, bye=MC.CUST_BYE, hello=MC.CUST_HELLO, press=MC.PRESS, mull=MC.MULL,
                     request=[x for sc in m['scenarios'] for x in sc['request']],
                     fask=[x for sc in m['scenarios'] for f in sc['facts'] for x in f['ask']])
        ccats = {k: [tx(x) for x in v] for k, v in ccats.items()}
        allc = dict(cats, **ccats)
        strip = lambda x: N(re.sub(r'\{\w+\}', '', x))
        # 1. no line of one category contains a line of another (decisive words)
        decisive = ['greet', 'nogreet', 'id_bare', 'close', 'fake_close', 'forbid', 'look', 'verif', 'hold_ann', 'hold_thx',
                    'emp', 'nonemp', 'nonans', 'side_a', 'survey', 'complaint', 'walk']
        for a in decisive:
            for b, lines in allc.items():
                if a == b:
                    continue
                for x in allc[a]:
                    nx = strip(x)
                    for y in lines:
                        if nx and nx in strip(y):
                            problems.append(f'lint {d}: {a} line "{x}" inside {b} line "{y}"')
        # agent lines never equal a curt line
        curt = {N(x) for x in MC.CURT_OPEN + MC.CURT_WRAP}
        for b, lines in cats.items():
            for y in lines:
                if strip(y) in curt:
                    problems.append(f'lint {d}: {b} line "{y}" equals a curt line')
        # 2. category keywords stay in their category
        KW = [('close', r'再见|再会|拜拜|回见|挂机吧|先挂|祝您|回头联系|改天聊|一路顺风'),
              ('hold', r'稍等|稍候|等我|别挂|不要挂断|久等|久候|等候|耐心等|等了'),
              ('emp', r'抱歉|对不起|不好意思|理解|体会|道歉|过意不去'),
              ('survey', r'评价|(?<!不)满意|打分|评分|评个分|好评|宝贵意见|打个分|打星'),
              ('ref', r'工单号|流水号|受理编号|受理号|登记号'),
              ('id', r'工号|坐席'),
              ('verif', r'身份证|验证码|校验码|出生|尾号|后四位|后六位|核对|核实|核验|比对')]
        home = dict(close=['close'], hold=['hold_ann', 'hold_thx'], emp=['emp'], survey=['survey'], ref=['ref'], id=['id_tpl'],
                    verif=['verif'])
        allow = {'谢谢您及时打来核实，我们回头联系。', '您不用不好意思，有问题就提。', '您不用不好意思，哪里不舒服都可以说。'}
        for kw, rx in KW:
            for b, lines in cats.items():
                if b in home[kw]:
                    continue
                for y in lines:
                    if re.search(rx, y) and y not in allow and not (kw == 'close' and b == 'close'):
                        problems.append(f'lint {d}: keyword of {kw} in {b} line "{y}"')
        for b in cats:
            if b == 'greet':
                continue
            for y in cats[b]:
                if re.match(r'(您好|你好|欢迎|早上好|上午好|下午好|中午好|晚上好|哈喽)', y):
                    problems.append(f'lint {d}: {b} line "{y}" opens with a greeting word')
        # 3. fact lines carry their value; values not elsewhere; accepted vs wrong not substrings
        others = [y for b, lines in allc.items() if b != 'state' for y in lines]
        for sc in m['scenarios']:
            for f in sc['facts']:
                for x in f['state']:
                    if '{v}' not in x:
                        problems.append(f'lint {d}: fact line without value "{x}"')
                acc, wr = fact_values(f)
                for a in acc:
                    for w in wr:
                        if a in w or w in a:
                            problems.append(f'lint {d}: {f["key"]} accepted "{a}" / wrong "{w}" overlap')
                for v in acc + wr:
                    for y in others:
                        if v in y:
                            problems.append(f'lint {d}: value "{v}" of {f["key"]} appears in "{y}"')
            # 4. info regexes match their asks and nothing else on the agent side
            for it in sc['info']:
                for x in it['asks'] + it['curt']:
                    if not re.search(it['pattern'], x):
                        problems.append(f'lint {d}: info {it["key"]} pattern misses its ask "{x}"')
                for b, lines in cats.items():
                    if b == 'ask':
                        continue
                    for y in lines:
                        if re.search(it['pattern'], y):
                            problems.append(f'lint {d}: info {it["key"]} pattern matches {b} line "{y}"')
                for y in cats['ask']:
                    if y not in it['asks'] and re.search(it['pattern'], y):
                        problems.append(f'lint {d}: info {it["key"]} pattern matches another ask "{y}"')
        # 5. homophone spellings never in the material
        for b, lines in allc.items():
            for y in lines:
                for h, _ in UNHOMO:
                    if h in y:
                        problems.append(f'lint {d}: homophone spelling {h} in "{y}"')
        # 6. pool sizes (at least 8 wordings per decisive category)
        for b in ['greet', 'id_tpl', 'close', 'fake_close', 'forbid', 'look', 'verif', 'hold_ann', 'hold_thx', 'emp',
                  'nonemp', 'nonans', 'ref', 'survey', 'complaint']:
            if len(set(cats.get(b, ccats.get(b, [])))) < 8:
                problems.append(f'lint {d}: only {len(set(cats.get(b, ccats.get(b, []))))} wordings in {b}')
    # decisive lines unique across domains
    seen = {}
    for d in DOMAINS:
        m = MATS[d]
        for b in ['greet', 'open_nogreet', 'id_tpl', 'id_bare', 'close', 'fake_close', 'lookalike', 'verif_ok', 'hold_ann', 'hold_thx',
                  'emp', 'nonemp', 'nonans', 'ref_tpl', 'survey', 'complaint', 'escalate']:
            for y in m[b]:
                if y in seen and seen[y] != d:
                    problems.append(f'lint: "{y}" in {seen[y]} and {d}')
                seen[y] = d


def main():
    lint()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')}
    scen_files = {f[:-5] for f in os.listdir(os.path.join(OUT, 'scenarios'))}
    derived = {}
    dis = 0
    counts = {k: collections.Counter() for k in CHECKS}
    for c in contacts:
        if c['scenarioId'] not in scen_files:
            problems.append(f'{c["contactId"]}: scenario file missing')
        y = open(os.path.join(OUT, 'scenarios', c['scenarioId'] + '.yaml'), encoding='utf-8').read()
        d, sc = SCEN[c['scenarioId']]
        for f in sc['facts']:
            if f['expected'] not in y:
                problems.append(f'{c["scenarioId"]}: yaml lacks {f["expected"]}')
        lab = derive(c)
        derived[c['contactId']] = lab
        L = labels[c['contactId']]
        for k in CHECKS:
            counts[k][L['labels'][k]] += 1
            if lab[k] != L['labels'][k]:
                dis += 1
                problems.append(f'{c["contactId"]} {k}: label {L["labels"][k]} derived {lab[k]}')
            if L['labels'][k] == 'fail' and k not in L['why']:
                problems.append(f'{c["contactId"]} {k}: fail without why')
        # structural checks
        ts = [t['startMs'] for t in c['turns']]
        if ts != sorted(ts):
            problems.append(f'{c["contactId"]}: turns out of order')
    # wording caps
    over = {k: v for k, v in USAGE.items() if v > 3}
    for k, v in sorted(over.items(), key=str):
        problems.append(f'wording used {v}x: {k}')
    # mutation check
    caught = 0
    for i, c in enumerate(contacts):
        k = CHECKS[i % len(CHECKS)]
        L = json.loads(json.dumps(labels[c['contactId']]))
        L['labels'][k] = {'pass': 'fail', 'fail': 'pass', 'na': 'fail'}[L['labels'][k]]
        if any(derived[c['contactId']][kk] != L['labels'][kk] for kk in CHECKS):
            caught += 1
    print(f'contacts {len(contacts)}; disagreements {dis}; mutation caught {caught}/{len(contacts)}')
    print('check                 pass  fail    na')
    for k in CHECKS:
        print(f'{k:20s} {counts[k]["pass"]:5d} {counts[k]["fail"]:5d} {counts[k]["na"]:5d}')
    print(f'max wording use: {max(USAGE.values())}; distinct decisive wordings used: {len(USAGE)}')
    for p in problems[:80]:
        print('PROBLEM', p)
    if len(problems) > 80:
        print(f'... {len(problems)} problems')
    if problems or caught != len(contacts):
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
