"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml deterministically."""
import json, os, random, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mat_common as MC
from plan import make_plan, CHECKS, TRADES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MATS = {t: importlib.import_module('mat_' + t) for t in TRADES}
RUN = 'holdout22c'
BASE_T = 1795000000000
CURT_IDS = {('music', 2), ('floor', 6)}


class Use:
    """round-robin pool use so that no line is used more than three times"""
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.cnt = {}
        self.orders = {}

    def pick(self, key, pool):
        if key not in self.orders:
            o = list(range(len(pool)))
            self.r.shuffle(o)
            self.orders[key] = o
            self.cnt[key] = 0
        o = self.orders[key]
        i = o[self.cnt[key] % len(o)]
        self.cnt[key] += 1
        return i


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def write_scen(t, m, s):
    lines = ['id: %s' % s['id'], 'title: %s' % yq(s['title']),
             'description: %s' % yq('独立语料 independent-holdout22c，领域 %s，机构 %s' % (t, m.ORG)),
             'channel: [voice, webchat]', 'target: { phone: %s }' % yq(m.PHONE), 'persona: { name: %s }' % yq(s['persona']),
             'locale: zh-CN', 'steps:', '  - say: %s' % yq(s['open'][0]),
             '  - wait: { pattern: %s, timeoutMs: 60000 }' % yq(s['facts'][0]['cues'][0]), '  - end: true', 'facts:']
    for f in s['facts']:
        lines.append('  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }' % (
            f['key'], yq(f['label']), yq(f['expected']), ', '.join(yq(v) for v in f['variants']),
            ', '.join(yq(v) for v in f['wrong']), ', '.join(yq(v) for v in f['cues'])))
    lines.append('requiredInfo:')
    for q in s['req']:
        lines.append('  - { key: %s, label: %s, patterns: [%s] }' % (q['key'], yq(q['label']), ', '.join(yq(p) for p in q['patterns'])))
    k = s['kind']
    req = dict(verification=k != 'info', reference=k != 'info', empathy=k == 'complaint', survey=k != 'complaint')
    lines.append('requires: { %s }' % ', '.join('%s: %s' % (a, 'true' if b else 'false') for a, b in req.items()))
    lines.append('sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }' % s['sla'])
    lines.append('tags: [independent-holdout22c, %s]' % t)
    return '\n'.join(lines) + '\n'


def requires(s):
    k = s['kind']
    return dict(verification=k != 'info', reference=k != 'info', empathy=k == 'complaint', survey=k != 'complaint')


