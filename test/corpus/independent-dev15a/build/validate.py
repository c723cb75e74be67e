# -*- coding: utf-8 -*-
"""Validator: re-derives every label from contacts.jsonl + scenarios/*.yaml + material (decisive words), lints the
material, and runs a mutation check. Does not read plan.py or the generator's intent."""
import glob, json, os, re, sys
from collections import Counter, defaultdict
from plan import load_mat, DOMS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
MATS = {d: load_mat(d) for d in DOMS}


def N(t):
    return re.sub(r'[\s，。？！、,.?!；;：:～~“”"\'‘’（）()…—\-·%]', '', t)


R = dict(
    GREET=re.compile(r'^(呃|嗯|那个|就是|喂|哎|亲)*(您好|你好|欢迎致电|欢迎来电|欢迎来到|早上好|上午好|下午好|晚上好|哈喽|您早)'),
    ID=re.compile(r'(工号|公号|坐席)(是|为)?[A-Za-z]?[0-9零幺一二三四五六七八九两]{3,}|[0-9零幺一二三四五六七八九]{2,}号(话务员|客服|坐席)'),
    CLOSE=re.compile(r'(再见|在见|拜拜|祝(您|你|阿姨|二位)|先挂机|回头联系|感谢(您|你)?的?(来电|致电)|谢谢(您|你)?的?(来电|致电))'),
    WALKOUT=re.compile(r'(先挂了|不说了|先忙)'),
    VERIFY=re.compile(r'(身份证.{0,4}(后|末)(四|4|六|6)位|出生日期|验证码|(姓名|名字)(和|跟).{0,6}(尾号|后四位|出生日期)|(手机|手机号|电话).{0,2}(后四位|尾号)|核对|核实)'),
    DISCLOSE=re.compile(r'(系统显示|系统里显示|记录显示|记录上|查到您)'),
    ANNOUNCE=re.compile(r'(稍等|别挂|稍候|等我一下|查一下|查查|查询一下|看一下|问一下|调一下)'),
    THANKS=re.compile(r'(耐心等待|久等|耐心等候|谢谢(您|你)等|谢谢亲耐心|多谢(您|你)?(耐心)?等|让(您|你).{0,10}等了|等了这么久)'),
    EMPATHY=re.compile(r'(抱歉|对不起|对不住|不好意思|歉意|道歉|理解(您|你)|我理解|能理解|添麻烦|委屈|惭愧|心情)'),
    COMPLAINT=re.compile(r'(投诉|12315|幺二三幺五|12345|幺二三四五|曝光|领导|负责人|店长|总经理|太差|离谱|坑人|忽悠|气死|一点用都没有|过分|不像话|失望|寒了|受不了|丢人|第[二三四五]次|三回|说好的|退租|怎么回事|损失谁|损失算谁|闹心)'),
    NONANS=re.compile(r'(不清楚|不太清楚|说不好|说不上来|不晓得|没有信息|不掌握|没法给.{0,3}准话|答不上|回答不上|查不了|查不到|说不准|不好说|不了解)'),
    HELP=re.compile(r'(转接|转到|转给|电话是|回电|给您回复)'),
    MADEGOOD=re.compile(r'(问了(同事|技术|裱花|物业|策划)|问过|问清楚了|刚确认了)'),
    INCID=re.compile(r'(顺便问|顺口问|随便问一句)'),
    SURVEY=re.compile(r'(评价|满意度|打分|打个分|宝贵意见|五星|满意请按)'),
    REF=re.compile(r'(工单号|受理号|受理单号|流水号|服务单号|登记号|投诉单号)(是|为)?[A-Za-z0-9零幺一二三四五六七八九]{6,}'),
    ACK=re.compile(r'^(呃|嗯|那个|就是)*(好的?|嗯+|行吧?|可以(可以)?|ok|OK|你说|嗯好的?|嗯行|好嘞|嗯知道了|知道了)$'),
    SOFT=re.compile(r'(您|请|麻烦|谢谢|感谢|好的|抱歉|不好意思)'),
)
BACKCH = {'嗯', '嗯嗯', '对', '好的', '是', '对对', '哦'}
FORBID = {d: [N(j[4]) for j in MATS[d]['jiyu']] for d in DOMS}
RUDE = {d: [N(j[4]) for j in MATS[d]['jiyu'] if j[1]] for d in DOMS}
NAMES = {d: [re.sub(r'^.*?(员|专员|客服|顾问|经理|管家|主管|调度|店长|师)', '', n) for n in MATS[d]['names']] for d in DOMS}
ALLFORBID = sorted({k for d in DOMS for k in FORBID[d]})
ALLRUDE = sorted({k for d in DOMS for k in RUDE[d]})


