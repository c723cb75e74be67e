# -*- coding: utf-8 -*-
"""Re-derive every label of independent-dev14b from the written contacts and compare.

Independent of the plan and of the generator's tags: it reads contacts.jsonl, the scenario YAML
(only the requires / sla / facts / requiredInfo it needs, via the material module that the YAML was
written from) and the hand-written material (phrase inventories), and decides each check from
phrase presence, order and timestamps. Then a mutation check flips labels and confirms each flip
is caught.

usage: python3 validate.py            (exit 1 on any disagreement)
"""
import collections
import json
import os
import re
import sys

import material as M

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
PUNCT_RE = re.compile(r'[\s，。？！、；：~…,.?!;:（）()“”"\'《》—\-%]')
FILLER_RE = re.compile(r'呃|那个|嗯|就是')
DIGITS = str.maketrans({'零': '0', '〇': '0', '幺': '1', '一': '1', '二': '2', '两': '2', '三': '3', '四': '4',
                        '五': '5', '六': '6', '七': '7', '八': '8', '九': '9'})
COURTESY = ['您', '请', '麻烦', '谢谢', '感谢', '抱歉', '不好意思', '对不起']
GREET_RE = re.compile(r'^(家长|亲|宝妈)?(你好|早上好|上午好|中午好|下午好|晚上好|欢迎致电|欢迎来到|很高兴为你服务)')
BC_WORDS = {'', '对', '好的', '好', '是', '对对'}
NEG_RE = re.compile(r'(不是|不用|不会|并非|没有)')


def canon(s):
    s = s.lower().replace('您', '你').replace('公号', '工号')
    s = PUNCT_RE.sub('', s)
    s = FILLER_RE.sub('', s)
    return s.translate(DIGITS)


def spoken_chars(text):
    return len(PUNCT_RE.sub('', text))


class Lex:
    """Phrase inventories of one domain compiled to regexes over canonical text."""

    def __init__(self, d):
        self.d = d
        alt = lambda xs: '(?:' + '|'.join(re.escape(canon(x)) for x in sorted(set(xs), key=len, reverse=True)) + ')'
        self.ph = dict(sid='[0-9a-z]{2,10}', ref='[0-9a-z]{4,16}', num='[0-9a-z]{3,16}', tail='[0-9]{4}', tail6='[0-9]{6}',
                       amt='[0-9]+', pnum='[0-9]{5,}', name=alt([a[0] for a in d['agents']]), role=alt([a[1] for a in d['agents']]),
                       surname='.', date=alt(d['dates']), addr=alt(d['addrs']), hotline=re.escape(canon(d['hotline'])),
                       baby=alt(M.BABIES), age=alt(M.AGES), model=alt(M.MODELS), year=alt(M.YEARS), x='.{1,30}?')
        scen = d['scen']
        self.ID = self.comp(d['id_ok'] + d['id_late'])
        self.RUDE = self.comp([r[1] for r in d['rude']])
        self.BUCK = self.comp([b for s in scen for b in s['follow']['buck']])
        self.ACK = self.comp([c[1] for s in scen for c in s['complaints']] + [c[1] for c in d['late_complaints']])
        self.COMPLAINT = self.comp([c[0] for s in scen for c in s['complaints']] + [c[0] for c in d['late_complaints']]
                                   + [r[0] for r in d['rude'] if r[3]])
        self.VERIFY = self.comp(d['verify_ask'] + d['verify_cold'])
        self.DISCLOSE = self.comp([x for s in scen for x in s['disclose']])
        self.HOLDASK = self.comp(d['hold_ask'] + d['hold_cold'])
        self.THANKS = self.comp(d['hold_thanks'])
        self.REF = self.comp(d['ref'] + d['ref_cold'])
        self.SURVEY = self.comp(d['survey'] + d['survey_cold'])
        self.CLOSING = self.comp(d['closing'] + d['closing_cold'])
        self.LEAVE = self.comp(d['cust_leave'])
        self.FOLLOWQ = {s['id']: self.comp(s['follow']['q']) for s in scen}
        self.FOLLOWA = {s['id']: self.comp(s['follow']['ans'] + s['follow']['refer']) for s in scen}

    def comp(self, templates):
        out = []
        for t in templates:
            parts = re.split(r'\{(\w+)\}', t)
            rx = ''
            for i, part in enumerate(parts):
                rx += re.escape(canon(part)) if i % 2 == 0 else self.ph[part]
            out.append(re.compile(rx))
        return out


