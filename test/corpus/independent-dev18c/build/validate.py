"""Validator: re-derives every label from the written contacts, the material and the scenario YAML alone,
lints the material, and runs a mutation check (one flipped label per contact must be caught)."""
import json, os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from plan import DOMAINS
MATS = {d: importlib.import_module('mat_' + d).MAT for d in DOMAINS}
BYDOM = {MATS[d]['domain']: MATS[d] for d in DOMAINS}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
DIG = '零一二三四五六七八九'
CANON = [('公号', '工号'), ('在见', '再见'), ('定单', '订单'), ('行号', '型号'), ('帐户', '账户')]
FILLERS = ['呃', '那个', '嗯', '就是']
BACKCH = {'嗯嗯', '对', '好的', '嗯', '对对'}
WALKOUT = ['算了，我这边有急事，先挂了。', '行吧，我车来了，回头再说。', '哎呀孩子在哭，我先不说了。', '我这边要开会了，先这样吧。']
CODE = '[A-Z零一二三四五六七八九]'


def canon(s):
    s = s.replace('幺', '一').replace('〇', '零')
    s = ''.join(DIG[int(c)] if c.isascii() and c.isdigit() else c for c in s)
    for a, b in CANON:
        s = s.replace(a, b)
    for f in FILLERS:
        s = s.replace(f, '')
    s = re.sub(r'[\s，。？！、：；,.?!:;～~"“”（）()]', '', s)
    return s.upper()


def slot_re(line):
    """A material line with {n}/{r} slots as a regex over canonical text."""
    parts = re.split(r'(\{[nr]\})', line)
    out = ''
    for p in parts:
        if p == '{n}':
            out += CODE + '{3,6}'
        elif p == '{r}':
            out += CODE + '{6,}'
        else:
            out += re.escape(canon(p))
    return re.compile(out)


def nchars(t):
    return sum(1 for ch in t if not ch.isspace() and ch not in '，。？！、：；,.?!:;～~"“”（）()')


def load_yaml_min(path):
    """Reads the few fields of our own scenario YAML (flow style, one item per line)."""
    txt = open(path, encoding='utf-8').read()
    def flow(key):
        m = re.search(r'^' + key + r': \{(.*)\}$', txt, re.M)
        return m.group(1)
    req = {k: v == 'true' for k, v in re.findall(r'(\w+): (true|false)', flow('requires'))}
    sla = {k: int(v) for k, v in re.findall(r'(\w+): (\d+)', flow('sla'))}
    fm = re.search(r'^  - \{ key: ([\w-]+), label: "(.*?)", expected: (".*?"), variants: (\[.*?\]), wrong: (\[.*?\]), cues', txt, re.M)
    fact = {'key': fm.group(1), 'expected': json.loads(fm.group(3)), 'variants': json.loads(fm.group(4)), 'wrong': json.loads(fm.group(5))}
    im = re.search(r'patterns: \[(".*?")\] \}', txt)
    return {'requires': req, 'sla': sla, 'fact': fact, 'info_re': re.compile(json.loads(im.group(1)))}


def has_line(text, lines):
    c = canon(text)
    return any(canon(l) in c for l in lines)


