"""Re-derive every label from contacts.jsonl + material + scenarios, lint the material, run the mutation check."""
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import BC, CACK, DOMAINS, HOMO, bare, canon, spoken_chars  # noqa: E402

OUT = os.path.dirname(HERE)
MAT = {d: importlib.import_module(f'mat_{d}').D for d in DOMAINS}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']

# decisive words per agent category (for the lint: no other category's line may contain them)
DEC = {
    'greet': r'^(您好|你好|欢迎|早上好|上午好|下午好|晚上好|哈喽)',
    'id': r'工号|坐席|(?<!受理)编号|我是[^，。]{0,10}(小[\u4e00-\u9fff]|阿[\u4e00-\u9fff]|老师|工程师|师傅|顾问|专员|受理员|接线员|话务员)',
    'close': r'再见|再会|拜拜|祝您|祝你|感谢(您的?)?(来电|致电|咨询|支持|信任|使用|选择|关注)|谢谢(您的?)?(来电|致电|咨询)|您先挂|回头联系|晚安',
    'survey': r'评价|满意|打分|打个分|宝贵意见|评一下|评个分',
    'hold_ann': r'稍等|稍候|等一下|等我一下|等一会|等片刻|查一下|查下|调一下|调出来|翻一下',
    'hold_thx': r'久等|耐心等|您的等待|等这么久|多等了',
    'emp': r'抱歉|对不起|不好意思|理解您|能理解|我理解|添麻烦|带来困扰|带来不便|难为您|窝火|心情|委屈',
    'verify': r'核对|验证|身份证|后四位|末四位|尾号|后六位|出生日期',
    'ref': r'工单号|受理编号|受理单号|受理号|流水号|报案号|服务单号',
    'nonans': r'不清楚|查不到|查不了|回答不上|答不上|不知道|看不到|没有相关信息|说不了|没法给您确定|给不了准话',
    'fjbad': r'不归我们|你去问|你找|跟我们没关系|等着吧|看情况吧|说过了|说了嘛|讲过|随便|看着办|随您|信不信由|自己上网查|自己查|你问问|找物业去|爱等就等|我一开头|不关我们',
    'rude': r'烦不烦|说重点|听不懂|行了行了|至于吗|投诉就去|听我说完|你自己不看|有完没完|你懂不懂|问几遍|啰嗦|磨叽|快点说|你别说了',
    'interject': r'^(明白|收到|好我懂|嗯知道了|对对)',
}
ALLOW = {  # category -> decisive sets its own lines may carry
    'greet': {'greet'}, 'id': {'id'}, 'close': {'close'}, 'survey': {'survey'}, 'hold_ann': {'hold_ann'},
    'hold_thx': {'hold_thx'}, 'emp': {'emp'}, 'verify_ask': {'verify'}, 'verify_ok': {'verify'}, 'verify_late': {'verify'},
    'ref': {'ref'}, 'nonans': {'nonans'}, 'fj': {'fjbad'}, 'fjna': {'fjbad'}, 'rude': {'rude', 'fjbad'},
    'interject': {'interject'}, 'shrug': set(), 'look': {'nonans'},
}
AGENT_CATS = ['openq', 'greet', 'nogreet', 'id', 'noid', 'close', 'wrap', 'agent_end', 'hold_ann', 'hold_thx', 'agent_ack',
              'interject', 'emp', 'noemp', 'verify_ask', 'verify_ok', 'verify_late', 'ref', 'notref', 'survey', 'rude', 'fj', 'fjna',
              'nonans', 'shrug', 'look', 'correct', 'proc']
CUST_CATS = ['escalate', 'csorry', 'press', 'sideq', 'walkout', 'verify_give']
SCEN_AGENT = ['fact_t', 'disclose', 'info_ask']
SCEN_CUST = ['ask', 'misbelief', 'problem', 'complain', 'info_give']
COMPLAINT_WORDS = r'投诉|12315|12345|曝光|领导|过分|受不了|不像话|生气|不满|效率|！|烦死|气死|窝火|离谱|气人|太差|没法活|主任|媒体|市长|经理'
REF_RE = re.compile(r'(工单号|受理编号|受理单号|受理号|流水号|报案号|服务单号).{0,16}?([A-Z]{0,3}[零一二三四五六七八九]{6,})')
DECISIVE_MIN = ['greet', 'id', 'close', 'hold_ann', 'hold_thx', 'emp', 'ref', 'survey', 'rude', 'fj', 'fjna', 'nonans', 'look',
                'escalate', 'wrap', 'nogreet']


