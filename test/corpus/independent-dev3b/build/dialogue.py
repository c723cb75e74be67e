"""Assembles one contact's dialogue from the hand-written banks, injecting the defects chosen in `plan`.

A turn is a dict: speaker, segs (text pieces), and flags the timing/label code reads:
  ask       the agent hands the word to the customer (a question / request)
  announce  the agent announced a wait or a look-up
  thanks    the agent thanked / apologised for a wait at the start of this turn
  complaint the customer complains here
Labels that depend on wording are recorded in plan['labels'] / plan['why'] as the defect is injected.
"""
from phrases_material import *  # noqa: F403 (plain data banks)

DIGIT_WORDS = '零幺二三四五六七八九'


def spell(num):
    return ''.join(DIGIT_WORDS[int(c)] if c.isdigit() else c for c in num)


def A(segs, **flags):
    return dict(speaker='agent', segs=[s for s in segs if s], **flags)


def C(text, **flags):
    return dict(speaker='customer', segs=[text], **flags)


def join_lines(first, second, voice):
    """Two things the customer says in one turn (no doubled punctuation on chat)."""
    if voice:
        return first + ' ' + second
    return first + ('' if first[-1:] in '！？。~' else '，') + second


def fact_clause(rng, fact, mode):
    tpl = rng.choice(fact['say'])
    if mode == 'wrong':
        return tpl.replace('{V}', rng.choice(fact['wrong']))
    if mode == 'neg' and fact.get('neg'):
        return fact['neg'].replace('{W}', rng.choice(fact['wrong'])).replace('{V}', rng.choice([fact['expected']] + fact['variants']))
    return tpl.replace('{V}', rng.choice([fact['expected']] + fact['variants']))


