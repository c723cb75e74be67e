# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml byte-identically from the seeded plan."""
import json
import os
import random
import sys
import importlib
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import mat_common as MC  # noqa: E402
from mat_common import L  # noqa: E402,F401
import plan as P  # noqa: E402

MODS = {t: importlib.import_module('mat_' + t) for t in P.TRADES}
SCEN = {s['id']: (t, s) for t, m in MODS.items() for s in m.SCEN}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response',
          'response-latency', 'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered',
          'required-info']
USE = defaultdict(Counter)
BASE_T = 1796371200000  # 2026-12-05 00:00 UTC


def pairs(lines):
    return [tuple(x.split(' || ')) for x in lines]


def pick(rng, key, lines):
    u = USE[key]
    m = min(u[x] for x in lines)
    cand = [x for x in lines if u[x] == m]
    x = rng.choice(cand)
    u[x] += 1
    return x


def pick_cap(rng, key, lines, cap=3):
    u = USE[key]
    if min(u[x] for x in lines) >= cap:
        return None
    return pick(rng, key, lines)


def requires(s):
    k = s['kind']
    return dict(verification=k != 'info', reference=k != 'info', empathy=k == 'complaint', survey=k != 'complaint')


# which scenarios a rude/taboo pair's customer prompt fits (prompt substring -> scenario ids)
FIT = {
    '苹果那边': ['game-recharge'], '我买错了': ['game-recharge', 'game-item'], '我不服': ['game-ban'],
    '活动规则': ['game-item'], '晚了两分钟': ['english-credits', 'english-tutor'],
    '老师为什么没来': ['english-refund'], '退款规则': ['english-refund'], '补课': ['english-refund', 'english-credits'],
    '老师迟到': ['english-refund', 'english-tutor'], '续费': ['english-credits', 'english-tutor'],
    '忘了打卡': ['parttime-pay', 'parttime-shift'], '没到岗': ['parttime-shift'], '结钱': ['parttime-pay'],
    '什么时候能到': ['parttime-pay'], '工服': ['parttime-shift'], '下周的班': ['parttime-shift', 'parttime-pay'],
    '时薪': ['parttime-pay', 'parttime-verify'], '洗不干净': ['dish-clean'], '师傅为什么没来': ['dish-repair'],
    '师傅什么时候能来': ['dish-clean'], '橱柜': ['dish-install'], '修的话': ['dish-repair'],
    '软水盐': ['dish-clean'], '换新机': ['dish-repair'], '水管': ['dish-install', 'dish-repair'],
    '画面一直是糊的': ['proj-screen'], 'WiFi': ['proj-account', 'proj-screen'], '退货要扣钱': ['proj-return'],
    '维修要多长': ['proj-screen'], '重置': ['proj-screen', 'proj-account'], '白天投出来': ['proj-screen', 'proj-return'],
    '4K': ['proj-account'], '下雨闭园': ['park-closure'], '快速通道当天': ['park-fastpass'],
    '这票到底': ['park-ticket', 'park-closure'], '会不会闭园': ['park-ticket', 'park-fastpass'],
    '停车场': ['park-ticket', 'park-fastpass', 'park-closure'],
}


def fits(prompt, sid):
    for k, v in FIT.items():
        if k in prompt:
            return sid in v
    return True


VOICE_ONLY = ['吵', '听', '信号', '狗', '走过去', '走廊', '在路上', '手机快没电', '叫']
CHAT_ONLY = ['发的', '打字', '网有点卡']


def small_fits(pair, voice):
    txt = pair[0] + pair[1]
    bad = CHAT_ONLY if voice else VOICE_ONLY
    return not any(k in txt for k in bad)


class Msg(dict):
    pass