def agent_lines(M):
    out = []
    for cat in AGENT_CATS:
        out += [(cat, x) for x in M[cat]]
    out += [('oa', a) for _, a in M['oq']]
    for S in M['scen']:
        for cat in SCEN_AGENT:
            out += [(cat, x) for x in S[cat]]
    return out


def cust_lines(M):
    out = []
    for cat in CUST_CATS:
        out += [(cat, x) for x in M[cat]]
    out += [('oq', q) for q, _ in M['oq']]
    for S in M['scen']:
        for cat in SCEN_CUST:
            out += [(cat, x) for x in S[cat]]
    return out


def lint():
    errs = []
    for d, M in MAT.items():
        al = agent_lines(M)
        cl = cust_lines(M)
        for cat, line in al:
            probe = line.replace('{v}', '').replace('{ref}', '')
            for dk, rx in DEC.items():
                if re.search(rx, probe) and dk not in ALLOW.get(cat, set()):
                    if cat in ('verify_ask', 'verify_late') and dk == 'hold_ann':
                        continue
                    errs.append(f'{d}: {cat} line carries {dk} words: {line}')
        for cat, line in al + cl:
            for good, bad in HOMO:
                if bad in line:
                    errs.append(f'{d}: {cat} line holds the homophone form {bad}: {line}')
        # canon substring clashes between detection categories
        DETC = ('id', 'close', 'hold_ann', 'hold_thx', 'emp', 'verify_ask', 'verify_ok', 'verify_late', 'survey', 'rude', 'fj',
                'fjna', 'nonans', 'disclose', 'greet')
        every = [(c, canon(x.replace('{v}', '').replace('{ref}', ''))) for c, x in al]
        det = [(c, x) for c, x in every if c in DETC]
        for c1, a in det:
            for c2, b in every:
                if c1 != c2 and a and a in b:
                    errs.append(f'{d}: {c1} line "{a}" sits inside {c2} line "{b}"')
        for S in M['scen']:
            f = S['fact']
            vals = [f['expected']] + f['variants'] + f['wrong']
            acc = [f['expected']] + f['variants']
            for a in acc:
                for w in f['wrong']:
                    if a in w or w in a:
                        errs.append(f'{d}: accepted {a} and wrong {w} overlap')
            for t in S['fact_t']:
                if '{v}' not in t:
                    errs.append(f'{d}: fact line without its value: {t}')
            for dd, MM in MAT.items():
                for cat, line in agent_lines(MM):
                    if cat == 'fact_t':
                        continue
                    for val in vals:
                        if canon(val) in canon(line):
                            errs.append(f'{dd}: {cat} line carries the value {val} of {S["id"]}: {line}')
            rx = re.compile(S['info']['pattern'])
            for line in S['info_ask']:
                if not rx.search(canon(line)) or not rx.search(line):
                    errs.append(f'{d}: info ask not matched by its pattern: {line}')
            for cat, line in al + cl:
                if cat == 'info_ask':
                    continue
                if rx.search(canon(line.replace('{v}', '').replace('{ref}', ''))):
                    errs.append(f'{d}: info pattern of {S["id"]} matches a {cat} line: {line}')
        for t in M['ref']:
            if '{ref}' not in t:
                errs.append(f'{d}: ref line without its slot: {t}')
        for cat, line in cl:
            if cat not in ('escalate', 'complain') and re.search(COMPLAINT_WORDS, line):
                errs.append(f'{d}: customer {cat} line reads as a complaint: {line}')
        for cat in DECISIVE_MIN:
            if len(set(M[cat])) < 8:
                errs.append(f'{d}: only {len(set(M[cat]))} wordings for {cat}')
        comp = sum(len(S['complain']) for S in M['scen'])
        if comp < 8:
            errs.append(f'{d}: only {comp} complaint wordings')
        for S in M['scen']:
            if len(S['fact_t']) < 6:
                errs.append(f'{d}: few fact wordings in {S["id"]}')
    return errs


