"""What happens in one contact (which defects, which hard negatives) and the labels that follow from it.
The plan is drawn first; the script is then written from the domain's own lines so the text carries the plan."""
import re

CUST_ACK = ['好，明白了。', '行，知道了。', '噢，这样啊。', '好的好的。', '好的👌', 'OK 明白了🙏']
CUST_NUDGE = ['在吗？', '人呢？？', '还在不在', '回一下啊']
CUST_PAUSE = ['等一下，我翻一下。', '稍等，我找找单子。', '你等会儿，我看看。']
DIGITS = '零幺二三四五六七八九'


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def spoken_ref(rng, ref):
    return ''.join(DIGITS[int(ch)] if ch.isdigit() else ch for ch in ref)


def curt(text):
    """The same words said coldly: 你 for 您, no 麻烦/请/谢谢 or sentence-final softeners."""
    t = text.replace('请问', '').replace('您', '你').replace('麻烦你', '').replace('麻烦', '').replace('辛苦', '')
    t = re.sub(r'(?<![申邀])请(你)?', '', t)
    t = re.sub(r'谢谢|感谢|哈(?=[，。？！~]|$)|呀|哦|啦|~|亲，', '', t)
    return t or '嗯。'


def plan_contact(rng, n, dom, sc, channel, who):
    voice = channel == 'voice'
    r = rng.random
    p = {'channel': channel, 'noisy': voice and r() < 0.7, 'hangup_by': 'customer'}
    p['greet_fail'] = r() < 0.17
    p['id_fail'] = r() < 0.27
    p['complaint'] = sc['empathy'] or r() < 0.35
    p['emp_fail'] = p['complaint'] and r() < 0.42
    p['cust_sorry'] = r() < 0.2
    p['general_only'] = sc['verification'] and r() < 0.1  # only rules/prices read out, identity never checked: verification fails
    p['vfail'] = sc['verification'] and not p['general_only'] and r() < 0.4
    p['ri_fail'] = r() < 0.2
    modes = ['none', 'hold_ok', 'hold_nothanks', 'hold_unann', 'deadair', 'latency', 'custpause']
    p['silence'] = rng.choices(modes, weights=[16, 25, 10, 10, 10, 24, 5])[0]
    if not voice and p['silence'] == 'deadair':
        p['silence'] = 'hold_unann'  # in chat the dead-air and hold thresholds coincide (30 s)
    p['first_slow'] = r() < 0.12
    p['fact'] = rng.choices(['right', 'wrong', 'corrected', 'flip', 'nonans'], weights=[53, 13, 12, 7, 15])[0]
    p['shrug'] = p['fact'] != 'nonans' and r() < 0.11
    p['incidental'] = rng.choices([None, 'ok', 'shrug'], weights=[55, 25, 20])[0]
    p['buckpass'] = r() < 0.16  # the follow-up question is sent elsewhere instead of answered
    p['rude'] = r() < 0.2
    # a cold agent throughout: 你 for 您, softeners and thanks dropped, no greeting, no apology, no goodbye
    p['curt'] = not p['rude'] and r() < 0.14
    if p['curt']:
        p['greet_fail'], p['emp_fail'] = True, p['complaint']
    p['lookalike'] = r() < 0.3
    p['ref_fail'] = sc['reference'] and r() < 0.36
    p['survey_fail'] = sc['survey'] and r() < 0.3
    p['closing'] = rng.choices(['pass', 'fail', 'na'], weights=[68, 26, 6])[0]
    if p['curt'] and p['closing'] == 'pass':
        p['closing'] = 'fail'
    p['interrupt'] = voice and r() < 0.3
    p['nearmiss'] = voice and not p['interrupt'] and r() < 0.25
    p['overlap'] = rng.randint(1000, 2200) if p['interrupt'] else rng.randint(200, 500)
    p['rate'] = rng.choices(['ok', 'fast', 'slow'], weights=[72, 14, 14])[0] if voice else 'ok'
    hold_len = rng.randint(17000, 42000) if voice else rng.randint(34000, 80000)
    p['gaps'] = {'hold': hold_len, 'hold-unann': rng.randint(16000, 26000) if voice else rng.randint(32000, 40000),
                 'deadair': rng.randint(9000, 13500), 'latency': rng.randint(48000, 62000),
                 'custpause': rng.randint(15000, 24000) if voice else rng.randint(12000, 20000), 'nudge': rng.randint(20000, 24000), 'burst': rng.randint(1500, 5000), 'latency-tail': rng.randint(9000, 14000)}
    ri = sc['ri']
    ri_val = ri['give'] and pick(rng, ri['give']).replace('{ri}', ri['val'].replace('{n}', str(rng.randint(1000, 9999))).replace('{h}', str(rng.randint(2, 8))))
    ref = dom['ref_prefix'] + str(rng.randint(20251200, 20251299)) + str(rng.randint(10, 99))
    p['ref'] = ref
    f = sc['fact']
    v, w = pick(rng, [f['expected']] + f['variants']), pick(rng, f['wrong'])
    S = []  # (speaker, text, kind)
    a1 = (pick(rng, dom['nogreet']) if p['greet_fail'] else pick(rng, dom['greet']))
    a1 += (pick(rng, dom['id_fail']) if p['id_fail'] else pick(rng, dom['id_pass'])) + pick(rng, dom['offer'])
    S.append(('agent', a1, 'first' if p['first_slow'] else 'first-ok'))
    ii0 = rng.randrange(len(sc['issue']))
    c1 = [sc['issue'][ii0]]
    if p['complaint']:
        j = pick(rng, dom['cmap'][dom['scenarios'].index(sc)])  # only complaints that fit this scenario
        c1.append(dom['complaint'][j])
    if p['ri_fail'] and ri_val:
        c1.append(ri_val)  # the customer volunteers it; the agent never asks
    if voice:
        S.append(('customer', ''.join(c1), ''))
    else:  # chat customers send a thought per message, a few seconds apart
        S.extend(('customer', piece, '' if k == 0 else 'burst') for k, piece in enumerate(c1))
    a2 = ''
    if p['complaint']:
        a2 += pick(rng, dom['nonemp']) if p['emp_fail'] else dom['apology'][j]
    if sc['verification'] and not p['vfail'] and not p['general_only']:
        a2 += pick(rng, dom['verify_ask'])
    if not p['ri_fail']:
        a2 += pick(rng, ri['ask'])
    if not a2:
        a2 = pick(rng, dom['mid_ack'])
    S.append(('agent', a2, 'interrupt' if (p['interrupt'] or p['nearmiss']) else ''))
    c2 = [pick(rng, dom['cust_sorry']) if p['cust_sorry'] else '']  # the customer apologising is no complaint
    if sc['verification'] and not p['vfail'] and not p['general_only']:
        c2[-1] += pick(rng, dom['verify_give']).replace('{who}', who)
    if not p['ri_fail'] and ri_val:
        c2.append(ri_val)
    c2 = [x for x in c2 if x]
    if p['silence'] == 'custpause':
        S.append(('customer', pick(rng, CUST_PAUSE), ''))
        S.append(('customer', '，'.join(c2) or '就是我刚说的那个。', 'custpause'))
    elif voice or len(c2) < 2:
        S.append(('customer', '，'.join(c2) or '对，就这事。', ''))
    else:
        S.extend(('customer', piece, '' if k == 0 else 'burst') for k, piece in enumerate(c2))
    a3 = ''
    sil = p['silence']
    if sil in ('hold_ok', 'hold_nothanks'):
        S.append(('agent', pick(rng, dom['hold_ask']), ''))
        if sil == 'hold_ok':
            a3 += pick(rng, dom['hold_thanks'])
        kind3 = 'hold'
    elif sil == 'latency' and not p['channel'] == 'voice':
        S.append(('customer', pick(rng, CUST_NUDGE), 'nudge'))
        S.append(('customer', pick(rng, CUST_NUDGE), 'nudge'))
        kind3 = 'latency-tail'
    else:
        kind3 = {'hold_unann': 'hold-unann', 'deadair': 'deadair', 'latency': 'latency'}.get(sil, '')
    if sc['disclose'] and not p['general_only']:  # the record read out matches the pet/machine the customer named
        a3 += sc['disclose'][ii0] if len(sc['disclose']) == len(sc['issue']) else pick(rng, sc['disclose'])
    fm = p['fact']
    first_val = {'right': v, 'flip': v, 'wrong': w, 'corrected': w}.get(fm)
    if first_val:
        key = 'right' if first_val == v else 'wrong'
        a3 += pick(rng, sc[key]).replace('{v}', v).replace('{w}', w)
    else:
        a3 += pick(rng, sc['nonans'])
    S.append(('agent', a3, kind3))
    qi = rng.randrange(len(sc['followq']))  # the answer belongs to the question asked
    S.append(('customer', sc['followq'][qi], ''))
    si = dom['scenarios'].index(sc)
    a4 = dom['rude'][pick(rng, dom['rmap'][si])] if p['rude'] else ''
    if p['buckpass']:
        a4 += dom['buckpass'][pick(rng, dom['bmap'][si])]
    else:
        a4 += pick(rng, sc['follow_shrug']) if p['shrug'] else sc['follow_ans'][qi]
    if fm == 'corrected':
        a4 += sc['correct'].replace('{v}', v)
    elif fm == 'flip':
        a4 += '另外刚才那个再跟您说一下，' + pick(rng, sc['wrong']).replace('{w}', w)
    if p['vfail'] and r() < 0.4:
        a4 += '对了，' + pick(rng, dom['verify_ask'])  # asked only after the record was already read out
    if p['lookalike']:
        a4 += dom['lookalike'][pick(rng, dom['lmap'][si])]
    S.append(('agent', a4, ''))
    if p['incidental']:
        ii = rng.randrange(len(dom['incidental_q']))
        S.append(('customer', dom['incidental_q'][ii], ''))
        reply = {'ok': dom['incidental_ok'][ii], 'shrug': pick(rng, dom['incidental_shrug'])}[p['incidental']]
        S.append(('agent', reply, ''))
    S.append(('customer', pick(rng, CUST_ACK[:4] if voice else CUST_ACK), ''))
    a5 = ''
    if sc['reference']:
        if p['ref_fail']:
            a5 += pick(rng, dom['noref_line']) if r() < 0.6 else ''
        else:
            shown = spoken_ref(rng, ref) if voice and r() < 0.5 else ref
            p['ref_shown'] = shown
            a5 += pick(rng, dom['ref_line']).replace('{ref}', shown)
    if sc['survey'] and not p['survey_fail']:
        a5 += pick(rng, dom['survey'])
    a5 += pick(rng, dom['wrapq'])
    S.append(('agent', a5, ''))
    if p['closing'] == 'na':
        S.append(('customer', pick(rng, dom['cust_leave']), ''))
    else:
        S.append(('customer', pick(rng, dom['cust_end']), ''))
        S.append(('agent', pick(rng, dom['closing'] if p['closing'] == 'pass' else dom['noclose']), ''))
        S.append(('customer', pick(rng, dom['cust_bye']), ''))
    if p['curt']:
        S = [(spk, curt(text) if spk == 'agent' else text, kind) for spk, text, kind in S]
    p['script'] = S
    p['v'], p['w'] = v, w
    return p


