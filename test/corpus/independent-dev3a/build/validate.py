"""Format checks on the generated set (run after gen.py): parses, ids, 19 labels, turn timing, channel mix."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from gen import CHECKS

ROOT = os.path.join(os.path.dirname(__file__), '..')
contacts = [json.loads(l) for l in open(os.path.join(ROOT, 'contacts.jsonl'))]
labels = [json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'))]
scen = {f[:-5] for f in os.listdir(os.path.join(ROOT, 'scenarios')) if f.endswith('.yaml')}
ids = [c['contactId'] for c in contacts]
assert len(set(ids)) == len(ids), 'duplicate contactId'
assert [l['contactId'] for l in labels] == ids, 'labels out of step with contacts'
for c in contacts:
    assert c['scenarioId'] in scen, c['scenarioId']
    assert c['channel'] in ('voice', 'webchat') and c['schemaVersion'] == 1
    last, last_end = {}, {}
    for t in c['turns']:
        assert t['endMs'] >= t['startMs'] >= 0, (c['contactId'], t)
        assert t['startMs'] >= last.get(t['speaker'], 0), (c['contactId'], 'speaker times go back', t)
        assert t['endMs'] >= last_end.get(t['speaker'], 0), (c['contactId'], 'speaker end times go back', t)
        last[t['speaker']] = t['startMs']
        last_end[t['speaker']] = t['endMs']
        if c['channel'] == 'webchat':
            assert t['startMs'] == t['endMs']
        if 'confidence' in t:
            assert 0 < t['confidence'] <= 1
    if 'durationMs' in c:
        assert all(t['endMs'] <= c['durationMs'] for t in c['turns'])
    if c['outcome'] != 'completed' or not any(t['speaker'] == 'agent' for t in c['turns']):
        lab = next(l for l in labels if l['contactId'] == c['contactId'])
        assert set(lab['labels'].values()) == {'na'}, c['contactId']
for l in labels:
    assert sorted(l['labels']) == sorted(CHECKS), l['contactId']
    assert all(v in ('pass', 'fail', 'na') for v in l['labels'].values())
    for k, v in l['labels'].items():
        assert v != 'fail' or k in l['why'], (l['contactId'], k, 'fail without why')
voice = sum(c['channel'] == 'voice' for c in contacts)
by_dom = {}
for l in labels:
    by_dom[l['domain']] = by_dom.get(l['domain'], 0) + 1
print(f'{len(contacts)} contacts ({voice} voice, {len(contacts) - voice} webchat), {len(scen)} scenarios, per domain {by_dom}')
print('no durationMs:', sum('durationMs' not in c for c in contacts), '| unknown event type:', sum(any(e['type'] == 'transfer' for e in c['events']) for c in contacts))