def load_scen():
    out = {}
    for fn in os.listdir(os.path.join(OUT, 'scenarios')):
        txt = open(os.path.join(OUT, 'scenarios', fn), encoding='utf-8').read()
        sid = re.search(r'^id: (\S+)', txt, re.M).group(1)
        req = {k: v == 'true' for k, v in re.findall(r'(verification|reference|empathy|survey): (true|false)', txt)}
        sla = {k: int(v) for k, v in re.findall(r'(firstResponseMs|responseLatencyMs): (\d+)', txt)}
        fm = re.search(r'expected: (".*?"), variants: (\[.*?\]), wrong: (\[.*?\])', txt)
        pat = json.loads(re.search(r'patterns: \[(".*")\]', txt).group(1))
        out[sid] = dict(req=req, sla=sla, expected=json.loads(fm.group(1)), variants=json.loads(fm.group(2)),
                        wrong=json.loads(fm.group(3)), pattern=pat)
    return out


class Det:
    def __init__(self, M):
        self.M = M
        g = lambda cat: [canon(x) for x in M[cat]]  # noqa: E731
        self.cats = {c: g(c) for c in ['id', 'close', 'hold_ann', 'hold_thx', 'emp', 'verify_ask', 'verify_ok', 'verify_late',
                                        'survey', 'rude', 'fj', 'fjna', 'nonans', 'escalate', 'sideq', 'walkout']}
        self.cats['verify'] = self.cats['verify_ask'] + self.cats['verify_ok'] + self.cats['verify_late']
        self.cats['greet'] = g('greet')
        self.cats['disclose'] = [canon(x) for S in M['scen'] for x in S['disclose']]
        self.cats['complain'] = [canon(x) for S in M['scen'] for x in S['complain']] + self.cats['escalate']
        self.cats['ask'] = [canon(x) for S in M['scen'] for x in S['ask']]
        self.oq = [(canon(q), canon(a)) for q, a in M['oq']]
        self.ack = [canon(x) for x in CACK]

    def pos(self, cat, text):
        c = canon(text)
        hits = [c.find(x) for x in self.cats[cat] if x and x in c]
        return min(hits) if hits else -1

    def has(self, cat, text):
        return self.pos(cat, text) >= 0


