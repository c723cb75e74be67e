#!/usr/bin/env python3
"""Self-check of the independent-dev12a set: every contact's text and silences carry what its labels say.
It re-reads contacts.jsonl / labels.jsonl / scenarios/ only (not gen.py's plan) and recomputes what can be
read off the text. Exit 1 and a list of problems on any mismatch. Run: python3 build/validate.py"""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from material_a import OPTICAL, ESTATE, PARK
from material_b import FLOWER, AUDIO, AIRPORT
import material_c  # noqa: F401  (adds the third batch to the scenarios)
from contact_builder import spoken_chars, curt, PUSHBACK

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAINS = {d['domain']: d for d in (OPTICAL, ESTATE, PARK, FLOWER, AUDIO, AIRPORT)}
SCEN = {sc['id']: sc for d in DOMAINS.values() for sc in d['scen']}
STRIP = re.compile(r'[\s，。？！、,?!：:；;～]')
GREET = re.compile(r'您好|你好|早上好|上午好|中午好|下午好|晚上好')
APOLOGY = re.compile(r'抱歉|对不起|对不住|歉|理解|揪心|不好意思|心疼|换谁|窝火|太扫兴|尴尬|糟心|受累|憋屈|赔个不是|疏忽|没给您交代|耽误')
HOLD_ASK = re.compile(r'稍等|稍候|我查一下|我看一下|别挂')
THANKED = re.compile(r'久等|耐心等|等我|等待')
REF = re.compile(r'[A-Z]{0,2}\d{11}')
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']


def s(x):
    return STRIP.sub('', x)


def has(texts, pool):
    """A pool line is present, as written or as a curt agent says it."""
    return any(s(line) in s(t) or s(curt(line)) in s(t) for t in texts for line in pool)