def has(rxs, text):
    c = canon(text)
    return any(r.search(c) for r in rxs)


def derive(inter, d, s, lex):
    req, sla = s['requires'], s['sla']
    voice = inter['channel'] == 'voice'
    T = [t for t in inter['turns'] if t['speaker'] in ('agent', 'customer')]
    ag = [t for t in T if t['speaker'] == 'agent']
    if not ag:
        return {c: 'na' for c in CHECKS}
    # backchannel: an agent turn lying entirely inside a customer turn
    custs = [t for t in T if t['speaker'] == 'customer']

    def is_bc(t):
        return (voice and t['speaker'] == 'agent' and canon(t['text']) in BC_WORDS
                and any(c['startMs'] <= t['startMs'] and t['endMs'] <= c['endMs'] for c in custs))
    agr = [t for t in ag if not is_bc(t)]
    L = {}
    L['greeting'] = 'pass' if GREET_RE.search(canon(ag[0]['text'])) else 'fail'
    L['agent-id'] = 'pass' if any(has(lex.ID, t['text']) for t in ag[:2]) else 'fail'
    if T[-1]['speaker'] == 'customer' and has(lex.LEAVE, T[-1]['text']):
        L['closing'] = 'na'
    else:
        L['closing'] = 'pass' if any(has(lex.CLOSING, t['text']) for t in agr[-2:]) else 'fail'
    rude = any(has(lex.RUDE, t['text']) for t in ag)
    buck = any(has(lex.BUCK, t['text']) for t in ag)
    L['forbidden-words'] = 'fail' if rude or buck else 'pass'
    cold = not any(w in t['text'] for t in ag for w in COURTESY)
    L['politeness'] = 'fail' if rude or cold else 'pass'
    if not req['verification']:
        L['verification'] = 'na'
    else:
        iv = next((k for k, t in enumerate(ag) if has(lex.VERIFY, t['text'])), None)
        idc = next((k for k, t in enumerate(ag) if has(lex.DISCLOSE, t['text'])), None)
        L['verification'] = 'fail' if iv is None or (idc is not None and idc <= iv) else 'pass'
    # timing
    join = next(e['atMs'] for e in inter['events'] if e['type'] == 'agent-joined')
    hold_thr, dead_thr = (15000, 8000) if voice else (30000, 30000)
    holds, dead = [], False
    prev_end, prev, first = join, None, True
    for t in T:
        if is_bc(t):
            continue
        gap = t['startMs'] - prev_end
        if t['speaker'] == 'agent':
            if first:
                dead = dead or gap >= dead_thr
            else:
                announced = prev['speaker'] == 'agent' and has(lex.HOLDASK, prev['text'])
                if gap >= hold_thr:
                    holds.append(announced and has(lex.THANKS, t['text']))
                if gap >= dead_thr and not announced:
                    dead = True
            first = False
        prev_end = max(prev_end, t['endMs'])
        prev = t
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
    L['dead-air'] = 'fail' if dead else 'pass'
    if voice:
        inter_hit = any(c['startMs'] < t['startMs'] and c['endMs'] - t['startMs'] >= 800 for t in agr for c in custs)
        L['interruption'] = 'fail' if inter_hit else 'pass'
        cpm = sum(spoken_chars(t['text']) for t in ag) / (sum(t['endMs'] - t['startMs'] for t in ag) / 60000)
        L['speech-rate'] = 'pass' if 120 <= cpm <= 300 else 'fail'
    else:
        L['interruption'] = L['speech-rate'] = 'na'
    # empathy
    comp_idx = [k for k, t in enumerate(T) if t['speaker'] == 'customer' and has(lex.COMPLAINT, t['text'])]
    if not comp_idx:
        L['empathy'] = 'fail' if req['empathy'] else 'na'
    else:
        ok = True
        for k in comp_idx:
            nxt = next((t for t in T[k + 1:] if t['speaker'] == 'agent' and not is_bc(t)), None)
            ok = ok and nxt is not None and has(lex.ACK, nxt['text'])
        L['empathy'] = 'pass' if ok else 'fail'
    # facts
    fa_ok, mis, unanswered = True, False, False
    for f in s['facts']:
        good = [canon(x) for x in [f['expected']] + f['variants']]
        bad = [canon(x) for x in f['wrong']]
        stmts = []
        for t in ag:
            c = canon(t['text'])
            found = []
            for vals, kind in ((good, 'right'), (bad, 'wrong')):
                for v in vals:
                    for m in re.finditer(re.escape(v), c):
                        negated = bool(NEG_RE.search(c[max(0, m.start() - 4):m.start()]))
                        found.append((m.start(), kind, negated))
            for pos, kind, negated in sorted(found):
                if negated:
                    if kind == 'right':
                        mis = True
                    continue
                stmts.append(kind)
        if not stmts:
            unanswered = True
            fa_ok = False
        elif stmts[-1] != 'right':
            fa_ok = False
        if 'wrong' in stmts:
            mis = True
    fq = [k for k, t in enumerate(T) if t['speaker'] == 'customer' and has(lex.FOLLOWQ[s['id']], t['text'])]
    follow_bad = any(not any(has(lex.FOLLOWA[s['id']], t['text']) for t in T[k + 1:] if t['speaker'] == 'agent') for k in fq)
    L['resolution'] = 'fail' if unanswered or follow_bad else 'pass'
    L['first-response'] = 'pass' if ag[0]['startMs'] - join <= sla['firstResponseMs'] else 'fail'
    worst, pending = 0, None
    for t in T:
        if t['speaker'] == 'customer':
            pending = t['endMs'] if pending is None else pending
        elif not is_bc(t):
            if pending is not None:
                worst = max(worst, t['startMs'] - pending)
            pending = None
    L['response-latency'] = 'fail' if worst > sla['responseLatencyMs'] else 'pass'
    L['fact-accuracy'] = 'pass' if fa_ok else 'fail'
    L['no-misinformation'] = 'fail' if mis else 'pass'
    L['record-reference'] = 'na' if not req['reference'] else ('pass' if any(has(lex.REF, t['text']) for t in ag) else 'fail')
    L['survey-offered'] = 'na' if not req['survey'] else ('pass' if any(has(lex.SURVEY, t['text']) for t in ag) else 'fail')
    ok = True
    for item in s['req']:
        rx = [re.compile(p, re.I) for p in item['patterns']]
        ok = ok and any(r.search(t['text']) or r.search(PUNCT_RE.sub('', t['text'])) for r in rx for t in ag)
    L['required-info'] = 'pass' if ok else 'fail'
    return L


