"""Re-derive every label from contacts.jsonl + the material + scenarios, lint the material, run a mutation check."""
import json, os, re, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DOMAINS, load, norm, asr_form, forms, spoken_len
from mat_common import COMMON

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
AGENT_CATS = ['greet', 'opener_bad', 'agentid', 'noid', 'verify', 'hold_ann', 'hold_thx', 'empathy', 'procedure', 'jiyu',
              'rude', 'lookalike', 'nonanswer', 'ref', 'refneg', 'survey', 'closing']
DECISIVE = ['greet', 'agentid', 'verify', 'hold_ann', 'hold_thx', 'empathy', 'jiyu', 'rude', 'nonanswer', 'ref', 'survey', 'closing', 'complaint']
RX = {
    'greet': r'您好|你好|欢迎致电|早上好|上午好|下午好|晚上好',
    'agentid': r'工号|编号|坐席|号话务员|号客服|我是',
    'closing': r'感谢(您的?)?(来电|致电|咨询|支持|信任|配合|耐心沟通)|谢谢您的配合|祝|再见|拜拜|先挂|回头联系|不打扰您了',
    'hold_ann': r'稍等|稍候|查一下|查询|调一下|查查|帮您看一下',
    'hold_thx': r'耐心等|久等|等候',
    'empathy': r'抱歉|对不起|理解',
    'verify': r'身份证|后四位|尾号|出生|生日|验证码|核对',
    'ref': r'工单|受理编号|流水号',
    'survey': r'评价|满意度|打分|评分|宝贵意见',
    'nonanswer': r'不清楚|答不上|回答不了|没法回答|没办法回答|查不了|查不到|说不好|说不准|说不上来|说不清|不知道|不好说|没有(相关)?信息',
}
EXEMPT = {('lookalike', 'nonanswer'), ('hold_ann', 'verify'), ('rude', 'nonanswer'), ('jiyu', 'closing'), ('noid', 'agentid'),
          ('empathy', 'hold_ann'), ('rude', 'agentid'), ('jiyu', 'agentid'), ('lookalike', 'agentid'), ('procedure', 'agentid'),
          ('empathy', 'agentid'), ('nonanswer', 'agentid'), ('refneg', 'agentid'), ('closing', 'agentid'), ('ref', 'agentid')}
problems = []

def lint(dom, M):
    cats = {k: M.M[k] for k in AGENT_CATS}
    for k in DECISIVE:
        n = len(set(M.M[k]))
        if n < 8: problems.append(f'lint {dom}: {k} has only {n} wordings')
    # decisive words of one category in another category's lines
    for k, rx in RX.items():
        for k2, lines in cats.items():
            if k2 == k or (k2, k) in EXEMPT: continue
            for l in lines:
                if re.search(rx, l) and not (k == 'agentid' and k2 in ('greet', 'opener_bad')):
                    problems.append(f'lint {dom}: {k2} line has {k} words: {l}')
    # no noid line names a staff number
    for l in M.M['noid']:
        if re.search(r'工号|编号|坐席|\d', l): problems.append(f'lint {dom}: noid has an id: {l}')
    # a decisive line must not sit inside another category's line (detection is by containment)
    allc = dict(cats); allc['complaint'] = M.M['complaint'] + COMMON['complaint_gen']
    allc['empathy'] = allc['empathy'] + COMMON['empathy_gen']; allc['procedure'] = allc['procedure'] + COMMON['procedure_gen']
    cats = dict(cats); cats['empathy'] = allc['empathy']; cats['procedure'] = allc['procedure']
    for k, lines in allc.items():
        for l in lines:
            for fm in forms(l):
                for k2, lines2 in allc.items():
                    if k2 == k: continue
                    for l2 in lines2:
                        if any(fm in f2 for f2 in forms(l2)): problems.append(f'lint {dom}: {k}「{l}」inside {k2}「{l2}」')
    agent_lines = [l for k in AGENT_CATS for l in M.M[k]] + COMMON['ack_neutral'] + COMMON['wrapq'] + COMMON['bare_end']
    for S in M.SCEN:
        F = S['fact']
        good = F['variants'] + [F['expected']]; bad = F['wrong']
        gf = set().union(*[forms(v) for v in good]); bf = set().union(*[forms(v) for v in bad])
        for a in gf:
            for b in bf:
                if a in b or b in a: problems.append(f'lint {S["id"]}: value {a} vs wrong {b}')
        for t in S['fact_say']:
            if '{v}' not in t: problems.append(f'lint {S["id"]}: fact line without value slot {t}')
        others = agent_lines + S['disclose'] + S['side_a'] + S['ask'] + [x for SS in M.SCEN for x in SS['side_a'] + SS['disclose']]
        for l in others:
            for fm in forms(l):
                for v in gf | bf:
                    if v in fm: problems.append(f'lint {S["id"]}: fact value {v} in non-fact line {l}')
        pat = re.compile(S['info']['pattern'])
        for a in S['ask']:
            if not pat.search(a) or not pat.search(asr_form(a)): problems.append(f'lint {S["id"]}: ask not matched: {a}')
        for SS in M.SCEN:
            for l in SS['give'] + SS['volunteer'] + SS['problem'] + SS['fact_q'] + SS['side_q'] + SS['side_a'] + SS['disclose'] + [x.replace('{v}', F['expected']) for x in SS['fact_say']] + (SS['ask'] if SS is not S else []):
                if pat.search(l): problems.append(f'lint {S["id"]}: info pattern matches non-ask: {l}')
        for l in agent_lines + M.M['complaint']:
            if pat.search(l): problems.append(f'lint {S["id"]}: info pattern matches: {l}')

