#!/usr/bin/env python3
"""Writes scenarios/, contacts.jsonl and labels.jsonl of independent-dev11a from the hand-written
material in material_a.py / material_b.py. Deterministic: one RNG seeded with 61129 (not the set's
name, so a rename never moves a contact). Run: python3 build/gen.py (from the set folder or anywhere)."""
import json, os, random, re

from material_a import PET, HOTEL, GYM
from material_b import FUEL, FOOD, AGRI
from plan import plan_contact, labels_for

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOMAINS = [PET, HOTEL, GYM, FUEL, FOOD, AGRI]
DOMAIN_NAMES = {'pet': '宠物医院/宠物用品电商', 'hotel': '连锁酒店会员', 'gym': '健身房/运动场馆', 'fuel': '加油卡/车主服务', 'food': '外卖平台', 'agri': '农资/农机售后'}
PERSONAS = ['罗晓梅', '王建军', '陈志强', '李桂兰', '赵大勇', '孙丽', '刘洋', '周静', '吴长顺', '郑雪', '冯浩', '何敏']  # the holder's name as the customer says it
SLA = {'firstResponseMs': 20000, 'responseLatencyMs': 45000, 'handleTimeMs': 900000}
BASE_T = 1764892800000  # 2025-12-05 00:00 UTC
CN_DIGITS = '零幺二三四五六七八九'
SPOKEN = re.compile(r'[\u4e00-\u9fffA-Za-z0-9]')
NOISE_FILLERS = ['呃', '那个', '嗯', '就是']


def spoken_len(text):
    return len(SPOKEN.findall(text))


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(dom, sc):
    f, ri = sc['fact'], sc['ri']
    fact = '{ key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
        f['key'], yq(f['label']), yq(f['expected']), yq(f['variants']), yq(f['wrong']), yq(f['cues']))
    req = '{ key: %s, label: %s, patterns: %s }' % (ri['key'], yq(ri['label']), yq(ri['patterns']))
    rq = sc
    return '\n'.join([
        f'id: {sc["id"]}', f'title: {yq(sc["title"])}',
        f'description: {yq("独立语料 independent-dev11a，领域 " + dom["key"] + "，机构 " + dom["org"])}',
        'channel: [voice, webchat]', f'target: {{ phone: "{dom["phone"]}" }}', 'persona: { name: "罗女士" }',
        'locale: zh-CN', 'steps: [ { end: true } ]', 'facts:', f'  - {fact}', 'requiredInfo:', f'  - {req}',
        'requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
            str(rq[k]).lower() for k in ('verification', 'reference', 'empathy', 'survey')),
        'sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }' % (SLA['firstResponseMs'], SLA['responseLatencyMs'], SLA['handleTimeMs']),
        f'tags: [independent-dev11a, {dom["key"]}]', ''])


def asr_noise(rng, text):
    """ASR look: punctuation dropped, a filler in front now and then. Never touches the words that decide a label."""
    t = re.sub(r'[，。？！、~：]', ' ', text).strip()
    t = re.sub(r'\s+', ' ', t)
    if rng.random() < 0.3:
        t = rng.choice(NOISE_FILLERS) + ' ' + t
    return t


