# -*- coding: utf-8 -*-
"""Generator for independent-dev14b: writes scenarios/*.yaml, contacts.jsonl, labels.jsonl.

Python 3.11 standard library only; byte-identical output on every run (seeded RNG, fixed order).
Labels are derived here from what was written (line tags + laid-out timestamps); validate.py
re-derives them independently from the written text.
"""
import json
import os
import random
import re

import material as M
from plan import build_plan, SEED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = 'independent-dev14b'
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
DOM = {d['key']: d for d in M.DOMAINS}
SCEN = {s['id']: (d, s) for d in M.DOMAINS for s in d['scen']}
BASE_EPOCH = 1780300800000  # fixed origin; contact i starts i*37 minutes later

PUNCT = '，。？！、；：~…,.?!;:（）()“”"\'《》—-%'
VOICE_ONLY = ['挂', '来电', '按1', '语音', '通话', '风有点大', '信号', '普通话', '说话有点快', '声音', '耳朵', '吵', '没拿稳手机', '按错键']
CHAT_ONLY = ['会话', '弹出', '点一下', '页面', '打字', '截图', '没看到消息', '发我', '发一下', '发到']
WARN = set()


def chan_ok(line, voice):
    return not any(w in line for w in (CHAT_ONLY if voice else VOICE_ONLY))


COURTESY = ['请', '麻烦', '谢谢', '感谢', '抱歉', '不好意思', '对不起']
DIGIT_WORD = {'0': '零', '1': '幺', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}


def spoken_chars(text):
    return len([c for c in text if not c.isspace() and c not in PUNCT])


