"""Validator: re-derives every label from the written contacts (text + timestamps), the material and the
scenario files; lints the material; runs a mutation check. Exit code 0 only when all agree."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textutil import canon, strip_punct, spoken_chars, asr_all_fillers, num2words  # noqa: E402
from plan import load_mats, DOMAINS  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
AGENT_DECISIVE = ['greet', 'id', 'close', 'forbid', 'rude', 'verify', 'hold_ask', 'hold_thank', 'empathy', 'nonanswer',
                  'ref', 'survey']
CUST_DECISIVE = ['complaint', 'walkout']
MIN8 = ['greet', 'greet_bad', 'id', 'close', 'close_bad', 'forbid', 'rude', 'lookalike', 'verify', 'hold_ask',
        'hold_thank', 'empathy', 'nonanswer', 'ref', 'survey']
KEYWORDS = {
    'greet': r'您好|你好|欢迎致电|欢迎您致电|欢迎来电',
    'id': r'工号|坐席\d|我是|话务员[\u4e00-\u9fa5]{2}',
    'close': r'上见|注意休息|马场见|回头见|再见|拜拜|感谢.{0,2}来电|谢谢.{0,2}来电|感谢致电|祝您|您先挂|挂机就行|您慢慢挂|一路平安|回头联系|回头再打',
    'hold_ask': r'稍等|稍候|等我一下|查一下|查询一下|核查一下|看下系统',
    'hold_thank': r'久等|耐心等|等候|让您等了',
    'empathy': r'抱歉|对不起|歉意|理解|不好意思|添麻烦|委屈|辛苦|窝火',
    'survey': r'评价|满意度|满意请|打分|评分|评个分|好评|宝贵意见',
    'ref': r'工单号|受理号|受理编号|流水号|报案号|登记号',
    'verify': r'核对|核实|身份证|后四位|后六位|验证码|出生日期|尾号',
    'nonanswer': r'没有资料|答不上来|没有相关信息|没有收到相关信息|不清楚|不太清楚|查不了|查不到|回答不上来|说不准|不好说|没法回答',
}
KW_EXEMPT = {('id', 'id_bad'), ('nonanswer', 'lookalike')}
BCSET = {'嗯嗯', '对', '好的', '嗯'}
problems = []


def P(msg):
    problems.append(msg)


def domain_cats(mat, sc):
    """category -> lines, for one scenario (domain lines + its own)."""
    a = {k: list(v) for k, v in mat.A.items()}
    a['disclose'] = list(sc['disclose'])
    a['extra_a'] = list(sc['extra_a'])
    a['ask_info'] = [x for it in sc['info'] for x in it['ask']]
    for f in sc['facts']:
        a['fok:' + f['key']] = list(f['ok'])
        a['fbad:' + f['key']] = list(f['bad'])
    cst = {k: [x for x in v if x] for k, v in mat.C.items()}
    cst['open'] = list(sc['open'])
    cst['complaint'] = list(sc['complaint'])
    cst['extra_q'] = list(sc['extra_q'])
    cst['give'] = [x for it in sc['info'] for x in it['give'] + it['vol']]
    cst['ask_fact'] = [x for f in sc['facts'] for x in f.get('ask', [])]
    return a, cst


def fvals(f):
    acc = [f['expected']] + list(f['variants'])
    return [canon(v) for v in acc], [canon(v) for v in f['wrong']]


# ---------------------------------------------------------------- lint
def lint(mats):
    for d in DOMAINS:
        mat = mats[d]
        for k in MIN8:
            if len(set(mat.A[k])) < 8:
                P(f'lint {d}: {k} has {len(set(mat.A[k]))} < 8 distinct lines')
        if len(set(mat.C['walkout'])) < 8:
            P(f'lint {d}: walkout < 8')
        for sid, lines in getattr(mat, 'AVOID', {}).items():
            allA = {x for v in mat.A.values() for x in v}
            if sid not in {sc['id'] for sc in mat.SCEN} or any(x not in allA for x in lines):
                P(f'lint {d}: AVOID entry {sid} names an unknown scenario or line')
        if len(mat.C['verify_give']) != len(mat.A['verify']):
            P(f'lint {d}: verify_give not aligned with verify')
        for cat, mn in (('complaint', 8), ('disclose', 8)):
            n = len({x for sc in mat.SCEN for x in sc[cat]})
            if n < mn:
                P(f'lint {d}: {cat} has {n} < {mn} lines')
        n = len({x for sc in mat.SCEN for f in sc['facts'] for x in f['ok']})
        if n < 8:
            P(f'lint {d}: fact ok lines {n} < 8')
        n = len({x for sc in mat.SCEN for it in sc['info'] for x in it['ask']})
        if n < 8:
            P(f'lint {d}: info ask lines {n} < 8')
        allvals = []
        for sc in mat.SCEN:
            for f in sc['facts']:
                acc, wr = fvals(f)
                allvals += acc + wr
                for x in acc:
                    for y in wr:
                        if x in y or y in x:
                            P(f'lint {sc["id"]}: accepted {x} vs wrong {y} overlap')
        for sc in mat.SCEN:
            a, cst = domain_cats(mat, sc)
            for grp, dec in ((a, AGENT_DECISIVE + ['disclose'] + [k for k in a if k.startswith('f')]),
                             (cst, CUST_DECISIVE)):
                for x in dec:
                    for lx in grp[x]:
                        cx = canon(lx)
                        if len(cx) < 3:
                            P(f'lint {sc["id"]}: decisive line too short {lx}')
                        for y, ly_s in grp.items():
                            if y == x or (x.split(':')[-1] == y.split(':')[-1] and x[:1] == 'f' and y[:1] == 'f'):
                                continue
                            for ly in ly_s:
                                if cx in canon(ly):
                                    P(f'lint {sc["id"]}: [{x}] "{lx}" inside [{y}] "{ly}"')
            # keywords
            for k, rx in KEYWORDS.items():
                for y, lines in a.items():
                    if y == k or (k, y) in KW_EXEMPT:
                        continue
                    if k == 'verify' and y == 'ask_info':
                        pass
                    for ly in lines:
                        if re.search(rx, ly):
                            P(f'lint {sc["id"]}: [{y}] "{ly}" carries {k} word')
                for ly in a[k]:
                    if not re.search(rx, ly):
                        P(f'lint {sc["id"]}: [{k}] "{ly}" lacks its own keyword')
            # facts carry their values, nothing else carries any
            for f in sc['facts']:
                acc, wr = fvals(f)
                for ly in f['ok']:
                    cl = canon(ly)
                    if not any(v in cl for v in acc):
                        P(f'lint {sc["id"]}: ok line lacks value: {ly}')
                    for g in sc['facts']:
                        if any(w in cl for w in fvals(g)[1]):
                            P(f'lint {sc["id"]}: ok line carries a wrong value: {ly}')
                for ly in f['bad']:
                    cl = canon(ly)
                    if not any(w in cl for w in wr):
                        P(f'lint {sc["id"]}: bad line lacks a wrong value: {ly}')
                    if any(v in cl for v in acc):
                        P(f'lint {sc["id"]}: bad line carries accepted value: {ly}')
            for y, lines in a.items():
                if y.startswith('fok:') or y.startswith('fbad:'):
                    continue
                for ly in lines:
                    cl = canon(ly)
                    for v in allvals:
                        if v in cl:
                            P(f'lint {sc["id"]}: [{y}] "{ly}" carries fact value {v}')
            # info regexes
            everything = [(y, ly) for grp in (a, cst) for y, lines in grp.items() for ly in lines] + [('ivr', x) for x in mat.IVR]
            for it in sc['info']:
                rx = re.compile(it['pattern'])
                for ly in it['ask']:
                    for form in (ly, asr_all_fillers(ly), num2words(ly)):
                        if not rx.search(form):
                            P(f'lint {sc["id"]}: info {it["key"]} regex misses "{form}"')
            for sc2 in mat.SCEN:
                a2, c2 = domain_cats(mat, sc2)
                for it in sc['info']:
                    rx = re.compile(it['pattern'])
                    for grp in (a2, c2):
                        for y, lines in grp.items():
                            if y == 'ask_info' and sc2 is sc:
                                continue
                            for ly in lines:
                                if sc2 is not sc and y == 'ask_info' and ly in it['ask']:
                                    continue
                                for form in (ly, asr_all_fillers(ly)):
                                    if rx.search(form):
                                        P(f'lint {sc["id"]}: info {it["key"]} regex matches [{y}] "{ly}"')


# ---------------------------------------------------------------- derivation
def find(text_c, lines_c):
    best = None
    for lc in lines_c:
        p = text_c.find(lc)
        if p >= 0 and (best is None or p < best):
            best = p
    return best


def derive(inter, mat, sc, cats_c):
    a_c, c_c = cats_c
    L = {}
    if inter['outcome'] != 'completed' or not any(t['speaker'] == 'agent' for t in inter['turns']):
        return {k: 'na' for k in CHECKS}
    voice = inter['channel'] == 'voice'
    turns = [t for t in inter['turns'] if t['speaker'] in ('agent', 'customer')]
    cust = [t for t in turns if t['speaker'] == 'customer']

    def is_bc(t):
        if t['speaker'] != 'agent' or strip_punct(t['text']) not in BCSET:
            return False
        return any(c['startMs'] < t['startMs'] < c['endMs'] for c in cust)
    seq = [t for t in turns if not is_bc(t)]
    for t in seq:
        t['_c'] = canon(t['text'])
        grp = a_c if t['speaker'] == 'agent' else c_c
        t['_cats'] = {k: p for k, lines in grp.items() if (p := find(t['_c'], lines)) is not None}
    agents = [t for t in seq if t['speaker'] == 'agent']
    has = lambda t, k: k in t['_cats']  # noqa: E731
    L['greeting'] = 'pass' if any(agents[0]['_c'].startswith(g) for g in a_c['greet']) else 'fail'
    L['agent-id'] = 'pass' if any(has(t, 'id') for t in agents[:2]) else 'fail'
    walk = seq[-1]['speaker'] == 'customer' and has(seq[-1], 'walkout')
    L['closing'] = 'na' if walk else ('pass' if any(has(t, 'close') for t in agents[-2:]) else 'fail')
    L['forbidden-words'] = 'fail' if any(has(t, 'forbid') or has(t, 'rude') for t in agents) else 'pass'
    L['politeness'] = 'fail' if any(has(t, 'rude') for t in agents) else 'pass'
    if not sc['requires']['verification']:
        L['verification'] = 'na'
    else:
        pos = lambda k: next(((i, t['_cats'][k]) for i, t in enumerate(agents) if has(t, k)), None)  # noqa: E731
        v, dsc = pos('verify'), pos('disclose')
        L['verification'] = 'pass' if v is not None and (dsc is None or v < dsc) else 'fail'
    # timing
    ev = {e['type']: e['atMs'] for e in inter['events']}
    base = ev.get('agent-joined', ev.get('answered', 0))
    thr_hold, thr_dead = (15000, 8000) if voice else (30000, 30000)
    sla = sc['sla']
    holds, dead, latf, inter_f = [], False, False, False
    first = agents[0]
    if first['startMs'] - base >= thr_dead:
        dead = True
    L['first-response'] = 'pass' if first['startMs'] - base <= sla['firstResponseMs'] else 'fail'
    fi = seq.index(first)
    last_agent = fi
    for k in range(fi + 1, len(seq)):
        t = seq[k]
        if t['speaker'] != 'agent':
            continue
        prev = seq[k - 1]
        gap = t['startMs'] - prev['endMs']
        between = seq[last_agent + 1:k]
        announced = has(seq[last_agent], 'hold_ask') and all(canon(b['text']) in {canon(x) for x in mat.C['ack']} for b in between)
        if gap >= thr_hold:
            holds.append(announced and has(t, 'hold_thank'))
        if gap >= thr_dead and not announced:
            dead = True
        if between and not announced:
            if t['startMs'] - between[0]['endMs'] > sla['responseLatencyMs']:
                latf = True
        if voice and prev['speaker'] == 'customer' and t['startMs'] <= prev['endMs'] - 1000:
            inter_f = True
        last_agent = k
    if seq[-1]['speaker'] == 'customer' and not walk:
        latf = True
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
    L['dead-air'] = 'fail' if dead else 'pass'
    L['response-latency'] = 'fail' if latf else 'pass'
    L['interruption'] = ('fail' if inter_f else 'pass') if voice else 'na'
    if voice:
        ch = sum(spoken_chars(t['text']) for t in agents if t['endMs'] - t['startMs'] >= 1500)
        ms = sum(t['endMs'] - t['startMs'] for t in agents if t['endMs'] - t['startMs'] >= 1500)
        rate = ch * 60000 / ms
        if 120 <= rate <= 300:
            L['speech-rate'] = 'pass'
        elif rate < 110 or rate > 320:
            L['speech-rate'] = 'fail'
        else:
            L['speech-rate'] = 'unclear'
    else:
        L['speech-rate'] = 'na'
    comps = [k for k, t in enumerate(seq) if t['speaker'] == 'customer' and has(t, 'complaint')]
    if not comps and not sc['requires']['empathy']:
        L['empathy'] = 'na'
    else:
        ok = bool(comps)
        for k in comps:
            nxt = [t for t in seq[k + 1:] if t['speaker'] == 'agent'][:2]
            if not any(has(t, 'empathy') for t in nxt) or any(has(t, 'rude') for t in nxt):
                ok = False
        L['empathy'] = 'pass' if ok else 'fail'
    stated, last = set(), {}
    for i, t in enumerate(agents):
        for kk, p in sorted(t['_cats'].items(), key=lambda x: x[1]):
            if kk.startswith('fok:') or kk.startswith('fbad:'):
                key = kk.split(':', 1)[1]
                stated.add(key)
                if key not in last or (i, p) >= last[key][0]:
                    last[key] = ((i, p), kk.startswith('fok:'))
    keys = [f['key'] for f in sc['facts']]
    nonans = any(has(t, 'nonanswer') for t in agents)
    L['resolution'] = 'fail' if nonans or any(k not in stated for k in keys) else 'pass'
    L['fact-accuracy'] = 'pass' if all(k in last and last[k][1] for k in keys) else 'fail'
    L['no-misinformation'] = 'fail' if any(kk.startswith('fbad:') for t in agents for kk in t['_cats']) else 'pass'
    L['record-reference'] = 'na' if not sc['requires']['reference'] else ('pass' if any(has(t, 'ref') for t in agents) else 'fail')
    L['survey-offered'] = 'na' if not sc['requires']['survey'] else ('pass' if any(has(t, 'survey') for t in agents) else 'fail')
    ok = all(any(re.search(it['pattern'], t['text']) for t in agents) for it in sc['info'])
    L['required-info'] = 'pass' if ok else 'fail'
    return {k: L[k] for k in CHECKS}


def check_yaml(mats):
    for d in DOMAINS:
        for sc in mats[d].SCEN:
            p = os.path.join(OUT, 'scenarios', sc['id'] + '.yaml')
            txt = open(p, encoding='utf-8').read()
            if not txt.startswith(f'id: {sc["id"]}\n'):
                P(f'yaml {p}: id')
            r = sc['requires']
            for k, v in r.items():
                if f'{k}: {"true" if v else "false"}' not in txt:
                    P(f'yaml {p}: requires {k}')
            for f in sc['facts']:
                if f'key: {f["key"]},' not in txt or json.dumps(f['expected'], ensure_ascii=False) not in txt:
                    P(f'yaml {p}: fact {f["key"]}')
            for it in sc['info']:
                if json.dumps(it['pattern'], ensure_ascii=False) not in txt:
                    P(f'yaml {p}: info {it["key"]}')
            if f'responseLatencyMs: {sc["sla"]["responseLatencyMs"]}' not in txt:
                P(f'yaml {p}: sla')
            if not re.fullmatch(r'[a-z0-9-]+', sc['id']):
                P(f'yaml {p}: bad id')


def main():
    mats = load_mats()
    lint(mats)
    check_yaml(mats)
    scen = {sc['id']: (mats[d], sc) for d in DOMAINS for sc in mats[d].SCEN}
    cats = {}
    for sid, (mat, sc) in scen.items():
        a, c = domain_cats(mat, sc)
        cats[sid] = ({k: [canon(x) for x in v] for k, v in a.items()}, {k: [canon(x) for x in v] for k, v in c.items()})
    contacts = [json.loads(x) for x in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8') if x.strip()]
    labels = {(y := json.loads(x))['contactId']: y for x in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8') if x.strip()}
    derived = {}
    dis = 0
    for inter in contacts:
        mat, sc = scen[inter['scenarioId']]
        dl = derive(inter, mat, sc, cats[inter['scenarioId']])
        derived[inter['contactId']] = dl
        lab = labels[inter['contactId']]['labels']
        for k in CHECKS:
            if dl[k] != lab[k]:
                dis += 1
                P(f'disagree {inter["contactId"]} {k}: label {lab[k]} derived {dl[k]}')
        for k, v in lab.items():
            if v == 'fail' and k not in labels[inter['contactId']]['why']:
                P(f'{inter["contactId"]}: fail {k} without why')
    # mutation check
    caught = 0
    for n, (cid, lab) in enumerate(sorted(labels.items())):
        k = CHECKS[n % len(CHECKS)]
        mutated = dict(lab['labels'])
        mutated[k] = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[mutated[k]]
        if any(mutated[c] != derived[cid][c] for c in CHECKS):
            caught += 1
    if caught != len(labels):
        P(f'mutation: caught {caught}/{len(labels)}')
    # balance
    cnt = defaultdict(Counter)
    for lab in labels.values():
        for k, v in lab['labels'].items():
            cnt[k][v] += 1
    need = {k: 25 for k in ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
                            'dead-air', 'empathy', 'resolution', 'response-latency', 'fact-accuracy', 'no-misinformation',
                            'record-reference', 'survey-offered']}
    for k, m in need.items():
        if cnt[k]['pass'] < m or cnt[k]['fail'] < m:
            P(f'balance {k}: {dict(cnt[k])}')
    for k in ('interruption', 'speech-rate'):
        if cnt[k]['fail'] < 15:
            P(f'balance {k}: {dict(cnt[k])}')
    print('| check | pass | fail | na |\n|---|---|---|---|')
    for k in CHECKS:
        print(f'| {k} | {cnt[k]["pass"]} | {cnt[k]["fail"]} | {cnt[k]["na"]} |')
    print(f'contacts {len(contacts)}, disagreements {dis}, mutation caught {caught}/{len(labels)}')
    for p in sorted(problems, key=lambda x: not x.startswith("disagree"))[:80]:
        print('PROBLEM', p)
    print(f'{len(problems)} problems')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
