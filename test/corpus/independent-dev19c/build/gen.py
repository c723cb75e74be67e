"""Generator: material + seeded plan -> scenarios/*.yaml, contacts.jsonl, labels.jsonl (byte-identical each run).
Labels here come from the plan's structure (which segment went where, which gap was chosen); validate.py
re-derives them from the written text and timestamps."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textutil import asr, num2words, spoken_chars, HOMO  # noqa: E402
from plan import load_mats, make_plan, DOMAINS  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = 'independent-dev19c'
RUN = 'dev19c'
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
BC = ['嗯嗯。', '对。', '好的。', '嗯。']
BASE_EPOCH = 1717376400000  # fictional campaign start


def q(s):
    return json.dumps(s, ensure_ascii=False)


def fact_values(f):
    acc = [f['expected']] + list(f['variants'])
    for v in list(acc):
        w = num2words(v)
        if w not in acc:
            acc.append(w)
    wr = list(f['wrong'])
    for v in list(wr):
        w = num2words(v)
        if w not in wr:
            wr.append(w)
    return acc, wr


def scenario_yaml(mat, sc):
    r = sc['requires']
    lines = [f'id: {sc["id"]}', f'title: {q(sc["title"])}',
             f'description: {q(f"独立语料 {SET}，领域 {mat.DOMAIN}，机构 {mat.ORG}")}',
             'channel: [voice, webchat]', f'target: {{ phone: {q(mat.PHONE)} }}', f'persona: {{ name: {q(sc["persona"])} }}',
             'locale: zh-CN', 'steps:', f'  - say: {q(sc["open"][0])}', '  - wait: { pattern: "。|？", timeoutMs: 60000 }',
             f'  - say: {q(sc["facts"][1]["ask"][0])}', '  - wait: { pattern: "。|？", timeoutMs: 60000 }', '  - end: true', 'facts:']
    for f in sc['facts']:
        acc, wr = fact_values(f)
        lines.append(f'  - {{ key: {f["key"]}, label: {q(f["label"])}, expected: {q(f["expected"])}, '
                     f'variants: [{", ".join(q(v) for v in acc[1:])}], wrong: [{", ".join(q(v) for v in wr)}], '
                     f'cues: [{", ".join(q(v) for v in f["cues"])}] }}')
    lines.append('requiredInfo:')
    for it in sc['info']:
        lines.append(f'  - {{ key: {it["key"]}, label: {q(it["label"])}, patterns: [{q(it["pattern"])}] }}')
    b = lambda x: 'true' if x else 'false'  # noqa: E731
    lines.append(f'requires: {{ verification: {b(r["verification"])}, reference: {b(r["reference"])}, '
                 f'empathy: {b(r["empathy"])}, survey: {b(r["survey"])} }}')
    s = sc['sla']
    lines.append(f'sla: {{ firstResponseMs: {s["firstResponseMs"]}, responseLatencyMs: {s["responseLatencyMs"]}, handleTimeMs: 900000 }}')
    lines.append(f'tags: [{SET}, {mat.DOMAIN}]')
    return '\n'.join(lines) + '\n'


class T:
    def __init__(self, sp, segs=None, gap=None):
        self.sp, self.segs, self.gap, self.tags = sp, list(segs or []), gap, set()

    def cats(self):
        return [c for c, _ in self.segs]


def build_dialogue(c, mat, sc, rng):
    avoid = set(getattr(mat, 'AVOID', {}).get(sc['id'], []))
    A = {k: [x for x in v if x not in avoid] if k != 'verify' else v for k, v in mat.A.items()}
    C = mat.C
    facts = sc['facts']
    ts = []
    ag = lambda segs, gap=None: ts.append(T('agent', segs, gap)) or ts[-1]  # noqa: E731
    cu = lambda segs: ts.append(T('customer', segs)) or ts[-1]  # noqa: E731
    ch = rng.choice
    # 1 opener
    a1 = ag([('greet_bad', ch(A['greet_bad']))] if c['greet_bad'] else [('greet', ch(A['greet']))])
    if c['id_mode'] == 'none' and rng.random() < 0.6:
        a1.segs.append(('id_bad', ch(A['id_bad'])))
    a1.segs.append(('offer', ch(A['offer'])))
    # 2 request
    segs = []
    if rng.random() < 0.2:
        segs.append(('apology', ch(C['apology'])))
    segs.append(('open', ch(sc['open'])))
    if 'c1' in c['complaints']:
        segs.append(('complaint', ch(sc['complaint'])))
    if c['volunteer']:
        for it in sc['info']:
            segs.append(('give', ch(it['vol'])))
    c1t = cu(segs)
    c1t.tags.add('long')
    if 'c1' in c['complaints']:
        c1t.tags.add('complaint')
    # 3 first reply: empathy, ack, asks
    segs = []
    if 'c1' in c['complaints'] and c['emp_fail'] != 'c1':
        segs.append(('empathy', ch(A['empathy'])))
    segs.append(('ack_a', ch(A['ack_a'])))
    if not c['volunteer']:
        for it in sc['info']:
            segs.append(('ask_info', ch(it['ask'])))
    ag(segs)
    if not c['volunteer']:
        cu([('give', ch(it['give'])) for it in sc['info']])
    last_agent_is_prev = c['volunteer']
    # 4 verification before
    vk = [j for j, x in enumerate(A['verify']) if x not in avoid]
    if c['vmode'] == 'before':
        k = rng.choice(vk)
        if last_agent_is_prev:
            ts[-1].segs.append(('verify', A['verify'][k]))
        else:
            ag([('verify', A['verify'][k])])
        g = C['verify_give'][k]
        cu([('verify_give', g)] if g else [('ack', ch(C['ack']))])
        last_agent_is_prev = False
    # 5 hold + fact1
    f1segs = []
    gap = None
    if c['hold'] in ('ok', 'nothanks'):
        seg = ('hold_ask', ch(A['hold_ask']))
        if last_agent_is_prev:
            ts[-1].segs.append(seg)
        else:
            ag([seg])
        if rng.random() < 0.5:
            cu([('ack', ch(C['ack']))]).tags.add('holdack')
        gap = 'hold'
        if c['hold'] == 'ok':
            f1segs.append(('hold_thank', ch(A['hold_thank'])))
        last_agent_is_prev = False
    elif c['hold'] and c['hold'].startswith('unann'):
        if last_agent_is_prev:
            cu([('ack', ch(C['ack']))])
        gap = 'unhold'
        if c['hold'] == 'unann-thanks':
            f1segs.append(('hold_thank', ch(A['hold_thank'])))
        last_agent_is_prev = False
    if sc['disclose']:
        f1segs.append(('disclose', ch(sc['disclose'])))
    fk, fm = c['fkey'], c['fmode']
    if fm == 'missing':
        f1segs.append(('neutral', ch(A['neutral'])))
    else:
        bad0 = fm in ('wrong', 'corrected') and fk == 0
        f1segs.append(('fbad:' + facts[0]['key'], ch(facts[0]['bad'])) if bad0 else ('fok:' + facts[0]['key'], ch(facts[0]['ok'])))
    if last_agent_is_prev:
        ts[-1].segs.extend(f1segs)
    else:
        ag(f1segs, gap)
    # 6 fact2 question
    segs = []
    if 'c2' in c['complaints']:
        used = [x for t in ts for cat, x in t.segs if cat == 'complaint']
        segs.append(('complaint', ch([x for x in sc['complaint'] if x not in used])))
    segs.append(('ask_fact', ch(facts[1]['ask'])))
    c5 = cu(segs)
    c5.tags.add('long')
    if 'c2' in c['complaints']:
        c5.tags.add('complaint')
    segs = []
    if 'c2' in c['complaints'] and c['emp_fail'] != 'c2':
        segs.append(('empathy', ch(A['empathy'])))
    bad1 = fm in ('wrong', 'corrected') and fk == 1
    segs.append(('fbad:' + facts[1]['key'], ch(facts[1]['bad'])) if bad1 else ('fok:' + facts[1]['key'], ch(facts[1]['ok'])))
    if c['vmode'] == 'late':
        k = rng.choice(vk)
        segs.append(('verify', A['verify'][k]))
    ag(segs)
    if c['vmode'] == 'late':
        g = C['verify_give'][k]
        cu([('verify_give', g)] if g else [('ack', ch(C['ack']))])
        ag([('ack_a', ch(A['ack_a']))])
    # 7 doubt and correction / re-statement
    if fm in ('corrected', 'rtw'):
        f = facts[fk]
        cu([('doubt', ch(C['doubt']))]).tags.add('long')
        line = ch(f['ok']) if fm == 'corrected' else ch(f['bad'])
        ag([('correct_pre', ch(A['correct_pre'])), (('fok:' if fm == 'corrected' else 'fbad:') + f['key'], line)])
    # 8 side question
    if c['extra']:
        k = rng.randrange(len(sc['extra_q']))
        cu([('extra_q', sc['extra_q'][k])]).tags.add('long')
        ag([('nonanswer', ch(A['nonanswer']))] if c['nonanswer'] else [('extra_a', sc['extra_a'][k])])
    if c['ref_ok']:
        ts[-1].segs.append(('ref', ch(A['ref'])))
    # 9 wrap
    if c['walkout']:
        cu([('walkout', ch(C['walkout']))]).tags.add('walkout')
    else:
        segs = [('survey', ch(A['survey']))] if c['survey_ok'] else []
        segs.append(('wrapq', ch(A['wrapq'])))
        ag(segs)
        cu([('thanks', ch(C['thanks']))])
        ag([('close_bad', ch(A['close_bad']))] if c['close_bad'] else [('close', ch(A['close']))])
    agents = [t for t in ts if t.sp == 'agent']
    # id
    if c['id_mode'] == 'first':
        agents[0].segs.insert(1, ('id', ch(A['id'])))
    elif c['id_mode'] in ('second', 'third'):
        k = 1 if c['id_mode'] == 'second' else 2
        agents[k].segs.insert(0, ('id', ch(A['id'])))
    # complaint windows
    window = set()
    for i, t in enumerate(ts):
        if 'complaint' in t.tags:
            nxt = [j for j in range(i + 1, len(ts)) if ts[j].sp == 'agent'][:2]
            window.update(nxt)
    if c['abuse']:
        wrap = [] if c['walkout'] else [j for j, t in enumerate(ts) if t.sp == 'agent'][-2:]
        cand = [i for i, t in enumerate(ts) if t.sp == 'agent' and i > 0 and i not in window and i not in wrap
                and ts[i - 1].sp == 'customer' and not t.gap and 'ack' not in ts[i - 1].cats()]
        if not cand and wrap:
            cand = [wrap[0]]  # the wrap-up turn: a 忌语 before 还有其他需要吗, outside every complaint's window
        if cand:
            i = rng.choice(cand)
            pos = 0 if rng.random() < 0.5 else len(ts[i].segs)
            ts[i].segs.insert(pos, (c['abuse'], ch(A[c['abuse']])))
    # hard negatives: look-alikes of 忌语 at the end of a couple of agent turns
    ai = [i for i, t in enumerate(ts) if t.sp == 'agent' and i > 0 and i != len(ts) - 1 and 'hold_ask' not in t.cats()]
    k = min(len(ai), rng.randint(1, 2))
    for i, line in zip(rng.sample(ai, k), rng.sample(A['lookalike'], k)):
        ts[i].segs.append(('lookalike', line))
    return ts


def render_text(t, c, rng, homos, first):
    raw = ''.join(s for _, s in t.segs)
    if c['asr']:
        return raw, asr(raw, rng, homos, first_turn=first)
    return raw, raw


def make_contact(c, mats):
    mat = mats[c['domain']]
    sc = mat.SCEN[c['si']]
    rng = random.Random(c['seed'])
    ts = build_dialogue(c, mat, sc, rng)
    sla = sc['sla']
    voice = c['channel'] == 'voice'
    homos = sorted(rng.sample(sorted(HOMO), rng.randint(3, 6))) if c['asr'] else []
    events, turns = [], []
    U = lambda a, b: rng.randint(int(a), int(b))  # noqa: E731
    ev = lambda typ, at, detail=None: events.append(dict(type=typ, atMs=at, **({'detail': detail} if detail else {})))  # noqa: E731
    rate_a = (U(85, 103) if c['rate_fail'] == 'slow' else U(340, 390) if c['rate_fail'] == 'fast' else U(165, 265))
    rate_c = U(200, 280)
    conf = (lambda: round(rng.uniform(0.6, 0.93), 2)) if c['asr'] else (lambda: round(rng.uniform(0.9, 0.99), 2))
    ev('started', 0)
    if voice:
        t = U(200, 400)
        ev('dialed', t)
        t += U(900, 2000)
        ev('ringing', t)
        t += U(3000, 12000)
        ev('answered', t)
        base = t
        if c['ivr']:
            txt = rng.choice(mat.IVR)
            txt = asr(txt, rng, homos) if c['asr'] else txt
            d = spoken_chars(txt) * 60000 // 250
            turns.append(dict(speaker='ivr', text=txt, startMs=t + 400, endMs=t + 400 + d, confidence=conf()))
            t = t + 400 + d + U(800, 2500)
            ev('dtmf', t, {'digits': '0'})
            t += U(200, 500)
            ev('queued', t)
            t += U(4000, 60000)
            ev('agent-joined', t)
            base = t
    else:
        t = U(1200, 2500)
        ev('page-loaded', t)
        if rng.random() < 0.5:
            t += U(300, 800)
            ev('queued', t)
        t += U(2000, 40000)
        ev('agent-joined', t)
        base = t
    fr = sla['firstResponseMs']
    if c['fr_fail']:
        delay = U(fr + 500, fr + 1500) if voice else U(fr + 1000, min(fr + 8000, 29000))
    else:
        delay = U(1200, min(4000, fr - 500)) if voice else U(2000, min(fr - 1000, 6000))
    lat = sla['responseLatencyMs']
    # choose gap slots: agent turns right after a customer turn, not the post-hold one
    slots = [i for i, x in enumerate(ts) if x.sp == 'agent' and i > 0 and ts[i - 1].sp == 'customer' and x.gap is None]
    rng.shuffle(slots)
    gapkind = {}
    for flag in ('deadair', 'latency', 'interrupt'):
        if c.get(flag) and slots and (flag != 'interrupt' or voice):
            cand = [s for s in slots if flag != 'interrupt' or spoken_chars(''.join(x for _, x in ts[s - 1].segs)) >= 10]
            if cand:
                s = cand[0]
                slots.remove(s)
                gapkind[s] = flag
    for i, x in enumerate(ts):
        if x.gap:
            gapkind[i] = x.gap
    info = dict(gaps=[], first_delay=delay, interrupted=False, bc=False)
    t = base + delay
    prev_end = None
    prev_start = None
    first_agent = True
    for i, x in enumerate(ts):
        raw, text = render_text(x, c, rng, homos, first_agent and x.sp == 'agent')
        if x.sp == 'agent' and not first_agent:
            kind = gapkind.get(i)
            if kind == 'deadair':
                g = U(8500, 11500) if voice else U(31000, 45000)
            elif kind == 'latency':
                if voice:
                    g = U(12500, 14000) if lat == 12000 else U(lat + 1000, lat + 4000)
                else:
                    g = U(lat + 1000, 29000)
            elif kind == 'hold':
                g = U(18000, 45000) if voice else U(35000, 90000)
            elif kind == 'unhold':
                g = U(16000, 30000) if voice else U(35000, 70000)
            elif kind == 'interrupt':
                g = -U(1200, 2200)
            else:
                if voice:
                    g = -U(100, 600) if (ts[i - 1].sp == 'customer' and rng.random() < 0.25) else U(300, 2500)
                else:
                    g = U(2500, min(lat - 1500, 14000))
            if g < 0:
                g = max(g, -(prev_end - prev_start) + 800)
            t = prev_end + g
            info['gaps'].append((i, kind, g))
        elif x.sp == 'customer':
            if voice:
                t = prev_end + U(400, 1800)
            else:
                t = prev_end + min(2000 + 180 * spoken_chars(text), 30000) + U(0, 3000)
        if x.sp == 'agent':
            first_agent = False
        if voice:
            r = rate_a if x.sp == 'agent' else rate_c
            d = max(400, spoken_chars(text) * 60000 // r)
            turns.append(dict(speaker=x.sp, text=text, startMs=t, endMs=t + d, confidence=conf()))
            x.start, x.end = t, t + d
            if x.sp == 'customer' and c['bc'] and 'long' in x.tags and not info['bc'] and d > 3000 and i + 1 < len(ts) \
                    and gapkind.get(i + 1) != 'interrupt':
                bs = t + d * 2 // 5
                btxt = rng.choice(BC)
                turns.append(dict(speaker='agent', text=btxt if not c['asr'] else btxt.rstrip('。'), startMs=bs, endMs=bs + 500,
                                  confidence=conf()))
                info['bc'] = True
            prev_start, prev_end = t, t + d
        else:
            turns.append(dict(speaker=x.sp, text=text, startMs=t, endMs=t, confidence=1.0))
            x.start = x.end = t
            prev_start = prev_end = t
        x.raw = raw
    # hold events, hangup, transfer
    if voice:
        for i, x in enumerate(ts):
            if x.gap == 'hold' and rng.random() < 0.5:
                ev('hold-start', ts[i - 1].end + 600)
                ev('hold-end', x.start - 500)
    end = prev_end
    if c['transfer']:
        mid = ts[len(ts) // 2]
        ev('transfer', mid.start - 200 if voice else mid.start - 1, {'to': 'queue-2'})
    if voice:
        by = 'customer' if c['walkout'] else ('agent' if rng.random() < 0.7 else 'customer')
        end += U(600, 2000)
        ev('hangup', end, {'by': by})
        end += U(200, 500)
        ev('ended', end)
    else:
        end += U(2000, 10000)
        ev('ended', end)
    events.sort(key=lambda e: e['atMs'])
    turns.sort(key=lambda x: x['startMs'])
    inter = dict(schemaVersion=1, contactId=c['cid'], scenarioId=sc['id'], runId=RUN, channel=c['channel'],
                 startedAt=BASE_EPOCH + int(c['cid'][-2:]) * 3600000 + DOMAINS.index(c['domain']) * 60000 * 7 + rng.randint(0, 50000))
    if not c['nodur']:
        inter['durationMs'] = end
    inter.update(events=events, turns=turns, outcome='completed', transcriptSource='deepgram' if voice else 'chat-dom')
    labels, why = plan_labels(c, sc, ts, info, voice, rate_a)
    return sc, inter, labels, why


def plan_labels(c, sc, ts, info, voice, rate_a):
    L, W = {}, {}

    def put(k, v, reason=None):
        L[k] = v
        if v == 'fail':
            W[k] = reason
    put('greeting', 'fail' if c['greet_bad'] else 'pass', '坐席首句无问候语，直接报业务')
    put('agent-id', 'pass' if c['id_mode'] in ('first', 'second') else 'fail',
        '工号/姓名在第三轮才报' if c['id_mode'] == 'third' else '未报工号或姓名，仅称客服')
    put('closing', 'na' if c['walkout'] else ('fail' if c['close_bad'] else 'pass'), '末两轮无结束语')
    abuse = [cat for t in ts for cat in t.cats() if cat in ('forbid', 'rude')]
    put('forbidden-words', 'fail' if abuse else 'pass', '坐席使用服务忌语')
    put('politeness', 'fail' if 'rude' in abuse else 'pass', '坐席言语粗鲁/不耐烦/指责')
    if c['vmode'] is None:
        put('verification', 'na')
    else:
        put('verification', 'pass' if c['vmode'] == 'before' else 'fail',
            '先披露记录后补核身' if c['vmode'] == 'late' else '未核验身份即披露记录')
    thr_hold = 15000 if voice else 30000
    thr_dead = 8000 if voice else 30000
    lat = sc['sla']['responseLatencyMs']
    holds, dead, latf = [], False, False
    for i, kind, g in info['gaps']:
        x = ts[i]
        if kind == 'hold':
            holds.append('hold_thank' in x.cats())
        elif g >= thr_hold:
            holds.append(False)
        if kind != 'hold' and g >= thr_dead:
            dead = True
        if kind != 'hold' and g > lat:
            latf = True
    put('hold-etiquette', 'na' if not holds else ('pass' if all(holds) else 'fail'), '等待未预告或未致谢')
    put('interruption', 'na' if not voice else ('fail' if any(k == 'interrupt' for _, k, _ in info['gaps']) else 'pass'),
        '坐席在客户说完前抢话')
    put('dead-air', 'fail' if dead else 'pass', '出现未说明的长时间静默')
    put('speech-rate', 'na' if not voice else ('pass' if 120 <= rate_a <= 300 else 'fail'), f'坐席语速约{rate_a}字/分')
    comps = [i for i, t in enumerate(ts) if 'complaint' in t.tags]
    if not comps and not sc['requires']['empathy']:
        put('empathy', 'na')
    else:
        ok = True
        for i in comps:
            nxt = [j for j in range(i + 1, len(ts)) if ts[j].sp == 'agent'][:2]
            cats = [cat for j in nxt for cat in ts[j].cats()]
            if 'empathy' not in cats or 'rude' in cats:
                ok = False
        put('empathy', 'pass' if ok else 'fail', '客户抱怨后坐席未致歉/共情')
    put('resolution', 'fail' if (c['nonanswer'] or c['fmode'] == 'missing') else 'pass',
        '客户问题未获答复' if c['nonanswer'] else '未告知客户所需的关键信息')
    put('first-response', 'fail' if info['first_delay'] > sc['sla']['firstResponseMs'] else 'pass', '首次应答超时')
    put('response-latency', 'fail' if latf else 'pass', '客户发言后应答超时')
    fm = c['fmode']
    put('fact-accuracy', 'fail' if fm in ('wrong', 'rtw', 'missing') else 'pass',
        {'wrong': '告知了错误的政策值', 'rtw': '最后改口成错误值', 'missing': '关键事实未告知'}.get(fm))
    put('no-misinformation', 'fail' if fm in ('wrong', 'corrected', 'rtw') else 'pass', '说出过错误的政策值')
    put('record-reference', 'na' if not sc['requires']['reference'] else ('pass' if c['ref_ok'] else 'fail'), '未提供受理编号')
    put('survey-offered', 'na' if not sc['requires']['survey'] else ('pass' if c['survey_ok'] else 'fail'), '未邀请评价')
    put('required-info', 'fail' if c['volunteer'] else 'pass', '坐席未主动询问必要信息（客户自己报出）')
    return L, W


def specials(mats):
    out = []
    sc = lambda d, k: mats[d].SCEN[k]['id']  # noqa: E731
    ivr = mats['customs'].IVR[0]
    out.append(('no-answer', dict(contactId='h12c-x01', scenarioId=sc('customs', 0), channel='voice', durationMs=46100,
        events=[dict(type='started', atMs=0), dict(type='dialed', atMs=310), dict(type='ringing', atMs=1620), dict(type='ended', atMs=46100)],
        turns=[], outcome='no-answer', transcriptSource='deepgram')))
    out.append(('busy', dict(contactId='h12c-x02', scenarioId=sc('daycare', 1), channel='voice', durationMs=2900,
        events=[dict(type='started', atMs=0), dict(type='dialed', atMs=280), dict(type='ended', atMs=2900)],
        turns=[], outcome='busy', transcriptSource='deepgram')))
    out.append(('ivr-abandon', dict(contactId='h12c-x03', scenarioId=sc('customs', 2), channel='voice', durationMs=98400,
        events=[dict(type='started', atMs=0), dict(type='dialed', atMs=250), dict(type='ringing', atMs=1400),
                dict(type='answered', atMs=6800), dict(type='dtmf', atMs=19900, detail={'digits': '0'}), dict(type='queued', atMs=20300),
                dict(type='hangup', atMs=98000, detail={'by': 'customer'}), dict(type='ended', atMs=98400)],
        turns=[dict(speaker='ivr', text=ivr, startMs=7200, endMs=18700, confidence=0.95),
               dict(speaker='ivr', text='现在坐席全忙，请您耐心等待。', startMs=50300, endMs=53800, confidence=0.94)],
        outcome='abandoned', transcriptSource='deepgram')))
    out.append(('chat-queue-abandon', dict(contactId='h12c-x04', scenarioId=sc('expo', 1), channel='webchat', durationMs=241000,
        events=[dict(type='started', atMs=0), dict(type='page-loaded', atMs=1900), dict(type='queued', atMs=2600), dict(type='ended', atMs=241000)],
        turns=[dict(speaker='system', text='当前排队人数较多，您前面还有12位。', startMs=2700, endMs=2700, confidence=1.0),
               dict(speaker='customer', text='我的观众证一直没收到，有人吗？', startMs=31000, endMs=31000, confidence=1.0)],
        outcome='abandoned', transcriptSource='chat-dom')))
    out.append(('bot-only', dict(contactId='h12c-x05', scenarioId=sc('ihosp', 0), channel='webchat', durationMs=187000,
        events=[dict(type='started', atMs=0), dict(type='page-loaded', atMs=1500), dict(type='ended', atMs=187000)],
        turns=[dict(speaker='bot', text='您好，我是康桥智能助手小康，请问有什么可以帮您？', startMs=2100, endMs=2100, confidence=1.0),
               dict(speaker='customer', text='医生没接诊，我要转人工。', startMs=15800, endMs=15800, confidence=1.0),
               dict(speaker='bot', text='您可以在"我的订单"里申请退款哦。', startMs=16500, endMs=16500, confidence=1.0),
               dict(speaker='customer', text='人工客服！', startMs=30200, endMs=30200, confidence=1.0),
               dict(speaker='bot', text='正在为您转接人工，请稍候。', startMs=31000, endMs=31000, confidence=1.0),
               dict(speaker='customer', text='还有人吗？', startMs=121000, endMs=121000, confidence=1.0)],
        outcome='abandoned', transcriptSource='chat-dom')))
    out.append(('harness-failure', dict(contactId='h12c-x06', scenarioId=sc('hosting', 0), channel='webchat', durationMs=30400,
        events=[dict(type='started', atMs=0), dict(type='ended', atMs=30400)], turns=[], outcome='failed',
        failedBy='harness', errorCode='E_SELECTOR_TIMEOUT', transcriptSource='chat-dom')))
    out.append(('harness-failure', dict(contactId='h12c-x07', scenarioId=sc('riding', 2), channel='webchat', durationMs=8800,
        events=[dict(type='started', atMs=0), dict(type='ended', atMs=8800)], turns=[], outcome='failed',
        failedBy='harness', errorCode='E_BROWSER_CRASHED', transcriptSource='chat-dom')))
    res = []
    for k, (kind, d) in enumerate(out):
        inter = dict(schemaVersion=1, contactId=d['contactId'], scenarioId=d['scenarioId'], runId=RUN, channel=d['channel'],
                     startedAt=BASE_EPOCH + 90 * 3600000 + k * 777000, durationMs=d['durationMs'], events=d['events'],
                     turns=d['turns'], outcome=d['outcome'])
        for f in ('failedBy', 'errorCode'):
            if f in d:
                inter[f] = d[f]
        inter['transcriptSource'] = d['transcriptSource']
        dom = [x for x in DOMAINS if d['scenarioId'].startswith('h12c-' + x)][0]
        res.append((inter, dict(contactId=d['contactId'], domain=dom, special=kind, labels={k2: 'na' for k2 in CHECKS}, why={})))
    return res


def main():
    mats = load_mats()
    plan = make_plan(mats)
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for d in DOMAINS:
        for sc in mats[d].SCEN:
            with open(os.path.join(OUT, 'scenarios', sc['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(scenario_yaml(mats[d], sc))
    cl, ll = [], []
    for c in plan:
        sc, inter, labels, why = make_contact(c, mats)
        cl.append(json.dumps(inter, ensure_ascii=False, separators=(',', ':')))
        ll.append(json.dumps(dict(contactId=c['cid'], domain=c['domain'], labels={k: labels[k] for k in CHECKS}, why=why),
                             ensure_ascii=False, separators=(',', ':')))
    for inter, lab in specials(mats):
        cl.append(json.dumps(inter, ensure_ascii=False, separators=(',', ':')))
        ll.append(json.dumps(lab, ensure_ascii=False, separators=(',', ':')))
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(cl) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(ll) + '\n')


if __name__ == '__main__':
    main()