class Contact:
    def __init__(self, plan, use):
        self.p = plan
        self.r = random.Random(plan['rseed'])
        self.use = use
        self.m = MATS[plan['trade']]
        self.s = [x for x in self.m.SCEN if x['kind'] == plan['kind']][0]
        self.voice = plan['channel'] == 'voice'
        self.noisy = self.voice and self.r.random() < 0.67
        self.noisy_dec = self.noisy and self.r.random() < 0.45
        self.agent = self.m.AGENTS[self.r.randrange(len(self.m.AGENTS))]
        self.specs = []
        self.D = set(plan['defects'])
        self.why = {}
        self.flags = {}
        self.tail = '%04d' % self.r.randrange(1000, 9999)
        self.refno = '%d' % self.r.randrange(10 ** 9, 10 ** 10)

    # -- lines
    def line(self, pool, key=None, lst=None, vals=None, decisive=False):
        lst = lst if lst is not None else self.m.L[pool]
        ukey = key or (self.p['trade'] + ':' + pool)
        i = self.use.pick(ukey, lst)
        return self.mk(pool, lst[i], vals, decisive, i)

    def mk(self, pool, raw, vals=None, decisive=False, idx=0):
        raw = raw[0] if isinstance(raw, tuple) else raw
        clean, _, noisy = raw.partition('~')
        txt = clean
        if noisy and self.noisy and (self.noisy_dec or not decisive) and self.r.random() < 0.7:
            txt = noisy
        vals = dict(vals or {})
        vals.setdefault('g', self.agent[1]); vals.setdefault('n', self.agent[0]); vals.setdefault('t', self.tail)
        vals.setdefault('r', self.refno); vals.setdefault('b', MC.BIRTH[self.p['rseed'] % len(MC.BIRTH)])
        for k in 'grt':
            if self.noisy and self.r.random() < 0.6:
                vals[k] = ''.join(MC.TO_WORD[c] for c in vals[k])
        for k, v in vals.items():
            txt = txt.replace('{%s}' % k, v)
        return (pool, txt)

    def A(self, segs, mode='reply', **kw):
        self.specs.append(dict(sp='agent', segs=segs, mode=mode, **kw))

    def C(self, segs, mode='reply', **kw):
        self.specs.append(dict(sp='customer', segs=segs, mode=mode, **kw))

    def fv(self, fi, kind='right'):
        f = self.s['facts'][fi]
        if kind == 'right':
            opts = [f['expected']] + f['variants']
            return opts[self.r.randrange(len(opts))]
        return f['wrong'][self.r.randrange(len(f['wrong']))]

    def fstate(self, fi, kind='right'):
        key = 'f%d' % (fi + 1)
        return self.line(key, key=self.s['id'] + ':' + key, lst=self.s[key], vals={'v': self.fv(fi, kind)})

    # -- script
    def build(self):
        r, D, s, L = self.r, self.D, self.s, self.m.L
        req = requires(s)
        V = 'v' if self.voice else 'c'
        wy = self.why
        # identity placement
        if 'id' in D:
            id_place = r.choice(['late', 'none'])
        else:
            id_place = 'first' if r.random() < 0.5 and 'greet' not in D else 'second'
        complaint_scen = s['kind'] == 'complaint'
        open_type = r.choice(['request', 'request', 'request', 'small', 'apology'])
        has_cpl_open = complaint_scen and r.random() < 0.5
        mid_cpl = (complaint_scen and not has_cpl_open) or ('emp' in D and not complaint_scen and 'rude' not in D) or \
            (not complaint_scen and r.random() < 0.25)
        protest = 'rude' in D and (r.random() < 0.5 or ('emp' in D and not complaint_scen and not mid_cpl))
        if 'emp' in D and not (has_cpl_open or mid_cpl or protest):
            mid_cpl = True
        emp_fail_at = None
        if 'emp' in D:
            opts = [x for x, on in (('open', has_cpl_open), ('mid', mid_cpl), ('protest', protest)) if on]
            emp_fail_at = r.choice(opts)
        self.flags['complaint'] = has_cpl_open or mid_cpl or protest
        # 1 opening
        if 'greet' in D:
            g = self.line('nogreet', decisive=True)
            wy['greeting'] = '坐席首句「%s」没有问候语，只有应答/机构名。' % g[1]
            first = [g]
        elif id_place == 'first':
            first = [self.line('greetid_' + V, decisive=True)]
        else:
            first = [self.line('greet_' + V, decisive=True)]
        self.A(first, mode='first')
        # customer opening
        opening = []
        if open_type == 'small':
            self.C([self.line('small', lst=[x[0] for x in L['small']])])
            if id_place == 'second':
                self.A([self.small_reply(), self.line('idl', decisive=True)])
                id_place = 'second_done'
            else:
                self.A([self.small_reply()])
        if open_type == 'apology':
            opening.append(self.line('capol'))
        if r.random() < 0.1 and not has_cpl_open:
            opening.append(self.line('hard_small'))
        if has_cpl_open:
            opening.append(self.line('opencpl', key=s['id'] + ':opencpl', lst=s['open_cpl'], decisive=True))
        else:
            opening.append(self.line('open', key=s['id'] + ':open', lst=s['open']))
        vol_req = 'req' in D
        if vol_req:
            q = s['req'][0]
            opening.append(self.mk('reqans', q['answers'][self.use.pick(s['id'] + ':reqans', q['answers'])]))
        self.C(opening)
        cpl_line = opening[-1 - (1 if vol_req else 0)][1] if has_cpl_open else None
        # agent second turn
        second = []
        if has_cpl_open:
            if emp_fail_at == 'open':
                wy['empathy'] = '客户开口即投诉「%s」，坐席接下来两句只走流程，没有道歉或安抚。' % cpl_line
            else:
                second.append(self.line('emp', decisive=True))
        if id_place == 'second':
            second.append(self.line('idl', decisive=True))
        elif id_place == 'late':
            pass
        if second:
            self.A(second)
        if id_place == 'none':
            wy['agent-id'] = '坐席全程没有报工号或姓名（首句「%s」）。' % first[0][1]
        # rude / jiyu early block
        agent_turns = [1]
        def rude_block():
            self.C([self.line('prompt')])
            rl = self.line('rude', decisive=True)
            segs = [rl] if r.random() < 0.5 else ([self.line('ack'), rl] if r.random() < 0.5 else [rl, self.line('ack')])
            self.A(segs)
            wy['politeness'] = '坐席说「%s」，属于指责/催促/激将类不礼貌用语。' % rl[1]
            wy['forbidden-words'] = '「%s」是服务忌语（不礼貌）。' % rl[1]
            if protest:
                pl = self.line('protest', decisive=True)
                self.C([pl])
                if emp_fail_at == 'protest':
                    wy['empathy'] = '客户抗议坐席态度「%s」，坐席随后两句没有任何道歉。' % pl[1]
                    self.A([self.line('ack')])
                else:
                    self.A([self.line('emp', decisive=True)])
        def jiyu_block(kind):
            self.C([self.line('prompt')])
            jl = self.line(kind, decisive=True)
            self.A([jl])
            wy['forbidden-words'] = '「%s」是%s类服务忌语。' % (jl[1], '推诿' if kind == 'tui' else '冷漠敷衍')
        jiyu_kind = None
        if 'jiyu' in D:
            jiyu_kind = r.choice(['tui', 'leng', 'told'])
        # verification
        verif_mode = 'none'
        if req['verification']:
            verif_mode = r.choice(['early', 'never']) if 'verif' in D else 'ok'
        hold_kind = 'none'
        if 'hold_unann' in D:
            hold_kind = 'unann'
        elif 'hold_unthx' in D:
            hold_kind = 'unthx'
        elif r.random() < 0.45:
            hold_kind = 'ann'
        fa = None
        if 'fa_wrong' in D:
            fa = ('wrong', r.randrange(2))
        elif 'nm' in D:
            fa = ('nm', r.randrange(2))
        f1kind = 'wrong' if fa and fa[1] == 0 else 'right'
        if verif_mode == 'early':
            d = self.fstate(0, f1kind if fa and fa[0] == 'wrong' else 'right')
            self.A([d])
            self.flags['f1_said'] = True
            if fa and fa[0] == 'wrong' and fa[1] == 0:
                self.flags['wrong1'] = d[1]
            wy['verification'] = '坐席在核验身份之前就透露了客户记录：「%s」。' % d[1]
        if 'rude' in D and r.random() < 0.5:
            rude_block()
            self.flags['rude_done'] = True
        if verif_mode in ('ok', 'early'):
            vi = self.use.pick(self.p['trade'] + ':verask', L['verask'])
            ask, ans = L['verask'][vi]
            self.A([self.mk('verask', ask, decisive=True)])
            self.C([self.mk('verans', ans)])
            self.A([self.line('verok', decisive=True)])
        elif verif_mode == 'never':
            wy['verification'] = '坐席从未核验来电人身份就直接处理/透露了本人记录。'
        # required info
        if not vol_req:
            q = s['req'][0]
            qi = self.use.pick(s['id'] + ':reqask', q['asks'])
            self.A([self.mk('reqask', q['asks'][qi], decisive=True)])
            self.C([self.mk('reqans', q['answers'][self.use.pick(s['id'] + ':reqans', q['answers'])])])
        else:
            wy['required-info'] = '客户主动报了%s，坐席从头到尾没有询问过这一项。' % s['req'][0]['label']
        # second hold good before an unthanked one
        if hold_kind == 'unthx' and r.random() < 0.35:
            self.A([self.line('holdask', key=s['id'] + ':holdask', lst=s['hold'])])
            self.A([self.line('holdthx'), self.line('ack')], mode='hold')
        # mid complaint (before the fact)
        if mid_cpl:
            cl = self.line('cpl', decisive=True)
            self.C([cl])
            if emp_fail_at == 'mid':
                wy['empathy'] = '客户抱怨「%s」，坐席接下来的回复只讲流程，没有致歉或共情。' % cl[1]
                self.A([self.line('ack')])
            else:
                self.A([self.line('emp', decisive=True)])
        if 'dead' in D:
            self.C([self.line('prompt')])
            self.A([self.line('ack')], mode='dead')
            wy['dead-air'] = '客户问完后坐席沉默%.1f秒才回话，且没有任何请稍等提示。'
        # hold + fact1
        f1segs = []
        if hold_kind in ('ann', 'unthx'):
            ha = self.line('holdask', key=s['id'] + ':holdask', lst=s['hold'], decisive=True)
            self.A([ha])
            if hold_kind == 'unthx':
                wy['hold-etiquette'] = '坐席说「%s」后让客户等待，回来后没有感谢等待。' % ha[1]
        if not self.flags.get('f1_said') or (fa and fa[1] == 0 and fa[0] == 'nm'):
            if hold_kind in ('ann', 'unann'):
                f1segs.append(self.line('holdthx', decisive=True))
            k1 = 'wrong' if (fa and fa[1] == 0) else 'right'
            fl = self.fstate(0, k1)
            f1segs.append(fl)
            if k1 == 'wrong':
                self.flags['wrong1'] = fl[1]
            self.A(f1segs, mode='hold' if hold_kind in ('ann', 'unthx') else ('unhold' if hold_kind == 'unann' else 'reply'))
            if hold_kind == 'unann':
                wy['hold-etiquette'] = '坐席没有请客户稍等就静默了%.1f秒，回来才说「%s」。'
                wy['dead-air'] = '未告知的静默%.1f秒（之后坐席说「%s」）。'
                self.flags['unann_line'] = f1segs[0][1]
        else:
            if hold_kind != 'none':
                f1segs = [self.line('holdthx')] if hold_kind in ('ann', 'unann') else []
                f1segs.append(self.line('ack'))
                self.A(f1segs, mode='hold' if hold_kind in ('ann', 'unthx') else 'unhold')
                if hold_kind == 'unann':
                    wy['hold-etiquette'] = '坐席没有请客户稍等就静默了%.1f秒，回来才说「%s」。'
                    wy['dead-air'] = '未告知的静默%.1f秒（之后坐席说「%s」）。'
                    self.flags['unann_line'] = f1segs[0][1]
        self.flags['hold'] = hold_kind != 'none' or 'dead' in D and not self.voice
        if fa and fa[1] == 0:
            if fa[0] == 'nm':
                self.C([self.line('prompt')])
                cl = self.fstate(0, 'right')
                self.A([self.mk('corr', MC.CORR[self.use.pick('corr', MC.CORR)]), cl])
                wy['no-misinformation'] = '坐席先说错了记录值「%s」，虽然后来更正。' % self.flags['wrong1']
            else:
                wy['fact-accuracy'] = '「%s」是错误的值，之后没有更正。' % self.flags['wrong1']
                wy['no-misinformation'] = '坐席说出错误值：「%s」。' % self.flags['wrong1']
        if 'rude' in D and not self.flags.get('rude_done'):
            rude_block()
        if jiyu_kind in ('tui', 'leng'):
            jiyu_block(jiyu_kind)
        elif r.random() < 0.35:
            self.C([self.line('prompt')])
            self.A([self.line('lookalike')])
        # fact 2
        f2mode = 'missing' if 'fa_missing' in D else None
        res_kind = None
        if 'res' in D:
            res_kind = 'receipt' if (r.random() < 0.3 and f2mode is None and not (fa and fa[1] == 1)) else 'nonans'
        if f2mode is None:
            if res_kind == 'receipt':
                f2mode = 'receipt_fail'
            else:
                f2mode = r.choice(['asked', 'asked', 'volunteer', 'receipt_good'])
        k2 = 'wrong' if (fa and fa[1] == 1) else 'right'
        if f2mode in ('asked', 'receipt_good', 'receipt_fail'):
            al = self.line('ask2', key=s['id'] + ':ask2', lst=s['ask2'], decisive=True)
            self.C([al], mode='reply', nudge=not self.voice and r.random() < 0.3)
            if f2mode == 'receipt_fail':
                rc = self.line('receipt', decisive=True)
                self.A([rc])
                wy['resolution'] = '客户问「%s」，坐席只回了「%s」，之后再没给出答案。' % (al[1], rc[1])
                wy['fact-accuracy'] = '事实「%s」从未说出（客户问了只得到「%s」）。' % (s['facts'][1]['label'], rc[1])
            elif f2mode == 'receipt_good':
                self.A([self.line('receipt')], mode='lat' if 'lat' in D else 'reply')
                f2 = self.fstate(1, k2)
                self.A([f2], mode='same')
            else:
                f2 = self.fstate(1, k2)
                self.A([f2], mode='lat' if 'lat' in D else 'reply')
            if 'lat' in D and f2mode != 'receipt_fail':
                self.flags['lat_done'] = True
        elif f2mode == 'volunteer':
            f2 = self.fstate(1, k2)
            self.A([f2], mode='same')
        else:
            wy['fact-accuracy'] = '坐席全程没有说明「%s」。' % s['facts'][1]['label']
        if f2mode in ('asked', 'receipt_good', 'volunteer') and k2 == 'wrong':
            if fa[0] == 'nm':
                self.C([self.line('prompt')])
                self.A([self.mk('corr', MC.CORR[self.use.pick('corr', MC.CORR)]), self.fstate(1, 'right')])
                wy['no-misinformation'] = '坐席先说错了「%s」，后来才更正：「%s」。' % (s['facts'][1]['label'], f2[1])
            else:
                wy['fact-accuracy'] = '最后一次说明「%s」是错的：「%s」。' % (s['facts'][1]['label'], f2[1])
                wy['no-misinformation'] = '错误信息：「%s」。' % f2[1]
        if jiyu_kind == 'told':
            if f2mode in ('asked', 'receipt_good', 'volunteer') and k2 == 'right':
                self.C([self.line('ask2', key=s['id'] + ':ask2', lst=s['ask2'])])
                tl = self.line('told', vals={'v': self.fv(1)}, decisive=True)
                self.A([tl])
                wy['forbidden-words'] = '客户再问一遍，坐席说「%s」，带有"我说过了"的忌语。' % tl[1]
            else:
                jiyu_block('tui')
        if 'lat' in D and not self.flags.get('lat_done'):
            self.C([self.line('prompt')])
            self.A([self.line('ack')], mode='lat')
        # second topic
        qi = self.use.pick(self.p['trade'] + ':q2', L['q2'])
        q, a = L['q2'][qi]
        if res_kind == 'nonans':
            self.C([self.mk('q2q', q, idx=qi)])
            na = self.line('nonans', decisive=True)
            self.A([na])
            wy['resolution'] = '客户问「%s」，坐席回答「%s」，之后没有补上答案。' % (q, na[1])
        elif r.random() < 0.22:
            self.C([self.mk('q2q', q, idx=qi)])
            if r.random() < 0.35:
                self.A([self.line('nonans')])
                self.C([self.line('press')])
            self.A([self.mk('q2a', a, idx=qi)])
        if r.random() < 0.12:
            qq, qa = L['qinc'][self.use.pick(self.p['trade'] + ':qinc', L['qinc'])]
            self.C([self.mk('qincq', qq)])
            self.A([self.mk('qinca', qa)])
        if r.random() < 0.2:
            self.C([self.line('small', lst=[x[0] for x in L['small']])])
            self.A([self.small_reply()])
        # id late
        if id_place == 'late':
            il = self.line('idl', decisive=True)
            self.A([il], mode='same')
            wy['agent-id'] = '坐席直到后面才报「%s」，晚于前两句。' % il[1]
        # ending
        tail = []
        if req['reference']:
            if 'ref' in D:
                wy['record-reference'] = '本次%s没有给客户任何工单/受理编号。' % s['title']
            else:
                tail.append(self.line('ref', decisive=True))
        if tail:
            self.A(tail, mode='same' if r.random() < 0.5 else 'reply')
        walk = 'close' not in D and r.random() < 0.08
        survey = req['survey'] and 'survey' not in D
        if req['survey'] and 'survey' in D:
            wy['survey-offered'] = '通话结束前坐席没有邀请客户评价本次服务（%s）。' % s['title']
        if walk:
            if survey:
                self.A([self.line('survey')], mode='same')
            self.C([self.line('walk')])
            self.flags['walk'] = True
            return
        self.C([self.line('bye')])
        if 'close' in D:
            segs = [self.line('survey')] if survey else []
            nc = self.line('noclose', decisive=True)
            segs.append(nc)
            self.A(segs)
            wy['closing'] = '坐席最后一句是「%s」，没有致谢或道别。' % nc[1]
            self.flags['hangup_by'] = 'agent' if r.random() < 0.5 else 'customer'
        else:
            cl = self.line('close_' + V, decisive=True)
            if survey:
                order = r.random()
                if order < 0.5:
                    self.A([self.line('survey'), cl])
                else:
                    self.A([cl, self.line('survey')])
            else:
                self.A([cl])

    def build_curt(self):
        self.D = set()
        for sp, pool, raw in self.m.CURT_SCRIPT:
            vals = {}
            if pool == 'f1':
                vals['v'] = self.s['facts'][0]['expected']
            if pool == 'f2':
                vals['v'] = self.s['facts'][1]['variants'][0]
            seg = self.mk(pool, raw, vals, decisive=False)
            (self.A if sp == 'a' else self.C)([seg], mode='first' if not self.specs else 'reply')
        self.flags['hangup_by'] = 'agent'
        self.flags['curt'] = True

    def small_reply(self):
        # agent reply that matches the last customer small-talk line
        cust = self.specs[-1]['segs'][0][1] if self.specs and self.specs[-1]['sp'] == 'customer' else None
        for cq, aa in self.m.L['small']:
            if cq == cust:
                return self.mk('small_a', aa)
        return self.line('ack')