def build_timeline(rng, p, script):
    """script: list of (speaker, text, kind) where kind marks the silence placed before the turn."""
    voice = p['channel'] == 'voice'
    events, turns = [{'type': 'started', 'atMs': 0}], []
    if voice:
        ring = rng.randint(1500, 3200)
        ans = ring + rng.randint(4000, 14000)
        events += [{'type': 'dialed', 'atMs': rng.randint(80, 200)}, {'type': 'ringing', 'atMs': ring},
                   {'type': 'answered', 'atMs': ans}, {'type': 'agent-joined', 'atMs': ans}]
        join = ans
    else:
        events.append({'type': 'page-loaded', 'atMs': rng.randint(600, 1500)})
        join = rng.randint(6000, 70000)
        events.append({'type': 'agent-joined', 'atMs': join})
    t = join
    prev_end = join
    prev_speaker = None
    rate = {'fast': rng.uniform(5.6, 6.3), 'slow': rng.uniform(1.55, 1.85)}.get(p['rate'], rng.uniform(3.6, 4.4))
    for idx, (spk, text, kind) in enumerate(script):
        if kind == 'first':
            gap = rng.randint(21000, 26000) if voice else rng.randint(35000, 50000)
        elif kind == 'first-ok':
            gap = rng.randint(900, 3000) if voice else rng.randint(2000, 9000)
        elif kind in ('hold', 'hold-unann', 'deadair', 'latency', 'custpause', 'nudge', 'latency-tail', 'burst'):
            gap = p['gaps'][kind]
        elif spk == 'agent':
            gap = rng.randint(500, 2400) if voice else rng.randint(5000, 19000)
        else:
            gap = rng.randint(400, 2600) if voice else rng.randint(4000, 22000)
        start = prev_end + gap
        if voice and kind == 'interrupt':
            start = prev_end - p['overlap']
        if voice:
            if spk == 'agent':
                text_out = asr_noise(rng, text) if p['noisy'] else text
                dur = int(spoken_len(text_out) / rate * 1000) + rng.randint(0, 150)
            else:
                text_out = asr_noise(rng, text) if p['noisy'] else text
                dur = int(spoken_len(text_out) / rng.uniform(3.2, 4.8) * 1000) + 200
            end = start + max(dur, 500)
            turns.append({'speaker': spk, 'text': text_out, 'startMs': start, 'endMs': end, 'confidence': round(rng.uniform(0.6, 0.98), 2)})
        else:
            end = start
            turns.append({'speaker': spk, 'text': text, 'startMs': start, 'endMs': end})
        prev_end = max(prev_end, end) if kind == 'interrupt' else end
        prev_speaker = spk
    last = prev_end
    if voice:
        events.append({'type': 'hangup', 'atMs': last + rng.randint(300, 900), 'detail': {'by': p['hangup_by']}})
    ended = last + rng.randint(1000, 1600)
    events.append({'type': 'ended', 'atMs': ended})
    return events, turns, ended


