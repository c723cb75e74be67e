# -*- coding: utf-8 -*-
"""Generator for the independent-dev14c corpus.

python3 gen.py  -> writes ../scenarios/*.yaml, ../contacts.jsonl, ../labels.jsonl, ../plan.json
Byte-identical on every run (seeded RNG 84409, no clock, no hash ordering).
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DOMAINS, SET, CHECKS, spoken_len  # noqa: E402

SEED = 84409
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BASE_EPOCH = 1780000000000  # fixed epoch ms origin (no clock)

FILLERS = ['呃', '那个', '嗯', '就是', '然后']
CN_DIGITS = '零一二三四五六七八九'
SURNAMES = ['罗', '葛', '简', '任', '申', '伍', '温', '钱', '曹', '沈', '阎', '彭', '邵', '柳', '陆', '麦', '甘', '聂', '秦', '苗']
BACKCHANNELS = ['嗯', '嗯嗯', '对', '好的', '是']
CUST_PRESS = ['您能再帮我查查吗？', '那具体是怎样的呢？', '你再帮我看看呢？']
CUST_SO = ['哦，这样啊。', '哦，行吧。', '明白了。']
NOACK_REPLY = ['我这边已经给您备注上了。', '我把这个情况记下来了。', '这个我备注一下。']
LEFT_TAIL = ['另外我再提醒您一下，就是', '还有一个事情跟您说下，']


# ---------------------------------------------------------------- plan
def spread_pick(rng, pool, n, taken_count=None):
    """Pick n items of pool spreading over domains (fewest picks first, ties at random)."""
    pool = list(pool)
    rng.shuffle(pool)
    per = {}
    chosen = []
    for _ in range(min(n, len(pool))):
        pool.sort(key=lambda c: per.get(c['d'], 0))
        c = pool.pop(0)
        per[c['d']] = per.get(c['d'], 0) + 1
        chosen.append(c)
    return chosen


def make_plan(rng):
    cs = []
    for d, D in enumerate(DOMAINS):
        for k in range(25):
            s = k % 3
            ch = 'voice' if (k + d) % 2 == 0 else 'webchat'
            cs.append(dict(i=len(cs), d=d, k=k, s=s, ch=ch, id='h7c-%s-%02d' % (D['key'], k + 1)))
    scen = lambda c: DOMAINS[c['d']]['scenarios'][c['s']]
    req = lambda c, key: scen(c)['requires'][key]
    for c in cs:
        c['asr'] = c['ch'] == 'voice' and rng.random() < 0.72
        c['homophone'] = c['asr'] and rng.random() < 0.5
        c['cold'] = False
        c['left'] = False
    # cold register contacts: one per domain, in the domain's chosen scenario
    for d, D in enumerate(DOMAINS):
        cand = [c for c in cs if c['d'] == d and c['s'] == D['cold']['scen']]
        rng.choice(cand)['cold'] = True
    # customer leaves mid-contact: only in scenarios without a survey
    nleft = [2, 1, 2, 1, 1, 1]
    for d in range(6):
        cand = [c for c in cs if c['d'] == d and not req(c, 'survey') and not c['cold']]
        for c in rng.sample(cand, nleft[d]):
            c['left'] = True
    warm = [c for c in cs if not c['cold']]
    voice = [c for c in cs if c['ch'] == 'voice']
    chat = [c for c in cs if c['ch'] == 'webchat']

    def setall(lst, key, val):
        for c in lst:
            c[key] = val

    setall(cs, 'greet', 'pass')
    setall(spread_pick(rng, warm, 27), 'greet', 'fail')
    for c in cs:
        c['idmode'] = 'T1' if rng.random() < 0.7 else 'T2'
    idf = spread_pick(rng, warm, 30)
    for j, c in enumerate(idf):
        c['idmode'] = 'late' if j % 3 == 0 else 'none'
    setall(cs, 'closing', 'ok')
    for c in cs:
        if c['left']:
            c['closing'] = 'left'
    setall(spread_pick(rng, [c for c in warm if not c['left']], 30), 'closing', 'fail')
    setall(spread_pick(rng, [c for c in warm if c['closing'] == 'ok'], 15), 'closing', 'ok2')
    setall(cs, 'rude', None)
    for c in spread_pick(rng, warm, 25):
        c['rude'] = rng.randrange(5)
    setall(cs, 'bp', None)
    for j, c in enumerate(spread_pick(rng, [c for c in warm if c['rude'] is None], 13)):
        c['bp'] = (rng.randrange(2), j % 8 < 5)
    # complaints
    for c in cs:
        if c['cold']:
            c['complain'] = 0
        elif req(c, 'empathy'):
            c['complain'] = 1
        else:
            c['complain'] = 1 if rng.random() < 0.3 else 0
    comp = [c for c in cs if c['complain']]
    for c in spread_pick(rng, comp, 16):
        c['complain'] = 2
    setall(cs, 'emp', 'ack')
    for c in spread_pick(rng, comp, 30):
        c['emp'] = 'noack1' if c['complain'] == 1 or rng.random() < 0.5 else 'noack2'
    # verification
    for c in cs:
        c['ver'] = 'ok' if req(c, 'verification') else ('ok' if rng.random() < 0.3 else 'none')
        if c['cold'] and not DOMAINS[c['d']]['cold']['verify']:
            c['ver'] = 'none'
    vreq = [c for c in warm if req(c, 'verification')]
    vf = spread_pick(rng, vreq, 27)
    for j, c in enumerate(vf):
        c['ver'] = 'after' if j % 2 == 0 else 'skip'
    # holds
    setall(cs, 'hold', 'none')
    pool = list(warm)
    for mode, n in [('proper', 40), ('no_thx', 12), ('no_ann', 10), ('neither', 6), ('short', 20)]:
        for c in spread_pick(rng, [c for c in pool if c['hold'] == 'none'], n):
            c['hold'] = mode
    for c in cs:
        c['hold_after_cust'] = c['hold'] in ('no_ann', 'neither') and rng.random() < 0.5
    # timing
    setall(cs, 'join', 'ok')
    setall(spread_pick(rng, chat, 14), 'join', 'fr')
    setall(spread_pick(rng, voice, 6), 'join', 'fr')
    setall(spread_pick(rng, [c for c in voice if c['join'] == 'ok'], 5), 'join', 'da')
    setall(cs, 'gap', 'none')
    setall(spread_pick(rng, voice, 12), 'gap', 'da_short')
    setall(spread_pick(rng, [c for c in chat if c['hold'] not in ('no_ann', 'neither')], 22), 'gap', 'lat')
    setall(cs, 'interrupt', False)
    setall(spread_pick(rng, voice, 20), 'interrupt', True)
    setall(cs, 'rate', 'ok')
    rf = spread_pick(rng, voice, 18)
    for j, c in enumerate(rf):
        c['rate'] = 'fast' if j % 9 < 5 else 'slow'
    # facts
    setall(cs, 'fact', 'right')
    for mode, n in [('wrong', 20), ('corrected', 16), ('never', 16), ('misc', 12)]:
        for c in spread_pick(rng, [c for c in warm if c['fact'] == 'right'], n):
            c['fact'] = mode
    # own-matter follow-up question
    setall(cs, 'own', None)
    # follow-up question that fits the scenario (per-domain map scenario -> own_q index; None = any)
    OWN_MAP = {'mkt': [2, 0, 1], 'exam': [0, 1, 2], 'gift': [0, 1, 2], 'lock': [0, 2, 1]}
    oi = lambda c: OWN_MAP[DOMAINS[c['d']]['key']][c['s']] if DOMAINS[c['d']]['key'] in OWN_MAP else rng.randrange(3)
    for c in warm:
        if rng.random() < 0.45:
            c['own'] = (oi(c), 'good')
    for c in spread_pick(rng, [c for c in warm if c['own'] is None], 12):
        c['own'] = (oi(c), 'non')
    for c in spread_pick(rng, [c for c in warm if c['own'] and c['own'][1] == 'good'], 10):
        c['own'] = (c['own'][0], 'non_then_good')
    # reference / survey / required info
    for c in cs:
        c['ref'] = 'ok' if (req(c, 'reference') or rng.random() < 0.3) else 'none'
    rreq = [c for c in warm if req(c, 'reference')]
    rsel = spread_pick(rng, rreq, 30)
    for j, c in enumerate(rsel):
        c['ref'] = 'nonref' if j % 2 == 0 else 'none'
    for c in cs:
        c['ref_alike'] = c['ref'] == 'ok' and rng.random() < 0.3
        c['survey'] = 'ok' if (req(c, 'survey') and not c['cold']) else 'none'
        if c['cold']:
            c['survey'] = 'none'
    sreq = [c for c in warm if req(c, 'survey')]
    for j, c in enumerate(spread_pick(rng, sreq, 30)):
        c['survey'] = 'alike' if j % 2 == 0 else 'none'
    setall(cs, 'ri', 'ask')
    setall(spread_pick(rng, warm, 26), 'ri', 'none')
    # hard negatives
    for c in cs:
        v = c['ch'] == 'voice'
        hn = []
        if c['cold']:
            c['hn'] = hn
            continue
        if rng.random() < 0.45:
            hn.append('polite_alike')
        if rng.random() < 0.22:
            hn.append('side_q')
        if rng.random() < 0.22:
            hn.append('cust_pause')
        if rng.random() < 0.18:
            hn.append('cust_apology')
        if v and rng.random() < 0.45:
            hn.append('backchannel')
        if v and not c['interrupt'] and rng.random() < 0.35:
            hn.append('small_overlap')
        if v and rng.random() < 0.35:
            hn.append('ivr_greet')
        if c['idmode'] in ('none', 'late') and rng.random() < 0.8:
            hn.append('nonid_line')
        if c['ver'] in ('skip',) and rng.random() < 0.7:
            hn.append('lookup_only')
        if c['fact'] == 'right' and rng.random() < 0.12:
            hn.append('misc_right')
        if c['survey'] == 'ok' and rng.random() < 0.3:
            hn.append('survey_alike_too')
        if rng.random() < 0.1 and c['greet'] == 'pass':
            hn.append('opening_sorry_wait')
        if c['hold'] == 'none' and rng.random() < 0.25:
            hn.append('short_unannounced_pause')
        c['hn'] = hn
    c_nodur = [cs[7], cs[58], cs[96], cs[141]]
    for j, c in enumerate(c_nodur):
        c['nodur'] = True
        c['odd_event'] = ['transfer', 'wrap-up', 'transfer', 'supervisor-listen'][j]
    for c in cs:
        c.setdefault('nodur', False)
        c.setdefault('odd_event', None)
    return cs


# ---------------------------------------------------------------- rendering helpers
def digits_to_words(s, rng):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(('幺' if rng.random() < 0.7 else '一') if ch == '1' else CN_DIGITS[int(ch)])
        else:
            out.append(ch)
    return ''.join(out)


def fill(t, slots):
    return re.sub(r'\{(\w+)\}', lambda m: slots[m.group(1)], t)


class Builder:
    def __init__(self, c, rng):
        self.c = c
        self.rng = rng
        self.D = DOMAINS[c['d']]
        self.S = self.D['scenarios'][c['s']]
        self.turns = []
        self.n_agent = 0

    def a(self, *pieces, **kw):
        pieces = [p for p in pieces if p]
        t = dict(sp='agent', pieces=list(pieces), **kw)
        self.turns.append(t)
        self.n_agent += 1
        return t

    def u(self, *pieces, **kw):
        pieces = [p for p in pieces if p]
        t = dict(sp='customer', pieces=list(pieces), **kw)
        self.turns.append(t)
        return t


def slots_for(c, rng):
    D = DOMAINS[c['d']]
    role, name = D['staff'][rng.randrange(len(D['staff']))]
    sid = '%04d' % rng.randrange(1000, 9999) if (c['ch'] == 'voice' or rng.random() < 0.6) else \
        rng.choice('ABCDHKM') + '%03d' % rng.randrange(10, 999)
    pref = {'mkt': 'TS', 'exam': 'MY', 'gift': 'HY', 'lock': 'PS', 'camp': 'SJ', 'trans': 'XD'}[D['key']]
    refnum = '2026%02d%02d%04d' % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(0, 10000))
    ref = refnum if c['asr'] else (pref + refnum if rng.random() < 0.6 else refnum)
    order = '%d' % rng.randrange(10 ** 13, 10 ** 14)
    sl = dict(role=role, name=name, sid=sid, ref=ref, order=order,
              ptail='%04d' % rng.randrange(0, 10000), idtail='%03d%s' % (rng.randrange(0, 1000), rng.choice('0123456789X')),
              code='%06d' % rng.randrange(0, 10 ** 6), sur=rng.choice(SURNAMES),
              phone='1%d%08d' % (rng.choice([38, 39, 58, 86, 87]), rng.randrange(0, 10 ** 8)))
    if c['asr']:
        for k in ('sid', 'ref', 'order', 'ptail', 'idtail', 'code', 'phone'):
            sl[k] = digits_to_words(sl[k], rng)
    return sl


def pick_value(c, rng, accepted):
    F = DOMAINS[c['d']]['scenarios'][c['s']]['fact']
    vals = ([F['expected']] + F.get('variants', [])) if accepted else F['wrong']
    if c['asr']:
        nod = [v for v in vals if not any(ch.isdigit() for ch in v)]
        if nod:
            vals = nod
    return rng.choice(vals)


# ---------------------------------------------------------------- contact script
def build_script(c, rng):
    B = Builder(c, rng)
    D, S = B.D, B.S
    sl = slots_for(c, rng)
    c['_slots'] = sl
    F = lambda t: fill(t, sl)
    ch = rng.choice
    if c['cold']:
        return build_cold(B, c, rng, sl)
    # --- opening (agent turn 1)
    greet = ch(D['greet_pass']) if c['greet'] == 'pass' else ch(D['greet_fail'])
    if 'opening_sorry_wait' in c['hn']:
        greet = greet + '让您久等了，'
    idl = F(ch(D['id_pass']))
    nonid = ch(D['id_fail']) if 'nonid_line' in c['hn'] else None
    t1 = [greet]
    if c['idmode'] == 'T1':
        t1.append(idl)
    elif nonid and rng.random() < 0.6:
        t1.append(nonid)
        nonid = None
    t1.append(ch(D['help']))
    B.a(*t1, tag='open')
    # --- customer states the problem
    comp_pool = list(D['complaints'])
    rng.shuffle(comp_pool)
    comp1 = comp_pool[0] if c['complain'] else None
    comp2 = comp_pool[1] if c['complain'] == 2 else None
    pi = rng.randrange(len(S['problem']))
    prob = S['problem'][pi]
    cp = [prob]
    if 'cust_apology' in c['hn'] and rng.random() < 0.5:
        cp.insert(0, ch(D['cust_apology']))
        c['hn'].append('apology_used')
    if comp1:
        cp.append(comp1[0])
    ri_ans = F(S['ri']['answers'][pi % len(S['ri']['answers'])])
    volunteer = c['ri'] == 'none' and rng.random() < 0.5
    B.u(*cp, tag='problem', long=True)
    # --- agent turn 2
    t2 = []
    if c['idmode'] == 'T2':
        t2.append(idl)
    elif nonid:
        t2.append(nonid)
    if comp1:
        if c['emp'] == 'noack1':
            t2.append(ch(D['no_ack']))
        else:
            t2.append(comp1[1])
    else:
        t2.append(rng.choice(['好的，', '明白，', '好，', '']))
    if c['ri'] == 'ask':
        t2.append(ch(S['ri']['asks']))
    else:
        t2.append(ch(D['generic_ask']))
    B.a(*t2, tag='a2', interrupt=c['interrupt'] and c['gap'] != 'none')
    # --- customer answers
    if 'cust_pause' in c['hn']:
        p = D['cust_pause'][0]
        B.u(p[0])
        B.a(p[1])
        B.u(ri_ans if (c['ri'] == 'ask' or volunteer) else '找到了，就是我刚才说的那个情况。', gap_kind='cust_pause')
    else:
        B.u(ri_ans if (c['ri'] == 'ask' or volunteer) else prob, long=True)
    if c['idmode'] == 'late':
        late_id = idl
    else:
        late_id = None
    # --- verification + lookup + hold
    vmode = c['ver']
    ver_pair = ch(D['verify']) if not c['cold'] else None
    pre = []
    if late_id:
        pre.append('对了，' + late_id.rstrip('，') + '，')
        late_id = None
    disclosure = S['disclose'][pi % len(S['disclose'])]
    do_lookup = c['hold'] != 'none' or vmode in ('after', 'skip') or rng.random() < 0.7
    if vmode == 'ok':
        B.a(*pre, ver_pair[0], tag='verify_ask')
        pre = []
        B.u(F(ver_pair[1]))
        pre.append(ch(D['verify_ok']))
    elif vmode == 'skip' and 'lookup_only' in c['hn']:
        lo = ch(D['lookup_only'])
        B.a(*pre, lo[0])
        pre = []
        B.u(F(lo[1]))
    if do_lookup:
        hm = c['hold']
        if hm in ('proper', 'no_thx', 'short'):
            B.a(*pre, ch(D['hold_ann']), tag='hold_ann')
            if rng.random() < 0.6:
                B.u(ch(D['cust_ok']))
            gk = 'hold' if hm != 'short' else 'short_hold'
            thx = ch(D['hold_thx']) if hm == 'proper' else None
            B.a(thx, ch(D['resume']), disclosure, gap_kind=gk, tag='disclose')
        elif hm in ('no_ann', 'neither'):
            thx = ch(D['hold_thx']) if hm == 'no_ann' else None
            if c['hold_after_cust']:
                if pre:
                    B.a(*pre)
                    B.u(ch(D['cust_ok']))
                B.a(thx, ch(D['resume']), disclosure, gap_kind='unann_hold_cust', tag='disclose')
            else:
                B.a(*pre, ch(D['plain_ack']))
                B.a(thx, ch(D['resume']), disclosure, gap_kind='unann_hold_agent', tag='disclose')
        else:
            gk = 'short_pause' if 'short_unannounced_pause' in c['hn'] else None
            if pre and gk:
                B.a(*pre)
                B.a(ch(D['resume']), disclosure, gap_kind=gk, tag='disclose')
            else:
                B.a(*pre, ch(D['resume']), disclosure, tag='disclose')
        pre = []
        if vmode == 'after':
            B.u(ch(D['cust_ok']))
            B.a('对了，' + ver_pair[0], tag='verify_ask')
            B.u(F(ver_pair[1]))
            B.a(ch(D['verify_ok']))
    else:
        B.a(*pre, rng.choice(['好的，您接着说。', '好，我记下了。', '明白了，您还有什么想了解的？']))
    # --- fact block
    fm = c['fact']
    if fm == 'misc' or 'misc_right' in c['hn']:
        B.u(S['misconception'], tag='fact_q', long=True)
    else:
        B.u(ch(S['fact_q']), tag='fact_q', long=True)
    gap_kind = 'da_short' if c['gap'] == 'da_short' else ('lat' if c['gap'] == 'lat' else None)
    intr = c['interrupt'] and c['gap'] == 'none'
    if fm in ('right', 'misc'):
        B.a(fill(ch(S['state']), {'val': pick_value(c, rng, True)}), gap_kind=gap_kind, interrupt=intr, tag='fact')
    elif fm == 'wrong':
        B.a(fill(ch(S['state']), {'val': pick_value(c, rng, False)}), gap_kind=gap_kind, interrupt=intr, tag='fact')
    elif fm == 'corrected':
        B.a(fill(ch(S['state']), {'val': pick_value(c, rng, False)}), gap_kind=gap_kind, interrupt=intr, tag='fact')
        B.u(ch(CUST_SO))
        B.a(fill(ch(S['correct']), {'val': pick_value(c, rng, True)}), tag='fact')
    elif fm == 'never':
        na = list(S['nonans'])
        rng.shuffle(na)
        B.a(na[0], gap_kind=gap_kind, interrupt=intr, tag='fact_nonans')
        if rng.random() < 0.6:
            B.u(ch(CUST_PRESS))
            B.a(na[1])
    # --- middle blocks in varied order
    blocks = []
    if c['own']:
        blocks.append('own')
    if c['rude'] is not None:
        blocks.append('rude')
    if c['bp']:
        blocks.append('bp')
    if 'polite_alike' in c['hn']:
        blocks.append('polite')
    if comp2:
        blocks.append('comp2')
    rng.shuffle(blocks)
    if 'side_q' in c['hn']:
        blocks.append('side')
    bc_done = 'backchannel' not in c['hn']
    for b in blocks:
        if b == 'own':
            q, good, non = D['own_q'][c['own'][0]]
            B.u(q, long=True, bc=not bc_done)
            bc_done = True
            if c['own'][1] == 'good':
                B.a(good)
            else:
                B.a(non, tag='own_non')
                if c['own'][1] == 'non_then_good':
                    B.u(ch(CUST_PRESS))
                    B.a(ch(D['resume']) + good)
                else:
                    B.u(ch(CUST_SO))
                    B.a(ch(D['plain_ack']))
        elif b == 'rude':
            p, line, _cat = D['rude'][c['rude']]
            B.u(p, long=True, bc=not bc_done)
            bc_done = True
            B.a(line, tag='rude')
        elif b == 'bp':
            q, bp, push, rem = D['buckpass'][c['bp'][0]]
            B.u(q, long=True, bc=not bc_done)
            bc_done = True
            B.a(bp, tag='bp')
            if c['bp'][1]:
                B.u(push)
                B.a(rem)
            else:
                B.u(ch(CUST_SO))
                B.a(ch(D['plain_ack']))
        elif b == 'polite':
            q, rep = ch(D['polite_alike'])
            B.u(q, long=True, bc=not bc_done)
            bc_done = True
            B.a(rep)
        elif b == 'comp2':
            B.u(comp2[0], long=True)
            if c['emp'] == 'noack2':
                B.a(ch(NOACK_REPLY))
            else:
                B.a(comp2[1], ch(NOACK_REPLY))
        elif b == 'side':
            q, shrug = D['side_q'][0]
            B.u(q)
            B.a(shrug)
    if not bc_done:
        # backchannel during a later long customer turn: use a customer's add-on remark
        B.u(prob, long=True, bc=True)
        B.a(ch(D['plain_ack']))
    # --- reference / survey / closing
    refp = []
    if c['ref'] == 'ok':
        if c['ref_alike']:
            refp.append(F(ch(D['nonrefs'])))
        refp.append(F(ch(D['refs'])))
    elif c['ref'] == 'nonref':
        refp.append(F(ch(D['nonrefs'])))
    surv = []
    if c['survey'] == 'ok':
        if 'survey_alike_too' in c['hn']:
            surv.append(ch(D['survey_alike']))
        surv.append(ch(D['survey']))
    elif c['survey'] == 'alike':
        surv.append(ch(D['survey_alike']))
    if c['closing'] == 'left':
        if refp or surv:
            B.a(*refp, *surv)
            B.u(ch(D['cust_ok']))
        B.a(ch(LEFT_TAIL), tag='cut')
        B.u(ch(D['cust_leave']), tag='leave', overlap_prev=True)
        return B
    if refp and surv and rng.random() < 0.5:
        B.a(*refp, *surv)
        B.u(ch(D['cust_nomore']) if surv[-1].endswith('？') else ch(D['cust_ok']))
    else:
        if refp:
            B.a(*refp)
            B.u(ch(D['cust_ok']))
        if surv:
            B.a(*surv)
            B.u(ch(D['cust_nomore']) if surv[-1].endswith('？') else ch(D['cust_ok']))
    B.a(ch(D['wrapup']))
    B.u(ch(D['cust_nomore']))
    if c['closing'] in ('ok', 'ok2'):
        B.a(ch(D['closings']), tag='closing')
        B.u(ch(D['cust_bye']))
        if c['closing'] == 'ok2':
            B.a(ch(D['nonclosings']))
    else:
        B.a(ch(D['nonclosings']), tag='nonclosing')
    return B


def build_cold(B, c, rng, sl):
    D, S = B.D, B.S
    C = D['cold']
    F = lambda t: fill(t, sl)
    B.a(F(C['open']), C['help'], tag='open')
    pi = rng.randrange(len(S['problem']))
    B.u(S['problem'][pi], long=True)
    B.a(C['ask'])
    B.u(F(S['ri']['answers'][pi % len(S['ri']['answers'])]))
    if c['ver'] == 'ok' and C['verify']:
        B.a(C['verify'], tag='verify_ask')
        B.u(sl['ptail'] + '。')
        B.a(C['ack'], C['disclose'], tag='disclose')
    else:
        B.a(C['ack'], C['disclose'], tag='disclose')
    B.u(rng.choice(S['fact_q']), long=True)
    B.a(fill(C['fact'], {'val': pick_value(c, rng, True)}), tag='fact')
    if S['requires']['reference']:
        B.u(rng.choice(D['cust_ok']))
        B.a(F(C['ref']))
    B.u(rng.choice(D['cust_ok']))
    B.a(C['wrap'])
    B.u(rng.choice(D['cust_nomore']))
    B.a(C['end'], tag='nonclosing')
    return B


# ---------------------------------------------------------------- text + timing
def render_text(c, t, rng):
    pieces = t['pieces']
    if not c['asr']:
        return ''.join(pieces)
    out = []
    for j, p in enumerate(pieces):
        p = re.sub(r'[，。？！、：；“”"]', lambda m: '' if rng.random() < 0.6 else ' ', p).strip()
        if j > 0 and rng.random() < 0.35:
            out.append(rng.choice(FILLERS))
        elif j == 0 and rng.random() < 0.15 and t['sp'] == 'customer':
            out.append(rng.choice(FILLERS))
        out.append(p)
    s = ' '.join(x for x in out if x) if rng.random() < 0.5 else ''.join(out)
    if c['homophone']:
        s = s.replace('工号', '公号')
    return s


def timeline(c, B, rng):
    S = B.S
    sla = S['sla']
    voice = c['ch'] == 'voice'
    ev = [dict(type='started', atMs=0)]
    pre_turns = []
    if voice:
        t = rng.randrange(150, 450)
        ev.append(dict(type='dialed', atMs=t))
        t += rng.randrange(900, 2000)
        ev.append(dict(type='ringing', atMs=t))
        t += rng.randrange(3500, 9000)
        ev.append(dict(type='answered', atMs=t))
        if 'ivr_greet' in c['hn']:
            txt = '您好，欢迎致电%s，人工服务请按零。' % B.D['org']
            dur = int(spoken_len(txt) / 240 * 60000)
            pre_turns.append(dict(speaker='ivr', text=txt, startMs=t + 300, endMs=t + 300 + dur, confidence=0.97))
            ev.append(dict(type='ivr-prompt', atMs=t + 300))
            t += 300 + dur + rng.randrange(800, 2500)
            ev.append(dict(type='dtmf', atMs=t, detail={'digits': '0'}))
            ev.append(dict(type='queued', atMs=t + 200))
            t += rng.randrange(4000, 20000)
        else:
            t += rng.randrange(500, 2500)
    else:
        t = rng.randrange(600, 1800)
        ev.append(dict(type='page-loaded', atMs=t))
        if rng.random() < 0.4:
            pre_turns.append(dict(speaker='system', text='正在为您接入人工客服，请稍候……', startMs=t + 400, endMs=t + 400))
        t += rng.randrange(3000, 20000)
    if c['odd_event'] == 'transfer':
        ev.append(dict(type='transfer', atMs=t - 150, detail={'from': 'queue-general', 'to': 'skill-%s' % B.D['key']}))
    joined = t
    ev.append(dict(type='agent-joined', atMs=joined))
    # agent speaking rate
    if c['rate'] == 'fast':
        arate = rng.uniform(400, 460)
    elif c['rate'] == 'slow':
        arate = rng.uniform(72, 88)
    else:
        arate = rng.uniform(175, 255)
    crate = rng.uniform(210, 290)
    turns = []
    cursor = joined
    last = None  # last placed turn (by order)
    last_cust = None
    bc_pending = None
    for idx, tt in enumerate(B.turns):
        text = render_text(c, tt, rng)
        n = spoken_len(text)
        conf = round(rng.uniform(0.6, 0.98), 2) if c['asr'] else round(rng.uniform(0.9, 0.99), 2)
        gk = tt.get('gap_kind')
        if voice:
            if idx == 0:
                if c['join'] == 'fr':
                    g = sla['firstResponseMs'] + rng.randrange(1000, 3500)
                elif c['join'] == 'da':
                    g = rng.randrange(8500, 9600)
                else:
                    g = rng.randrange(500, 2500)
                start = joined + g
            elif gk == 'hold':
                start = cursor + rng.randrange(16000, 42000)
            elif gk == 'short_hold':
                start = cursor + rng.randrange(4000, 12500)
            elif gk == 'short_pause':
                start = cursor + rng.randrange(3000, 6500)
            elif gk == 'unann_hold_agent':
                start = cursor + rng.randrange(16000, 40000)
            elif gk == 'unann_hold_cust':
                start = cursor + max(16000, sla['responseLatencyMs'] + 2000) + rng.randrange(0, 6000)
            elif gk == 'da_short':
                start = cursor + rng.randrange(9000, 13500)
            elif gk == 'cust_pause':
                start = cursor + rng.randrange(10000, 22000)
            elif tt['sp'] == 'agent' and (tt.get('interrupt') or c.get('_intr_carry')) and not c.get('_interrupt_done') \
                    and last and last['speaker'] == 'customer' and last['endMs'] - last['startMs'] > 1700 and not gk:
                start = last['endMs'] - rng.randrange(1000, min(2200, last['endMs'] - last['startMs'] - 500))
                c['_interrupt_done'] = True
            elif tt['sp'] == 'agent' and 'small_overlap' in c['hn'] and last and last['speaker'] == 'customer' \
                    and tt.get('tag') in ('a2', 'fact') and last['endMs'] - last['startMs'] > 1500:
                start = last['endMs'] - rng.randrange(200, 600)
                c.setdefault('hn_used', []).append('small_overlap')
            elif tt.get('overlap_prev'):
                start = cursor - rng.randrange(300, 700)
            else:
                if tt['sp'] == 'agent':
                    start = cursor + (rng.randrange(400, 1400) if last['speaker'] == 'customer' else rng.randrange(300, 900))
                else:
                    start = cursor + rng.randrange(300, 1100)
            rate = arate if tt['sp'] == 'agent' else crate
            dur = max(300, int(round(n / rate * 60000)))
            end = start + dur
            if tt['sp'] == 'agent' and tt.get('interrupt') and not c.get('_interrupt_done'):
                c['_intr_carry'] = True
        else:
            if idx == 0:
                if c['join'] == 'fr':
                    g = sla['firstResponseMs'] + rng.randrange(2000, max(2001, min(29000, sla['firstResponseMs'] + 9000) - sla['firstResponseMs']))
                else:
                    g = rng.randrange(2000, 8000)
                start = joined + g
            elif gk == 'hold':
                start = cursor + rng.randrange(35000, 85000)
            elif gk == 'short_hold':
                start = cursor + rng.randrange(10000, 26000)
            elif gk == 'short_pause':
                start = cursor + rng.randrange(8000, 16000)
            elif gk == 'unann_hold_agent':
                start = cursor + rng.randrange(35000, 80000)
            elif gk == 'unann_hold_cust':
                start = cursor + max(31000, sla['responseLatencyMs'] + 3000) + rng.randrange(0, 20000)
            elif gk == 'lat':
                lo = sla['responseLatencyMs'] + 2000
                start = cursor + rng.randrange(lo, max(lo + 1, min(29500, sla['responseLatencyMs'] + 9000)))
            elif gk == 'cust_pause':
                start = cursor + rng.randrange(35000, 70000)
            elif tt['sp'] == 'agent':
                start = cursor + (rng.randrange(4000, 11000) if last['speaker'] == 'customer' else rng.randrange(1500, 5000))
            else:
                start = cursor + (rng.randrange(6000, 25000) if last['speaker'] == 'agent' else rng.randrange(3000, 8000))
            end = start
        turn = dict(speaker=tt['sp'], text=text, startMs=int(start), endMs=int(end))
        if voice:
            turn['confidence'] = conf
        turns.append(turn)
        cursor = max(cursor, end)
        last = turn
        if tt['sp'] == 'customer':
            last_cust = turn
        # backchannel inside a long customer turn (voice only)
        if voice and tt.get('bc') and tt['sp'] == 'customer' and end - start > 2200:
            bs = start + int((end - start) * rng.uniform(0.35, 0.55))
            bt = rng.choice(BACKCHANNELS)
            turns.append(dict(speaker='agent', text=bt, startMs=bs, endMs=bs + rng.randrange(250, 500), confidence=round(rng.uniform(0.6, 0.9), 2)))
            c.setdefault('hn_used', []).append('backchannel')
    # sort by start (backchannels inside customer turns)
    turns = pre_turns + sorted(turns, key=lambda x: (x['startMs'], x['endMs']))
    endt = max(x['endMs'] for x in turns)
    if voice:
        by = 'customer' if c['closing'] == 'left' or rng.random() < 0.6 else 'agent'
        if c['closing'] == 'fail':
            by = 'customer'
        h = endt + rng.randrange(400, 1600)
        if c['odd_event'] and c['odd_event'] != 'transfer':
            ev.append(dict(type=c['odd_event'], atMs=h - 100, detail={'note': 'centre-side marker'}))
        ev.append(dict(type='hangup', atMs=h, detail={'by': by}))
        ev.append(dict(type='ended', atMs=h + rng.randrange(150, 600)))
    else:
        if c['closing'] == 'left':
            turns.append(dict(speaker='system', text='访客已关闭对话窗口', startMs=endt + 1200, endMs=endt + 1200))
            by = 'customer'
            h = endt + 1500
        else:
            by = 'agent' if rng.random() < 0.5 else 'customer'
            h = endt + rng.randrange(3000, 15000)
        if c['odd_event'] and c['odd_event'] != 'transfer':
            ev.append(dict(type=c['odd_event'], atMs=h - 100, detail={'note': 'centre-side marker'}))
        ev.append(dict(type='ended', atMs=h, detail={'by': by}))
    ev.sort(key=lambda e: e['atMs'])
    return ev, turns, ev[-1]['atMs']


# ---------------------------------------------------------------- labels
def labels_for(c):
    D = DOMAINS[c['d']]
    S = D['scenarios'][c['s']]
    R = S['requires']
    L, why = {}, {}

    def put(k, v, reason=None):
        L[k] = v
        if v == 'fail':
            why[k] = reason

    voice = c['ch'] == 'voice'
    if c['cold']:
        op = D['cold']['open']
        put('greeting', 'pass' if op.startswith('你好') else 'fail', '开场直接报机构名，没有问候语')
        put('agent-id', 'pass' if '{sid}' in op else 'fail', '前两句只有机构名，没有工号或姓名')
    else:
        put('greeting', c['greet'], '坐席首句直接进入业务，没有问候语')
        put('agent-id', 'pass' if c['idmode'] in ('T1', 'T2') else 'fail',
            '前两句没有工号或姓名+岗位' if c['idmode'] == 'none' else '工号到第三句以后才报，不在前两句内')
    if c['cold']:
        put('closing', 'fail', '最后两句坐席话只有“还有没有？”和“嗯。”，没有致谢、祝福或道别')
    elif c['closing'] == 'left':
        put('closing', 'na')
    else:
        put('closing', 'pass' if c['closing'] in ('ok', 'ok2') else 'fail', '最后两句坐席话只有收尾询问/嗯，没有致谢、祝福或道别')
    fw = []
    if c['rude'] is not None:
        fw.append('忌语(%s)：%s' % (D['rude'][c['rude']][2], D['rude'][c['rude']][1]))
    if c['bp']:
        fw.append('推诿：%s' % D['buckpass'][c['bp'][0]][1])
    put('forbidden-words', 'fail' if fw else 'pass', '；'.join(fw))
    if not R['verification']:
        put('verification', 'na')
    elif c['ver'] == 'ok':
        put('verification', 'pass')
    else:
        put('verification', 'fail', '先读出/处理了客户记录，之后才核身' if c['ver'] == 'after' else '未做任何身份核验就读出了客户记录')
    hm = c['hold']
    if hm in ('none', 'short'):
        put('hold-etiquette', 'na')
    elif hm == 'proper':
        put('hold-etiquette', 'pass')
    else:
        put('hold-etiquette', 'fail', {'no_thx': '请客户稍等后长时间静音，回来没有致谢', 'no_ann': '未告知客户等待就长时间静音',
                                       'neither': '未告知等待、回来也没致谢的长时间静音'}[hm])
    pol = []
    if c['rude'] is not None:
        pol.append('对客户说了不礼貌的话：%s' % D['rude'][c['rude']][1])
    if c['cold']:
        pol.append('全程用“你”、无请/麻烦/谢谢，回复生硬简短')
    put('politeness', 'fail' if pol else 'pass', '；'.join(pol))
    if voice:
        put('interruption', 'fail' if c['interrupt'] else 'pass', '坐席在客户说完前1秒以上抢话')
    else:
        put('interruption', 'na')
    da = []
    if hm in ('no_ann', 'neither'):
        da.append('未告知的长时间静音(查询中)')
    if c['gap'] == 'da_short':
        da.append('客户说完后坐席沉默9秒以上未说明')
    if voice and c['join'] in ('fr', 'da'):
        da.append('坐席接入后8秒以上才开口')
    put('dead-air', 'fail' if da else 'pass', '；'.join(da))
    if voice:
        put('speech-rate', 'pass' if c['rate'] == 'ok' else 'fail', '语速明显过快(>400字/分)' if c['rate'] == 'fast' else '语速明显过慢(<90字/分)')
    else:
        put('speech-rate', 'na')
    if c['complain'] == 0:
        put('empathy', 'na')
    else:
        put('empathy', 'pass' if c['emp'] == 'ack' else 'fail',
            '客户抱怨后坐席直接走流程，没有致歉或理解' if c['emp'] == 'noack1' else '客户第二次抱怨时坐席没有回应情绪')
    res = []
    if c['fact'] == 'never':
        res.append('%s没有回答(只说不清楚/说不好)' % S['fact']['label'])
    if c['own'] and c['own'][1] == 'non':
        res.append('客户问“%s”只得到非答复' % D['own_q'][c['own'][0]][0])
    if c['bp'] and not c['bp'][1]:
        res.append('推诿后没有给出任何帮助')
    put('resolution', 'fail' if res else 'pass', '；'.join(res))
    put('first-response', 'fail' if c['join'] == 'fr' else 'pass', '坐席接入后超过首次响应时限才开口')
    lat = c['gap'] == 'lat' or (hm in ('no_ann', 'neither') and c['hold_after_cust'])
    put('response-latency', 'fail' if lat else 'pass', '有一条客户消息超过响应时限才得到回复')
    fm = c['fact']
    put('fact-accuracy', 'fail' if fm in ('wrong', 'never') else 'pass',
        '%s说错且未更正' % S['fact']['label'] if fm == 'wrong' else '%s从未说明' % S['fact']['label'])
    put('no-misinformation', 'fail' if fm in ('wrong', 'corrected') else 'pass',
        '说出了错误的%s%s' % (S['fact']['label'], '(后来才更正)' if fm == 'corrected' else ''))
    if not R['reference']:
        put('record-reference', 'na')
    else:
        put('record-reference', 'pass' if c['ref'] == 'ok' else 'fail',
            '没有给受理/工单编号' if c['ref'] == 'none' else '只给了电话/订单号/“会有人联系”，不是受理编号')
    if not R['survey']:
        put('survey-offered', 'na')
    else:
        put('survey-offered', 'pass' if c['survey'] == 'ok' else 'fail',
            '没有邀请评价' if c['survey'] == 'none' else '只问了还有什么不满意/说会回访，没有邀请评价')
    put('required-info', 'pass' if (c['ri'] == 'ask' or c['cold']) else 'fail', '没有询问%s' % S['ri']['label'])
    if c['cold']:
        L['forbidden-words'] = 'pass'
        why.pop('forbidden-words', None)
    out = {k: L[k] for k in CHECKS}
    return out, {k: why[k] for k in CHECKS if k in why}


# ---------------------------------------------------------------- specials
def specials(rng):
    res = []
    D0 = DOMAINS
    mk = lambda d, s: D0[d]['scenarios'][s]['id']
    na = {k: 'na' for k in CHECKS}

    def base(cid, d, s, ch, outcome, ev, turns, dur, src):
        x = dict(schemaVersion=1, contactId=cid, scenarioId=mk(d, s), runId='h7c-run-1', channel=ch,
                 startedAt=BASE_EPOCH + 777000 + len(res) * 1000003, durationMs=dur, events=ev, turns=turns,
                 outcome=outcome, transcriptSource=src)
        return x
    # no-answer
    ev = [dict(type='started', atMs=0), dict(type='dialed', atMs=310), dict(type='ringing', atMs=1620),
          dict(type='ended', atMs=61620, detail={'reason': 'no-answer'})]
    res.append((base('h7c-sp-01', 0, 0, 'voice', 'no-answer', ev, [], 61620, 'deepgram'), 'mkt'))
    ev = [dict(type='started', atMs=0), dict(type='dialed', atMs=280), dict(type='ended', atMs=2950, detail={'sip': 486})]
    res.append((base('h7c-sp-02', 3, 1, 'voice', 'busy', ev, [], 2950, 'deepgram'), 'lock'))
    txt = '您好，欢迎致电松间房车营地，预订请按一，退订请按二，人工服务请按零。'
    ev = [dict(type='started', atMs=0), dict(type='dialed', atMs=200), dict(type='ringing', atMs=1400),
          dict(type='answered', atMs=6100), dict(type='ivr-prompt', atMs=6400), dict(type='dtmf', atMs=14900, detail={'digits': '0'}),
          dict(type='queued', atMs=15100), dict(type='hangup', atMs=142300, detail={'by': 'customer'}), dict(type='ended', atMs=142700)]
    turns = [dict(speaker='ivr', text=txt, startMs=6400, endMs=14200, confidence=0.96),
             dict(speaker='ivr', text='当前排队人数较多，请耐心等待。', startMs=15300, endMs=18600, confidence=0.95)]
    res.append((base('h7c-sp-03', 4, 0, 'voice', 'abandoned', ev, turns, 142700, 'deepgram'), 'camp'))
    ev = [dict(type='started', atMs=0), dict(type='page-loaded', atMs=900), dict(type='queued', atMs=1500),
          dict(type='ended', atMs=196000, detail={'by': 'customer'})]
    turns = [dict(speaker='system', text='您前面还有6位访客在排队，请稍候。', startMs=1500, endMs=1500),
             dict(speaker='customer', text='有人吗？我的礼盒破了', startMs=40200, endMs=40200),
             dict(speaker='system', text='您前面还有4位访客在排队，请稍候。', startMs=90000, endMs=90000),
             dict(speaker='system', text='访客已关闭对话窗口', startMs=195800, endMs=195800)]
    res.append((base('h7c-sp-04', 2, 1, 'webchat', 'abandoned', ev, turns, 196000, 'chat-dom'), 'gift'))
    ev = [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1100), dict(type='ended', atMs=88000, detail={'by': 'customer'})]
    turns = [dict(speaker='bot', text='您好，我是信达通智能助手小译，请问需要翻译什么材料？', startMs=1600, endMs=1600),
             dict(speaker='customer', text='驾照翻译多少钱', startMs=15800, endMs=15800),
             dict(speaker='bot', text='驾照翻译的报价请参考：https://example.invalid/price 。还有其他问题吗？', startMs=17000, endMs=17000),
             dict(speaker='customer', text='加急最快多久', startMs=41000, endMs=41000),
             dict(speaker='bot', text='抱歉，我没有理解您的问题，您可以换个说法试试。', startMs=42100, endMs=42100),
             dict(speaker='customer', text='算了', startMs=80500, endMs=80500)]
    res.append((base('h7c-sp-05', 5, 0, 'webchat', 'completed', ev, turns, 88000, 'chat-dom'), 'trans'))
    x = base('h7c-sp-06', 1, 0, 'webchat', 'failed', [dict(type='started', atMs=0), dict(type='error', atMs=30050)], [], 30050, 'chat-dom')
    x['failedBy'] = 'harness'
    x['error'] = dict(code='E_SELECTOR_TIMEOUT', message='chat input selector #msg-input not found within 30000 ms')
    res.append((x, 'exam'))
    x = base('h7c-sp-07', 3, 2, 'webchat', 'failed', [dict(type='started', atMs=0), dict(type='error', atMs=4120)], [], 4120, 'chat-dom')
    x['failedBy'] = 'harness'
    x['error'] = dict(code='E_BROWSER_CRASHED', message='browser process exited unexpectedly (signal SIGKILL)')
    res.append((x, 'lock'))
    return [(x, dom, dict(na)) for x, dom in res]


# ---------------------------------------------------------------- scenarios yaml
def j(v):
    return json.dumps(v, ensure_ascii=False)


def scenario_yaml(D, S):
    F = S['fact']
    lines = ['id: %s' % S['id'], 'title: %s' % j(S['title']),
             'description: %s' % j('独立语料 %s，领域 %s，机构 %s' % (SET, D['key'], D['org'])),
             'channel: [voice, webchat]', 'target: { phone: %s }' % j(D['phone']),
             'persona: { name: %s }' % j(S['persona']), 'locale: zh-CN', 'steps:',
             '  - { say: %s }' % j(S['problem'][0]), '  - { wait: { pattern: %s, timeoutMs: 60000 } }' % j('.'),
             '  - { say: %s }' % j(S['fact_q'][0]), '  - { wait: { pattern: %s, timeoutMs: 60000 } }' % j('.'),
             '  - { end: true }', 'facts:',
             '  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
                 F['key'], j(F['label']), j(F['expected']), j(F['variants']), j(F['wrong']), j(F['cues'])),
             'requiredInfo:',
             '  - { key: %s, label: %s, patterns: %s }' % (S['ri']['key'], j(S['ri']['label']), j(S['ri']['patterns'])),
             'requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
                 'true' if S['requires'][k] else 'false' for k in ('verification', 'reference', 'empathy', 'survey')),
             'sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }' % (
                 S['sla']['firstResponseMs'], S['sla']['responseLatencyMs'], S['sla']['handleTimeMs']),
             'tags: [%s, %s]' % (SET, D['key'])]
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- main
def main():
    rng = random.Random(SEED)
    plan = make_plan(rng)
    contacts, labels = [], []
    for c in plan:
        crng = random.Random(SEED * 1000 + c['i'])
        B = build_script(c, crng)
        ev, turns, dur = timeline(c, B, crng)
        D = DOMAINS[c['d']]
        S = D['scenarios'][c['s']]
        x = dict(schemaVersion=1, contactId=c['id'], scenarioId=S['id'], runId='h7c-run-1', channel=c['ch'],
                 startedAt=BASE_EPOCH + c['i'] * 3600017, durationMs=dur, events=ev, turns=turns, outcome='completed',
                 transcriptSource='deepgram' if c['ch'] == 'voice' else 'chat-dom')
        if c['nodur']:
            del x['durationMs']
        contacts.append(x)
        L, why = labels_for(c)
        labels.append(dict(contactId=c['id'], domain=D['key'], labels=L, why=why))
    for x, dom, L in specials(rng):
        contacts.append(x)
        labels.append(dict(contactId=x['contactId'], domain=dom, labels=L, why={}))
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for D in DOMAINS:
        for S in D['scenarios']:
            with open(os.path.join(OUT, 'scenarios', S['id'] + '.yaml'), 'w', encoding='utf-8') as f:
                f.write(scenario_yaml(D, S))
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as f:
        for x in contacts:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for x in labels:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    keep = ['id', 'd', 's', 'ch', 'asr', 'homophone', 'cold', 'left', 'greet', 'idmode', 'closing', 'rude', 'bp', 'complain', 'emp',
            'ver', 'hold', 'hold_after_cust', 'join', 'gap', 'interrupt', 'rate', 'fact', 'own', 'ref', 'ref_alike', 'survey', 'ri',
            'hn', 'nodur', 'odd_event']
    with open(os.path.join(OUT, 'build', 'plan.json'), 'w', encoding='utf-8') as f:
        json.dump([{k: c[k] for k in keep} for c in plan], f, ensure_ascii=False, indent=0)
        f.write('\n')
    print('wrote %d contacts' % len(contacts))


if __name__ == '__main__':
    main()