def derive(it, scen, m):
    L = {c: 'na' for c in CHECKS}
    if it['outcome'] != 'completed' or not any(t['speaker'] == 'agent' for t in it['turns']):
        return L
    voice = it['channel'] == 'voice'
    turns = it['turns']
    ev = {e['type']: e['atMs'] for e in it['events']}
    cust = [t for t in turns if t['speaker'] == 'customer']
    def is_bc(t):
        if t['speaker'] != 'agent' or t['text'].strip() not in BACKCH:
            return False
        return any(c['startMs'] < t['startMs'] < c['endMs'] for c in cust)
    ag = [t for t in turns if t['speaker'] == 'agent' and not is_bc(t)]
    # greeting
    a1 = canon(ag[0]['text'])
    L['greeting'] = 'pass' if any(a1.startswith(canon(g)) for g in m['greet']) else 'fail'
    idres = [slot_re(l) for l in m['ids']]
    L['agent-id'] = 'pass' if any(r.search(canon(t['text'])) for t in ag[:2] for r in idres) else 'fail'
    walked = bool(cust) and has_line(cust[-1]['text'], WALKOUT) and turns[-1] is cust[-1]
    if walked:
        L['closing'] = 'na'
    else:
        L['closing'] = 'pass' if any(has_line(t['text'], m['closing']) for t in ag[-2:]) else 'fail'
    rude = any(has_line(t['text'], m['rude']) for t in ag)
    forb = any(has_line(t['text'], m['forbid']) for t in ag)
    L['forbidden-words'] = 'fail' if rude or forb else 'pass'
    L['politeness'] = 'fail' if rude else 'pass'
    # facts
    f = scen['fact']
    acc = [canon(v) for v in [f['expected']] + f['variants']]
    wrong = [canon(v) for v in f['wrong']]
    stated = []  # (turn idx, pos, value kind)
    for i, t in enumerate(ag):
        c = canon(t['text'])
        for v in acc:
            for mm in re.finditer(re.escape(v), c):
                stated.append((i, mm.start(), 'ok'))
        for v in wrong:
            for mm in re.finditer(re.escape(v), c):
                stated.append((i, mm.start(), 'wrong'))
    stated.sort()
    if scen['requires']['verification']:
        vasks = [a for a, _ in m['verify']]
        vi = next((i for i, t in enumerate(ag) if has_line(t['text'], vasks)), None)
        di = stated[0][0] if stated else None
        L['verification'] = 'pass' if vi is not None and (di is None or vi < di) else 'fail'
    L['fact-accuracy'] = 'pass' if stated and stated[-1][2] == 'ok' else 'fail'
    L['no-misinformation'] = 'fail' if any(k == 'wrong' for _, _, k in stated) else 'pass'
    nonans = any(has_line(t['text'], m['nonanswer']) for t in ag)
    L['resolution'] = 'fail' if nonans or not stated else 'pass'
    # empathy
    comp_idx = [i for i, t in enumerate(turns) if t['speaker'] == 'customer' and has_line(t['text'], m['complaint'] + m['escalate'])]
    if comp_idx or scen['requires']['empathy']:
        ok = bool(comp_idx)
        for ci in comp_idx:
            nxt = [t for t in turns[ci + 1:] if t in ag][:2]
            if not any(has_line(t['text'], m['empathy']) for t in nxt):
                ok = False
        L['empathy'] = 'pass' if ok else 'fail'
    if scen['requires']['reference']:
        rr = [slot_re(l) for l in m['ref']]
        L['record-reference'] = 'pass' if any(r.search(canon(t['text'])) for t in ag for r in rr) else 'fail'
    if scen['requires']['survey']:
        L['survey-offered'] = 'pass' if any(has_line(t['text'], m['survey']) for t in ag) else 'fail'
    L['required-info'] = 'pass' if any(scen['info_re'].search(canon(t['text'])) for t in ag) else 'fail'
    # timing
    joined = ev.get('agent-joined', ev.get('answered', 0))
    L['first-response'] = 'pass' if ag[0]['startMs'] - joined <= scen['sla']['firstResponseMs'] else 'fail'
    thr_da, thr_hold = (8000, 15000) if voice else (30000, 30000)
    hold_ann = m['hold_ann']
    holds = []
    da = ag[0]['startMs'] - joined >= thr_da
    hs = [e['atMs'] for e in it['events'] if e['type'] == 'hold-start']
    he = [e['atMs'] for e in it['events'] if e['type'] == 'hold-end']
    talk = [t for t in turns if t['speaker'] in ('agent', 'customer')]
    announced_before = {}
    for x in ag[1:]:
        prev = [t for t in talk if t['startMs'] < x['startMs'] and t is not x and not is_bc(t)]
        last = max(prev, key=lambda t: t['endMs'])
        gap = x['startMs'] - last['endMs']
        prev_ag = [t for t in prev if t['speaker'] == 'agent']
        ann = bool(prev_ag) and has_line(max(prev_ag, key=lambda t: t['startMs'])['text'], hold_ann)
        announced_before[id(x)] = ann
        evhold = any(last['endMs'] <= a <= x['startMs'] for a in hs)
        if gap >= thr_hold or evhold:
            holds.append(ann and has_line(x['text'], m['hold_thx']))
        if gap >= thr_da and not ann:
            da = True
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
    L['dead-air'] = 'fail' if da else 'pass'
    lat = scen['sla']['responseLatencyMs']
    latf = False
    for c in cust:
        later = [t for t in ag if t['startMs'] > c['startMs']]
        if not later:
            continue
        x = later[0]
        if x['startMs'] - c['endMs'] > lat and not announced_before.get(id(x)):
            latf = True
    L['response-latency'] = 'fail' if latf else 'pass'
    if voice:
        intr = any(x['startMs'] <= c['endMs'] - 1000 and x['startMs'] > c['startMs'] for x in ag for c in cust)
        L['interruption'] = 'fail' if intr else 'pass'
        long_ = [t for t in ag if t['endMs'] - t['startMs'] >= 1500]
        ch = sum(nchars(t['text']) for t in long_)
        mins = sum(t['endMs'] - t['startMs'] for t in long_) / 60000
        rate = ch / mins if mins else 200
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else ('fail' if rate < 110 or rate > 320 else 'pass')
    return L


