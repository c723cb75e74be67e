# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml for independent-dev24c (deterministic)."""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import *
from plan import make_plan, UNIT_CHECKS

OUT = os.path.dirname(HERE)
TRADES = load_trades()
TBYKEY = {T['key']: T for T in TRADES}
USE = {}
BASE_TS = 1772409600000  # 2026-03-02T00:00:00Z

COUNTED = True

class Exhausted(Exception):
    pass

def pick(rng, trade, cat, pool, optional=False):
    cands = [p for p in pool if USE.get((trade, core(p, TBYKEY[trade])), 0) < 3]
    if not cands:
        if optional:
            return None
        raise Exhausted('%s/%s exhausted' % (trade, cat))
    m = min(USE.get((trade, core(p, TBYKEY[trade])), 0) for p in cands)
    best = [p for p in cands if USE.get((trade, core(p, TBYKEY[trade])), 0) == m]
    p = rng.choice(best)
    USE[(trade, core(p, TBYKEY[trade]))] = USE.get((trade, core(p, TBYKEY[trade])), 0) + 1
    return p

class Contact:
    def __init__(self, c):
        self.c = c
        self.T = TRADES[c['ti']]
        self.S = self.T['scen'][c['si']]
        self.cid = c['id']
        self.rng = random.Random(c['seed'])
        self.turns = []
        self.pending_ack = None
        self.pending_rude = []
        self.why = {}
        self.holds = 0
        self.u = c['units']

    # -- helpers
    def pk(self, cat, pool, optional=False):
        return pick(self.rng, self.T['key'], cat, pool, optional)

    def A(self, sents, gap='norm', **meta):
        sents = list(sents)
        if self.pending_rude:
            sents = self.pending_rude + sents
            self.pending_rude = []
        if self.pending_ack is not None:
            sents = [self.pending_ack] + sents
            self.pending_ack = None
        t = dict(sp='agent', sents=sents, gap=gap)
        t.update(meta)
        self.turns.append(t)
        return t

    def C(self, sents, gap='norm', **meta):
        t = dict(sp='customer', sents=list(sents), gap=gap)
        t.update(meta)
        self.turns.append(t)
        return t

    def val(self, f, wrong=False):
        if wrong:
            return self.rng.choice(f['wrong'])
        return self.rng.choice([f['expected']] + f['variants'])

    def stmt(self, f, wrong=False):
        tpl = self.pk('fact:' + f['key'], f['says'])
        v = self.val(f, wrong)
        return (tpl.replace('{v}', v), 'fact', dict(key=f['key'], v=v, wrong=wrong))

    def build(self):
        c, T, S, u, rng = self.c, self.T, self.S, self.u, self.rng
        cid = self.cid
        facts = S['facts']
        rec = [f for f in facts if f['record']][0]
        rule = [f for f in facts if not f['record']][0]
        needs_verif = S['kind'] in ('record', 'complaint')
        needs_ref = needs_verif
        needs_survey = S['kind'] in ('record', 'info')
        # ---------- plan details
        missing_item = None
        if 'req_miss' in u:
            missing_item = rng.choice(S['req'])
        fw = fm = fc = None
        if 'fact_wrong' in u:
            fw = rng.choice([rule, rule, rec])
        if 'fact_missing' in u:
            fm = rule if (needs_verif or fw is rule) else rng.choice([rec, rule])
            if fm is fw:
                fw = rec if fw is rule else rule
        if fm is not None:
            # the omitted fact must be one the customer's opening does not ask about
            if all(fm['key'] in tg for tg in S['opening_facts']):
                fm = rec if fm is rule else rule
                if fw is fm:
                    fw = rec if fw is rule else rule
        if 'fact_corrected' in u:
            fc = rng.choice([rec, rule])
            if fc is fm:
                fc = rec if fm is rule else rule
        ncomp = 0
        if S['kind'] == 'complaint':
            ncomp = 2 if (c['double'] or 'emp_miss' in u and rng.random() < 0.5) else 1
        elif c['extra_complaint']:
            ncomp = 1
        comps = [self.pk('complaint', S['complaints']) for _ in range(ncomp)]
        unacked = None
        if 'emp_miss' in u:
            unacked = ncomp - 1
        hold_mode = None
        if 'chat_da' in u:
            hold_mode = 'cda'
        elif 'voice_uh' in u:
            hold_mode = 'uh'
        elif 'hold_unthanked' in u:
            hold_mode = 'unthanked2' if c['double'] else 'unthanked'
        elif c['hold_pass']:
            hold_mode = 'pass'
        # ---------- opening agent turn
        first = []
        if 'greet_miss' in u:
            g = self.pk('greet_bad', T['greet_bad'])
            first.append((g, 'greet_bad', {}))
            self.why['greeting'] = '坐席开口第一句只是「%s」，没有任何问候语。' % g
        else:
            first.append((self.pk('greet', T['greet']), 'greet', {}))
        idmode = c['idmode']
        if idmode == 1:
            first.append((fill(self.pk('id', T['ids']), cid, T), 'id', {}))
        if idmode == 'none_role':
            first.append((rng.choice(T['bare_role']), 'bare_role', {}))
        fgap = 'first'
        if 'fr_late' in u:
            fgap = 'fr_late'
        elif 'voice_da' in u and S['fr'] > 11600 and rng.random() < 0.6:
            fgap = 'da_first'
        self.A(first, fgap, role='open')
        # ---------- customer opening
        okop = [o for o, tg in zip(S['openings'], S['opening_facts']) if fm is None or fm['key'] not in tg]
        opening = rng.choice(okop)
        ctext = []
        style = c['opening']
        if style == 'complaint' and not comps:
            style = 'request'
        if ncomp == 2 and unacked == 1:
            style = 'complaint'  # the acknowledged complaint opens the call; the unacknowledged one comes late
        if style == 'apology':
            ctext.append((rng.choice(T['csorry']), 'csorry', {}))
        if style == 'smalltalk':
            sm = rng.choice(T['small'])
            self.C([(sm[0], 'small', {})])
            self.A([(sm[1], 'small', {})])
        ctext.append((opening, 'opening', {}))
        if missing_item:
            x = rng.choice(missing_item['values'])
            ctext.append((missing_item['volunteer'].replace('{x}', x), 'volunteer', dict(key=missing_item['key'])))
        comp_i = 0
        if style == 'complaint':
            ctext.append((comps[0], 'complaint', {}))
            if unacked != 0:
                self.pending_ack = (self.pk('ack', S['acks']), 'ack', {})
            else:
                self.why['empathy'] = '客户一开口就抱怨「%s」，坐席随后两句都没有道歉或安抚。' % comps[0]
            comp_i = 1
        self.C(ctext, role='copen')
        # ---------- core steps (list of callables)
        core_steps = []
        def step_req(item):
            def f():
                self.A([(self.pk('ask:' + item['key'], item['asks']), 'ask', dict(key=item['key']))])
                x = rng.choice(item['values'])
                self.C([(rng.choice(item['answers']).replace('{x}', x), 'answer', {})])
            return f
        def ver_digits(ask):
            if '出生' in ask:
                return '%d年%d月%d日' % (rng.randint(2004, 2008), rng.randint(1, 12), rng.randint(1, 28))
            if '六位' in ask or '验证码' in ask:
                return '%06d' % rng.randint(0, 999999)
            return '%04d' % rng.randint(0, 9999)
        def step_verify():
            ask = self.pk('verify', T['verify'])
            self.A([(ask, 'verify', {})])
            d = ver_digits(ask)
            if '验证码' in ask:
                ans = [a for a in T['verify_ans'] if '验证码' in a][0]
            elif '出生' in ask:
                ans = '是{d}。'
            else:
                ans = rng.choice([a for a in T['verify_ans'] if '验证码' not in a])
            self.C([(ans.replace('{d}', d), 'vans', {})])
        vmode = u['verif']['mode'] if 'verif' in u else 'pass'
        reqs = [i for i in S['req'] if i is not missing_item]
        if needs_verif and vmode == 'pass' and c['verify_first']:
            core_steps.append(('verify', step_verify))
        for it in reqs:
            core_steps.append(('req', step_req(it)))
        if needs_verif and vmode == 'pass' and not c['verify_first']:
            core_steps.append(('verify', step_verify))
        # record fact (disclosure), optional hold
        def step_fact(f, hmode, asked):
            def fn():
                if asked:
                    self.C([(f['reask'], 'factq', {})])
                wrong = (f is fw) or (f is fc)
                st = self.stmt(f, wrong)
                if hmode in ('pass', 'unthanked'):
                    self.A([(self.pk('hold_ask', T['hold_ask']), 'hold_ask', {})], hold_tag='ask')
                    if rng.random() < 0.6:
                        self.C([(rng.choice(CUST_OK), 'ok', {})])
                    sents = []
                    if hmode == 'pass':
                        sents.append((self.pk('hold_thanks', T['hold_thanks']), 'hold_thanks', {}))
                    sents.append(st)
                    t = self.A(sents, 'hold', music=c['hold_music'], hmode=hmode)
                    self.holds += 1
                elif hmode in ('uh', 'cda'):
                    if self.turns[-1]['sp'] != 'customer':
                        self.C([(rng.choice(CUST_OK), 'ok', {})])
                    sents = []
                    if rng.random() < 0.3:
                        sents.append((self.pk('hold_thanks', T['hold_thanks'], optional=True) or T['hold_thanks'][0], 'hold_thanks', {}))
                    sents.append(st)
                    t = self.A(sents, hmode, hmode=hmode)
                    self.holds += 1
                else:
                    if self.turns[-1]['sp'] != 'customer' and rng.random() < 0.5:
                        self.C([(rng.choice(CUST_OK), 'ok', {})])
                    t = self.A([st], 'norm', factturn=f['key'])
                if wrong and f is fc:
                    self.C([(rng.choice(CUST_DOUBT), 'doubt', {})])
                    corr = self.pk('correction', T['correction'])
                    v = self.val(f)
                    self.A([(corr.replace('{v}', v), 'fact', dict(key=f['key'], v=v, wrong=False))])
                    self.why['no-misinformation'] = '坐席先说「%s」，%s实际是%s，虽然随后更正，仍属说错过。' % (st[0], f['label'], f['expected'])
                if wrong and f is fw:
                    self.why['fact-accuracy'] = '坐席对%s的说法「%s」是错的（应为%s），之后没有更正。' % (f['label'], st[0], f['expected'])
                    self.why['no-misinformation'] = '「%s」给出了错误的%s，正确是%s。' % (st[0], f['label'], f['expected'])
                return t
            return fn
        hold_for_rec = hold_mode if hold_mode in ('pass', 'unthanked', 'uh', 'cda') else ('pass' if hold_mode == 'unthanked2' else None)
        hold_for_rule = 'unthanked' if hold_mode == 'unthanked2' else None
        if rec is not fm:
            core_steps.append(('recfact', step_fact(rec, hold_for_rec, False)))
        elif hold_for_rec:
            hold_for_rule = hold_for_rec if hold_for_rule is None else hold_for_rule
        if needs_verif and vmode == 'late':
            core_steps.append(('verify', step_verify))
        if rule is not fm:
            core_steps.append(('rulefact', step_fact(rule, hold_for_rule, True)))
        if fm is not None:
            self.why['fact-accuracy'] = '全程没有说明%s（应为%s），客户的来意是「%s」。' % (fm['label'], fm['expected'], opening)
        def step_ref():
            if self.turns[-1]['sp'] == 'agent' or rng.random() < 0.5:
                self.C([(rng.choice(CUST_OK), 'ok', {})])
            self.A([(fill(self.pk('ref', T['ref']), cid, T), 'ref', {})])
        if needs_ref and 'ref_miss' not in u:
            core_steps.append(('ref', step_ref))
        # ---------- optional steps
        opt = []  # (pos, name, fn, after)
        side_pool = [s for s in T['side'] if not s[2]]
        casual_pool = [s for s in T['side'] if s[2]]
        def take_side(pool):
            q = self.pk('sideq', [s[0] for s in pool], optional=True)
            if q is None:
                return None
            return [s for s in pool if s[0] == q][0]
        def step_nonans():
            s = take_side(side_pool)
            if s is None:
                raise Exhausted('side for nonans ' + cid)
            n = self.pk('nonans', T['nonans'])
            self.C([(s[0], 'sideq', {})])
            self.A([(n, 'nonans', {})])
            self.why['resolution'] = '客户问「%s」，坐席只回了「%s」，之后再没给答案。' % (s[0], n)
        def step_madegood(kind):
            def fn():
                s = take_side(side_pool)
                if s is None:
                    if kind == 'nonans':
                        return
                    raise Exhausted('side for jiyu ' + cid)
                self.C([(s[0], 'sideq', {})])
                if kind == 'nonans':
                    n = self.pk('nonans', T['nonans'], optional=True)
                    if n is None:
                        self.A([(s[1], 'sidea', {})])
                        return
                    self.A([(n, 'nonans', {})])
                else:
                    n = self.pk(kind, T[kind])
                    self.A([(n, kind, {})])
                    self.why['forbidden-words'] = '对客户的「%s」，坐席回「%s」（%s），直到客户追问才答。' % (
                        s[0], n, '推诿' if kind == 'tuiwei' else '冷漠敷衍')
                self.C([(rng.choice(T['press']), 'press', {})])
                self.A([(rng.choice(T['findout']), 'findout', {}), (s[1], 'sidea', {})])
            return fn
        def step_side_ok():
            s = take_side(side_pool)
            if s is None:
                return
            self.C([(s[0], 'sideq', {})])
            self.A([(s[1], 'sidea', {})])
        def step_casual():
            s = take_side(casual_pool)
            if s is None:
                return
            self.C([(s[0], 'sideq', {})])
            if rng.random() < 0.6:
                sh = self.pk('shrug', T['shrug'], optional=True)
                if sh:
                    self.A([(sh, 'shrug', {})])
                    return
            self.A([(s[1], 'sidea', {})])
        def step_complaint(i, acked):
            def fn():
                self.C([(comps[i], 'complaint', {})])
                if acked:
                    self.pending_ack = (self.pk('ack', S['acks']), 'ack', {})
                else:
                    self.why['empathy'] = '客户抱怨「%s」之后，坐席接下来两句都只讲流程，没有致歉或体谅。' % comps[i]
            return fn
        def step_rude(line):
            def fn():
                if c['buried']:
                    self.pending_rude.append((line, 'rude', {}))
                else:
                    if self.turns[-1]['sp'] != 'customer':
                        sm = rng.choice(T['small'])
                        self.C([(sm[0], 'small', {})])
                    self.A([(line, 'rude', {})])
            return fn
        def step_toldyou(f, bare):
            def fn():
                self.C([(rng.choice(CUST_AGAIN) + f['reask'], 'factq', {})])
                ty = self.pk('toldyou', T['toldyou'])
                if bare:
                    keep = (self.pending_ack, self.pending_rude)
                    self.pending_ack, self.pending_rude = None, []
                    self.A([(ty, 'toldyou', {})])
                    self.pending_ack, self.pending_rude = keep
                    self.why['politeness'] = '客户再问%s，坐席只甩一句「%s」，拒绝重复。' % (f['label'], ty)
                    self.why['forbidden-words'] = '「%s」——不肯再说一遍，属服务忌语。' % ty
                else:
                    st = self.stmt(f, f is fw)
                    self.A([(ty, 'toldyou', {}), st])
                    self.why['forbidden-words'] = '坐席边答边数落客户：「%s」，属服务忌语。' % ty
            return fn
        # fill optional steps
        for i in range(comp_i, ncomp):
            acked = (i != unacked)
            pos = 'early' if (i == 0 and ncomp == 2) else ('late' if i == 1 else c['pos']['complaint'])
            opt.append((pos, 'complaint', step_complaint(i, acked)))
        if 'rude' in u:
            if u['rude']['mode'] == 'toldyou_bare':
                f = rule if rule is not fm else rec
                opt.append(('after:' + f['key'], 'toldyou', step_toldyou(f, True)))
            else:
                # a dare to complain only fits after a complaint; it is not used as a free-standing rude line
                rpool = [x for x in T['rude'] if '投诉' not in x or ncomp > 0]
                lines = [self.pk('rude', rpool)]
                if c['double']:
                    l2 = self.pk('rude', rpool, optional=True)
                    if l2:
                        lines.append(l2)
                for k, ln in enumerate(lines):
                    opt.append((c['pos']['rude'] if k == 0 else 'late', 'rude', step_rude(ln)))
                self.why['politeness'] = '坐席说「%s」，对客户不礼貌。' % '」「'.join(lines)
                self.why['forbidden-words'] = '「%s」属于服务忌语。' % '」「'.join(lines)
        if 'jiyu' in u:
            m = u['jiyu']['mode']
            if m == 'toldyou_beside':
                f = rule if rule is not fm else rec
                opt.append(('after:' + f['key'], 'toldyou', step_toldyou(f, False)))
            else:
                opt.append((c['pos']['side'], 'jiyu', step_madegood(m)))
        if 'nonans' in u:
            opt.append((c['pos']['side'], 'nonans', step_nonans))
        elif c['made_good']:
            opt.append((c['pos']['side'], 'madegood', step_madegood('nonans')))
        if c['side_ok']:
            opt.append((rng.choice(['early', 'middle', 'late']), 'sideok', step_side_ok))
        if c['casual']:
            opt.append(('after:' + rule['key'], 'casual', step_casual))
        # assemble: core steps with optional ones inserted
        seq = [('core', n, f) for n, f in core_steps]
        fact_idx = {rec['key']: None, rule['key']: None}
        for i, (_, n, _f) in enumerate(seq):
            if n == 'recfact':
                fact_idx[rec['key']] = i
            if n == 'rulefact':
                fact_idx[rule['key']] = i
        placed = []
        for pos, name, fn in opt:
            placed.append((pos, name, fn))
        # build final order
        order = list(seq)
        for pos, name, fn in placed:
            if pos.startswith('after:'):
                key = pos[6:]
                idx = None
                for i, (_, n, _f) in enumerate(order):
                    if (n == 'recfact' and key == rec['key']) or (n == 'rulefact' and key == rule['key']):
                        idx = i
                if idx is None:
                    idx = len(order) - 1
                order.insert(idx + 1 + rng.randint(0, max(0, len(order) - idx - 1)), ('opt', name, fn))
            else:
                n = len(order)
                lo, hi = {'early': (0, max(1, n // 3)), 'middle': (n // 3, max(n // 3 + 1, 2 * n // 3)), 'late': (2 * n // 3, n)}[pos]
                order.insert(rng.randint(lo, hi), ('opt', name, fn))
        # complaints must keep their order (acked first)
        for _, name, fn in order:
            fn()
        # padding small talk to length
        pads = list(T['small']) + (PAD_VOICE if c['channel'] == 'voice' else PAD_CHAT)
        rng.shuffle(pads)
        target = c['length'] - 7
        while len(self.turns) < target and pads:
            p = pads.pop()
            k = rng.randint(2, max(2, len(self.turns) - 1))
            # insert a pad pair before an agent turn that follows a customer turn (keeps flow)
            if self.turns[k - 1]['sp'] == 'agent' and self.turns[k]['sp'] == 'customer' and not self.turns[k - 1].get('hold_tag') \
                    and not any(s[1] in ('complaint',) for s in self.turns[k - 1]['sents']):
                self.turns[k:k] = [dict(sp='customer', sents=[(p[0], 'pad', {})], gap='norm'),
                                   dict(sp='agent', sents=[(p[1], 'pad', {})], gap='norm')]
        # hard negatives sprinkled into agent turns
        ag = [t for t in self.turns if t['sp'] == 'agent' and t.get('role') != 'open' and t['gap'] not in ('hold',)
              and not any(s[1] in ('toldyou', 'rude', 'tuiwei', 'lengmo', 'nonans') for s in t['sents'])]
        if c['lookalike'] and ag:
            rng.choice(ag)['sents'].append((rng.choice(T['lookalike']), 'lookalike', {}))
        if c['hotline_read'] and ag:
            rng.choice(ag)['sents'].append(('有需要也可以直接拨打热线%s。' % T['hotline'], 'hotline', {}))
        cu = [t for t in self.turns if t['sp'] == 'customer' and t.get('role') != 'copen']
        if c['csorry_mid'] and cu:
            rng.choice(cu)['sents'].insert(0, (rng.choice(T['csorry']), 'csorry', {}))
        if c['thanks_nohold'] and ag:
            th = self.pk('hold_thanks', T['hold_thanks'], optional=True)
            if th:
                t = rng.choice(ag)
                if not any(s[1] == 'hold_thanks' for s in t['sents']):
                    t['sents'].insert(0, (th, 'thanks_nohold', {}))
        # ---------- wrap up & closing
        close_mode = u['close_miss']['mode'] if 'close_miss' in u else ('walkout' if c['walkout'] else 'pass')
        survey = None
        if needs_survey and 'survey_miss' not in u:
            survey = (self.pk('survey', T['survey']), 'survey', {})
        if close_mode == 'walkout':
            if self.turns[-1]['sp'] == 'customer':
                self.A([(rng.choice(T['wrapup']), 'wrapup_f', {})])
            self.C([(rng.choice(T['walkout']), 'walkout', {})])
            c['hangup_by'] = 'customer'
        elif close_mode == 'wrapup_only':
            w = self.pk('wrapup', T['wrapup'])
            self.A(([survey] if survey else []) + [(w, 'wrapup', {})])
            self.C([(rng.choice(CUST_END_SHORT), 'end', {})])
            self.why['closing'] = '坐席最后只问了「%s」，客户答完就结束，没有致谢或道别。' % w
        elif close_mode in ('instruction', 'agent_hangs'):
            self.A([(rng.choice(T['wrapup']), 'wrapup_f', {})])
            self.C([(rng.choice(CUST_END), 'end', {})])
            b = self.pk('close_bad', T['close_bad'])
            self.A([(b, 'close_bad', {})] + ([survey] if survey else []))
            if close_mode == 'agent_hangs':
                c['hangup_by'] = 'agent'
            self.why['closing'] = '结尾坐席只说「%s」%s，没有结束礼貌语。' % (b, '就挂了电话' if close_mode == 'agent_hangs' else '')
        else:
            if rng.random() < 0.75:
                self.A([(rng.choice(T['wrapup']), 'wrapup_f', {})])
                self.C([(rng.choice(CUST_END), 'end', {})])
            cl = (self.pk('close', T['close']), 'close', {})
            if survey and rng.random() < 0.35:
                self.A([cl])
                self.A([survey])
            else:
                self.A([cl] + ([survey] if survey else []))
        # agent id late
        agt = [t for t in self.turns if t['sp'] == 'agent']
        if idmode == 2:
            idl = fill(self.pk('id', T['ids']), cid, T)
            agt[1]['sents'].insert(0 if not agt[1]['sents'] or agt[1]['sents'][0][1] != 'ack' else 1, (idl, 'id', {}))
        elif idmode == 'late':
            idl = fill(self.pk('id', T['ids']), cid, T)
            ks = [k for k in range(2, len(agt)) if not all(x[1] == 'survey' for x in agt[k]['sents'])]
            k = rng.choice(ks)
            agt[k]['sents'].insert(0, (idl, 'id', {}))
            self.why['agent-id'] = '坐席直到第%d次发言才自报「%s」，晚于前两句。' % (k + 1, idl)
        else:
            if idmode in ('none', 'none_role'):
                self.why['agent-id'] = '整通没有报工号或姓名，开场只有「%s」%s。' % (first[0][0], '（「%s」只是岗位）' % first[-1][0] if idmode == 'none_role' else '')
        if 'greet_miss' in u:
            self.why['greeting'] = self.why['greeting'].rstrip('。') + '，客户随后说的是「%s」。' % opening
        if fm is not None:
            lastag = [t for t in self.turns if t['sp'] == 'agent'][-1]['sents'][0][0]
            self.why['fact-accuracy'] = '全程没有说明%s（应为%s）；客户来意是「%s」，坐席到最后一句「%s」也没提。' % (fm['label'], fm['expected'], opening, lastag)
        if needs_verif and vmode != 'pass':
            disc = None
            for t in self.turns:
                for s in t['sents']:
                    if s[1] == 'fact' and s[2]['key'] == rec['key'] and disc is None:
                        disc = s[0]
            if vmode == 'never':
                self.why['verification'] = '坐席直接说出客户记录「%s」，整通都没核验身份。' % disc
            else:
                self.why['verification'] = '先报出「%s」才要求核验身份，顺序反了。' % disc
        if needs_ref and 'ref_miss' in u:
            last = [t for t in self.turns if t['sp'] == 'agent'][-1]['sents'][0][0]
            self.why['record-reference'] = '整通没有给出任何受理编号或工单号，坐席收尾说的是「%s」。' % last
        if 'survey_miss' in u:
            last = [t for t in self.turns if t['sp'] == 'agent'][-1]['sents'][-1][0]
            self.why['survey-offered'] = '没有邀请客户做满意度评价，最后一句是「%s」。' % last
        if missing_item:
            vol = [s[0] for t in self.turns for s in t['sents'] if s[1] == 'volunteer'][0]
            self.why['required-info'] = '坐席从没问过%s，只是客户自己提了「%s」。' % (missing_item['label'], vol)
        self.ncomp = ncomp
        self.hold_mode = hold_mode

PAD_VOICE = [('等一下，我拿支笔记一下。', '好的，不着急，您准备好跟我说。'), ('你那边声音有点小。', '不好意思，我大声一点，现在能听清吗？'),
             ('稍等，我家门铃响了。', '没关系，您先忙。'), ('好了，你接着说。', '好的，我们继续。'), ('我开个免提。', '好的，能听到。')]
PAD_CHAT = [('我截个图。', '好的，您截图保存就行。'), ('刚才网卡了一下。', '没关系，消息都能看到。'), ('等我一下，我去拿个东西。', '好的，您先去。'),
            ('回来了。', '好的，我们继续。'), ('字有点多，我慢慢看。', '好的，不着急。')]

def rnd(rng, a, b):
    return rng.randint(int(a), int(b))

def schedule(ct):
    c, S, rng, cid = ct.c, ct.S, ct.rng, ct.cid
    voice = c['channel'] == 'voice'
    nz = c['noisy']
    events = [{'type': 'started', 'atMs': 0}]
    out = []
    conf = lambda: round(rng.uniform(0.60, 0.93) if nz else rng.uniform(0.90, 0.99), 2)
    if voice:
        events.append({'type': 'dialed', 'atMs': 300})
        events.append({'type': 'ringing', 'atMs': 1500})
        ans = 1500 + rnd(rng, 3000, 9000)
        events.append({'type': 'answered', 'atMs': ans})
        J = ans
        if c['ivr']:
            txt = ct.T['ivr']
            d = int(spoken_chars(txt) / 250 * 60000)
            out.append(dict(speaker='ivr', text=txt, startMs=ans + 400, endMs=ans + 400 + d, confidence=conf()))
            t = ans + 400 + d + rnd(rng, 1200, 3000)
            events.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '0'}})
            events.append({'type': 'queued', 'atMs': t + 300})
            J = t + 300 + rnd(rng, 5000, 30000)
            if c.get('transfer_event'):
                events.append({'type': 'transfer', 'atMs': t + 800, 'detail': {'from': 'ivr', 'to': 'agent-queue', 'queue': 'zh-general'}})
            events.append({'type': 'agent-joined', 'atMs': J})
        elif c['joined_event']:
            events.append({'type': 'agent-joined', 'atMs': J})
    else:
        events.append({'type': 'page-loaded', 'atMs': rnd(rng, 1500, 4000)})
        t = events[-1]['atMs']
        if c['bot']:
            t += 1200
            out.append(dict(speaker='bot', text=ct.T['bot'], startMs=t, endMs=t, confidence=1.0))
            t += rnd(rng, 8000, 15000)
            out.append(dict(speaker='customer', text=ct.S['say'] + '。', startMs=t, endMs=t, confidence=1.0))
            t += 1200
            out.append(dict(speaker='bot', text=BOT_FAIL, startMs=t, endMs=t, confidence=1.0))
            t += rnd(rng, 3000, 6000)
            out.append(dict(speaker='customer', text=TO_HUMAN, startMs=t, endMs=t, confidence=1.0))
            t += 500
            out.append(dict(speaker='system', text=SYS_TRANSFER, startMs=t, endMs=t, confidence=1.0))
        if c['bot'] or rng.random() < 0.5:
            events.append({'type': 'queued', 'atMs': t + 300})
        J = t + 300 + rnd(rng, 4000, 35000)
        events.append({'type': 'agent-joined', 'atMs': J})
    # render texts
    rc = rng.uniform(220, 290)
    for t in ct.turns:
        t['rendered'] = [render(s[0], cid, nz and voice) for s in t['sents']]
        t['text'] = join_sents(t['rendered'], nz and voice)
        if voice:
            r = rc if t['sp'] == 'customer' else c['rate'] * rng.uniform(0.97, 1.03)
            t['dur'] = max(400, int(spoken_chars(t['text']) / r * 60000))
        else:
            t['dur'] = 0
    # choose special-gap turns
    ag_after_c = [i for i, t in enumerate(ct.turns) if t['sp'] == 'agent' and i > 0 and ct.turns[i - 1]['sp'] == 'customer'
                  and t['gap'] == 'norm' and not any(s[1] == 'hold_thanks' for s in t['sents'])
                  and not any(x['sp'] == 'agent' and x.get('hold_tag') for x in ct.turns[max(0, i - 2):i])]
    u = c['units']
    if 'interrupt' in u:
        cands = [i for i in ag_after_c if ct.turns[i - 1]['dur'] >= 2600]
        if not cands:
            i = rng.choice(ag_after_c)
            p = ct.turns[i - 1]
            p['sents'].append(('我就是想问清楚一点，免得回头又要再打一次电话。', 'filler', {}))
            p['rendered'] = [render(x[0], cid, nz and voice) for x in p['sents']]
            p['text'] = join_sents(p['rendered'], nz and voice)
            p['dur'] = max(400, int(spoken_chars(p['text']) / rc * 60000))
            cands = [i]
        i = rng.choice(cands)
        ct.turns[i]['gap'] = 'interrupt'
        ag_after_c.remove(i)
    if 'voice_da' in u and ct.turns[0]['gap'] != 'da_first':
        i = rng.choice([k for k in ag_after_c if k >= 2 and ct.turns[k - 2]['sp'] == 'agent'] or ag_after_c)
        ct.turns[i]['gap'] = 'vda'
        ag_after_c.remove(i)
    if 'chat_lat' in u:
        i = rng.choice(ag_after_c)
        ct.turns[i]['gap'] = 'clat_nudge' if c['nudge'] else 'clat'
        ag_after_c.remove(i)
    elif c['nudge'] and not voice and ag_after_c:
        i = rng.choice(ag_after_c)
        ct.turns[i]['gap'] = 'nudge_ok'
        ag_after_c.remove(i)
    if voice and c['small_overlap'] and ag_after_c:
        i = rng.choice(ag_after_c)
        if ct.turns[i - 1]['dur'] > 1500:
            ct.turns[i]['gap'] = 'overlap'
            ag_after_c.remove(i)
    slow_i = None
    if c['slow_customer']:
        cc = [i for i, t in enumerate(ct.turns) if t['sp'] == 'customer' and i > 0 and ct.turns[i - 1]['sp'] == 'agent'
              and ct.turns[i - 1]['gap'] not in ('hold',)]
        if cc:
            slow_i = rng.choice(cc)
    # timing
    lat, fr = S['lat'], S['fr']
    prev_end = J
    pending = None  # start/end of first unanswered customer turn
    dialog = []
    final = []
    for i, t in enumerate(ct.turns):
        g = t['gap']
        prev = ct.turns[i - 1] if i > 0 else None
        nudge_turn = None
        if t['sp'] == 'agent':
            if i == 0:
                if g == 'fr_late':
                    assert fr + 300 < 7900, cid
                    gap = rnd(rng, fr + 300, 7900)
                    ct.why['first-response'] = '坐席接入后%.1f秒才开口说「%s」，超出首响%d毫秒的要求。' % (gap / 1000, t['rendered'][0], fr)
                elif g == 'da_first':
                    gap = rnd(rng, 8500, min(11000, fr - 300))
                    ct.why['dead-air'] = '接通后静默%.1f秒，坐席才说出第一句「%s」。' % (gap / 1000, t['rendered'][0])
                else:
                    gap = rnd(rng, 700, 2800) if voice else rnd(rng, 2000, 5000)
                start = J + gap
            else:
                after_c = prev['sp'] == 'customer'
                if g == 'hold':
                    gap = rnd(rng, 16000, 38000) if voice else rnd(rng, 35000, 70000)
                elif g == 'uh':
                    gap = rnd(rng, max(15000, lat) + 1500, max(15000, lat) + 4500)
                elif g == 'cda':
                    gap = rnd(rng, 31000, 42000)
                elif g == 'vda':
                    gap = rnd(rng, 8500, 11500)
                elif g in ('clat', 'clat_nudge', 'nudge_ok'):
                    gap = None
                elif g == 'interrupt':
                    gap = -rnd(rng, 1000, min(2200, prev['dur'] - 500))
                elif g == 'overlap':
                    gap = -rnd(rng, 200, 550)
                else:
                    if voice:
                        gap = rnd(rng, 500, 2000) if after_c else rnd(rng, 500, 1200)
                    else:
                        gap = rnd(rng, 2500, 9000) if after_c else rnd(rng, 1500, 4000)
                if gap is None:
                    p0 = pending if pending is not None else prev_end
                    if g == 'nudge_ok':
                        nt = p0 + rnd(rng, 6000, 7500)
                        start = p0 + rnd(rng, lat - 2500, lat - 800)
                    else:
                        start = p0 + rnd(rng, lat + 2000, min(29000, lat + 6000))
                        nt = p0 + rnd(rng, 9000, 13000)
                    if g in ('clat_nudge', 'nudge_ok'):
                        nudge_turn = dict(speaker='customer', text=rng.choice(NUDGE), startMs=nt, endMs=nt, confidence=1.0)
                    if g != 'nudge_ok':
                        ct.why['response-latency'] = '客户发「%s」后%.1f秒坐席才回「%s」，超过%d毫秒%s。' % (
                            prev['text'], (start - p0) / 1000, t['rendered'][0], lat, '（中途客户催了一句也不重新计时）' if nudge_turn else '')
                else:
                    start = (prev['_end'] + gap) if g in ('interrupt', 'overlap') else prev_end + gap
                    if g in ('norm', 'overlap', 'interrupt') and pending is not None and start - pending > lat - 1000:
                        start = max(prev_end + 300, pending + lat - 1000)
                if g in ('uh', 'cda'):
                    thr = '语音' if voice else '在线'
                    ct.why['hold-etiquette'] = '%s静默%.1f秒（未先请客户稍等）后坐席才说「%s」。' % (thr, gap / 1000, t['rendered'][-1])
                    ct.why['dead-air'] = '客户「%s」之后冷场%.1f秒，坐席事先没有任何交代。' % (prev['text'], gap / 1000)
                    ct.why['response-latency'] = '客户说完「%s」，坐席隔了%.1f秒才回应，超过%d毫秒。' % (prev['text'], gap / 1000, lat)
                if g == 'vda':
                    ct.why['dead-air'] = '客户说「%s」后静默%.1f秒，坐席才接「%s」。' % (prev['text'], gap / 1000, t['rendered'][0])
                if g == 'interrupt':
                    ct.why['interruption'] = '客户「%s」还没说完，坐席提前%.1f秒插话「%s」。' % (prev['text'], -gap / 1000, t['rendered'][0])
                if g == 'hold' and t.get('hmode') == 'unthanked':
                    ct.why['hold-etiquette'] = '请客户等待后（%.1f秒），回来第一句是「%s」，没有感谢等待。' % (gap / 1000, t['rendered'][0])
            pending_reset = True
        else:
            if i == 0:
                gap = rnd(rng, 800, 2000)
            elif i == slow_i:
                gap = rnd(rng, 9000, 13000) if voice else rnd(rng, 35000, 55000)
            else:
                if voice:
                    gap = rnd(rng, 400, 2200)
                else:
                    gap = rnd(rng, 4000, 18000) if prev['sp'] == 'agent' else rnd(rng, 2000, 6000)
            start = prev_end + gap
        end = start + t['dur']
        t['_start'], t['_end'] = start, end
        if nudge_turn:
            final.append(nudge_turn)
        final.append(dict(speaker=t['sp'], text=t['text'], startMs=start, endMs=end, confidence=1.0 if not voice else conf()))
        if t['sp'] == 'customer':
            if pending is None:
                pending = start if not voice else end
        else:
            pending = None
        prev_end = max(prev_end, end)
        # hold events
        if voice and t['sp'] == 'agent' and t['gap'] == 'hold' and t.get('music'):
            events.append({'type': 'hold-start', 'atMs': final[-2]['endMs'] + 600 if len(final) > 1 else start - 5000})
            events.append({'type': 'hold-end', 'atMs': start - 700})
    # backchannels
    if voice:
        bcs = []
        for f in final:
            if f['speaker'] == 'customer' and f['endMs'] - f['startMs'] >= 2600 and rng.random() < 0.35:
                s = f['startMs'] + int((f['endMs'] - f['startMs']) * rng.uniform(0.35, 0.6))
                bcs.append(dict(speaker='agent', text=rng.choice(BACKCHANNEL), startMs=s, endMs=s + rnd(rng, 300, 600), confidence=conf()))
        final.extend(bcs)
    allturns = out + final
    allturns.sort(key=lambda x: (x['startMs'], 0 if x['speaker'] != 'agent' else 1))
    last_end = max(x['endMs'] for x in allturns)
    if voice:
        events.append({'type': 'hangup', 'atMs': last_end + 800, 'detail': {'by': c['hangup_by']}})
        events.append({'type': 'ended', 'atMs': last_end + 1200})
    else:
        events.append({'type': 'ended', 'atMs': last_end + 5000})
    events.sort(key=lambda e: e['atMs'])
    # speech rate reason
    if 'rate' in u:
        ch = sum(spoken_chars(x['text']) for x in final if x['speaker'] == 'agent' and x['endMs'] - x['startMs'] >= 1500)
        ms = sum(x['endMs'] - x['startMs'] for x in final if x['speaker'] == 'agent' and x['endMs'] - x['startMs'] >= 1500)
        ct.why['speech-rate'] = '坐席整通语速约每分钟%d字（%s），如「%s」。' % (round(ch / ms * 60000), '过慢' if c['rate'] < 200 else '过快',
                                                          [x['text'] for x in final if x['speaker'] == 'agent' and x['endMs'] - x['startMs'] >= 1500][0])
    for x in allturns:
        x['confidence'] = x['confidence']
    return events, allturns, events[-1]['atMs']

