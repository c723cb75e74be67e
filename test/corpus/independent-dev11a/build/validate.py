#!/usr/bin/env python3
"""Self-check of independent-dev11a: every contact's text and timeline carries what its labels say.
It re-derives each decisive label from the written contact (phrases from the material, regexes of the
scenario, silences from the timeline) and lists every disagreement. Exit 1 on any problem."""
import json, os, re, sys

from material_a import PET, HOTEL, GYM
from material_b import FUEL, FOOD, AGRI
from plan import curt

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOMS = {d['key']: d for d in (PET, HOTEL, GYM, FUEL, FOOD, AGRI)}
SCEN = {sc['id']: (d, sc) for d in DOMS.values() for sc in d['scenarios']}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness', 'interruption', 'dead-air',
          'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency', 'fact-accuracy', 'no-misinformation',
          'record-reference', 'survey-offered', 'required-info']
SPOKEN = re.compile(r'[\u4e00-\u9fffA-Za-z0-9]')
GREET = re.compile(r'您好|你好|上午好|下午好|中午好|晚上好|早上好|哈喽|嗨|亲')
CLOSING = re.compile(r'谢谢|感谢|祝|再见|拜拜')
THANKS_WAIT = re.compile(r'久等|等待|等候|稍候|等着|等我')
REF = re.compile(r'(受理号|单号|编号|工单号|受理编号)[是为]?([A-Z]{2}[0-9零幺二三四五六七八九]{8,})')


def norm(t):
    return re.sub(r'[\s，。？！、~：“”]', '', t)


def has_any(text, phrases):
    t = norm(text)
    return any(norm(q) and norm(q) in t for p in phrases for q in (p, curt(p)))