def lint():
    problems = []
    agent_cats = ['greet', 'nogreet', 'ids', 'noid', 'help', 'closing', 'wrapup', 'forbid', 'rude', 'lookalike', 'hold_ann',
                  'hold_thx', 'empathy', 'nonanswer', 'ref', 'survey', 'interrupt', 'correct']
    kw = {'closing': r'再见|拜拜|再会|感谢|谢谢|祝|慢走|您先挂机|回头',
          'empathy': r'抱歉|对不起|不好意思|理解|委屈|添麻烦|窝火',
          'verify': r'核对|核实|验证码|后四位|尾号|末四位|出生|生日',
          'survey': r'评价|满意|打分|打个分|意见',
          'ref': r'工单|受理编号|流水号|单号'}
    allowed = {'closing': {'closing', 'hold_thx', 'greet'}, 'empathy': {'empathy'}, 'verify': set(), 'survey': {'survey'}, 'ref': {'ref'}}
    for d in DOMAINS:
        m = MATS[d]
        cats = {c: list(m[c]) for c in agent_cats}
        cats['verify'] = [a for a, _ in m['verify']]
        for c, lines in cats.items():
            if len(set(lines)) != len(lines):
                problems.append(f'{d}: duplicate line in {c}')
            for l in lines:
                for k, rx in kw.items():
                    if c == k or c in allowed[k]:
                        continue
                    if k == 'closing' and c == 'lookalike':
                        pass
                    if re.search(rx, l) and not (k == 'empathy' and c == 'lookalike' and '着急' in l):
                        problems.append(f'{d}: {c} line has {k} words: {l}')
                for c2, lines2 in cats.items():
                    if c2 == c:
                        continue
                    for l2 in lines2:
                        if '{' in l2:
                            if c2 not in ('nogreet', 'noid') and slot_re(l2).search(canon(l.replace('{n}', '1234').replace('{r}', 'GD12345678').replace('{v}', 'X'))):
                                problems.append(f'{d}: {c} line contains {c2} line: {l}')
                        elif canon(l2) and canon(l2) in canon(l) and c2 not in ('help', 'interrupt', 'nogreet', 'noid', 'wrapup'):
                            problems.append(f'{d}: {c} line contains {c2} line: {l}')
        for n in (8,):
            for c in ['greet', 'nogreet', 'ids', 'closing', 'forbid', 'rude', 'verify', 'hold_ann', 'hold_thx', 'empathy', 'complaint', 'nonanswer', 'ref', 'survey', 'interrupt']:
                if len(set(m[c] if c != 'verify' else cats['verify'])) < n:
                    problems.append(f'{d}: fewer than {n} wordings in {c}')
        for sc in m['scen']:
            f = sc['fact']
            acc = [canon(v) for v in [f['expected']] + f['variants']]
            wr = [canon(v) for v in f['wrong']]
            for a in acc:
                for w in wr:
                    if a in w or w in a:
                        problems.append(f"{sc['id']}: value {a} / {w} substring")
            for fl in sc['fact_lines'] + m['correct']:
                if '{v}' not in fl:
                    problems.append(f"{sc['id']}: fact line without value: {fl}")
            rx = re.compile(sc['info']['pattern'])
            for a in sc['info_asks']:
                if not rx.search(canon(a)):
                    problems.append(f"{sc['id']}: info regex misses ask {a}")
            others = [l for c in agent_cats for l in m[c]] + [a for a, _ in m['verify']] + sc['fact_lines'] + sc['side_a'] + sc['side_q'] + sc['requests'] + sc['info_ans'] + m['complaint'] + m['escalate']
            for o in others:
                if rx.search(canon(o)):
                    problems.append(f"{sc['id']}: info regex matches non-ask {o}")
            for o in [l for c in agent_cats for l in m[c]] + sc['side_a'] + [a for a, _ in m['verify']]:
                co = canon(o)
                if any(v in co for v in acc + wr):
                    problems.append(f"{sc['id']}: a fact value inside a non-fact line {o}")
    return problems


