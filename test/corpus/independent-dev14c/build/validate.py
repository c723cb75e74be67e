# -*- coding: utf-8 -*-
"""Re-derive every label of independent-dev14c from the written contacts and compare with labels.jsonl.

It reads only contacts.jsonl, labels.jsonl and the hand-written material (lines, scenario facts, patterns) -
never plan.json. Every decision is made from phrase presence in the turns, turn order and timestamps.

python3 validate.py            -> report disagreements and ambiguity guards (exit 1 on any)
python3 validate.py --mutate   -> also flip one label per contact and check that every flip is caught
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DOMAINS, CHECKS, norm, spoken_len, tmpl_regex  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

GREET_TOKENS = ['您好', '你好', '早上好', '上午好', '下午好', '晚上好', '欢迎', '同学您好', '很高兴为您服务']
LEAD_FILLERS = ['呃', '嗯', '那个', '就是', '喂']
BC_SET = {'嗯', '嗯嗯', '对', '对对', '好的', '是', '是的'}
COLD_MARKERS = ['您', '请问', '请您', '麻烦', '谢谢', '感谢', '请稍', '请报', '请提供']
CLOSING_GUARD = ['谢', '祝', '再见', '先忙', '挂机', '拜拜']

SCEN = {}
for D in DOMAINS:
    for S in D['scenarios']:
        SCEN[S['id']] = (D, S)


def rx_list(lines, slots=None):
    return [tmpl_regex(t, slots) for t in lines]


def any_match(rxs, text_n):
    return any(r.search(text_n) for r in rxs)


def strip_fill(n):
    changed = True
    while changed:
        changed = False
        for fl in ('呃', '嗯', '那个', '就是', '然后'):
            if n.startswith(fl) and len(n) > len(fl):
                n = n[len(fl):]
                changed = True
    return n


class Mat:
    """Compiled material of one domain."""

    def __init__(self, D):
        roles = '(' + '|'.join(re.escape(norm(r)) for r, _ in D['staff']) + ')'
        names = '(' + '|'.join(re.escape(norm(n)) for _, n in D['staff']) + ')'
        sl = dict(role=roles, name=names, sid='[0-9a-z]{2,8}')
        self.id_rx = rx_list(D['id_pass'] + ([D['cold']['open']] if '{sid}' in D['cold']['open'] else []), sl)
        self.id_any = re.compile(r'(工号|坐席号|员工编号|编号)[0-9a-z]{2,}|[0-9]{2,}号话务员')
        self.rude = rx_list([r[1] for r in D['rude']])
        self.bp = rx_list([b[1] for b in D['buckpass']])
        self.bp_q = [(norm(b[0]), tmpl_regex(b[3])) for b in D['buckpass']]
        self.own = [(norm(q), tmpl_regex(g)) for q, g, _ in D['own_q']]
        self.complaints = [(norm(cu), tmpl_regex(ack)) for cu, ack in D['complaints']]
        self.acks = rx_list([ack for _, ack in D['complaints']])
        vasks = [v[0] for v in D['verify']] + ([D['cold']['verify']] if D['cold']['verify'] else [])
        self.verify = rx_list(vasks)
        self.hold_ann = rx_list(D['hold_ann'])
        self.hold_thx = rx_list(D['hold_thx'])
        self.ref_rx = re.compile('(' + '|'.join(re.escape(norm(w)) for w in D['ref_words']) + ')(是)?[0-9a-z]{4,}')
        self.survey = rx_list(D['survey'])
        self.closings = rx_list(D['closings'])
        self.leave = [strip_fill(norm(x)) for x in D['cust_leave']]
        self.cust_ok = set(strip_fill(norm(x)) for x in D['cust_ok'])
        self.disclose = {S['id']: rx_list(S['disclose'] + [D['cold']['disclose']]) for S in D['scenarios']}


MATS = {D['key']: Mat(D) for D in DOMAINS}


def derive(x):
    """Return (labels, notes) for one contact."""
    L = {k: 'na' for k in CHECKS}
    notes = []
    turns = x['turns']
    agents = [t for t in turns if t['speaker'] == 'agent']
    if not agents:
        return L, notes
    D, S = SCEN[x['scenarioId']]
    M = MATS[D['key']]
    R = S['requires']
    voice = x['channel'] == 'voice'
    for t in turns:
        t['_n'] = norm(t['text'])
    # backchannel: short token said while a customer turn is running (voice)
    custs = [t for t in turns if t['speaker'] == 'customer']
    for t in turns:
        t['_bc'] = t['speaker'] == 'agent' and t['_n'] in BC_SET and any(
            c['startMs'] < t['startMs'] < c['endMs'] for c in custs)
    real_agents = [t for t in agents if not t['_bc']]
    A = lambda t: t['speaker'] == 'agent' and not t['_bc']
    # ---------------- greeting
    first = real_agents[0]['_n']
    f = first
    changed = True
    while changed:
        changed = False
        for fl in LEAD_FILLERS:
            if f.startswith(fl) and not any(f.startswith(g) for g in GREET_TOKENS):
                f = f[len(fl):]
                changed = True
    L['greeting'] = 'pass' if any(f.startswith(g) for g in GREET_TOKENS) else 'fail'
    if L['greeting'] == 'fail' and any(g in first for g in ['您好', '你好', '欢迎']):
        notes.append('guard: greeting-fail opening contains a greeting word')
    # ---------------- agent id (first two real agent turns)
    two = real_agents[:2]
    idok = any(any_match(M.id_rx, t['_n']) for t in two)
    L['agent-id'] = 'pass' if idok else 'fail'
    if not idok and any(M.id_any.search(t['_n']) for t in two):
        notes.append('guard: id-fail contact has a staff-number-like string in the first two turns')
    # ---------------- closing
    last_turn = [t for t in turns if t['speaker'] in ('agent', 'customer')][-1]
    ev = x['events']
    by = None
    for e in ev:
        if e['type'] in ('hangup', 'ended') and e.get('detail', {}).get('by'):
            by = e['detail']['by']
    left = last_turn['speaker'] == 'customer' and strip_fill(last_turn['_n']) in M.leave and by == 'customer'
    last2 = real_agents[-2:]
    if left:
        L['closing'] = 'na'
    else:
        L['closing'] = 'pass' if any(any_match(M.closings, t['_n']) for t in last2) else 'fail'
        if L['closing'] == 'fail' and any(w in t['_n'] for t in last2 for w in CLOSING_GUARD):
            notes.append('guard: closing-fail last turns contain a thanks/wish/leave word')
    # ---------------- forbidden words / politeness
    rude = any(any_match(M.rude, t['_n']) for t in real_agents)
    bp = any(any_match(M.bp, t['_n']) for t in real_agents)
    L['forbidden-words'] = 'fail' if (rude or bp) else 'pass'
    alltext = ''.join(t['text'] for t in real_agents)
    cold = not any(m in alltext for m in COLD_MARKERS)
    L['politeness'] = 'fail' if (rude or cold) else 'pass'
    # ---------------- verification
    idx = {id(t): i for i, t in enumerate(turns)}
    if R['verification']:
        asks = [idx[id(t)] for t in real_agents if any_match(M.verify, t['_n'])]
        discs = [idx[id(t)] for t in real_agents if any_match(M.disclose[S['id']], t['_n'])]
        ok = bool(asks) and (not discs or min(asks) < min(discs))
        L['verification'] = 'pass' if ok else 'fail'
    # ---------------- silences: dead air, holds, latency
    sla = S['sla']
    thr_dead = 8000 if voice else 30000
    thr_hold = 15000 if voice else 30000
    joined = [e['atMs'] for e in ev if e['type'] == 'agent-joined'][0]
    first_start = real_agents[0]['startMs']
    dead = first_start - joined >= thr_dead
    L['first-response'] = 'pass' if first_start - joined <= sla['firstResponseMs'] else 'fail'
    holds = []
    ordered = [t for t in turns if t['speaker'] in ('agent', 'customer') and not t['_bc']]
    cursor = None
    last_real_agent = None
    for t in ordered:
        if cursor is not None and A(t):
            gap = t['startMs'] - cursor
            if gap >= thr_dead or gap >= thr_hold:
                # announced: the last agent turn before the gap asked the customer to wait, and only short acks since
                announced = False
                if last_real_agent is not None and any_match(M.hold_ann, last_real_agent['_n']):
                    between = [u for u in ordered if last_real_agent['startMs'] < u['startMs'] < t['startMs'] and u['speaker'] == 'customer']
                    announced = all(strip_fill(u['_n']) in M.cust_ok for u in between)
                if gap >= thr_dead and not announced:
                    dead = True
                if gap >= thr_hold:
                    holds.append((announced, any_match(M.hold_thx, t['_n'])))
        if A(t):
            last_real_agent = t
        cursor = t['endMs'] if cursor is None else max(cursor, t['endMs'])
    L['dead-air'] = 'fail' if dead else 'pass'
    if holds:
        L['hold-etiquette'] = 'pass' if all(a and b for a, b in holds) else 'fail'
    # latency
    pending = None
    prev_agent = None
    late = False
    for t in ordered:
        if t['speaker'] == 'customer':
            if pending is None:
                excused = prev_agent is not None and any_match(M.hold_ann, prev_agent['_n']) and strip_fill(t['_n']) in M.cust_ok
                pending = (t['endMs'], excused)
        elif A(t):
            if pending is not None:
                if t['startMs'] - pending[0] > sla['responseLatencyMs'] and not pending[1]:
                    late = True
                pending = None
            prev_agent = t
    L['response-latency'] = 'fail' if late else 'pass'
    # ---------------- interruption / speech rate (voice)
    if voice:
        intr = False
        for t in real_agents:
            for c in custs:
                if c['startMs'] < t['startMs'] < c['endMs'] and c['endMs'] - t['startMs'] >= 800:
                    intr = True
        L['interruption'] = 'fail' if intr else 'pass'
        chars = sum(spoken_len(t['text']) for t in agents)
        ms = sum(t['endMs'] - t['startMs'] for t in agents)
        rate = chars / (ms / 60000.0)
        L['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
        if 100 <= rate <= 140 or 280 <= rate <= 330:
            notes.append('guard: speech rate %.0f near a threshold' % rate)
    # ---------------- empathy
    comps = []
    for i, t in enumerate(turns):
        if t['speaker'] == 'customer':
            for cn, _ in M.complaints:
                if cn in t['_n']:
                    comps.append(i)
                    break
    if comps:
        ok = True
        for i in comps:
            reply = []
            for u in turns[i + 1:]:
                if u['speaker'] == 'customer':
                    break
                if A(u):
                    reply.append(u)
            if not any(any_match(M.acks, u['_n']) for u in reply):
                ok = False
        L['empathy'] = 'pass' if ok else 'fail'
    elif R['empathy']:
        notes.append('guard: empathy required but no complaint')
    # ---------------- facts
    F = S['fact']
    acc = [norm(v) for v in [F['expected']] + F.get('variants', [])]
    wrong = [norm(v) for v in F['wrong']]
    stmts = []  # (turn index, pos, is_accepted)
    for i, t in enumerate(turns):
        if A(t):
            for v in acc:
                for m in re.finditer(re.escape(v), t['_n']):
                    stmts.append((i, m.start(), True))
            for v in wrong:
                for m in re.finditer(re.escape(v), t['_n']):
                    stmts.append((i, m.start(), False))
    if stmts:
        stmts.sort()
        L['fact-accuracy'] = 'pass' if stmts[-1][2] else 'fail'
    else:
        L['fact-accuracy'] = 'fail'
    L['no-misinformation'] = 'fail' if any(not s[2] for s in stmts) else 'pass'
    # ---------------- resolution
    unresolved = not stmts
    for i, t in enumerate(turns):
        if t['speaker'] != 'customer':
            continue
        for qn, good in M.own + M.bp_q:
            if qn in t['_n']:
                if not any(A(u) and good.search(u['_n']) for u in turns[i + 1:]):
                    unresolved = True
    L['resolution'] = 'fail' if unresolved else 'pass'
    # ---------------- reference / survey / required info
    if R['reference']:
        L['record-reference'] = 'pass' if any(M.ref_rx.search(t['_n']) for t in real_agents) else 'fail'
    if R['survey']:
        L['survey-offered'] = 'pass' if any(any_match(M.survey, t['_n']) for t in real_agents) else 'fail'
    pats = [re.compile(p, re.I) for p in S['ri']['patterns']]
    raw = any(p.search(t['text']) for p in pats for t in real_agents)
    stripped = any(p.search(re.sub(r'[\s，。？！、：；,.?!]', '', t['text'])) for p in pats for t in real_agents)
    if raw != stripped:
        notes.append('guard: required-info pattern depends on punctuation')
    L['required-info'] = 'pass' if raw else 'fail'
    if any(p.search(t['text']) for p in pats for t in turns if t['speaker'] != 'agent'):
        notes.append('guard: required-info pattern matches a non-agent turn')
    return L, notes


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')}
    bad = 0
    derived = {}
    for x in contacts:
        L, notes = derive(x)
        derived[x['contactId']] = L
        gold = labels[x['contactId']]['labels']
        for k in CHECKS:
            if L[k] != gold[k]:
                bad += 1
                print('DISAGREE %s %s: label=%s derived=%s' % (x['contactId'], k, gold[k], L[k]))
            if gold[k] == 'fail' and k not in labels[x['contactId']]['why']:
                bad += 1
                print('NO-WHY %s %s' % (x['contactId'], k))
        for n in notes:
            bad += 1
            print('GUARD %s %s' % (x['contactId'], n))
    print('contacts=%d disagreements+guards=%d' % (len(contacts), bad))
    if '--mutate' in sys.argv:
        caught = 0
        for i, x in enumerate(contacts):
            cid = x['contactId']
            gold = dict(labels[cid]['labels'])
            k = CHECKS[i % len(CHECKS)]
            gold[k] = {'pass': 'fail', 'fail': 'na', 'na': 'pass'}[gold[k]]
            if any(derived[cid][kk] != gold[kk] for kk in CHECKS):
                caught += 1
            else:
                print('MUTATION NOT CAUGHT', cid, k)
        print('mutation check: %d/%d flips caught' % (caught, len(contacts)))
        if caught != len(contacts):
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