def build(c):
    rng = random.Random(c['seed'])
    t, S = SCEN[c['scen']]
    M = MODS[t]
    d = c['defects']
    sub = c['sub']
    voice = c['channel'] == 'voice'
    req = requires(S)
    name = rng.choice(MC.NAMES)
    staff = str(rng.randint(1000, 99999))

    def fill(line):
        out = line.replace('{name}', name)
        while '{n}' in out:
            out = out.replace('{n}', staff, 1)
        return out

    def code(k):
        return ''.join(str(rng.randint(0, 9)) for _ in range(k))

    msgs = []
    why = {}

    def A(parts, **kw):
        m = Msg(sp='agent', parts=[p for p in parts if p], **kw)
        msgs.append(m)
        return m

    def C(parts, **kw):
        m = Msg(sp='cust', parts=[p for p in parts if p], **kw)
        msgs.append(m)
        return m

    def val(fact, good=True):
        if good:
            if voice:
                return fact['expected']
            return rng.choice([fact['expected']] + fact['variants'])
        if voice:
            return fact['wrong'][0]
        return rng.choice(fact['wrong'])

    def stmt(fi, good=True):
        f = S['facts'][fi]
        line = pick(rng, ('FACT', S['id'], fi), f['stmts'])
        return line.replace('{v}', val(f, good))

    # ---------- plan details ----------
    complaint_needed = S['kind'] == 'complaint'
    emp_target = None
    if 'empathy' in d:
        opts = []
        if complaint_needed:
            opts += ['scen', 'scen']
        opts.append('generic')
        if ('rude' in d or 'jiyu' in d):
            opts.append('protest')
        emp_target = rng.choice(opts)
    opening = c['opening']
    if opening == 'complaint' and not complaint_needed and not (emp_target == 'generic' or c['extra_complaint']):
        opening = 'request'
    if opening == 'complaint' and emp_target == 'generic' and complaint_needed:
        pass
    say = pick(rng, ('SAY', S['id']), S['say'])
    reqitems = list(S['req'])
    skip_req = None
    if 'reqinfo' in d:
        skip_req = rng.randrange(len(reqitems))
    # ---------- opening ----------
    first = []
    if 'greet' in d:
        gl = pick(rng, (t, 'GREET_BAD'), M.GREET_BAD)
        first.append(gl)
    else:
        gl = pick(rng, (t, 'GREET'), M.GREET)
        first.append(gl)
    if 'id' in d and rng.random() < 0.5:
        first.append(rng.choice(MC.ID_BAD))
    if 'greet' not in d and '请问' not in gl and rng.random() < 0.6:
        first.append(rng.choice(MC.OPEN_Q))
    m0 = A(first, role='first')
    m0['greet_line'] = gl
    vol = []
    if skip_req is not None:
        it = reqitems[skip_req]
        vol = [fill(it['ans'][0]).replace(staff, code(8))]
    complaints = []  # (msg, line, ok)
    if opening == 'complaint':
        if complaint_needed and emp_target != 'generic':
            cl = pick(rng, ('SCOMPLAINT', S['id']), S['scomplaint'])
        else:
            cl = pick(rng, (t, 'COMPLAINT'), M.COMPLAINT)
        cm = C([cl, say] + vol, q='main')
        complaints.append([cm, cl])
    elif opening == 'apology':
        C([rng.choice(MC.OPEN_SORRY), say] + vol, q='main')
    elif opening == 'small':
        sm = [p for p in pairs(M.SMALL) if small_fits(p, voice)]
        cs, ag = sm[rng.randrange(len(sm))]
        c['_smallused'] = cs
        C([cs])
        A([ag, rng.choice(MC.OPEN_Q) if rng.random() < 0.5 else ''])
        C([say] + vol, q='main')
    else:
        C([say] + vol, q='main')
    # ---------- blocks ----------
    blocks = []

    def blk():
        b = []
        blocks.append(b)
        return b

    # required info asks
    for i, it in enumerate(reqitems):
        if i == skip_req:
            continue
        b = blk()
        ask = pick(rng, ('ASK', S['id'], i), it['asks'])
        b.append(Msg(sp='agent', parts=[rng.choice(MC.ACK) if rng.random() < 0.3 else '', ask], tag='ask'))
        ans = fill(rng.choice(it['ans'])).replace(staff, code(8))
        b.append(Msg(sp='cust', parts=[ans], pause=c['pause'] and i == 0))
    # facts / verification / holds
    fact_order = [0, 1]
    missing = None
    if 'fact_missing' in d:
        missing = sub['factidx']
        if missing == 0 and req['verification'] and 'verify' in d:
            missing = 1
    wrong_fact = sub['factidx'] if ('fact_wrong' in d or 'misinfo' in d) else None
    hold_mode = None
    if 'hold_unann' in d:
        hold_mode = 'unann'
    elif 'hold_nothanks' in d:
        hold_mode = 'nothanks2' if sub['second'].get('hold_nothanks') else 'nothanks'
    elif c['hold']:
        hold_mode = 'ok'

    def fact_msgs(fi, b, lead=None, hold=None):
        """agent statement(s) of fact fi into block b."""
        parts = []
        if lead:
            parts += lead
        if fi == missing:
            return parts
        if fi == wrong_fact:
            if 'fact_wrong' in d:
                parts.append(stmt(fi, False))
            else:
                parts.append(stmt(fi, False))
                b.append(Msg(sp='agent', parts=parts, tag='fact%d' % fi, hold=hold))
                b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
                return [rng.choice(MC.CORRECT) + stmt(fi, True)]
        else:
            parts.append(stmt(fi, True))
        return parts

    def hold_block(b, fi, mode):
        hr = pick(rng, (t, 'HOLD_REQ'), M.HOLD_REQ)
        b.append(Msg(sp='agent', parts=[hr], tag='holdreq'))
        if rng.random() < 0.7:
            b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_WAIT_OK)]))
        lead = []
        if mode == 'thanks':
            lead = [pick(rng, (t, 'HOLD_THANKS'), M.HOLD_THANKS)]
        nb = len(b)
        parts = fact_msgs(fi, b, lead, hold='hold')
        if parts:
            if any(x.get('hold') == 'hold' for x in b[nb:]):
                b.append(Msg(sp='agent', parts=parts, tag='fact%d' % fi))
            else:
                b.append(Msg(sp='agent', parts=parts, tag='fact%d' % fi, hold='hold'))
        else:
            b.append(Msg(sp='agent', parts=lead + [rng.choice(MC.ACK)], hold='hold'))

    def verify_block():
        b = blk()
        b.append(Msg(sp='agent', parts=[pick(rng, (t, 'VERIFY'), M.VERIFY)], tag='verify'))
        b.append(Msg(sp='cust', parts=[rng.choice(MC.VERIFY_ANS).replace('{n}', code(4))]))
        return b

    def facts_block(fis):
        b = blk()
        for k, fi in enumerate(fis):
            if fi == 0 and hold_mode:
                if hold_mode == 'ok':
                    hold_block(b, fi, 'thanks')
                elif hold_mode == 'nothanks':
                    hold_block(b, fi, 'none')
                elif hold_mode == 'nothanks2':
                    hold_block(b, fi, 'thanks')
                elif hold_mode == 'unann':
                    b.append(Msg(sp='agent', parts=[rng.choice(MC.ACK)], tag='preunann'))
                    lead = [pick(rng, (t, 'HOLD_THANKS'), M.HOLD_THANKS)] if rng.random() < 0.3 else []
                    nb = len(b)
                    parts = fact_msgs(fi, b, lead, hold='unann')
                    done = any(x.get('hold') == 'unann' for x in b[nb:])
                    b.append(Msg(sp='agent', parts=parts or [rng.choice(MC.ACK)], tag='fact0',
                                 hold=None if done else 'unann'))
                continue
            if fi == 1 and hold_mode == 'nothanks2':
                hold_block(b, fi, 'none')
                continue
            parts = fact_msgs(fi, b)
            if parts:
                b.append(Msg(sp='agent', parts=parts, tag='fact%d' % fi))
                if rng.random() < 0.6:
                    b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
        return b

    vmode = None
    if req['verification']:
        vmode = sub['verify'] if 'verify' in d else ('first' if c['verify_first'] else 'after_rule')
    if vmode == 'first':
        verify_block()
        facts_block([0, 1])
    elif vmode == 'after_rule':
        facts_block([1])
        verify_block()
        facts_block([0])
    elif vmode == 'late':
        facts_block([0, 1])
        verify_block()
    else:
        facts_block([0, 1] if rng.random() < 0.5 else [1, 0])
    if blocks and blocks[-1] and blocks[-1][-1]['sp'] == 'agent':
        blocks[-1].append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
    # reference
    if req['reference'] and 'ref' not in d:
        b = blk()
        b.append(Msg(sp='agent', parts=[fill(pick(rng, (t, 'REF'), M.REF)).replace(staff, code(10))], tag='ref'))
        b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
    # side questions
    side = pairs(M.SIDE)
    sidx = sorted(range(len(side)), key=lambda i: (-USE[(t, 'SIDE_A')][side[i][1]], rng.random()))
    if 'resol' in d:
        nq = 2 if sub['second'].get('resol') else 1
        for k in range(nq):
            q, a = side[sidx.pop()]
            b = blk()
            b.append(Msg(sp='cust', parts=[q], q='side'))
            b.append(Msg(sp='agent', parts=[pick(rng, (t, 'NONANSWER'), M.NONANSWER)], tag='nonanswer'))
            b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_OK_AFTER)]))
    if c['madegood'] and min(USE[(t, 'NONANSWER')][x] for x in M.NONANSWER) >= 3:
        c['madegood'] = False
    if sidx and USE[(t, 'SIDE_A')][side[sidx[-1]][1]] < 3 and (c['side'] or (c['madegood'] and 'resol' not in d)):
        q, a = side[sidx.pop()]
        b = blk()
        b.append(Msg(sp='cust', parts=[q], q='side'))
        if c['madegood']:
            b.append(Msg(sp='agent', parts=[pick(rng, (t, 'NONANSWER'), M.NONANSWER)], tag='nonanswer'))
            b.append(Msg(sp='cust', parts=[rng.choice(M.CUST_PRESS)]))
            b.append(Msg(sp='agent', parts=[rng.choice(M.FOUND) + pick(rng, (t, 'SIDE_A'), [a])], tag='answer'))
        else:
            b.append(Msg(sp='agent', parts=[pick(rng, (t, 'SIDE_A'), [a])], tag='answer'))
        b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
    cz = sorted(pairs(M.CASUAL), key=lambda p: (USE[(t, 'CASUAL_SHRUG')][p[1]], rng.random()))
    if c['casual'] and USE[(t, 'CASUAL_SHRUG')][cz[0][1]] < 3:
        q, a = cz[0]
        b = blk()
        b.append(Msg(sp='cust', parts=[q], q='casual'))
        b.append(Msg(sp='agent', parts=[pick(rng, (t, 'CASUAL_SHRUG'), [a])]))
    # small talk padding
    sm = [p for p in pairs(M.SMALL) if small_fits(p, voice)]
    smi = [i for i in range(len(sm)) if sm[i][0] != c.get('_smallused')]
    rng.shuffle(smi)
    base = sum(len(b) for b in blocks) + len(msgs) + 3
    while base < c['target'] - 2 and smi:
        cs, ag = sm[smi.pop()]
        b = blk()
        b.append(Msg(sp='cust', parts=[cs]))
        parts = [ag]
        if c['lookalike'] and rng.random() < 0.3:
            parts.append(pick_cap(rng, (t, 'LOOKALIKE'), M.LOOKALIKE))
        b.append(Msg(sp='agent', parts=parts))
        base += 2
    if c['lookalike'] and blocks:
        # polite look-alike of a taboo phrase said in passing
        b = blocks[rng.randrange(len(blocks))]
        ags = [m for m in b if m['sp'] == 'agent']
        if ags:
            ags[-1]['parts'].append(pick_cap(rng, (t, 'LOOKALIKE'), M.LOOKALIKE))

    # ---------- inserted decisive blocks ----------
    def place(b, pos):
        n = len(blocks)
        if pos == 'early':
            i = 0
        elif pos == 'late':
            i = n
        else:
            i = n // 2
        blocks.insert(i, b)

    def proc_pair(b):
        b.append(Msg(sp='agent', parts=[rng.choice(MC.PROC)], tag='proc'))
        b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
        b.append(Msg(sp='agent', parts=[rng.choice(MC.PROC)], tag='proc'))
        b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))

    def emp_line():
        return pick(rng, (t, 'EMPATHY'), M.EMPATHY)

    bad_used = 0
    protest_fail_done = False
    for kind in ('rude', 'jiyu'):
        if kind not in d:
            continue
        n = 2 if sub['second'].get(kind) else 1
        pool = pairs(M.RUDE if kind == 'rude' else M.JIYU)
        for k in range(n):
            key = (t, kind.upper())
            okf = [x for x in (0, 1) if x != missing and x != wrong_fact]
            if kind == 'jiyu' and k == 0 and okf and rng.random() < 0.45 and \
                    min(USE[(t, 'TOLD')][x] for x in M.TOLD) < 3:
                fi = rng.choice(okf)
                tl = pick(rng, (t, 'TOLD'), M.TOLD).replace('{v}', val(S['facts'][fi], True))
                blocks.append([Msg(sp='agent', parts=[rng.choice(MC.ACK)]),
                               Msg(sp='cust', parts=[rng.choice(MC.REASK)]),
                               Msg(sp='agent', parts=[tl], tag='jiyu'),
                               Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)])])
                bad_used += 1
                continue
            fitting = [p for p in pool if fits(p[1], S['id'])]
            if min(USE[key][p[0]] for p in fitting) >= 3:
                fitting = pool
            line = pick(rng, key, [p[0] for p in fitting])
            prompt = dict(pool)[line]
            b = [Msg(sp='agent', parts=[rng.choice(MC.ACK)])]
            b.append(Msg(sp='cust', parts=[prompt], cprompt=MC.prompt_is_complaint(prompt)))
            parts = [line]
            if sub['buried'].get(kind):
                parts = [rng.choice(MC.ACK), line, rng.choice(MC.PROC)]
            b.append(Msg(sp='agent', parts=parts, tag=kind))
            want_protest = MC.prompt_is_complaint(prompt) or (kind == 'rude' and sub['protest']) or \
                (emp_target == 'protest' and not protest_fail_done)
            if want_protest:
                pl = pick(rng, (t, 'PROTEST'), M.PROTEST)
                b.append(Msg(sp='cust', parts=[pl], complaint=pl))
                if emp_target == 'protest' and not protest_fail_done:
                    protest_fail_done = True
                    b[-1]['failing'] = True
                    if b[0].get('cprompt'):
                        b[0]['failing'] = True
                    proc_pair(b)
                else:
                    b.append(Msg(sp='agent', parts=[pick(rng, (t, 'PSORRY'), M.PSORRY), rng.choice(MC.PROC)]))
                    b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
            else:
                b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
            place(b, sub['pos'].get(kind, 'middle') if k == 0 else rng.choice(['early', 'late']))
            bad_used += 1
    if emp_target == 'protest' and not protest_fail_done:
        emp_target = 'generic'
    # complaints (mid-contact)
    mid = []
    if complaint_needed and opening != 'complaint':
        mid.append(('scen', emp_target == 'scen'))
    elif complaint_needed and opening == 'complaint' and emp_target == 'scen':
        complaints[0].append('failing')
    if emp_target == 'generic':
        if opening == 'complaint' and complaints and not complaint_needed:
            complaints[0].append('failing')
        else:
            mid.append(('generic', True))
    if c['extra_complaint'] and not (opening == 'complaint' and not complaint_needed):
        mid.append(('generic', False))
    if sub['second'].get('empathy') and complaint_needed and emp_target == 'scen':
        mid.append(('generic', False))
    for kind2, failing in mid:
        if kind2 == 'scen':
            cl = pick(rng, ('SCOMPLAINT', S['id']), S['scomplaint'])
        else:
            cl = pick(rng, (t, 'COMPLAINT'), M.COMPLAINT)
        b = [Msg(sp='cust', parts=[cl], complaint=cl, failing=failing)]
        if failing:
            proc_pair(b)
        else:
            b.append(Msg(sp='agent', parts=[emp_line(), rng.choice(MC.PROC) if rng.random() < 0.3 else '']))
            b.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)]))
        place(b, sub['pos'].get('empathy', 'middle') if failing else rng.choice(['early', 'middle']))
    # opening complaint: acknowledgement (or not) goes first
    if complaints:
        cm, cl = complaints[0][0], complaints[0][1]
        cm['complaint'] = cl
        if 'failing' in complaints[0]:
            cm['failing'] = True
            b = []
            proc_pair(b)
            blocks.insert(0, b)
        else:
            b = [Msg(sp='agent', parts=[emp_line()]), Msg(sp='cust', parts=[rng.choice(MC.CUST_ACK)])]
            blocks.insert(0, b)
    # ---------- closing ----------
    closing = []
    if c['walkout']:
        parts = [rng.choice(MC.WRAPUP)]
        if req['survey'] and 'survey' not in d:
            parts.insert(0, pick(rng, (t, 'SURVEY'), M.SURVEY))
        closing.append(Msg(sp='agent', parts=parts))
        closing.append(Msg(sp='cust', parts=[pick(rng, (t, 'WALKOUT'), M.WALKOUT)], walkout=True))
    else:
        if 'close' in d:
            cb = pick(rng, (t, 'CLOSE_BAD'), M.CLOSE_BAD)
            if '？' not in cb:
                closing.append(Msg(sp='agent', parts=[rng.choice(MC.WRAPUP)]))
                closing.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_NO_MORE)]))
            parts = [cb]
        else:
            closing.append(Msg(sp='agent', parts=[rng.choice(MC.WRAPUP)]))
            closing.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_NO_MORE)]))
            parts = [pick(rng, (t, 'CLOSE'), M.CLOSE)]
        if req['survey'] and 'survey' not in d:
            parts.append(pick(rng, (t, 'SURVEY'), M.SURVEY))
        closing.append(Msg(sp='agent', parts=parts, tag='closing'))
        if rng.random() < 0.7:
            closing.append(Msg(sp='cust', parts=[rng.choice(MC.CUST_BYE)]))
    for b in blocks:
        msgs.extend(b)
    msgs.extend(closing)
    # merge consecutive customer messages (keep dialogue alternating where natural)
    out = []
    acks = set(MC.CUST_ACK + MC.CUST_OK_AFTER + MC.CUST_WAIT_OK)
    for m in msgs:
        if out and m['sp'] == 'cust' and out[-1]['sp'] == 'cust':
            if len(m['parts']) == 1 and m['parts'][0] in acks:
                continue  # drop a redundant ack
            if len(out[-1]['parts']) == 1 and out[-1]['parts'][0] in acks:
                out[-1] = m
                continue
        out.append(m)
    msgs = out
    # ---------- id placement ----------
    agent_idx = [i for i, m in enumerate(msgs) if m['sp'] == 'agent']
    idline = fill(pick(rng, (t, 'ID'), M.ID))
    if 'id' not in d:
        k = 0 if c['idpos'] == 1 or len(agent_idx) < 2 else 1
    elif sub['id'] == 'late' and len(agent_idx) >= 4:
        k = rng.randint(2, min(4, len(agent_idx) - 2))
    else:
        k = None
        idline = None
    if k is not None:
        m = msgs[agent_idx[k]]
        if k == 0:
            m['parts'].insert(1, idline)
        else:
            m['parts'].insert(0, idline)
        m['idline'] = idline
    # thanks with no hold (hard negative)
    if c['thanks_nohold'] and not hold_mode:
        cands = [i for i in agent_idx[2:-1] if msgs[i].get('tag') in ('fact0', 'fact1')]
        if cands:
            msgs[cands[0]]['parts'].insert(0, pick_cap(rng, (t, 'HOLD_THANKS'), M.HOLD_THANKS))
    return msgs, dict(name=name, staff=staff, emp_target=emp_target, missing=missing, wrong_fact=wrong_fact,
                      hold_mode=hold_mode, vmode=vmode, skip_req=skip_req)