def derive(con, S, det):
    L = {}
    v = con['channel'] == 'voice'
    turns = sorted(con['turns'], key=lambda t: t['startMs'])
    cust = [t for t in turns if t['speaker'] == 'customer']

    def is_bc(t):
        return t['speaker'] == 'agent' and bare(t['text']) in BC and any(
            c['startMs'] < t['startMs'] and t['endMs'] <= c['endMs'] for c in cust)
    flow = [t for t in turns if t['speaker'] in ('agent', 'customer') and not is_bc(t)]
    ag = [t for t in flow if t['speaker'] == 'agent']
    ev = con['events']
    if not ag:
        return {k: 'na' for k in CHECKS}
    # greeting
    c0 = canon(ag[0]['text'])
    L['greeting'] = 'pass' if any(c0.startswith(g) for g in det.cats['greet']) else 'fail'
    L['agent-id'] = 'pass' if any(det.has('id', t['text']) for t in ag[:2]) else 'fail'
    # closing
    last = flow[-1]
    if last['speaker'] == 'customer' and det.has('walkout', last['text']):
        L['closing'] = 'na'
    else:
        L['closing'] = 'pass' if any(det.has('close', t['text']) for t in ag[-2:]) else 'fail'
    L['forbidden-words'] = 'fail' if any(det.has(k, t['text']) for t in ag for k in ('rude', 'fj', 'fjna')) else 'pass'
    L['politeness'] = 'fail' if any(det.has('rude', t['text']) for t in ag) else 'pass'
    # verification
    if not S['req']['verification']:
        L['verification'] = 'na'
    else:
        def first(cat):
            for i, t in enumerate(ag):
                p = det.pos(cat, t['text'])
                if p >= 0:
                    return (i, p)
            return None
        fv, fd = first('verify'), first('disclose')
        L['verification'] = 'pass' if fv is not None and (fd is None or fv < fd) else 'fail'
    # silences, holds, dead air
    thr_dead, thr_hold = (8000, 15000) if v else (30000, 30000)
    evh = []
    hs = [e['atMs'] for e in ev if e['type'] == 'hold-start']
    he = [e['atMs'] for e in ev if e['type'] == 'hold-end']
    evh = list(zip(hs, he))
    gaps = []  # (start, end, owed)
    for a, b in zip(flow, flow[1:]):
        owed = a['speaker'] == 'customer' or (a['speaker'] == 'agent' and b['speaker'] == 'agent')
        gaps.append((a['endMs'], b['startMs'], owed, a, b))

    def announced(start):
        # latest agent turn before the silence announces it; only customer acknowledgements after it
        before = [t for t in flow if t['endMs'] <= start]
        for t in reversed(before):
            if t['speaker'] == 'agent':
                return det.has('hold_ann', t['text'])
            if canon(t['text']) not in det.ack:
                return False
        return False

    def next_agent(after):
        for t in ag:
            if t['startMs'] >= after:
                return t
        return None
    holds = []
    for s, e in evh:
        holds.append((s, e))
    for s, e, owed, a, b in gaps:
        if owed and e - s >= thr_hold and not any(hs_ <= e and s <= he_ for hs_, he_ in evh):
            holds.append((s, e))
    if not holds:
        L['hold-etiquette'] = 'na'
    else:
        ok = True
        for s, e in holds:
            nx = next_agent(e)
            if not announced(s) or nx is None or not det.has('hold_thx', nx['text']):
                ok = False
        L['hold-etiquette'] = 'pass' if ok else 'fail'
    ann_holds = [(s, e) for s, e in holds if announced(s)]
    dead = False
    joined = [e['atMs'] for e in ev if e['type'] == 'agent-joined']
    if joined and ag[0]['startMs'] - joined[0] >= thr_dead:
        dead = True
    for s, e, owed, a, b in gaps:
        if owed and e - s >= thr_dead and not any(hs_ <= e and s <= he_ + 1 for hs_, he_ in ann_holds):
            dead = True
    L['dead-air'] = 'fail' if dead else 'pass'
    # interruption, speech rate
    if not v:
        L['interruption'] = L['speech-rate'] = 'na'
    else:
        intr = False
        for t in ag:
            for c in cust:
                if c['startMs'] < t['startMs'] < c['endMs'] and c['endMs'] - t['startMs'] >= 1000:
                    intr = True
        L['interruption'] = 'fail' if intr else 'pass'
        ch = ms = 0
        for t in ag:
            if t['endMs'] - t['startMs'] >= 1500:
                ch += spoken_chars(t['text'])
                ms += t['endMs'] - t['startMs']
        rate = ch / (ms / 60000) if ms else 200
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
    # empathy
    comp = [i for i, t in enumerate(flow) if t['speaker'] == 'customer' and det.has('complain', t['text'])]
    if not comp and not S['req']['empathy']:
        L['empathy'] = 'na'
    elif not comp:
        L['empathy'] = 'fail'
    else:
        ok = True
        for i in comp:
            nxt = [t for t in flow[i + 1:] if t['speaker'] == 'agent'][:2]
            good = False
            for t in nxt:
                if det.has('rude', t['text']):
                    break
                if det.has('emp', t['text']):
                    good = True
                    break
            ok = ok and good
        L['empathy'] = 'pass' if ok else 'fail'
    # resolution: each question (fact ask or other question) answered in the first reply, or after a look-up / non-answer in the next
    vals = [S['expected']] + S['variants'] + S['wrong']
    cv = [canon(x) for x in vals]
    res = True
    for i, t in enumerate(flow):
        if t['speaker'] != 'customer':
            continue
        ct = canon(t['text'])
        if det.has('sideq', t['text']):
            continue
        wants = []
        if det.has('ask', t['text']):
            wants.append(lambda x: any(val in canon(x) for val in cv))
        for q, a in det.oq:
            if q in ct:
                wants.append(lambda x, a=a: a in canon(x))
        for w in wants:
            nxt = [u for u in flow[i + 1:] if u['speaker'] == 'agent'][:2]
            if not nxt:
                res = False
                continue
            if w(nxt[0]['text']):
                continue
            if (det.has('hold_ann', nxt[0]['text']) or det.has('nonans', nxt[0]['text']) or det.has('fjna', nxt[0]['text'])
                    or canon(nxt[0]['text']) in [canon(x) for x in det.M['agent_ack']]) and len(nxt) > 1 and w(nxt[1]['text']):
                continue
            res = False
    L['resolution'] = 'pass' if res else 'fail'
    # first response, latency
    base = joined[0] if joined else [e['atMs'] for e in ev if e['type'] == 'answered'][0]
    L['first-response'] = 'pass' if ag[0]['startMs'] - base <= S['sla']['firstResponseMs'] else 'fail'
    lat = True
    for t in flow:
        if t['speaker'] != 'customer':
            continue
        nx = next((a for a in ag if a['startMs'] > t['startMs']), None)
        if nx is None:
            continue
        if nx['startMs'] - t['endMs'] > S['sla']['responseLatencyMs']:
            if not any(t['endMs'] <= s + 1 and e <= nx['startMs'] + 1 for s, e in ann_holds):
                lat = False
    L['response-latency'] = 'pass' if lat else 'fail'
    # facts
    occ = []
    for i, t in enumerate(ag):
        c = canon(t['text'])
        for val, cval in zip(vals, cv):
            for m in re.finditer(re.escape(cval), c):
                occ.append((i, m.start(), val))
    acc = set([S['expected']] + S['variants'])
    if not occ:
        L['fact-accuracy'] = 'fail'
    else:
        occ.sort()
        lastpos = occ[-1][:2]
        lastvals = {o[2] for o in occ if o[:2] == lastpos}
        L['fact-accuracy'] = 'pass' if lastvals & acc else 'fail'
    L['no-misinformation'] = 'fail' if any(o[2] in S['wrong'] for o in occ) else 'pass'
    if not S['req']['reference']:
        L['record-reference'] = 'na'
    else:
        L['record-reference'] = 'pass' if any(REF_RE.search(canon(t['text'])) for t in ag) else 'fail'
    if not S['req']['survey']:
        L['survey-offered'] = 'na'
    else:
        L['survey-offered'] = 'pass' if any(det.has('survey', t['text']) for t in ag) else 'fail'
    rx = re.compile(S['pattern'])
    L['required-info'] = 'pass' if any(rx.search(canon(t['text'])) for t in ag) else 'fail'
    return {k: L[k] for k in CHECKS}


