"""The per-contact plan (which defects and hard negatives a contact carries), the labels derived from the
built timeline, and the seven special contacts. Used by gen.py."""
import re
from contact_builder import spoken_chars

CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
TRANSFER_AT = {5, 40, 77, 121}


def make_plan(rng, d, sc, channel, n, idx):
    voice = channel == 'voice'
    r = rng.random
    p = {'cid': f"{d['key']}-{n + 1:02d}", 'asr': voice and r() < 0.7, 'ivr': voice and r() < 0.5}
    p['greet'] = rng.choice(d['greets']) if r() < 0.78 else ''
    p['id_ok'] = r() < 0.6
    p['idline'] = rng.choice(d['ids']) if p['id_ok'] else rng.choice(d['noids'])
    x = r()
    p['fw'] = 'rude' if x < 0.2 else 'buck' if x < 0.37 else 'curt' if x < 0.45 else 'clean'
    p['offer'] = d['offers'][2] if p['fw'] == 'rude' and r() < 0.5 else rng.choice(d['offers'][:2])
    si = d['scen'].index(sc)
    fitting = lambda kind: [i for i, f in enumerate(d['fit'][kind]) if f is None or si in f]
    p['rude_i'] = rng.choice(fitting('rude'))
    x = r()
    p['fact'] = 'right' if x < 0.5 else 'wrong' if x < 0.65 else 'wrongright' if x < 0.77 else 'none'
    p['rude_as_answer'] = p['fact'] == 'none' and p['fw'] == 'rude' and r() < 0.5
    p['complain'] = sc['emp'] or r() < 0.3
    p['comp_i'] = rng.choice(fitting('complaints'))
    p['comp_first'] = r() < 0.4
    p['empathy_ok'] = r() < 0.55
    p['lookalike'] = not (p['complain'] and not p['empathy_ok']) and r() < 0.35
    p['look_i'] = rng.choice(fitting('lookalike'))
    p['ask_info'] = r() < 0.7
    p['ver_ok'] = r() < 0.55
    x = r()
    p['hold'] = 'ok' if x < 0.3 else 'fail' if x < 0.5 else 'short' if x < 0.6 else 'none'
    p['thank'] = True if p['hold'] == 'ok' else False if p['hold'] == 'fail' else r() < 0.5
    p['moh'] = voice and r() < 0.3
    fr10 = sc['sla'][0] == 10000
    if voice:
        p['silence'] = 'dead-voice' if r() < 0.3 else 'none'
        x = r()
        p['first_gap'] = (rng.randint(11000, 14000) if fr10 and x < 0.45 else rng.randint(9000, 13000) if x < 0.12
                          else rng.randint(700, 3000))
    else:
        x = r()
        if sc['sla'][1] == 15000:
            p['silence'] = 'slow-chat' if x < 0.45 else 'none'
        else:
            p['silence'] = 'split-chat' if x < 0.3 else 'dead-chat' if x < 0.45 else 'none'
        p['first_gap'] = rng.randint(13000, 25000) if fr10 and r() < 0.5 else rng.randint(1500, 7000)
    p['cust_pause'] = 0
    if p['ask_info'] and r() < 0.3:
        p['cust_pause'] = rng.randint(10000, 14000) if voice else rng.randint(45000, 110000)
    p['cust_sorry'] = r() < 0.2
    p['unsure'] = r() < 0.4
    p['midthanks'] = r() < 0.3
    p['sorry_i'] = rng.randrange(len(d['cust_sorry']))
    p['incidental'] = r() < 0.4
    x = r()
    p['ref'] = ('ok' if x < 0.55 else 'fake' if x < 0.75 else 'none') if sc['refq'] else 'none'
    p['refno'] = f"{rng.randint(20261101, 20261205)}{rng.randint(100, 999)}"
    p['survey'] = r() < (0.55 if sc['survey'] else 0.1)
    x = r()
    p['closing'] = 'ok' if x < 0.55 else 'fail' if x < 0.9 else 'na'
    x = r()
    p['agent_cps'] = (rng.uniform(5.6, 6.6) if x < 0.2 else rng.uniform(1.4, 1.8) if x < 0.36 else rng.uniform(3.6, 4.4)) if voice else None
    p['interrupt_at'], p['interrupt_ms'] = None, 0
    # Interruptions only where the agent speaks right after a customer turn; 200-600 ms overlaps are hard negatives.
    at = ('ask' if p['ask_info'] and not p['lookalike'] and p['silence'] != 'dead-voice' else 'react' if p['complain'] else None)
    if voice and at:
        x = r()
        if x < 0.5:
            p['interrupt_at'], p['interrupt_ms'] = at, rng.randint(1000, 2200)
        elif x < 0.7:
            p['interrupt_at'], p['interrupt_ms'] = at, rng.randint(200, 600)
    p['transfer'] = idx in TRANSFER_AT
    if p['fw'] == 'curt':  # a consistently curt agent: none of the courtesies anywhere
        p.update(greet='', empathy_ok=False, lookalike=False, midthanks=False, survey=False, hold='none',
                 closing='fail' if p['closing'] == 'ok' else p['closing'], offer=d['offers'][2])
    return p