# ---------------- timing and rendering ----------------
def render(c, msgs, info):
    rng = random.Random(c['seed'] ^ 0x1234)
    for m in msgs:
        m['parts'] = [p for p in m['parts'] if p]
    t, S = SCEN[c['scen']]
    M = MODS[t]
    d = c['defects']
    voice = c['channel'] == 'voice'
    sla = S['sla']
    turns = []
    events = [{'type': 'started', 'atMs': 0}]
    if c['sub']['rate'] == 'fast' and 'rate' in d:
        arate = rng.randint(320, 370)
    elif 'rate' in d:
        arate = rng.randint(88, 110)
    else:
        arate = rng.randint(175, 250)
    crate = rng.randint(200, 280)

    def text_of(m):
        s = ''.join(m['parts']) if not voice else '，'.join(p.rstrip('。，') for p in m['parts']) + '。'
        if voice:
            s = ''.join(m['parts'])
        return s

    def dur(text, rate):
        return max(400, int(round(MC.spoken_len(text) / rate * 60000)))

    def conf():
        return round(rng.uniform(0.60, 0.93), 2) if c['asr'] else round(rng.uniform(0.90, 0.99), 2)

    def tx(s):
        return MC.asr(s, rng) if c['asr'] else s

    if voice:
        tt = rng.randint(200, 500)
        events.append({'type': 'dialed', 'atMs': tt})
        tt += rng.randint(800, 2000)
        events.append({'type': 'ringing', 'atMs': tt})
        tt += rng.randint(3000, 9000)
        events.append({'type': 'answered', 'atMs': tt})
        zero = tt
        if c['ivr']:
            ivr = '您好，欢迎致电%s。咨询业务请按1，投诉建议请按2，人工服务请按0。' % M.ORG
            tt += 300
            du = dur(ivr, 240)
            turns.append({'speaker': 'ivr', 'text': tx(ivr), 'startMs': tt, 'endMs': tt + du, 'confidence': conf()})
            tt += du + rng.randint(1500, 4000)
            events.append({'type': 'dtmf', 'atMs': tt, 'digits': rng.choice(['0', '1', '2'])})
            tt += 600
            q = '正在为您转接人工服务，请稍候。'
            du = dur(q, 240)
            turns.append({'speaker': 'ivr', 'text': tx(q), 'startMs': tt, 'endMs': tt + du, 'confidence': conf()})
            events.append({'type': 'queued', 'atMs': tt + du + 100})
            tt += du + rng.randint(5000, 40000)
            events.append({'type': 'agent-joined', 'atMs': tt})
            zero = tt
    else:
        tt = rng.randint(800, 2000)
        events.append({'type': 'page-loaded', 'atMs': tt})
        if c['bot']:
            tt += rng.randint(500, 1500)
            turns.append({'speaker': 'bot', 'text': '您好，我是%s智能助手，请简单描述您的问题。' % M.ORG,
                          'startMs': tt, 'endMs': tt, 'confidence': 1.0})
            tt += rng.randint(5000, 15000)
            turns.append({'speaker': 'customer', 'text': S['title'], 'startMs': tt, 'endMs': tt, 'confidence': 1.0})
            tt += rng.randint(1000, 3000)
            turns.append({'speaker': 'bot', 'text': '为您找到以下帮助文章：《%s常见问题》。如未解决，请回复“转人工”。' % S['title'],
                          'startMs': tt, 'endMs': tt, 'confidence': 1.0})
            tt += rng.randint(4000, 12000)
            turns.append({'speaker': 'customer', 'text': '转人工', 'startMs': tt, 'endMs': tt, 'confidence': 1.0})
            tt += rng.randint(800, 2000)
            turns.append({'speaker': 'system', 'text': '正在为您转接人工客服，请稍候。', 'startMs': tt, 'endMs': tt,
                          'confidence': 1.0})
        if c['bot'] or rng.random() < 0.4:
            events.append({'type': 'queued', 'atMs': tt + 200})
            tt += rng.randint(3000, 30000)
        else:
            tt += rng.randint(1000, 3000)
        events.append({'type': 'agent-joined', 'atMs': tt})
        zero = tt
    prev_end = zero
    last_cust_end = None
    pending = None  # first unanswered customer message time
    last_cust_start = None
    interrupt_done = False
    nudged = False
    dead_done = False
    lat_done = False
    want_int = 'interrupt' in d
    want_dead = 'dead' in d
    want_lat = 'lat' in d
    n_agent = sum(1 for m in msgs if m['sp'] == 'agent')
    ai = 0
    for i, m in enumerate(msgs):
        text = ''.join(m['parts'])
        if m['sp'] == 'agent':
            ai += 1
            prev = msgs[i - 1] if i else None
            prev_agent = next((msgs[j] for j in range(i - 1, -1, -1) if msgs[j]['sp'] == 'agent'), None)
            announced = prev_agent is not None and prev_agent.get('tag') == 'holdreq'
            if i == 0:
                if 'fr' in d:
                    gap = sla['firstResponseMs'] + rng.randint(1000, 4000)
                else:
                    gap = rng.randint(800, 2500) if voice else rng.randint(2000, min(5000, sla['firstResponseMs'] - 1000))
                start = zero + gap
            elif m.get('hold') == 'hold':
                gap = rng.randint(20000, 55000) if voice else rng.randint(35000, 80000)
                start = prev_end + gap
                if voice:
                    events.append({'type': 'hold-start', 'atMs': prev_end + 300})
                    events.append({'type': 'hold-end', 'atMs': start - 300})
                m['gapkind'] = 'hold'
            elif m.get('hold') == 'unann':
                gap = rng.randint(16000, 30000) if voice else rng.randint(32000, 60000)
                start = prev_end + gap
                m['gapkind'] = 'unann'
            elif prev is not None and prev['sp'] == 'cust' and want_dead and not dead_done and voice and \
                    not announced and ai >= 2 and ai < n_agent and pending == prev_end:
                gap = rng.randint(8500, min(11500, sla['responseLatencyMs'] - 800))
                start = prev_end + gap
                dead_done = True
                m['gapkind'] = 'dead'
                m['deadgap'] = gap
            elif prev is not None and prev['sp'] == 'cust' and want_lat and not lat_done and not voice and \
                    not announced and ai >= 2 and pending is not None:
                gap = rng.randint(sla['responseLatencyMs'] + 2000, min(29000, sla['responseLatencyMs'] + 9000))
                start = pending + gap
                if start <= prev_end + 1000:
                    start = prev_end + 1000
                if rng.random() < 0.5 and start - prev_end > 12000:
                    nt = prev_end + rng.randint(6000, start - prev_end - 4000)
                    turns.append({'speaker': 'customer', 'text': rng.choice(MC.CUST_NUDGE), 'startMs': nt,
                                  'endMs': nt, 'confidence': 1.0})
                lat_done = True
                m['gapkind'] = 'lat'
                m['latgap'] = start - pending
            elif prev is not None and prev['sp'] == 'cust' and voice and want_int and not interrupt_done and \
                    last_cust_end is not None and last_cust_end - last_cust_start > 1600:
                ov = rng.randint(900, min(1800, last_cust_end - last_cust_start - 600))
                start = last_cust_end - ov
                interrupt_done = True
                m['gapkind'] = 'interrupt'
                m['overlap'] = ov
            elif prev is not None and prev['sp'] == 'cust':
                if voice:
                    if c['near_overlap'] and rng.random() < 0.25 and last_cust_end - last_cust_start > 1500:
                        start = last_cust_end - rng.randint(100, 600)
                    else:
                        start = prev_end + rng.randint(400, 2500)
                else:
                    if c['nudge_ok'] and not nudged and rng.random() < 0.3 and not announced and sla['responseLatencyMs'] > 14000:
                        g = rng.randint(11000, sla['responseLatencyMs'] - 2500)
                        start = (pending or prev_end) + g
                        if start > prev_end + 9000:
                            nt = prev_end + rng.randint(4000, start - prev_end - 3000)
                            turns.append({'speaker': 'customer', 'text': rng.choice(MC.CUST_NUDGE), 'startMs': nt,
                                          'endMs': nt, 'confidence': 1.0})
                            nudged = True
                        else:
                            start = prev_end + rng.randint(3000, 6000)
                    else:
                        start = prev_end + rng.randint(3000, 6000)
                if pending is not None and start - pending > sla['responseLatencyMs'] - 1500:
                    start = max(prev_end + 300, pending + sla['responseLatencyMs'] - 1500)
            else:
                start = prev_end + (rng.randint(500, 2000) if voice else rng.randint(4000, 7000))
            if voice:
                s = tx(text)
                du = dur(s, arate)
                turns.append({'speaker': 'agent', 'text': s, 'startMs': start, 'endMs': start + du,
                              'confidence': conf()})
                m['text'] = s
                prev_end = max(prev_end, start + du)
            else:
                parts = m['parts']
                if c['bubbles'] and len(parts) >= 2 and rng.random() < 0.6:
                    cut = rng.randint(1, len(parts) - 1)
                    chunks = [''.join(parts[:cut]), ''.join(parts[cut:])]
                else:
                    chunks = [text]
                st = start
                for j, ch in enumerate(chunks):
                    if j:
                        st += rng.randint(1000, 2200)
                    turns.append({'speaker': 'agent', 'text': ch, 'startMs': st, 'endMs': st, 'confidence': 1.0})
                m['text'] = text
                prev_end = st
            m['start'] = start
            pending = None
        else:
            prev_agent_msg = msgs[i - 1] if i else None
            if voice:
                if m.get('pause'):
                    gap = rng.randint(8500, 13000)
                else:
                    gap = rng.randint(300, 1500)
                start = prev_end + gap
                s = tx(text)
                du = dur(s, crate)
                turns.append({'speaker': 'customer', 'text': s, 'startMs': start, 'endMs': start + du,
                              'confidence': conf()})
                m['text'] = s
                if c['bc'] and du > 2500 and rng.random() < 0.5 and not (i + 1 < len(msgs) and want_int and not interrupt_done):
                    bs = start + int(du * 0.45)
                    bt = rng.choice(MC.BACKCH)
                    turns.append({'speaker': 'agent', 'text': bt, 'startMs': bs, 'endMs': bs + rng.randint(300, 700),
                                  'confidence': conf()})
                last_cust_start, last_cust_end = start, start + du
                prev_end = start + du
                if pending is None:
                    pending = start + du
            else:
                if m.get('pause'):
                    gap = rng.randint(31000, 45000)
                elif i and msgs[i - 1]['sp'] == 'cust':
                    gap = rng.randint(3500, 5000)
                else:
                    gap = rng.randint(4000, 15000)
                start = prev_end + gap
                parts = m['parts']
                if c['bubbles'] and len(parts) >= 2 and rng.random() < 0.6:
                    chunks = [parts[0], ''.join(parts[1:])]
                else:
                    chunks = [text]
                st = start
                for j, ch in enumerate(chunks):
                    if j:
                        st += rng.randint(1000, 2000)
                    turns.append({'speaker': 'customer', 'text': ch, 'startMs': st, 'endMs': st, 'confidence': 1.0})
                m['text'] = text
                if pending is None:
                    pending = start
                prev_end = st
            m['start'] = start
    turns.sort(key=lambda x: (x['startMs'], x['endMs']))
    last = max(x['endMs'] for x in turns)
    if c.get('transfer'):
        mid = turns[len(turns) // 2]['startMs']
        events.append({'type': 'transfer', 'atMs': mid, 'detail': {'to': '二线专员', 'mode': 'consult',
                                                                   'note': '坐席发起咨询转接后取消'}})
    walk = any(m.get('walkout') for m in msgs)
    if voice:
        events.append({'type': 'hangup', 'atMs': last + 400, 'by': 'customer' if walk or rng.random() < 0.5 else 'agent'})
        events.append({'type': 'ended', 'atMs': last + 700})
        total = last + 700
    else:
        total = last + rng.randint(1500, 6000)
        events.append({'type': 'ended', 'atMs': total})
    events.sort(key=lambda e: e['atMs'])
    for k, f in (('interrupt', interrupt_done), ('dead', dead_done), ('lat', lat_done)):
        if k in d and not f:
            print('WARN', c['id'], k, 'not placed')
    flags = dict(interrupt_done=interrupt_done, dead_done=dead_done, lat_done=lat_done, arate=arate)
    return turns, events, total, flags


def labels_for(c, msgs, info, flags):
    t, S = SCEN[c['scen']]
    d = c['defects']
    voice = c['channel'] == 'voice'
    req = requires(S)
    lab = {k: 'pass' for k in CHECKS}
    why = {}
    agents = [m for m in msgs if m['sp'] == 'agent']
    sec = lambda m: '%.1fs' % (m.get('start', 0) / 1000.0)  # noqa: E731
    first = agents[0]
    if 'greet' in d:
        lab['greeting'] = 'fail'
        why['greeting'] = '坐席首句「%s」没有问候语（%s起），只报了接听' % (first['text'], sec(first))
    if 'id' in d:
        lab['agent-id'] = 'fail'
        idm = next((m for m in agents if m.get('idline')), None)
        if idm:
            why['agent-id'] = '工号/姓名直到第%d条坐席发言才出现：「%s」，晚于前两轮' % (agents.index(idm) + 1, idm['text'])
        else:
            why['agent-id'] = '全程未报工号或姓名；前两轮是「%s」「%s」' % (agents[0]['text'], agents[1]['text'] if len(agents) > 1 else '')
    if c['walkout']:
        lab['closing'] = 'na'
    elif 'close' in d:
        lab['closing'] = 'fail'
        why['closing'] = '坐席最后一句「%s」没有致谢或道别（%s）' % (agents[-1]['text'], sec(agents[-1]))
    bad = [m for m in agents if m.get('tag') in ('rude', 'jiyu')]
    if bad:
        lab['forbidden-words'] = 'fail'
        why['forbidden-words'] = '；'.join('忌语「%s」（%s）' % (m['text'], sec(m)) for m in bad)
    rude = [m for m in agents if m.get('tag') == 'rude']
    if rude:
        lab['politeness'] = 'fail'
        why['politeness'] = '；'.join('不礼貌：「%s」（%s）' % (m['text'], sec(m)) for m in rude)
    if not req['verification']:
        lab['verification'] = 'na'
    elif 'verify' in d:
        lab['verification'] = 'fail'
        f0 = next((m for m in agents if m.get('tag') == 'fact0'), None)
        if info['vmode'] == 'late':
            vm = next(m for m in agents if m.get('tag') == 'verify')
            why['verification'] = '先披露了记录「%s」（%s），之后才核身「%s」' % (f0['text'], sec(f0), vm['text'])
        else:
            why['verification'] = '未做任何身份核验就披露记录：「%s」（%s）' % (f0['text'] if f0 else '', sec(f0) if f0 else '')
    hm = info['hold_mode']
    if not hm:
        lab['hold-etiquette'] = 'na'
    elif hm in ('nothanks', 'nothanks2'):
        lab['hold-etiquette'] = 'fail'
        hs = [m for m in agents if m.get('gapkind') == 'hold']
        hmsg = hs[-1]
        why['hold-etiquette'] = '等待后回来的第一句「%s」（%s）没有感谢等待%s' % (
            hmsg['text'], sec(hmsg), '（第二次等待）' if hm == 'nothanks2' else '')
    elif hm == 'unann':
        lab['hold-etiquette'] = 'fail'
        um = next(m for m in agents if m.get('gapkind') == 'unann')
        prevm = agents[agents.index(um) - 1]
        why['hold-etiquette'] = '「%s」之后无提示静默，到%s才说「%s」，等待未事先告知' % (prevm['text'], sec(um), um['text'])
    if voice:
        if 'interrupt' in d:
            lab['interruption'] = 'fail'
            im = next(m for m in agents if m.get('gapkind') == 'interrupt')
            why['interruption'] = '坐席在客户话未说完前约%.1f秒抢话：「%s」' % (im['overlap'] / 1000.0, im['text'])
        if 'rate' in d:
            lab['speech-rate'] = 'fail'
            why['speech-rate'] = '坐席语速约每分钟%d字（%s），如「%s」' % (
                flags['arate'], '过快' if flags['arate'] > 300 else '过慢', max(agents, key=lambda m: len(m['text']))['text'])
    else:
        lab['interruption'] = 'na'
        lab['speech-rate'] = 'na'
    if hm == 'unann':
        lab['dead-air'] = 'fail'
        um = next(m for m in agents if m.get('gapkind') == 'unann')
        why['dead-air'] = '未告知的冷场后坐席才说「%s」（%s）' % (um['text'], sec(um))
    if 'dead' in d:
        lab['dead-air'] = 'fail'
        dm = next(m for m in agents if m.get('gapkind') == 'dead')
        why['dead-air'] = '客户说完后静默%.1f秒，坐席才回「%s」' % (dm['deadgap'] / 1000.0, dm['text'])
    comps = [m for m in msgs if m['sp'] == 'cust' and (m.get('complaint') or m.get('cprompt'))]
    if not comps and not req['empathy']:
        lab['empathy'] = 'na'
    elif 'empathy' in d:
        lab['empathy'] = 'fail'
        fm = [m for m in comps if m.get('failing')]
        why['empathy'] = '；'.join('客户「%s」（%s）后两轮坐席没有致歉或安抚' % (m['text'], sec(m)) for m in fm)
    if 'resol' in d:
        lab['resolution'] = 'fail'
        nm = [m for m in agents if m.get('tag') == 'nonanswer']
        qs = []
        for m in nm:
            q = msgs[msgs.index(m) - 1]
            qs.append('问「%s」只得到「%s」，之后也没补答' % (q['text'], m['text']))
        why['resolution'] = '；'.join(qs)
    if 'fr' in d:
        lab['first-response'] = 'fail'
        why['first-response'] = '坐席接入后首条消息「%s」超出首响时限%d毫秒' % (first['text'], S['sla']['firstResponseMs'])
    if 'lat' in d:
        lab['response-latency'] = 'fail'
        lm = next(m for m in agents if m.get('gapkind') == 'lat')
        why['response-latency'] = '回复「%s」距客户消息%.1f秒，超过%d毫秒' % (lm['text'], lm['latgap'] / 1000.0,
                                                                 S['sla']['responseLatencyMs'])
    fi = info['wrong_fact']
    if 'fact_wrong' in d:
        f = S['facts'][fi]
        wm = [m for m in agents if m.get('tag') == 'fact%d' % fi][-1]
        lab['fact-accuracy'] = 'fail'
        lab['no-misinformation'] = 'fail'
        why['fact-accuracy'] = '%s最后一次说成「%s」，正确是%s' % (f['label'], wm['text'], f['expected'])
        why['no-misinformation'] = '「%s」给出错误的%s，全程未更正' % (wm['text'], f['label'])
    if 'fact_missing' in d:
        f = S['facts'][info['missing']]
        lab['fact-accuracy'] = 'fail'
        why['fact-accuracy'] = '全程没有告知%s（应为%s），坐席共%d条发言' % (f['label'], f['expected'], len(agents))
    if 'misinfo' in d:
        f = S['facts'][fi]
        wm = [m for m in agents if m.get('tag') == 'fact%d' % fi][0]
        lab['no-misinformation'] = 'fail'
        why['no-misinformation'] = '先说错%s：「%s」（%s），后来才更正' % (f['label'], wm['text'], sec(wm))
    if not req['reference']:
        lab['record-reference'] = 'na'
    elif 'ref' in d:
        lab['record-reference'] = 'fail'
        why['record-reference'] = '整通%d条坐席发言都没有工单号/受理编号，结束于「%s」（%s）' % (
            len(agents), agents[-1]['text'], sec(agents[-1]))
    if not req['survey']:
        lab['survey-offered'] = 'na'
    elif 'survey' in d:
        lab['survey-offered'] = 'fail'
        why['survey-offered'] = '未邀请满意度评价，坐席以「%s」结束（%s）' % (agents[-1]['text'], sec(agents[-1]))
    if 'reqinfo' in d:
        it = S['req'][info['skip_req']]
        lab['required-info'] = 'fail'
        op = next(m for m in msgs if m['sp'] == 'cust' and m.get('q') == 'main')
        why['required-info'] = '坐席从未询问%s；客户在「%s」里自己说了，坐席没有再问' % (it['label'], op['text'])
    return lab, why


def yaml_scen(t, s):
    M = MODS[t]
    req = requires(s)
    J = lambda x: json.dumps(x, ensure_ascii=False)  # noqa: E731
    lines = ['id: %s' % s['id'], 'title: %s' % J(s['title']),
             'description: %s' % J('独立语料 independent-dev27c，领域 %s，机构 %s' % (t, M.ORG)),
             'channel: [voice, webchat]', 'target: { phone: %s }' % J(M.PHONE),
             'persona: { name: %s }' % J(M.PERSONAS[[x['id'] for x in M.SCEN].index(s['id'])]),
             'locale: zh-CN', 'steps:', '  - say: %s' % J(s['say'][0]),
             '  - wait: { pattern: %s, timeoutMs: 60000 }' % J(s['wait']), '  - end: true', 'facts:']
    for f in s['facts']:
        lines.append('  - ' + J({k: f[k] for k in ('key', 'label', 'expected', 'variants', 'wrong', 'cues')}))
    lines.append('requiredInfo:')
    for r in s['req']:
        lines.append('  - ' + J({k: r[k] for k in ('key', 'label', 'patterns')}))
    lines.append('requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
        'true' if req[k] else 'false' for k in ('verification', 'reference', 'empathy', 'survey')))
    lines.append('sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }' % (
        s['sla']['firstResponseMs'], s['sla']['responseLatencyMs']))
    lines.append('tags: [independent-dev27c, %s]' % t)
    return '\n'.join(lines) + '\n'