# ---------------------------------------------------------------- minimal YAML reader for our own scenario files
def parse_flow(s):
    s = s.strip()
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] == ' ':
            pos += 1

    def val():
        nonlocal pos
        ws()
        if s[pos] == '"':
            pos += 1
            out = ''
            while s[pos] != '"':
                if s[pos] == '\\':
                    pos += 1
                out += s[pos]
                pos += 1
            pos += 1
            return out
        if s[pos] == '[':
            pos += 1
            items = []
            ws()
            while s[pos] != ']':
                items.append(val())
                ws()
                if s[pos] == ',':
                    pos += 1
                ws()
            pos += 1
            return items
        if s[pos] == '{':
            pos += 1
            d = {}
            ws()
            while s[pos] != '}':
                k0 = pos
                while s[pos] != ':':
                    pos += 1
                k = s[k0:pos].strip()
                pos += 1
                d[k] = val()
                ws()
                if s[pos] == ',':
                    pos += 1
                ws()
            pos += 1
            return d
        k0 = pos
        while pos < len(s) and s[pos] not in ',]}':
            pos += 1
        w = s[k0:pos].strip()
        return {'true': True, 'false': False}.get(w, int(w) if w.isdigit() else w)
    return val()


def load_scenarios():
    out = {}
    for fn in sorted(glob.glob(os.path.join(OUT, 'scenarios', '*.yaml'))):
        sc = dict(facts=[], requiredInfo=[])
        sect = None
        for line in open(fn, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.startswith(' '):
                k, _, v = line.partition(':')
                sect = k
                if k == 'id':
                    sc['id'] = v.strip()
                elif k in ('requires', 'sla'):
                    sc[k] = parse_flow(v)
            elif sect in ('facts', 'requiredInfo') and line.strip().startswith('- {'):
                sc[sect].append(parse_flow(line.strip()[2:]))
        out[sc['id']] = sc
    return out


# ---------------------------------------------------------------- derivation
def derive(c, sc, domain):
    L = {k: 'na' for k in CHECKS}
    turns = c.get('turns') or []
    ags_all = [t for t in turns if t['speaker'] == 'agent']
    if c.get('outcome') != 'completed' or not ags_all:
        return L
    voice = c['channel'] == 'voice'
    ev = {e['type']: e['atMs'] for e in c['events'] if e['type'] in ('answered', 'agent-joined')}
    base = ev.get('agent-joined', ev.get('answered'))
    T = [t for t in turns if t['speaker'] in ('agent', 'customer')]
    for t in T:
        t['n'] = N(t['text'])
        t['bc'] = t['speaker'] == 'agent' and t['n'] in BACKCH
    T = [t for t in T if t['startMs'] >= base]
    A = [t for t in T if t['speaker'] == 'agent']
    Areal = [t for t in A if not t['bc']]
    Cs = [t for t in T if t['speaker'] == 'customer']
    P = lambda ok: 'pass' if ok else 'fail'
    req = sc['requires']
    # greeting / id
    L['greeting'] = P(bool(R['GREET'].search(A[0]['n'])))
    L['agent-id'] = P(any(R['ID'].search(t['n']) or any(nm in t['n'] for nm in NAMES[domain]) for t in A[:2]))
    # closing
    last = T[-1]
    if last['speaker'] == 'customer' and R['WALKOUT'].search(last['n']):
        L['closing'] = 'na'
    else:
        L['closing'] = P(any(R['CLOSE'].search(t['n']) for t in Areal[-2:]))
    # forbidden words / politeness
    L['forbidden-words'] = P(not any(k in t['n'] for t in A for k in ALLFORBID))
    rude = any(k in t['n'] for t in A for k in ALLRUDE)
    clipped = sum(1 for t in Areal if len(t['n']) <= 10 and not R['SOFT'].search(t['n']) and not R['CLOSE'].search(t['n']))
    curt = (not any('您' in t['n'] for t in A)) and clipped >= 3
    L['politeness'] = P(not (rude or curt))
    # verification
    if req['verification']:
        vi = next((i for i, t in enumerate(Areal) if R['VERIFY'].search(t['n'])), None)
        di = next((i for i, t in enumerate(Areal) if R['DISCLOSE'].search(t['n'])), None)
        L['verification'] = P(vi is not None and (di is None or vi < di))
    # gaps: silence before each turn, who owed it, announced or not
    gaps = []  # (index, gap, owed, announced)
    mx = base
    for i, t in enumerate(T):
        g = t['startMs'] - mx
        prev = T[i - 1] if i else None
        owed = (t['speaker'] == 'agent' and not t['bc']) or (prev is not None and prev['speaker'] == 'customer')
        if i == 0:
            owed = True
        ann = False
        j = i - 1
        while j >= 0 and T[j]['speaker'] == 'customer' and R['ACK'].match(T[j]['n']):
            j -= 1
        if j >= 0 and T[j]['speaker'] == 'agent' and R['ANNOUNCE'].search(T[j]['n']):
            ann = True
        gaps.append((i, g, owed, ann))
        mx = max(mx, t['endMs'])
    hold_thr, dead_thr = (15000, 8000) if voice else (30000, 30000)
    hs = [e['atMs'] for e in c['events'] if e['type'] == 'hold-start']
    holds = []
    for i, g, owed, ann in gaps:
        start = T[i]['startMs'] - g
        evhold = any(start <= h <= T[i]['startMs'] for h in hs)
        if (owed and g >= hold_thr) or evhold:
            holds.append((i, ann))
    if holds:
        ok = True
        for i, ann in holds:
            nxt = next((t for t in T[i:] if t['speaker'] == 'agent' and not t['bc']), None)
            if not ann or nxt is None or not R['THANKS'].search(nxt['n']):
                ok = False
        L['hold-etiquette'] = P(ok)
    L['dead-air'] = P(not any(owed and g >= dead_thr and not ann for i, g, owed, ann in gaps))
    # interruption / speech rate
    if voice:
        intr = False
        for a in Areal:
            for cu in Cs:
                if cu['startMs'] < a['startMs'] < cu['endMs'] and cu['endMs'] - a['startMs'] >= 1000:
                    intr = True
        L['interruption'] = P(not intr)
        ch = sum(len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', t['text'])) for t in A if t['endMs'] - t['startMs'] >= 1500)
        ms = sum(t['endMs'] - t['startMs'] for t in A if t['endMs'] - t['startMs'] >= 1500)
        rate = ch / (ms / 60000) if ms else 200
        L['speech-rate'] = P(120 <= rate <= 300)
    # empathy
    comp = [i for i, t in enumerate(T) if t['speaker'] == 'customer' and R['COMPLAINT'].search(t['n'])]
    if comp or req['empathy']:
        ok = bool(comp) or any(R['EMPATHY'].search(t['n']) for t in A)
        for i in comp:
            nxt = [t for t in T[i + 1:] if t['speaker'] == 'agent' and not t['bc']][:2]
            if not any(R['EMPATHY'].search(t['n']) for t in nxt) or any(k in t['n'] for t in nxt[:1] for k in ALLRUDE):
                ok = False
        L['empathy'] = P(ok)
    # facts
    atext = '|'.join(t['n'] for t in Areal)
    fact_ok, stated_all, misinfo = True, True, False
    for fa in sc['facts']:
        acc = [N(x) for x in [fa['expected']] + fa['variants']]
        wr = [N(x) for x in fa['wrong']]
        hits = []
        for x in acc:
            hits += [(m.start(), True) for m in re.finditer(re.escape(x), atext)]
            if re.search('不是' + re.escape(x), atext):
                misinfo = True
        for x in wr:
            hits += [(m.start(), False) for m in re.finditer(re.escape(x), atext)]
        if not hits:
            fact_ok = stated_all = False
            continue
        if any(not ok for _, ok in hits):
            misinfo = True
        if not max(hits)[1]:
            fact_ok = False
    L['fact-accuracy'] = P(fact_ok)
    L['no-misinformation'] = P(not misinfo)
    # resolution
    res = stated_all
    for k, t in enumerate(Areal):
        if R['NONANS'].search(t['n']) and not R['HELP'].search(t['n']):
            prevc = [u for u in T if u['speaker'] == 'customer' and u['startMs'] < t['startMs']]
            if prevc and R['INCID'].search(prevc[-1]['n']):
                continue
            nxt = Areal[k + 1] if k + 1 < len(Areal) else None
            if nxt is not None and R['MADEGOOD'].search(nxt['n']):
                continue
            res = False
    L['resolution'] = P(res)
    # first response / latency
    L['first-response'] = P(A[0]['startMs'] - base <= sc['sla']['firstResponseMs'])
    lat_ok = True
    for i, t in enumerate(T):
        if t['speaker'] != 'customer':
            continue
        r = next((k for k in range(i + 1, len(T)) if T[k]['speaker'] == 'agent' and not T[k]['bc']), None)
        if r is None:
            continue
        if gaps[r][3]:
            continue
        if T[r]['startMs'] - t['endMs'] > sc['sla']['responseLatencyMs']:
            lat_ok = False
    L['response-latency'] = P(lat_ok)
    if req['reference']:
        L['record-reference'] = P(any(R['REF'].search(t['n']) for t in A))
    if req['survey']:
        L['survey-offered'] = P(any(R['SURVEY'].search(t['n']) for t in A))
    L['required-info'] = P(all(any(re.search(p, t['n']) for t in A for p in ri['patterns']) for ri in sc['requiredInfo']))
    return L


# ---------------------------------------------------------------- lint of the material
def lint():
    problems = []
    agent_cats = ['greet', 'nogreet', 'bare_role', 'offer', 'empathy', 'no_empathy', 'verify_ok', 'verify_late', 'announce',
                  'thanks', 'ack', 'nonans', 'madegood', 'incid_shrug', 'lookalike', 'correct', 'ref_neg', 'survey', 'wrapq', 'closing']
    owners = dict(CLOSE=['closing', 'curt.closing'], VERIFY=['verify.q', 'verify_late'], DISCLOSE=['disclose'],
                  ANNOUNCE=['announce'], THANKS=['thanks'], EMPATHY=['empathy'], NONANS=['nonans', 'incid_shrug'],
                  MADEGOOD=['madegood'], SURVEY=['survey'], REF=['ref'], ID=['id_tpl', 'id_late'])
    for d in DOMS:
        M = MATS[d]
        lines = []  # (category, text)
        for cat in agent_cats:
            lines += [(cat, x) for x in M[cat]]
        lines += [('verify.q', q) for q, a in M['verify']]
        lines += [('side.a', a) for q, a in M['side']]
        lines += [('jiyu', j[3]) for j in M['jiyu']]
        for k in ('open', 'misc', 'wrap', 'closing'):
            lines += [('curt.' + k, x) for x in M['curt'][k]]
        for i in range(3):
            lines += [('id_tpl', x.format(id=M['ids'][i], name=M['names'][i])) for x in M['id_tpl']]
            lines += [('id_late', x.format(id=M['ids'][i], name=M['names'][i])) for x in M['id_late']]
        lines += [('ref', x.format(ref='GD240512345')) for x in M['ref']]
        for sc in M['scen']:
            lines += [('disclose', x) for x in sc['disclose']]
            lines += [('ask.' + sc['key'], x) for x in sc['info']['asks'] + [sc['info']['curt']]]
            for fa in sc['facts']:
                for x in fa['lines']:
                    if '{v}' not in x:
                        problems.append('%s fact line without value slot: %s' % (d, x))
                    lines.append(('fact.' + sc['key'], x.format(v=fa['expected'])))
        for name, cats in owners.items():
            rx = R[name]
            for cat, x in lines:
                if name == 'VERIFY' and cat == 'verify_ok':
                    continue
                hit = bool(rx.search(N(x))) or (name == 'ID' and any(nm in N(x) for nm in NAMES[d]))
                if cat in cats and not hit:
                    problems.append('%s %s line lacks its decisive words: %s' % (d, cat, x))
                if cat not in cats and hit:
                    problems.append('%s %s line contains %s words: %s' % (d, cat, name, x))
        for cat, x in lines:
            n = N(x)
            if cat == 'greet' and not R['GREET'].search(n):
                problems.append('%s greet line not a greeting: %s' % (d, x))
            if cat in ('nogreet', 'bare_role', 'offer', 'id_tpl') and R['GREET'].search(n):
                problems.append('%s %s opener starts with a greeting: %s' % (d, cat, x))
            if cat != 'jiyu' and any(k in n for k in ALLFORBID):
                problems.append('%s %s line contains a forbidden key: %s' % (d, cat, x))
            if cat not in ('id_tpl', 'id_late') and any(nm in n for nm in NAMES[d]):
                problems.append('%s %s line names a staff member: %s' % (d, cat, x))
        for j in M['jiyu']:
            if N(j[4]) not in N(j[3]):
                problems.append('%s jiyu key not in its line: %s' % (d, j))
            for rx in ('NONANS', 'EMPATHY', 'CLOSE', 'ANNOUNCE'):
                if R[rx].search(N(j[3])):
                    problems.append('%s jiyu line hits %s: %s' % (d, rx, j[3]))
        # customer side
        cust = [('complaint', x) for x in M['complaint_open'] + M['complaint_later']]
        cust += [('walkout', x) for x in M['walkout']] + [('incid_q', x) for x in M['incid_q']]
        for cat in ('cust_sorry', 'cust_ack', 'press', 'cust_no', 'cust_bye', 'to_human'):
            cust += [(cat, x) for x in M[cat]]
        cust += [('side.q', q) for q, a in M['side']] + [('verify.a', a) for q, a in M['verify']]
        cust += [('verify.a', x) for x in M['verify_late_ans']] + [('trigger', j[2]) for j in M['jiyu']]
        for sc in M['scen']:
            cust += [('problem', x) for x in sc['problem']] + [('info.a', x) for x in sc['info']['answers'] + [sc['info']['volunteer']]]
            cust += [('fact.ask', x) for fa in sc['facts'] for x in fa['ask']]
        for name, cat in (('COMPLAINT', 'complaint'), ('WALKOUT', 'walkout'), ('INCID', 'incid_q')):
            for c2, x in cust:
                hit = bool(R[name].search(N(x)))
                if (c2 == cat) != hit:
                    problems.append('%s customer %s line vs %s: %s' % (d, c2, name, x))
        for j in M['jiyu']:
            if j[0] not in ('已说过', '否定', '激将') and re.search(r'[？?]|吗$|呢$', j[2]):
                problems.append('%s trigger is a question: %s' % (d, j[2]))
        # info patterns match only their asks; fact values only in fact lines
        for sc in M['scen']:
            pat = sc['info']['pattern']
            for cat, x in lines:
                hit = bool(re.search(pat, N(x)))
                if cat == 'ask.' + sc['key'] and not hit:
                    problems.append('%s info pattern misses ask: %s' % (d, x))
                if cat != 'ask.' + sc['key'] and hit:
                    problems.append('%s info pattern %s matches non-ask %s line: %s' % (d, pat, cat, x))
            for fa in sc['facts']:
                acc = [fa['expected']] + fa['variants']
                for a in acc:
                    for w in fa['wrong']:
                        if N(a) in N(w) or N(w) in N(a):
                            problems.append('%s fact %s: %s vs %s substring' % (d, fa['key'], a, w))
                for cat, x in lines:
                    if cat.startswith('fact.'):
                        continue
                    for v in acc + fa['wrong']:
                        if N(v) in N(x):
                            problems.append('%s fact value %s appears in %s line: %s' % (d, v, cat, x))
    return problems


def main():
    scens = load_scenarios()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8') if l.strip()]
    labels = {o['contactId']: o for o in (json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8') if l.strip())}
    probs = lint()
    for p in probs:
        print('LINT', p)
    derived, dis = {}, []
    for c in contacts:
        lab = labels[c['contactId']]
        L = derive(c, scens[c['scenarioId']], lab['domain'])
        derived[c['contactId']] = L
        for k in CHECKS:
            if L[k] != lab['labels'][k]:
                dis.append((c['contactId'], k, lab['labels'][k], L[k]))
        for k, v in lab['labels'].items():
            if v == 'fail' and k not in lab['why']:
                dis.append((c['contactId'], k, 'fail without why', ''))
    for x in dis:
        print('DISAGREE', *x)
    # mutation check
    caught = 0
    for n, c in enumerate(contacts):
        lab = dict(labels[c['contactId']]['labels'])
        k = CHECKS[n % len(CHECKS)]
        lab[k] = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[lab[k]]
        if any(lab[x] != derived[c['contactId']][x] for x in CHECKS):
            caught += 1
    # counts
    cnt = defaultdict(Counter)
    for o in labels.values():
        for k, v in o['labels'].items():
            cnt[k][v] += 1
    print('%-18s %5s %5s %5s' % ('check', 'pass', 'fail', 'na'))
    for k in CHECKS:
        print('%-18s %5d %5d %5d' % (k, cnt[k]['pass'], cnt[k]['fail'], cnt[k]['na']))
    ch = Counter(c['channel'] for c in contacts)
    print('contacts', len(contacts), dict(ch), 'lint problems', len(probs), 'disagreements', len(dis),
          'mutations caught %d/%d' % (caught, len(contacts)))
    bal = [k for k in CHECKS if k not in ('interruption', 'speech-rate', 'first-response', 'required-info')
           and (cnt[k]['pass'] < 25 or cnt[k]['fail'] < 25)]
    bal += [k for k in ('interruption', 'speech-rate') if cnt[k]['fail'] < 15]
    if bal:
        print('BALANCE short:', bal)
    ok = not probs and not dis and caught == len(contacts) and not bal
    print('OK' if ok else 'NOT OK')
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