def special_contacts():
    s = []
    def base(cid, sid, ch, outcome, dur, events, turns, src, **extra):
        d = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sid, 'channel': ch, 'startedAt': BASE_T + 86400000 * 3 + len(s) * 600000,
             'durationMs': dur, 'outcome': outcome, 'transcriptSource': src, 'events': events, 'turns': turns}
        d.update(extra)
        s.append(d)
    base('d11a-sp-noanswer', 'pet-bill', 'voice', 'no-answer', 60300, [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 110}, {'type': 'ringing', 'atMs': 2300}, {'type': 'ended', 'atMs': 60300}], [], 'deepgram')
    base('d11a-sp-busy', 'fuel-topup', 'voice', 'busy', 3100, [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 90}, {'type': 'status-callback', 'atMs': 2900, 'detail': {'sip': 486}}, {'type': 'ended', 'atMs': 3100}], [], 'deepgram')
    ivr = [{'speaker': 'ivr', 'text': '您好，欢迎致电丰禾农资，农机维修请按1，种子化肥请按2。', 'startMs': 5200, 'endMs': 11800, 'confidence': 0.93},
           {'speaker': 'ivr', 'text': '坐席繁忙，请您耐心等待，您前面还有六位。', 'startMs': 15400, 'endMs': 19900, 'confidence': 0.9},
           {'speaker': 'ivr', 'text': '坐席仍然繁忙，请继续等待。', 'startMs': 79900, 'endMs': 82600, 'confidence': 0.88}]
    base('d11a-sp-ivr-abandon', 'agri-repair', 'voice', 'abandoned', 141000, [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 120}, {'type': 'ringing', 'atMs': 2100}, {'type': 'answered', 'atMs': 5000}, {'type': 'dtmf', 'atMs': 13000, 'detail': {'digits': '1'}}, {'type': 'queued', 'atMs': 14000}, {'type': 'hangup', 'atMs': 140500, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 141000}], ivr, 'deepgram')
    base('d11a-sp-chat-queue', 'food-late', 'webchat', 'abandoned', 185000, [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 900}, {'type': 'queued', 'atMs': 2000}, {'type': 'ended', 'atMs': 185000}],
         [{'speaker': 'system', 'text': '当前排队人数较多，您排在第9位', 'startMs': 2100, 'endMs': 2100}, {'speaker': 'customer', 'text': '骑手超时了，有人吗', 'startMs': 9000, 'endMs': 9000}, {'speaker': 'system', 'text': '您排在第4位', 'startMs': 95000, 'endMs': 95000}], 'chat-dom')
    base('d11a-sp-chat-bot', 'hotel-points', 'webchat', 'completed', 64000, [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 700}, {'type': 'ended', 'atMs': 64000}],
         [{'speaker': 'bot', 'text': '您好，我是栖云智能助手小云，请问想了解什么？', 'startMs': 1500, 'endMs': 1500}, {'speaker': 'customer', 'text': '房券有效期多久', 'startMs': 12000, 'endMs': 12000},
          {'speaker': 'bot', 'text': '房券相关问题可查看“会员权益-房券说明”。还有其他问题吗？', 'startMs': 13000, 'endMs': 13000}, {'speaker': 'customer', 'text': '行吧', 'startMs': 52000, 'endMs': 52000}], 'chat-dom')
    base('d11a-sp-harness-selector', 'gym-pt', 'webchat', 'failed', 30500, [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 30400}], [], 'chat-dom', failedBy='harness', error={'code': 'E_SELECTOR_TIMEOUT', 'message': 'chat input selector not found within 30000 ms'})
    base('d11a-sp-harness-crash', 'food-refund', 'webchat', 'failed', 8200, [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1200}, {'type': 'error', 'atMs': 8100}], [], 'chat-dom', failedBy='harness', error={'code': 'E_BROWSER_CRASHED', 'message': 'browser process exited unexpectedly (signal SIGKILL)'})
    return s


def main():
    rng = random.Random(61129)
    os.makedirs(os.path.join(SET, 'scenarios'), exist_ok=True)
    for dom in DOMAINS:
        for sc in dom['scenarios']:
            with open(os.path.join(SET, 'scenarios', sc['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(scenario_yaml(dom, sc))
    contacts, labels = [], []
    n = 0
    for dom in DOMAINS:
        for k in range(25):
            sc = dom['scenarios'][k % 3]
            channel = 'voice' if n % 2 == 0 else 'webchat'
            p = plan_contact(rng, n, dom, sc, channel, PERSONAS[n % len(PERSONAS)])
            events, turns, ended = build_timeline(rng, p, p['script'])
            cid = f'd11a-{dom["key"]}-{k + 1:02d}'
            c = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sc['id'], 'channel': channel, 'startedAt': BASE_T + n * 900000,
                 'durationMs': ended, 'outcome': 'completed', 'transcriptSource': 'deepgram' if channel == 'voice' else 'chat-dom',
                 'events': events, 'turns': turns}
            if n in (7, 44, 91, 138):  # an imported contact: no duration, an event type the tool does not know
                del c['durationMs']
                c['events'].insert(-1, {'type': 'transfer', 'atMs': turns[2]['startMs'] - 300, 'detail': {'to': 'skill-group-2'}})
            contacts.append(c)
            lab, why = labels_for(p, sc)
            labels.append({'contactId': cid, 'domain': dom['key'], 'labels': lab, 'why': why})
            n += 1
    for c in special_contacts():
        contacts.append(c)
        labels.append({'contactId': c['contactId'], 'domain': c['scenarioId'].split('-')[0], 'labels': {k: 'na' for k in labels[0]['labels']},
                       'why': {'all': '特殊联络：' + c['outcome'] + '，无人工坐席对话，19项均不适用'}})
    with open(os.path.join(SET, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(SET, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(f'wrote {len(contacts)} contacts')


if __name__ == '__main__':
    main()
