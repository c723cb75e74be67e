"""Deterministic generator for corpus set independent-dev3b.

    python3 test/corpus/independent-dev3b/build/generate.py

Writes scenarios/*.yaml, contacts.jsonl, labels.jsonl next to this folder. Labels are recorded as
the defects are injected (plan) and, for timing checks, derived from the timings placed on purpose
(timing.py). No project code is imported or run.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from dialogue import build_dialogue, spell  # noqa: E402
from phrases_material import (APOLOGY_MARKERS, EMPATHY, FORBIDDEN, LOOKALIKE, OTHER_DEPT, SOFT_ACK)  # noqa: E402
from scenarios_material import SCENARIOS  # noqa: E402
from timing import place, timing_labels  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
SEED = 20261203
EPOCH = 1764720000000  # 2025-12-03 UTC; contacts spread over the following days
NOISE = [('工号', '公号'), ('稍等', '烧等'), ('查询', '查寻'), ('已经', '以经'), ('账户', '帐户'),
         ('核对', '合对'), ('时候', '时后'), ('验证码', '验证吗')]
PER_SCENARIO = 6
NOISY = []  # contacts given ASR-style noise, reported by main()


def pick(rng, weights):
    r, acc = rng.random(), 0.0
    for k, w in weights:
        acc += w
        if r < acc:
            return k
    return weights[-1][0]


def make_plan(rng, scn, k):
    voice = scn['channel'] == 'voice'
    rq, sla = scn['requires'], scn['sla']
    # spread defects over the six contacts of a scenario (k = 0..5) so every check gets both labels
    p = dict(labels={}, why={})
    p['style'] = pick(rng, [('polite', 0.55), ('plain', 0.27), ('curt', 0.18)])
    p['greet'] = rng.random() > 0.27
    p['id'] = pick(rng, [('first', 0.42), ('second', 0.2), ('none', 0.32), ('late', 0.06)])
    hangup_ok = not rq['reference'] and not rq['survey']
    p['closing'] = 'hangup' if hangup_ok and k == 5 else ('fail' if rng.random() < 0.36 else 'pass')
    if p['closing'] == 'hangup' and p['id'] == 'late':
        p['id'] = 'none'
    p['forbidden'], p['forbidden_rude'], p['forbidden_at'] = None, False, rng.choice(['early', 'late'])
    if rng.random() < 0.3:
        line, rude = rng.choice(FORBIDDEN)
        p['forbidden'], p['forbidden_rude'] = line.replace('{other}', OTHER_DEPT[scn['domain']]), rude
        if any(k in line for k in ('说过', '好几遍', '听没听懂', '想怎么样', '说完')):
            p['forbidden_at'] = 'late'  # these answer something the customer said before, not the first request
    p['lookalike'] = rng.choice(LOOKALIKE) if not p['forbidden'] and rng.random() < 0.45 else None
    p['verify'] = (('pass' if (k + len(scn['id'])) % 2 == 0 else 'fail') if rq['verification'] else None)
    p['omit_req'] = ([rng.choice(scn['req'])['key']] if scn['req'] and rng.random() < 0.38 else [])
    holds = ([('none', 0.22), ('announced', 0.26), ('announced-short', 0.08), ('unannounced-short', 0.12),
              ('unannounced', 0.08), ('music-announced', 0.12), ('music-unannounced', 0.04), ('customer-pause', 0.08)]
             if voice else
             [('none', 0.3), ('announced', 0.3), ('announced-short', 0.1), ('unannounced', 0.15), ('customer-pause', 0.15)])
    p['hold'] = pick(rng, holds)
    p['hold_thanked'] = p['style'] != 'curt' and rng.random() < 0.78
    p['cust_pause'] = p['hold'] == 'customer-pause' or rng.random() < 0.12
    p['complaint'] = pick(rng, [(None, 0.46), ('open', 0.27), ('late', 0.27)])
    p['empathy'] = bool(p['complaint']) and p['style'] != 'curt' and rng.random() < 0.7
    nf = len(scn['facts'])
    mode = pick(rng, [('correct', 0.45), ('neg', 0.1), ('wrong', 0.25), ('missing', 0.2)])
    if mode == 'neg' and not any(f.get('neg') for f in scn['facts']):
        mode = 'correct'
    modes = ['correct'] * nf
    if mode == 'wrong':
        modes[rng.randrange(nf)] = 'wrong'
    elif mode == 'missing':
        modes[nf - 1] = 'missing'
    elif mode == 'neg':
        modes = ['neg' if f.get('neg') else 'correct' for f in scn['facts']]
    p['fact_modes'] = modes
    p['reference'] = ('pass' if (k + len(scn['id'])) % 2 == 1 else 'fail') if rq['reference'] else None
    p['survey'] = ('pass' if rng.random() < 0.55 else 'fail') if rq['survey'] else None
    p['first_late'] = (sla.get('firstResponseMs', 30000) < 20000) and k % 2 == 0
    p['late_reply'] = (sla.get('responseLatencyMs', 30000) < 25000) and k % 2 == 1
    rate = pick(rng, [('normal', 0.46), ('fastnormal', 0.24), ('slow', 0.14), ('fast', 0.16)]) if voice else 'normal'
    p['rate'] = rate
    p['agent_cps'] = dict(normal=rng.uniform(3.6, 3.8), fastnormal=rng.uniform(3.85, 4.15), slow=rng.uniform(1.5, 1.75),
                          fast=rng.uniform(5.6, 6.2))[rate]
    p['interrupt'] = voice and rng.random() < 0.28
    p['backchannel'] = voice and not p['interrupt'] and rng.random() < 0.4
    p['cust_cuts_in'] = voice and rng.random() < 0.2
    p['noise'] = voice and rng.random() < 0.6
    return p


def noisy(rng, text, speaker):
    for a, b in NOISE:
        if a in text and rng.random() < 0.5:
            text = text.replace(a, b, 1)
    for ch in '，。？！、：':
        text = text.replace(ch, ' ' if rng.random() < 0.5 else '')
    if speaker == 'customer' and rng.random() < 0.45:
        text = rng.choice(['嗯 ', '那个 ', '就是 ', '呃 ']) + text
    if speaker == 'customer' and rng.random() < 0.15 and len(text) > 4:
        text = text[:2] + text[:2] + text[2:]  # a restarted phrase, as ASR writes it
    if speaker == 'agent' and rng.random() < 0.2:
        text = rng.choice(['嗯 ', '那个 ']) + text
    return ' '.join(text.split())


def has_marker(text):
    return any(m in text for m in APOLOGY_MARKERS)


def apply_empathy(rng, plan, turns):
    """Adds the apology (pass) or makes sure none is there (fail) in the two agent turns after the complaint."""
    ci = next((i for i, t in enumerate(turns) if t.get('complaint')), None)
    if ci is None:
        return
    nxt = [i for i in range(ci + 1, len(turns)) if turns[i]['speaker'] == 'agent'][:2]
    if plan['empathy']:
        t = turns[nxt[0]]
        pos = 1 if (plan['id'] == 'second' and t is turns[2]) else 0
        t['segs'].insert(pos, rng.choice(EMPATHY['plain' if plan['style'] == 'plain' else 'polite']))
    else:
        for i in nxt:
            segs = turns[i]['segs']
            segs[:] = [('感谢您的耐心等待，' if s.endswith('，') and '等' in s else None) if has_marker(s) else s for s in segs]
            segs[:] = [s for s in segs if s]
            segs[:] = ['好的，' if any(m in s for m in SOFT_ACK) and len(s) < 20 else s for s in segs]
            assert not has_marker(''.join(segs)) and not any(m in ''.join(segs) for m in SOFT_ACK), segs


def label_plan(scn, plan, turns):
    L, W = plan['labels'], plan['why']
    rq, st = scn['requires'], plan['style']
    L['greeting'] = 'pass' if plan['greet'] else 'fail'
    L['agent-id'] = 'pass' if plan['id'] in ('first', 'second') else 'fail'
    if plan['id'] == 'second':
        W['agent-id'] = 'identifies itself in its second turn'
    if plan['id'] == 'none':
        W['agent-id'] = ('never states a staff number or service name; ' + W.get('agent-id', '')).rstrip('; ')
    L['closing'] = {'pass': 'pass', 'fail': 'fail', 'hangup': 'na'}[plan['closing']]
    if plan['closing'] == 'hangup':
        W['closing'] = 'customer hung up right after the answer, before any closing'
    if plan['forbidden']:
        L['forbidden-words'] = 'fail'
        W['forbidden-words'] = f'agent says "{plan["forbidden"]}"'
    else:
        L['forbidden-words'] = 'pass'
        if plan['lookalike'] and st != 'curt' and any(plan['lookalike'] in ''.join(t['segs']) for t in turns):
            W['forbidden-words'] = f'polite look-alike only: "{plan["lookalike"]}"'
    L['verification'] = plan['verify'] or 'na'
    if plan['verify'] == 'fail':
        W['verification'] = 'agent looks up / discloses the account without any identity check'
    if st == 'curt':
        L['politeness'], W['politeness'] = 'fail', 'curt throughout: 嗯/行/知道了, commands, no 您/请/谢谢 in substantive turns'
    elif plan['forbidden_rude']:
        L['politeness'], W['politeness'] = 'fail', f'rude remark: "{plan["forbidden"]}"'
    else:
        L['politeness'] = 'pass'
        if st == 'plain':
            W['politeness'] = 'plain-spoken (好嘞/行/哈) but courteous'
    if plan['complaint']:
        L['empathy'] = 'pass' if plan['empathy'] else 'fail'
        c = next(t['text'] for t in turns if t.get('complaint'))
        W['empathy'] = (f'customer complains ("{c}"); ' +
                        ('agent acknowledges/apologises in the next turn' if plan['empathy'] else 'no apology or acknowledgement in the next two agent turns'))
    else:
        L['empathy'] = 'na'
    modes = plan['fact_modes']
    facts = scn['facts']
    if 'missing' in modes:
        L['resolution'], L['fact-accuracy'], L['no-misinformation'] = 'fail', 'fail', 'pass'
        f = facts[modes.index('missing')]
        W['resolution'] = f'question about {f["label"]} deferred ("后续联系"), never answered'
        W['fact-accuracy'] = f'{f["label"]} never stated'
    elif 'wrong' in modes:
        f = facts[modes.index('wrong')]
        L['resolution'], L['fact-accuracy'], L['no-misinformation'] = 'pass', 'fail', 'fail'
        W['fact-accuracy'] = W['no-misinformation'] = f'{f["label"]} stated with a known-wrong value (expected {f["expected"]})'
        W['resolution'] = 'question answered (wrongly: see no-misinformation)'
    else:
        L['resolution'], L['fact-accuracy'], L['no-misinformation'] = 'pass', 'pass', 'pass'
        if 'neg' in modes:
            W['no-misinformation'] = 'wrong value mentioned only as negated ("不是…，是…"), correct value stated'
    L['record-reference'] = plan['reference'] or 'na'
    L['survey-offered'] = plan['survey'] or 'na'
    if plan['survey'] == 'fail':
        W['survey-offered'] = 'no invitation to rate the service'
    if not scn['req']:
        L['required-info'] = 'na'
    elif plan['omit_req']:
        L['required-info'] = 'fail'
        W['required-info'] = 'agent never asks for ' + ', '.join(r['label'] for r in scn['req'] if r['key'] in plan['omit_req'])
    else:
        L['required-info'] = 'pass'


def contact(rng, scn, k, idx):
    plan = make_plan(rng, scn, k)
    pre, turns = build_dialogue(rng, scn, plan)
    apply_empathy(rng, plan, turns)
    voice = scn['channel'] == 'voice'
    asks = [i for i in range(1, len(turns)) if turns[i]['speaker'] == 'customer' and turns[i - 1].get('ask')]
    if plan['cust_pause'] and asks and not any(t.get('pause') for t in turns):
        turns[rng.choice(asks)]['pause'] = True
    long_c = [i + 1 for i, t in enumerate(turns[:-1]) if t['speaker'] == 'customer' and t.get('long') and turns[i + 1]['speaker'] == 'agent']
    plan['interrupt_at'] = rng.choice(long_c) if plan['interrupt'] and long_c else None
    plan['backchannel_at'] = rng.choice(long_c) if plan['backchannel'] and long_c else None
    ag_c = [i for i in range(1, len(turns)) if turns[i]['speaker'] == 'customer' and turns[i - 1]['speaker'] == 'agent'
            and not turns[i].get('pause') and not turns[i - 1].get('announce') and i - 1 != plan['interrupt_at']]
    plan['cust_cuts_in_at'] = rng.choice(ag_c) if plan['cust_cuts_in'] and ag_c else None
    for t in pre + turns:
        t['text'] = ''.join(t['segs'])
        if not voice:
            t['text'] = t['text'].replace('不要挂机', '不要离开').replace('您别挂机', '您别走开').replace('来电的', '登录的')
        if plan['noise']:
            t['text'] = noisy(rng, t['text'], t['speaker'])
    label_plan(scn, plan, turns)
    if plan['noise']:
        NOISY.append(idx)
    join, end, events = place(rng, scn['channel'], pre, turns, plan, scn['sla'])
    tl, tw = timing_labels(scn['channel'], turns, join, scn['sla'])
    plan['labels'].update(tl)
    plan['why'].update(tw)
    if plan['closing'] == 'hangup':
        events.append(dict(type='hangup', atMs=end - 300, detail=dict(by='customer')))
    elif voice:
        events.append(dict(type='hangup', atMs=end - 300, detail=dict(by='agent' if rng.random() < 0.5 else 'customer')))
    events.append(dict(type='ended', atMs=end))
    out_turns = []
    for t in pre + turns:
        o = dict(speaker=t['speaker'], text=t['text'], startMs=t['startMs'], endMs=t['endMs'])
        if voice:
            o['confidence'] = round(rng.uniform(0.71, 0.93) if plan['noise'] else rng.uniform(0.9, 0.99), 2)
        out_turns.append(o)
    cid = f'dev3b-{scn["domain"]}-{idx:03d}'
    inter = dict(schemaVersion=1, contactId=cid, scenarioId=scn['id'], channel=scn['channel'],
                 startedAt=EPOCH + idx * 3_517_000, durationMs=end, outcome='completed',
                 transcriptSource='deepgram' if voice else 'chat-dom', events=sorted(events, key=lambda e: e['atMs']),
                 turns=out_turns)
    lab = dict(contactId=cid, domain=scn['domain'], labels={c: plan['labels'][c] for c in CHECKS}, why=plan['why'])
    return inter, lab


def unreached(scn, idx, outcome, rng, error=None):
    voice = scn['channel'] == 'voice'
    ev, turns = [dict(type='started', atMs=0)], []
    if outcome in ('no-answer', 'busy'):
        ev += [dict(type='dialed', atMs=150), dict(type='ringing', atMs=1300)]
        end = 45000 if outcome == 'no-answer' else 2600
    elif outcome == 'abandoned':
        if voice:
            ev += [dict(type='dialed', atMs=150), dict(type='answered', atMs=6200), dict(type='ivr-prompt', atMs=6300)]
            turns.append(dict(speaker='ivr', text='您好，欢迎致电，人工服务请按零', startMs=6300, endMs=9800, confidence=0.95))
            turns.append(dict(speaker='ivr', text='当前排队人数较多，请您耐心等待', startMs=12000, endMs=15100, confidence=0.94))
            ev += [dict(type='queued', atMs=11000), dict(type='hangup', atMs=190000, detail=dict(by='customer'))]
        else:
            ev += [dict(type='page-loaded', atMs=900), dict(type='queued', atMs=2000)]
            turns.append(dict(speaker='system', text='当前排队第8位，请耐心等待', startMs=2100, endMs=2100))
            turns.append(dict(speaker='customer', text='有人吗？', startMs=95000, endMs=95000))
        end = 200000
    else:
        ev += [dict(type='page-loaded', atMs=1100), dict(type='error', atMs=31000, detail=dict(code=error))]
        end = 31500
    ev.append(dict(type='ended', atMs=end))
    cid = f'dev3b-{scn["domain"]}-{idx:03d}'
    inter = dict(schemaVersion=1, contactId=cid, scenarioId=scn['id'], channel=scn['channel'], startedAt=EPOCH + idx * 3_517_000,
                 durationMs=end, outcome='failed' if error else outcome,
                 transcriptSource='deepgram' if voice else 'chat-dom', events=ev, turns=turns)
    if error:
        inter['error'] = dict(code=error, message={'E_SELECTOR_TIMEOUT': 'chat input selector not found within 30000 ms',
                                                   'E_PAGE_CRASHED': 'the browser page crashed while loading the chat'}[error])
    why = {'greeting': f'{outcome if not error else "harness failure " + error}: no agent reached, every check na'}
    return inter, dict(contactId=cid, domain=scn['domain'], labels={c: 'na' for c in CHECKS}, why=why)


def yaml_scalar(v):
    return json.dumps(v, ensure_ascii=False)


def scenario_yaml(s):
    lines = [f'id: {s["id"]}', f'title: {yaml_scalar(s["title"])}', f'channel: {s["channel"]}',
             f'persona: {{ name: {yaml_scalar(s["persona"])} }}', 'steps: [ { end: true } ]']
    if s['channel'] == 'voice':
        # a placeholder number (the corpus is imported, never dialled) so the voice scenario validates
        lines.append(f'target: {{ phone: "+86105800{SCENARIOS.index(s):04d}" }}')
    lines.append('facts:')
    for f in s['facts']:
        lines.append('  - { ' + ', '.join(f'{k}: {json.dumps(f[k], ensure_ascii=False)}'
                                          for k in ('key', 'label', 'expected', 'variants', 'wrong', 'cues')) + ' }')
    if s['req']:
        lines.append('requiredInfo:')
        for r in s['req']:
            lines.append('  - { ' + ', '.join(f'{k}: {json.dumps(r[k], ensure_ascii=False)}' for k in ('key', 'label', 'patterns')) + ' }')
    rq = s['requires']
    lines.append('requires: { ' + ', '.join(f'{k}: {str(rq[k]).lower()}' for k in ('verification', 'reference', 'empathy', 'survey')) + ' }')
    sla = dict(firstResponseMs=30000, responseLatencyMs=30000, handleTimeMs=900000)
    sla.update(s['sla'])
    lines.append('sla: { ' + ', '.join(f'{k}: {v}' for k, v in sla.items()) + ' }')
    return '\n'.join(lines) + '\n'


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    contacts, labels = [], []
    idx = 0
    for s in SCENARIOS:
        with open(os.path.join(OUT, 'scenarios', s['id'] + '.yaml'), 'w') as fh:
            fh.write(scenario_yaml(s))
        for k in range(PER_SCENARIO):
            idx += 1
            for attempt in range(50):
                try:
                    c, lab = contact(rng, s, k, idx)
                    break
                except ValueError:
                    continue  # ambiguous speech rate band: draw again
            contacts.append(c)
            labels.append(lab)
    specials = [('gov-night-noise-01', 'no-answer', None), ('tel-bill-dispute-01', 'busy', None),
                ('bank-card-loss-01', 'abandoned', None), ('ecom-return-01', 'abandoned', None),
                ('air-refund-04', 'failed', 'E_SELECTOR_TIMEOUT'), ('hosp-hpv-vaccine-04', 'failed', 'E_PAGE_CRASHED')]
    by_id = {s['id']: s for s in SCENARIOS}
    for sid, outcome, err in specials:
        idx += 1
        c, lab = unreached(by_id[sid], idx, outcome, rng, err)
        contacts.append(c)
        labels.append(lab)
    # import robustness: five exports without durationMs and with an unknown event type
    for c in contacts[3:len(contacts):29][:5]:
        c.pop('durationMs')
        join = next((e['atMs'] for e in c['events'] if e['type'] == 'agent-joined'), 0)
        c['events'].append(dict(type='transfer', atMs=max(0, join - 400), detail=dict(to='skill-group-2')))
        c['events'].sort(key=lambda e: e['atMs'])
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print(f'{len(contacts)} contacts, {len(SCENARIOS)} scenarios, {len(NOISY)} voice contacts with ASR noise')


if __name__ == '__main__':
    main()