def specials():
    out = []
    rng = random.Random(P.SEED + 7)
    sp = [
        ('x01', 'game-recharge', 'voice', 'no-answer', '拨出后一直振铃无人接听'),
        ('x02', 'dish-repair', 'voice', 'busy', '对方忙线'),
        ('x03', 'proj-screen', 'voice', 'abandoned', '在IVR排队时客户挂断，未接通人工'),
        ('x04', 'park-closure', 'webchat', 'abandoned', '在线排队时客户离开，未接入坐席'),
        ('x05', 'english-tutor', 'webchat', 'abandoned', '只与机器人对话，从未接入人工'),
        ('x06', 'parttime-pay', 'webchat', 'failed', '测试框架故障 E_SELECTOR_TIMEOUT'),
        ('x07', 'proj-return', 'webchat', 'failed', '测试框架故障 E_BROWSER_CRASHED'),
    ]
    for sid, scen, ch, outcome, note in sp:
        t, S = SCEN[scen]
        M = MODS[t]
        ev = [{'type': 'started', 'atMs': 0}]
        turns = []
        if ch == 'voice':
            ev.append({'type': 'dialed', 'atMs': 300})
            if sid == 'x01':
                ev += [{'type': 'ringing', 'atMs': 1800}, {'type': 'ended', 'atMs': 61800}]
                total = 61800
            elif sid == 'x02':
                ev += [{'type': 'ended', 'atMs': 2400}]
                total = 2400
            else:
                ivr = '您好，欢迎致电%s。咨询业务请按1，投诉建议请按2，人工服务请按0。' % M.ORG
                ev += [{'type': 'ringing', 'atMs': 1500}, {'type': 'answered', 'atMs': 6200}]
                turns.append({'speaker': 'ivr', 'text': ivr, 'startMs': 6500, 'endMs': 15500, 'confidence': 0.95})
                ev.append({'type': 'dtmf', 'atMs': 17800, 'digits': '0'})
                turns.append({'speaker': 'ivr', 'text': '当前排队人数较多，请耐心等待。', 'startMs': 18400,
                              'endMs': 21800, 'confidence': 0.94})
                ev += [{'type': 'queued', 'atMs': 21900}, {'type': 'hangup', 'atMs': 143000, 'by': 'customer'},
                       {'type': 'ended', 'atMs': 143300}]
                total = 143300
        else:
            ev.append({'type': 'page-loaded', 'atMs': 1300})
            if sid == 'x04':
                turns.append({'speaker': 'system', 'text': '当前咨询人数较多，您前面还有12人。', 'startMs': 2500,
                              'endMs': 2500, 'confidence': 1.0})
                turns.append({'speaker': 'customer', 'text': '退款的事，有人吗', 'startMs': 40200, 'endMs': 40200,
                              'confidence': 1.0})
                ev += [{'type': 'queued', 'atMs': 2400}, {'type': 'ended', 'atMs': 190000}]
                total = 190000
            elif sid == 'x05':
                turns += [
                    {'speaker': 'bot', 'text': '您好，我是%s智能助手，请简单描述您的问题。' % M.ORG, 'startMs': 2100,
                     'endMs': 2100, 'confidence': 1.0},
                    {'speaker': 'customer', 'text': '约的课怎么取消', 'startMs': 9800, 'endMs': 9800, 'confidence': 1.0},
                    {'speaker': 'bot', 'text': '您可以在“我的课程”中点击取消预约，开课前12小时取消不扣课时。',
                     'startMs': 11000, 'endMs': 11000, 'confidence': 1.0},
                    {'speaker': 'customer', 'text': '好的知道了', 'startMs': 25000, 'endMs': 25000, 'confidence': 1.0},
                ]
                ev += [{'type': 'ended', 'atMs': 40000}]
                total = 40000
            else:
                ev += [{'type': 'ended', 'atMs': 31000 if sid == 'x06' else 8700}]
                total = 31000 if sid == 'x06' else 8700
        con = {'schemaVersion': 1, 'contactId': 'h20c-' + sid, 'scenarioId': scen, 'runId': 'dev27c',
               'channel': ch, 'startedAt': BASE_T + 86400000 * 2 + rng.randint(0, 36000000), 'durationMs': total,
               'events': ev, 'turns': turns, 'outcome': outcome,
               'transcriptSource': 'deepgram' if ch == 'voice' else 'chat-dom'}
        if outcome == 'failed':
            con['failedBy'] = 'harness'
            con['errorCode'] = 'E_SELECTOR_TIMEOUT' if sid == 'x06' else 'E_BROWSER_CRASHED'
        lab = {'contactId': con['contactId'], 'domain': t, 'labels': {k: 'na' for k in CHECKS},
               'why': {'special': note}}
        out.append((con, lab))
    return out