def yaml_scen(path):
    txt = open(path, encoding='utf-8').read()
    req = dict(re.findall(r'(verification|reference|empathy|survey): (true|false)', txt))
    sla = {k: int(v) for k, v in re.findall(r'(firstResponseMs|responseLatencyMs|handleTimeMs): (\d+)', txt)}
    fact = re.search(r'expected: ("[^"]*"), variants: (\[[^\]]*\]), wrong: (\[[^\]]*\])', txt)
    pat = re.search(r'patterns: \[(".*?")\]', txt)
    return dict(req={k: v == 'true' for k, v in req.items()}, sla=sla, expected=json.loads(fact.group(1)),
                variants=json.loads(fact.group(2)), wrong=json.loads(fact.group(3)), pattern=json.loads(pat.group(1)))

def derive(o, Y, M, S):
    L = {}
    voice = o['channel'] == 'voice'
    ev = o['events']
    joined = next((e['atMs'] for e in ev if e['type'] == 'agent-joined'), next((e['atMs'] for e in ev if e['type'] == 'answered'), 0))
    turns = [t for t in o['turns'] if t['startMs'] >= joined and t['speaker'] in ('agent', 'customer')]
    CF = {k: [f for l in M.M[k] for f in forms(l)] for k in AGENT_CATS + ['complaint']}
    CF['complaint'] = CF['complaint'] + [f for l in COMMON['complaint_gen'] for f in forms(l)]
    CF['empathy'] = CF['empathy'] + [f for l in COMMON['empathy_gen'] for f in forms(l)]
    CF['disclose'] = [f for l in S['disclose'] for f in forms(l)]
    CF['side_a'] = [f for l in S['side_a'] for f in forms(l)]
    CF['walkout'] = [f for l in COMMON['walkout'] for f in forms(l)]
    acks = {f for l in COMMON['ack'] for f in forms(l)} | {''}
    def cats(t):
        n = norm(t['text'])
        return {k for k, fs in CF.items() if any(f in n for f in fs)}
    cus = [t for t in turns if t['speaker'] == 'customer']
    def is_bc(t):
        return t['speaker'] == 'agent' and norm(t['text']) in ('', '对', '好的', '对对') and any(c['startMs'] < t['startMs'] < c['endMs'] for c in cus)
    seq = [t for t in turns if not is_bc(t)]
    for t in seq: t['_c'] = cats(t)
    A = [t for t in seq if t['speaker'] == 'agent']
    if not A: return {k: 'na' for k in CHECKS}
    a0 = norm(A[0]['text'])
    L['greeting'] = 'pass' if any(a0.startswith(f) for f in CF['greet']) else 'fail'
    L['agent-id'] = 'pass' if any('agentid' in t['_c'] for t in A[:2]) else 'fail'
    walked = any('walkout' in t['_c'] for t in seq if t['speaker'] == 'customer')
    L['closing'] = 'na' if walked else ('pass' if any('closing' in t['_c'] for t in A[-2:]) else 'fail')
    L['forbidden-words'] = 'fail' if any(t['_c'] & {'jiyu', 'rude'} for t in A) else 'pass'
    L['politeness'] = 'fail' if any('rude' in t['_c'] for t in A) else 'pass'
    if not Y['req']['verification']: L['verification'] = 'na'
    else:
        vi = next((i for i, t in enumerate(A) if 'verify' in t['_c']), None)
        di = next((i for i, t in enumerate(A) if 'disclose' in t['_c']), None)
        L['verification'] = 'pass' if vi is not None and (di is None or vi < di) else 'fail'
    # silences
    hold_thr, dead_thr = (15000, 8000) if voice else (30000, 30000)
    holds, dead = [], False
    def isq(t): return t['text'].rstrip().endswith(('？', '?')) or norm(t['text']).endswith(('吗', '呢'))
    announced_before = {}
    for j, x in enumerate(seq):
        if x['speaker'] != 'agent': continue
        P = seq[:j]
        prev_end = max([p['endMs'] for p in P], default=joined)
        gap = x['startMs'] - prev_end
        owed = not P or P[-1]['speaker'] == 'customer' or not isq(P[-1])
        la = next((k for k in range(j - 1, -1, -1) if seq[k]['speaker'] == 'agent'), None)
        ann = la is not None and 'hold_ann' in seq[la]['_c'] and all(norm(seq[k]['text']) in acks for k in range(la + 1, j))
        announced_before[j] = ann
        if not owed: continue
        if gap >= hold_thr: holds.append((ann, 'hold_thx' in x['_c']))
        if gap >= dead_thr and not ann: dead = True
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(a and b for a, b in holds) else 'fail')
    L['dead-air'] = 'fail' if dead else 'pass'
    if voice:
        L['interruption'] = 'fail' if any(c['startMs'] < x['startMs'] <= c['endMs'] - 1000 for x in A for c in cus) else 'pass'
        long = [t for t in A if t['endMs'] - t['startMs'] >= 1500]
        rate = sum(spoken_len(t['text']) for t in long) / sum(t['endMs'] - t['startMs'] for t in long) * 60000
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else ('fail' if rate < 110 or rate > 320 else 'AMBIGUOUS')
    else:
        L['interruption'] = L['speech-rate'] = 'na'
    comp = [i for i, t in enumerate(seq) if t['speaker'] == 'customer' and 'complaint' in t['_c']]
    if not comp and not Y['req']['empathy']: L['empathy'] = 'na'
    else:
        ok = bool(comp)
        for i in comp:
            nxt = [t for t in seq[i + 1:] if t['speaker'] == 'agent'][:2]
            if not any('empathy' in t['_c'] for t in nxt): ok = False
        L['empathy'] = 'pass' if ok else 'fail'
    # facts
    good = set().union(*[forms(v) for v in [Y['expected']] + Y['variants']]); bad = set().union(*[forms(v) for v in Y['wrong']])
    occ = []
    for i, t in enumerate(A):
        n = norm(t['text'])
        for v in good | bad:
            for m in re.finditer(re.escape(v), n): occ.append((i, m.start(), v in good))
    occ.sort()
    L['fact-accuracy'] = 'pass' if occ and occ[-1][2] else 'fail'
    L['no-misinformation'] = 'fail' if any(not g for _, _, g in occ) else 'pass'
    res = bool(occ)
    for i, t in enumerate(A):
        if 'nonanswer' in t['_c'] and not any('side_a' in u['_c'] for u in A[i + 1:]): res = False
    L['resolution'] = 'pass' if res else 'fail'
    L['first-response'] = 'pass' if A[0]['startMs'] - joined <= Y['sla']['firstResponseMs'] else 'fail'
    lat = 'pass'
    j = 0
    while j < len(seq):
        if seq[j]['speaker'] != 'customer': j += 1; continue
        k = j
        while k < len(seq) and seq[k]['speaker'] == 'customer': k += 1
        run = seq[j:k]
        if k < len(seq) and not announced_before.get(k, False):
            x = seq[k]
            d = x['startMs'] - (run[-1]['endMs'] if voice else run[0]['startMs'])
            if d > Y['sla']['responseLatencyMs']: lat = 'fail'
        j = k
    L['response-latency'] = lat
    L['record-reference'] = 'na' if not Y['req']['reference'] else ('pass' if any('ref' in t['_c'] for t in A) else 'fail')
    L['survey-offered'] = 'na' if not Y['req']['survey'] else ('pass' if any('survey' in t['_c'] for t in A) else 'fail')
    pat = re.compile(Y['pattern'])
    L['required-info'] = 'pass' if any(pat.search(t['text']) for t in turns if t['speaker'] == 'agent') else 'fail'
    return L