def timeline(inter, b, sc):
    """Silences, holds, latencies and overlaps as the definitions read them."""
    voice = inter['channel'] == 'voice'
    join = next(e['atMs'] for e in inter['events'] if e['type'] == 'agent-joined')
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    out = {'dead': [], 'holds': [], 'lat': [], 'overlaps': [], 'first': None}
    last_end, prev, prev_meta = join, None, None
    pending = None
    for t, m in zip(b.turns, b.meta):
        if t['speaker'] == 'ivr':
            continue
        gap = t['startMs'] - last_end
        if prev is None or prev['speaker'] == 'customer':
            owner = 'agent'
        elif t['speaker'] == 'agent':
            owner = 'hold' if prev_meta['kind'] == 'hold-ask' else 'agent'
        else:
            owner = 'customer'
        if owner == 'agent' and gap >= dead_thr:
            out['dead'].append((last_end, gap))
        if owner == 'agent' and gap >= hold_thr:
            out['holds'].append({'announced': False, 'thanked': False, 'at': last_end, 'gap': gap})
        if owner == 'hold' and gap >= hold_thr:
            out['holds'].append({'announced': True, 'thanked': m['kind'] == 'hold-end' and b.plan['thank'], 'at': last_end, 'gap': gap})
        if t['speaker'] == 'agent':
            if out['first'] is None:
                out['first'] = t['startMs'] - join
            if pending is not None:
                out['lat'].append(t['startMs'] - pending)
                pending = None
            if prev is not None and prev['speaker'] == 'customer' and t['startMs'] < prev['endMs']:
                out['overlaps'].append(prev['endMs'] - t['startMs'])
        elif t['speaker'] == 'customer' and pending is None:
            pending = t['endMs'] if voice else t['startMs']
        last_end = max(last_end, t['endMs'])
        prev, prev_meta = t, m
    return out


