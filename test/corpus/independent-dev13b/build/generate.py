# -*- coding: utf-8 -*-
"""Generator for the independent-dev13b corpus.

python3 build/generate.py  -> writes scenarios/*.yaml, contacts.jsonl, labels.jsonl (byte-identical on every run).

The plan (which defects and hard negatives each contact carries) is drawn from one seeded RNG; the lines
come from the hand-written m_*.py files; labels are set from the plan and from the timing the generator
itself laid out. validate.py re-derives them from the written contacts."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from common import CHECKS, SET, SEED, VOICE, CHAT, FILLERS, HOMOPHONES, digits_to_words, spoken_chars  # noqa: E402
import m_talent, m_elevator, m_tile, m_printer, m_counsel, m_daijia  # noqa: E402
from m_cold import COLD  # noqa: E402

DOMAINS = [m.DOMAIN for m in (m_talent, m_elevator, m_tile, m_printer, m_counsel, m_daijia)]
BASE_EPOCH = 1764547200000  # 2025-12-01T00:00:00Z
BACKCHANNELS = ['嗯。', '嗯嗯。', '对。', '好的。', '是。']
CUST_ACK = ['对，是我。', '嗯，对的。', '是的，没错。']
AFTER_VERIFY = ['另外按规定还得核对一下，', '对了，补核一下身份，']
REF_ACK = ['好的，记下了。', '嗯，记好了。', '好。']
SURVEY_ACK = ['好的。', '行。', '嗯，可以。']


# ----------------------------------------------------------------------------------------------- plan
def make_plan():
    rng = random.Random(SEED)
    contacts = []
    for di, d in enumerate(DOMAINS):
        for k in range(25):
            si = 0 if k < 9 else (1 if k < 17 else 2)
            ch = 'voice' if (k + di) % 2 == 0 else 'webchat'
            contacts.append({'dom': di, 'sc': si, 'ch': ch, 'k': k, 'cold': False})
    # cold-register scripts
    for di, d in enumerate(DOMAINS):
        cold = COLD[d['key']]
        si = [s['id'] for s in d['scenarios']].index(cold['scenario'])
        cands = [c for c in contacts if c['dom'] == di and c['sc'] == si]
        for c in cands[:cold['uses']]:
            c['cold'] = True
    for i, c in enumerate(contacts):
        c['i'] = i
        c['id'] = 'h6b-%s-%02d' % (DOMAINS[c['dom']]['key'], c['k'] + 1)
    slot = [c for c in contacts if not c['cold']]
    voice_slot = [c for c in slot if c['ch'] == 'voice']

    def sc(c):
        return DOMAINS[c['dom']]['scenarios'][c['sc']]

    def pick(pool, n, key):
        chosen = rng.sample(pool, n)
        for c in chosen:
            c[key] = True
        return chosen

    for c in slot:
        c.update(greet=True, id_mode=rng.choice(['first', 'first', 'second']), close='ok', rude=None,
                 fu_mode='good', fact='right', verify='ok', pause=False, hold=None, deadair=None,
                 interrupt=False, overlap_small=False, backchannel=False, rate='ok', complaint=False,
                 ack=True, escalate=None, fr_late=False, lat_late=False, ref='ok', ref_early=False,
                 survey=True, skip=None, apology=False, side=None, n_fu=rng.choice([1, 1, 2]))
    for c in contacts:
        c['asr'] = c['ch'] == 'voice' and rng.random() < 0.7

    for c in rng.sample(slot, 20):
        c['greet'] = False
    for j, c in enumerate(rng.sample(slot, 28)):
        c['id_mode'] = ['role', 'org', 'num', 'late', 'none', 'role', 'num'][j % 7]
    left_ok = [c for c in slot if not sc(c)['reqs']['survey']]
    for c in rng.sample(left_ok, 8):
        c['close'] = 'left'
    rest = [c for c in slot if c['close'] == 'ok']
    for j, c in enumerate(rng.sample(rest, 29)):
        c['close'] = 'tail' if j < 16 else 'stop'
    for c in rng.sample(slot, 24):
        c['rude'] = rng.randrange(len(DOMAINS[c['dom']]['rude']))
    norude = [c for c in slot if c['rude'] is None]
    modes = ['nonans'] * 8 + ['nonans_rescue'] * 4 + ['buck'] * 6 + ['buck_rescue'] * 6 + ['dismiss'] * 4
    for c, m in zip(rng.sample(norude, len(modes)), modes):
        c['fu_mode'] = m
    fmodes = ['wrong'] * 13 + ['corrected'] * 9 + ['flipped'] * 6 + ['nonans'] * 13
    for c, m in zip(rng.sample(slot, len(fmodes)), fmodes):
        c['fact'] = m
    vreq = [c for c in slot if sc(c)['reqs']['verification']]
    vmodes = ['none'] * 11 + ['lookup'] * 10 + ['after'] * 9 + ['never'] * 6
    for c, m in zip(rng.sample(vreq, len(vmodes)), vmodes):
        c['verify'] = m
    for c in slot:
        if not sc(c)['reqs']['verification']:
            c['verify'] = rng.choice(['ok', 'none', 'lookup', 'none'])
    for c in rng.sample([c for c in slot if c['verify'] == 'ok'], 14):
        c['pause'] = True
    hold_pool = [c for c in slot if c['verify'] != 'never']
    hmodes = ['ok'] * 34 + ['noannounce'] * 13 + ['nothanks'] * 14 + ['short'] * 12
    for c, m in zip(rng.sample(hold_pool, len(hmodes)), hmodes):
        c['hold'] = m
    chat_slot = [c for c in slot if c['ch'] == 'webchat']
    for c in rng.sample(voice_slot, 14):
        c['deadair'] = rng.choice(['mid', 'mid', 'join'])
    for c in rng.sample(chat_slot, 8):
        c['deadair'] = 'mid'
    for c in rng.sample(voice_slot, 18):
        c['interrupt'] = True
    for c in rng.sample([c for c in voice_slot if not c['interrupt']], 15):
        c['overlap_small'] = True
    for c in rng.sample(voice_slot, 25):
        c['backchannel'] = True
    for j, c in enumerate(rng.sample(voice_slot, 17)):
        c['rate'] = 'fast' if j < 9 else 'slow'
    for c in slot:
        if sc(c)['reqs']['empathy'] or rng.random() < 0.25:
            c['complaint'] = True
    for c in rng.sample([c for c in slot if c['complaint']], 27):
        c['ack'] = False
    for j, c in enumerate(rng.sample(slot, 16)):
        c['escalate'] = 'ack' if j < 9 else 'miss'
    for c in rng.sample(slot, 18):
        c['fr_late'] = True
    for c in rng.sample(slot, 18):
        c['lat_late'] = True
    rreq = [c for c in slot if sc(c)['reqs']['reference']]
    for j, c in enumerate(rng.sample(rreq, 34)):
        c['ref'] = ['none', 'bad0', 'bad1', 'bad2'][j % 4]
    for c in slot:
        if not sc(c)['reqs']['reference']:
            c['ref'] = 'ok' if rng.random() < 0.3 else 'none'
        if c['close'] == 'left':
            c['ref_early'] = True
        elif rng.random() < 0.25:
            c['ref_early'] = True
    sreq = [c for c in slot if sc(c)['reqs']['survey']]
    for j, c in enumerate(rng.sample(sreq, 28)):
        c['survey'] = 'bad' if j % 3 == 0 else False
    for c in slot:
        if not sc(c)['reqs']['survey']:
            c['survey'] = rng.random() < 0.25
        if c['close'] == 'left':
            c['survey'] = False
    for c in rng.sample(slot, 22):
        c['skip'] = rng.randrange(len(sc(c)['info']))
    for c in rng.sample(slot, 20):
        c['apology'] = True
    for c in rng.sample([c for c in slot if c['close'] != 'left'], 48):
        c['side'] = rng.randrange(2)
    # cold contacts: timing defaults; plan items from the script
    for c in contacts:
        if c['cold']:
            c.update(COLD[DOMAINS[c['dom']]['key']]['plan'])
            c.update(rude=None, pause=False, hold=None, deadair=None, interrupt=False, overlap_small=False,
                     backchannel=False, rate='ok', complaint=False, ack=True, escalate=None, fr_late=False,
                     lat_late=False, skip=None, apology=False, side=None)
    # four contacts without durationMs, with an unknown event type
    for c in rng.sample([c for c in slot if c['close'] != 'left'], 4):
        c['nodur'] = True
    return contacts, rng


# ------------------------------------------------------------------------------------------- builders
def fmt_num(style, rng):
    if style == 'D3':
        return '%03d' % rng.randrange(100, 1000)
    if style == 'D4':
        return '%04d' % rng.randrange(1000, 10000)
    if style == 'D5':
        return '%05d' % rng.randrange(10000, 100000)
    if style == 'L1D3':
        return rng.choice('HKMR') + '%03d' % rng.randrange(100, 1000)
    if style == 'L2D3':
        return rng.choice(['TS', 'FW', 'JS']) + '%03d' % rng.randrange(100, 1000)
    raise ValueError(style)


def fmt_ref(d, rng):
    return d['ref_prefix'] + '%d%07d' % (rng.randrange(24, 26), rng.randrange(0, 10 ** 7))


def join_parts(parts):
    out = ''
    for idx, (text, _k) in enumerate(parts):
        t = text
        if idx < len(parts) - 1 and t and t[-1] not in '，。？！…':
            t += '，'
        if idx == len(parts) - 1 and t and t[-1] not in '，。？！…':
            t += '。'
        if idx == len(parts) - 1 and t.endswith('，'):
            t = t[:-1] + '。'
        out += t
    return out


def asr_parts(parts, rng, style):
    """Speech-recognition rendering of one turn: punctuation dropped (or turned into spaces), fillers at
    part boundaries, homophones and digit read-outs outside fact statements."""
    pieces = []
    for idx, (text, kind) in enumerate(parts):
        t = text
        if kind != 'fact':
            one = '幺' if rng.random() < 0.6 else '一'
            t = digits_to_words(t, one)
            for right, wrong in HOMOPHONES.items():
                if right in t and rng.random() < 0.6:
                    t = t.replace(right, wrong)
        if (idx == 0 and rng.random() < 0.35) or (idx > 0 and rng.random() < 0.2):
            t = rng.choice(FILLERS) + ('' if style == 'tight' else ' ') + t
        pieces.append(t)
    s = (' ' if style == 'spaced' else '').join(pieces)
    if style == 'spaced':
        s = ''.join(' ' if ch in '，。？！、：；' else ch for ch in s)
    else:
        s = ''.join('' if ch in '，。？！、：；' else ch for ch in s)
    return ' '.join(s.split())


def build_dialogue(c, d, s, rng):
    """Returns list of turn dicts: {sp, parts, gap, flags...}."""
    T = []
    pre = []
    num = fmt_num(d['num_style'], rng)
    ref = fmt_ref(d, rng)
    c['_num'], c['_ref'] = num, ref
    why = c.setdefault('_why', {})

    def A(parts, gap='normal', **kw):
        parts = [p for p in parts if p and p[0]]
        if pre:
            parts = pre + parts
            pre.clear()
        T.append(dict(sp='agent', parts=parts, gap=gap, **kw))

    def C(parts, gap='normal', **kw):
        T.append(dict(sp='customer', parts=[p for p in parts if p and p[0]], gap=gap, **kw))

    ch = rng.choice
    # ---- opening
    open_line = ch(d['greet']) if c['greet'] else ch(d['nogreet'])
    p1 = [(open_line, 'plain')]
    id_line = ch(d['id_ok']).replace('{num}', num)
    bad_pos = 1
    if c['id_mode'] == 'first':
        p1.append((id_line, 'id'))
    elif c['id_mode'] in ('role', 'org'):
        p1.append((ch(d['id_bad'][c['id_mode']]), 'plain'))
    elif c['id_mode'] == 'num':
        bad_pos = rng.choice([1, 2])
        if bad_pos == 1:
            p1.append((ch(d['id_bad']['num']), 'plain'))
    p1.append((ch(d['offer']), 'plain'))
    A(p1, gap='join')
    # ---- issue
    ip = []
    if c['apology']:
        ip.append((ch(d['apology']), 'plain'))
    ip.append((ch(s['issue']), 'plain'))
    if c['skip'] is not None:
        ip.append((s['info'][c['skip']]['vol'], 'plain'))
    complaint = None
    if c['complaint']:
        complaint = ch(s['complaints'])
        ip.append((complaint[0], 'plain'))
    C(ip, complaint=bool(complaint))
    # ---- prefix for the agent's second turn
    if complaint:
        if c['ack']:
            pre.append((complaint[1], 'plain'))
        else:
            miss = ch(d['empathy_miss'])
            if miss:
                pre.append((miss, 'plain'))
            why['empathy'] = 'complaint in the opening turn answered without acknowledgement'
    if c['id_mode'] == 'second':
        pre.append((id_line, 'id'))
    if c['id_mode'] == 'num' and bad_pos == 2:
        pre.append((ch(d['id_bad']['num']), 'plain'))
    late_id = [c['id_mode'] == 'late']

    def A2(parts, **kw):
        # agent turn that also carries a late id (third agent turn) when planned
        n_agent = sum(1 for t in T if t['sp'] == 'agent')
        if late_id[0] and n_agent == 2:
            parts = [(id_line, 'id')] + parts
            late_id[0] = False
        A(parts, **kw)

    # ---- required info
    for j, info in enumerate(s['info']):
        if c['skip'] == j:
            continue
        A2([(ch(info['asks']), 'plain')], ask=info['key'])
        C([(ch(info['answers']), 'plain')])
    if not any(t['sp'] == 'agent' and t.get('ask') for t in T) and pre:
        A2([(ch(d['ack_fill']), 'plain')])
    # ---- verification
    v = c['verify']
    if v == 'ok':
        vq, va = ch(d['verify'])
        A2([(vq, 'plain')])
        if c['pause']:
            pl, pa, pr = ch(d['pause'])
            C([(pl, 'plain')])
            A2([(pa, 'plain')])
            C([(pr + va, 'plain')], gap='cust_pause')
        else:
            C([(va, 'plain')])
    elif v == 'lookup':
        lq, la = ch(s['lookup'])
        A2([(lq, 'plain')])
        C([(la, 'plain')])
    # ---- disclosure (with hold)
    if v != 'never':
        disc = (ch(s['disclose']), 'plain')
        h = c['hold']
        if h in ('ok', 'nothanks'):
            A2([(ch(d['ack_fill']), 'plain'), (ch(d['hold_ask']), 'plain')])
            C([(ch(d['cust_ok']), 'plain')])
            if h == 'ok':
                A2([(ch(d['hold_thanks']), 'plain'), disc], gap='hold')
            else:
                A2([disc], gap='hold')
        elif h == 'noannounce':
            thanks = [(ch(d['hold_thanks']), 'plain')] if rng.random() < 0.4 else []
            A2(thanks + [disc], gap='hold_unann')
        elif h == 'short':
            sa, st = ch(d['short_wait'])
            A2([(sa, 'plain')])
            C([(ch(d['cust_ok']), 'plain')])
            A2([(st, 'plain'), disc], gap='short')
        else:
            A2([(ch(d['ack_fill']), 'plain'), disc])
        if v == 'after':
            vq, va = ch(d['verify'])
            C([(ch(CUST_ACK), 'plain')])
            A2([(ch(AFTER_VERIFY), 'plain'), (vq, 'plain')])
            C([(va, 'plain')])
        if c['ref_early'] and c['ref'] != 'none':
            if T[-1]['sp'] == 'agent':
                C([(ch(CUST_ACK), 'plain')])
            A2([ref_part(c, d, rng, ref)])
    # ---- fact
    rude = d['rude'][c['rude']] if c['rude'] is not None else None
    C([(ch(s['fact_q']), 'plain')])
    fpre = [(rude[1], 'plain')] if rude and rude[0] is None else []
    fm = c['fact']
    if fm in ('right', 'flipped'):
        A2(fpre + [(ch(s['right']), 'fact')])
    elif fm in ('wrong', 'corrected'):
        A2(fpre + [(ch(s['wrong']), 'fact')])
        if fm == 'corrected':
            C([(ch(s['react']), 'plain')])
            A2([(ch(s['correct']), 'fact')])
    else:
        A2(fpre + [(ch(s['nonans']), 'plain')])
    if rude and rude[0] is not None:
        C([(rude[0], 'plain')], complaint=rude[2])
        A2([(rude[1], 'plain')])
        if rude[2]:
            why['empathy'] = 'the customer threatened a complaint and was answered with a dare, no acknowledgement'
    # ---- escalation
    if c['escalate']:
        ec, ea = ch(d['escalate'])
        C([(ec, 'plain')], complaint=True)
        if c['escalate'] == 'ack':
            A2([(ea, 'plain')])
        else:
            A2([(ch(d['escalate_miss']), 'plain')])
            why['empathy'] = 'mid-call complaint (%s) answered with procedure only' % ec
    # ---- follow-ups
    fus = s['followups']
    order = rng.sample(range(len(fus)), len(fus))[:c['n_fu']]
    c['_fu'] = order
    for j, fi in enumerate(order):
        fu = fus[fi]
        C([(fu['q'], 'plain')])
        mode = c['fu_mode'] if j == len(order) - 1 else 'good'
        if mode == 'good':
            A2([(fu['good'], 'plain')])
        elif mode.startswith('nonans'):
            A2([(fu['nonans'], 'plain')])
        elif mode.startswith('buck'):
            A2([(fu['buck'], 'plain')])
        elif mode == 'dismiss':
            A2([(ch(d['dismiss']), 'plain')])
        if mode.endswith('rescue'):
            C([(ch(d['push']), 'plain')])
            A2([(ch(d['rescue_pre']), 'plain'), (fu['good'], 'plain')])
    # ---- flip
    if fm == 'flipped':
        fq, fa = ch(s['flip'])
        C([(fq, 'plain')])
        A2([(fa, 'fact')])
    # ---- customer leaves
    if c['close'] == 'left':
        C([(ch(d['cust_leave']), 'plain')], leave=True)
        return T, 'customer'
    # ---- side question (hard negative)
    if c['side'] is not None:
        q, a, _kind = d['side'][c['side']]
        C([(q, 'plain')])
        A2([(a, 'plain')])
    # ---- reference
    if not c['ref_early'] and c['ref'] != 'none':
        A2([ref_part(c, d, rng, ref)])
        C([(ch(REF_ACK), 'plain')])
    # ---- survey
    if c['survey'] is True:
        A2([(ch(d['survey']), 'plain')])
        C([(ch(SURVEY_ACK), 'plain')])
    elif c['survey'] == 'bad':
        A2([(ch(d['survey_bad']), 'plain')])
        C([(ch(SURVEY_ACK), 'plain')])
    # ---- close
    if c['close'] == 'ok':
        A2([(ch(d['wrapup']), 'plain')])
        C([(ch(d['cust_none']), 'plain')])
        A2([(ch(d['closing']), 'plain')])
        C([(ch(d['cust_bye']), 'plain')])
        return T, 'customer'
    if c['close'] == 'tail':
        A2([(ch(d['wrapup']), 'plain')])
        C([(ch(d['cust_none']), 'plain')])
        A2([(ch(d['tail']), 'plain')])
        return T, rng.choice(['agent', 'customer'])
    # stop
    if T[-1]['sp'] == 'agent':
        C([(ch(SURVEY_ACK), 'plain')])
    return T, rng.choice(['agent', 'customer'])


def ref_part(c, d, rng, ref):
    if c['ref'] == 'ok':
        return (rng.choice(d['ref_ok']).replace('{ref}', ref), 'ref')
    return (d['ref_bad'][int(c['ref'][3])], 'plain')


def build_cold(c, d, s, rng):
    cold = COLD[d['key']]
    num = fmt_num(d['num_style'], rng)
    ref = fmt_ref(d, rng)
    c['_num'], c['_ref'] = num, ref
    T = []
    for sp, text, tags in cold['turns']:
        text = text.replace('{num}', num).replace('{ref}', ref)
        kind = 'fact' if 'fact' in tags else 'plain'
        T.append(dict(sp=sp, parts=[(text, kind)], gap='join' if not T else 'normal'))
    return T, 'customer'


# -------------------------------------------------------------------------------------------- timing
def lay_out(c, d, s, T, rng):
    voice = c['ch'] == 'voice'
    thr = VOICE if voice else CHAT
    sla = s['sla']
    FR, RL = sla['firstResponseMs'], sla['responseLatencyMs']
    u = rng.uniform
    # texts
    style = rng.choice(['tight', 'tight', 'spaced']) if c['asr'] else None
    for t in T:
        if c['asr']:
            t['text'] = asr_parts(t['parts'], rng, style)
        else:
            t['text'] = join_parts(t['parts'])
    # which agent turns carry timing defects
    agent_idx = [i for i, t in enumerate(T) if t['sp'] == 'agent']
    reply_idx = [i for i in agent_idx[1:] if T[i - 1]['sp'] == 'customer' and T[i]['gap'] == 'normal'
                 and not T[i - 1].get('leave')]
    taken = set()

    def choose(key, cond=lambda i: True):
        cands = [i for i in reply_idx if i not in taken and cond(i)]
        if not cands:
            raise RuntimeError('no slot for %s in %s' % (key, c['id']))
        i = rng.choice(cands)
        taken.add(i)
        return i

    if c['deadair'] == 'mid':
        T[choose('deadair')]['gap'] = 'deadair'
    if c['lat_late']:
        T[choose('latency')]['gap'] = 'latency'
    if c['interrupt']:
        T[choose('interrupt', lambda i: spoken_chars(T[i - 1]['text']) >= 12)]['gap'] = 'interrupt'
    if c['overlap_small']:
        T[choose('overlap', lambda i: spoken_chars(T[i - 1]['text']) >= 10)]['gap'] = 'overlap_small'
    # rates
    if c['rate'] == 'fast':
        arate = u(335, 400)
    elif c['rate'] == 'slow':
        arate = u(80, 105)
    else:
        arate = u(175, 250)
    crate = u(190, 270)
    # events
    ev = [{'type': 'started', 'atMs': 0}]
    if voice:
        dialed = int(u(150, 400))
        ringing = dialed + int(u(800, 1600))
        answered = ringing + int(u(3000, 9000))
        joined = answered + int(u(200, 900))
        ev += [{'type': 'dialed', 'atMs': dialed}, {'type': 'ringing', 'atMs': ringing},
               {'type': 'answered', 'atMs': answered}, {'type': 'agent-joined', 'atMs': joined}]
    else:
        loaded = int(u(700, 1600))
        joined = loaded + int(u(2500, 9000))
        ev += [{'type': 'page-loaded', 'atMs': loaded}, {'type': 'agent-joined', 'atMs': joined}]
    c['_joined'] = joined
    last_end = joined
    first_unans = None  # time origin of the first customer turn the agent has not answered yet
    for idx, t in enumerate(T):
        n = spoken_chars(t['text'])
        if t['sp'] == 'agent':
            g = t['gap']
            if g == 'join':
                if c['fr_late']:
                    delay = FR + u(600, 3000) if voice else FR + u(1500, 8000)
                elif c['deadair'] == 'join':
                    delay = u(8600, 12500)
                else:
                    delay = u(700, min(3500, FR - 1500)) if voice else u(1800, min(5000, FR - 1200))
                start = joined + delay
            elif g in ('hold', 'hold_unann'):
                start = last_end + (u(16500, 45000) if voice else u(32500, 90000))
            elif g == 'short':
                start = last_end + (u(3000, 7000) if voice else u(8000, 20000))
            elif g == 'deadair':
                start = last_end + (u(8600, 13500) if voice else u(31500, 48000))
            elif g == 'latency':
                base = first_unans if first_unans is not None else last_end
                if voice:
                    lat = u(RL + 400, min(RL + 2500, 7900)) if RL < 7500 else u(RL + 400, RL + 2500)
                else:
                    lat = u(RL + 1500, RL + 6000)
                start = max(last_end + 300, base + lat)
            elif g == 'interrupt':
                prev = T[idx - 1]
                start = max(prev['start'] + 400, prev['end'] - u(1100, 2200))
            elif g == 'overlap_small':
                prev = T[idx - 1]
                start = prev['end'] - u(150, 600)
            else:
                if first_unans is not None:
                    L = u(350, 1800) if voice else u(2500, min(RL - 1500, 14000))
                    start = max(last_end + (250 if voice else 1000), first_unans + L)
                else:
                    start = last_end + (u(300, 1500) if voice else u(2000, 6000))
            dur = n * 60000.0 / (arate * u(0.95, 1.05)) if voice else 0
            first_unans = None
        else:
            if t['gap'] == 'cust_pause':
                start = last_end + (u(6000, 14000) if voice else u(15000, 40000))
            else:
                start = last_end + (u(300, 1400) if voice else u(3000, 14000))
            dur = n * 60000.0 / crate if voice else 0
            if first_unans is None:
                first_unans = start + dur if voice else start
        dur = max(dur, 300) if voice else 0
        t['start'] = int(round(start))
        t['end'] = int(round(start + dur))
        last_end = max(last_end, t['end'])
    # backchannel hard negative (after the agent's third turn)
    if c['backchannel'] and voice:
        third = agent_idx[2] if len(agent_idx) > 2 else None
        cands = [i for i, t in enumerate(T) if third is not None and i > third and t['sp'] == 'customer'
                 and i < len(T) - 1 and not t.get('leave') and not t.get('complaint')
                 and t['end'] - t['start'] >= 2500 and not (i + 1 < len(T) and T[i + 1]['start'] < t['end'])]
        if cands:
            i = rng.choice(cands)
            ct = T[i]
            txt = rng.choice(BACKCHANNELS)
            if c['asr']:
                txt = txt.rstrip('。')
            st = int(ct['start'] + (ct['end'] - ct['start']) * u(0.35, 0.6))
            bc = dict(sp='agent', parts=[(txt, 'plain')], text=txt, gap='backchannel', start=st,
                      end=st + int(max(300, spoken_chars(txt) * 60000.0 / arate)))
            T.insert(i + 1, bc)
    return ev, last_end


# -------------------------------------------------------------------------------------------- labels
def labels_for(c, d, s, T, events_end):
    voice = c['ch'] == 'voice'
    thr = VOICE if voice else CHAT
    req = s['reqs']
    RL, FR = s['sla']['responseLatencyMs'], s['sla']['firstResponseMs']
    L = {}
    why = dict(c.get('_why', {}))
    L['greeting'] = 'pass' if c['greet'] else 'fail'
    if not c['greet']:
        why['greeting'] = 'first agent turn starts with business, no greeting'
    L['agent-id'] = 'pass' if c['id_mode'] in ('first', 'second') else 'fail'
    if L['agent-id'] == 'fail':
        why['agent-id'] = {'role': 'bare role only', 'org': 'organisation only', 'num': 'only a number that is not the agent\'s',
                           'late': 'staff id given only in the third agent turn', 'none': 'no identification'}[c['id_mode']]
    L['closing'] = {'ok': 'pass', 'tail': 'fail', 'stop': 'fail', 'left': 'na'}[c['close']]
    if c['close'] == 'tail':
        why['closing'] = 'last agent turns are a wrap-up question and a bare acknowledgement'
    if c['close'] == 'stop':
        why['closing'] = 'agent stops without thanks, wish or leave-taking'
    fw = []
    if c['rude'] is not None:
        fw.append('忌语: ' + d['rude'][c['rude']][1])
    if c['fu_mode'] in ('buck', 'buck_rescue'):
        fw.append('推诿 with nothing to get there with')
    if c['fu_mode'] == 'dismiss':
        fw.append('non-answer followed by a dismissal')
    L['forbidden-words'] = 'fail' if fw else 'pass'
    if fw:
        why['forbidden-words'] = '; '.join(fw)
    if not req['verification']:
        L['verification'] = 'na'
    else:
        L['verification'] = 'pass' if c['verify'] == 'ok' else 'fail'
        if c['verify'] != 'ok':
            why['verification'] = {'none': 'record read out with no identity check', 'lookup': 'only a lookup number asked before the record was read',
                                   'after': 'identity check only after the record was read', 'never': 'no identity check at all'}[c['verify']]
    pol = []
    if c['rude'] is not None:
        pol.append('rude line')
    if c['fu_mode'] == 'dismiss':
        pol.append('dismissive line')
    if c['cold']:
        pol.append('cold register throughout (你/no address, no 请/谢谢, curt replies)')
    L['politeness'] = 'fail' if pol else 'pass'
    if pol:
        why['politeness'] = '; '.join(pol)
    # timing-derived
    agent = [t for t in T if t['sp'] == 'agent']
    first = agent[0]
    joined = c['_joined']
    holds, dead, late = [], [], []
    last_end = joined
    last_agent_gap = None
    for idx, t in enumerate(T):
        if t['sp'] == 'agent' and t['gap'] != 'backchannel':
            sil = t['start'] - last_end
            g = t['gap']
            announced = g in ('hold', 'short')
            if g != 'join' and sil >= thr['hold']:
                thanked = g == 'hold' and c['hold'] == 'ok' or (g == 'short') or \
                    (g == 'hold_unann' and any(k == 'plain' and x in d['hold_thanks'] for x, k in t['parts']))
                holds.append(announced and thanked)
            if sil >= thr['dead'] and not announced:
                dead.append(sil)
        last_end = max(last_end, t['end'])
    # latency from first unanswered customer turn
    fu = None
    for t in T:
        if t['sp'] == 'customer':
            if fu is None:
                fu = t['end'] if voice else t['start']
        elif t['gap'] != 'backchannel':
            if fu is not None:
                lat = t['start'] - fu
                if t['gap'] not in ('hold', 'short') and lat > RL:
                    late.append(lat)
            fu = None
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
    if L['hold-etiquette'] == 'fail':
        why['hold-etiquette'] = 'long silence not announced and/or not thanked afterwards'
    L['interruption'] = 'na' if not voice else ('fail' if c['interrupt'] else 'pass')
    if c['interrupt'] and voice:
        why['interruption'] = 'agent starts >= 0.8 s before the customer finished'
    L['dead-air'] = 'fail' if dead else 'pass'
    if dead:
        why['dead-air'] = 'unannounced silence of %.1f s' % (max(dead) / 1000)
    if voice:
        L['speech-rate'] = 'pass' if c['rate'] == 'ok' else 'fail'
        if c['rate'] != 'ok':
            why['speech-rate'] = 'agent speech %s' % ('too fast (> 300 chars/min)' if c['rate'] == 'fast' else 'too slow (< 120 chars/min)')
    else:
        L['speech-rate'] = 'na'
    complaints = [t for t in T if t['sp'] == 'customer' and t.get('complaint')]
    emp_fail = (c['complaint'] and not c['ack']) or c['escalate'] == 'miss' or (c['rude'] is not None and d['rude'][c['rude']][2])
    if not complaints and not req['empathy']:
        L['empathy'] = 'na'
    else:
        L['empathy'] = 'fail' if emp_fail else 'pass'
    res = []
    if c['fact'] == 'nonans':
        res.append('scenario fact never answered')
    if c['fu_mode'] in ('nonans', 'buck', 'dismiss'):
        res.append('follow-up question about the customer\'s own matter got a non-answer')
    L['resolution'] = 'fail' if res else 'pass'
    if res:
        why['resolution'] = '; '.join(res)
    fr = first['start'] - joined
    L['first-response'] = 'pass' if fr <= FR else 'fail'
    if fr > FR:
        why['first-response'] = 'first agent turn %.1f s after joining (SLA %.0f s)' % (fr / 1000, FR / 1000)
    L['response-latency'] = 'fail' if late else 'pass'
    if late:
        why['response-latency'] = 'customer waited %.1f s (SLA %.0f s)' % (max(late) / 1000, RL / 1000)
    fm = c['fact']
    L['fact-accuracy'] = 'pass' if fm in ('right', 'corrected') else 'fail'
    if L['fact-accuracy'] == 'fail':
        why['fact-accuracy'] = {'wrong': 'wrong value stated', 'flipped': 'right value later flipped to a wrong one',
                                'nonans': 'value never stated'}[fm]
    L['no-misinformation'] = 'fail' if fm in ('wrong', 'corrected', 'flipped') else 'pass'
    if L['no-misinformation'] == 'fail':
        why['no-misinformation'] = 'a known-wrong value was stated' + (' (corrected later)' if fm == 'corrected' else '')
    if not req['reference']:
        L['record-reference'] = 'na'
    else:
        L['record-reference'] = 'pass' if c['ref'] == 'ok' else 'fail'
        if c['ref'] != 'ok':
            why['record-reference'] = 'no case reference given' + ('' if c['ref'] == 'none' else ' (only: %s)' % d['ref_bad'][int(c['ref'][3])])
    if not req['survey']:
        L['survey-offered'] = 'na'
    else:
        L['survey-offered'] = 'pass' if c['survey'] is True else 'fail'
        if c['survey'] is not True:
            why['survey-offered'] = 'no evaluation invited'
    L['required-info'] = 'fail' if c['skip'] is not None else 'pass'
    if c['skip'] is not None:
        why['required-info'] = 'agent never asked for %s (the customer volunteered it)' % s['info'][c['skip']]['label']
    if L['empathy'] != 'fail':
        why.pop('empathy', None)
    elif 'empathy' not in why:
        why['empathy'] = 'complaint answered without acknowledgement'
    return {k: L[k] for k in CHECKS}, {k: why[k] for k in CHECKS if L[k] == 'fail'}


# -------------------------------------------------------------------------------------------- output
def contact_json(c, d, s, T, ev, last_end, ender, rng):
    voice = c['ch'] == 'voice'
    turns = []
    for t in T:
        tj = {'speaker': t['sp'], 'text': t['text'], 'startMs': t['start'], 'endMs': t['end']}
        if voice:
            tj['confidence'] = round(rng.uniform(0.6, 0.98) if c['asr'] else rng.uniform(0.9, 0.99), 2)
        turns.append(tj)
    if c.get('nodur'):
        mid = T[len(T) // 2]['start'] - 50
        ev.append({'type': 'transfer', 'atMs': mid, 'detail': {'to': 'second-line', 'note': 'warm transfer attempt'}})
    if voice:
        hang = last_end + int(rng.uniform(400, 1800))
        ev.append({'type': 'hangup', 'atMs': hang, 'detail': {'by': ender}})
        end = hang + int(rng.uniform(150, 600))
    else:
        end = last_end + int(rng.uniform(2000, 9000))
    ev.append({'type': 'ended', 'atMs': end, 'detail': {'by': ender}} if not voice else {'type': 'ended', 'atMs': end})
    ev.sort(key=lambda e: e['atMs'])
    obj = {'schemaVersion': 1, 'contactId': c['id'], 'scenarioId': s['id'], 'runId': SET,
           'channel': c['ch'], 'startedAt': BASE_EPOCH + c['i'] * 5400000 + int(rng.uniform(0, 3000000)),
           'durationMs': end, 'events': ev, 'turns': turns, 'outcome': 'completed',
           'transcriptSource': 'deepgram' if voice else 'chat-dom'}
    if c.get('nodur'):
        del obj['durationMs']
    return obj


def specials(rng):
    out = []
    sc_of = lambda di, si: DOMAINS[di]['scenarios'][si]['id']  # noqa: E731
    base = BASE_EPOCH + 200 * 5400000
    out.append({'schemaVersion': 1, 'contactId': 'h6b-sp-01-noanswer', 'scenarioId': sc_of(1, 0), 'runId': SET,
                'channel': 'voice', 'startedAt': base, 'durationMs': 45400,
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 210}, {'type': 'ringing', 'atMs': 1350},
                           {'type': 'ended', 'atMs': 45400, 'detail': {'reason': 'no-answer'}}],
                'turns': [], 'outcome': 'no-answer', 'transcriptSource': 'deepgram'})
    out.append({'schemaVersion': 1, 'contactId': 'h6b-sp-02-busy', 'scenarioId': sc_of(3, 1), 'runId': SET,
                'channel': 'voice', 'startedAt': base + 600000, 'durationMs': 2900,
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 180},
                           {'type': 'ended', 'atMs': 2900, 'detail': {'sipCode': 486, 'reason': 'busy'}}],
                'turns': [], 'outcome': 'busy', 'transcriptSource': 'deepgram'})
    out.append({'schemaVersion': 1, 'contactId': 'h6b-sp-03-ivr-abandon', 'scenarioId': sc_of(5, 0), 'runId': SET,
                'channel': 'voice', 'startedAt': base + 1200000, 'durationMs': 71800,
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 240}, {'type': 'ringing', 'atMs': 1400},
                           {'type': 'answered', 'atMs': 5200}, {'type': 'ivr-prompt', 'atMs': 5300},
                           {'type': 'dtmf', 'atMs': 16900, 'detail': {'digits': '2'}}, {'type': 'queued', 'atMs': 18100},
                           {'type': 'hangup', 'atMs': 71500, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 71800}],
                'turns': [{'speaker': 'ivr', 'text': '您好，欢迎致电安途代驾。订单问题请按1，费用和投诉请按2。', 'startMs': 5300, 'endMs': 12800, 'confidence': 0.95},
                          {'speaker': 'ivr', 'text': '正在为您转接人工客服，当前排队人数较多，请耐心等待。', 'startMs': 18100, 'endMs': 23900, 'confidence': 0.94}],
                'outcome': 'abandoned', 'transcriptSource': 'deepgram'})
    out.append({'schemaVersion': 1, 'contactId': 'h6b-sp-04-chat-queue-abandon', 'scenarioId': sc_of(2, 1), 'runId': SET,
                'channel': 'webchat', 'startedAt': base + 1800000, 'durationMs': 184000,
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1100}, {'type': 'queued', 'atMs': 2600},
                           {'type': 'ended', 'atMs': 184000, 'detail': {'by': 'customer'}}],
                'turns': [{'speaker': 'system', 'text': '您已进入排队，前面还有6位客户。', 'startMs': 2600, 'endMs': 2600},
                          {'speaker': 'customer', 'text': '我订的瓷砖到现在还没送来，有人吗？', 'startMs': 9800, 'endMs': 9800},
                          {'speaker': 'system', 'text': '您已进入排队，前面还有4位客户。', 'startMs': 92600, 'endMs': 92600}],
                'outcome': 'abandoned', 'transcriptSource': 'chat-dom'})
    out.append({'schemaVersion': 1, 'contactId': 'h6b-sp-05-chat-bot-only', 'scenarioId': sc_of(4, 0), 'runId': SET,
                'channel': 'webchat', 'startedAt': base + 2400000, 'durationMs': 96500,
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 900}, {'type': 'ended', 'atMs': 96500, 'detail': {'by': 'customer'}}],
                'turns': [{'speaker': 'bot', 'text': '您好，我是安屿小助手，请问想了解预约、费用还是发票？', 'startMs': 1500, 'endMs': 1500},
                          {'speaker': 'customer', 'text': '第一次咨询多长时间？', 'startMs': 14200, 'endMs': 14200},
                          {'speaker': 'bot', 'text': '首次咨询流程可参考《来访须知》，点击下方链接查看。', 'startMs': 15000, 'endMs': 15000},
                          {'speaker': 'customer', 'text': '转人工', 'startMs': 40100, 'endMs': 40100},
                          {'speaker': 'bot', 'text': '当前人工坐席繁忙，您可以留言，我们会尽快回复。', 'startMs': 40900, 'endMs': 40900}],
                'outcome': 'completed', 'transcriptSource': 'chat-dom'})
    out.append({'schemaVersion': 1, 'contactId': 'h6b-sp-06-harness-selector', 'scenarioId': sc_of(0, 2), 'runId': SET,
                'channel': 'webchat', 'startedAt': base + 3000000, 'durationMs': 30500,
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 30400}, {'type': 'ended', 'atMs': 30500}],
                'turns': [], 'outcome': 'failed', 'failedBy': 'harness',
                'error': {'code': 'E_SELECTOR_TIMEOUT', 'message': 'selector "#chat-input" not found within 30000 ms'},
                'transcriptSource': 'chat-dom'})
    out.append({'schemaVersion': 1, 'contactId': 'h6b-sp-07-harness-crash', 'scenarioId': sc_of(3, 0), 'runId': SET,
                'channel': 'webchat', 'startedAt': base + 3600000, 'durationMs': 12700,
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1300}, {'type': 'error', 'atMs': 12600},
                           {'type': 'ended', 'atMs': 12700}],
                'turns': [], 'outcome': 'failed', 'failedBy': 'harness',
                'error': {'code': 'E_BROWSER_CRASHED', 'message': 'browser process exited unexpectedly (signal SIGKILL)'},
                'transcriptSource': 'chat-dom'})
    dom_of = {s['id']: d['key'] for d in DOMAINS for s in d['scenarios']}
    labs = [{'contactId': o['contactId'], 'domain': dom_of[o['scenarioId']], 'labels': {k: 'na' for k in CHECKS}, 'why': {}} for o in out]
    return out, labs


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(d, s):
    ch = '[voice, webchat]'
    L = ['id: %s' % s['id'], 'title: %s' % yq(s['title']),
         'description: %s' % yq('独立语料 %s，领域 %s（%s），机构 %s' % (SET, d['key'], d['name'], d['org'])),
         'channel: %s' % ch, 'target: { phone: "%s" }' % d['phone'],
         'persona: { name: %s }' % yq(s['persona']), 'locale: zh-CN',
         'steps:', '  - say: %s' % yq(s['issue'][0]), '  - end: true', 'facts:']
    f = s['fact']
    L.append('  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }' % (
        f['key'], yq(f['label']), yq(f['expected']), ', '.join(yq(x) for x in f['variants']),
        ', '.join(yq(x) for x in f['wrong']), ', '.join(yq(x) for x in f['cues'])))
    L.append('requiredInfo:')
    for info in s['info']:
        L.append('  - { key: %s, label: %s, patterns: [%s] }' % (info['key'], yq(info['label']), yq(info['pattern'])))
    r = s['reqs']
    L.append('requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
        str(r[k]).lower() for k in ('verification', 'reference', 'empathy', 'survey')))
    L.append('sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }' % (
        s['sla']['firstResponseMs'], s['sla']['responseLatencyMs']))
    L.append('tags: [%s, %s]' % (SET, d['key']))
    return '\n'.join(L) + '\n'


def build_all():
    contacts, _ = make_plan()
    rng = random.Random(SEED + 1)
    lines_c, lines_l = [], []
    for c in contacts:
        d = DOMAINS[c['dom']]
        s = d['scenarios'][c['sc']]
        crng = random.Random('%d-%s' % (SEED, c['id']))
        if c['cold']:
            T, ender = build_cold(c, d, s, crng)
        else:
            T, ender = build_dialogue(c, d, s, crng)
        ev, last_end = lay_out(c, d, s, T, crng)
        L, why = labels_for(c, d, s, T, last_end)
        obj = contact_json(c, d, s, T, ev, last_end, ender, crng)
        lines_c.append(json.dumps(obj, ensure_ascii=False, sort_keys=False))
        lines_l.append(json.dumps({'contactId': c['id'], 'domain': d['key'], 'labels': L, 'why': why}, ensure_ascii=False))
    sp, sl = specials(rng)
    lines_c += [json.dumps(o, ensure_ascii=False) for o in sp]
    lines_l += [json.dumps(o, ensure_ascii=False) for o in sl]
    yamls = {s['id']: scenario_yaml(d, s) for d in DOMAINS for s in d['scenarios']}
    return '\n'.join(lines_c) + '\n', '\n'.join(lines_l) + '\n', yamls, contacts


def main():
    contacts_txt, labels_txt, yamls, _ = build_all()
    (OUT / 'scenarios').mkdir(exist_ok=True)
    for sid, y in yamls.items():
        (OUT / 'scenarios' / ('%s.yaml' % sid)).write_text(y, encoding='utf-8')
    (OUT / 'contacts.jsonl').write_text(contacts_txt, encoding='utf-8')
    (OUT / 'labels.jsonl').write_text(labels_txt, encoding='utf-8')
    print('wrote %d contacts, %d scenarios' % (contacts_txt.count('\n'), len(yamls)))


if __name__ == '__main__':
    main()