def main():
    mats = {d: load(d) for d in DOMAINS}
    for d, M in mats.items(): lint(d, M)
    scen = {}
    for d, M in mats.items():
        for S in M.SCEN: scen[S['id']] = (M, S, yaml_scen(os.path.join(ROOT, 'scenarios', S['id'] + '.yaml')))
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8')}
    derived = {}
    dis = []
    for o in contacts:
        M, S, Y = scen[o['scenarioId']]
        D = derive(o, Y, M, S) if o['outcome'] == 'completed' and any(t['speaker'] == 'agent' for t in o['turns']) else {k: 'na' for k in CHECKS}
        derived[o['contactId']] = D
        lab = labels[o['contactId']]
        for k in CHECKS:
            if D[k] != lab['labels'][k]: dis.append(f"{o['contactId']} {k}: label {lab['labels'][k]} derived {D[k]}")
        for k, v in lab['labels'].items():
            if v == 'fail' and k not in lab['why']: dis.append(f"{o['contactId']} {k}: fail without why")
    # mutation check: flip one label per contact, the comparison must catch every flip
    rng = random.Random(93151)
    caught = 0
    for o in contacts:
        lab = json.loads(json.dumps(labels[o['contactId']]['labels']))
        k = rng.choice(CHECKS); lab[k] = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[lab[k]]
        if any(lab[c] != derived[o['contactId']][c] for c in CHECKS): caught += 1
    for p in problems: print(p)
    for d in dis: print(d)
    print(f'lint problems: {len(problems)}; contacts: {len(contacts)}; disagreements: {len(dis)}; mutations caught: {caught}/{len(contacts)}')
    return 0 if not problems and not dis and caught == len(contacts) else 1

if __name__ == '__main__':
    sys.exit(main())
