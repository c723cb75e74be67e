#!/usr/bin/env python3
"""Print contacts readably: python3 show.py h6c-hwy-01-c [...]"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
want = set(sys.argv[1:])
labs = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(HERE, '..', 'labels.jsonl'), encoding='utf-8')}
for line in open(os.path.join(HERE, '..', 'contacts.jsonl'), encoding='utf-8'):
    c = json.loads(line)
    if want and c['contactId'] not in want:
        continue
    print('==', c['contactId'], c['scenarioId'], c['channel'], c.get('durationMs'))
    print('   events:', ' '.join(f"{e['type']}@{e['atMs']}" for e in c['events']))
    for t in c['turns']:
        print(f"  {t['startMs']:>7}-{t['endMs']:>7} {t['speaker']:8} {t['text']}")
    lb = labs[c['contactId']]
    print('   labels:', {k: v for k, v in lb['labels'].items() if v != 'pass'})
