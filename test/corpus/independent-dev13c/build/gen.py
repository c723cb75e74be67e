#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the independent-dev13c corpus (Python 3.11, standard library only).

python3 gen.py  -> writes ../scenarios/*.yaml, ../contacts.jsonl, ../labels.jsonl (byte-identical on every run)

The plan (make_plan) decides, with seed 93421, which defects and hard negatives each contact carries;
build() turns a plan entry into turns from the hand-written material; labels() writes the labels the
plan implies.  validate.py re-derives every label from the written text and timestamps.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from material_a import HWY, SKI, WTR  # noqa: E402
from material_b import CRZ, FRT, FNR  # noqa: E402

SET = 'independent-dev13c'
OUT = os.path.dirname(HERE)
SEED = 93421
DOMS = [('hwy', HWY), ('ski', SKI), ('wtr', WTR), ('crz', CRZ), ('frt', FRT), ('fnr', FNR)]
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
FR = [4000, 5000, 6000]
LAT = [5000, 6000, 7000]
REF_PREFIX = {'hwy': 'JY', 'ski': 'BH', 'wtr': 'QW', 'crz': 'HL', 'frt': 'SD', 'fnr': 'SG'}
FILLERS = ['呃', '那个', '嗯', '就是']
PUNCT = set('，。！？、；：…—“”‘’,.!?;:（）() ')
DIGIT_WORD = {'0': '零', '1': '一', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}


def sla_for(di, si):
    n = di * 3 + si
    return {'firstResponseMs': FR[n % 3], 'responseLatencyMs': LAT[(n // 3 + n) % 3], 'handleTimeMs': 900000}


def spoken_len(text):
    return sum(1 for ch in text if ('\u4e00' <= ch <= '\u9fff') or ch.isascii() and ch.isalnum())


# ---------------------------------------------------------------- scenarios

def q(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(di, dk, D, si, S):
    F = S['fact']
    lines = [
        f"id: {S['id']}",
        f"title: {q(S['title'])}",
        'description: ' + q('独立语料 %s，领域 %s（%s），机构 %s' % (SET, dk, D['name'], D['org'])),
        'channel: [voice, webchat]',
        f"target: {{ phone: {q(D['phone'])} }}",
        f"persona: {{ name: {q(S['persona'])} }}",
        'locale: zh-CN',
        'steps: [ { end: true } ]',
        'facts:',
        '  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
            F['key'], q(F['label']), q(F['expected']), q(F['variants']), q(F['wrong']), q(F['cues'])),
        'requiredInfo:',
    ]
    for it in S['reqinfo']:
        lines.append('  - { key: %s, label: %s, patterns: %s }' % (it['key'], q(it['label']), q(it['patterns'])))
    r = S['requires']
    lines.append('requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
        'true' if r[k] else 'false' for k in ('verification', 'reference', 'empathy', 'survey')))
    s = sla_for(di, si)
    lines.append('sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }' % (
        s['firstResponseMs'], s['responseLatencyMs'], s['handleTimeMs']))
    lines.append(f'tags: [{SET}, {dk}]')
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- plan

def make_plan(rng):
    cs = []
    for i in range(150):
        d, k = divmod(i, 25)
        cs.append({'i': i, 'd': d, 'dk': DOMS[d][0], 'k': k, 's': k % 3, 'ch': 'voice' if i % 2 == 0 else 'chat'})
    for d, (dk, D) in enumerate(DOMS):
        for c in cs:
            if c['d'] == d and c['s'] == D['cold']['scenario']:
                c['cold'] = True
                break

    def sc(c):
        return DOMS[c['d']][1]['scenarios'][c['s']]

    def pick(pool, n):
        pool = sorted(pool, key=lambda c: c['i'])
        return rng.sample(pool, n)

    nc = [c for c in cs if not c.get('cold')]
    voice = [c for c in nc if c['ch'] == 'voice']
    chat = [c for c in nc if c['ch'] == 'chat']
    for c in cs:
        c.update(greet='pass', id='pass1', rude=None, buck=False, verif='na', stage='none', inter='none', rate='normal',
                 complaint=None, emp=None, fact='right', fu='answer', side=False, pause=False, pre=None, sorry=False,
                 polite=None, ref=None, survey=None, reqfail=None, volunteer=False, closing='last', fr_fail=False,
                 lat_fail=False, nodur=False, left=False, na_disc=False)
        c['asr'] = c['ch'] == 'voice' and rng.random() < 0.72
    for c in pick([c for c in nc if not sc(c)['requires']['survey']], 10):
        c['left'] = True
    for c in pick(nc, 26):
        c['greet'] = 'fail'
    for c in nc:
        c['id'] = 'pass1' if rng.random() < 0.6 else 'pass2'
    for c, t in zip(pick(nc, 34), ['role'] * 12 + ['org'] * 12 + ['late'] * 10):
        c['id'] = t
    for n, c in enumerate(pick(nc, 24)):
        c['rude'] = (n % 6, 'fact' if n % 3 == 0 else 'fu')
    for c in pick([c for c in nc if not c['rude']], 12):
        c['buck'] = True
    ver = [c for c in nc if sc(c)['requires']['verification']]
    vf = pick(ver, len(ver) // 2)
    vt = (['after', 'never', 'none', 'never', 'after', 'never', 'none'] * 10)[:len(vf)]
    for c, t in zip(vf, vt):
        c['verif'] = t
    for c in ver:
        if c not in vf:
            c['verif'] = 'pass' if rng.random() < 0.85 else 'pass_nd'
    for c in nc:
        if not sc(c)['requires']['verification']:
            c['na_disc'] = rng.random() < 0.5
    vkinds = ['hold_pass'] * 15 + ['hold_nothanks'] * 8 + ['uhold'] * 4 + ['deadair'] * 18 + ['short'] * 8
    for c, t in zip(pick(voice, len(vkinds)), vkinds):
        c['stage'] = t
    ckinds = ['hold_pass'] * 15 + ['hold_nothanks'] * 8 + ['cdeadair'] * 8 + ['short'] * 7
    for c, t in zip(pick(chat, len(ckinds)), ckinds):
        c['stage'] = t
    vi = pick(voice, 47)
    for c in vi[:22]:
        c['inter'] = 'int'
    for c in vi[22:]:
        c['inter'] = 'bc'
    for c, t in zip(pick(voice, 18), ['fast'] * 9 + ['slow'] * 9):
        c['rate'] = t
    for c in nc:
        if sc(c)['requires']['empathy'] or rng.random() < 0.4:
            r = rng.random()
            c['complaint'] = 'open' if r < 0.6 else ('fact' if r < 0.85 else 'both')
    comp = [c for c in nc if c['complaint']]
    for c in pick(comp, int(len(comp) * 0.45)):
        c['emp'] = 'fail'
    for c in comp:
        c['emp'] = c['emp'] or 'pass'
    fts = ['wrong'] * 16 + ['corrected'] * 14 + ['negated'] * 6 + ['never'] * 12 + ['recovered'] * 10
    for c, t in zip(pick(nc, len(fts)), fts):
        c['fact'] = t
    for c in pick([c for c in nc if c['fact'] in ('right', 'wrong', 'corrected', 'negated') and not c['buck']], 15):
        c['fu'] = 'nonanswer'
    for c in pick([c for c in nc if not c['left'] and c['fact'] != 'never' and c['fu'] == 'answer'], 30):
        c['side'] = True
    for c in pick(nc, 20):
        c['pause'] = True
    for c in pick(voice, 25):
        c['pre'] = 'ivr'
    for c in pick(chat, 15):
        c['pre'] = 'bot'
    for c in pick([c for c in nc if not c['complaint']], 15):
        c['sorry'] = True
    pol = [c for c in nc if not c['buck'] and not c['rude']]
    for n, c in enumerate(pick(pol, 45)):
        if n % 4 == 3 and c['emp'] != 'fail':
            c['polite'] = 'understand'
        else:
            c['polite'] = n % 3
    refr = [c for c in nc if sc(c)['requires']['reference']]
    rf = pick(refr, len(refr) // 2)
    for n, c in enumerate(rf):
        c['ref'] = ['none', 'phone', 'own', 'contact', 'date'][n % 5]
    for c in refr:
        c['ref'] = c['ref'] or 'pass'
    for c in nc:
        if not sc(c)['requires']['reference']:
            c['ref'] = 'extra' if rng.random() < 0.3 else 'none'
    sur = [c for c in nc if sc(c)['requires']['survey']]
    for c in pick(sur, 38):
        c['survey'] = 'none'
    for c in sur:
        c['survey'] = c['survey'] or 'pass'
    for c in nc:
        if not sc(c)['requires']['survey']:
            c['survey'] = 'none' if c['left'] or rng.random() < 0.7 else 'extra'
    for c in pick(nc, 22):
        c['reqfail'] = rng.randrange(len(sc(c)['reqinfo']))
        c['volunteer'] = rng.random() < 0.5
    cl = [c for c in nc if not c['left']]
    for n, c in enumerate(pick(cl, 28)):
        c['closing'] = 'short' if n % 5 < 3 else 'stop'
    for c in cl:
        if c['closing'] == 'last':
            c['closing'] = rng.choice(['last', 'last', 'penult', 'single'])
    for c in pick(nc, 26):
        c['fr_fail'] = True
    for c in pick(nc, 28):
        c['lat_fail'] = True
    for n, c in enumerate(pick(nc, 4)):
        c['nodur'] = ['transfer', 'supervisor-listen', 'recording-paused', 'sentiment-alert'][n]
    for c in cs:
        if c.get('cold'):
            c.update(closing='stop', survey='none', ref='pass' if DOMS[c['d']][1]['cold']['ref'] else 'none')
    return cs


# ---------------------------------------------------------------- contact building

class Builder:
    def __init__(self, c, rng):
        self.c, self.rng = c, rng
        self.beats, self.pend = [], []

    def A(self, pieces, gk=None):
        p = self.pend + pieces
        self.pend = []
        if gk is None:
            gk = 'reply' if self.beats and self.beats[-1]['sp'] == 'customer' else 'cont'
        self.beats.append({'sp': 'agent', 'pieces': p, 'gk': gk})
        return len(self.beats) - 1

    def C(self, pieces, gk='cust', tag=None):
        self.beats.append({'sp': 'customer', 'pieces': pieces, 'gk': gk, 'tag': tag})
        return len(self.beats) - 1

    def stage(self, kind, content, D):
        ch = self.rng.choice
        if kind == 'hold_pass':
            first = self.A([('hold_ask', ch(D['hold_ask']))])
            self.A([('hold_thanks', ch(D['hold_thanks']))] + content, gk='hold')
        elif kind == 'hold_nothanks':
            first = self.A([('hold_ask', ch(D['hold_ask']))])
            self.A(content, gk='hold')
        elif kind == 'short':
            first = self.A([('hold_ask', ch(D['hold_ask']))])
            extra = [('hold_thanks', ch(D['hold_thanks']))] if self.rng.random() < 0.5 else []
            self.A(extra + content, gk='short')
        elif kind == 'uhold':
            first = self.A([] if self.pend else [('neutral', ch(D['neutral']))])
            self.A([('hold_thanks', ch(D['hold_thanks']))] + content, gk='uhold')
        elif kind in ('deadair', 'cdeadair'):
            first = self.A([] if self.pend else [('neutral', ch(D['neutral']))])
            self.A([('resume', ch(D['resume']))] + content, gk=kind)
        else:
            first = self.A(content)
        return first


def fits(D, key, si):
    return [x for x, f in zip(D[key], D['fit'][key]) if str(si) in f]


def build(c, rng):
    dk, D = DOMS[c['d']]
    S = D['scenarios'][c['s']]
    F = S['fact']
    ch = rng.choice
    b = Builder(c, rng)
    info = {}
    if c.get('cold'):
        K = D['cold']
        b.A([('cold', K['opener'])], gk='first')
        b.C([('intent', ch(S['intent']))])
        for j, ask in enumerate(K['asks']):
            b.A([('cold', ask)])
            b.C([('answer', S['reqinfo'][j]['answers'][0])])
        b.A([('cold', '记下了。')])
        b.C([('fact_q', F['q'][0])], tag='factq')
        b.A([('cold', K['fact'])])
        fq, fa = S['fu'][0]
        b.C([('fu_q', fq)], tag='fuq')
        b.A([('cold', K['fu'])])
        end = ([('ref', K['ref'])] if K['ref'] else []) + [('cold', K['end'])]
        b.A(end, gk='cont')
        b.C([('x', ch(D['cust_final']))])
        info['hangup'] = 'customer'
        return b.beats, info

    # opener
    if c['greet'] == 'pass':
        op = [('greet', ch(D['greet']) if c['id'] != 'org' else ch(['您好，', '您好！', '你好，']))]
    else:
        op = [('nogreet', ch(D['nogreet']))]
    if c['id'] == 'pass1':
        op.append(('id', ch(D['id'])))
    elif c['id'] in ('role', 'late'):
        op.append(('noid', ch(D['noid_role'])))
    elif c['id'] == 'org':
        op.append(('noid', ch(D['noid_org'])))
    op.append(('offer', ch(D['offer'])))
    b.A(op, gk='first')

    comps = rng.sample(fits(D, 'complaints', c['s']), 2)
    if c['rude']:
        c['rude_line'] = ch(fits(D, 'rude', c['s']))
    understand = c['polite'] == 'understand' and str(c['s']) in D['fit']['understand']
    pol_line = ch(fits(D, 'polite', c['s'])) if c['polite'] is not None and not understand else None
    info['complaints'] = []
    items = S['reqinfo']
    ip = []
    if c['sorry']:
        ip.append(('sorry', D['sorry']))
    ip.append(('intent', ch(S['intent'])))
    if c['complaint'] in ('open', 'both'):
        ip.append(('complaint', comps[0][0]))
        info['complaints'].append(comps[0][0])
    if c['reqfail'] is not None and c['volunteer']:
        ip.append(('volunteer', items[c['reqfail']]['answers'][1]))
    b.C(ip, tag='intent')
    emp_fail_first = c['emp'] == 'fail' and (c['complaint'] == 'open' or (c['complaint'] == 'both' and rng.random() < 0.5))
    if c['complaint'] in ('open', 'both'):
        b.pend.append(('noack', ch(D['noack'])) if emp_fail_first else ('ack', comps[0][1]))
    elif understand:
        b.pend.append(('polite', D['understand']))

    vq, vd = ch(D['verify'])
    verif = c['verif']
    vask_at = rng.randrange(len(items) + 1) if verif in ('pass', 'pass_nd') else -1
    first = True
    for j, it in enumerate(items):
        asked = c['reqfail'] != j
        p = []
        if first and c['id'] == 'pass2':
            p.append(('id', ch(D['id'])))
        if asked:
            p.append(('ask', ch(it['asks'])))
        if vask_at == j:
            p.append(('verify', vq))
        if not p and not first:
            continue
        if not p:
            p.append(('neutral', ch(D['neutral'])))
        gk = 'interrupt' if first and c['inter'] == 'int' else None
        b.A(p, gk=gk)
        first = False
        ans = []
        if asked:
            ans.append(('answer', ch(it['answers'])))
        if vask_at == j:
            ans.append(('vdata', vd))
        if not ans:
            continue
        if c['pause'] and asked and 'paused' not in info:
            info['paused'] = True
            pq, pok, pafter = D['pause']
            b.C([('pause', pq)])
            b.A([('pause_ok', pok)])
            ans[0] = ('answer', pafter + ans[0][1])
            b.C(ans, gk='cust_pause')
        else:
            b.C(ans)
    if vask_at == len(items):
        b.A([('verify', vq)])
        b.C([('vdata', vd)])
    if verif in ('pass', 'pass_nd'):
        b.pend.append(('vok', ch(D['verify_ok'])))
    if c['id'] == 'late':
        b.pend.append(('id', '另外说一下，' + ch(D['id'])))

    has_disc = verif in ('pass', 'after', 'never') or (verif == 'na' and c['na_disc'])
    if has_disc:
        b.stage(c['stage'], [('disclose', ch(S['disclose']))], D)
        if verif == 'after':
            b.A([('x', '对了，刚才忘了核对身份，'), ('verify', vq)], gk='cont')
            b.C([('vdata', vd)])
            b.A([('vok', ch(D['verify_ok']))])
    elif b.beats[-1]['sp'] == 'customer':
        b.A([('neutral', ch(D['neutral']))])

    # fact question
    fq = []
    if c['complaint'] in ('fact', 'both'):
        fq.append(('complaint', comps[1][0]))
        info['complaints'].append(comps[1][0])
    fq.append(('fact_q', ch(F['q'])))
    b.C(fq, tag='factq')
    if c['complaint'] in ('fact', 'both'):
        fail2 = c['emp'] == 'fail' and not emp_fail_first
        b.pend.insert(0, ('noack', ch(D['noack'])) if fail2 else ('ack', comps[1][1]))
    ans = []
    if c['rude'] and c['rude'][1] == 'fact':
        ans.append(('rude', c['rude_line'][1]))
    ft = c['fact']
    na_lines = rng.sample(D['nonanswer'], 2)
    if ft == 'right':
        ans.append(('fact', ch(F['right'])))
    elif ft == 'wrong':
        ans.append(('fact', ch(F['wrong_lines'])))
    elif ft == 'corrected':
        ans.append(('fact', F['corrected'][0]))
    elif ft == 'negated':
        ans.append(('fact', F['negated'][0]))
    else:
        ans.append(('nonanswer', na_lines[0]))
    n0 = len(b.beats)
    if has_disc:
        b.A(ans)
    else:
        b.stage(c['stage'], ans, D)
    if c['lat_fail']:
        b.beats[n0]['gk'] = 'latfail'

    # follow-up
    fuq, fua = ch(S['fu'])
    b.C([('fu_q', fuq)], tag='fuq')
    if c['buck']:
        b.A([('buck', ch(fits(D, 'buck', c['s'])))])
        b.C([('pushback', ch(D['pushback']))])
    ap = []
    if c['rude'] and c['rude'][1] == 'fu':
        ap.append(('rude', c['rude_line'][1]))
    ap.append(('nonanswer', na_lines[1]) if c['fu'] == 'nonanswer' else ('fu_answer', fua))
    if pol_line:
        ap.append(('polite', pol_line))
    if c['left'] and c['ref'] not in ('none', None):
        ap.append(ref_piece(c, D))
    b.A(ap)
    if ft == 'recovered':
        b.A([('recover', D['recover']), ('fact', ch(F['right']))], gk='cont')
    if c['side']:
        sq, sa = ch(D['side'])
        b.C([('side_q', sq)])
        b.A([('side_shrug', sa)])
    if c['left']:
        b.C([('leave', ch(D['leave']))])
        info['hangup'] = 'customer'
        return b.beats, info
    p = []
    if c['ref'] not in ('none', None):
        p.append(ref_piece(c, D))
    if c['survey'] in ('pass', 'extra'):
        p.append(('survey', ch(D['survey'])))
    ck = c['closing']
    cl = rng.sample(D['closing'], 2)
    if ck == 'single':
        b.A(p + [('closing', cl[0])])
        b.C([('x', ch(D['cust_final']))])
        info['hangup'] = 'customer'
    elif ck == 'penult':
        b.A(p + [('closing', cl[0])])
        b.C([('x', ch(D['cust_final']))])
        b.A([('closing', cl[1])])
        info['hangup'] = rng.choice(['agent', 'customer'])
    elif ck == 'last':
        b.A(p + [('wrap', ch(D['wrap']))])
        b.C([('x', ch(D['cust_final']))])
        b.A([('closing', cl[0])])
        info['hangup'] = rng.choice(['agent', 'customer'])
    elif ck == 'short':
        b.A(p + [('wrap', ch(D['wrap']))])
        b.C([('x', ch(D['cust_final']))])
        b.A([('final_agent', ch(D['final_agent']))])
        info['hangup'] = rng.choice(['agent', 'customer'])
    else:  # stop
        b.A(p + [('wrap', ch(D['wrap']))])
        b.C([('x', ch(D['cust_final']))])
        info['hangup'] = 'customer'
    return b.beats, info


def ref_piece(c, D):
    r = c['ref']
    if r in ('pass', 'extra'):
        return ('ref', c['_rng'].choice(D['ref']))
    if r == 'own':
        S = D['scenarios'][c['s']]
        for it in S['reqinfo']:
            for a in it['answers']:
                m = re.search(r'[A-Z]*\{[0-9A-Z]+\}', a)
                if m:
                    return ('nonref', f"您报的{it['label']}{m.group(0)}我这边备注好了，")
    return ('nonref', D['nonref'][r])


# ---------------------------------------------------------------- rendering and timing

def render(pieces, c, rng, ref_code, first_agent):
    out = []
    for n, (cat, txt) in enumerate(pieces):
        s = txt.replace('<REF>', '{' + ref_code + '}')
        if c['asr']:
            s = ''.join(ch for ch in s if ch not in PUNCT)
            res, inb = [], False
            for chh in s:
                if chh == '{':
                    inb = True
                elif chh == '}':
                    inb = False
                elif inb and chh in DIGIT_WORD:
                    res.append('幺' if chh == '1' and c['yao'] else DIGIT_WORD[chh])
                else:
                    res.append(chh)
            s = ''.join(res)
            if n > 0 or not first_agent:
                if rng.random() < 0.22:
                    s = rng.choice(FILLERS) + s
        else:
            s = s.replace('{', '').replace('}', '')
        out.append(s)
    if c['asr']:
        text = ''
        for s in out:
            text += ((' ' if rng.random() < 0.4 else '') if text else '') + s
        if c['homo'] and '工号' in text:
            text = text.replace('工号', '公号')
        if c['homo'] and '工单' in text and rng.random() < 0.5:
            text = text.replace('工单', '公单')
        return text.strip()
    text = ''.join(out)
    if text.endswith('，'):
        text = text[:-1] + '。'
    elif text[-1] not in '。！？':
        text += '。'
    return text


def U(rng, a, b):
    return int(rng.uniform(a, b))


def timeline(c, beats, info, rng, sla):
    dk, D = DOMS[c['d']]
    voice = c['ch'] == 'voice'
    ev, turns = [], []
    ref_code = REF_PREFIX[dk] + str(rng.randint(1000000, 9999999))
    if voice:
        t = U(rng, 100, 300)
        ev.append({'type': 'started', 'atMs': 0})
        ev.append({'type': 'dialed', 'atMs': t})
        t += U(rng, 700, 1600)
        ev.append({'type': 'ringing', 'atMs': t})
        t += U(rng, 3000, 9000)
        ev.append({'type': 'answered', 'atMs': t})
        if c['pre'] == 'ivr':
            txt = f"您好，欢迎致电{D['org']}，为了提升服务质量，您的通话可能会被录音。咨询业务请按1，投诉建议请按2。"
            s = t + 300
            e = s + int(spoken_len(txt) * 60000 / 240)
            turns.append({'speaker': 'ivr', 'text': txt, 'startMs': s, 'endMs': e, 'confidence': 0.97})
            ev.append({'type': 'ivr-prompt', 'atMs': s})
            t = e + U(rng, 1200, 3000)
            ev.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '1'}})
            ev.append({'type': 'queued', 'atMs': t + 400})
            t += U(rng, 6000, 25000)
        else:
            t += U(rng, 200, 600)
    else:
        ev.append({'type': 'started', 'atMs': 0})
        t = U(rng, 700, 1500)
        ev.append({'type': 'page-loaded', 'atMs': t})
        if c['pre'] == 'bot':
            t += U(rng, 500, 1200)
            turns.append({'speaker': 'bot', 'text': f"您好，我是{D['org']}的智能助手，请问有什么可以帮您？", 'startMs': t, 'endMs': t})
            t += U(rng, 5000, 12000)
            turns.append({'speaker': 'customer', 'text': '转人工', 'startMs': t, 'endMs': t})
            ev.append({'type': 'handoff-requested', 'atMs': t})
            t += U(rng, 600, 1500)
            turns.append({'speaker': 'bot', 'text': '正在为您转接人工客服，请稍候。', 'startMs': t, 'endMs': t})
        t += U(rng, 3000, 15000)
        turns.append({'speaker': 'system', 'text': '人工客服已接入', 'startMs': t, 'endMs': t})
    joined = t
    ev.append({'type': 'agent-joined', 'atMs': joined})
    base = {'normal': rng.uniform(170, 240), 'fast': rng.uniform(350, 400), 'slow': rng.uniform(75, 95)}[c['rate']]
    fr, lat = sla['firstResponseMs'], sla['responseLatencyMs']
    prev_end = joined
    last_cust = None
    first_agent_done = False
    for bt in beats:
        text = render(bt['pieces'], c, rng, ref_code, bt['sp'] == 'agent' and not first_agent_done)
        n = spoken_len(text)
        gk = bt['gk']
        if bt['sp'] == 'agent':
            if voice:
                gap = {'first': (lambda: fr + U(rng, 500, 7800 - fr)) if c['fr_fail'] else (lambda: U(rng, 700, 2500)),
                       'reply': lambda: U(rng, 400, 2200), 'cont': lambda: U(rng, 300, 1000),
                       'interrupt': lambda: U(rng, 400, 2200), 'latfail': lambda: lat + U(rng, 400, 7800 - lat),
                       'hold': lambda: U(rng, 16000, 45000), 'short': lambda: U(rng, 9000, 13000),
                       'uhold': lambda: U(rng, 16000, 22000), 'deadair': lambda: U(rng, 8500, 13500)}[gk]()
                start = prev_end + gap
                if gk == 'interrupt':
                    cd = last_cust['endMs'] - last_cust['startMs']
                    ov = U(rng, 1000, max(1001, min(2000, cd - 300)))
                    start = last_cust['endMs'] - ov
                if gk == 'latfail' and c['inter'] == 'int':
                    pass
                dur = int(n * 60000 / (base * rng.uniform(0.94, 1.06)))
                turn = {'speaker': 'agent', 'text': text, 'startMs': start, 'endMs': start + dur}
            else:
                gap = {'first': (lambda: fr + U(rng, 2000, 15000)) if c['fr_fail'] else (lambda: U(rng, 1500, 3500)),
                       'reply': lambda: U(rng, 1500, lat - 700), 'cont': lambda: U(rng, 1500, 4000),
                       'interrupt': lambda: U(rng, 1500, lat - 700), 'latfail': lambda: lat + U(rng, 3000, 15000),
                       'hold': lambda: U(rng, 35000, 90000), 'short': lambda: U(rng, 12000, 25000),
                       'cdeadair': lambda: U(rng, 32000, 50000)}[gk]()
                start = prev_end + gap
                turn = {'speaker': 'agent', 'text': text, 'startMs': start, 'endMs': start}
            first_agent_done = True
        else:
            if voice:
                gap = U(rng, 12000, 25000) if gk == 'cust_pause' else U(rng, 300, 1500)
                start = prev_end + gap
                dur = int(n * 60000 / rng.uniform(220, 280))
                turn = {'speaker': 'customer', 'text': text, 'startMs': start, 'endMs': start + dur}
            else:
                gap = U(rng, 40000, 80000) if gk == 'cust_pause' else U(rng, 4000, 16000)
                start = prev_end + gap
                turn = {'speaker': 'customer', 'text': text, 'startMs': start, 'endMs': start}
        if voice:
            turn['confidence'] = round(rng.uniform(0.6, 0.95) if c['asr'] else rng.uniform(0.9, 0.98), 2)
        turns.append(turn)
        if voice and bt['sp'] == 'customer' and c['inter'] == 'bc' and bt.get('tag') in ('factq', 'fuq') \
                and not info.get('bc_done') and (bt.get('tag') == 'fuq' or rng.random() < 0.5):
            info['bc_done'] = True
            d = turn['endMs'] - turn['startMs']
            bs = turn['startMs'] + int(d * 0.45)
            turns.append({'speaker': 'agent', 'text': rng.choice(['嗯', '对', '嗯嗯', '好的']), 'startMs': bs,
                          'endMs': min(bs + 380, turn['endMs'] - 50), 'confidence': round(rng.uniform(0.6, 0.9), 2)})
        prev_end = max(prev_end, turn['endMs'])
        if bt['sp'] == 'customer':
            last_cust = turn
    if voice:
        t = prev_end + U(rng, 500, 1500)
        ev.append({'type': 'hangup', 'atMs': t, 'detail': {'by': info.get('hangup', 'customer')}})
        t += U(rng, 200, 400)
        ev.append({'type': 'ended', 'atMs': t})
    else:
        t = prev_end + U(rng, 2000, 6000)
        if info.get('hangup') == 'customer' and c['left']:
            turns.append({'speaker': 'system', 'text': '访客已结束会话', 'startMs': t, 'endMs': t})
        t += U(rng, 300, 1000)
        ev.append({'type': 'ended', 'atMs': t, 'detail': {'by': info.get('hangup', 'customer')}})
    if c['nodur']:
        mid = turns[len(turns) // 2]['startMs']
        ev.append({'type': c['nodur'], 'atMs': mid, 'detail': {'note': 'centre-side event'}})
    ev.sort(key=lambda e: e['atMs'])
    return ev, turns, t


# ---------------------------------------------------------------- labels

def labels_for(c):
    dk, D = DOMS[c['d']]
    S = D['scenarios'][c['s']]
    R = S['requires']
    L, W = {}, {}
    voice = c['ch'] == 'voice'

    def fail(k, why):
        L[k] = 'fail'
        W[k] = why

    if c.get('cold'):
        K = D['cold']
        ok_greet = K['opener'].startswith(('你好', '您好'))
        L.update({k: 'pass' for k in CHECKS})
        if not ok_greet:
            fail('greeting', '首句直接报机构名，没有问候语')
        fail('agent-id', '全程未报工号或姓名')
        fail('closing', '最后两句只有“' + K['end'] + '”之类的收尾，没有致谢/祝福/道别')
        fail('politeness', '全程冷硬：称“你”、无请/麻烦/谢谢、一句一两字的回复')
        L['verification'] = 'na'
        L['hold-etiquette'] = 'na'
        L['empathy'] = 'na'
        if not voice:
            L['interruption'] = L['speech-rate'] = 'na'
        L['record-reference'] = 'pass' if R['reference'] else 'na'
        if R['survey']:
            fail('survey-offered', '未邀请满意度评价')
        else:
            L['survey-offered'] = 'na'
        return L, W
    L['greeting'] = 'pass'
    if c['greet'] == 'fail':
        fail('greeting', '坐席首句没有问候语，直接进入业务')
    L['agent-id'] = 'pass'
    if c['id'] == 'role':
        fail('agent-id', '前两句只说了岗位（我是…），没有工号或姓名')
    elif c['id'] == 'org':
        fail('agent-id', '前两句只报了机构名/热线号码，没有坐席本人的工号或姓名')
    elif c['id'] == 'late':
        fail('agent-id', '工号/姓名在第三句以后才报，前两句只有岗位')
    if c['left']:
        L['closing'] = 'na'
    elif c['closing'] in ('short', 'stop'):
        fail('closing', '最后两句坐席话语只有收尾询问和“嗯/好”，没有致谢/祝福/道别' if c['closing'] == 'short'
             else '坐席问完“还有别的吗”就不再说话，客户挂机，没有结束语')
    else:
        L['closing'] = 'pass'
    L['forbidden-words'] = 'pass'
    L['politeness'] = 'pass'
    if c['rude']:
        cat, line = c['rude_line']
        fail('forbidden-words', f'服务忌语（{cat}）：“{line.rstrip("，")}”')
        fail('politeness', f'对客户说了失礼的话：“{line.rstrip("，")}”')
    elif c['buck']:
        fail('forbidden-words', '推诿：把客户往别处推，没有给号码、时间、转接或自己跟进（后来才作答）')
    v = c['verif']
    if not R['verification']:
        L['verification'] = 'na'
    elif v in ('pass', 'pass_nd'):
        L['verification'] = 'pass'
    else:
        fail('verification', {'after': '先读出/办理了客户的记录，之后才核验身份',
                              'never': '只要了单号（查询信息）就读出客户记录，从未核验身份',
                              'none': '本场景要求核身，坐席全程没有核验身份'}[v])
    st = c['stage']
    if st == 'hold_pass':
        L['hold-etiquette'] = 'pass'
    elif st == 'hold_nothanks':
        fail('hold-etiquette', '请客户稍等后长时间静默，回来没有致谢/致歉')
    elif st == 'uhold':
        fail('hold-etiquette', '未请客户等待就静默15秒以上（回来虽道了久等）')
    elif st == 'cdeadair':
        fail('hold-etiquette', '未告知等待就让客户干等30秒以上，回来也没致谢')
    else:
        L['hold-etiquette'] = 'na'
    L['interruption'] = 'na' if not voice else 'pass'
    if c['inter'] == 'int':
        fail('interruption', '客户陈述诉求时坐席抢话，重叠超过0.8秒')
    L['dead-air'] = 'pass'
    if st in ('deadair', 'uhold', 'cdeadair'):
        fail('dead-air', '坐席说完一句后未告知就静默' + ('8秒以上' if voice else '30秒以上'))
    L['speech-rate'] = 'na' if not voice else 'pass'
    if c['rate'] == 'fast':
        fail('speech-rate', '坐席语速明显过快（每分钟300字以上）')
    elif c['rate'] == 'slow':
        fail('speech-rate', '坐席语速明显过慢（每分钟不足120字）')
    if c['complaint']:
        if c['emp'] == 'fail':
            fail('empathy', '客户抱怨/投诉后，坐席的回复直接走流程，没有致歉或表示理解')
        else:
            L['empathy'] = 'pass'
    else:
        L['empathy'] = 'na'
    L['resolution'] = 'pass'
    if c['fact'] == 'never':
        fail('resolution', f'客户问的“{S["fact"]["label"]}”只得到“不清楚/说不了”，之后也没有答复')
    elif c['fu'] == 'nonanswer':
        fail('resolution', '客户对自己事项的追问只得到不清楚/答复不了，之后没有补充')
    L['first-response'] = 'pass'
    if c['fr_fail']:
        fail('first-response', '坐席接入后首句超过场景规定的首响时限')
    L['response-latency'] = 'pass'
    if c['lat_fail']:
        fail('response-latency', '客户提问后坐席回复超过场景规定的响应时限')
    ft = c['fact']
    L['fact-accuracy'] = 'pass'
    L['no-misinformation'] = 'pass'
    if ft == 'wrong':
        fail('fact-accuracy', f'“{S["fact"]["label"]}”答错，且未更正')
        fail('no-misinformation', f'说了错误的“{S["fact"]["label"]}”')
    elif ft == 'never':
        fail('fact-accuracy', f'“{S["fact"]["label"]}”始终没有说出')
    elif ft == 'corrected':
        fail('no-misinformation', '先说了错误的值，虽随后更正')
    elif ft == 'negated':
        fail('no-misinformation', '先否定了正确的值（不是……），随后才确认')
    if not R['reference']:
        L['record-reference'] = 'na'
    elif c['ref'] == 'pass':
        L['record-reference'] = 'pass'
    else:
        fail('record-reference', {'none': '没有给出工单/受理编号', 'phone': '只给了电话号码，没有工单编号',
                                  'own': '只复述了客户自己的单号/车牌，没有新的受理编号',
                                  'contact': '只说“会有专人联系”，没有编号', 'date': '只说了日期，没有编号'}[c['ref']])
    if not R['survey']:
        L['survey-offered'] = 'na'
    elif c['survey'] == 'pass':
        L['survey-offered'] = 'pass'
    else:
        fail('survey-offered', '未邀请客户评价')
    if c['reqfail'] is not None:
        it = S['reqinfo'][c['reqfail']]
        fail('required-info', f'坐席没有询问“{it["label"]}”' + ('（客户自己说了，但坐席没问）' if c['volunteer'] else ''))
    else:
        L['required-info'] = 'pass'
    return L, W


# ---------------------------------------------------------------- special contacts

def specials(rng, t0):
    out = []
    sid = 'hwy-breakdown'

    def base(cid, ch, scen, k):
        return {'schemaVersion': 1, 'contactId': cid, 'scenarioId': scen, 'channel': ch,
                'startedAt': t0 + 200 * 2700000 + k * 1800000}
    c = base('h6c-x-noanswer-v', 'voice', sid, 0)
    c.update(durationMs=61500, events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 210},
                                       {'type': 'ringing', 'atMs': 1400}, {'type': 'ended', 'atMs': 61500}],
             turns=[], outcome='no-answer', transcriptSource='deepgram')
    out.append((c, 'hwy'))
    c = base('h6c-x-busy-v', 'voice', 'ski-refund', 1)
    c.update(durationMs=2300, events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 180},
                                      {'type': 'status-callback', 'atMs': 2100, 'detail': {'sip': 486}},
                                      {'type': 'ended', 'atMs': 2300}], turns=[], outcome='busy', transcriptSource='deepgram')
    out.append((c, 'ski'))
    ivr = '您好，欢迎致电清泉源净水租赁，报修请按1，租赁咨询请按2。'
    c = base('h6c-x-ivrabandon-v', 'voice', 'wtr-leak', 2)
    c.update(durationMs=74200, events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 200},
                                       {'type': 'ringing', 'atMs': 1300}, {'type': 'answered', 'atMs': 5100},
                                       {'type': 'ivr-prompt', 'atMs': 5400}, {'type': 'dtmf', 'atMs': 14800, 'detail': {'digits': '1'}},
                                       {'type': 'queued', 'atMs': 15200}, {'type': 'hangup', 'atMs': 73900, 'detail': {'by': 'customer'}},
                                       {'type': 'ended', 'atMs': 74200}],
             turns=[{'speaker': 'ivr', 'text': ivr, 'startMs': 5400, 'endMs': 13200, 'confidence': 0.97},
                    {'speaker': 'ivr', 'text': '坐席正忙，请您耐心等待，您前面还有六位客户。', 'startMs': 16000, 'endMs': 22500, 'confidence': 0.96}],
             outcome='abandoned', transcriptSource='deepgram')
    out.append((c, 'wtr'))
    c = base('h6c-x-queueabandon-c', 'webchat', 'crz-cancel', 3)
    c.update(durationMs=98000, events=[{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1100},
                                       {'type': 'queued', 'atMs': 2300}, {'type': 'ended', 'atMs': 98000, 'detail': {'by': 'customer'}}],
             turns=[{'speaker': 'system', 'text': '当前咨询人数较多，您前面还有8人', 'startMs': 2300, 'endMs': 2300},
                    {'speaker': 'customer', 'text': '有人吗？我要取消订单', 'startMs': 31000, 'endMs': 31000},
                    {'speaker': 'system', 'text': '当前咨询人数较多，您前面还有5人', 'startMs': 62000, 'endMs': 62000},
                    {'speaker': 'system', 'text': '访客已结束会话', 'startMs': 97500, 'endMs': 97500}],
             outcome='abandoned', transcriptSource='chat-dom')
    out.append((c, 'crz'))
    c = base('h6c-x-botonly-c', 'webchat', 'frt-waiting', 4)
    c.update(durationMs=64000, events=[{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 900},
                                       {'type': 'ended', 'atMs': 64000, 'detail': {'by': 'customer'}}],
             turns=[{'speaker': 'bot', 'text': '您好，我是速达智能助手，请问有什么可以帮您？', 'startMs': 1800, 'endMs': 1800},
                    {'speaker': 'customer', 'text': '等候费怎么收', 'startMs': 12000, 'endMs': 12000},
                    {'speaker': 'bot', 'text': '司机到达装货地后有免费等候时间，超出部分按分钟计费，详情请查看计费规则。', 'startMs': 13100, 'endMs': 13100},
                    {'speaker': 'customer', 'text': '好吧', 'startMs': 40000, 'endMs': 40000},
                    {'speaker': 'bot', 'text': '请问还有其他可以帮您的吗？', 'startMs': 41000, 'endMs': 41000}],
             outcome='completed', transcriptSource='chat-dom')
    out.append((c, 'frt'))
    c = base('h6c-x-harness-selector-c', 'webchat', 'fnr-ashes', 5)
    c.update(durationMs=30400, events=[{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 30400}],
             turns=[], outcome='failed', failedBy='harness', transcriptSource='chat-dom',
             error={'code': 'E_SELECTOR_TIMEOUT', 'message': 'chat input selector #msg-input not found within 30000 ms'})
    out.append((c, 'fnr'))
    c = base('h6c-x-harness-crash-c', 'webchat', 'ski-lesson', 6)
    c.update(durationMs=8800, events=[{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1300},
                                      {'type': 'error', 'atMs': 8800}],
             turns=[], outcome='failed', failedBy='harness', transcriptSource='chat-dom',
             error={'code': 'E_BROWSER_CRASHED', 'message': 'browser process exited unexpectedly (signal SIGKILL)'})
    out.append((c, 'ski'))
    return out


# ---------------------------------------------------------------- main

def main():
    rng = random.Random(SEED)
    plan = make_plan(rng)
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for di, (dk, D) in enumerate(DOMS):
        for si, S in enumerate(D['scenarios']):
            with open(os.path.join(OUT, 'scenarios', S['id'] + '.yaml'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(scenario_yaml(di, dk, D, si, S))
    t0 = 1764806400000
    contacts, labels = [], []
    for c in plan:
        crng = random.Random(SEED * 1000 + c['i'])
        c['_rng'] = crng
        c['yao'] = crng.random() < 0.5
        c['homo'] = crng.random() < 0.6
        dk, D = DOMS[c['d']]
        S = D['scenarios'][c['s']]
        beats, info = build(c, crng)
        ev, turns, end = timeline(c, beats, info, crng, sla_for(c['d'], c['s']))
        cid = f"h6c-{dk}-{c['k']:02d}-{'v' if c['ch'] == 'voice' else 'c'}"
        it = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': S['id'],
              'channel': 'voice' if c['ch'] == 'voice' else 'webchat',
              'startedAt': t0 + c['i'] * 2700000 + crng.randint(0, 600000)}
        if not c['nodur']:
            it['durationMs'] = end
        it.update(events=ev, turns=turns, outcome='completed',
                  transcriptSource='deepgram' if c['ch'] == 'voice' else 'chat-dom')
        contacts.append(it)
        L, W = labels_for(c)
        labels.append({'contactId': cid, 'domain': dk, 'labels': {k: L[k] for k in CHECKS},
                       'why': {k: W[k] for k in CHECKS if k in W}})
    for it, dk in specials(rng, t0):
        contacts.append(it)
        labels.append({'contactId': it['contactId'], 'domain': dk, 'labels': {k: 'na' for k in CHECKS}, 'why': {}})
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for it in contacts:
            f.write(json.dumps(it, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + '\n')
    plan_out = [{k: v for k, v in c.items() if not k.startswith('_')} for c in plan]
    with open(os.path.join(HERE, 'plan.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(plan_out, f, ensure_ascii=False, indent=0)
        f.write('\n')
    print(f'wrote {len(contacts)} contacts, {len(labels)} labels, 18 scenarios')


if __name__ == '__main__':
    main()