def build_dialogue(rng, scn, plan):
    """Returns (pre_turns, turns) where pre_turns precede the agent joining (IVR / system)."""
    dom, voice, st = scn['domain'], scn['channel'] == 'voice', plan['style']
    L, W = plan['labels'], plan['why']
    hot = rng.choice(HOTLINE[dom])
    pre = []
    if voice:
        pre.append(dict(speaker='ivr', segs=[f'您好，欢迎致电{hot}，人工服务请按零。'], pre=True))
        if rng.random() < 0.5:
            pre.append(dict(speaker='ivr', segs=['正在为您转接人工坐席，请稍候。'], pre=True))
    else:
        pre.append(dict(speaker='system', segs=['正在为您转接人工客服，请稍候…'], pre=True))
        if plan['id'] == 'none' and rng.random() < 0.5:
            staff = rng.randint(1000, 9999)
            pre.append(dict(speaker='system', segs=[f'客服{staff}号已接入会话'], pre=True))
            W['agent-id'] = W.get('agent-id', '') + '; the staff number appears only in a system notice, not in agent text'

    staff_no = str(rng.randint(100, 9999))
    words = spell(staff_no) if voice else staff_no

    def idtxt(bank):
        return rng.choice(bank).replace('{n}', staff_no).replace('{w}', words)

    # A1: greeting + (id) + offer
    if plan['greet']:
        g = rng.choice(GREET_PASS if voice or rng.random() < 0.4 else [x for x in GREET_PASS_CHAT if dom == 'ecommerce' or '亲' not in x]).replace('{h}', hot)
    else:
        g = rng.choice(GREET_FAIL if voice else GREET_FAIL_CHAT).replace('{h}', hot)
        W['greeting'] = f'first agent turn opens with "{g}", no greeting'
    first = [g + '，']
    if plan['id'] == 'first':
        first.append(idtxt(ID_FIRST) + '，')
    first.append(rng.choice(OFFER[st]))
    turns = [A(first, ask=True)]

    complaint_at = plan['complaint']  # None | 'open' | 'late'
    comp_line = rng.choice(COMPLAINT[dom]) + ('' if voice else rng.choice(CHAT_COMPLAINT_SUFFIX))
    opening = rng.choice(scn['openings'])
    turns.append(C(join_lines(opening, comp_line, voice) if complaint_at == 'open' else opening,
                   complaint=complaint_at == 'open', long=True))

    # asks: verification first, then required info
    asks = []
    if plan['verify'] == 'pass':
        vq, kind = rng.choice(VERIFY_ASK[st])
        asks.append(('verify', vq, rng.choice(VERIFY_ANS[kind])))
    for item in scn['req']:
        if item['key'] in plan['omit_req']:
            continue
        asks.append(('req', rng.choice(item['curt'] if st == 'curt' else item['polite']), rng.choice(item['answers'])))

    a2 = []
    if plan['id'] == 'second':
        a2.append(idtxt(ID_SECOND))
    if plan['id'] in ('none', 'late') and rng.random() < 0.65:
        a2.append(rng.choice(ID_DECOY[dom]) + '，')
        W['agent-id'] = (W.get('agent-id', '') + '; numbers in the second turn are not a staff id').lstrip('; ')
    a2.append(rng.choice(ACK[st]))
    if plan['lookalike'] and st != 'curt':
        a2.append(plan['lookalike'])
    if plan['forbidden'] and plan['forbidden_at'] == 'early':
        a2.append(plan['forbidden'])
    pending_ok = None
    for i, (kind, q, ans) in enumerate(asks):
        segs = (a2 if i == 0 else [pending_ok] if pending_ok else []) + [q]
        pending_ok = None
        turns.append(A(segs, ask=True))
        turns.append(C(ans, pause=plan['cust_pause'] and i == 0))
        if kind == 'verify':
            pending_ok = rng.choice(VERIFY_OK[st])
    lead = a2 if not asks else ([pending_ok] if pending_ok else [])

    facts = scn['facts']
    hold = plan['hold']
    if hold.startswith('announced') or hold.startswith('music-announced'):
        turns.append(A(lead + [rng.choice(HOLD_ANNOUNCE[st])], announce=True))
        if rng.random() < 0.6:
            turns.append(C(rng.choice(['好的', '嗯 好', '行 我等一下', '好'])))
        thanks = plan['hold_thanked']
        pre_txt = rng.choice(HOLD_THANKS[st]) if thanks else rng.choice(AFTER_HOLD_NO_THANKS[st])
        first_fact = [pre_txt]
        turns[-1]['hold_before_next'] = hold
    else:
        first_fact = list(lead)
        if lead or hold != 'none':
            pass
        turns[-1]['hold_before_next'] = hold if hold != 'none' else None
    # fact statements
    fmodes = plan['fact_modes']
    def stmt(fi):
        m = fmodes[fi]
        if m == 'missing':
            return rng.choice(DEFER_CURT if st == 'curt' else DEFER)
        return rng.choice(WRAP[st]).replace('{c}', fact_clause(rng, facts[fi], m))
    if scn.get('disclose'):
        first_fact.append(rng.choice(scn['disclose']))
    turns.append(A(first_fact + [stmt(0)], thanks=hold.startswith(('announced', 'music-announced')) and plan['hold_thanked'],
                   after_hold=True))
    # customer follow-up: second fact, a late complaint, or a misbelief question (hard negative)
    if len(facts) > 1:
        q = facts[1]['ask']
        if complaint_at == 'late':
            q = join_lines(comp_line, q, voice)
        turns.append(C(q, complaint=complaint_at == 'late', long=True))
        segs = []
        if plan['forbidden'] and plan['forbidden_at'] == 'late':
            segs.append(plan['forbidden'])
        segs.append(stmt(1))
        turns.append(A(segs))
    elif complaint_at == 'late' or (plan['forbidden'] and plan['forbidden_at'] == 'late'):
        q = comp_line if complaint_at == 'late' else rng.choice(['您能再说一遍吗？', '那我就等着通知就行了是吧', '嗯？没太听清'])
        turns.append(C(q, complaint=complaint_at == 'late', long=True))
        segs = [plan['forbidden']] if plan['forbidden'] and plan['forbidden_at'] == 'late' else []
        segs.append(rng.choice(WRAP[st]).replace('{c}', fact_clause(rng, facts[0], 'correct' if fmodes[0] != 'wrong' else 'wrong'))
                    if fmodes[0] != 'missing' else rng.choice(DEFER_CURT if st == 'curt' else DEFER))
        turns.append(A(segs))
    if plan['closing'] == 'hangup':
        return pre, turns
    turns.append(C(rng.choice(CUST_OK)))
    # reference
    if plan['reference'] is not None:
        ref = ('' if voice else rng.choice(['GD', 'SR', 'TK', ''])) + str(rng.randint(10 ** 7, 10 ** 10))
        refv = spell(ref) if voice and rng.random() < 0.7 else ref
        rname = rng.choice(scn.get('ref_names') or REF_NAMES[dom])
        if plan['reference'] == 'pass':
            txt = rng.choice(REF_SAY_CURT if st == 'curt' else REF_SAY).replace('{r}', rname).replace('{v}', refv)
        else:
            p4 = str(rng.randint(1000, 9999))
            txt = rng.choice(REF_DECOY).replace('{p}', spell(p4) if voice else p4).replace(
                '{d}', rng.choice(['12月10号', '十二月十号', '下周三'])).replace(
                '{a}', rng.choice(['三百二十元', '58.5元', '二十块'])).replace('{hot}', HOTLINE_NO[dom])
            W['record-reference'] = 'no ticket number given; only a phone tail / date / amount / hotline number'
        turns.append(A([txt]))
        turns.append(C(rng.choice(CUST_OK)))
    turns.append(A([rng.choice(ANY_ELSE[st])], ask=True))
    turns.append(C(rng.choice(CUST_NOTHING) + rng.choice(['', ' 谢谢啊', ' 谢谢 拜拜'])))
    last = []
    if plan['id'] == 'late':
        last.append(idtxt(ID_SECOND))
        W['agent-id'] = 'staff identity given only in the agent\'s last turn, not in its first two'
    if plan['survey'] == 'pass':
        last.append(rng.choice(SURVEY['voice' if voice else 'webchat']))
    if plan['closing'] == 'pass':
        last.append(rng.choice(CLOSING_CURT_PASS if st == 'curt' else CLOSING_PASS[dom]))
    else:
        last.insert(0, rng.choice(CLOSING_FAIL_LAST[st]))
        W['closing'] = 'last two agent turns: "anything else?" and a bare acknowledgement, no thanks/wish/goodbye'
    turns.append(A(last))
    return pre, turns