def labels_for(ct):
    c, S = ct.c, ct.S
    failed = set(x for un in c['units'] for x in UNIT_CHECKS[un])
    lab = {}
    for k in CHECKS:
        if k in failed:
            lab[k] = 'fail'
        elif k == 'closing' and c['walkout']:
            lab[k] = 'na'
        elif k == 'verification' and S['kind'] == 'info':
            lab[k] = 'na'
        elif k == 'hold-etiquette' and ct.holds == 0:
            lab[k] = 'na'
        elif k in ('interruption', 'speech-rate') and c['channel'] != 'voice':
            lab[k] = 'na'
        elif k == 'empathy' and S['kind'] != 'complaint' and ct.ncomp == 0:
            lab[k] = 'na'
        elif k == 'record-reference' and S['kind'] == 'info':
            lab[k] = 'na'
        elif k == 'survey-offered' and S['kind'] == 'complaint':
            lab[k] = 'na'
        else:
            lab[k] = 'pass'
    why = {}
    for k in CHECKS:
        if lab[k] == 'fail':
            if k not in ct.why:
                raise SystemExit('no why for %s %s' % (ct.cid, k))
            w = ct.why[k]
            m = re.search('「(.+?)」', w)
            if m and '秒' not in w:
                for t in ct.turns:
                    if any(s[0] == m.group(1) or s[0] in m.group(1) for s in t['sents']):
                        w += '（见第%.1f秒处）' % (t['_start'] / 1000.0)
                        break
            why[k] = w
    return lab, why

