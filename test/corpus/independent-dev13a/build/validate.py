"""Re-derive every decisive label of independent-dev13a from the written contacts (phrase presence,
order, timestamps) and report disagreements with labels.jsonl; then a mutation check (one label flipped
per contact, every flip must be caught). Python 3.11 standard library only.

Usage: python3 validate.py            (exit 1 on any disagreement or uncaught mutation)"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

from common import DOMAINS, pnorm, norm, template_re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
BACKCH = {'嗯', '嗯嗯', '唔'}
GREET_RE = re.compile(r'^(你好|早上好|上午好|下午好|晚上好|欢迎致电|欢迎来到|欢迎联系|很高兴为你服务)')
CLOSE_WORDS = re.compile(r'再见|感谢|谢谢|祝|先忙|先挂|拜拜|不打扰|好好休息')


# ------------------------------------------------------------ minimal reader for the scenario YAML we write
def parse_flow(s):
    """Parse the flow-style YAML values written by gen.py: {k: v}, [a, b], JSON strings, bare words."""
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in ' \t':
            pos += 1

    def val():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == '{':
            pos += 1
            out = {}
            while True:
                ws()
                if s[pos] == '}':
                    pos += 1
                    return out
                m = re.compile(r'[A-Za-z][A-Za-z0-9_-]*').match(s, pos)
                k = m.group(0)
                pos = m.end()
                ws()
                assert s[pos] == ':'
                pos += 1
                out[k] = val()
                ws()
                if s[pos] == ',':
                    pos += 1
        if ch == '[':
            pos += 1
            out = []
            while True:
                ws()
                if s[pos] == ']':
                    pos += 1
                    return out
                out.append(val())
                ws()
                if s[pos] == ',':
                    pos += 1
        if ch == '"':
            dec = json.JSONDecoder()
            v, end = dec.raw_decode(s, pos)
            pos = end
            return v
        m = re.compile(r'[^,\]}\s]+').match(s, pos)
        pos = m.end()
        w = m.group(0)
        return {'true': True, 'false': False}.get(w, int(w) if w.isdigit() else w)

    return val()


def load_scenario(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    sc = {}
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = re.match(r'^([A-Za-z]+):\s*(.*)$', ln)
        if m:
            k, rest = m.group(1), m.group(2)
            if rest:
                sc[k] = parse_flow(rest) if rest[0] in '{["' else rest
            else:
                items = []
                while i + 1 < len(lines) and lines[i + 1].startswith('  - '):
                    i += 1
                    items.append(parse_flow(lines[i][4:]))
                sc[k] = items
        i += 1
    return sc


# ------------------------------------------------------------ pools per domain
def pools(D):
    names = [n for n, _ in D['names']]
    roles = [r for _, r in D['names']]
    T = lambda lines: [template_re(x, names, roles) for x in lines]
    P = {}
    P['id'] = T(D['id1'] + D['id2'] + [D['cold']['id']])
    P['close'] = T(D['closing'] + [D['cold']['close']])
    P['rude'] = T([r for _, r in D['rude']])
    P['buck'] = T(D['buck'])
    P['verif'] = T(D['verif'] + D['late_verif'])
    P['hold_ask'] = T(D['hold_ask'])
    P['hold_thanks'] = T(D['hold_thanks'])
    P['ref'] = T(D['ref'] + [D['cold']['ref']])
    P['survey'] = T(D['survey'] + [D['cold']['survey']])
    P['complaint'] = T([c for c, _, _ in D['complaints']])
    P['ack'] = T([a for _, a, _ in D['complaints']])
    P['leave'] = T(D['leave'])
    P['refq'] = [(template_re(q, names, roles), template_re(a, names, roles)) for q, a, _, _ in D['refq']]
    P['scen'] = {}
    for sid, S in D['scen'].items():
        P['scen'][sid] = dict(disclose=T(S['disclose']),
                              follow=[(template_re(q, names, roles), template_re(a, names, roles)) for q, a, _ in S['follow']])
    return P


def has(pool, text):
    t = pnorm(text)
    return any(r.search(t) for r in pool)


# ------------------------------------------------------------ derivation
def derive(it, sc, D, P):
    L = {k: 'na' for k in CHECKS}
    turns = sorted(it['turns'], key=lambda t: t['startMs'])
    if not any(t['speaker'] == 'agent' for t in turns):
        return L
    voice = it['channel'] == 'voice'
    req = sc['requires']
    sla = sc['sla']
    ev = {e['type']: e for e in it['events']}
    joined = ev['agent-joined']['atMs']
    end = ev['ended']['atMs']
    cust = [t for t in turns if t['speaker'] == 'customer']

    def is_bc(t):
        if not voice or t['speaker'] != 'agent' or t['text'].strip() not in BACKCH:
            return False
        return any(c['startMs'] < t['startMs'] and t['endMs'] <= c['endMs'] for c in cust)

    main = [t for t in turns if t['speaker'] in ('agent', 'customer') and not is_bc(t)]
    agents = [t for t in main if t['speaker'] == 'agent']
    SP = P['scen'][it['scenarioId']]
    # greeting / agent-id
    L['greeting'] = 'pass' if GREET_RE.match(pnorm(agents[0]['text'])) else 'fail'
    L['agent-id'] = 'pass' if any(has(P['id'], a['text']) for a in agents[:2]) else 'fail'
    # closing
    if main[-1]['speaker'] == 'customer' and has(P['leave'], main[-1]['text']):
        L['closing'] = 'na'
    else:
        last2 = agents[-2:]
        ok = any(has(P['close'], a['text']) for a in last2)
        L['closing'] = 'pass' if ok else 'fail'
        if not ok and any(CLOSE_WORDS.search(a['text']) for a in last2):
            L['closing'] = 'suspect'
    # forbidden words / politeness
    rude = any(has(P['rude'], a['text']) for a in agents)
    buck = any(has(P['buck'], a['text']) for a in agents)
    coldreg = not any('您' in a['text'] for a in agents)
    L['forbidden-words'] = 'fail' if rude or buck else 'pass'
    L['politeness'] = 'fail' if rude or coldreg else 'pass'
    # verification
    if req['verification']:
        iv = next((k for k, a in enumerate(agents) if has(P['verif'], a['text'])), None)
        idc = next((k for k, a in enumerate(agents) if has(SP['disclose'], a['text'])), None)
        L['verification'] = 'pass' if iv is not None and idc is not None and iv < idc else 'fail'
    # timings
    hold_thr, dead_thr = (15000, 8000) if voice else (30000, 30000)
    holds, dead, late = [], [], []
    for a, b in zip(main, main[1:]):
        gap = b['startMs'] - a['endMs']
        if b['speaker'] != 'agent':
            continue
        if a['speaker'] == 'agent':
            announced = has(P['hold_ask'], a['text'])
            if gap >= hold_thr:
                holds.append((announced, has(P['hold_thanks'], b['text'])))
            if gap >= dead_thr and not announced:
                dead.append(gap)
        else:
            if gap >= hold_thr:
                holds.append((False, has(P['hold_thanks'], b['text'])))
            if gap >= dead_thr:
                dead.append(gap)
            if gap > sla['responseLatencyMs']:
                late.append(gap)
    if main[-1]['speaker'] == 'customer' and end - main[-1]['endMs'] > sla['responseLatencyMs']:
        late.append(end - main[-1]['endMs'])
    d0 = agents[0]['startMs'] - joined
    if d0 >= dead_thr:
        dead.append(d0)
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(x and y for x, y in holds) else 'fail')
    L['dead-air'] = 'fail' if dead else 'pass'
    L['response-latency'] = 'fail' if late else 'pass'
    L['first-response'] = 'pass' if d0 <= sla['firstResponseMs'] else 'fail'
    if voice:
        intr = False
        for b in agents:
            prevc = [c for c in cust if c['startMs'] < b['startMs']]
            if prevc and b['startMs'] <= prevc[-1]['endMs'] - 800:
                intr = True
        L['interruption'] = 'fail' if intr else 'pass'
        ag_all = [t for t in turns if t['speaker'] == 'agent']
        chars = sum(sum(1 for ch in t['text'] if ch.isalnum()) for t in ag_all)
        ms = sum(t['endMs'] - t['startMs'] for t in ag_all)
        rate = chars / ms * 60000
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
    # empathy
    comp = [k for k, t in enumerate(main) if t['speaker'] == 'customer' and has(P['complaint'], t['text'])]
    if comp or req['empathy']:
        ok = True
        for k in comp:
            nxt = next((t for t in main[k + 1:] if t['speaker'] == 'agent'), None)
            ok = ok and nxt is not None and has(P['ack'], nxt['text'])
        L['empathy'] = 'pass' if comp and ok else 'fail'
    # facts
    F = sc['facts'][0]
    acc = [norm(x) for x in [F['expected']] + F.get('variants', [])]
    wrong = [norm(x) for x in F.get('wrong', [])]
    stated = []
    for a in agents:
        t = norm(a['text'])
        hits = [(m.start(), 'ok') for v in acc for m in re.finditer(re.escape(v), t)]
        hits += [(m.start(), 'wrong') for v in wrong for m in re.finditer(re.escape(v), t)]
        stated += [h[1] for h in sorted(hits)]
    L['fact-accuracy'] = 'pass' if stated and stated[-1] == 'ok' else 'fail'
    L['no-misinformation'] = 'fail' if 'wrong' in stated else 'pass'
    # resolution: the fact was stated and the follow-up on the own matter got its answer
    answered = True
    pairs = SP['follow'] + P['refq']
    for k, t in enumerate(main):
        if t['speaker'] != 'customer':
            continue
        for qre, are in pairs:
            if qre.search(pnorm(t['text'])):
                nxt = next((x for x in main[k + 1:] if x['speaker'] == 'agent'), None)
                answered = answered and nxt is not None and bool(are.search(pnorm(nxt['text'])))
    L['resolution'] = 'pass' if stated and answered else 'fail'
    if req['reference']:
        L['record-reference'] = 'pass' if any(has(P['ref'], a['text']) for a in agents) else 'fail'
    if req['survey']:
        L['survey-offered'] = 'pass' if any(has(P['survey'], a['text']) for a in agents) else 'fail'
    pats = [re.compile(p, re.I) for p in sc['requiredInfo'][0]['patterns']]
    L['required-info'] = 'pass' if any(p.search(re.sub(r'\s+', '', a['text'])) for a in agents for p in pats) else 'fail'
    return L


def structure_checks(inter, labels):
    probs = []
    nodur = sum(1 for it in inter if 'durationMs' not in it)
    known = {'started', 'page-loaded', 'dialed', 'ringing', 'answered', 'ivr-prompt', 'dtmf', 'queued', 'agent-joined', 'hold-start', 'hold-end',
             'step', 'webhook', 'status-callback', 'hangup', 'ended', 'error'}
    unk = sum(1 for it in inter if any(e['type'] not in known for e in it['events']))
    if nodur != 4:
        probs.append('contacts without durationMs: %d (want 4)' % nodur)
    if unk != 4:
        probs.append('contacts with an unknown event type: %d (want 4)' % unk)
    voice = [it for it in inter if it['channel'] == 'voice' and it['outcome'] == 'completed' and it['turns']]
    asr = sum(1 for it in voice if not any(re.search('[，。？]', t['text']) for t in it['turns'] if t['speaker'] in ('agent', 'customer')))
    for it in inter:
        for t in it['turns']:
            if it['channel'] == 'webchat' and t['startMs'] != t['endMs']:
                probs.append(it['contactId'] + ': chat turn with startMs != endMs')
            if it['channel'] == 'voice' and not (0.6 <= t.get('confidence', 0.6) <= 0.98):
                probs.append(it['contactId'] + ': confidence out of range')
        if it['outcome'] == 'completed' and it['turns'] and any(t['speaker'] == 'agent' for t in it['turns']):
            ends = [t['endMs'] for t in it['turns']]
            evend = max(e['atMs'] for e in it['events'])
            if max(ends) > evend:
                probs.append(it['contactId'] + ': turn after the end event')
    return probs, asr, len(voice)


def main():
    inter = [json.loads(l) for l in open(os.path.join(ROOT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {d['contactId']: d for d in (json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8'))}
    scen = {}
    for f in sorted(os.listdir(os.path.join(ROOT, 'scenarios'))):
        sc = load_scenario(os.path.join(ROOT, 'scenarios', f))
        scen[sc['id']] = sc
    dom_of = {sid: D for D in DOMAINS for sid in D['scen']}
    P = {D['key']: pools(D) for D in DOMAINS}
    derived = {}
    bad = 0
    for it in inter:
        D = dom_of[it['scenarioId']]
        L = derive(it, scen[it['scenarioId']], D, P[D['key']])
        derived[it['contactId']] = L
        lab = labels[it['contactId']]['labels']
        why = labels[it['contactId']]['why']
        for k in CHECKS:
            if L[k] != lab[k]:
                bad += 1
                print('DISAGREE %s %s: label %s, derived %s' % (it['contactId'], k, lab[k], L[k]))
            if lab[k] == 'fail' and not why.get(k):
                bad += 1
                print('NO-WHY %s %s' % (it['contactId'], k))
    probs, asr, nvoice = structure_checks(inter, labels)
    for p in probs:
        print('STRUCT', p)
    # mutation check: flip one label per contact (rotating over the checks), each must be caught
    caught = 0
    for n, it in enumerate(inter):
        k = CHECKS[n % len(CHECKS)]
        lab = dict(labels[it['contactId']]['labels'])
        lab[k] = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[lab[k]]
        if any(derived[it['contactId']][c] != lab[c] for c in CHECKS):
            caught += 1
    cnt = defaultdict(Counter)
    for d in labels.values():
        for k, v in d['labels'].items():
            cnt[k][v] += 1
    print('check               pass  fail    na')
    for k in CHECKS:
        print('%-18s %5d %5d %5d' % (k, cnt[k]['pass'], cnt[k]['fail'], cnt[k]['na']))
    print('contacts %d, disagreements %d, structure problems %d, ASR-style voice %d/%d, mutations caught %d/%d'
          % (len(inter), bad, len(probs), asr, nvoice, caught, len(inter)))
    sys.exit(1 if bad or probs or caught != len(inter) else 0)


if __name__ == '__main__':
    main()
