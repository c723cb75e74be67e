"""Labels from the labeller's line flags and the laid-down timeline (see core.py for the flags)."""
import re
from core import CHECKS, VOICE_DEAD, CHAT_DEAD, VOICE_HOLD, CHAT_HOLD, spoken_chars
from facts import fact_mentions


def q(text, n=40):
    return '“' + (text if len(text) <= n else text[:n] + '…') + '”'


def derive(c, scen, inter, meta, joined):
    voice = c['ch'] == 'v'
    req = scen.get('requires', {})
    sla = scen['sla']
    L, why = {}, {}
    turns = inter['turns']
    agent_idx = [i for i, m in enumerate(meta) if m['speaker'] == 'agent']
    A = [meta[i] for i in agent_idx]

    def fail(check, reason):
        L[check] = 'fail'
        why.setdefault(check, reason)

    L['greeting'] = 'pass'
    ids = [m for m in A[:2] if '&' in m['flags']]
    L['agent-id'] = 'pass' if ids else 'fail'
    if not ids:
        why['agent-id'] = '头两句没有工号或姓名+岗位：' + q(A[0]['text'])
    closers = [m for m in A[-2:] if '@' in m['flags']]
    L['closing'] = 'pass' if closers else 'fail'
    if not closers:
        why['closing'] = '最后两句无结束语：' + q(A[-1]['text'])
    bad = [m for m in A if '#' in m['flags']]
    L['forbidden-words'] = 'fail' if bad else 'pass'
    if bad:
        why['forbidden-words'] = '；'.join(f"{m['note'] or '忌语'}：{q(m['text'])}" for m in bad)
    rude = [m for m in A if '%' in m['flags']]
    if rude:
        fail('politeness', '；'.join(f"{m['note'] or '失礼'}：{q(m['text'])}" for m in rude))
    elif c.get('curt'):
        fail('politeness', '通篇生硬：称“你”不称“您”，无请/谢谢等软化语，多为短句（' + c['curt'] + '）')
    else:
        L['politeness'] = 'pass'

    # verification
    if req.get('verification'):
        first_v = next((k for k, m in enumerate(A) if 'v' in m['flags']), None)
        first_d = next((k for k, m in enumerate(A) if 'd' in m['flags']), None)
        if first_d is None:
            # never checked fails also with nothing disclosed (docs/scoring.md conventions; relabelled 5 Dec 2026)
            if first_v is not None:
                L['verification'] = 'pass'
            else:
                fail('verification', '坐席始终未核实客户身份')
        elif first_v is not None and first_v <= first_d:
            L['verification'] = 'pass'
        else:
            fail('verification', '未核身即透露/办理：' + q(A[first_d]['text']))
    else:
        L['verification'] = 'na'

    # silences: the gap before each turn, and who owed the next word
    dead_thr = VOICE_DEAD if voice else CHAT_DEAD
    hold_thr = VOICE_HOLD if voice else CHAT_HOLD
    holds, dead = [], []
    last_agent = None
    for i, t in enumerate(turns):
        prev_end = turns[i - 1]['endMs'] if i else None
        m = meta[i]
        if i == agent_idx[0] if agent_idx else False:
            gap = t['startMs'] - joined
            if gap >= dead_thr:
                dead.append(f'坐席接入后{gap/1000:.0f}秒才开口')
        elif prev_end is not None and agent_idx and i > agent_idx[0]:
            gap = t['startMs'] - prev_end
            prev = meta[i - 1]
            in_hold = last_agent is not None and 'w' in last_agent['flags'] and (prev['speaker'] == 'customer' or prev is last_agent)
            agent_owes = prev['speaker'] == 'customer' and not m['customer_pause'] or in_hold or (prev['speaker'] == 'agent' and t['speaker'] == 'agent')
            if prev['speaker'] == 'customer' and m['customer_pause']:
                agent_owes = False
            if agent_owes and gap >= hold_thr and (t['speaker'] == 'agent' or not voice):
                asked = in_hold
                thanked = t['speaker'] == 'agent' and 't' in m['flags']
                if t['speaker'] != 'agent':
                    nxt = next((meta[j] for j in range(i, len(meta)) if meta[j]['speaker'] == 'agent'), None)
                    thanked = bool(nxt and 't' in nxt['flags'])
                holds.append((gap, asked, thanked))
            if agent_owes and gap >= dead_thr and not in_hold:
                dead.append(f'客户说完后{gap/1000:.0f}秒无人应答（未告知等待）')
        if m['speaker'] == 'agent':
            last_agent = m
    if not holds:
        L['hold-etiquette'] = 'na'
    elif all(a and th for _, a, th in holds):
        L['hold-etiquette'] = 'pass'
    else:
        bad_h = [h for h in holds if not (h[1] and h[2])][0]
        fail('hold-etiquette', f"保持{bad_h[0] if bad_h[0]=='music' else round(bad_h[0]/1000)}{'' if bad_h[0]=='music' else '秒'}：" + ('未先请客户稍等' if not bad_h[1] else '回来后未致谢等待'))
    L['dead-air'] = 'fail' if dead else 'pass'
    if dead:
        why['dead-air'] = '；'.join(dead)

    # interruption and speech rate (voice only)
    if voice:
        cut = [t for i, t in enumerate(turns) if i and t['speaker'] == 'agent' and turns[i - 1]['speaker'] == 'customer'
               and turns[i - 1]['endMs'] - t['startMs'] >= 800]
        L['interruption'] = 'fail' if cut else 'pass'
        if cut:
            i = turns.index(cut[0])
            why['interruption'] = f"坐席在客户说完前{(turns[i-1]['endMs']-cut[0]['startMs'])/1000:.1f}秒抢话：" + q(meta[i]['text'])
        long_turns = [t for t in turns if t['speaker'] == 'agent' and t['endMs'] - t['startMs'] >= 1500]
        chars = sum(spoken_chars(meta[turns.index(t)]['text']) for t in long_turns)
        mins = sum(t['endMs'] - t['startMs'] for t in long_turns) / 60000
        r = chars / mins if mins else 0
        L['speech-rate'] = 'na' if not long_turns else 'pass' if 120 <= r <= 300 else 'fail'
        if not long_turns:
            why['speech-rate'] = '坐席没有一句话长过1.5秒，无法计语速'
        elif L['speech-rate'] == 'fail':
            why['speech-rate'] = f'坐席语速约{r:.0f}字/分钟，' + ('过快' if r > 300 else '过慢')
        elif r > 285 or r < 135:
            why['speech-rate'] = f'临界但在范围内：约{r:.0f}字/分钟'
    else:
        L['interruption'] = L['speech-rate'] = 'na'

    # empathy
    complaints = [i for i, m in enumerate(meta) if m['speaker'] == 'customer' and '!' in m['flags']]
    if not complaints and not req.get('empathy'):
        L['empathy'] = 'na'
    else:
        L['empathy'] = 'pass'
        for ci in complaints:
            nxt = [meta[j] for j in range(ci + 1, len(meta)) if meta[j]['speaker'] == 'agent'][:2]
            if not any('*' in m['flags'] for m in nxt):
                fail('empathy', '客户抱怨' + q(meta[ci]['text'], 30) + '后两句内无致歉/体谅')
                break

    # resolution, facts
    agent_text = [m['text'] if '-' not in m['flags'] else '' for m in A]
    mentions = {f['key']: fact_mentions(f, [m['text'] for m in A], [('-' in m['flags']) for m in A]) for f in scen['facts']}
    unstated = [k for k, v in mentions.items() if not v]
    nonans = [m for m in A if '?' in m['flags']]
    if nonans:
        fail('resolution', '；'.join('敷衍/无解答：' + q(m['text']) for m in nonans))
    elif unstated:
        fail('resolution', '没有答到：' + '、'.join(f['label'] for f in scen['facts'] if f['key'] in unstated))
    else:
        L['resolution'] = 'pass'
    wrong_last = [f['label'] for f in scen['facts'] if mentions[f['key']] and not mentions[f['key']][-1][1]]
    if unstated or wrong_last:
        fail('fact-accuracy', '；'.join((['未说明：' + '、'.join(f['label'] for f in scen['facts'] if f['key'] in unstated)] if unstated else []) +
                                       (['最后所说有误：' + '、'.join(wrong_last)] if wrong_last else [])))
    else:
        L['fact-accuracy'] = 'pass'
    mis = [(f, v) for f in scen['facts'] for v in mentions[f['key']] if not v[1]]
    if mis:
        fail('no-misinformation', '；'.join(f"{f['label']}说成“{v[2]}”" for f, v in mis))
    else:
        L['no-misinformation'] = 'pass'
        self_corr = [f['label'] for f in scen['facts'] if len({v[1] for v in mentions[f['key']]}) > 1]

    # first response / latency
    first = turns[agent_idx[0]]['startMs'] - joined
    if first > sla['firstResponseMs']:
        fail('first-response', f"坐席接入后{first/1000:.1f}秒才首次应答（时限{sla['firstResponseMs']/1000:.0f}秒）")
    else:
        L['first-response'] = 'pass'
    late = []
    owed_from, in_hold = None, False
    last_agent = None
    for i, t in enumerate(turns):
        m = meta[i]
        if m['speaker'] == 'customer':
            if m['customer_pause']:
                owed_from = None  # the customer owed that pause; the wait restarts from this turn
            if owed_from is None and not (last_agent and 'w' in last_agent['flags']):
                owed_from = t['endMs'] if voice else t['startMs']
        elif m['speaker'] == 'agent':
            if owed_from is not None and t['startMs'] - owed_from > sla['responseLatencyMs']:
                late.append(t['startMs'] - owed_from)
            owed_from = None
            last_agent = m
    if late:
        fail('response-latency', f"客户等了{max(late)/1000:.0f}秒才得到回复（时限{sla['responseLatencyMs']/1000:.0f}秒，非告知的保持）")
    else:
        L['response-latency'] = 'pass'

    # reference, survey, required info
    if req.get('reference'):
        L['record-reference'] = 'pass' if any(REF.search(m['text']) for m in A) else 'fail'
        if L['record-reference'] == 'fail':
            why['record-reference'] = '未告知工单/受理编号'
    else:
        L['record-reference'] = 'na'
    if req.get('survey', True):
        L['survey-offered'] = 'pass' if any('$' in m['flags'] for m in A) else 'fail'
        if L['survey-offered'] == 'fail':
            why['survey-offered'] = '未邀请客户评价'
    else:
        L['survey-offered'] = 'na'
    asked = [ri for ri in scen.get('requiredInfo', []) if any(re.search(p, ' '.join(m['text'] for m in A), re.I) for p in ri['patterns'])]
    missing = [ri['label'] for ri in scen.get('requiredInfo', []) if ri not in asked]
    L['required-info'] = 'fail' if missing else 'pass'
    if missing:
        why['required-info'] = '未询问：' + '、'.join(missing)

    # the labeller's overrides: "check": "pass|fail|na: reason"
    for check, v in c.get('lab', {}).items():
        val, _, reason = v.partition(':')
        L[check] = val
        if reason:
            why[check] = reason
        elif val != 'fail':
            why.pop(check, None)
    for check, reason in c.get('why', {}).items():
        m = re.match(r'^(pass|fail|na):', reason)
        if m:
            assert m.group(1) == L[check], f"{c['id']} {check}: why says {m.group(1)}, label is {L[check]}"
            reason = reason[m.end():]
        why[check] = reason
    for check in CHECKS:
        if L[check] != 'fail':
            if check in why and not (check in c.get('lab', {}) or check in c.get('why', {}) or check == 'speech-rate'):
                del why[check]
    assert set(L) == set(CHECKS), set(CHECKS) ^ set(L)
    return L, why


# A reference number: a 单号/编号 cue then ≥6 digits/letters (read out in words on voice).
REF = re.compile(r'(工单|受理|报案|投诉|服务单|案件|回执|流水|申请|登记|售后|督办|报障|退款|退费|随访)(号|编号|单号)(码)?\s*(是|为|：|:)?\s*[A-Za-z0-9零幺一二两三四五六七八九洞拐\-]{6,}')
