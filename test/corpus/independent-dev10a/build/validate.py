#!/usr/bin/env python3
"""Self-check of independent-dev10a: re-derives every label from the written text and timeline with
this set's own markers (not the project's scorers) and reports where text and label disagree, then
prints the pass/fail/na counts per check and the minimums the brief asks for.

    python3 build/validate.py        # exit 1 on any disagreement or a count below its minimum
"""
import json
import os
import re
import sys

from gen import DOMAINS, LEAVE, OUT
from material_extra import DISCLOSE
from plan import CHECKS
from timeline import PUNCT, curtify

norm = lambda t: PUNCT.sub('', t)
GREET = re.compile(r'您好|你好|早上好|上午好|下午好|晚上好|哈喽')
STAFF = re.compile(r'(?<!房源)(工号|编号)(是|为)?[0-9A-Za-z零幺一二三四五六七八九]{2,}')
ROLE = re.compile(r'客服|管家|咨询员|馆员|顾问|专员|主管|话务员|值班员')
CLOSE = re.compile(r'谢谢|感谢|再见|祝|拜拜|不打扰|注意安全')
HOLD_ASK = re.compile(r'稍等|稍候|查一下|看一下|别挂|对一下')
HOLD_THANKS = re.compile(r'久等|谢谢您|感谢')
EMPATHY = re.compile(r'抱歉|对不起|不好意思|对不住|理解|体会|辛苦|(向您|跟您|给您)道歉|道个歉|添麻烦|添堵|折腾|难为|窝火|憋屈|扫兴|恼火|滋味|心里没底|我懂|疏漏')
REF = re.compile(r'[A-Z]{2}[0-9零幺二三四五六七八九]{6,}')
MIN_MAIN, MIN_OTHER = 25, 15
MAIN = ['politeness', 'forbidden-words', 'agent-id', 'closing', 'verification', 'empathy', 'resolution',
        'response-latency', 'no-misinformation', 'record-reference', 'hold-etiquette', 'dead-air']


def pf(ok):
    return 'pass' if ok else 'fail'