def U(r, a, b):
    return int(r.uniform(a, b))


def realize(c):
    """timing: turns and events from the specs"""
    r, p, s = c.r, c.p, c.s
    D = c.D
    fr_sla, lat_sla = s['sla']
    voice = c.voice
    ev, turns = [{'type': 'started', 'atMs': 0}], []
    if 'rate' in D:
        arate = r.uniform(318, 345) if r.random() < 0.5 else r.uniform(96, 112)
    else:
        arate = r.uniform(176, 248)
    crate = r.uniform(215, 280)
    c.flags['arate'] = arate

    def dur(txt, rate):
        return max(400, int(MC.spoken_chars(txt) / rate * 60000))

    def turn(sp, txt, st, en):
        conf = round(r.uniform(0.60, 0.93) if (voice and c.noisy) else (r.uniform(0.90, 0.99) if voice else 1.0), 2)
        turns.append({'speaker': sp, 'text': txt, 'startMs': st, 'endMs': en, 'confidence': conf})

    if voice:
        t = U(r, 200, 600); ev.append({'type': 'dialed', 'atMs': t})
        t += U(r, 700, 1500); ev.append({'type': 'ringing', 'atMs': t})
        t += U(r, 3000, 9000); ev.append({'type': 'answered', 'atMs': t})
        if r.random() < 0.5:
            txt = c.m.IVR[r.randrange(len(c.m.IVR))]
            st = t + 300; en = st + dur(txt, 240); turn('ivr', txt, st, en)
            t = en + U(r, 800, 2500); ev.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': r.choice(['1', '2', '0'])}})
            t += 400; ev.append({'type': 'queued', 'atMs': t})
            t += U(r, 5000, 40000)
        else:
            t += U(r, 300, 900)
    else:
        t = U(r, 800, 2000); ev.append({'type': 'page-loaded', 'atMs': t})
        if r.random() < 0.35:
            t += U(r, 1000, 3000); turn('bot', c.m.BOT[r.randrange(len(c.m.BOT))], t, t)
            t += U(r, 5000, 12000); tx = MC.TO_HUMAN[r.randrange(2)]; turn('customer', tx, t, t)
            t += U(r, 800, 1500); turn('system', MC.SYSTEM['chat_transfer'], t, t)
            t += 300; ev.append({'type': 'queued', 'atMs': t})
            t += U(r, 8000, 60000)
        else:
            t += U(r, 3000, 9000)
    ev.append({'type': 'agent-joined', 'atMs': t})
    joined = t
    c.flags['joined'] = joined
    prev_sp, prev_end, prev_st = None, t, t
    fu = None  # first unanswered customer message end
    bubble_done = not (not voice and r.random() < 0.4)
    intr_done = 'intr' not in D
    c.flags['lat_fail'] = 'lat' in D
    n_ag = 0
    for i, sp in enumerate(c.specs):
        segs = sp['segs']
        txt = ''.join(x[1] for x in segs)
        if voice and c.noisy:
            txt = noise(r, segs)
        mode = sp['mode']
        if sp['sp'] == 'agent':
            if mode == 'first':
                if voice:
                    gap = U(r, 1200, min(4000, fr_sla - 500))
                elif 'fr' in D:
                    gap = fr_sla + U(r, 1200, 4000)
                    c.flags['fr_gap'] = gap
                else:
                    gap = U(r, 2000, min(fr_sla - 1000, 10000))
                st = joined + gap
            elif mode == 'hold':
                gap = U(r, 16000, 40000) if voice else U(r, 32000, 60000)
                st = prev_end + gap
                if voice and r.random() < 0.5:
                    ev.append({'type': 'hold-start', 'atMs': prev_end + 400})
                    ev.append({'type': 'hold-end', 'atMs': st - 300})
            elif mode == 'unhold':
                gap = U(r, 16000, 24000) if voice else U(r, 31000, 45000)
                st = prev_end + gap
                c.flags['unann_gap'] = gap
                if fu is not None and st - fu > lat_sla:
                    c.flags['lat_fail'] = True
                    c.flags['lat_unann'] = st - fu
            elif mode == 'dead':
                gap = U(r, 8600, 11400)
                st = prev_end + gap
                c.flags['dead_gap'] = gap
                if fu is not None and st - fu > lat_sla:
                    c.flags['lat_fail'] = True
                    c.flags['lat_unann'] = st - fu
            elif mode == 'lat' and fu is not None:
                L = lat_sla + U(r, 2500, min(12000, 29000 - lat_sla))
                st = fu + L
                if st - prev_end >= 29500:
                    st = prev_end + 29000
                c.flags['lat_gap'] = st - fu
                c.flags['lat_line'] = txt
            else:
                if prev_sp == 'agent':
                    gap = U(r, 300, 1100) if voice else U(r, 4000, 7000)
                    st = prev_end + gap
                else:
                    if voice:
                        gap = U(r, 500, 3000)
                        if r.random() < 0.15:
                            gap = -U(r, 150, 500)
                    else:
                        hi = min(10000, lat_sla - (prev_end - fu if fu is not None else 0) - 1500)
                        gap = U(r, 1500, max(1600, hi))
                    st = prev_end + gap
            # interruption
            if not intr_done and voice and prev_sp == 'customer' and n_ag >= 1 and prev_end - prev_st >= 2000 and mode in ('reply', 'same', 'lat'):
                st = prev_end - U(r, 1000, min(2000, prev_end - prev_st - 300))
                intr_done = True
                c.flags['intr_line'] = txt
                c.flags['intr_ov'] = prev_end - st
            d = dur(txt, arate) if voice else 0
            if not voice and not bubble_done and len(segs) >= 2:
                bubble_done = True
                tt = st
                for k, sg in enumerate(segs):
                    if k:
                        tt += U(r, 1000, 2000)
                    turn('agent', sg[1], tt, tt)
                en = tt
            else:
                en = st + d
                turn('agent', txt, st, en)
            n_ag += 1
            fu = None
            prev_sp, prev_end, prev_st = 'agent', en, st
        else:
            if voice:
                gap = U(r, 500, 2500) if prev_sp == 'agent' else U(r, 400, 1200)
            else:
                gap = U(r, 5000, 20000) if prev_sp == 'agent' else U(r, 4000, 6000)
            st = prev_end + gap
            d = dur(txt, crate) if voice else 0
            en = st + d
            turn('customer', txt, st, en)
            if voice and d >= 3000 and r.random() < 0.35 and not (i + 1 < len(c.specs) and c.specs[i + 1]['mode'] == 'intr'):
                bst = st + int(d * r.uniform(0.35, 0.6))
                turn('agent', MC.BC[r.randrange(len(MC.BC))], bst, bst + 350)
            if fu is None:
                fu = en
            prev_sp, prev_end, prev_st = 'customer', en, st
            if sp.get('nudge'):
                t2 = en + U(r, 7000, 10000)
                turn('customer', c.line('nudge')[1], t2, t2)
                prev_end = prev_st = t2
    if not intr_done:
        c.flags['intr_missing'] = True
    turns.sort(key=lambda x: (x['startMs'], x['endMs']))
    last = max(x['endMs'] for x in turns)
    if voice:
        by = c.flags.get('hangup_by') or ('customer' if c.flags.get('walk') else r.choice(['customer', 'agent']))
        t = last + U(r, 600, 1500); ev.append({'type': 'hangup', 'atMs': t, 'detail': {'by': by}})
        t += 300; ev.append({'type': 'ended', 'atMs': t})
    else:
        t = last + U(r, 2000, 5000); ev.append({'type': 'ended', 'atMs': t})
    if p.get('unknown_event'):
        ev.append({'type': 'transfer', 'atMs': joined + 2000, 'detail': {'to': '二线技术组', 'reason': '咨询规则'}})
    ev.sort(key=lambda e: e['atMs'])
    return turns, ev, t