def check(c, lab):
    d, sc = SCEN[c['scenarioId']]
    voice = c['channel'] == 'voice'
    turns = c['turns']
    agent = [t for t in turns if t['speaker'] == 'agent']
    atext = ' '.join(t['text'] for t in agent)
    got = {}
    got['greeting'] = 'pass' if GREET.search(agent[0]['text'][:12]) else 'fail'
    got['agent-id'] = 'pass' if has_any(' '.join(t['text'] for t in agent[:2]), d['id_pass']) else 'fail'
    last2 = ' '.join(t['text'] for t in agent[-2:])
    left = has_any(turns[-1]['text'], d['cust_leave']) and turns[-1]['speaker'] == 'customer'
    got['closing'] = 'na' if left else ('pass' if CLOSING.search(last2) else 'fail')
    rude = has_any(atext, d['rude'])
    got['forbidden-words'] = 'fail' if rude or has_any(atext, d['buckpass']) else 'pass'
    got['politeness'] = 'fail' if rude or '您' not in atext else 'pass'  # no 您 anywhere = the cold register
    if not sc['verification']:
        got['verification'] = 'na'
    else:
        first_ask = next((i for i, t in enumerate(agent) if has_any(t['text'], d['verify_ask'])), 99)
        first_disc = next((i for i, t in enumerate(agent) if has_any(t['text'], sc['disclose'])), 99)
        # never checked: fail, also when nothing of the record was read out (decided reading, 5 Dec 2026)
        got['verification'] = 'fail' if first_ask == 99 else ('pass' if first_ask < first_disc else 'fail')
    # silences
    join = next(e['atMs'] for e in c['events'] if e['type'] == 'agent-joined')
    dead_t, hold_t = (8000, 15000) if voice else (30000, 30000)
    dead, holds_ok, holds_bad, latency_bad = False, 0, 0, False
    first_gap = agent[0]['startMs'] - join
    if first_gap >= dead_t:
        dead = True
    got['first-response'] = 'fail' if first_gap > 20000 else 'pass'
    unanswered = None
    for i in range(1, len(turns)):
        prev, cur = turns[i - 1], turns[i]
        if prev['speaker'] == 'customer' and unanswered is None:
            unanswered = prev['endMs']
        gap = cur['startMs'] - prev['endMs']
        announced = prev['speaker'] == 'agent' and has_any(prev['text'], d['hold_ask'])
        owed = prev['speaker'] == 'customer' or announced
        if cur['speaker'] == 'agent' or gap >= dead_t:
            if owed and gap >= dead_t and not announced and (cur['speaker'] == 'agent'):
                dead = True
            if owed and gap >= hold_t and cur['speaker'] == 'agent':
                if announced and THANKS_WAIT.search(cur['text'][:12]):
                    holds_ok += 1
                else:
                    holds_bad += 1
        if cur['speaker'] == 'agent':
            if unanswered is not None and not announced and cur['startMs'] - unanswered > 45000:
                latency_bad = True
            unanswered = None
    got['dead-air'] = 'fail' if dead else 'pass'
    got['hold-etiquette'] = 'fail' if holds_bad else ('pass' if holds_ok else 'na')
    got['response-latency'] = 'fail' if latency_bad else 'pass'
    if voice:
        inter = any(turns[i]['speaker'] == 'agent' and turns[i - 1]['speaker'] == 'customer' and turns[i]['startMs'] <= turns[i - 1]['endMs'] - 800 for i in range(1, len(turns)))
        got['interruption'] = 'fail' if inter else 'pass'
        long_ = [t for t in agent if t['endMs'] - t['startMs'] >= 1500]
        cpm = sum(len(SPOKEN.findall(t['text'])) for t in long_) / (sum(t['endMs'] - t['startMs'] for t in long_) / 60000)
        got['speech-rate'] = 'pass' if 120 <= cpm <= 300 else 'fail'
    else:
        got['interruption'] = got['speech-rate'] = 'na'
    # empathy: a complaint line, then an apology line in one of the next two agent turns
    ci = next((i for i, t in enumerate(turns) if t['speaker'] == 'customer' and has_any(t['text'], d['complaint'])), None)
    if ci is None:
        got['empathy'] = 'na'
    else:
        nxt = [t for t in turns[ci + 1:] if t['speaker'] == 'agent'][:2]
        got['empathy'] = 'pass' if any(has_any(t['text'], d['apology']) for t in nxt) else 'fail'
    # resolution: the fact's non-answer anywhere, or a shrug right after the customer's follow-up question
    qi = next(i for i, t in enumerate(turns) if t['speaker'] == 'customer' and has_any(t['text'], sc['followq']))
    shrug = has_any(turns[qi + 1]['text'], sc['follow_shrug']) and not has_any(turns[qi + 1]['text'], sc['follow_ans'])
    sent_away = has_any(turns[qi + 1]['text'], d['buckpass'])
    got['resolution'] = 'fail' if has_any(atext, sc['nonans']) or shrug or sent_away else 'pass'
    f = sc['fact']
    right = [f['expected']] + f['variants']
    mentions = []
    for t in agent:
        s = norm(t['text'])
        for v in right:
            for m in re.finditer(re.escape(norm(v)), s):
                mentions.append((t['startMs'], m.start(), 'r'))
        for w in f['wrong']:
            for m in re.finditer(re.escape(norm(w)), s):
                mentions.append((t['startMs'], m.start(), 'w'))
    mentions.sort()
    got['fact-accuracy'] = 'pass' if mentions and mentions[-1][2] == 'r' else 'fail'
    got['no-misinformation'] = 'fail' if any(m[2] == 'w' for m in mentions) else 'pass'
    got['record-reference'] = 'na' if not sc['reference'] else ('pass' if REF.search(norm(atext)) else 'fail')
    got['survey-offered'] = 'na' if not sc['survey'] else ('pass' if has_any(atext, d['survey']) else 'fail')
    got['required-info'] = 'pass' if any(re.search(p, t['text'], re.I) for p in sc['ri']['patterns'] for t in agent) else 'fail'
    probs = [f'{c["contactId"]} {k}: label {lab[k]} but text says {got[k]}' for k in CHECKS if got[k] != lab[k]]
    return probs


def main():
    contacts = [json.loads(l) for l in open(os.path.join(SET, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(SET, 'labels.jsonl'), encoding='utf-8')}
    problems = []
    for c in contacts:
        L = labels[c['contactId']]
        if set(L['labels']) != set(CHECKS):
            problems.append(f'{c["contactId"]}: label keys differ')
        for k, v in L['labels'].items():
            if v == 'fail' and k not in L['why'] and 'all' not in L['why']:
                problems.append(f'{c["contactId"]} {k}: fail without why')
        if not os.path.exists(os.path.join(SET, 'scenarios', c['scenarioId'] + '.yaml')):
            problems.append(f'{c["contactId"]}: no scenario file')
        ts = [t['startMs'] for t in c['turns']]
        if ts != sorted(ts):
            problems.append(f'{c["contactId"]}: turns out of order')
        if c['outcome'] != 'completed' or not any(t['speaker'] == 'agent' for t in c['turns']):
            if any(v != 'na' for v in L['labels'].values()):
                problems.append(f'{c["contactId"]}: special contact not all na')
            continue
        problems += check(c, L['labels'])
    for p in problems:
        print(p)
    print(f'{len(contacts)} contacts, {len(problems)} problems')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