class Gen:
    def __init__(self, p):
        self.p = p
        self.r = random.Random(p['rng'])
        self.dom, self.sc = SCEN[p['scenario']]
        self.voice = p['channel'] == 'voice'
        self.cold = p['stance'] == 'cold'
        self.steps = []
        self.meta = {}

    # ---------- values ----------
    def num(self, spec):
        kind, prefix, n = spec
        digits = str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(n - 1))
        return prefix + digits

    def say_num(self, s):
        """How a number-like value appears in the transcript (spoken digits in most ASR calls)."""
        if self.p['asr'] and self.spoken:
            out = []
            for ch in s:
                if ch.isdigit():
                    out.append('一' if ch == '1' and self.r.random() < 0.25 else DIGIT_WORD[ch])
                elif ch == '-':
                    continue
                else:
                    out.append(ch)
            return ''.join(out)
        return s

    def setup_values(self):
        r, d = self.r, self.dom
        self.spoken = r.random() < 0.75
        name, role = r.choice(d['agents'])
        self.v = dict(name=name, role=role, sid=self.num(d['sid_fmt']), ref=self.num(d['ref_fmt']),
                      num=self.num(d['num_fmt']), tail='%04d' % r.randint(1000, 9999),
                      tail6='%06d' % r.randint(100000, 999999), surname=r.choice(M.SURNAMES),
                      addr=r.choice(d['addrs']), date=r.choice(d['dates']),
                      amt=str(r.randint(*d['amt_rng'])),
                      pnum=r.choice(d['pnums']), hotline=d['hotline'], baby=r.choice(M.BABIES), age=r.choice(M.AGES),
                      model=r.choice(M.MODELS), year=r.choice(M.YEARS))

    def fill(self, t, **extra):
        vals = dict(self.v)
        vals.update(extra)
        for k in ('sid', 'ref', 'num', 'tail', 'tail6', 'pnum'):
            vals[k] = self.say_num(vals[k])
        return t.format(**vals)

    def ag(self, t, **extra):
        """Scenario-level agent line: cold contacts use 你 instead of 您."""
        s = self.fill(t, **extra)
        return s.replace('您', '你') if self.cold else s

    def cpick(self, seq):
        """Pick a line; a cold contact only takes lines without courtesy words."""
        if self.cold:
            ok = [t for t in seq if not any(w in t for w in COURTESY) and chan_ok(t, self.voice)]
            if ok:
                return self.r.choice(ok)
            raise ValueError('no cold-safe line in %r' % (seq,))
        return self.r.choice(seq)

    def pick(self, seq):
        if seq and all(isinstance(x, str) for x in seq):
            ok = [x for x in seq if chan_ok(x, self.voice)]
            if not ok:
                WARN.add('no %s line in %r' % (self.p['channel'], seq))
                ok = seq
            return self.r.choice(ok)
        return self.r.choice(seq)

    # ---------- script ----------
    def A(self, text, *tags, gap=None):
        self.steps.append(dict(sp='agent', text=text, tags=set(tags), gap=gap))
        return len(self.steps) - 1

    def C(self, text, *tags, gap=None):
        self.steps.append(dict(sp='customer', text=text, tags=set(tags), gap=gap))
        return len(self.steps) - 1

    def build(self):
        p, d, s, r = self.p, self.dom, self.sc, self.r
        cold = self.cold
        req = s['requires']
        self.setup_values()
        pts = {'mid': []}
        # T1 opener
        parts, tags = [], ['T1']
        if cold:
            parts.append('你好，' if p['greet'] else '')
            parts.append(self.pick(d['cold_intro']))
        else:
            parts.append(self.pick(d['greet'] if p['greet'] else d['nogreet']))
        if p['greet']:
            tags.append('greet')
        ok_ids = [t for t in d['id_ok'] if not (cold and '您' in t)]
        idm = p['idmode']
        if idm == 'ok1':
            parts.append(self.fill(self.pick(ok_ids)))
            tags.append('id')
        elif idm == 'bare':
            parts.append(self.pick(d['id_bare']))
        elif idm == 'num':
            parts.append(self.fill(self.pick([t for t in d['id_num'] if not (cold and '您' in t)] or d['id_num'][:1])))
        parts.append(self.pick(d['cold_offer'] if cold else d['offer']))
        self.A(''.join(parts), *tags, gap='firstlate' if p['firstresp'] == 'late' else 'first')
        # C1 issue
        complain = bool(req['empathy']) or p['complain']
        ctext = (self.pick(d['cust_sorry']) if p['sorry'] else '') + self.pick(s['issue'])
        ctags = []
        comp = None
        if complain:
            comp = self.pick(s['complaints'])
            ctext += comp[0]
            ctags.append('complaint')
        ritem = s['req'][0]
        xval = self.xval(ritem)
        if p['reqmode'] == 'vol':
            ctext += self.fill(self.pick(ritem['vol']), x=xval)
        self.C(ctext, *ctags)
        # T2
        if p['dead'] == 'lookup':
            self.A(self.pick(M.AGENT_NEUTRAL_COLD if cold else M.AGENT_NEUTRAL))
        t2, t2tags = '', []
        if complain:
            if p['ackmode'] == 'ack' and not cold:
                t2 += comp[1]
                t2tags.append('ack')
            else:
                nk = self.ag(self.cpick(d['noack']))
                t2 += nk
                if any(re.search(x, nk) for x in ritem['patterns']):
                    t2tags.append('reqask')
        if idm == 'ok2':
            t2 += self.fill(self.pick(ok_ids))
            t2tags.append('id')
        asked = False
        if p['reqmode'] == 'ask':
            t2 += self.ag(self.pick(ritem['cold_ask'] if cold else ritem['ask']))
            t2tags.append('reqask')
            asked = True
        if not t2 or t2.endswith('，'):
            t2 += self.pick(M.AGENT_NEUTRAL_COLD if cold else M.AGENT_NEUTRAL)
        i2 = self.A(t2, *t2tags, gap='dead' if p['dead'] in ('after', 'lookup') else None)
        pts['issue'] = i2
        # C2 req info (with optional customer pause)
        if asked:
            if p['custpause']:
                self.C(self.pick(d['cust_pause']), 'pause')
                self.A(self.ag(self.pick(d['pause_ok'])) if not cold else '行。', 'pause_ok')
                self.C(self.pick(d['cust_found']) + self.fill(self.pick(ritem['give']), x=xval), gap='pause')
                self.meta['custpause'] = True
            else:
                self.C(self.fill(self.pick(ritem['give']), x=xval))
        # verification
        if req['verification']:
            vm = p['verif']
            vi = self.pick([i for i, t in enumerate(d['verify_ask']) if chan_ok(t, self.voice)] or [0])
            vask = d['verify_cold'][0] if cold else d['verify_ask'][vi]
            vgive = self.fill(d['verify_give'][0 if cold else vi])
            disc = self.ag(self.cpick(s['disclose']))
            if vm == 'pass':
                pre = '' if asked or self.steps[-1]['sp'] == 'customer' and not asked and False else ''
                self.A(vask, 'verify')
                pts['mid'].append(len(self.steps))
                self.C(vgive)
                self.A(disc, 'disclose')
                self.C(self.pick(M.CUST_OK))
            elif vm == 'after':
                self.A(disc, 'disclose')
                self.C(self.pick(M.CUST_OK))
                self.A(vask, 'verify')
                self.C(vgive)
                self.A(self.pick(M.AGENT_NEUTRAL_COLD if cold else M.AGENT_NEUTRAL))
            elif vm == 'never':
                self.A(disc, 'disclose')
                self.C(self.pick(M.CUST_OK))
            else:
                if self.steps[-1]['sp'] == 'customer':
                    self.A(self.pick(M.AGENT_NEUTRAL_COLD if cold else M.AGENT_NEUTRAL))
        else:
            if self.steps[-1]['sp'] == 'customer':
                self.A(self.pick(M.AGENT_NEUTRAL_COLD if cold else M.AGENT_NEUTRAL))
        # facts
        facts = s['facts']
        fi = r.randrange(len(facts))
        flipped = None
        for k, f in enumerate(facts):
            mode = p['factdef'] if k == fi else 'right'
            vv = self.pick([f['expected']] + f['variants'])
            ww = self.pick(f['wrong'])
            if mode == 'neg':
                self.C(self.fill(self.pick(f['guess']), w=ww))
            else:
                self.C(self.pick(f['q']))
            if mode in ('right', 'flipped'):
                ans, atag = self.ag(self.cpick(f['right']), v=vv), 'fact:%s:right' % f['key']
            elif mode in ('wrong', 'corrected'):
                ans, atag = self.ag(self.cpick(f['wrong_l']), w=ww), 'fact:%s:wrong' % f['key']
            elif mode == 'none':
                ans, atag = self.ag(self.cpick(f['non'])), 'fact:%s:none' % f['key']
            else:
                ans, atag = self.ag(self.cpick(f['neg']), w=ww, v=vv), 'fact:%s:right' % f['key']
            if k == 0 and p['hold'] != 'none':
                h = p['hold']
                if h == 'noask':
                    pre = self.pick(['让您久等了，', '']) if not cold else ''
                    self.A(pre + ans, atag, *(['holdthanks'] if pre else []), gap='noask')
                else:
                    self.A(self.pick(d['hold_cold'] if cold else d['hold_ask']), 'holdask')
                    thanks = (h == 'ok' or (h == 'short' and r.random() < 0.5)) and not cold
                    pre = self.pick(d['hold_thanks']) if thanks else ''
                    self.A(pre + ans, atag, *(['holdthanks'] if thanks else []), gap='hold' if h in ('ok', 'nothanks') else 'short')
            else:
                j = self.A(ans, atag)
                if k > 0:
                    pts['mid'].append(j)
            if mode == 'corrected':
                self.C(self.pick(M.CUST_NOTED))
                self.A(self.ag(self.cpick(f['correct']), v=vv), 'fact:%s:right' % f['key'])
            if mode == 'flipped':
                flipped = (f, ww)
        # rude line
        if p['stance'] == 'rude':
            trig, line, cat, tcomp = self.pick([x[:4] for x in d['rude'] if len(x) < 5 or s['id'] in x[4]])
            self.C(trig, *(['complaint'] if tcomp else []))
            j = self.A(line, 'rude')
            pts['mid'].append(j)
            self.meta['rude_cat'] = cat
        # late complaint
        if p['latecomp']:
            lc, lack = self.pick(d['late_complaints'])
            self.C(lc, 'complaint')
            if p['ack2'] == 'ack' and not cold:
                j = self.A(lack + self.pick(['我这边会把您的情况备注清楚。', '我会跟进到底。', '这次一定给您落实。']), 'ack')
            else:
                j = self.A(self.ag(self.cpick(d['noack'])))
                if 'reqask' not in self.steps[j]['tags'] and re.search('|'.join(ritem['patterns']), self.steps[j]['text']):
                    self.steps[j]['tags'].add('reqask')
            pts['mid'].append(j)
        # follow-up question about the customer's own matter
        fo = s['follow']
        fm = p['follow']
        if fm != 'none':
            self.C(self.pick(fo['q']), 'follow_q')
            if fm == 'ans':
                j = self.A(self.ag(self.cpick(fo['ans'])), 'follow_ans')
            elif fm == 'refer':
                j = self.A(self.ag(self.cpick(fo['refer'])), 'follow_ans')
            elif fm == 'non':
                j = self.A(self.ag(self.cpick(fo['non'])))
                self.C(self.pick(M.CUST_MEH))
                self.A(self.pick(M.AGENT_NEUTRAL_COLD if cold else M.AGENT_NEUTRAL))
            else:
                j = self.A(self.ag(self.cpick(fo['buck'])), 'buck')
                if fm == 'buck_ans':
                    self.C(self.pick(M.CUST_PUSH))
                    k2 = self.A(self.ag(self.cpick(fo['ans'])), 'follow_ans')
                    pts['mid'].append(k2)
                else:
                    self.C(self.pick(M.CUST_MEH))
                    self.A(self.pick(M.AGENT_NEUTRAL_COLD if cold else M.AGENT_NEUTRAL))
            pts['mid'].append(j)
        if flipped:
            f, ww = flipped
            self.C(self.pick(M.CUST_CONFIRM) + self.pick(f['q']))
            j = self.A(self.ag(self.cpick(f['wrong_l']), w=ww), 'fact:%s:wrong' % f['key'])
            pts['mid'].append(j)
        # side question (incidental)
        if p['side'] != 'none':
            q, shrug, pointer = self.pick(d['side'])
            self.C(q, 'side_q')
            j = self.A(self.ag(shrug if p['side'] == 'shrug' else pointer))
            pts['mid'].append(j)
        # reference
        self.C(self.pick(M.CUST_THANKS_MID))
        refm = p['refmode'] if req['reference'] else self.pick(['ok', 'none', 'none'])
        if refm == 'ok':
            jref = self.A(self.fill(self.pick(d['ref_cold'] if cold else d['ref'])), 'ref')
        elif refm == 'nonref':
            jref = self.A(self.ag(self.cpick(d['nonref'])))
        else:
            jref = self.A(self.pick(M.AGENT_NEUTRAL_COLD if cold else ['好的，我们会尽快处理。', '好的，这边都记下了。', '好的，您放心。']))
        pts['mid'].append(jref)
        # ending
        close = p['close']
        survm = p['survmode'] if req['survey'] else self.pick(['none', 'none', 'ok'])
        surv = ''
        if survm == 'ok':
            surv = self.pick(d['survey_cold'] if cold else d['survey'])
        elif survm == 'look':
            surv = self.ag(self.cpick(d['nonsurvey']))
        stag = ['survey'] if survm == 'ok' else []
        wrap = self.pick(d['wrap_cold'] if cold else d['wrap'])
        closing = self.pick(d['closing_cold'] if cold else d['closing'])
        nonclose = self.pick(d['nonclosing'])
        if close == 'na':
            self.C(self.pick(d['cust_leave']), 'leave')
            self.meta['leave'] = True
            self.meta['hangup_by'] = 'customer'
        elif close == 'ok':
            v = r.randrange(3)
            if v == 0:
                self.A(wrap)
                self.C(self.pick(d['cust_done']))
                self.A(surv + closing, 'closing', *stag)
                if r.random() < 0.5:
                    self.C(self.pick(d['cust_bye']))
            elif v == 1:
                self.A(surv + wrap, *stag)
                self.C(self.pick(d['cust_done']))
                self.A(closing, 'closing')
                if r.random() < 0.5:
                    self.C(self.pick(d['cust_bye']))
            else:
                self.A(surv + wrap, *stag)
                self.C(self.pick(d['cust_done']))
                self.A(closing, 'closing')
                self.C(self.pick(d['cust_bye']))
                self.A(self.pick(['嗯。', '好。', '嗯嗯。']))
            self.meta['hangup_by'] = self.pick(['customer', 'agent'])
        else:
            v = r.randrange(3)
            if v == 0:
                self.A(surv + wrap, *stag)
                self.C(self.pick(d['cust_done']))
                self.A(nonclose)
            elif v == 1:
                if surv:
                    self.A(surv, *stag)
                    self.C(self.pick(M.CUST_NOTED))
                self.A(wrap)
                self.C(self.pick(d['cust_done']))
                self.A(nonclose)
            else:
                if surv:
                    self.A(surv, *stag)
                self.C(self.pick(d['cust_bye']))
            self.meta['hangup_by'] = 'agent' if v == 2 else self.pick(['customer', 'agent'])
        # late id
        if idm == 'late':
            ags = [k for k, st in enumerate(self.steps) if st['sp'] == 'agent']
            k3 = ags[2]
            self.steps[k3]['text'] = self.fill(self.pick([t for t in d['id_late'] if not (cold and '您' in t)] or d['id_late'])) + self.steps[k3]['text']
        self.pts = pts
        self.assign_specials()

    def xval(self, item):
        x = item['x']
        if x == 'num':
            return self.say_num(self.v['num'])
        return self.v[x]

    def assign_specials(self):
        p = self.p
        used = {self.pts['issue']}
        for k, st in enumerate(self.steps):
            if st['gap'] in ('hold', 'short', 'noask', 'dead'):
                used.add(k)
        mids = [k for k in self.pts['mid'] if k not in used and self.steps[k - 1]['sp'] == 'customer' and self.steps[k]['sp'] == 'agent']
        if p['latency'] == 'long' and mids:
            k = mids.pop(0)
            self.steps[k]['gap'] = 'latlong'
        if p['latency'] == 'double' and mids:
            k = mids.pop(0)
            self.steps[k]['double'] = True
        if p['interrupt'] == 'yes':
            for k in list(mids):
                if spoken_chars(self.steps[k - 1]['text']) >= 9 and spoken_chars(self.steps[k]['text']) >= 6:
                    self.steps[k]['gap'] = 'interrupt'
                    mids.remove(k)
                    break
        if p['interrupt'] == 'bc':
            ags = [k for k, st in enumerate(self.steps) if st['sp'] == 'agent']
            after = ags[2] if len(ags) > 2 else 10 ** 6
            cands = [k for k, st in enumerate(self.steps) if st['sp'] == 'customer' and k > after
                     and spoken_chars(st['text']) >= 9 and '？' not in st['text'] and '吗' not in st['text'] and k + 1 < len(self.steps)
                     and self.steps[k + 1]['sp'] == 'agent' and self.steps[k + 1]['gap'] != 'interrupt']
            if cands:
                self.steps[cands[0]]['bc'] = True

    # ---------- layout ----------
    def asr_text(self, text, first_agent):
        r = self.r
        t = text.replace('工号', '公号') if r.random() < 0.5 else text
        out = []
        for i, ch in enumerate(t):
            if ch in PUNCT:
                out.append(' ' if r.random() < 0.45 else '')
                if i < len(t) - 1 and r.random() < 0.22:
                    out.append(r.choice(M.FILLERS))
            else:
                out.append(ch)
        s = ''.join(out).strip()
        if not first_agent and r.random() < 0.15:
            s = r.choice(['呃', '那个', '嗯']) + ' ' + s
        return re.sub(' +', ' ', s)

    def layout(self):
        p, r, s = self.p, self.r, self.sc
        sla = s['sla']
        voice = self.voice
        U = lambda a, b: int(r.uniform(a, b))
        events, turns = [], []
        events.append(dict(type='started', atMs=0))
        if voice:
            t = U(200, 600)
            events.append(dict(type='dialed', atMs=t))
            t += U(800, 2000)
            events.append(dict(type='ringing', atMs=t))
            t += U(3000, 9000)
            events.append(dict(type='answered', atMs=t))
            if p['ivr']:
                d = self.dom
                prompt = '欢迎致电%s，业务咨询请按1，投诉建议请按2，人工服务请按0。' % d['org']
                t += U(200, 500)
                dur = len(prompt) * 210
                turns.append(dict(speaker='ivr', text=prompt, startMs=t, endMs=t + dur, confidence=round(r.uniform(0.9, 0.99), 2)))
                events.append(dict(type='ivr-prompt', atMs=t))
                t += dur + U(800, 2500)
                events.append(dict(type='dtmf', atMs=t, detail=dict(digits='0')))
                t += U(300, 700)
                p2 = '正在为您转接人工服务，请稍候。'
                turns.append(dict(speaker='ivr', text=p2, startMs=t, endMs=t + len(p2) * 210, confidence=round(r.uniform(0.9, 0.99), 2)))
                t += len(p2) * 210
                events.append(dict(type='queued', atMs=t + 100))
                t += U(2000, 15000)
            else:
                t += U(200, 800)
        else:
            t = U(600, 2500)
            events.append(dict(type='page-loaded', atMs=t))
            t += U(400, 1500)
            turns.append(dict(speaker='system', text='您好，正在为您接入人工客服，请稍候……', startMs=t, endMs=t))
            t += U(3000, 30000)
        if p['oddity']:
            events.append(dict(type='transfer', atMs=t - 300, detail={'from': 'queue', 'to': 'agent'}))
        join = t
        events.append(dict(type='agent-joined', atMs=join))
        self.join = join
        # speech rates (ms per spoken char)
        if p['rate'] == 'fast':
            arate = r.uniform(118, 140)
        elif p['rate'] == 'slow':
            arate = r.uniform(680, 820)
        else:
            arate = r.uniform(220, 300)
        crate = r.uniform(200, 300)
        prev_end = join
        prev_sp = None
        prev_turn = None
        first_agent = True
        for k, st in enumerate(self.steps):
            text = st['text']
            if voice and p['asr']:
                text = self.asr_text(text, first_agent and st['sp'] == 'agent')
            n = max(1, spoken_chars(text))
            if voice:
                dur = int(n * (arate if st['sp'] == 'agent' else crate) * r.uniform(0.95, 1.05))
            else:
                dur = 0
            g = st.get('gap')
            sp = st['sp']
            if st.get('double'):
                a = U(9000, 15000)
                nt = r.choice(self.dom['nudge'])
                tn = prev_end + a
                turns.append(dict(speaker='customer', text=nt, startMs=tn, endMs=tn, _tags=set()))
                lo = max(sla['responseLatencyMs'] - a + 2500, 3000)
                prev_end = tn
                gap = U(lo, min(lo + 5000, 28500))
                self.meta['double'] = True
            elif k == 0:
                if g == 'firstlate':
                    gap = U(sla['firstResponseMs'] + 500, 14700) if voice else U(sla['firstResponseMs'] + 1500, 28500)
                else:
                    gap = U(300, 1500) if voice else U(2000, 8000)
            elif g == 'hold':
                gap = U(17000, 42000) if voice else U(36000, 80000)
            elif g == 'short':
                gap = U(8500, 13000) if voice else U(12000, 24000)
            elif g == 'noask':
                gap = U(15800, 19000) if voice else U(32000, 40000)
            elif g == 'dead':
                gap = U(9000, 13500) if voice else U(32000, 45000)
            elif g == 'latlong':
                gap = U(sla['responseLatencyMs'] + 1500, sla['responseLatencyMs'] + 7000)
            elif g == 'pause':
                gap = U(9000, 15000) if voice else U(30000, 50000)
            elif g == 'interrupt' and voice:
                cd = prev_turn['endMs'] - prev_turn['startMs']
                ov = U(1000, max(1100, min(2500, cd - 600, dur - 400)))
                gap = -ov
            else:
                if sp == 'agent' and prev_sp == 'customer':
                    gap = U(400, 1800) if voice else U(3000, 12000)
                elif sp == 'customer' and prev_sp == 'agent':
                    gap = U(300, 1500) if voice else U(4000, 20000)
                elif sp == 'agent':
                    gap = U(300, 800) if voice else U(1500, 5000)
                else:
                    gap = U(500, 1500) if voice else U(3000, 8000)
            start = prev_end + gap
            turn = dict(speaker=sp, text=text, startMs=start, endMs=start + dur, _tags=set(st['tags']))
            if voice:
                turn['confidence'] = round(r.uniform(0.6, 0.98), 2) if p['asr'] else round(r.uniform(0.9, 0.99), 2)
            turns.append(turn)
            if voice and st.get('bc') and sp == 'customer':
                bt = r.choice(M.BACKCHANNEL)
                bs = start + int(dur * r.uniform(0.3, 0.55))
                bdur = max(250, int(len(bt) * arate))
                turns.append(dict(speaker='agent', text=bt, startMs=bs, endMs=bs + bdur, confidence=round(r.uniform(0.6, 0.95), 2), _tags={'bc'}))
                self.meta['bc'] = True
            prev_end = max(prev_end, turn['endMs'])
            prev_sp = sp
            prev_turn = turn
            if sp == 'agent':
                first_agent = False
        turns.sort(key=lambda x: (x['startMs'], 0 if x['speaker'] != 'agent' else 1))
        end = prev_end
        if voice:
            hb = self.meta.get('hangup_by', 'agent')
            end += U(300, 1500)
            events.append(dict(type='hangup', atMs=end, detail=dict(by=hb)))
            end += U(100, 600)
            events.append(dict(type='ended', atMs=end))
        else:
            if self.meta.get('leave'):
                end += U(1000, 3000)
                turns.append(dict(speaker='system', text='访客已结束会话', startMs=end, endMs=end, _tags=set()))
                events.append(dict(type='ended', atMs=end + 200, detail=dict(by='customer')))
                end += 200
            else:
                end += U(2000, 10000)
                events.append(dict(type='ended', atMs=end, detail=dict(by=self.meta.get('hangup_by', 'agent'))))
        self.turns = turns
        self.events = events
        self.end = end

    # ---------- labels (from tags + timestamps) ----------
    def labels(self):
        p, s = self.p, self.sc
        req = s['requires']
        sla = s['sla']
        voice = self.voice
        L, why = {}, {}
        T = self.turns
        ag = [t for t in T if t['speaker'] == 'agent']
        agr = [t for t in ag if 'bc' not in t['_tags']]

        def fail(c, w):
            L[c] = 'fail'
            why[c] = w
        # greeting
        L['greeting'] = 'pass' if 'greet' in ag[0]['_tags'] else 'fail'
        if L['greeting'] == 'fail':
            why['greeting'] = '坐席首句直接进入业务，没有问候语'
        # agent-id
        if any('id' in t['_tags'] for t in ag[:2]):
            L['agent-id'] = 'pass'
        else:
            fail('agent-id', {'bare': '只报了岗位/机构，没有工号或姓名+岗位', 'num': '首轮出现的号码是热线/客户的号码，不是坐席工号',
                              'late': '工号/姓名到第三轮才报出'}.get(p['idmode'], '未自报工号'))
        # closing
        if self.meta.get('leave'):
            L['closing'] = 'na'
        elif any('closing' in t['_tags'] for t in agr[-2:]):
            L['closing'] = 'pass'
        else:
            fail('closing', '坐席最后两轮只有询问/嗯好，没有致谢、祝福或道别')
        # forbidden words / politeness
        rude = any('rude' in t['_tags'] for t in ag)
        buck = any('buck' in t['_tags'] for t in ag)
        if rude:
            fail('forbidden-words', '服务忌语（%s）' % self.meta.get('rude_cat'))
        elif buck:
            fail('forbidden-words', '推诿：把客户自己的问题推给别处，未给号码、时间、转接或承诺')
        else:
            L['forbidden-words'] = 'pass'
        if rude:
            fail('politeness', '出现对客户的不礼貌语句（%s）' % self.meta.get('rude_cat'))
        elif self.cold:
            fail('politeness', '全程生硬：用“你”、无请/谢谢/麻烦，回复简短冷淡')
        else:
            L['politeness'] = 'pass'
        # verification
        if not req['verification']:
            L['verification'] = 'na'
        else:
            iv = next((k for k, t in enumerate(ag) if 'verify' in t['_tags']), None)
            idc = next((k for k, t in enumerate(ag) if 'disclose' in t['_tags']), None)
            if iv is None:
                fail('verification', '未核验身份' + ('就读出了客户记录' if idc is not None else '（只问了查询号码）'))
            elif idc is not None and idc < iv:
                fail('verification', '先读出客户记录，之后才核验身份')
            else:
                L['verification'] = 'pass'
        # timing-based: holds, dead air, latency
        hold_thr = 15000 if voice else 30000
        dead_thr = 8000 if voice else 30000
        holds, deads = [], []
        prev_end = self.join
        prev = None
        first = True
        for t in T:
            if t['speaker'] not in ('agent', 'customer'):
                continue
            if t['speaker'] == 'agent' and 'bc' in t['_tags']:
                continue
            gap = t['startMs'] - prev_end
            if t['speaker'] == 'agent':
                if first:
                    if gap >= dead_thr:
                        deads.append('坐席接入后%.1f秒才开口' % (gap / 1000))
                else:
                    announced = prev is not None and prev['speaker'] == 'agent' and 'holdask' in prev['_tags']
                    if gap >= hold_thr:
                        if announced:
                            holds.append(('ok' if 'holdthanks' in t['_tags'] else 'nothanks', gap))
                        else:
                            holds.append(('noask', gap))
                    if gap >= dead_thr and not announced:
                        deads.append('客户说完后%.1f秒无人应答且未告知' % (gap / 1000))
                first = False
            prev_end = max(prev_end, t['endMs'])
            prev = t
        if not holds:
            L['hold-etiquette'] = 'na'
        else:
            bad = [h for h in holds if h[0] != 'ok']
            if bad:
                fail('hold-etiquette', {'noask': '%.0f秒的长时间静默前没有请客户稍等' % (bad[0][1] / 1000),
                                        'nothanks': '%.0f秒等待后没有致谢/致歉' % (bad[0][1] / 1000)}[bad[0][0]])
            else:
                L['hold-etiquette'] = 'pass'
        if deads:
            fail('dead-air', deads[0])
        else:
            L['dead-air'] = 'pass'
        # interruption
        if not voice:
            L['interruption'] = 'na'
        else:
            hit = None
            for t in agr:
                for c in T:
                    if c['speaker'] == 'customer' and c['startMs'] < t['startMs'] and c['endMs'] - t['startMs'] >= 800:
                        hit = c['endMs'] - t['startMs']
            if hit:
                fail('interruption', '坐席在客户话未说完时抢话（重叠%.1f秒）' % (hit / 1000))
            else:
                L['interruption'] = 'pass'
        # speech rate
        if not voice:
            L['speech-rate'] = 'na'
        else:
            chars = sum(spoken_chars(t['text']) for t in ag)
            ms = sum(t['endMs'] - t['startMs'] for t in ag)
            cpm = chars / (ms / 60000)
            self.meta['cpm'] = cpm
            if 120 <= cpm <= 300:
                L['speech-rate'] = 'pass'
            else:
                fail('speech-rate', '坐席语速约%d字/分钟' % cpm)
        # empathy
        comps = [k for k, t in enumerate(T) if t['speaker'] == 'customer' and 'complaint' in t['_tags']]
        if not comps:
            L['empathy'] = 'na'
            assert not req['empathy'], p['contactId']
        else:
            ok = True
            for k in comps:
                nxt = next((t for t in T[k + 1:] if t['speaker'] == 'agent' and 'bc' not in t['_tags']), None)
                if nxt is None or 'ack' not in nxt['_tags']:
                    ok = False
            if ok:
                L['empathy'] = 'pass'
            else:
                fail('empathy', '客户抱怨/投诉后坐席没有致歉或表示理解，直接走流程')
        # facts
        fa_ok, mis = True, False
        unanswered = []
        for f in s['facts']:
            st = [t for t in ag if any(x.startswith('fact:%s:' % f['key']) for x in t['_tags'])]
            stated = [next(x for x in t['_tags'] if x.startswith('fact:%s:' % f['key'])).split(':')[2] for t in st]
            stated = [x for x in stated if x != 'none']
            if not stated:
                unanswered.append(f['label'])
                fa_ok = False
            elif stated[-1] != 'right':
                fa_ok = False
            if 'wrong' in stated:
                mis = True
        # resolution
        fq = [k for k, t in enumerate(T) if t['speaker'] == 'customer' and 'follow_q' in t['_tags']]
        follow_bad = any(not any('follow_ans' in t['_tags'] for t in T[k + 1:] if t['speaker'] == 'agent') for k in fq)
        if unanswered:
            fail('resolution', '客户问的“%s”没有得到答复' % unanswered[0])
        elif follow_bad:
            fail('resolution', '客户关于自己事情的追问只得到敷衍/推给别处，之后也没有答复')
        else:
            L['resolution'] = 'pass'
        # first response
        fr = ag[0]['startMs'] - self.join
        if fr <= sla['firstResponseMs']:
            L['first-response'] = 'pass'
        else:
            fail('first-response', '坐席接入后%.1f秒才首次回应（SLA %d秒）' % (fr / 1000, sla['firstResponseMs'] // 1000))
        # response latency
        worst = 0
        pending = None
        for t in T:
            if t['speaker'] == 'customer':
                if pending is None:
                    pending = t['endMs']
            elif t['speaker'] == 'agent' and 'bc' not in t['_tags']:
                if pending is not None:
                    worst = max(worst, t['startMs'] - pending)
                pending = None
        if worst > sla['responseLatencyMs']:
            fail('response-latency', '有客户消息%.1f秒后才得到回应（SLA %d秒）' % (worst / 1000, sla['responseLatencyMs'] // 1000))
        else:
            L['response-latency'] = 'pass'
        if fa_ok:
            L['fact-accuracy'] = 'pass'
        else:
            fail('fact-accuracy', '事实未说明或最后一次说法错误')
        if mis:
            fail('no-misinformation', '坐席说出了错误的事实值')
        else:
            L['no-misinformation'] = 'pass'
        if not req['reference']:
            L['record-reference'] = 'na'
        elif any('ref' in t['_tags'] for t in ag):
            L['record-reference'] = 'pass'
        else:
            fail('record-reference', '没有给出工单/受理编号' + ('（只有电话、金额、日期、客户自己的单号或“专人联系”）' if p['refmode'] == 'nonref' else ''))
        if not req['survey']:
            L['survey-offered'] = 'na'
        elif any('survey' in t['_tags'] for t in ag):
            L['survey-offered'] = 'pass'
        else:
            fail('survey-offered', '没有邀请客户评价')
        if any('reqask' in t['_tags'] for t in ag):
            L['required-info'] = 'pass'
        else:
            fail('required-info', '坐席没有询问“%s”（客户自己报的）' % s['req'][0]['label'])
        return {c: L[c] for c in CHECKS}, {c: why[c] for c in CHECKS if c in why}

    def interaction(self):
        inter = dict(schemaVersion=1, contactId=self.p['contactId'], scenarioId=self.sc['id'],
                     runId='%s-run1' % SET, channel=self.p['channel'], startedAt=BASE_EPOCH + self.p['idx'] * 37 * 60000,
                     durationMs=self.end, events=self.events,
                     turns=[{k: v for k, v in t.items() if k != '_tags'} for t in self.turns],
                     outcome='completed', transcriptSource='deepgram' if self.voice else 'chat-dom')
        if self.p['oddity']:
            del inter['durationMs']
        return inter


def specials(start_idx):
    out = []
    r = random.Random(SEED + 1)
    kinds = ['no-answer', 'busy', 'ivr-abandon', 'chat-queue-abandon', 'bot-only', 'harness-selector', 'harness-crash']
    for n, kind in enumerate(kinds):
        d = M.DOMAINS[n % len(M.DOMAINS)]
        s = d['scen'][n % 3]
        cid = 'h7b-%03d' % (start_idx + n + 1)
        base = dict(schemaVersion=1, contactId=cid, scenarioId=s['id'], runId='%s-run1' % SET,
                    startedAt=BASE_EPOCH + (start_idx + n) * 37 * 60000)
        if kind == 'no-answer':
            ev = [dict(type='started', atMs=0), dict(type='dialed', atMs=310), dict(type='ringing', atMs=1720), dict(type='ended', atMs=61720)]
            base.update(channel='voice', durationMs=61720, events=ev, turns=[], outcome='no-answer', transcriptSource='deepgram')
        elif kind == 'busy':
            ev = [dict(type='started', atMs=0), dict(type='dialed', atMs=280), dict(type='status-callback', atMs=1900, detail=dict(sipCode=486)), dict(type='ended', atMs=2100)]
            base.update(channel='voice', durationMs=2100, events=ev, turns=[], outcome='busy', transcriptSource='deepgram')
        elif kind == 'ivr-abandon':
            p1 = '欢迎致电%s，人工服务请按0。' % d['org']
            p2 = '您前面还有6位客户在等待，请耐心等候。'
            ev = [dict(type='started', atMs=0), dict(type='dialed', atMs=350), dict(type='ringing', atMs=1500), dict(type='answered', atMs=6200),
                  dict(type='ivr-prompt', atMs=6500), dict(type='dtmf', atMs=12900, detail=dict(digits='0')), dict(type='queued', atMs=13500),
                  dict(type='hangup', atMs=58200, detail=dict(by='customer')), dict(type='ended', atMs=58500)]
            turns = [dict(speaker='ivr', text=p1, startMs=6500, endMs=11800, confidence=0.95),
                     dict(speaker='ivr', text=p2, startMs=13600, endMs=17400, confidence=0.93)]
            base.update(channel='voice', durationMs=58500, events=ev, turns=turns, outcome='abandoned', transcriptSource='deepgram')
        elif kind == 'chat-queue-abandon':
            ev = [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1400), dict(type='queued', atMs=2100), dict(type='ended', atMs=95300, detail=dict(by='customer'))]
            turns = [dict(speaker='system', text='当前排队人数较多，您前面还有9人，请稍候……', startMs=2100, endMs=2100),
                     dict(speaker='customer', text='怎么还没人？', startMs=48100, endMs=48100),
                     dict(speaker='system', text='访客已结束会话', startMs=95300, endMs=95300)]
            base.update(channel='webchat', durationMs=95300, events=ev, turns=turns, outcome='abandoned', transcriptSource='chat-dom')
        elif kind == 'bot-only':
            ev = [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1200), dict(type='ended', atMs=64000, detail=dict(by='customer'))]
            turns = [dict(speaker='bot', text='您好，我是%s智能助手，请问有什么可以帮您？' % d['orgs'], startMs=1900, endMs=1900),
                     dict(speaker='customer', text=s['issue'][0], startMs=15200, endMs=15200),
                     dict(speaker='bot', text='您可以在首页“服务大厅”里自助办理，还有其他问题吗？', startMs=16100, endMs=16100),
                     dict(speaker='customer', text='算了。', startMs=40800, endMs=40800)]
            base.update(channel='webchat', durationMs=64000, events=ev, turns=turns, outcome='completed', transcriptSource='chat-dom')
        elif kind == 'harness-selector':
            ev = [dict(type='started', atMs=0), dict(type='page-loaded', atMs=2300), dict(type='error', atMs=32300)]
            base.update(channel='webchat', durationMs=32300, events=ev, turns=[], outcome='failed', failedBy='harness',
                        error=dict(code='E_SELECTOR_TIMEOUT', message='selector "#chat-input" not found within 30000 ms'), transcriptSource='chat-dom')
        else:
            ev = [dict(type='started', atMs=0), dict(type='error', atMs=4100)]
            base.update(channel='webchat', durationMs=4100, events=ev, turns=[], outcome='failed', failedBy='harness',
                        error=dict(code='E_BROWSER_CRASHED', message='browser process exited unexpectedly (signal SIGSEGV)'), transcriptSource='chat-dom')
        out.append((base, d['key'], kind))
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(d, s):
    lines = ['id: %s' % s['id'], 'title: %s' % yq(s['title']),
             'description: %s' % yq('独立语料 %s，领域 %s，机构 %s' % (SET, d['key'], d['org'])),
             'channel: [voice, webchat]', 'target: { phone: "%s" }' % s['phone'], 'persona: { name: %s }' % yq(s['persona']),
             'locale: zh-CN', 'steps: [ { end: true } ]', 'facts:']
    for f in s['facts']:
        lines.append('  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
            f['key'], yq(f['label']), yq(f['expected']), yq(f['variants']), yq(f['wrong']), yq(f['cues'])))
    lines.append('requiredInfo:')
    for q in s['req']:
        lines.append('  - { key: %s, label: %s, patterns: %s }' % (q['key'], yq(q['label']), yq(q['patterns'])))
    rq = s['requires']
    lines.append('requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
        'true' if rq[k] else 'false' for k in ('verification', 'reference', 'empathy', 'survey')))
    sl = s['sla']
    lines.append('sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }' % (sl['firstResponseMs'], sl['responseLatencyMs'], sl['handleTimeMs']))
    lines.append('tags: [%s, %s]' % (SET, d['key']))
    return '\n'.join(lines) + '\n'


def main():
    plan = build_plan()
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for d in M.DOMAINS:
        for s in d['scen']:
            with open(os.path.join(OUT, 'scenarios', s['id'] + '.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
                fh.write(scenario_yaml(d, s))
    contacts, labels = [], []
    for p in plan:
        g = Gen(p)
        g.build()
        g.layout()
        L, why = g.labels()
        contacts.append(g.interaction())
        labels.append(dict(contactId=p['contactId'], domain=p['domain'], labels=L, why=why))
    for w in sorted(WARN):
        print('WARN', w)
    for inter, dkey, kind in specials(len(plan)):
        contacts.append(inter)
        labels.append(dict(contactId=inter['contactId'], domain=dkey, labels={c: 'na' for c in CHECKS}, why={}, special=kind))
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    plan_out = [{k: v for k, v in p.items() if k != 'rng'} for p in plan]
    with open(os.path.join(HERE, 'plan.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(plan_out, fh, ensure_ascii=False, indent=0)
        fh.write('\n')


if __name__ == '__main__':
    main()