def noise(r, segs):
    out = []
    for k, (pool, txt) in enumerate(segs):
        mode = r.random()
        if mode < 0.5:
            txt = MC.PUNCT.sub(' ', txt).strip()
        else:
            txt = MC.PUNCT.sub('', txt)
        if k == 0 and r.random() < 0.3:
            txt = r.choice(MC.FILLERS_START) + txt
        if ' ' in txt and r.random() < 0.25:
            a, _, b = txt.partition(' ')
            txt = a + ' 呃' + b
        out.append(txt)
    return ' '.join(out)


def labels_for(c):
    D, s, f = c.D, c.s, c.flags
    req = requires(s)
    voice = c.voice
    L = {}
    L['greeting'] = 'fail' if 'greet' in D else 'pass'
    L['agent-id'] = 'fail' if 'id' in D else 'pass'
    L['closing'] = 'na' if f.get('walk') else ('fail' if 'close' in D else 'pass')
    L['forbidden-words'] = 'fail' if ('rude' in D or 'jiyu' in D) else 'pass'
    L['verification'] = 'na' if not req['verification'] else ('fail' if 'verif' in D else 'pass')
    hold_any = c.flags.get('hold_any')
    L['hold-etiquette'] = 'na' if not hold_any else ('fail' if ('hold_unann' in D or 'hold_unthx' in D) else 'pass')
    L['politeness'] = 'fail' if 'rude' in D else 'pass'
    L['interruption'] = 'na' if not voice else ('fail' if 'intr_ov' in f else 'pass')
    L['dead-air'] = 'fail' if ('dead' in D or 'hold_unann' in D) else 'pass'
    L['speech-rate'] = 'na' if not voice else ('fail' if 'rate' in D else 'pass')
    L['empathy'] = ('fail' if 'emp' in D else 'pass') if (f.get('complaint') or req['empathy']) else 'na'
    L['resolution'] = 'fail' if 'res' in D else 'pass'
    L['first-response'] = 'fail' if 'fr' in D else 'pass'
    L['response-latency'] = 'fail' if f.get('lat_fail') else 'pass'
    fa_fail = 'fa_wrong' in D or 'fa_missing' in D or (c.why.get('resolution', '').startswith('客户问') and 'fact-accuracy' in c.why)
    L['fact-accuracy'] = 'fail' if 'fact-accuracy' in c.why else 'pass'
    L['no-misinformation'] = 'fail' if ('fa_wrong' in D or 'nm' in D) else 'pass'
    L['record-reference'] = 'na' if not req['reference'] else ('fail' if 'ref' in D else 'pass')
    L['survey-offered'] = 'na' if not req['survey'] else ('fail' if 'survey' in D else 'pass')
    L['required-info'] = 'fail' if 'req' in D else 'pass'
    return L