def main():
    errs = lint()
    for e in errs:
        print('LINT', e)
    scen = load_scen()
    cons = [json.loads(x) for x in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8') if x.strip()]
    labs = {json.loads(x)['contactId']: json.loads(x) for x in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8') if x.strip()}
    dis = 0
    derived = {}
    for con in cons:
        cid = con['contactId']
        m = re.match(r'h13b-([a-z]+)-\d+$', cid)
        if con['outcome'] != 'completed' or not m:
            der = {k: 'na' for k in CHECKS}
        else:
            der = derive(con, scen[con['scenarioId']], Det(MAT[m.group(1)]))
        derived[cid] = der
        lab = labs[cid]['labels']
        for k in CHECKS:
            if der[k] != lab[k]:
                dis += 1
                print(f'DISAGREE {cid} {k}: label {lab[k]} derived {der[k]}')
        for k in CHECKS:
            if lab[k] == 'fail' and not labs[cid]['why'].get(k):
                print(f'NO-WHY {cid} {k}')
                dis += 1
    # mutation check: flip one label per contact, the comparison must catch each
    caught = 0
    for n, con in enumerate(cons):
        cid = con['contactId']
        k = CHECKS[n % len(CHECKS)]
        flipped = dict(labs[cid]['labels'])
        flipped[k] = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[flipped[k]]
        if any(flipped[c] != derived[cid][c] for c in CHECKS):
            caught += 1
    # counts
    cnt = {k: {'pass': 0, 'fail': 0, 'na': 0} for k in CHECKS}
    for l in labs.values():
        for k in CHECKS:
            cnt[k][l['labels'][k]] += 1
    print('| check | pass | fail | na |')
    print('|---|---|---|---|')
    for k in CHECKS:
        print(f"| {k} | {cnt[k]['pass']} | {cnt[k]['fail']} | {cnt[k]['na']} |")
    print(f'contacts {len(cons)}; lint problems {len(errs)}; disagreements {dis}; mutations caught {caught}/{len(cons)}')
    return 1 if errs or dis or caught != len(cons) else 0


if __name__ == '__main__':
    sys.exit(main())