def structural(contacts, labels, scen):
    errs = []
    ids = [c['contactId'] for c in contacts]
    if len(set(ids)) != len(ids) or not all(i.startswith('h7b-') for i in ids):
        errs.append('contact ids not unique or wrong prefix')
    if [l['contactId'] for l in labels] != ids:
        errs.append('labels not in contact order')
    normal = [c for c in contacts if any(t['speaker'] == 'agent' for t in c['turns'])]
    if len(normal) != 150 or len(contacts) != 157:
        errs.append('expected 150 normal + 7 special, got %d/%d' % (len(normal), len(contacts)))
    if sum(1 for c in normal if 'durationMs' not in c) != 4:
        errs.append('expected 4 contacts without durationMs')
    if sum(1 for c in normal if any(e['type'] == 'transfer' for e in c['events'])) != 4:
        errs.append('expected 4 contacts with a transfer event')
    ch = collections.Counter(c['channel'] for c in normal)
    if ch['voice'] != 75 or ch['webchat'] != 75:
        errs.append('channel split %r' % ch)
    for c in contacts:
        if c['outcome'] == 'failed' and (c.get('failedBy') != 'harness' or c['turns']):
            errs.append('%s: bad harness failure' % c['contactId'])
        prev = -1
        for t in c['turns']:
            if t['startMs'] < prev:
                errs.append('%s: turns not sorted' % c['contactId'])
            prev = t['startMs']
            if c['channel'] == 'webchat' and t['startMs'] != t['endMs']:
                errs.append('%s: chat turn with duration' % c['contactId'])
            if c['channel'] == 'voice' and not (0.6 <= t.get('confidence', 0) <= 0.99):
                errs.append('%s: confidence out of range' % c['contactId'])
    # a cue check: required-info patterns never match a customer line, nor a non-asking agent line of that item
    for c in normal:
        d, s = scen[c['scenarioId']]
        for item in s['req']:
            rx = [re.compile(p, re.I) for p in item['patterns']]
            for t in c['turns']:
                if t['speaker'] == 'customer' and any(r.search(t['text']) or r.search(PUNCT_RE.sub('', t['text'])) for r in rx):
                    errs.append('%s: requiredInfo pattern matches a customer line: %s' % (c['contactId'], t['text']))
    # fact values of one fact must not contain one another
    for d, s in scen.values():
        for f in s['facts']:
            vals = [canon(x) for x in [f['expected']] + f['variants'] + f['wrong']]
            good = set(canon(x) for x in [f['expected']] + f['variants'])
            for a in vals:
                for b in vals:
                    if a != b and a in b and not (a in good and b in good):
                        errs.append('%s/%s: value %s inside %s' % (s['id'], f['key'], a, b))
    return errs


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = [json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')]
    scen = {s['id']: (d, s) for d in M.DOMAINS for s in d['scen']}
    lexes = {d['key']: Lex(d) for d in M.DOMAINS}
    # the YAML on disk must carry what the material says (requires, sla, facts, patterns)
    for d, s in scen.values():
        y = open(os.path.join(OUT, 'scenarios', s['id'] + '.yaml'), encoding='utf-8').read()
        for k in ('verification', 'reference', 'empathy', 'survey'):
            if '%s: %s' % (k, 'true' if s['requires'][k] else 'false') not in y:
                print('YAML mismatch', s['id'], k)
                return 1
    derived = {}
    bad = 0
    for c, l in zip(contacts, labels):
        d, s = scen[c['scenarioId']]
        D = derive(c, d, s, lexes[d['key']])
        derived[c['contactId']] = D
        for ch in CHECKS:
            if D[ch] != l['labels'][ch]:
                bad += 1
                print('DISAGREE %s %-18s label=%s derived=%s' % (c['contactId'], ch, l['labels'][ch], D[ch]))
            if l['labels'][ch] == 'fail' and ch not in l['why']:
                bad += 1
                print('NO-WHY %s %s' % (c['contactId'], ch))
    errs = structural(contacts, labels, scen)
    for e in errs:
        print('STRUCT', e)
    # mutation check: flip every label of every contact, one at a time; each flip must be caught
    flip = {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}
    total = caught = 0
    one_per_contact = 0
    for k, (c, l) in enumerate(zip(contacts, labels)):
        D = derived[c['contactId']]
        for j, ch in enumerate(CHECKS):
            total += 1
            if flip[l['labels'][ch]] != D[ch]:
                caught += 1
                if j == k % len(CHECKS):
                    one_per_contact += 1
    print('contacts %d, label disagreements %d, structural errors %d' % (len(contacts), bad, len(errs)))
    print('mutation check: one flip per contact caught %d/%d; every single flip caught %d/%d' % (
        one_per_contact, len(contacts), caught, total))
    counts = {ch: collections.Counter(l['labels'][ch] for l in labels) for ch in CHECKS}
    for ch in CHECKS:
        print('  %-18s pass %3d  fail %3d  na %3d' % (ch, counts[ch]['pass'], counts[ch]['fail'], counts[ch]['na']))
    return 1 if bad or errs or caught != total else 0


if __name__ == '__main__':
    sys.exit(main())