def specials(trades):
    T0, T1, T2, T3, T4, T5 = trades
    base = BASE_TS + 40 * 86400000
    sp = []
    def mk(i, T, si, channel, outcome, events, turns, extra=None):
        d = dict(schemaVersion=1, contactId='%s-x%02d' % (PREFIX, i), scenarioId=T['scen'][si]['id'], runId=RUN_ID,
                 channel=channel, startedAt=base + i * 3600000, durationMs=events[-1]['atMs'], events=events, turns=turns,
                 outcome=outcome, transcriptSource='deepgram' if channel == 'voice' else 'chat-dom')
        if extra:
            d.update(extra)
        return d, T['key']
    sp.append(mk(1, T0, 0, 'voice', 'no-answer', [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ringing', 'atMs': 1500}, {'type': 'ended', 'atMs': 61500}], []))
    sp.append(mk(2, T1, 1, 'voice', 'busy', [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ended', 'atMs': 2100}], []))
    ivr = T2['ivr']; d = int(spoken_chars(ivr) / 250 * 60000)
    sp.append(mk(3, T2, 0, 'voice', 'abandoned', [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 300}, {'type': 'ringing', 'atMs': 1500}, {'type': 'answered', 'atMs': 6200},
               {'type': 'dtmf', 'atMs': 6600 + d + 1500, 'detail': {'digits': '0'}}, {'type': 'queued', 'atMs': 6600 + d + 1800},
               {'type': 'hangup', 'atMs': 6600 + d + 95000, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 6600 + d + 95400}],
               [dict(speaker='ivr', text=ivr, startMs=6600, endMs=6600 + d, confidence=0.95), dict(speaker='ivr', text='坐席正忙，请稍候。', startMs=6600 + d + 2500, endMs=6600 + d + 5000, confidence=0.94)]))
    sp.append(mk(4, T3, 2, 'webchat', 'abandoned', [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 2100}, {'type': 'queued', 'atMs': 9800}, {'type': 'ended', 'atMs': 190000}],
               [dict(speaker='customer', text=T3['scen'][2]['openings'][0], startMs=8200, endMs=8200, confidence=1.0), dict(speaker='system', text=SYS_QUEUE, startMs=9800, endMs=9800, confidence=1.0)]))
    sp.append(mk(5, T4, 2, 'webchat', 'completed', [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1900}, {'type': 'ended', 'atMs': 64000}],
               [dict(speaker='bot', text=T4['bot'], startMs=3000, endMs=3000, confidence=1.0), dict(speaker='customer', text=T4['scen'][2]['say'] + '？', startMs=15000, endMs=15000, confidence=1.0),
                dict(speaker='bot', text='每天晚上十一点截单，会员到期日可以在“我的-会员”里查看。', startMs=16200, endMs=16200, confidence=1.0), dict(speaker='customer', text='好，知道了。', startMs=31000, endMs=31000, confidence=1.0)]))
    sp.append(mk(6, T5, 0, 'webchat', 'failed', [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 2500}, {'type': 'ended', 'atMs': 32500}], [],
               {'failedBy': 'harness', 'errorCode': 'E_SELECTOR_TIMEOUT'}))
    sp.append(mk(7, T1, 2, 'webchat', 'failed', [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 2300}, {'type': 'agent-joined', 'atMs': 15800}, {'type': 'ended', 'atMs': 21000}],
               [dict(speaker='agent', text=T1['greet'][1], startMs=18000, endMs=18000, confidence=1.0)], {'failedBy': 'harness', 'errorCode': 'E_BROWSER_CRASHED'}))
    reasons = {1: '无人接听（no-answer），没有对话可评。', 2: '对方忙线（busy），电话未接通。', 3: '来电在IVR排队时客户挂断，未接到人工。',
               4: '在线排队中客户离开，没有坐席接入。', 5: '全程只与机器人对话，没有人工坐席。', 6: '采集端失败 E_SELECTOR_TIMEOUT，记录不完整。',
               7: '采集端失败 E_BROWSER_CRASHED，浏览器崩溃，只抓到半句。'}
    res = []
    for i, (d, key) in enumerate(sp, 1):
        res.append((d, dict(contactId=d['contactId'], domain=key, labels={k: 'na' for k in CHECKS}, why={'special': reasons[i]})))
    return res

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def scenario_yaml(T, S):
    L = ['id: %s' % S['id'], 'title: %s' % yq(S['title']),
         'description: %s' % yq('独立语料 %s，领域 %s，机构 %s' % (SET, T['key'], T['org'])),
         'channel: [voice, webchat]', 'target: { phone: %s }' % yq(T['phone']), 'persona: { name: %s }' % yq(S['persona']),
         'locale: zh-CN', 'steps:', '  - say: %s' % yq(S['say']), '  - wait: { pattern: %s, timeoutMs: 60000 }' % yq(S['wait']),
         '  - end: true', 'facts:']
    for f in S['facts']:
        L.append('  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
            yq(f['key']), yq(f['label']), yq(f['expected']), yq(f['variants']), yq(f['wrong']), yq(f['cues'])))
    L.append('requiredInfo:')
    for r in S['req']:
        L.append('  - { key: %s, label: %s, patterns: %s }' % (yq(r['key']), yq(r['label']), yq(r['patterns'])))
    k = S['kind']
    L.append('requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % (
        'true' if k != 'info' else 'false', 'true' if k != 'info' else 'false', 'true' if k == 'complaint' else 'false',
        'true' if k != 'complaint' else 'false'))
    L.append('sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }' % (S['fr'], S['lat']))
    L.append('tags: [%s, %s]' % (SET, T['key']))
    return '\n'.join(L) + '\n'