def labels_for(p, sc):
    voice = p['channel'] == 'voice'
    L, W = {}, {}
    def put(check, val, why=None):
        L[check] = val
        if why:
            W[check] = why
    put('greeting', 'fail' if p['greet_fail'] else 'pass', '首句直接报机构/业务，无问候语' if p['greet_fail'] else None)
    put('agent-id', 'fail' if p['id_fail'] else 'pass', '前两轮只有角色、热线号或订单号，没有工号或姓名' if p['id_fail'] else None)
    put('closing', {'pass': 'pass', 'fail': 'fail', 'na': 'na'}[p['closing']],
        {'fail': '最后两句只有“还有别的吗”和“嗯/行”，无结束语', 'na': '客户在坐席收尾前自行挂断'}.get(p['closing']))
    fw = p['rude'] or p['buckpass']
    put('forbidden-words', 'fail' if fw else 'pass', ('指责/讥讽客户的忌语' if p['rude'] else '推诿：让客户自己去找别人，未提供帮助') if fw else ('相似说法：转介并给出帮助/“理解您”，不是忌语' if p['lookalike'] else None))
    if not sc['verification']:
        put('verification', 'na', '场景不要求核身')
    elif p['general_only']:  # relabelled 5 Dec 2026: never checking identity fails, even with nothing of the record read out
        put('verification', 'fail', '坐席始终未核实客户身份')
    else:
        put('verification', 'fail' if p['vfail'] else 'pass', '先报出客户本人档案/订单信息，未先核实身份' if p['vfail'] else None)
    sil = p['silence']
    if sil == 'hold_ok':
        put('hold-etiquette', 'pass', '请客户稍等后静默，回来先致谢等待')
    elif sil == 'hold_nothanks':
        put('hold-etiquette', 'fail', '请客户稍等后静默，回来没有感谢等待')
    elif sil == 'hold_unann' or (sil == 'latency' and voice):
        put('hold-etiquette', 'fail', '坐席未告知就长时间静默（构成保持），前后均无请稍等/致谢')
    else:
        put('hold-etiquette', 'na', '客户连发消息把等待切成不足30秒的几段，无保持' if sil == 'latency' else None)
    put('politeness', 'fail' if p['rude'] or p['curt'] else 'pass',
        '一句指责/讥讽客户的话即判不礼貌' if p['rude'] else ('通篇用“你”、无请/谢谢/软化语，语气冷淡生硬' if p['curt'] else None))
    put('interruption', ('fail' if p['interrupt'] else 'pass') if voice else 'na',
        '坐席在客户说完前1秒以上开口' if p['interrupt'] else ('重叠不足0.8秒，不算抢话' if p['nearmiss'] else None))
    dead = p['first_slow'] or sil in ('hold_unann', 'deadair') or (sil == 'latency' and voice)
    why_dead = None
    if dead:
        why_dead = '坐席接入后超过阈值才开口' if p['first_slow'] else '坐席应答时出现未告知的长静默'
    elif sil == 'custpause':
        why_dead = '静默发生在客户该说话时（客户在找资料），不是坐席的冷场'
    elif sil in ('hold_ok', 'hold_nothanks'):
        why_dead = '静默前已请客户稍等，属保持不是冷场'
    elif sil == 'latency':
        why_dead = '客户追问把沉默切成每段不足30秒'
    put('dead-air', 'fail' if dead else 'pass', why_dead)
    put('speech-rate', ('fail' if p['rate'] != 'ok' else 'pass') if voice else 'na',
        {'fast': '坐席语速超过每分钟300字', 'slow': '坐席语速低于每分钟120字'}.get(p['rate']) if voice else None)
    if not p['complaint']:
        put('empathy', 'na', '客户未抱怨（客户自己道歉不算抱怨）' if p['cust_sorry'] else None)
    else:
        put('empathy', 'fail' if p['emp_fail'] else 'pass', '客户抱怨后坐席只说“别急”/催单号/承诺处理，没有致歉或体谅' if p['emp_fail'] else None)
    res_fail = p['fact'] == 'nonans' or p['shrug'] or p['buckpass']
    put('resolution', 'fail' if res_fail else 'pass',
        ('场景事实只得到“不清楚/回答不了”' if p['fact'] == 'nonans' else ('客户就本事项追问，坐席推给别人、没有帮助，等于没回答' if p['buckpass'] else '客户就本事项追问，坐席一句“查不了/不清楚”了事')) if res_fail else
        ('只对与本事项无关的顺带问题说不清楚，不影响解决' if p['incidental'] == 'shrug' else None))
    put('first-response', 'fail' if p['first_slow'] else 'pass', '接入后首句超过20秒' if p['first_slow'] else None)
    put('response-latency', 'fail' if sil == 'latency' else 'pass', '客户消息超过45秒未获回复' if sil == 'latency' else ('已告知保持的等待不计' if sil == 'hold_ok' or sil == 'hold_nothanks' else None))
    fm = p['fact']
    put('fact-accuracy', 'pass' if fm in ('right', 'corrected') else 'fail',
        {'wrong': '报了错误值', 'flip': '先对后错，最后说的是错误值', 'nonans': '始终没有说出该事实', 'corrected': '先错后更正，最终为正确值'}.get(fm))
    put('no-misinformation', 'fail' if fm in ('wrong', 'corrected', 'flip') else 'pass',
        {'wrong': '说出已知错误值', 'flip': '说出已知错误值', 'corrected': '虽已更正，但曾说出已知错误值'}.get(fm))
    if not sc['reference']:
        put('record-reference', 'na')
    else:
        put('record-reference', 'fail' if p['ref_fail'] else 'pass', '未给受理号/工单号（病历号、卡号、手机号不算）' if p['ref_fail'] else None)
    if not sc['survey']:
        put('survey-offered', 'na')
    else:
        put('survey-offered', 'fail' if p['survey_fail'] else 'pass', '未邀请评价' if p['survey_fail'] else None)
    put('required-info', 'fail' if p['ri_fail'] else 'pass', '客户主动报了该项，坐席从未询问' if p['ri_fail'] else None)
    return L, W
