#!/usr/bin/env python3
"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl for independent-dev9a.

Every line of dialogue comes from the hand-written material in mat_*.py (one file per domain);
this script only decides, with a fixed seed, which hand-written pieces each contact uses and
where its silences fall, and records the label each choice implies. validate.py re-derives the
labels from the written text and timeline and must agree.
"""
import json, os, random, re, sys
sys.dont_write_bytecode = True  # keep __pycache__ out of the corpus folder

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from mat_powerbank import DOMAIN as D1
from mat_tickets import DOMAIN as D2
from mat_homereno import DOMAIN as D3
from mat_legal import DOMAIN as D4
from mat_grocery import DOMAIN as D5
from mat_cloud import DOMAIN as D6
from common import CHECKS, strip_punct
from compose import compose, pick

DOMAINS = [D1, D2, D3, D4, D5, D6]
SEED = 90417  # fixed number, not the set's name: the set may be renamed, the contacts must not move
SLA = {'firstResponseMs': 20000, 'responseLatencyMs': 40000, 'handleTimeMs': 900000}
EPOCH = 1764892800000  # 2025-12-05 00:00 UTC


def balanced(rng, n, counts):
    """A shuffled list of n values with the given counts for each (the rest get the first key)."""
    out = []
    for value, k in counts.items():
        out += [value] * k
    first = next(iter(counts))
    out += [first] * (n - len(out))
    rng.shuffle(out[:n])
    out = out[:n]
    rng.shuffle(out)
    return out


def yaml_scalar(v):
    return json.dumps(v, ensure_ascii=False)


def write_scenario(dom, sc):
    f = sc['fact']
    lines = [
        f"id: {sc['id']}",
        f"title: {yaml_scalar(sc['title'])}",
        f"description: {yaml_scalar('独立语料 independent-dev9a，领域 ' + dom['key'] + '，机构 ' + dom['org'])}",
        'channel: [voice, webchat]',
        f"target: {{ phone: \"{dom['phone']}\" }}",
        f"persona: {{ name: {yaml_scalar(sc['persona'])} }}",
        'locale: zh-CN',
        'steps: [ { end: true } ]',
        'facts:',
        '  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
            f['key'], yaml_scalar(f['label']), yaml_scalar(f['expected']),
            json.dumps(f['variants'], ensure_ascii=False), json.dumps(f['wrong'], ensure_ascii=False),
            json.dumps(f['cues'], ensure_ascii=False)),
        'requiredInfo:',
        '  - { key: %s, label: %s, patterns: %s }' % (
            sc['req']['key'], yaml_scalar(sc['req']['label']), json.dumps(sc['req']['patterns'], ensure_ascii=False)),
        'requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
            str(sc['requires'][k]).lower() for k in ('verification', 'reference', 'empathy', 'survey')),
        'sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }' % (
            SLA['firstResponseMs'], SLA['responseLatencyMs'], SLA['handleTimeMs']),
        f"tags: [independent-dev9a, {dom['key']}]",
    ]
    with open(os.path.join(ROOT, 'scenarios', sc['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')


CHAT_EMOJI = ['😤', '🙏', '😂', '👍', '😓', '[捂脸]', '…']
FILLERS = ['嗯', '呃', '那个', '就是', '啊']
HOMOPHONES = [('在', '再'), ('那', '哪'), ('做', '作'), ('已经', '以经'), ('的话', '得话')]


def asr_noise(rng, turn, kind):
    text = turn['text']
    if rng.random() < 0.55:
        text = re.sub(r'[，。？！、,.?!；：]', ' ' if rng.random() < 0.4 else '', text).strip()
    if rng.random() < 0.3:
        text = rng.choice(FILLERS) + (' ' if rng.random() < 0.5 else '') + text
    # homophones only in customer small talk: never on a line that decides a label
    if turn['sp'] == 'customer' and kind == 'plain' and rng.random() < 0.5:
        a, b = rng.choice(HOMOPHONES)
        text = text.replace(a, b, 1)
    turn['text'] = text


def build(dom, sc, k, rng, voice, cid, idx, t0):
    T, L, why, leaves = compose(dom, sc, k, rng, voice)
    rate = {'ok': rng.uniform(3.6, 4.4), 'fast': rng.uniform(5.4, 5.9), 'slow': rng.uniform(1.6, 1.9)}[k['rate']] if voice else 0
    noisy = voice and rng.random() < 0.7
    events = [{'type': 'started', 'atMs': 0}]
    if voice:
        t = rng.randint(80, 220); events.append({'type': 'dialed', 'atMs': t})
        t += rng.randint(1500, 3500); events.append({'type': 'ringing', 'atMs': t})
        t += rng.randint(3000, 14000); events.append({'type': 'answered', 'atMs': t})
        ivr = rng.random() < 0.4
        turns_pre = []
        if ivr:
            for line in dom['ivr']:
                dur = int(len(strip_punct(line)) / 4.2 * 1000)
                turns_pre.append({'speaker': 'ivr', 'text': line, 'startMs': t + 400, 'endMs': t + 400 + dur, 'confidence': 0.97})
                t += 400 + dur
            t += 900; events.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': str(rng.randint(1, 4))}})
            t += rng.randint(4000, 30000)
        joined = t
        if ivr or rng.random() < 0.5:
            events.append({'type': 'agent-joined', 'atMs': t})
    else:
        t = rng.randint(600, 1400); events.append({'type': 'page-loaded', 'atMs': t})
        turns_pre = []
        if rng.random() < 0.35:
            t += rng.randint(2000, 8000)
            turns_pre.append({'speaker': 'system', 'text': pick(rng, dom['queue_note']), 'startMs': t, 'endMs': t})
        t += rng.randint(5000, 60000)
        joined = t
        events.append({'type': 'agent-joined', 'atMs': t})
    turns = list(turns_pre)
    last_end = joined
    last_sp = None
    first_agent = True
    hold_events = []
    first_unanswered = None
    for i, tu in enumerate(T):
        kind = tu['kind']
        if noisy:
            asr_noise(rng, tu, kind)
        if not voice and tu['sp'] == 'customer' and rng.random() < 0.12:
            tu['text'] += rng.choice(CHAT_EMOJI)  # typed chat: an emoji now and then
        chars = len(strip_punct(tu['text']))
        if tu['sp'] == 'agent':
            if first_agent:
                if k['first'] == 'late':
                    gap = rng.uniform(21, 26) if voice else rng.uniform(21, 28)
                elif k['deadair'] == 'join':
                    gap = rng.uniform(9, 13)
                else:
                    gap = rng.uniform(0.6, 2.6) if voice else rng.uniform(2, 12)
                first_agent = False
            else:
                g = tu.get('gap')
                if g == 'deadair':
                    gap = rng.uniform(8.7, 13.4) if voice else rng.uniform(31, 38)
                elif g == 'latlong':
                    gap = rng.uniform(41.5, 52) if voice else rng.uniform(42, 55)
                elif g == 'hold':
                    gap = rng.uniform(18, 48) if voice else rng.uniform(35, 95)
                elif g == 'nudge':
                    # the customer nudges twice; no span reaches 30 s but the first message waits > 40 s
                    gaps = [rng.uniform(22, 27), rng.uniform(20, 26)]
                    tt = last_end
                    for gg, line in zip(gaps, rng.sample(dom['nudge'], 2)):
                        tt += gg * 1000
                        turns.append({'speaker': 'customer', 'text': line, 'startMs': int(tt), 'endMs': int(tt)})
                    last_end = int(tt)
                    gap = rng.uniform(3, 8)
                elif voice and last_sp == 'customer' and k['interrupt'] and tu.get('kind') in ('ask', 'fact', 'disclose', 'plain') and k['interrupt'] > 0:
                    gap = -rng.uniform(1.1, 2.2)
                    k['interrupt'] -= 1
                elif voice and last_sp == 'customer' and rng.random() < 0.12:
                    gap = -rng.uniform(0.2, 0.55)  # a slight overlap, under the 0.8 s that counts
                else:
                    gap = rng.uniform(0.5, 2.8) if voice else rng.uniform(4, 22)
                    if not voice and first_unanswered is not None:
                        # several customer messages in a row: keep the first one's wait under the SLA
                        gap = max(2.0, min(gap, (first_unanswered + 33000 - last_end) / 1000))
            dur = chars / rate if voice else 0
        else:
            if tu.get('gap') == 'custpause':
                gap = rng.uniform(9.5, 16) if voice else rng.uniform(40, 80)
            else:
                gap = rng.uniform(0.4, 2.2) if voice else rng.uniform(4, 30)
            dur = (chars / rng.uniform(3.8, 5.0) + 0.3) if voice else 0
        start = int(last_end + gap * 1000)
        if voice and gap < 0 and turns:
            start = max(start, turns[-1]['startMs'] + 300)
        end = int(start + dur * 1000)
        turn = {'speaker': tu['sp'], 'text': tu['text'], 'startMs': start, 'endMs': end}
        if voice:
            turn['confidence'] = round(rng.uniform(0.6, 0.98), 2)
        turns.append(turn)
        if tu['sp'] == 'customer':
            first_unanswered = end if first_unanswered is None else first_unanswered
        else:
            first_unanswered = None
        if tu.get('gap') == 'hold' and tu['sp'] == 'agent' and any(x.get('hold_ev') for x in T[max(0, i - 2):i]):
            # music on hold from just after the customer's 好的 until the agent comes back
            hold_events.append(('hold-start', start - int(gap * 1000) + 300))
            hold_events.append(('hold-end', start - 500))
        last_end = max(last_end, end) if gap >= 0 else max(end, last_end)
        last_sp = tu['sp']
    for typ, at in hold_events:
        events.append({'type': typ, 'atMs': at})
    end_t = last_end + rng.randint(400, 2500)
    if k['odd_event']:
        mid = turns[len(turns) // 2]['endMs'] + 100
        events.append({'type': rng.choice(['transfer', 'wrapup-code', 'supervisor-listen']), 'atMs': mid})
    if voice:
        events.append({'type': 'hangup', 'atMs': end_t, 'detail': {'by': 'customer' if leaves or rng.random() < 0.6 else 'agent'}})
    else:
        pass
    events.append({'type': 'ended', 'atMs': end_t + 200})
    events.sort(key=lambda e: e['atMs'])
    turns.sort(key=lambda x: x['startMs'])
    inter = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sc['id'], 'channel': 'voice' if voice else 'webchat',
             'startedAt': t0, 'durationMs': end_t + 200, 'outcome': 'completed',
             'transcriptSource': 'deepgram' if voice else 'chat-dom', 'events': events, 'turns': turns}
    if k['odd_event']:
        del inter['durationMs']
    # timing labels, from the choices made above
    if not voice:
        L['interruption'] = 'na'; L['speech-rate'] = 'na'
    else:
        if k['interrupt_n']:
            L['interruption'] = 'fail'; why['interruption'] = '坐席在客户话没说完前1秒以上抢话'
        if k['rate'] != 'ok':
            L['speech-rate'] = 'fail'; why['speech-rate'] = '语速过快（>300字/分）' if k['rate'] == 'fast' else '语速过慢（<120字/分）'
    holdmode = 'none' if k['pol'] == 'curt' else k['hold']
    unannounced_hold = (k['lat'] in ('voice', 'chat_long')) or (not voice and k['deadair'] == 'mid')
    if holdmode == 'none' and not unannounced_hold:
        L['hold-etiquette'] = 'na'
    elif unannounced_hold and holdmode == 'none':
        L['hold-etiquette'] = 'fail'; why['hold-etiquette'] = '没有请客户稍等就长时间不说话（这段也是静默）'
    elif holdmode == 'nothanks':
        L['hold-etiquette'] = 'fail'; why['hold-etiquette'] = '请客户稍等了，回来没有感谢等待'
    else:
        why['hold-etiquette'] = '等待前请客户稍等，回来感谢等待'
    if k['deadair'] or k['lat'] in ('voice', 'chat_long') or (voice and k['first'] == 'late'):
        L['dead-air'] = 'fail'
        why['dead-air'] = {'join': '坐席接入后十来秒才开口', 'mid': '客户说完后坐席无说明地长时间沉默'}.get(
            k['deadair'], '坐席无说明地长时间沉默')
    if k['first'] == 'late':
        L['first-response'] = 'fail'; why['first-response'] = '接入后超过20秒才有第一句'
    if k['lat']:
        L['response-latency'] = 'fail'
        why['response-latency'] = '客户连发“在吗”，从第一条未回消息算起超过40秒（每段都不到30秒，静默项不判）' if k['lat'] == 'chat_nudge' else '客户说完后40多秒没有回应'
    return inter, L, why


def main():
    rng = random.Random(SEED)
    for d in DOMAINS:
        for sc in d['scenarios']:
            write_scenario(d, sc)
    contacts, labels = [], []
    n = sum(d['count'] for d in DOMAINS)
    # one balanced schedule per knob over all normal contacts
    S = {
        'greet': balanced(rng, n, {True: n - 30, False: 30}),
        'id': balanced(rng, n, {'num': 62, 'name': 40, 'asked': 8, 'none': 12, 'role': 12, 'hotline': 9, 'late': 7}),
        'pol': balanced(rng, n, {'ok': n - 48, 'rude': 22, 'buck': 14, 'curt': 12}),
        'lookalike': balanced(rng, n, {False: n - 40, True: 40}),
        'hold': balanced(rng, n, {'none': n - 86, 'good': 56, 'nothanks': 30}),
        'fact': balanced(rng, n, {'ok': n - 81, 'wrong': 14, 'selfcorrect': 17, 'unlisted': 8, 'nonanswer': 13, 'lookup': 8, 'follow_nonanswer': 27}),
        'req': balanced(rng, n, {True: n - 32, False: 32}),
        'ref': balanced(rng, n, {True: n // 2, False: n - n // 2}),
        'survey': balanced(rng, n, {True: n // 2 + 8, False: n - n // 2 - 8}),
        'close': balanced(rng, n, {'ok': n - 42, 'fail': 34, 'na': 8}),
        'complain': balanced(rng, n, {True: n // 2, False: n - n // 2}),
        'complain2': balanced(rng, n, {False: n - 40, True: 40}),
        'emp_fail': balanced(rng, n, {None: n - 58, 1: 42, 2: 16}),
        'verify': balanced(rng, n, {'ok': n // 2, 'none': n // 2 - 14, 'late': 14}),
        'cust_pause': balanced(rng, n, {False: n - 30, True: 30}),
    }
    # timing knobs are channel-specific: index separately per channel
    nv = n // 2
    SV = {
        'deadair': balanced(rng, nv, {None: nv - 24, 'mid': 14, 'join': 10}),
        'lat': balanced(rng, nv, {None: nv - 10, 'voice': 10}),
        'first': balanced(rng, nv, {None: nv - 6, 'late': 6}),
        'interrupt': balanced(rng, nv, {0: nv - 22, 1: 16, 2: 6}),
        'rate': balanced(rng, nv, {'ok': nv - 18, 'fast': 9, 'slow': 9}),
    }
    SC = {
        'deadair': balanced(rng, n - nv, {None: n - nv - 12, 'mid': 12}),
        'lat': balanced(rng, n - nv, {None: n - nv - 22, 'chat_nudge': 14, 'chat_long': 8}),
        'first': balanced(rng, n - nv, {None: n - nv - 12, 'late': 12}),
    }
    odd = set(rng.sample(range(n), 4))
    i = vi = ci = 0
    for d in DOMAINS:
        for j in range(d['count']):
            sc = d['scenarios'][j % 3]
            voice = (i % 2 == 0)
            k = {key: S[key][i] for key in S}
            if voice:
                for key in SV:
                    k[key] = SV[key][vi]
                vi += 1
            else:
                for key in SC:
                    k[key] = SC[key][ci]
                k['interrupt'] = 0; k['rate'] = 'ok'
                ci += 1
            # a latency fail or a late first word already is an unannounced silence: no second one
            if k['lat'] or k['first'] == 'late':
                k['deadair'] = None
            if k['lat'] and k['hold'] != 'none':
                k['hold'] = 'none'
            if k['deadair'] == 'mid' and not voice and k['hold'] != 'none':
                k['hold'] = 'none'
            req = sc['requires']
            k['complain'] = True if req['empathy'] else k['complain']
            k['emp_fail_at'] = S['emp_fail'][i]
            if k['emp_fail_at'] == 2 and not k['complain2']:
                k['emp_fail_at'] = 1
            if k['emp_fail_at'] == 1 and not k['complain']:
                k['emp_fail_at'] = 2 if k['complain2'] else None
            if k['emp_fail_at'] == 2:
                k['lookalike'] = False  # its 我理解 would acknowledge the second complaint
            if k['close'] == 'na' and (req['survey']):
                k['close'] = 'fail'
            k['interrupt_n'] = k['interrupt']
            k['odd_event'] = i in odd
            cid = '%s-%02d' % (d['short'], j + 1)
            crng = random.Random(SEED * 1000 + i)
            inter, L, why = build(d, sc, k, crng, voice, cid, i, EPOCH + i * 3_600_000)
            if k['interrupt_n'] and k['interrupt'] > 0:
                # not enough places to interrupt: the label follows what was written
                L['interruption'] = 'fail' if k['interrupt'] < k['interrupt_n'] else 'pass'
            contacts.append(inter)
            labels.append({'contactId': cid, 'domain': d['key'], 'labels': L, 'why': {c: why[c] for c in CHECKS if c in why}})
            i += 1
    from specials import specials
    for inter in specials(EPOCH + i * 3_600_000, DOMAINS):
        contacts.append(inter)
        labels.append({'contactId': inter['contactId'], 'domain': inter['_domain'], 'labels': {c: 'na' for c in CHECKS},
                       'why': {'greeting': inter.pop('_why')}})
        del inter['_domain']
    with open(os.path.join(ROOT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('wrote %d contacts' % len(contacts))


if __name__ == '__main__':
    main()
