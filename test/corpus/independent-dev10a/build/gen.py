#!/usr/bin/env python3
"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl of independent-dev10a from the
hand-written material in material_*.py. Deterministic: one fixed seed, no clock.

Each contact gets a plan (which defects it carries), the plan picks lines and silences, and the
labels are derived from the plan. validate.py re-derives them from the written text and timeline.

    python3 build/gen.py && python3 build/validate.py
"""
import json
import os
import random
import re

from material_a import HOMESTAY, LIBRARY, HEALTH
from material_b import PARCEL, BUS, EBIKE
from material_extra import EMPATHY, DISCLOSE, PUSHBACK, FITS
from plan import make_plans, CHECKS
from timeline import Timeline, spoken_len

SEED = 1108
DOMAINS = [HOMESTAY, LIBRARY, HEALTH, PARCEL, BUS, EBIKE]
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLA = {'firstResponseMs': 6000, 'responseLatencyMs': 45000, 'handleTimeMs': 900000}
BASE_EPOCH = 1764720000000
CN_DIGITS = '零幺二三四五六七八九'
VOICE_ONLY = ['挂机', '按1', '别挂', '致电', '来电', '通话', '信号不好', '大声']
CHAT_ONLY = ['弹出', '动动手指', '😊']
# The customer cuts the contact short (closing na): one line per trade whose scenarios owe no survey.
LEAVE = {'homestay': '算了，我自己在App里弄吧，先挂了。', 'health': '好吧，我先去上班了，回头再说。',
         'parcel': '算了算了，我自己去驿站问，挂了。', 'bus': '车来了，我先上车了，挂了啊。'}
# What the recogniser mishears in customer questions (label the truth of what was said, not of this).
HOMOPHONES = {'押金': '压金', '退款': '退宽', '民宿': '名宿', '预约': '预越', '借阅卡': '借越卡', '体检': '题检',
              '取件码': '取件吗', '快递': '快的', '首班': '手班', '司机': '私机', '电池': '电尺', '上牌': '上排', '监控': '间控'}
EMOJI = ['😤', '🙏', '😭', '😅', '？？']


def spoken_digits(s):
    return ''.join(CN_DIGITS[int(c)] if c.isdigit() else c for c in s)


def scenario_yaml(dom, sc):
    f = sc['fact']
    fact = {k: f[k] for k in ('key', 'label', 'expected', 'variants', 'wrong', 'cues')}
    req = {'key': sc['req']['key'], 'label': sc['req']['label'], 'patterns': [sc['req']['pattern']]}
    j = lambda o: json.dumps(o, ensure_ascii=False)
    lines = [
        f"id: {sc['id']}", f"title: {j(sc['title'])}",
        f"description: {j('独立语料 independent-dev10a，领域 ' + dom['key'] + '，机构 ' + dom['org'])}",
        'channel: [voice, webchat]', f"target: {{ phone: {j(dom['phone'])} }}",
        f"persona: {{ name: {j('客户')} }}", 'locale: zh-CN', 'steps: [ { end: true } ]',
        'facts:', f'  - {j(fact)}', 'requiredInfo:', f'  - {j(req)}',
        f"requires: {j(sc['requires'])}", f'sla: {j(SLA)}', f"tags: [independent-dev10a, {dom['key']}]", '']
    return '\n'.join(lines)


class Contact:
    """Builds one completed contact from its plan."""

    def __init__(self, rng, dom, sc, plan, cid, channel):
        self.rng, self.dom, self.sc, self.p, self.cid, self.channel = rng, dom, sc, plan, cid, channel
        self.tl = Timeline(rng, channel, plan)
        self.why = {}

    def pick(self, pool):
        """A line from pool that fits the channel (no 挂机/来电 in a chat, no 弹出/表情 on the phone)."""
        wrong = CHAT_ONLY if self.channel == 'voice' else VOICE_ONLY
        fitting = [x for x in pool if not any(w in x for w in wrong) and self.fits(x)]
        return self.rng.choice(fitting or pool)

    def misheard(self, text):
        """A voice customer's question as a noisy recogniser wrote it (about a third of noisy calls)."""
        if self.channel == 'voice' and self.p['asr'] and self.rng.random() < 0.35:
            for right, heard in HOMOPHONES.items():
                if right in text:
                    return text.replace(right, heard, 1)
        return text

    def fits(self, line):
        """False for a trade line written for another scenario of the trade (see FITS)."""
        return all(self.sc['id'] in ids for key, ids in FITS.items() if key in line)

    def staff_line(self):
        num = self.rng.choice(['%04d' % self.rng.randint(1000, 9999), 'A%02d' % self.rng.randint(10, 99), '%03d' % self.rng.randint(100, 999)])
        if self.channel == 'voice' and self.rng.random() < 0.6:
            num = spoken_digits(num)
        return self.pick(self.dom['id_lines']).format(name=self.pick(self.dom['names']), num=num)

    def value(self, kind):
        f = self.sc['fact']
        if kind == 'wrong':
            return self.pick(f['wrong'])
        return self.pick([f['expected']] + f['variants'])

    def build(self):
        p, d, sc, tl = self.p, self.dom, self.sc, self.tl
        # A1: greeting, maybe staff id, the offer to help.
        if p['curt']:
            a1 = d['org'] + '。' + d['curt'][0]
        else:
            a1 = (self.pick(d['greet']) if p['greeting'] else self.pick(d['nogreet']))
        if p['id'] == 1:
            a1 += self.staff_line()
        if not p['curt']:
            a1 += self.pick(d['offer'])
        tl.agent(a1, gap=p['first_gap'], first=True)
        # C1: the question, a complaint when planned first; chat splits it into two messages.
        c1 = self.misheard(self.pick(sc['ask']))
        if p['complaint'] == 'first':
            comp = self.pick(sc['complain'])
            if self.channel == 'webchat':
                tl.customer(c1)
                tl.customer(comp + (self.pick(EMOJI) if self.rng.random() < 0.4 else ''), gap=self.rng.randint(3000, 8000))
            else:
                tl.customer(comp + c1)
        else:
            tl.customer(c1)
        # A2: empathy (first complaint), staff id in turn two, verification or the required-info ask.
        a2 = ''
        if p['complaint'] == 'first' and p['empathy']:
            a2 += self.pick(EMPATHY[sc['id']])
        if p['id'] == 2:
            a2 += self.staff_line()
        elif p['id'] == 'neg':
            a2 += self.pick(d['id_neg'])
        if p['verif'] == 'late':
            a2 += self.pick(DISCLOSE[sc['id']])
        if p['verif'] in ('pass', 'late'):
            vi = self.rng.randrange(len(d['verify_ask']))  # the reply answers what was asked
            a2 += d['verify_ask'][vi]
            tl.agent(a2, interrupt=p['interrupt'])
            self.customer_reply(d['verify_reply'][vi])
            a2 = ''
        if p['reqinfo']:
            a2 += self.pick(sc['req']['asks'])
            tl.agent(a2, interrupt=p['interrupt'] if p['verif'] not in ('pass', 'late') else None)
            self.customer_reply(self.pick(sc['req_reply']))
        elif a2 or p['verif'] not in ('pass', 'late'):
            tl.agent((a2 or '') + self.pick(['好的，明白了。', '了解，您说的情况我记下了。', '嗯，好的。']),
                     interrupt=p['interrupt'] if p['verif'] not in ('pass', 'late') else None)
        # A3: optional hold, then the record and the fact.
        a3 = ''
        if p['hold'] in ('pass', 'nothanks', 'short'):
            asks = [x for x in d['hold_ask'] if self.channel == 'voice' or '别挂' not in x]  # 别挂 is said on the phone only
            tl.agent(self.pick(asks), hold_ask=True)
            tl.hold(p['hold'])
            if p['hold'] == 'pass':
                a3 += self.pick(d['hold_thanks'])
        elif p['hold'] == 'unannounced':
            tl.silence_owed(p['hold'])
            if self.rng.random() < 0.5:
                a3 += self.pick(d['hold_thanks'])
        if p['verif'] in ('pass', 'fail'):  # 'late' disclosed already in A2
            a3 += self.pick(DISCLOSE[sc['id']])
        fk = p['fact']
        if fk == 'none':
            a3 += self.pick(d['shrug'])
        elif fk == 'vague':
            a3 += self.pick(sc['vague_real']).format(v=self.value('right'))
        elif fk in ('wrong', 'corrected'):
            a3 += self.pick(sc['wrong']).format(v=self.value('wrong'))
        else:
            a3 += self.pick(sc['correct']).format(v=self.value('right'))
        tl.agent(a3)
        # C3: follow-up question, maybe the complaint.
        fi = self.rng.randrange(len(sc['followup']))
        c3 = self.misheard(sc['followup'][fi])
        if p['complaint'] == 'later':
            comp = self.pick(sc['complain'])
            if self.channel == 'webchat':
                tl.customer(comp)
                tl.customer(c3, gap=self.rng.randint(2000, 6000))
            else:
                tl.customer(comp + c3)
        else:
            tl.customer(c3)
        tl.before_reply(p['latency'], p['deadair'])
        a4 = ''
        if p['complaint'] == 'later' and p['empathy']:
            a4 += self.pick(EMPATHY[sc['id']])
        if fk == 'corrected':
            a4 += '更正一下，' + self.pick(sc['correct']).format(v=self.value('right'))
        a4 += self.pick(d['shrug']) if p['resolution'] == 'shrug' else sc['followup_ans'][fi]
        if p['reference']:
            ref = sc['ref_prefix'] + '%08d' % self.rng.randint(10**7, 10**8 - 1)
            if self.channel == 'voice' and self.rng.random() < 0.5:
                ref = sc['ref_prefix'] + spoken_digits(ref[2:])
            a4 += self.pick(sc['ref_line']).format(ref=ref)
        tl.agent(a4)
        # C4 push-back and A5: forbidden line, clean look-alike or a plain answer.
        if p['left']:
            tl.customer(LEAVE[d['key']])
            tl.left = True
            return tl
        push, plain = self.rng.choice(PUSHBACK[sc['id']])
        tl.customer(push)
        if p['forbid'] == 'soft':
            a5 = self.pick(d['forbid_soft'])
        elif p['forbid'] == 'rude':
            a5 = self.pick(d['forbid_rude'])
        elif p['forbid'] == 'clean' and not (p['complaint'] == 'later' and not p['empathy']) and any(self.fits(x) for x in d['clean_hard']):
            a5 = self.pick(d['clean_hard'])
        else:
            a5 = plain
        tl.agent(a5)
        if p['incidental']:
            tl.customer(self.pick(d['incidental']))
            tl.agent(self.pick(d['incidental_shrug']))
        tl.customer(self.pick(d['cust_bye']))
        last = ''
        if p['survey']:
            pool = d['survey'] if p['closing'] else [s for s in d['survey'] if '谢' not in s]
            last += self.pick(pool)
        if p['curt']:
            last += d['curt'][3]  # a bare 还有事？-style wrap-up, no thanks
        else:
            last += self.pick(d['closing']) if p['closing'] else self.pick(d['wrapup'])
        tl.agent(last)
        if p['closing'] or self.rng.random() < 0.5:
            tl.customer(self.pick(['好，再见。', '嗯，拜拜。', '好的。']))
        return tl

    def customer_reply(self, text):
        p = self.p
        if p['cust_pause'] and not getattr(self, '_paused', False):
            self._paused = True
            self.tl.customer(self.pick(self.dom['cust_wait']))
            self.tl.customer_pause()
        if p['cust_sorry'] and not getattr(self, '_sorry', False):
            self._sorry = True
            text = self.pick(self.dom['cust_sorry']) + text
        self.tl.customer(text)


