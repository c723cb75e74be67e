"""Which defects each contact carries, assigned in exact proportions (stratified, shuffled with the
fixed seed), and the 19 labels that follow from that plan."""

CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']


def spread(rng, n, shares):
    """n values in the given proportions ({value: share}), shuffled."""
    out = []
    items = list(shares.items())
    for value, share in items:
        out += [value] * round(n * share)
    while len(out) < n:
        out.append(items[-1][0])
    out = out[:n]
    rng.shuffle(out)
    return out


def assign(rng, slots, key, shares, eligible=lambda s: True, default=None):
    idx = [i for i, s in enumerate(slots) if eligible(s)]
    vals = spread(rng, len(idx), shares)
    res = [default] * len(slots)
    for i, v in zip(idx, vals):
        res[i] = v
    return res


def make_plans(rng, slots):
    voice = lambda s: s[2] == 'voice'
    chat = lambda s: s[2] == 'webchat'
    col = {
        'greeting': assign(rng, slots, 'greeting', {False: 0.22, True: 0.78}),
        'id': assign(rng, slots, 'id', {1: 0.34, 2: 0.22, 'neg': 0.24, None: 0.20}),
        'closing': assign(rng, slots, 'closing', {False: 0.38, True: 0.62}),
        'forbid': assign(rng, slots, 'forbid', {'soft': 0.2, 'rude': 0.21, 'clean': 0.25, None: 0.34}),
        'verif': assign(rng, slots, 'verif', {'fail': 0.30, 'late': 0.16, 'pass': 0.54}, lambda s: s[1]['requires']['verification']),
        'hold': assign(rng, slots, 'hold', {'pass': 0.30, 'nothanks': 0.15, 'unannounced': 0.11, 'short': 0.10, None: 0.34}),
        'deadair_v': assign(rng, slots, 'deadair', {'mid': 0.22, 'start': 0.08, None: 0.70}, voice),
        'deadair_c': assign(rng, slots, 'deadair', {'mid': 0.14, 'start': 0.08, None: 0.78}, chat),
        'latency_v': assign(rng, slots, 'latency', {'long': 0.12, None: 0.88}, voice),
        'latency_c': assign(rng, slots, 'latency', {'split': 0.2, 'long': 0.08, None: 0.72}, chat),
        'first_late': assign(rng, slots, 'first_late', {True: 0.16, False: 0.84}),
        'complaint': assign(rng, slots, 'complaint', {'first': 0.4, 'later': 0.36, None: 0.24}),
        'empathy': assign(rng, slots, 'empathy', {False: 0.42, True: 0.58}),
        'fact': assign(rng, slots, 'fact', {'wrong': 0.16, 'corrected': 0.1, 'none': 0.13, 'vague': 0.15, 'correct': 0.46}),
        'shrug': assign(rng, slots, 'shrug', {True: 0.2, False: 0.8}),
        'incidental': assign(rng, slots, 'incidental', {True: 0.2, False: 0.8}),
        'reference': assign(rng, slots, 'reference', {False: 0.45, True: 0.55}, lambda s: s[1]['requires']['reference']),
        'survey': assign(rng, slots, 'survey', {False: 0.38, True: 0.62}, lambda s: s[1]['requires']['survey']),
        'reqinfo': assign(rng, slots, 'reqinfo', {False: 0.3, True: 0.7}),
        'interrupt': assign(rng, slots, 'interrupt', {'fail': 0.32, 'near': 0.18, None: 0.5}, voice),
        'rate': assign(rng, slots, 'rate', {'fast': 0.16, 'slow': 0.16, 'ok': 0.68}, voice),
        'cust_pause': assign(rng, slots, 'cust_pause', {True: 0.15, False: 0.85}),
        'cust_sorry': assign(rng, slots, 'cust_sorry', {True: 0.15, False: 0.85}),
        'asr': assign(rng, slots, 'asr', {True: 0.7, False: 0.3}, voice),
        'music': assign(rng, slots, 'music', {True: 0.4, False: 0.6}, voice),
        'ivr': assign(rng, slots, 'ivr', {True: 0.4, False: 0.6}, voice),
    }
    unknown = set(rng.sample(range(len(slots)), 4))
    # the customer leaves before the agent can wrap up (closing na); only where no survey is owed
    left = set(rng.sample([i for i, s in enumerate(slots) if not s[1]['requires']['survey']], 5))
    # a consistently curt agent (你, no greeting, no softeners) with no rude line: two per trade
    curt = set()
    for k in range(6):
        curt |= set(rng.sample([i for i in range(k * 26, k * 26 + 26) if i not in left and col['forbid'][i] not in ('soft', 'rude')], 2))
    out = []
    for i, slot in enumerate(slots):
        p = {k: v[i] for k, v in col.items()}
        v = slot[2] == 'voice'
        p['deadair'] = p.pop('deadair_v') if v else p.pop('deadair_c')
        p.pop('deadair_c' if v else 'deadair_v', None)
        p['latency'] = p.pop('latency_v') if v else p.pop('latency_c')
        p.pop('latency_c' if v else 'latency_v', None)
        if p['latency'] and p['deadair'] == 'mid':
            p['deadair'] = None  # the same gap: latency decides it
        if p['deadair'] == 'start':
            p['first_late'] = False
        if p['verif'] is None:
            pass
        p['resolution'] = 'nofact' if p['fact'] == 'none' else ('shrug' if p['shrug'] else 'pass')
        if not p['complaint']:
            p['empathy'] = None
        p['unknown_event'] = i in unknown
        p['left'] = i in left
        p['curt'] = i in curt
        if p['curt']:  # a curt agent greets no one, names no one, apologises, thanks and surveys no one
            p.update(greeting=False, id=None, closing=False, forbid=None, empathy=False if p['complaint'] else None)
            p['survey'] = False if p['survey'] is not None else None
            if p['hold'] == 'pass':
                p['hold'] = 'nothanks'
        if p['left']:
            p['incidental'] = False
            if p['forbid'] in ('soft', 'rude'):
                p['forbid'] = None  # the line would have come after the customer left
        p['first_gap'] = None  # chosen by the timeline from deadair/first_late
        labels, why = derive(p, slot)
        out.append((p, labels, why))
    return out


