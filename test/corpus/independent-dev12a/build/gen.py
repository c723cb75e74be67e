#!/usr/bin/env python3
"""Writes scenarios/, contacts.jsonl and labels.jsonl of the independent-dev12a set from the hand-written
material in material_a.py / material_b.py. Deterministic: one RNG seeded with 84467 (not the set's name, so a
rename moves nothing). Labels are derived from the turns and silences actually placed.
Run: python3 build/gen.py (from the set folder or anywhere)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from material_a import OPTICAL, ESTATE, PARK
from material_b import FLOWER, AUDIO, AIRPORT
import material_c  # noqa: F401  (adds the third batch to the scenarios)
from contact_builder import Builder, DISCLOSE, HOLD_FIT, PUSHBACK, LEAVE, UNSURE, curt, noisy, spoken_chars
from plan import make_plan, labels_for, specials

SEED = 84467
SET = 'independent-dev12a'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAINS = [OPTICAL, ESTATE, PARK, FLOWER, AUDIO, AIRPORT]
BASE_T = 1764900000000


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(d, sc):
    f, rq = sc['fact'], sc['req']
    fact = '{ key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
        f['key'], yq(f['label']), yq(f['expected']), yq(f['variants']), yq(f['wrong']), yq(f['cues']))
    return '\n'.join([
        'id: ' + sc['id'], 'title: ' + yq(sc['title']),
        'description: ' + yq('独立语料 %s，领域 %s，机构 %s' % (SET, d['key'], d['org'])),
        'channel: [voice, webchat]', 'target: { phone: "%s" }' % d['phone'],
        f'persona: {{ name: {yq("客户")} }}', 'locale: zh-CN', 'steps: [ { end: true } ]',
        'facts:', f'  - {fact}', 'requiredInfo:',
        '  - { key: %s, label: %s, patterns: [%s] }' % (rq['key'], yq(rq['label']), yq(rq['pattern'])),
        'requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
            str(sc[k]).lower() for k in ('ver', 'refq', 'emp', 'survey')),
        'sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 600000 }' % sc['sla'],
        'tags: [%s, %s]' % (SET, d['key']), ''])


def build_contact(rng, d, sc, channel, p, idx):
    """Assembles the dialogue for plan p; returns (interaction, labels, why)."""
    b = Builder(rng, channel, p)
    voice = channel == 'voice'
    asr = voice and p['asr']
    tone = (lambda spk, text: curt(text) if p['fw'] == 'curt' and spk == 'agent' else text)
    say = lambda spk, text, gap=None, kind='normal', overlap=0: b.add(
        spk, noisy(rng, tone(spk, text), asr and spk != 'ivr' and kind != 'keep', spk), b.gap(b.turns[-1]['speaker'] if b.turns else 'join', spk) if gap is None else gap, kind, overlap)
    keep = lambda spk, text, gap=None, kind='normal', overlap=0: b.add(
        spk, tone(spk, text), b.gap(b.turns[-1]['speaker'] if b.turns else 'join', spk) if gap is None else gap, kind, overlap)
    # --- opening: events up to the agent joining
    if voice:
        ans = rng.randint(5000, 12000)
        b.events += [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 120}, {'type': 'ringing', 'atMs': rng.randint(1500, 3000)}, {'type': 'answered', 'atMs': ans}]
        b.clock = ans
        if p['ivr']:
            b.add('ivr', f'您好，欢迎致电{d["org"]}，人工服务请按零。', 400, 'ivr')
            b.events.append({'type': 'dtmf', 'atMs': b.clock + 900, 'detail': {'digits': '0'}})
            b.clock += rng.randint(4000, 20000)
        join = b.clock
    else:
        b.events += [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': rng.randint(900, 2500)}]
        b.clock = rng.randint(6000, 45000)
        join = b.clock
    b.events.append({'type': 'agent-joined', 'atMs': join})
    sla_fr, sla_rl = sc['sla']
    # first agent word
    first_gap = p['first_gap']
    org = '' if d['org'] in p['greet'] else d['org'] + '，'
    opener = (p['greet'] + '，' if p['greet'] else '') + org + p['idline'] + '，' + p['offer']
    keep('agent', noisy(rng, tone('agent', opener), asr, 'agent'), first_gap, 'first')
    # --- the customer's matter
    comp = d['complaints'][p['comp_i']] if p['complain'] else None

    def reaction():
        """The agent's answer to a complaint: an apology / acknowledgement, or only a promise."""
        overlap = p['interrupt_ms'] if p['interrupt_at'] == 'react' else 0
        if p['empathy_ok']:
            keep('agent', d['apologies'][p['comp_i']], kind='apology', overlap=overlap)
        else:
            keep('agent', rng.choice(d['promise']), kind='promise', overlap=overlap)

    def customer_then_agent_gap():
        return None

    if comp and p['comp_first']:
        say('customer', comp)
        reaction()
        say('customer', rng.choice(sc['open']))
    else:
        say('customer', rng.choice(sc['open']))
        if not voice and rng.random() < 0.5:
            say('customer', rng.choice(['急，麻烦快点', '在线等', '😭', '谢谢啦']), rng.randint(2000, 5000))
    # response-latency / dead-air shaped reply to the opening
    agent_reply_gap = None
    if p['silence'] == 'dead-voice':
        agent_reply_gap = rng.randint(9000, 13000)
    elif p['silence'] == 'dead-chat':
        agent_reply_gap = rng.randint(32000, 45000)
    elif p['silence'] == 'slow-chat':
        agent_reply_gap = rng.randint(17000, 27000)
    elif p['silence'] == 'split-chat':
        say('customer', rng.choice(['在吗？', '有人吗', '？？', '人呢']), rng.randint(18000, 24000), 'split')
        agent_reply_gap = rng.randint(14000, 20000)
    if p['lookalike']:
        keep('agent', d['lookalike'][p['look_i']], agent_reply_gap, 'reply')
        agent_reply_gap = None
    if p['ask_info']:
        overlap = p['interrupt_ms'] if p['interrupt_at'] == 'ask' else 0
        say('agent', rng.choice(sc['asks']), agent_reply_gap, 'reply', overlap)
        agent_reply_gap = None
        say('customer', rng.choice(sc['gives']), p['cust_pause'] or None, 'cust-pause' if p['cust_pause'] else 'normal')
    if sc['ver'] and p['ver_ok']:
        keep('agent', rng.choice(d['ver_ask']), agent_reply_gap, 'reply')
        agent_reply_gap = None
        say('customer', rng.choice(d['ver_reply']))
        if p['midthanks']:  # hard negative for closing: a thank-you mid-call is not the 结束语
            keep('agent', rng.choice(['好的，谢谢您的配合。', '核对上了，谢谢您。', '嗯对上了，感谢。']))
    if comp and not p['comp_first']:
        say('customer', comp)
        reaction()
        agent_reply_gap = None
    if p['cust_sorry']:
        say('customer', d['cust_sorry'][p['sorry_i']])
        keep('agent', rng.choice(['没事没事，不要紧。', '没关系的，您慢慢说。', '不碍事。']))
    # hold before the answer
    thanks = ''
    if p['hold'] != 'none':
        # hard negative for resolution: "not sure" followed by a look-up and the answer is no non-answer
        unsure = rng.choice(UNSURE) if p['fact'] == 'right' and p['unsure'] else ''
        si = d['scen'].index(sc)
        asks = [h for h, fit in zip(d['hold_ask'], HOLD_FIT[d['key']]) if fit is None or si in fit]
        keep('agent', unsure + rng.choice(asks), agent_reply_gap, 'hold-ask')
        agent_reply_gap = None
        if p['hold'] == 'short':
            b.clock += 0
            hold_gap = rng.randint(3000, 6000) if voice else rng.randint(8000, 20000)
        else:
            hold_gap = rng.randint(18000, 35000) if voice else rng.randint(35000, 70000)
            if voice and p['moh']:
                b.events.append({'type': 'hold-start', 'atMs': b.clock + 500})
                b.events.append({'type': 'hold-end', 'atMs': b.clock + hold_gap - 500})
        thanks = rng.choice(d['hold_thanks']) if p['hold'] in ('ok', 'short') and p['thank'] else ''
        agent_reply_gap = hold_gap
    disclose = (DISCLOSE[sc['id']] if sc['ver'] else '')
    # the fact
    f = p['fact']
    interrupt = p['interrupt_ms'] if p['interrupt_at'] == 'fact' else 0
    if f in ('right', 'wrong', 'wrongright'):
        first = rng.choice(sc['right'] if f == 'right' else sc['wrong'])
        say('agent', thanks + disclose + first, agent_reply_gap, 'hold-end' if p['hold'] != 'none' else 'reply', interrupt)
        if f == 'wrongright':
            say('customer', rng.choice(['不对吧？我看网上写的不是这样。', '啊？确定吗？', '嗯？这跟我查到的不一样。']))
            keep('agent', rng.choice(['不好意思，我刚才说错了，', '抱歉我更正一下，', '我再确认了一下，']) + rng.choice(sc['right']))
    else:  # none: a non-answer, or a rude line instead of one
        line = d['rude'][p['rude_i']] if p['rude_as_answer'] else rng.choice(sc['nonans'])
        say('agent', thanks + disclose + line, agent_reply_gap, 'hold-end' if p['hold'] != 'none' else 'reply', interrupt)
        say('customer', rng.choice(['那我问谁去？', '就这样？', '……行吧。']))
        keep('agent', '我这儿没这个信息。' if p['fw'] == 'curt' else rng.choice(['抱歉，这块我这边确实给不了您答复。', '不好意思，暂时没有这方面的信息。', '这个确实没办法，抱歉。']))
    # rude aside (politeness and forbidden words), the answer already given
    if p['fw'] == 'rude' and not p['rude_as_answer']:
        say('customer', rng.choice(PUSHBACK[d['key']]))
        keep('agent', d['rude'][p['rude_i']], kind='rude')
    # incidental follow-up: a buck-passing line here fails forbidden words only
    if p['fw'] == 'buck' or p['incidental']:
        say('customer', sc['inc_q'])
        keep('agent', sc['buck'] if p['fw'] == 'buck' else sc['inc_a'])
    if p['ref'] == 'ok':
        keep('agent', rng.choice(d['ref']).format(ref=p['refno']))
    elif p['ref'] == 'fake':
        keep('agent', rng.choice(d['fake_ref']))
    if p['survey']:
        say('agent', rng.choice(d['survey']))
    # ending
    if p['closing'] == 'na':
        say('customer', rng.choice(LEAVE))
        by = 'customer'
    else:
        say('agent', rng.choice(d['wrapq']))
        say('customer', rng.choice(['没了，谢谢。', '没有了。', '暂时没了']))
        if p['closing'] == 'ok':
            keep('agent', rng.choice(d['closings']))
        else:
            keep('agent', rng.choice(['好的。', '嗯好。', '行。']))
        by = rng.choice(['customer', 'agent'])
    end = b.clock + 200
    if voice:
        b.events += [{'type': 'hangup', 'atMs': end, 'detail': {'by': by}}]
    b.events.append({'type': 'ended', 'atMs': end + 200})
    if p['transfer']:
        b.events.append({'type': 'transfer', 'atMs': b.turns[len(b.turns) // 2]['startMs'], 'detail': {'to': '二线'}})
    b.events.sort(key=lambda e: e['atMs'])
    inter = {'schemaVersion': 1, 'contactId': p['cid'], 'scenarioId': sc['id'], 'channel': channel,
             'startedAt': BASE_T + idx * 3600000, 'durationMs': end + 200, 'outcome': 'completed',
             'transcriptSource': 'deepgram' if voice else 'chat-dom', 'events': b.events, 'turns': b.turns}
    if p['transfer']:
        del inter['durationMs']
    return inter, b


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(HERE, 'scenarios'), exist_ok=True)
    contacts, labels = [], []
    idx = 0
    for d in DOMAINS:
        for sc in d['scen']:
            with open(os.path.join(HERE, 'scenarios', sc['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(scenario_yaml(d, sc))
        for n in range(25):
            sc = d['scen'][n % 3]
            channel = 'voice' if n % 2 == 0 else 'webchat'
            if d['key'] in ('estate', 'flower', 'airport'):
                channel = 'webchat' if n % 2 == 0 else 'voice'
            p = make_plan(rng, d, sc, channel, n, idx)
            inter, b = build_contact(rng, d, sc, channel, p, idx)
            lab, why = labels_for(d, sc, channel, p, inter, b)
            contacts.append(inter)
            labels.append({'contactId': p['cid'], 'domain': d['domain'], 'labels': lab, 'why': why})
            idx += 1
    for inter, lab in specials(rng, DOMAINS, BASE_T + idx * 3600000):
        contacts.append(inter)
        labels.append(lab)
    with open(os.path.join(HERE, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(f'{len(contacts)} contacts written')


if __name__ == '__main__':
    main()