def special_contacts(start):
    out = []
    base = {'schemaVersion': 1, 'scenarioId': 'hs-cancel', 'turns': []}
    out.append(dict(base, contactId='sp-no-answer', channel='voice', startedAt=start, durationMs=45200, outcome='no-answer', transcriptSource='deepgram',
                    events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 130}, {'type': 'ringing', 'atMs': 2100}, {'type': 'hangup', 'atMs': 45100, 'detail': {'by': 'harness'}}, {'type': 'ended', 'atMs': 45200}]))
    out.append(dict(base, contactId='sp-busy', scenarioId='bus-route', channel='voice', startedAt=start + 1, durationMs=3900, outcome='busy', transcriptSource='deepgram',
                    events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 110}, {'type': 'hangup', 'atMs': 3800, 'detail': {'sip': 486}}, {'type': 'ended', 'atMs': 3900}]))
    ivr = [{'speaker': 'ivr', 'text': '您好，欢迎致电康程体检，预约请按1，报告查询请按2。', 'startMs': 7300, 'endMs': 13900, 'confidence': 0.95},
           {'speaker': 'ivr', 'text': '当前排队人数较多，请您耐心等待，您前面还有12位。', 'startMs': 16800, 'endMs': 22400, 'confidence': 0.93},
           {'speaker': 'ivr', 'text': '坐席正忙，请继续等待。', 'startMs': 82000, 'endMs': 84600, 'confidence': 0.9}]
    out.append(dict(base, contactId='sp-ivr-abandoned', scenarioId='hc-report', channel='voice', startedAt=start + 2, durationMs=141000, outcome='abandoned', transcriptSource='deepgram', turns=ivr,
                    events=[{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 120}, {'type': 'ringing', 'atMs': 2300}, {'type': 'answered', 'atMs': 7100}, {'type': 'dtmf', 'atMs': 14800, 'detail': {'digits': '2'}}, {'type': 'queued', 'atMs': 15000}, {'type': 'hangup', 'atMs': 140800, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 141000}]))
    out.append(dict(base, contactId='sp-chat-queue-abandoned', scenarioId='pk-code', channel='webchat', startedAt=start + 3, durationMs=182000, outcome='abandoned', transcriptSource='chat-dom',
                    turns=[{'speaker': 'system', 'text': '正在为您转接人工客服，当前排队第6位', 'startMs': 2100, 'endMs': 2100}, {'speaker': 'customer', 'text': '取件码失效了，有人吗', 'startMs': 9000, 'endMs': 9000}],
                    events=[{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 900}, {'type': 'queued', 'atMs': 2000}, {'type': 'ended', 'atMs': 182000}]))
    bot = [{'speaker': 'bot', 'text': '您好，我是驰风智能助手小驰，请问想了解什么？', 'startMs': 1500, 'endMs': 1500},
           {'speaker': 'customer', 'text': '电池保修几年', 'startMs': 9000, 'endMs': 9000},
           {'speaker': 'bot', 'text': '为您找到以下内容：《电池三包说明》，点击查看。', 'startMs': 10200, 'endMs': 10200},
           {'speaker': 'customer', 'text': '转人工', 'startMs': 19000, 'endMs': 19000},
           {'speaker': 'bot', 'text': '当前非人工服务时间（9:00-21:00），请留言。', 'startMs': 20000, 'endMs': 20000}]
    out.append(dict(base, contactId='sp-chat-bot-only', scenarioId='eb-battery', channel='webchat', startedAt=start + 4, durationMs=31000, outcome='completed', transcriptSource='chat-dom', turns=bot,
                    events=[{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 800}, {'type': 'ended', 'atMs': 31000}]))
    for i, (code, msg, ch) in enumerate([('E_SELECTOR_TIMEOUT', 'selector .chat-input not found within 30000 ms', 'webchat'), ('E_BROWSER_CRASHED', 'browser process exited with signal SIGKILL', 'webchat')]):
        out.append(dict(base, contactId=f'sp-harness-fail-{i + 1}', scenarioId='lib-quota', channel=ch, startedAt=start + 5 + i, durationMs=30500, outcome='failed', failedBy='harness', transcriptSource='chat-dom',
                        error={'code': code, 'message': msg}, events=[{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 30400, 'detail': {'code': code}}, {'type': 'ended', 'atMs': 30500}]))
    return out


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    slots = []
    for dom in DOMAINS:
        for si, sc in enumerate(dom['scenarios']):
            with open(os.path.join(OUT, 'scenarios', sc['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
                fh.write(scenario_yaml(dom, sc))
            for k in range(9 if si < 2 else 8):
                slots.append((dom, sc, 'voice' if (len(slots) % 2 == 0) else 'webchat'))
    plans = make_plans(rng, slots)
    contacts, labels = [], []
    counters = {}
    for idx, ((dom, sc, channel), (plan, lab, why)) in enumerate(zip(slots, plans)):
        counters[sc['id']] = counters.get(sc['id'], 0) + 1
        cid = f"{sc['id']}-{counters[sc['id']]:02d}"
        c = Contact(random.Random(SEED * 1000 + idx), dom, sc, plan, cid, channel)
        tl = c.build()
        inter = tl.interaction(cid, sc['id'], BASE_EPOCH + idx * 3_600_000, plan)
        contacts.append(inter)
        labels.append({'contactId': cid, 'domain': dom['label'], 'labels': lab, 'why': why})
    for s in special_contacts(BASE_EPOCH + len(slots) * 3_600_000):
        contacts.append(s)
        labels.append({'contactId': s['contactId'], 'domain': 'special', 'labels': {k: 'na' for k in CHECKS},
                       'why': {'all': '非人工坐席完成的接触（未接通/忙音/排队放弃/仅机器人/工具故障），19项均不可观察'}})
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(f'{len(contacts)} contacts written')


if __name__ == '__main__':
    main()