def pf(ok):
    return 'pass' if ok else 'fail'


def derive(p, slot):
    dom, sc, channel = slot
    v = channel == 'voice'
    L, W = {}, {}
    L['greeting'] = pf(p['greeting'])
    if not p['greeting']:
        W['greeting'] = '首句只报机构名，没有“您好/早上好”等问候'
    L['agent-id'] = pf(p['id'] in (1, 2))
    if p['id'] == 'neg':
        W['agent-id'] = '前两句只有“我是客服”式的角色、或报的是订单/卡号/热线/车牌等号码，不是坐席工号或姓名'
    elif p['id'] is None:
        W['agent-id'] = '前两句没有自报工号或姓名'
    elif p['id'] == 2:
        W['agent-id'] = '第二句才报工号/姓名（仍在前两句内）'
    L['closing'] = 'na' if p['left'] else pf(p['closing'])
    if p['left']:
        W['closing'] = '客户在坐席收尾前主动挂断/离开，结束语无从观察'
    elif not p['closing']:
        W['closing'] = '最后两句只有“还有别的问题吗”式的收尾询问，没有致谢、祝福或道别'
    L['forbidden-words'] = pf(p['forbid'] not in ('soft', 'rude'))
    if p['forbid'] == 'soft':
        W['forbidden-words'] = '推诿/生硬拒绝/敷衍的忌语一句（其余用语礼貌，故 politeness 仍 pass）'
    elif p['forbid'] == 'rude':
        W['forbidden-words'] = '指责/不耐烦/反问/嘲讽/激将投诉类忌语'
    elif p['forbid'] == 'clean':
        W['forbidden-words'] = '难例：转介但同时给出帮助、或“我理解”后解释规则并给方案，不算忌语'
    if p['verif'] is None:
        L['verification'] = 'na'
    else:
        L['verification'] = pf(p['verif'] == 'pass')
        if p['verif'] == 'fail':
            W['verification'] = '未核实身份即说出客户本人的订单/记录信息'
        elif p['verif'] == 'late':
            W['verification'] = '先说出客户的记录，随后才要求核对身份'
    hold_fail = p['hold'] in ('nothanks', 'unannounced') or p['latency'] == 'long' or (not v and p['deadair'] == 'mid')
    if hold_fail:
        L['hold-etiquette'] = 'fail'
        W['hold-etiquette'] = {'nothanks': '请客户稍等后长时间静默，回来没有致谢等候',
                               'unannounced': '未告知客户等待就静默超过保持阈值'}.get(p['hold'], '未告知客户等待就长时间静默（超过保持阈值）')
    elif p['hold'] == 'pass':
        L['hold-etiquette'] = 'pass'
    else:
        L['hold-etiquette'] = 'na'
        if p['hold'] == 'short':
            W['hold-etiquette'] = '难例：说了“我查一下”后静默，但短于保持阈值，不算保持'
    L['politeness'] = pf(p['forbid'] != 'rude' and not p['curt'])
    if p['forbid'] == 'rude':
        W['politeness'] = '对客户说了指责/不耐烦/嘲讽的话'
    elif p['curt']:
        W['politeness'] = '通篇生硬：称“你”不称“您”，无问候、无“请/麻烦/谢谢”，单字式回复（无忌语，故 forbidden-words 仍 pass）'
    L['interruption'] = 'na' if not v else pf(p['interrupt'] != 'fail')
    if p['interrupt'] == 'fail':
        W['interruption'] = '坐席在客户说完前1秒以上抢话'
    elif p['interrupt'] == 'near':
        W['interruption'] = '难例：重叠不足0.8秒'
    dead = p['deadair'] is not None or p['hold'] == 'unannounced' or p['latency'] == 'long'
    L['dead-air'] = pf(not dead)
    if dead:
        W['dead-air'] = '坐席应答时出现未告知的静默（语音≥8秒/文字≥30秒）' + ('，在坐席接入后开口前' if p['deadair'] == 'start' else '')
    elif p['cust_pause']:
        W['dead-air'] = '难例：客户找证件/短信造成的长停顿，轮到客户说话，不是坐席的冷场'
    elif p['latency'] == 'split':
        W['dead-air'] = '难例：客户“在吗”把等待切成每段不足30秒'
    L['speech-rate'] = 'na' if not v else pf(p['rate'] == 'ok')
    if v and p['rate'] != 'ok':
        W['speech-rate'] = '坐席语速过快（>300字/分）' if p['rate'] == 'fast' else '坐席语速过慢（<120字/分）'
    if p['complaint'] is None:
        L['empathy'] = 'na'
    else:
        L['empathy'] = pf(p['empathy'])
        if not p['empathy']:
            W['empathy'] = '客户抱怨后坐席接下来两句既没道歉也没体谅'
    L['resolution'] = pf(p['resolution'] == 'pass')
    if p['resolution'] == 'nofact':
        W['resolution'] = '核心问题只得到“不清楚/查不了”，没有查询或转介'
    elif p['resolution'] == 'shrug':
        W['resolution'] = '客户关于本事项的追问只得到一句“不清楚/查不了”'
    elif p['incidental']:
        W['resolution'] = '难例：事实已答，对无关的顺带问题说不清楚，不算未解决'
    elif p['fact'] == 'vague':
        W['resolution'] = '难例：用“一般/大概/基本上”的口吻给出了正确值，算已答'
    L['first-response'] = pf(not (p['first_late'] or p['deadair'] == 'start'))
    if L['first-response'] == 'fail':
        W['first-response'] = '坐席接入后超过6秒才说第一句'
    L['response-latency'] = pf(p['latency'] is None)
    if p['latency']:
        W['response-latency'] = '客户追问后超过45秒才得到回复' + ('（中间客户发了“在吗”）' if p['latency'] == 'split' else '')
    L['fact-accuracy'] = pf(p['fact'] in ('correct', 'vague', 'corrected'))
    if p['fact'] == 'wrong':
        W['fact-accuracy'] = '报了错误的值且未更正'
    elif p['fact'] == 'none':
        W['fact-accuracy'] = '从未说出该事实'
    elif p['fact'] == 'corrected':
        W['fact-accuracy'] = '先错后更正，最后说的是正确值'
    L['no-misinformation'] = pf(p['fact'] not in ('wrong', 'corrected'))
    if p['fact'] in ('wrong', 'corrected'):
        W['no-misinformation'] = '说出了已知错误值' + ('（后来更正仍算说过）' if p['fact'] == 'corrected' else '')
    if p['reference'] is None:
        L['record-reference'] = 'na'
    else:
        L['record-reference'] = pf(p['reference'])
        if not p['reference']:
            W['record-reference'] = '没有给工单/受理号'
    if p['survey'] is None:
        L['survey-offered'] = 'na'
    else:
        L['survey-offered'] = pf(p['survey'])
        if not p['survey']:
            W['survey-offered'] = '没有邀请满意度评价'
    L['required-info'] = pf(p['reqinfo'])
    if not p['reqinfo']:
        W['required-info'] = '没有询问场景要求的信息：' + sc['req']['label']
    return {k: L[k] for k in CHECKS}, W