def labels_for(d, sc, channel, p, inter, b):
    voice = channel == 'voice'
    tl = timeline(inter, b, sc)
    L, why = {}, {}
    agent = [t['text'] for t in b.turns if t['speaker'] == 'agent']
    L['greeting'] = 'pass' if p['greet'] else 'fail'
    if not p['greet']:
        why['greeting'] = f'开场白没有问候语，直接报机构：{agent[0][:24]}…'
    L['agent-id'] = 'pass' if p['id_ok'] else 'fail'
    why['agent-id'] = (f'报了工号或姓名+岗位：{p["idline"]}' if p['id_ok'] else f'没有自报工号/姓名：「{p["idline"]}」只是岗位、热线或客户/订单号')
    L['closing'] = {'ok': 'pass', 'fail': 'fail', 'na': 'na'}[p['closing']]
    if p['closing'] == 'fail':
        why['closing'] = f'最后两句只有收尾问句和「{agent[-1]}」，没有致谢、祝福或道别'
    if p['closing'] == 'na':
        why['closing'] = '客户说完就挂断，坐席来不及结束语'
    L['forbidden-words'] = 'pass' if p['fw'] in ('clean', 'curt') else 'fail'
    if p['fw'] == 'rude':
        why['forbidden-words'] = f'忌语（指责/不耐烦/讽刺/激将）：{d["rude"][p["rude_i"]]}'
    elif p['fw'] == 'buck':
        why['forbidden-words'] = f'推诿，让客户自己去找别处且不提供帮助：{sc["buck"]}'
    elif p['lookalike']:
        why['forbidden-words'] = f'形似推诿但有实际帮助/选项，不算忌语：{d["lookalike"][p["look_i"]]}'
    L['verification'] = 'na' if not sc['ver'] else 'pass' if p['ver_ok'] else 'fail'
    if sc['ver'] and not p['ver_ok']:
        why['verification'] = '未核实身份就调出并披露客户本人记录'
    holds = tl['holds']
    L['hold-etiquette'] = 'na' if not holds else 'pass' if all(h['announced'] and h['thanked'] for h in holds) else 'fail'
    if L['hold-etiquette'] == 'fail':
        h = next(h for h in holds if not (h['announced'] and h['thanked']))
        why['hold-etiquette'] = ('静默%.0f秒前未请客户稍等' % (h['gap'] / 1000) if not h['announced'] else '请客户稍等后静默%.0f秒，回来没有致谢等待' % (h['gap'] / 1000))
    if p['hold'] == 'short':
        why['hold-etiquette'] = why.get('hold-etiquette', '说了稍等但几秒就回来，不构成保持') if not holds else why.get('hold-etiquette', '')
    L['politeness'] = 'fail' if p['fw'] in ('rude', 'curt') else 'pass'
    if p['fw'] == 'curt':
        why['politeness'] = '整通都是"你"，没有问候、请、谢谢、致歉，回复干巴巴——一贯生硬'
        why['forbidden-words'] = '生硬但没有一句具体的忌语（推诿、指责、不耐烦等），忌语不判'
    if p['fw'] == 'rude':
        why['politeness'] = f'对客户说了无礼的话：{d["rude"][p["rude_i"]]}'
    elif p['fw'] == 'buck':
        why['politeness'] = '整体用语礼貌，单句推诿只算忌语'
    if voice:
        L['interruption'] = 'fail' if any(o >= 800 for o in tl['overlaps']) else 'pass'
        if tl['overlaps']:
            why['interruption'] = ('坐席在客户说完前%.1f秒就开口' % (max(tl['overlaps']) / 1000)) if L['interruption'] == 'fail' else '重叠不足0.8秒'
    else:
        L['interruption'] = 'na'
    L['dead-air'] = 'fail' if tl['dead'] else 'pass'
    if tl['dead']:
        why['dead-air'] = '坐席该说话时静默%.1f秒且未告知' % (max(g for _, g in tl['dead']) / 1000)
    elif p['cust_pause']:
        why['dead-air'] = '长停顿是客户在想/找信息，该客户说话'
    elif p['silence'] == 'split-chat':
        why['dead-air'] = '客户追问「在吗」把等待切成两段，每段不到30秒'
    if voice:
        spans = [(spoken_chars(t['text']), t['endMs'] - t['startMs']) for t in b.turns if t['speaker'] == 'agent' and t['endMs'] - t['startMs'] >= 1500]
        cpm = sum(c for c, _ in spans) / (sum(ms for _, ms in spans) / 60000)
        L['speech-rate'] = 'pass' if 120 <= cpm <= 300 else 'fail'
        if L['speech-rate'] == 'fail':
            why['speech-rate'] = '坐席语速约%.0f字/分钟' % cpm
    else:
        L['speech-rate'] = 'na'
    pushback = p['fw'] == 'rude' and not p['rude_as_answer']
    if pushback:  # the customer's protest is a complaint too, and it is answered with the rude line
        L['empathy'] = 'fail'
        why['empathy'] = f'客户不满（追问/抱怨）后坐席回了一句「{d["rude"][p["rude_i"]]}」，没有致歉或体谅'
    elif not p['complain'] and not sc['emp']:
        L['empathy'] = 'na'
    else:
        L['empathy'] = 'pass' if p['empathy_ok'] else 'fail'
        why['empathy'] = (f'客户抱怨「{d["complaints"][p["comp_i"]]}」，坐席' + ('道歉/共情：' + d['apologies'][p['comp_i']] if p['empathy_ok'] else '只说会处理，没有道歉或体谅'))
    L['resolution'] = 'fail' if p['fact'] == 'none' else 'pass'
    if p['fact'] == 'none':
        why['resolution'] = ('场景事实始终没有说出：核心问题只得到一句无礼的话（无礼本身归忌语/礼貌），之后也没有答复' if p['rude_as_answer'] else '核心问题只得到「不清楚/查不了」，没有查询或转介')
    elif p['fw'] == 'buck':
        why['resolution'] = '推诿的是事实答完后的附带问题，不影响解决'
    L['first-response'] = 'pass' if tl['first'] <= sc['sla'][0] else 'fail'
    if L['first-response'] == 'fail':
        why['first-response'] = '坐席接入后%.1f秒才首次回应，超过%d秒' % (tl['first'] / 1000, sc['sla'][0] // 1000)
    L['response-latency'] = 'pass' if all(x <= sc['sla'][1] for x in tl['lat']) else 'fail'
    if L['response-latency'] == 'fail':
        why['response-latency'] = '客户消息等了%.1f秒才得到回复（标准%d秒）' % (max(tl['lat']) / 1000, sc['sla'][1] // 1000)
    L['fact-accuracy'] = 'pass' if p['fact'] in ('right', 'wrongright') else 'fail'
    L['no-misinformation'] = 'fail' if p['fact'] in ('wrong', 'wrongright') else 'pass'
    f = sc['fact']
    if p['fact'] == 'wrong':
        why['fact-accuracy'] = why['no-misinformation'] = f'{f["label"]}说成错误值（应为{f["expected"]}）'
    elif p['fact'] == 'wrongright':
        why['fact-accuracy'] = '先说错后更正，最后一次是正确值'
        why['no-misinformation'] = f'先说了错误的{f["label"]}，即使后来更正'
    elif p['fact'] == 'none':
        why['fact-accuracy'] = f'始终没说{f["label"]}'
    L['record-reference'] = 'na' if not sc['refq'] else 'pass' if p['ref'] == 'ok' else 'fail'
    if sc['refq'] and p['ref'] != 'ok':
        why['record-reference'] = '没有给工单/受理号' + ('，只报了订单号/金额/电话等非受理编号' if p['ref'] == 'fake' else '')
    L['survey-offered'] = 'na' if not sc['survey'] else 'pass' if p['survey'] else 'fail'
    if sc['survey'] and not p['survey']:
        why['survey-offered'] = '没有邀请满意度评价'
    # asked = the agent's words ask for the item (an identity check can ask for it too, e.g. 行李牌号)
    asked = any(re.search(sc['req']['pattern'], t, re.I) for t in agent)
    L['required-info'] = 'pass' if asked else 'fail'
    if not asked:
        why['required-info'] = f'没有询问{sc["req"]["label"]}'
    return {c: L[c] for c in CHECKS}, {k: v for k, v in why.items() if v}


def specials(rng, domains, t0):
    """Seven contacts with nothing to score: every label na."""
    na = {c: 'na' for c in CHECKS}
    out = []

    def add(cid, sc, channel, outcome, events, turns, dur, why, **extra):
        inter = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sc, 'channel': channel, 'startedAt': t0 + len(out) * 3600000,
                 'durationMs': dur, 'outcome': outcome, 'transcriptSource': 'deepgram' if channel == 'voice' else 'chat-dom',
                 'events': events, 'turns': turns, **extra}
        out.append((inter, {'contactId': cid, 'domain': '特殊', 'labels': dict(na), 'why': {'all': why}}))

    add('special-no-answer', 'opt-booking', 'voice', 'no-answer',
        [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 110}, {'type': 'ringing', 'atMs': 2300}, {'type': 'ended', 'atMs': 62000}], [], 62000, '无人接听，没有坐席')
    add('special-busy', 'est-transfer', 'voice', 'busy',
        [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 130}, {'type': 'ended', 'atMs': 3100, 'detail': {'sip': 486}}], [], 3100, '忙音，未接通')
    ivr = [{'speaker': 'ivr', 'text': '您好，欢迎致电云港机场服务热线，行李查询请按一，航班动态请按二。', 'startMs': 7200, 'endMs': 14100, 'confidence': 0.93},
           {'speaker': 'ivr', 'text': '现在坐席全忙，请您耐心等待，您前面还有六位。', 'startMs': 16500, 'endMs': 21900, 'confidence': 0.9},
           {'speaker': 'ivr', 'text': '您前面还有五位，请继续等待。', 'startMs': 82000, 'endMs': 85600, 'confidence': 0.88}]
    add('special-ivr-abandoned', 'ap-baggage', 'voice', 'abandoned',
        [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 100}, {'type': 'ringing', 'atMs': 2000}, {'type': 'answered', 'atMs': 6900},
         {'type': 'dtmf', 'atMs': 15000, 'detail': {'digits': '1'}}, {'type': 'queued', 'atMs': 16000},
         {'type': 'hangup', 'atMs': 121000, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 121200}], ivr, 121200, '只有IVR，排队中客户放弃')
    add('special-chat-queue-abandoned', 'fl-eta', 'webchat', 'abandoned',
        [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1400}, {'type': 'queued', 'atMs': 2600}, {'type': 'ended', 'atMs': 300000}],
        [{'speaker': 'system', 'text': '当前排队人数较多，您前面还有12位', 'startMs': 2600, 'endMs': 2600},
         {'speaker': 'customer', 'text': '我的花到底到哪了', 'startMs': 20000, 'endMs': 20000},
         {'speaker': 'system', 'text': '您前面还有9位', 'startMs': 150000, 'endMs': 150000}], 300000, '排队中客户离开，坐席未接入')
    add('special-bot-only', 'au-renew', 'webchat', 'completed',
        [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1100}, {'type': 'ended', 'atMs': 95000}],
        [{'speaker': 'bot', 'text': '你好，我是声阅小助手，请问想了解什么？', 'startMs': 1500, 'endMs': 1500},
         {'speaker': 'customer', 'text': '自动续费怎么退', 'startMs': 12000, 'endMs': 12000},
         {'speaker': 'bot', 'text': '您可以在“我的-订单”中申请退款，点击查看详细教程。', 'startMs': 13000, 'endMs': 13000},
         {'speaker': 'customer', 'text': '算了', 'startMs': 60000, 'endMs': 60000}], 95000, '只有机器人应答，没有人工坐席')
    add('special-harness-selector', 'park-booking', 'webchat', 'failed', [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 30000}], [], 30000,
        '测试工具自身失败', failedBy='harness', error={'code': 'E_SELECTOR_TIMEOUT', 'message': 'chat input selector #msg-input not found within 30000 ms'})
    add('special-harness-crash', 'est-fee', 'webchat', 'failed', [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 8200}], [], 8200,
        '测试工具自身失败', failedBy='harness', error={'code': 'E_BROWSER_CRASHED', 'message': 'browser process exited unexpectedly (signal SIGSEGV)'})
    return out