def main():
    plan = make_plan()
    use = Use(20261208)
    contacts, labels = [], []
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for t in TRADES:
        m = MATS[t]
        for s in m.SCEN:
            with open(os.path.join(OUT, 'scenarios', s['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(write_scen(t, m, s))
    for p in plan:
        c = Contact(p, use)
        if (p['trade'], p['n']) in CURT_IDS:
            c.p = dict(p, channel='voice', kind='account')
            c.build_curt()
        else:
            c.build()
        c.flags['hold_any'] = any(sp['mode'] in ('hold', 'unhold') for sp in c.specs)
        turns, ev, end = realize(c)
        cid = 'h22c-%s-%02d' % (p['trade'], p['n'])
        obj = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': c.s['id'], 'runId': RUN, 'channel': p['channel'],
               'startedAt': BASE_T + len(contacts) * 3600000 + c.r.randrange(0, 3000000)}
        if not p.get('nodur'):
            obj['durationMs'] = end
        obj.update({'events': ev, 'turns': turns, 'outcome': 'completed',
                    'transcriptSource': 'deepgram' if c.voice else 'chat-dom'})
        contacts.append(obj)
        lab = labels_for(c)
        why = {}
        if c.flags.get('curt'):
            lab = dict(c.m.CURT_LABELS)
            ag = [x['text'] for x in turns if x['speaker'] == 'agent']
            for k, v in lab.items():
                if v == 'fail':
                    c.why[k] = {'greeting': '坐席开口只有「%s」，没有问候。' % ag[0], 'agent-id': '坐席从头到尾没报工号或名字，开口就是「%s」。' % ag[0],
                                'closing': '坐席最后一句「%s」，没有任何道别致谢。' % ag[-1],
                                'forbidden-words': '坐席全程语气生硬（「%s」「%s」），整体属于服务忌语中的冷硬态度。' % (ag[1], ag[-2]),
                                'politeness': '坐席全程不用“您”也不说“请”，命令式短句（「%s」「%s」），语气生硬。' % (ag[0], ag[1]),
                                'empathy': '客户抗议坐席态度，坐席只回「%s」，没有道歉。' % [r_ for s_, p_, r_ in c.m.CURT_SCRIPT if p_ == 'ack'][0],
                                'verification': '坐席没核验身份就直接说出订单状态「%s」。' % ag[2],
                                'record-reference': '整通电话没有给出任何工单/受理编号（末句「%s」）。' % ag[-1],
                                'survey-offered': '坐席没有邀请客户评价，直接说「%s」。' % ag[-1]}[k]
        for k, v in lab.items():
            if v != 'fail':
                continue
            w = c.why.get(k)
            if k == 'dead-air':
                if 'dead' in c.D:
                    w = '客户说完后坐席沉默%.1f秒才接话，没有提示等待。' % (c.flags['dead_gap'] / 1000)
                else:
                    w = '坐席未提示就静默%.1f秒，随后才说「%s」。' % (c.flags['unann_gap'] / 1000, c.flags['unann_line'])
            elif k == 'hold-etiquette' and 'hold_unann' in c.D:
                w = '没有事先请客户稍等，静默%.1f秒后坐席才回来说「%s」。' % (c.flags['unann_gap'] / 1000, c.flags['unann_line'])
            elif k == 'interruption':
                w = '坐席在客户话还没说完时（提前%.1f秒）抢话：「%s」。' % (c.flags['intr_ov'] / 1000, c.flags['intr_line'])
            elif k == 'speech-rate':
                w = '坐席语速约每分钟%d字，超出120–300的范围。' % round(c.flags['arate'])
            elif k == 'first-response':
                w = '坐席接入后%.1f秒才发出第一条消息，超过首响时限%d毫秒。' % (c.flags['fr_gap'] / 1000, c.s['sla'][0])
            elif k == 'response-latency':
                g = c.flags.get('lat_gap') or c.flags.get('lat_unann')
                w = '客户消息后%.1f秒坐席才回复（时限%d毫秒）。' % (g / 1000, c.s['sla'][1])
            why[k] = w or ('%s: see contact %s' % (k, cid))
        agent_turns = [x for x in turns if x['speaker'] == 'agent']
        for k, w in list(why.items()):
            q = MC.norm(w.split('「')[1].split('」')[0]) if '「' in w else None
            hit = next((x for x in turns if q and q in MC.norm(x['text'])), None)
            if hit:
                why[k] = w + '（%s，约%.1f秒处）' % (cid, hit['startMs'] / 1000)
            else:
                why[k] = w + '（%s，坐席末句为「%s」）' % (cid, agent_turns[-1]['text'])
        labels.append({'contactId': cid, 'domain': p['trade'], 'labels': lab, 'why': why})
    specials(contacts, labels, plan)
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for o in contacts:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')


def specials(contacts, labels, plan):
    r = random.Random(77)
    base = BASE_T + 200 * 3600000
    S = [
        ('x01', 'music-autorenew', 'voice', 'no-answer', '拨出后一直振铃无人接听。', None),
        ('x02', 'seat-recall', 'voice', 'busy', '对方忙线，呼叫未接通。', None),
        ('x03', 'coffee-leakrepair', 'voice', 'abandoned', '语音导航排队中客户放弃，没有坐席接入。', None),
        ('x04', 'scooter-repair', 'webchat', 'abandoned', '在线排队中客户离开，坐席未接入。', None),
        ('x05', 'floor-return', 'webchat', 'completed', '整段对话只有机器人，没有人工坐席。', None),
        ('x06', 'stove-aftersales', 'webchat', 'failed', '测试框架故障：页面元素等待超时。', 'E_SELECTOR_TIMEOUT'),
        ('x07', 'music-familyplan', 'voice', 'failed', '测试框架故障：浏览器崩溃。', 'E_BROWSER_CRASHED'),
    ]
    for k, (x, sid, ch, out, why, err) in enumerate(S):
        ev = [{'type': 'started', 'atMs': 0}]
        turns = []
        if ch == 'voice':
            ev.append({'type': 'dialed', 'atMs': 400})
            if out == 'no-answer':
                ev += [{'type': 'ringing', 'atMs': 1500}, {'type': 'ended', 'atMs': 61500}]
            elif out == 'busy':
                ev += [{'type': 'ended', 'atMs': 2600}]
            elif out == 'abandoned':
                ev += [{'type': 'ringing', 'atMs': 1400}, {'type': 'answered', 'atMs': 6200}]
                turns.append({'speaker': 'ivr', 'text': '您好，欢迎致电醇岚咖啡，机器维修请按2。', 'startMs': 6500, 'endMs': 11000, 'confidence': 0.95})
                ev += [{'type': 'dtmf', 'atMs': 12500, 'detail': {'digits': '2'}}, {'type': 'queued', 'atMs': 13000},
                       {'type': 'hangup', 'atMs': 98000, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 98300}]
            else:
                ev += [{'type': 'ringing', 'atMs': 1300}, {'type': 'ended', 'atMs': 4100}]
        else:
            ev.append({'type': 'page-loaded', 'atMs': 1500})
            if out == 'abandoned':
                turns.append({'speaker': 'customer', 'text': '转人工', 'startMs': 6000, 'endMs': 6000, 'confidence': 1.0})
                turns.append({'speaker': 'system', 'text': '正在为您转接人工客服，请稍候。', 'startMs': 7000, 'endMs': 7000, 'confidence': 1.0})
                ev += [{'type': 'queued', 'atMs': 7300}, {'type': 'ended', 'atMs': 190000}]
            elif out == 'completed':
                turns += [{'speaker': 'bot', 'text': '我是净川小净，滚刷配件、自清洁故障都能问我，也可以输入转人工。', 'startMs': 3000, 'endMs': 3000, 'confidence': 1.0},
                          {'speaker': 'customer', 'text': '退货要几天内申请？', 'startMs': 11000, 'endMs': 11000, 'confidence': 1.0},
                          {'speaker': 'bot', 'text': '签收后7天内可申请无理由退货，详情见退货政策页面。', 'startMs': 12000, 'endMs': 12000, 'confidence': 1.0}]
                ev += [{'type': 'ended', 'atMs': 40000}]
            else:
                ev += [{'type': 'ended', 'atMs': 30000}]
        o = {'schemaVersion': 1, 'contactId': 'h22c-' + x, 'scenarioId': sid, 'runId': RUN, 'channel': ch,
             'startedAt': base + k * 3600000, 'durationMs': ev[-1]['atMs'], 'events': ev, 'turns': turns, 'outcome': out,
             'transcriptSource': 'deepgram' if ch == 'voice' else 'chat-dom'}
        if err:
            o['failedBy'] = 'harness'; o['errorCode'] = err
        contacts.append(o)
        labels.append({'contactId': 'h22c-' + x, 'domain': sid.split('-')[0], 'labels': {k2: 'na' for k2 in CHECKS},
                       'why': {'special': why}})


if __name__ == '__main__':
    main()