def derive(c, dom, sc):
    voice = c['channel'] == 'voice'
    turns = [t for t in c['turns'] if t['speaker'] in ('agent', 'customer')]
    agents = [t for t in turns if t['speaker'] == 'agent']
    atext = [norm(t['text']) for t in agents]
    allagent = ''.join(atext)
    L = {}
    L['greeting'] = pf(bool(GREET.search(atext[0][:14])))
    first2 = ''.join(atext[:2])
    L['agent-id'] = pf(bool(STAFF.search(first2)) or (any(n in first2 for n in dom['names']) and bool(ROLE.search(first2))))
    left = turns[-1]['speaker'] == 'customer' and any(norm(turns[-1]['text']).endswith(norm(x)) for x in LEAVE.values())
    L['closing'] = 'na' if left else pf(any(CLOSE.search(a) for a in atext[-2:]))
    rude = [norm(x) for d in DOMAINS for x in d['forbid_rude']]
    soft = [norm(x) for d in DOMAINS for x in d['forbid_soft']]
    L['forbidden-words'] = pf(not any(x in a for a in atext for x in rude + soft if len(x) > 2 or x == a or a.endswith(x)))
    # consistently curt: not one 您 and no greeting, softener or thanks in any agent turn
    curt = not re.search(r'您|请|麻烦|谢谢|感谢', allagent) and not GREET.search(allagent)
    L['politeness'] = pf(not any(x in allagent for x in rude) and not curt)
    if sc['requires']['verification']:
        asks = [allagent.find(norm(y)) for x in dom['verify_ask'] for y in (x, curtify(x)) if norm(y) in allagent]
        discl = [allagent.find(norm(y)) for x in DISCLOSE[sc['id']] for y in (x, curtify(x)) if norm(y) in allagent]
        L['verification'] = pf(bool(asks) and (not discl or min(asks) < min(discl)))
    else:
        L['verification'] = 'na'
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    joined = next(e['atMs'] for e in c['events'] if e['type'] == 'agent-joined')
    first_gap = agents[0]['startMs'] - joined
    dead = first_gap >= dead_thr
    L['first-response'] = pf(first_gap <= 6000)
    holds = []
    for i in range(1, len(turns)):
        prev, nxt = turns[i - 1], turns[i]
        gap = nxt['startMs'] - max(t['endMs'] for t in turns[:i])
        if nxt['speaker'] != 'agent' or gap < dead_thr:
            continue
        announced = prev['speaker'] == 'agent' and bool(HOLD_ASK.search(norm(prev['text'])))
        if not announced:
            dead = True
        if gap >= hold_thr:
            holds.append(announced and bool(HOLD_THANKS.search(norm(nxt['text']))))
    L['dead-air'] = pf(not dead)
    L['hold-etiquette'] = 'na' if not holds else pf(all(holds))
    late = False
    for i, t in enumerate(turns):
        if t['speaker'] != 'agent' or i == 0:
            continue
        j = i - 1
        while j >= 0 and turns[j]['speaker'] == 'customer':
            j -= 1
        if j + 1 < i and t['startMs'] - turns[j + 1]['endMs'] > 45000:
            late = True
    L['response-latency'] = pf(not late)
    if voice:
        L['interruption'] = pf(not any(turns[i]['speaker'] == 'agent' and turns[i - 1]['speaker'] == 'customer' and turns[i]['startMs'] < turns[i - 1]['endMs'] - 800 for i in range(1, len(turns))))
        long_ = [t for t in agents if t['endMs'] - t['startMs'] >= 1500]
        cpm = sum(len(norm(t['text'])) for t in long_) / sum(t['endMs'] - t['startMs'] for t in long_) * 60000
        L['speech-rate'] = pf(120 <= cpm <= 300)
    else:
        L['interruption'] = L['speech-rate'] = 'na'
    complaints = [norm(x) for x in sc['complain']]
    emp = None
    for i, t in enumerate(turns):
        if t['speaker'] == 'customer' and any(x in norm(t['text']) for x in complaints):
            nxt = [norm(a['text']) for a in turns[i + 1:] if a['speaker'] == 'agent'][:2]
            emp = (emp is not False) and any(EMPATHY.search(a) for a in nxt)
    L['empathy'] = 'na' if emp is None else pf(emp)
    f = sc['fact']
    stripped = allagent
    for x in dom['incidental_shrug']:
        stripped = stripped.replace(norm(x), '')
    right = [norm(x) for x in [f['expected']] + f['variants']]
    wrong = [norm(x) for x in f['wrong']]
    pos = lambda vals: max([stripped.rfind(v) for v in vals] + [-1])
    stated = pos(right) >= 0 or pos(wrong) >= 0
    shrug = any(norm(x) in stripped for x in dom['shrug'])
    L['resolution'] = pf(stated and not shrug)
    L['fact-accuracy'] = pf(pos(right) >= 0 and pos(right) > pos(wrong))
    L['no-misinformation'] = pf(pos(wrong) < 0)
    L['record-reference'] = pf(bool(re.search(sc['ref_prefix'] + r'[0-9零幺二三四五六七八九]{6,}', allagent))) if sc['requires']['reference'] else 'na'
    L['survey-offered'] = pf(any(norm(x) in allagent for x in dom['survey'])) if sc['requires']['survey'] else 'na'
    pat = re.compile(sc['req']['pattern'], re.I)
    L['required-info'] = pf(any(pat.search(t['text']) or pat.search(norm(t['text'])) for t in agents))
    return L


def main():
    by_sc = {sc['id']: (d, sc) for d in DOMAINS for sc in d['scenarios']}
    contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {l['contactId']: l for l in map(json.loads, open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8'))}
    problems = []
    for c in contacts:
        lab = labels[c['contactId']]
        if not any(t['speaker'] == 'agent' for t in c['turns']):
            if any(v != 'na' for v in lab['labels'].values()):
                problems.append(f"{c['contactId']}: special contact must be all na")
            continue
        times = [t['startMs'] for t in c['turns']]
        if times != sorted(times):
            problems.append(f"{c['contactId']}: turns out of order")
        for k, v in lab['labels'].items():
            if v == 'fail' and k not in lab['why']:
                problems.append(f"{c['contactId']}: fail without why: {k}")
        d, sc = by_sc[c['scenarioId']]
        got = derive(c, d, sc)
        for k in CHECKS:
            if got[k] != lab['labels'][k]:
                problems.append(f"{c['contactId']} {k}: label {lab['labels'][k]} but text says {got[k]}")
    counts = {k: {'pass': 0, 'fail': 0, 'na': 0} for k in CHECKS}
    for l in labels.values():
        for k in CHECKS:
            counts[k][l['labels'][k]] += 1
    for k in CHECKS:
        need = MIN_MAIN if k in MAIN else MIN_OTHER
        flag = '' if min(counts[k]['pass'], counts[k]['fail']) >= need else f'  BELOW {need}'
        if flag:
            problems.append(f'{k}: {counts[k]} below {need}')
        print(f"{k:18} pass {counts[k]['pass']:3}  fail {counts[k]['fail']:3}  na {counts[k]['na']:3}{flag}")
    ch = {'voice': 0, 'webchat': 0}
    for c in contacts:
        ch[c['channel']] += 1
    print('channels', ch, 'contacts', len(contacts))
    for p in problems:
        print('PROBLEM', p)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