def main():
    scen = {}
    for fn in os.listdir(os.path.join(OUT, 'scenarios')):
        scen[fn[:-5]] = load_yaml_min(os.path.join(OUT, 'scenarios', fn))
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {j['contactId']: j for j in (json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8'))}
    sid2dom = {sc['id']: MATS[d] for d in DOMAINS for sc in MATS[d]['scen']}
    dis = []
    derived = {}
    for it in contacts:
        lab = labels[it['contactId']]
        d = derive(it, scen[it['scenarioId']], sid2dom[it['scenarioId']])
        derived[it['contactId']] = d
        for c in CHECKS:
            if d[c] != lab['labels'][c]:
                dis.append(f"{it['contactId']} {c}: label {lab['labels'][c]} derived {d[c]}")
            if lab['labels'][c] == 'fail' and c not in lab['why']:
                dis.append(f"{it['contactId']} {c}: fail without why")
    probs = lint()
    # mutation check
    caught = 0
    for i, it in enumerate(contacts):
        lab = labels[it['contactId']]['labels']
        c = CHECKS[i % len(CHECKS)]
        mut = dict(lab)
        mut[c] = {'pass': 'fail', 'fail': 'na', 'na': 'pass'}[lab[c]]
        if any(derived[it['contactId']][k] != mut[k] for k in CHECKS):
            caught += 1
    # counts
    print(f"{'check':20} pass fail   na")
    short = []
    for c in CHECKS:
        n = {v: sum(1 for j in labels.values() if j['labels'][c] == v) for v in ('pass', 'fail', 'na')}
        print(f"{c:20} {n['pass']:4} {n['fail']:4} {n['na']:4}")
        need = 15 if c in ('interruption', 'speech-rate') else (0 if c in ('first-response', 'required-info') else 25)
        if n['fail'] < need or (c not in ('interruption', 'speech-rate') and n['pass'] < need):
            short.append(c)
    voice = sum(1 for it in contacts if it['channel'] == 'voice' and not it['contactId'].startswith('h11c-x'))
    print(f'normal voice {voice}, chat {150 - voice}; contacts {len(contacts)}')
    print('balance short:', short)
    print('lint problems:', len(probs))
    for p in probs[:40]:
        print('  ', p)
    print('disagreements:', len(dis))
    for x in dis[:60]:
        print('  ', x)
    print(f'mutation check: {caught}/{len(contacts)} caught')
    ok = not dis and not probs and caught == len(contacts) and not short
    print('OK' if ok else 'NOT OK')
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
