"""Self-check of independent-dev11b: every contact's text and timeline carry what its label says.

Reads the written files (not the plan) and re-derives each observable property independently of
gen.py's labelling code: phrase presence from the material pools, silences from the timestamps.
Prints per-check counts and every mismatch; exits 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter

from gen import CHECKS, DOMAINS, SLA, complaints_of, curt, empathy_of, spoken_chars, survey_line

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PUNCT = re.compile(r'[\s，。？！、—~😊🌹,.?!]+')
REF = re.compile(r'(?<![运订员])(工单号?|单号|受理号|受理编号|申请单号|申请编号|登记号)[是为]?[A-Z]{0,3}[0-9零一二三四五六七八九幺]{6,}')


def norm(text):
    """Punctuation dropped and the curt rewrite applied, so a pool phrase matches its curt form too."""
    return curt(PUNCT.sub('', text))


def has(text, phrase):
    return norm(phrase) in norm(text)


def any_in(text, phrases):
    return any(has(text, x) for x in phrases)


def silences(c):
    """Agent-owed silences: (length ms, announced?, from_join?, index of next agent turn)."""
    join = next((e['atMs'] for e in c['events'] if e['type'] == 'agent-joined'), None)
    turns = c['turns']
    out = []
    first_agent = next(i for i, t in enumerate(turns) if t['speaker'] == 'agent')
    out.append((turns[first_agent]['startMs'] - join, False, True, first_agent))
    for i in range(first_agent + 1, len(turns)):
        if turns[i]['speaker'] != 'agent':
            continue
        prev = turns[i - 1]
        # a silence after the customer (or after the agent's own wait request) is the agent's to fill
        if prev['speaker'] == 'customer' or prev.get('_hold'):
            out.append((turns[i]['startMs'] - prev['endMs'], bool(prev.get('_hold')), False, i))
    return out


def check_contact(c, lab, dom, sc):
    """Problems found in one contact: list of strings."""
    L = lab['labels']
    voice = c['channel'] == 'voice'
    agent = [t for t in c['turns'] if t['speaker'] == 'agent']
    for t in c['turns']:
        t['_hold'] = t['speaker'] == 'agent' and any(norm(t['text']).endswith(norm(h)) or norm(t['text']) == norm(h) for h in dom['hold_ask'] + [dom['hold_bare']])
    text = ' '.join(t['text'] for t in agent)
    probs = []

    def expect(check, observed_pass, note):
        if L[check] == 'na':
            return
        if (L[check] == 'pass') != observed_pass:
            probs.append('%s labelled %s but %s' % (check, L[check], note))
    expect('greeting', any(w in agent[0]['text'] for w in ['您好', '你好', '早上好', '上午好', '哈喽']), 'greeting word presence disagrees')
    expect('agent-id', any_in(agent[0]['text'] + agent[min(1, len(agent) - 1)]['text'], dom['id_ok']), 'staff id presence disagrees')
    expect('closing', any_in(' '.join(t['text'] for t in agent[-2:]), dom['closing']), 'closing presence in last two agent turns disagrees')
    rude = any_in(text, [x[1] for x in dom['rude']])
    courteous = bool(re.search(r'您|(?<!申)请|麻烦|谢谢|感谢', text))
    expect('politeness', not rude and courteous, 'rude line / courtesy-word presence disagrees')
    expect('forbidden-words', not (rude or any_in(text, [x[1] for x in dom['forbid']])), 'forbidden line presence disagrees')
    if (L['verification'] == 'na') != (not sc['req'].get('verification')):
        probs.append('verification na iff scenario does not require it')
    if L['verification'] != 'na':
        vi = next((i for i, t in enumerate(agent) if has(t['text'], dom['verify_ask'])), None)
        ri = next(i for i, t in enumerate(agent) if has(t['text'], dom['record']))
        expect('verification', vi is not None and vi < ri, 'verification ask before disclosure disagrees')
    expect('resolution', not has(text, sc['nonanswer']), 'non-answer presence disagrees')
    ri_hit = any(re.search(pat, norm(t['text']), re.I) for t in agent for pat in sc['ri']['patterns'])
    expect('required-info', bool(ri_hit), 'requiredInfo pattern match disagrees')
    expect('survey-offered', has(text, survey_line(dom, c['channel'])), 'survey line presence disagrees')
    if L['record-reference'] != 'na':
        expect('record-reference', bool(REF.search(PUNCT.sub('', text))), 'reference number presence disagrees')
    fact = sc['fact']
    goods = [fact['expected']] + fact.get('variants', [])
    hits = sorted([(norm(text).rfind(norm(v)), True) for v in goods] + [(norm(text).rfind(norm(v)), False) for v in fact['wrong']])
    hits = [h for h in hits if h[0] >= 0]
    expect('fact-accuracy', bool(hits) and hits[-1][1], 'last fact statement disagrees')
    expect('no-misinformation', not any(not ok for _, ok in hits), 'wrong value presence disagrees')
    # complaint -> empathy in the next two agent turns
    said = [(i, k) for i, t in enumerate(c['turns']) if t['speaker'] == 'customer' for k, x in enumerate(complaints_of(sc)) if has(t['text'], x)]
    complaint_at, which = said[0] if said else (None, None)
    if (L['empathy'] == 'na') != (complaint_at is None):
        probs.append('empathy na iff no complaint')
    if complaint_at is not None and L['empathy'] != 'na':
        nxt = [t for t in c['turns'][complaint_at + 1:] if t['speaker'] == 'agent'][:2]
        expect('empathy', has(' '.join(t['text'] for t in nxt), empathy_of(dom, sc)[which]), 'the acknowledgement of this complaint in the next two agent turns disagrees')
        if L['empathy'] == 'fail' and any_in(text, empathy_of(dom, sc)):
            probs.append('empathy fail but an acknowledgement is said somewhere')
    # timing
    dead_min, hold_min = (8000, 15000) if voice else (30000, 30000)
    sil = silences(c)
    dead = any(s >= dead_min and not ann for s, ann, _, _ in sil)
    expect('dead-air', not dead, 'an unannounced agent-owed silence >= %d ms disagrees' % dead_min)
    holds = [(s, ann, i) for s, ann, fj, i in sil if s >= hold_min and not fj]
    if (L['hold-etiquette'] == 'na') != (not holds):
        probs.append('hold-etiquette na iff no hold (holds: %s)' % holds)
    if holds and L['hold-etiquette'] != 'na':
        ok = all(ann and any_in(agent_turn(c, i)['text'], dom['hold_thanks']) for s, ann, i in holds)
        expect('hold-etiquette', ok, 'ask-before/thank-after on every hold disagrees')
    expect('first-response', sil[0][0] <= SLA['firstResponseMs'], 'first agent word timing disagrees')
    expect('response-latency', latency_ok(c), 'latency over %d ms disagrees' % SLA['responseLatencyMs'])
    if voice:
        overl = [c['turns'][i - 1]['endMs'] - t['startMs'] for i, t in enumerate(c['turns']) if i and t['speaker'] == 'agent' and c['turns'][i - 1]['speaker'] == 'customer']
        expect('interruption', not any(o >= 800 for o in overl), 'overlap >= 0.8 s disagrees')
        long_turns = [t for t in agent if t['endMs'] - t['startMs'] >= 1500]
        rate = sum(spoken_chars(t['text']) for t in long_turns) / (sum(t['endMs'] - t['startMs'] for t in long_turns) / 60000)
        expect('speech-rate', 120 <= rate <= 300, 'rate %.0f/min disagrees' % rate)
    elif L['interruption'] != 'na' or L['speech-rate'] != 'na':
        probs.append('chat must have interruption and speech-rate na')
    return probs


def agent_turn(c, i):
    return c['turns'][i]


def latency_ok(c):
    """Every customer message answered within the SLA, measured from the first unanswered one; announced holds excepted."""
    waiting = None
    for t in c['turns']:
        if t['speaker'] == 'customer':
            waiting = t['endMs'] if waiting is None else waiting
        elif t['speaker'] == 'agent' and waiting is not None:
            if t['startMs'] - waiting > SLA['responseLatencyMs']:
                return False
            waiting = None
    return True


def main():
    contacts = [json.loads(x) for x in open(os.path.join(OUT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {x['contactId']: x for x in map(json.loads, open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8'))}
    scen = {sc['id']: (d, sc) for d in DOMAINS for sc in d['scenarios']}
    problems, counts = [], {k: Counter() for k in CHECKS}
    chans = Counter()
    for c in contacts:
        lab = labels[c['contactId']]
        assert set(lab['labels']) == set(CHECKS), c['contactId']
        for k, v in lab['labels'].items():
            counts[k][v] += 1
            if v == 'fail' and k not in lab['why']:
                problems.append('%s: fail %s has no why' % (c['contactId'], k))
        if lab['domain'] == 'special':
            if any(t['speaker'] == 'agent' for t in c['turns']):
                problems.append('%s: special contact has an agent turn' % c['contactId'])
            continue
        chans[c['channel']] += 1
        starts = [t['startMs'] for t in c['turns']]
        if starts != sorted(starts):
            problems.append('%s: turns out of order' % c['contactId'])
        d, sc = scen[c['scenarioId']]
        problems += ['%s: %s' % (c['contactId'], p) for p in check_contact(c, lab, d, sc)]
    for k in CHECKS:
        print('%-18s pass %3d  fail %3d  na %3d' % (k, counts[k]['pass'], counts[k]['fail'], counts[k]['na']))
    print('channels', dict(chans), 'total', len(contacts))
    for p in problems:
        print('PROBLEM', p)
    print('%d problems' % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
