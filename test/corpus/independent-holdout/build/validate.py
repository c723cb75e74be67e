"""Checks the generated files on their own (no generator state): every line parses, every scenarioId has
a YAML, every contact has all 19 labels with a `why` for each fail, turn times are sane, and the set
meets its brief (domains, channels, label counts). Exit code 1 on any problem.

    python3 test/corpus/independent-holdout/build/validate.py"""
import json
import os
import sys
from collections import Counter, defaultdict

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
SPEAKERS = {'agent', 'customer', 'ivr', 'bot', 'system'}
OUTCOMES = {'completed', 'no-answer', 'busy', 'failed', 'abandoned'}


def main():
    problems = []
    scen_dir = os.path.join(ROOT, 'scenarios')
    scenarios = {}
    for name in sorted(os.listdir(scen_dir)):
        doc = yaml.safe_load(open(os.path.join(scen_dir, name), encoding='utf-8'))
        if doc['id'] + '.yaml' != name:
            problems.append(f'{name}: id {doc["id"]} does not match the file name')
        scenarios[doc['id']] = doc
    contacts = [json.loads(line) for line in open(os.path.join(ROOT, 'contacts.jsonl'), encoding='utf-8')]
    labels = [json.loads(line) for line in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8')]
    by_id = {l['contactId']: l for l in labels}
    if len(by_id) != len(labels) or len({c['contactId'] for c in contacts}) != len(contacts):
        problems.append('duplicate contactId')
    for c in contacts:
        cid = c['contactId']
        sc = scenarios.get(c['scenarioId'])
        if sc is None:
            problems.append(f'{cid}: no scenario file for {c["scenarioId"]}')
            continue
        channels = sc['channel'] if isinstance(sc['channel'], list) else [sc['channel']]
        if c['channel'] not in channels:
            problems.append(f'{cid}: channel {c["channel"]} not among the scenario channels {channels}')
        if c['schemaVersion'] != 1 or c['outcome'] not in OUTCOMES:
            problems.append(f'{cid}: bad schemaVersion/outcome')
        last = defaultdict(lambda: -1)
        for t in c['turns']:
            if '{' in t['text'] or '}' in t['text']:
                problems.append(f'{cid}: unfilled placeholder in "{t["text"]}"')
            if t['speaker'] not in SPEAKERS or not t['text']:
                problems.append(f'{cid}: bad turn {t}')
            if t['endMs'] < t['startMs']:
                problems.append(f'{cid}: endMs < startMs in {t["text"]}')
            if c['channel'] == 'webchat' and t['endMs'] != t['startMs']:
                problems.append(f'{cid}: chat turn with a duration')
            if t['startMs'] < last[t['speaker']]:
                problems.append(f'{cid}: a {t["speaker"]} turn starts before its previous one ended')
            last[t['speaker']] = t['endMs']
            if 'confidence' in t and not 0 < t['confidence'] < 1:
                problems.append(f'{cid}: confidence out of (0,1)')
        if 'durationMs' in c and c['turns'] and max(t['endMs'] for t in c['turns']) > c['durationMs']:
            problems.append(f'{cid}: a turn ends after durationMs')
        l = by_id.get(cid)
        if l is None:
            problems.append(f'{cid}: no label line')
            continue
        if sorted(l['labels']) != sorted(CHECKS) or any(v not in ('pass', 'fail', 'na') for v in l['labels'].values()):
            problems.append(f'{cid}: labels incomplete or invalid')
        for check, v in l['labels'].items():
            if v == 'fail' and not l['why'].get(check):
                problems.append(f'{cid}: fail on {check} without why')
        no_agent = not any(t['speaker'] == 'agent' for t in c['turns'])
        if (c['outcome'] != 'completed' or no_agent) and any(v != 'na' for v in l['labels'].values()):
            problems.append(f'{cid}: a contact without an agent must be na everywhere')
        if c['channel'] == 'webchat' and (l['labels']['interruption'] != 'na' or l['labels']['speech-rate'] != 'na'):
            problems.append(f'{cid}: voice-only check labelled on a chat')
        req = sc.get('requires', {})
        for check, key in (('verification', 'verification'), ('record-reference', 'reference')):
            if not req.get(key) and l['labels'][check] != 'na':
                problems.append(f'{cid}: {check} labelled though the scenario does not require it')
        if req.get('survey') is False and l['labels']['survey-offered'] != 'na':
            problems.append(f'{cid}: survey labelled though requires.survey is false')
    if set(by_id) != {c['contactId'] for c in contacts}:
        problems.append('labels and contacts do not list the same contacts')

    counts = {k: Counter(l['labels'][k] for l in labels) for k in CHECKS}
    for k, n in counts.items():
        if n['pass'] < 15 or n['fail'] < 15:
            problems.append(f'{k}: only {n["pass"]} pass / {n["fail"]} fail')
    domains = Counter(l['domain'] for l in labels)
    if len(domains) != 6 or min(domains.values()) < 20:
        problems.append(f'domains: {dict(domains)}')
    per_domain_scen = Counter(s['tags'][1] for s in scenarios.values())
    if min(per_domain_scen.values()) < 3:
        problems.append(f'scenarios per domain: {dict(per_domain_scen)}')
    ch = Counter(c['channel'] for c in contacts)
    if min(ch.values()) < 0.35 * len(contacts):
        problems.append(f'channel mix: {dict(ch)}')
    no_duration = [c for c in contacts if 'durationMs' not in c]
    if not 3 <= len(no_duration) <= 7 or not all(any(e['type'] == 'transfer' for e in c['events']) for c in no_duration):
        problems.append('expected ~5 contacts without durationMs, each with a transfer event')
    print(f'{len(contacts)} contacts, {len(scenarios)} scenarios, channels {dict(ch)}, domains {dict(domains)}')
    for p in problems:
        print('PROBLEM', p)
    print('ok' if not problems else f'{len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
