#!/usr/bin/env python3
"""Self-check of independent-dev9b: every contact's text and timeline carry what its labels say.

Re-measures contacts.jsonl on its own (silences, latencies, overlaps, speech rate from the turn
times; greetings, staff ids, closings, survey invitations, references, facts and required-info
asks from the transcript text with lexicons written here), and compares with labels.jsonl. Checks
that rest on a reading no lexicon can make (忌语, rudeness, empathy, non-answers, verification
order) are compared with the line flags in the hand-written material. Exit 1 on any mismatch.
Run: python3 build/validate.py"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from core import CHECKS, parse, spoken_chars  # noqa: E402
from facts import fact_mentions  # noqa: E402
import gen  # noqa: E402

ROOT = os.path.dirname(HERE)
GREETING = re.compile(r'^.{0,14}(您好|你好|早上好|上午好|下午好|晚上好|欢迎|hi|哈喽)', re.I)
STAFF_ID = re.compile(r'(工号|编号|员工号|坐席号)\s*[A-Za-z]{0,2}[0-9零幺一二两三四五六七八九]{2,}|[（(]\s*(工号\s*)?[A-Z]{1,2}\d{2,}\s*[)）]|\d{3,}号(客服|坐席)', re.I)
NAME_ROLE = re.compile(r'我是|我叫|敝姓|(客服|专员|顾问|护士|工程师|经理|接线员|话务员|坐席)[\u4e00-\u9fffA-Za-z]{1,4}|[\u4e00-\u9fff]{1,3}(为您服务|在线)')
CLOSING = re.compile(r'再见|拜拜|感谢|谢谢|祝|回见|一路顺风')
WAIT_ASK = re.compile(r'稍等|稍候|请等|等一下|我查一下|我看一下|我查查|我调一下|我核一下|我录一下|我先|我帮您查|我给您查|我确认一下|我跟.{0,6}确认|我排一下|我提交一下|我再跟')
THANK_WAIT = re.compile(r'久等|耐心|等候|等待')
CUSTOMER_HOLDS = re.compile(r'等我|等一下|等下|我找|我翻|我拿|我去拿|我看一下')
SURVEY = re.compile(r'评价|评分|打分|打个分|评个分|评一下|点评|满意度')
from labelling import REF  # noqa: E402  (the same definition of a reference number as the labeller's)

errors = []
# Checks where the labeller's explicit judgement may stand against the flags (resolution after a
# shrug then a look-up, empathy owed with no complaint, verification with nothing disclosed).
JUDGED = {'resolution', 'empathy', 'verification', 'response-latency'}


def err(cid, msg):
    errors.append(f'{cid}: {msg}')


def load_scenarios():
    out = {}
    for f in os.listdir(os.path.join(ROOT, 'scenarios')):
        s = {'facts': [], 'requiredInfo': []}
        cur = None
        for line in open(os.path.join(ROOT, 'scenarios', f), encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('  - '):
                s[cur].append(json.loads(line[4:]))
            elif ': ' in line or line.endswith(':'):
                k, _, v = line.partition(':')
                cur = k
                v = v.strip()
                if v and k in ('requires', 'sla'):
                    s[k] = json.loads(v)
                elif v and k == 'id':
                    s['id'] = v
        out[s['id']] = s
    return out


def main():
    scen = load_scenarios()
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8')}
    material = {c['id']: c for mod in gen.MATERIAL for c in mod.CONTACTS}
    if sorted(labels) != sorted(c['contactId'] for c in contacts) or len(labels) != len(contacts):
        errors.append('labels.jsonl and contacts.jsonl name different contacts')
    counts = collections.defaultdict(collections.Counter)
    unknown = 0
    for inter in contacts:
        cid = inter['contactId']
        lab = labels[cid]
        L, why = lab['labels'], lab['why']
        if set(L) != set(CHECKS) or any(v not in ('pass', 'fail', 'na') for v in L.values()):
            err(cid, 'labels incomplete or invalid')
            continue
        for k, v in L.items():
            if v == 'fail' and not why.get(k):
                err(cid, f'{k} fail without a why')
        if inter['scenarioId'] not in scen:
            err(cid, 'unknown scenario')
        if cid.startswith('sp-'):
            if any(v != 'na' for v in L.values()):
                err(cid, 'special contact must be all na')
            if inter['outcome'] == 'failed' and (inter.get('failedBy') != 'harness' or inter.get('turns')):
                err(cid, 'harness failure must have failedBy harness and no turns')
            if any(t['speaker'] == 'agent' for t in inter['turns']):
                err(cid, 'special contact has an agent turn')
            continue
        for k, v in L.items():
            counts[k][v] += 1
        check_contact(inter, L, scen[inter['scenarioId']], material[cid])
        if 'durationMs' not in inter:
            unknown += 1
            known = {'started', 'dialed', 'ringing', 'answered', 'page-loaded', 'agent-joined', 'hangup', 'ended', 'hold-start', 'hold-end'}
            if not any(e['type'] not in known for e in inter['events']):
                err(cid, 'no durationMs but no unknown event type either')
    if not 3 <= unknown <= 5:
        errors.append(f'{unknown} contacts without durationMs (want 3–5)')
    ch = collections.Counter(c['channel'] for c in contacts if not c['contactId'].startswith('sp-'))
    if ch['voice'] < 72 or ch['webchat'] < 72:
        errors.append(f'channel counts {dict(ch)}')
    main12 = ['politeness', 'forbidden-words', 'agent-id', 'closing', 'verification', 'empathy', 'resolution',
              'response-latency', 'no-misinformation', 'record-reference', 'hold-etiquette', 'dead-air']
    for k in CHECKS:
        need = 25 if k in main12 else 15
        if counts[k]['pass'] < need or counts[k]['fail'] < need:
            errors.append(f'{k}: {counts[k]["pass"]} pass / {counts[k]["fail"]} fail (want ≥{need} each)')
    for e in errors:
        print(e)
    print(f'{len(contacts)} contacts checked, {len(errors)} problems')
    return 1 if errors else 0


def check_contact(inter, L, s, mat):
    cid = inter['contactId']
    voice = inter['channel'] == 'voice'
    turns = inter['turns']
    ev = inter['events']
    meta = [it for it in parse(mat['script']) if it[0] == 'turn']
    if len(meta) != len(turns):
        err(cid, 'material and contact disagree on turn count')
        return
    flags = [m[2] for m in meta]
    # structure
    if [e['atMs'] for e in ev] != sorted(e['atMs'] for e in ev):
        err(cid, 'events out of order')
    for a, b in zip(turns, turns[1:]):
        if b['startMs'] < a['startMs']:
            err(cid, 'turns out of order')
    for t in turns:
        if t['endMs'] < t['startMs'] or (not voice and t['endMs'] != t['startMs']):
            err(cid, 'bad turn times')
        if voice and not 0.6 <= t['confidence'] <= 0.98:
            err(cid, 'confidence out of range')
    if 'durationMs' in inter and inter['durationMs'] < max(t['endMs'] for t in turns):
        err(cid, 'durationMs before the last turn ends')
    joined = next(e['atMs'] for e in ev if e['type'] == 'agent-joined')
    ai = [i for i, t in enumerate(turns) if t['speaker'] == 'agent']
    A = [turns[i] for i in ai]
    lab_over = mat.get('lab', {})

    def expect(check, cond, detail):
        got = L[check]
        want = 'pass' if cond else 'fail'
        if check in lab_over and check in JUDGED:
            return  # a reading no lexicon makes, given with its reason in the why (listed in the README)
        if got != want:
            err(cid, f'{check}: labelled {got}, text says {want} ({detail})')

    if not voice and (L['interruption'] != 'na' or L['speech-rate'] != 'na'):
        err(cid, 'chat must have interruption/speech-rate na')
    expect('greeting', GREETING.search(A[0]['text']), A[0]['text'][:20])
    first2 = ' '.join(t['text'] for t in A[:2])
    has_id = bool(STAFF_ID.search(first2)) or any('&' in flags[i] for i in ai[:2]) and NAME_ROLE.search(first2)
    expect('agent-id', has_id, first2[:40])
    if L['closing'] == 'na':
        if turns[-1]['speaker'] != 'customer':
            err(cid, 'closing na but the agent had the last word')
    else:
        expect('closing', any(CLOSING.search(t['text']) for t in A[-2:]), A[-1]['text'][:20])
    expect('forbidden-words', not any('#' in flags[i] for i in ai), 'flags')
    curt = bool(mat.get('curt'))
    if curt and any('您' in t['text'] for t in A):
        err(cid, 'marked curt but the agent says 您')
    expect('politeness', not curt and not any('%' in flags[i] for i in ai), 'flags')
    if L['politeness'] == 'pass' and not any('您' in t['text'] for t in A):
        err(cid, 'politeness pass but the agent never says 您')
    # verification
    if not s['requires'].get('verification'):
        if L['verification'] != 'na':
            err(cid, 'verification must be na when the scenario does not require it')
    elif 'verification' not in lab_over:
        fv = next((k for k, i in enumerate(ai) if 'v' in flags[i]), None)
        fd = next((k for k, i in enumerate(ai) if 'd' in flags[i]), None)
        want = 'pass' if fv is not None and (fd is None or fv <= fd) else 'fail'  # never checked fails (5 Dec relabel)
        if L['verification'] != want:
            err(cid, f'verification labelled {L["verification"]}, flags say {want}')
        if fv is not None and not re.search(r'姓名|名字|身份证|后四位|手机|验证码|出生|护照|编号|合同|订单|尾号|企业ID', A[fv]['text']):
            err(cid, 'verification ask without anything asked: ' + A[fv]['text'][:30])
    timing(inter, L, s, voice, turns, joined)
    # empathy
    complaints = [i for i, m in enumerate(meta) if m[1] == 'customer' and '!' in m[2]]
    if not complaints and not s['requires'].get('empathy'):
        if L['empathy'] != 'na' and 'empathy' not in lab_over:
            err(cid, 'empathy must be na')
    else:
        ok = all(any('*' in flags[j] for j in [j for j in ai if j > ci][:2]) for ci in complaints)
        expect('empathy', ok, 'flags')
    # facts
    agent_txt = [t['text'] for t in A]
    neg = ['-' in flags[i] for i in ai]
    ment = {f['key']: fact_mentions(f, agent_txt, neg) for f in s['facts']}
    unstated = [k for k, v in ment.items() if not v]
    expect('fact-accuracy', not unstated and all(v[-1][1] for v in ment.values() if v), str(ment))
    expect('no-misinformation', all(x[1] for v in ment.values() for x in v), str(ment))
    expect('resolution', not unstated and not any('?' in flags[i] for i in ai), 'flags/facts')
    # reference, survey, required info
    if s['requires'].get('reference'):
        expect('record-reference', any(REF.search(x) for x in agent_txt), 'ref regex')
    elif L['record-reference'] != 'na':
        err(cid, 'record-reference must be na')
    if s['requires'].get('survey', True):
        expect('survey-offered', any(SURVEY.search(x) for x in agent_txt), 'survey lexicon')
    elif L['survey-offered'] != 'na':
        err(cid, 'survey-offered must be na')
    allt = ' '.join(agent_txt)
    expect('required-info', all(any(re.search(p, allt, re.I) for p in r['patterns']) for r in s['requiredInfo']), 'patterns')


def timing(inter, L, s, voice, turns, joined):
    """Silences, holds, latency, first response, interruption and speech rate from the times alone."""
    cid = inter['contactId']
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    sla = s['sla']
    ai = [i for i, t in enumerate(turns) if t['speaker'] == 'agent']
    first = turns[ai[0]]['startMs'] - joined
    dead, holds = [], []
    if first >= dead_thr:
        dead.append(first)
    last_agent = None
    for i in range(1, len(turns)):
        t, p = turns[i], turns[i - 1]
        if p['speaker'] == 'agent':
            last_agent = p
        if i <= ai[0]:
            continue
        gap = t['startMs'] - p['endMs']
        announced = last_agent is not None and WAIT_ASK.search(last_agent['text']) and (p is last_agent or p['speaker'] == 'customer')
        customer_owes = p['speaker'] == 'agent' and t['speaker'] == 'customer' or (
            p['speaker'] == 'customer' and t['speaker'] == 'customer' and CUSTOMER_HOLDS.search(p['text']))
        if customer_owes:
            continue
        if gap >= dead_thr and not announced:
            dead.append(gap)
        if gap >= hold_thr and (t['speaker'] == 'agent' or not voice):
            nxt = next((x for x in turns[i:] if x['speaker'] == 'agent'), None)
            holds.append(bool(announced) and bool(nxt and THANK_WAIT.search(nxt['text'])))
    want_dead = 'fail' if dead else 'pass'
    if L['dead-air'] != want_dead:
        err(cid, f'dead-air labelled {L["dead-air"]}, timeline says {want_dead} {dead}')
    want_hold = 'na' if not holds else 'pass' if all(holds) else 'fail'
    if L['hold-etiquette'] != want_hold:
        err(cid, f'hold-etiquette labelled {L["hold-etiquette"]}, timeline says {want_hold} {holds}')
    want_first = 'pass' if first <= sla['firstResponseMs'] else 'fail'
    if L['first-response'] != want_first:
        err(cid, f'first-response labelled {L["first-response"]}, timeline says {want_first} ({first} ms)')
    late, owed, last_agent = [], None, None
    for i, t in enumerate(turns):
        if t['speaker'] == 'customer':
            if i and turns[i - 1]['speaker'] == 'customer' and CUSTOMER_HOLDS.search(turns[i - 1]['text']):
                owed = None
            if owed is None and not (last_agent and WAIT_ASK.search(last_agent['text'])):
                owed = t['endMs'] if voice else t['startMs']
        elif t['speaker'] == 'agent':
            if owed is not None and t['startMs'] - owed > sla['responseLatencyMs']:
                late.append(t['startMs'] - owed)
            owed, last_agent = None, t
    want_lat = 'fail' if late else 'pass'
    if L['response-latency'] != want_lat:
        err(cid, f'response-latency labelled {L["response-latency"]}, timeline says {want_lat} {late}')
    if voice:
        cut = any(turns[i - 1]['speaker'] == 'customer' and turns[i - 1]['endMs'] - turns[i]['startMs'] >= 800 for i in ai if i)
        if L['interruption'] != ('fail' if cut else 'pass'):
            err(cid, f'interruption labelled {L["interruption"]}, timeline says {"fail" if cut else "pass"}')
        long_t = [turns[i] for i in ai if turns[i]['endMs'] - turns[i]['startMs'] >= 1500]
        if long_t:
            r = sum(spoken_chars(t['text']) for t in long_t) / (sum(t['endMs'] - t['startMs'] for t in long_t) / 60000)
            want = 'pass' if 120 <= r <= 300 else 'fail'
            if L['speech-rate'] != want:
                err(cid, f'speech-rate labelled {L["speech-rate"]}, timeline says {want} ({r:.0f}/min)')
        elif L['speech-rate'] != 'na':
            err(cid, 'speech-rate: no agent turn ≥1.5 s, want na')


if __name__ == '__main__':
    sys.exit(main())