def main():
    USE.clear()
    plan = P.make_plan()
    contacts, labels = [], []
    meta = {}
    for c in plan:
        msgs, info = build(c)
        turns, events, total, flags = render(c, msgs, info)
        t, S = SCEN[c['scen']]
        rng = random.Random(c['seed'] ^ 0x777)
        con = {'schemaVersion': 1, 'contactId': c['id'], 'scenarioId': c['scen'], 'runId': 'dev27c',
               'channel': c['channel'], 'startedAt': BASE_T + rng.randint(0, 86400000 * 2), 'durationMs': total,
               'events': events, 'turns': turns, 'outcome': 'completed',
               'transcriptSource': 'deepgram' if c['channel'] == 'voice' else 'chat-dom'}
        if c.get('nodur'):
            del con['durationMs']
        lab, why = labels_for(c, msgs, info, flags)
        contacts.append(con)
        labels.append({'contactId': c['id'], 'domain': t, 'labels': lab, 'why': why})
        meta[c['id']] = dict(defects=sorted(c['defects']), flags={k: v for k, v in flags.items()})
    for con, lab in specials():
        contacts.append(con)
        labels.append(lab)
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as f:
        for x in contacts:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for x in labels:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for t, m in MODS.items():
        for s in m.SCEN:
            with open(os.path.join(OUT, 'scenarios', s['id'] + '.yaml'), 'w', encoding='utf-8') as f:
                f.write(yaml_scen(t, s))
    with open(os.path.join(HERE, 'plan_meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, sort_keys=True, indent=0)
    print('wrote %d contacts, %d labels, %d scenarios' % (len(contacts), len(labels), sum(len(m.SCEN) for m in MODS.values())))


if __name__ == '__main__':
    main()