def check(c, lab, problems):
    L, cid = lab['labels'], c['contactId']
    bad = lambda msg: problems.append(f'{cid}: {msg}')
    if c['outcome'] != 'completed' or not any(t['speaker'] == 'agent' for t in c['turns']):
        if any(v != 'na' for v in L.values()):
            bad('special contact must be all na')
        return
    d, sc = DOMAINS[lab['domain']], SCEN[c['scenarioId']]
    voice = c['channel'] == 'voice'
    turns = [t for t in c['turns'] if t['speaker'] != 'ivr']
    agent = [t['text'] for t in turns if t['speaker'] == 'agent']
    ok = lambda check_, cond: (L[check_] == ('pass' if cond else 'fail')) or bad(f'{check_} labelled {L[check_]} but text says {"pass" if cond else "fail"}')
    ok('greeting', GREET.search(agent[0][:12]))
    ok('agent-id', has(agent[:2], d['ids']))
    fw = has(agent, d['rude'] + d['buck'] + [x['buck'] for x in d['scen']])
    ok('forbidden-words', not fw)
    curt = not any(re.search(r'您|(?<![申邀])请|谢|麻烦|抱歉|不好意思', t) for t in agent)
    ok('politeness', not has(agent, d['rude']) and not curt)
    if L['closing'] != 'na':
        ok('closing', has(agent[-2:], d['closings']))
    elif turns[-1]['speaker'] != 'customer':
        bad('closing na but the agent had the last word')
    if sc['ver']:
        ask = next((i for i, t in enumerate(agent) if has([t], d['ver_ask'])), None)
        disc = next((i for i, t in enumerate(agent) if 'DISC' in t or any(k in s(t) for k in ('调出来了', '能看到', '我看到了', '调出来', '找到了'))), None)
        if disc is None:
            bad('verification scenario without a disclosure')
        else:
            ok('verification', ask is not None and ask < disc)
    elif L['verification'] != 'na':
        bad('verification must be na')
    rq = re.compile(sc['req']['pattern'], re.I)
    ok('required-info', any(rq.search(s(t)) or rq.search(t) for t in agent))
    f = sc['fact']
    right = [f['expected']] + f['variants']
    stated = [t for t in agent if any(v in t for v in right + f['wrong'])]
    ok('no-misinformation', not any(w in t for t in agent for w in f['wrong']))
    ok('fact-accuracy', bool(stated) and any(v in stated[-1] for v in right) and not any(w in stated[-1] for w in f['wrong']))
    # a non-answer, or a rude line said instead of the answer (no value of the fact stated anywhere)
    nonans = has(agent, sc['nonans']) or (has(agent, d['rude']) and not stated)
    ok('resolution', not nonans)
    if sc['refq']:
        ok('record-reference', any(REF.search(t) for t in agent))
    if sc['survey']:
        ok('survey-offered', has(agent, d['survey']))
    # empathy: each complaint answered by an apology/acknowledgement in one of the agent's next two turns
    comps = [i for i, t in enumerate(turns) if t['speaker'] == 'customer' and has([t['text']], d['complaints'] + PUSHBACK[d['key']])]
    if comps:
        good = all(any(APOLOGY.search(t['text']) for t in [u for u in turns[i + 1:] if u['speaker'] == 'agent'][:2]) for i in comps)
        ok('empathy', good)
    elif L['empathy'] != 'na' and not sc['emp']:
        bad('empathy should be na')
    # timeline
    join = next(e['atMs'] for e in c['events'] if e['type'] == 'agent-joined')
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    last, prev, dead, holds, lat, pend, over = join, None, False, [], [], None, 0
    for t in turns:
        gap = t['startMs'] - last
        if t['startMs'] > t['endMs']:
            bad('turn ends before it starts')
        if prev is None or prev['speaker'] == 'customer':
            owner = 'agent'
        elif t['speaker'] == 'agent':
            owner = 'hold' if HOLD_ASK.search(prev['text']) else 'agent'
        else:
            owner = 'customer'
        dead |= owner == 'agent' and gap >= dead_thr
        if owner == 'agent' and gap >= hold_thr:
            holds.append(False)
        if owner == 'hold' and gap >= hold_thr:
            holds.append(bool(THANKED.search(t['text'][:8])))
        if t['speaker'] == 'agent':
            if pend is not None:
                lat.append(t['startMs'] - pend)
                pend = None
            if prev and prev['speaker'] == 'customer':
                over = max(over, prev['endMs'] - t['startMs'])
        elif pend is None:
            pend = t['endMs'] if voice else t['startMs']
        last, prev = max(last, t['endMs']), t
    ok('dead-air', not dead)
    if holds:
        ok('hold-etiquette', all(holds))
    elif L['hold-etiquette'] != 'na':
        bad('hold-etiquette should be na')
    ok('response-latency', all(x <= sc['sla'][1] for x in lat))
    first = next(t for t in turns if t['speaker'] == 'agent')['startMs'] - join
    ok('first-response', first <= sc['sla'][0])
    if voice:
        ok('interruption', over < 800)
        sp = [(spoken_chars(t['text']), t['endMs'] - t['startMs']) for t in turns if t['speaker'] == 'agent' and t['endMs'] - t['startMs'] >= 1500]
        cpm = sum(a for a, _ in sp) / (sum(b for _, b in sp) / 60000)
        ok('speech-rate', 120 <= cpm <= 300)
    elif L['interruption'] != 'na' or L['speech-rate'] != 'na':
        bad('chat: interruption and speech-rate are na')
    for k, v in L.items():
        if v == 'fail' and k not in lab['why']:
            bad(f'{k} fail without a why')


def main():
    contacts = [json.loads(l) for l in open(os.path.join(HERE, 'contacts.jsonl'), encoding='utf-8')]
    labels = {l['contactId']: l for l in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'))}
    problems = []
    for c in contacts:
        lab = labels.get(c['contactId'])
        if not lab or sorted(lab['labels']) != sorted(CHECKS):
            problems.append(f'{c["contactId"]}: missing labels')
            continue
        check(c, lab, problems)
    counts = collections.defaultdict(collections.Counter)
    for l in labels.values():
        for k, v in l['labels'].items():
            counts[k][v] += 1
    big = ['politeness', 'forbidden-words', 'agent-id', 'closing', 'verification', 'empathy', 'resolution',
           'response-latency', 'no-misinformation', 'record-reference', 'hold-etiquette', 'dead-air']
    for k in CHECKS:
        need = 25 if k in big else 15
        if counts[k]['pass'] < need or counts[k]['fail'] < need:
            problems.append(f'count: {k} has {dict(counts[k])}, needs {need} pass and fail')
    ch = collections.Counter(c['channel'] for c in contacts if c['outcome'] == 'completed' and c['turns'])
    if ch['voice'] < 72 or ch['webchat'] < 72:
        problems.append(f'channels: {dict(ch)}')
    print('\n'.join(problems) or 'ok')
    print(f'{len(problems)} problems, {len(contacts)} contacts')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
