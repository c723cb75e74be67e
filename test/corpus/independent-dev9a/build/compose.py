"""Composes one contact's script from the hand-written material and records the labels each choice implies.

The script is a list of turns (speaker, text, kind, timing marks); gen.py's build() lays it on a timeline.
"""
from common import NEUTRAL_SHORT, TAKE_TIME, CHECKS, spoken


def pick(rng, pool):
    return rng.choice(pool)


def compose(dom, sc, k, rng, voice):
    """Builds the script (speaker, text, kind, timing marks) and the labels for one contact."""
    T = []
    curt = k['pol'] == 'curt'
    req = sc['requires']
    L = {c: 'pass' for c in CHECKS}
    why = {}

    def A(text, kind='plain', **kw):
        if curt:
            text = text.replace('您', '你')  # a curt agent says 你 throughout
        T.append(dict(sp='agent', text=text, kind=kind, **kw))

    def C(text, kind='plain', **kw):
        T.append(dict(sp='customer', text=text, kind=kind, **kw))

    P = lambda key: sc.get(key, dom.get(key))
    num = lambda s: spoken(s, voice and rng.random() < 0.7)
    staff = '%s%d' % (rng.choice(['', '', 'A', 'K']), rng.randint(1000, 9899)) if rng.random() < 0.8 else str(rng.randint(10, 99)) + str(rng.randint(100, 999))

    # ---- opening -------------------------------------------------------------------------
    if curt:
        opening = pick(rng, P('curt')['open'])
        L['greeting'] = 'fail'; why['greeting'] = '开口没有问候，直接“请讲/说”'
        L['agent-id'] = 'fail'; why['agent-id'] = '前两句未报工号或姓名'
        idmode = 'curt'
    else:
        g = pick(rng, P('greet') if k['greet'] else P('nogreet'))
        if not k['greet']:
            L['greeting'] = 'fail'; why['greeting'] = '首句只报机构/请讲，没有“您好”类问候'
        idmode = k['id']
        idtxt = ''
        if idmode == 'num':
            idtxt = pick(rng, P('id_num')).format(n=num(staff))
        elif idmode == 'name':
            idtxt = pick(rng, P('id_name'))
        elif idmode == 'role':
            idtxt = pick(rng, P('id_role'))
        elif idmode == 'hotline':
            idtxt = pick(rng, P('id_hotline'))
        opening = g + idtxt + pick(rng, P('howhelp'))
        if idmode in ('none', 'role', 'hotline', 'late'):
            L['agent-id'] = 'fail'
            why['agent-id'] = {'none': '前两句没有任何自我介绍', 'role': '只说了“我是客服”类岗位，没有姓名或工号',
                               'hotline': '报的是热线号码，不是工号', 'late': '姓名到第三句以后才报，超出前两句'}[idmode]
    A(opening, 'open')
    if idmode == 'asked':
        C(pick(rng, P('ask_staff')))
        A(pick(rng, P('id_num')).format(n=num(staff)) + pick(rng, P('howhelp')), 'idgive')
        why['agent-id'] = '首句未报，客户追问后第二句报了工号（仍在前两句内）'

    # ---- the customer's matter -----------------------------------------------------------
    complaint = k['complain']
    if complaint:
        C(pick(rng, sc['complaint']), 'complaint')
    else:
        C(pick(rng, sc['neutral']), 'plain')
    if not voice and rng.random() < 0.5:
        C(pick(rng, sc['extra']), 'plain')
    emp_fail_at = k['emp_fail_at'] if complaint or k['complain2'] else None

    # the agent's reply to the matter
    if curt:
        ask = pick(rng, sc['ask_curt']) if k['req'] else pick(rng, P('curt')['generic'])
        A(ask, 'ask')
    else:
        parts = []
        if complaint:
            parts.append(pick(rng, P('empathy')) if emp_fail_at != 1 else pick(rng, P('nonempathy')))
        else:
            parts.append(pick(rng, P('ack')))
        parts.append(pick(rng, sc['req_ask']) if k['req'] else pick(rng, P('generic_ask')))
        A(''.join(parts), 'ask')
    if not k['req']:
        L['required-info'] = 'fail'; why['required-info'] = '坐席没有询问%s（客户自己报的不算）' % sc['req']['label']
    # not asked for the item, the customer tells the story; now and then volunteers the item unasked
    answer = pick(rng, sc['req_answer']) if k['req'] or rng.random() < 0.3 else pick(rng, sc['extra'])
    if k['cust_pause']:
        C(pick(rng, P('cust_wait')), 'plain')
        if not voice:
            A(pick(rng, TAKE_TIME), 'plain')
        C(answer, 'plain', gap='custpause')
        why['dead-air'] = '客户说“我找一下”后的长停顿是客户的停顿，不算静默'
    else:
        C(answer, 'plain')

    # ---- verification ----------------------------------------------------------------------
    vmode = k['verify'] if req['verification'] else rng.choice(['ok', 'none'])
    if vmode == 'ok':
        asks = P('curt')['verify'] if curt else P('verify_ask')
        j = rng.randrange(len(asks))
        A(asks[j], 'ask')
        C(P('verify_answer')[j], 'plain')  # the answer written for that question
        A(('' if curt else pick(rng, P('verify_ok'))) + pick(rng, sc['disclose']), 'disclose')
    else:
        A(pick(rng, sc['disclose']), 'disclose')
        if vmode == 'late':
            C(pick(rng, NEUTRAL_SHORT), 'plain')
            j = rng.randrange(len(P('verify_ask')))
            A(P('verify_ask')[j], 'ask')
            C(P('verify_answer')[j], 'plain')
    if req['verification']:
        if vmode != 'ok':
            L['verification'] = 'fail'
            why['verification'] = '先报出/操作了客户名下信息再核身' if vmode == 'late' else '没有核实身份就直接说了客户名下的信息'
    else:
        L['verification'] = 'na'

    # ---- optional unannounced gap before the fact, hold, fact ------------------------------
    C(pick(rng, sc['fact_q']), 'plain')
    fact_gap = None
    if k['deadair'] == 'mid':
        fact_gap = 'deadair'
    if k['lat'] in ('voice', 'chat_long'):
        fact_gap = 'latlong'
    if k['lat'] == 'chat_nudge':
        fact_gap = 'nudge'
    holdmode = 'none' if curt else k['hold']
    if holdmode != 'none':
        A(pick(rng, P('hold_ask')), 'holdask', hold_ev=voice and rng.random() < 0.35, gap=fact_gap)
        fact_gap = None
        if rng.random() < 0.6:
            C(pick(rng, NEUTRAL_SHORT), 'plain')
        back = pick(rng, P('hold_thanks')) if holdmode == 'good' else pick(rng, P('hold_nothanks'))
    else:
        back = ''
    fm = k['fact']
    gapkw = {'gap': 'hold'} if holdmode != 'none' else ({'gap': fact_gap} if fact_gap else {})
    fact_stated = True
    if curt:
        A(back + pick(rng, sc['fact_curt']), 'fact', **gapkw)
    elif fm in ('ok', 'follow_nonanswer'):
        A(back + pick(rng, sc['fact_ok']), 'fact', **gapkw)
    elif fm == 'wrong':
        A(back + pick(rng, sc['fact_wrong']), 'fact', **gapkw)
        L['fact-accuracy'] = 'fail'; L['no-misinformation'] = 'fail'
        why['fact-accuracy'] = why['no-misinformation'] = '%s说成了已知错误值' % sc['fact']['label']
    elif fm == 'selfcorrect':
        A(back + pick(rng, sc['fact_wrong']), 'fact', **gapkw)
        C(pick(rng, sc['doubt']), 'plain')
        A(pick(rng, P('correction')) + pick(rng, sc['fact_ok']), 'fact')
        L['no-misinformation'] = 'fail'
        why['no-misinformation'] = '先说了错误值，虽然随后更正（事实准确以最后一次为准=pass）'
        why['fact-accuracy'] = '最后一次说法是正确值'
    elif fm == 'unlisted':
        A(back + pick(rng, sc['fact_unlisted']), 'fact', **gapkw)
        L['fact-accuracy'] = 'fail'; why['fact-accuracy'] = '给出的数值既不是正确值也不在已知错误列表（无误导项不判）'
        why['resolution'] = '问题有回答（答错不影响解决项）'
    elif fm == 'nonanswer':
        A(back + pick(rng, sc['nonanswer']), 'nonanswer', **gapkw)
        fact_stated = False
        L['fact-accuracy'] = 'fail'; why['fact-accuracy'] = '%s始终没有给出' % sc['fact']['label']
        L['resolution'] = 'fail'; why['resolution'] = '对核心问题只回“不清楚/查不了”，没有查询或转介'
    elif fm == 'lookup':
        A(back + pick(rng, sc['nonanswer_lookup']), 'lookup', **gapkw)
        C(pick(rng, NEUTRAL_SHORT), 'plain')
        A(pick(rng, sc['fact_ok']), 'fact')
        why['resolution'] = '先说不确定，但随即查询并给出了答案'

    # ---- follow-up question about the matter ------------------------------------------------
    if not curt and fact_stated:
        q, good, bad = pick(rng, sc['follow'])
        C(q, 'plain')
        if fm == 'follow_nonanswer':
            A(bad, 'nonanswer')
            L['resolution'] = 'fail'; why['resolution'] = '客户追问自己的事，坐席答“不清楚/查不了”且没有后续'
        else:
            A(good, 'plain')

    # ---- second complaint ---------------------------------------------------------------------
    if k['complain2'] and not curt:
        j = rng.randrange(len(sc['complaint2']))
        C(sc['complaint2'][j], 'complaint')
        # a scenario's own empathy2 lines answer its complaint2 lines one for one
        e2 = P('empathy2')
        A((e2[j] if 'empathy2' in sc else pick(rng, e2)) if emp_fail_at != 2 else pick(rng, P('nonempathy2')), 'plain')
    if complaint or k['complain2']:
        if curt or emp_fail_at:
            L['empathy'] = 'fail'
            why['empathy'] = '客户抱怨后坐席接下来两句都没有致歉或体谅，只有“别急/会处理”' if not curt else '客户抱怨，坐席冷淡地只要信息'
        else:
            why['empathy'] = '每次抱怨后下一句都有致歉/体谅'
    elif not req['empathy']:
        L['empathy'] = 'na'

    # ---- forbidden words / rudeness / look-alikes --------------------------------------------
    if k['pol'] == 'rude':
        C(pick(rng, sc['pushback']), 'plain')
        A(pick(rng, P('rude')), 'forb')
        L['politeness'] = 'fail'; L['forbidden-words'] = 'fail'
        why['politeness'] = why['forbidden-words'] = '对客户说了指责/不耐烦/嘲讽的话'
    elif k['pol'] == 'buck':
        C(pick(rng, sc['pushback']), 'plain')
        A(pick(rng, P('buckpass')), 'forb')
        L['forbidden-words'] = 'fail'; why['forbidden-words'] = '推诿/生硬拒绝类忌语（整体仍礼貌，礼貌项不判）'
    elif k['pol'] == 'curt':
        L['politeness'] = 'fail'; why['politeness'] = '通篇用“你”、一两个字的回复、无任何礼貌用语'
        why['forbidden-words'] = '语气冷淡但没有具体忌语'
    elif k['lookalike']:
        C(pick(rng, sc['pushback']), 'plain')
        A(pick(rng, P('lookalike')), 'plain')
        why['forbidden-words'] = '转介时给了办法/解释规则后给了选项，不是忌语'

    # ---- reference, survey, closing ----------------------------------------------------------
    leaves = k['close'] == 'na'
    # 'late': the agent does give its name, but only when wrapping up (far past its first two turns)
    late_name = pick(rng, P('id_name')) if idmode == 'late' and not leaves and not curt else ''
    if idmode == 'late' and not late_name:
        why['agent-id'] = '前两句没有任何自我介绍'
    if req['reference']:
        if k['ref']:
            ref = '%s%s%04d' % (dom['ref_prefix'], '2512' if rng.random() < 0.5 else '20251205', rng.randint(0, 9999))
            A((dom['curt']['ref'] if curt else pick(rng, P('ref'))).format(r=num(ref)), 'ref')
        else:
            L['record-reference'] = 'fail'
            if rng.random() < 0.5 and not curt:
                A(pick(rng, P('not_ref')), 'plain')
                why['record-reference'] = '只提到了订单号/金额/电话，没有给受理单号'
            else:
                why['record-reference'] = '没有给任何工单/受理编号'
    else:
        L['record-reference'] = 'na'
    if leaves:
        C(pick(rng, P('cust_leave')), 'plain')
        L['closing'] = 'na'; why['closing'] = '客户没等坐席收尾就挂断/离开'
    else:
        if req['survey'] and k['survey'] and not curt:
            A(pick(rng, P('survey')), 'survey')
            C(pick(rng, NEUTRAL_SHORT), 'plain')
        if curt:
            A(pick(rng, P('curt')['end']), 'plain')
            L['closing'] = 'fail'; why['closing'] = '最后两句没有致谢、祝福或道别'
        elif k['close'] == 'ok':
            A(late_name + pick(rng, P('wrapq')), 'plain')
            C(pick(rng, P('cust_nomore')), 'plain')
            A(pick(rng, P('closing')), 'close')
        else:
            if late_name or rng.random() < 0.5:
                A(late_name + pick(rng, P('wrapq')), 'plain')
                C(pick(rng, P('cust_nomore')), 'plain')
            A(pick(rng, P('noclose')), 'plain')
            L['closing'] = 'fail'; why['closing'] = '最后两句只有追问/交代，没有致谢、祝福或道别'
        if rng.random() < 0.5:
            C(pick(rng, P('cust_bye')), 'plain')
    if req['survey']:
        if not (k['survey'] and not curt and not leaves):
            L['survey-offered'] = 'fail'; why['survey-offered'] = '没有邀请客户评价'
    else:
        L['survey-offered'] = 'na'
    return T, L, why, leaves