def main():
    plan = make_plan()
    # four contacts without durationMs, one with an unknown event type
    rng = random.Random(55127 + 1)
    nodur = set(c['id'] for c in rng.sample(plan, 4))
    ivr_voice = [c for c in plan if c['channel'] == 'voice' and c['ivr']]
    rng.choice(ivr_voice)['transfer_event'] = True
    contacts, labels = [], []
    built = {}
    prio = lambda c: (0 if ('nonans' in c['units'] or 'jiyu' in c['units'] or 'rude' in c['units']) else
                      1 if (c['hold_pass'] or 'hold_unthanked' in c['units']) else 2, c['id'])
    for c in sorted(plan, key=prio):
        ct = Contact(c)
        ct.build()
        built[c['id']] = ct
    for n, c in enumerate(plan):
        ct = built[c['id']]
        events, turns, dur = schedule(ct)
        d = dict(schemaVersion=1, contactId=c['id'], scenarioId=ct.S['id'], runId=RUN_ID, channel=c['channel'],
                 startedAt=BASE_TS + n * 4 * 3600000 + random.Random(c['seed']).randint(0, 3000000), durationMs=dur,
                 events=events, turns=turns, outcome='completed',
                 transcriptSource='deepgram' if c['channel'] == 'voice' else 'chat-dom')
        if c['id'] in nodur:
            del d['durationMs']
        contacts.append(d)
        lab, why = labels_for(ct)
        labels.append(dict(contactId=c['id'], domain=c['trade'], labels=lab, why=why))
    for d, l in specials(TRADES):
        contacts.append(d)
        labels.append(l)
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as f:
        for d in contacts:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for d in labels:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for T in TRADES:
        for S in T['scen']:
            with open(os.path.join(OUT, 'scenarios', S['id'] + '.yaml'), 'w', encoding='utf-8') as f:
                f.write(scenario_yaml(T, S))
    print('wrote %d contacts, %d labels, %d scenarios' % (len(contacts), len(labels), sum(len(T['scen']) for T in TRADES)))

if __name__ == '__main__':
    main()
