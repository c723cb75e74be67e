"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl of set independent-dev8a.

Deterministic: one seeded RNG drives the plan (plan.py), the wording draws (compose.py) and the
clock (timeline.py). Run from anywhere: python3 build/gen.py
"""
import json
import os
import random

import dom_rail, dom_appliance, dom_tax, dom_ev, dom_transit, dom_phone
from plan import make_plans
from compose import compose, Deck
from timeline import build
from specials import special_contacts

SEED = 20261205
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOMAINS = [m.DOMAIN for m in (dom_rail, dom_appliance, dom_tax, dom_ev, dom_transit, dom_phone)]
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness', 'interruption',
          'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency', 'fact-accuracy',
          'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
T0 = 1764892800000  # 2025-12-05 00:00 UTC, contacts spread over the following days


def labels_for(p, why):
    voice = p['channel'] == 'voice'
    hold = p['hold']
    if p['curt'] and hold in ('ok', 'music'):
        hold = 'nothanks'
    f = lambda bad: 'fail' if bad else 'pass'
    lab = {
        'greeting': f(p['greet_fail']),
        'agent-id': f(p['id'] in ('fail', 'late')),
        'closing': 'na' if p['closing'] == 'na' else f(p['closing'] == 'fail'),
        'forbidden-words': f(p['forbid'] in ('rude', 'mild')),
        'verification': 'na' if p['verify'] is None else f(p['verify'] == 'fail'),
        'hold-etiquette': 'na' if hold is None else f(hold in ('nothanks', 'unann', 'second_unann')),
        'politeness': f(p['curt'] or p['forbid'] == 'rude'),
        'interruption': 'na' if not voice else f(p['interrupt'] == 'fail'),
        'dead-air': f(p['dead_voice'] or hold in ('unann', 'second_unann')),
        'speech-rate': 'na' if not voice else f(p['rate'] in ('slow', 'fast')),
        'empathy': 'fail' if p.get('complaint_lead') else 'na' if not p['complaint'] else f(p['emp'] in ('fail_first', 'fail_second')),
        'resolution': f(p['fact'] == 'none' or p['follow'] == 'non'),
        'first-response': f(p['first_late']),
        'response-latency': f(p['late_chat'] or (not voice and hold in ('unann', 'second_unann'))),
        'fact-accuracy': f(p['fact'] in ('right_then_wrong', 'wrong', 'negate', 'none')),
        'no-misinformation': f(p['fact'] in ('wrong_corrected', 'right_then_wrong', 'wrong', 'negate')),
        'record-reference': 'na' if p['ref'] is None else f(p['ref'] != 'pass'),
        'survey-offered': 'na' if p['survey'] is None else f(p['survey'] == 'missing'),
        'required-info': f(not p['ask']),
    }
    if p['rate'] in ('slow', 'fast') and voice:
        why['speech-rate'] = '坐席语速%s（约%d字/分钟）' % ('过慢' if p['rate'] == 'slow' else '过快', round(p['cps'] * 60))
    elif p['rate'] == 'edge' and voice:
        why['speech-rate'] = '语速约%d字/分钟，接近但仍在120–300之内' % round(p['cps'] * 60)
    for k, v in lab.items():
        if v == 'fail' and k not in why:
            raise SystemExit('%s: %s fail without a reason' % (p['cid'], k))
    return lab, {k: v for k, v in why.items() if k in lab and (lab[k] != 'na' or k in ('closing',))}


def yaml_scenario(dom, sc):
    j = lambda v: json.dumps(v, ensure_ascii=False)
    fact = sc['fact']
    lines = [
        'id: ' + sc['sid'],
        'title: ' + j(sc['title']),
        'description: ' + j('独立语料 independent-dev8a，领域 %s，机构 %s' % (dom['key'], dom['org'])),
        'channel: [voice, webchat]',
        'target: { phone: "%s" }' % dom['phone'],
        'persona: { name: %s }' % j('王先生' if len(sc['sid']) % 2 else '李女士'),
        'locale: zh-CN',
        'steps:',
        '  - { say: %s }' % j(sc['issue'][0]),
        '  - { wait: { pattern: %s, timeoutMs: 60000, optional: true } }' % j(sc['ri']['patterns'][0]),
        '  - { say: %s }' % j(sc['fact_q'][0]),
        '  - { pause: 20000 }',
        '  - { end: true }',
        'facts:',
        '  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
            fact['key'], j(fact['label']), j(fact['expected']), j(fact['variants']), j(fact['wrong']), j(fact['cues'])),
        'requiredInfo:',
        '  - { key: %s, label: %s, patterns: %s }' % (sc['ri']['key'], j(sc['ri']['label']), j(sc['ri']['patterns'])),
        'requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
            'true' if sc['req'].get(k) else 'false' for k in ('verification', 'reference', 'empathy', 'survey')),
        'sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }' % (
            sc['sla']['firstResponseMs'], sc['sla']['responseLatencyMs'], sc['sla']['handleTimeMs']),
        'tags: [independent-dev8a, %s, %s]' % (dom['key'], sc['tag']),
    ]
    return '\n'.join(lines) + '\n'


IVR = {'rail': ['欢迎致电12306，购票改签请按1，退票请按2，人工服务请按0', '人工坐席忙，请稍候'],
       'appliance': ['您好，欢迎致电海川电器服务热线，报装报修请按1', '正在为您转接人工服务'],
       'tax': ['欢迎致电12366纳税服务热线，个人所得税请按2', '您的来电已进入排队，请耐心等待'],
       'ev': ['您好，这里是远航汽车客户服务中心，车主服务请按1', '正在为您接通专属顾问'],
       'transit': ['欢迎致电96225，一卡通业务请按1', '现在排队人数较多，请稍候'],
       'phone': ['欢迎致电星耀服务热线，售后维修请按1', '正在转接，请不要挂机']}
BOT = ['您好，我是智能助手小航，请问有什么可以帮您？', '已为您转接人工客服，请稍候～']


def main():
    rng = random.Random(SEED)
    plans = make_plans(rng, DOMAINS)
    deck = Deck(random.Random(SEED + 1))
    os.makedirs(os.path.join(ROOT, 'scenarios'), exist_ok=True)
    for dom in DOMAINS:
        for sc in dom['scenarios']:
            with open(os.path.join(ROOT, 'scenarios', sc['sid'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(yaml_scenario(dom, sc))
    contacts, labels = [], []
    counters = {}
    for p in plans:
        sid = p['sc']['sid']
        counters[sid] = counters.get(sid, 0) + 1
        p['cid'] = '%s-%02d' % (sid, counters[sid])
        crng = random.Random('%d-%s' % (SEED, p['cid']))
        p['cps'] = {'slow': crng.uniform(1.5, 1.85), 'fast': crng.uniform(5.4, 6.2),
                    'edge': crng.choice([crng.uniform(2.15, 2.3), crng.uniform(4.7, 4.85)])}.get(p['rate'], crng.uniform(3.5, 4.5))
        lines, why, tags, agent_last = compose(p, deck, crng)
        p['complaint_lead'] = tags.get('complaint_lead', False)
        pre = None
        if p['ivr']:
            pre = [('ivr', t) for t in IVR[p['dom']['key']]]
        elif p['bot']:
            pre = [('bot', BOT[0]), ('customer', '转人工'), ('bot', BOT[1])]
        inter = build(lines, p['channel'], crng, p['cps'], pre=pre, music_holds=[tags['music_at']] if 'music_at' in tags else [],
                      noisy=crng.random() < 0.72, spoken_digits=p['spoken'], customer_hangs_up=True,
                      unknown_event='transfer' if p['unknown_ev'] else None, omit_duration=p['unknown_ev'],
                      contact_id=p['cid'], scenario_id=sid, started_at=T0 + p['i'] * 2_137_000)
        lab, why = labels_for(p, why)
        contacts.append(inter)
        labels.append({'contactId': p['cid'], 'domain': p['dom']['name'], 'labels': lab, 'why': why})
    for inter, lab in special_contacts(DOMAINS, T0, CHECKS):
        contacts.append(inter)
        labels.append(lab)
    with open(os.path.join(ROOT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('wrote %d contacts (%d voice, %d chat)' % (len(contacts), sum(c['channel'] == 'voice' for c in contacts),
                                                    sum(c['channel'] == 'webchat' for c in contacts)))


if __name__ == '__main__':
    main()
