"""Debug aid: python3 build/show.py <contactId> prints the timeline and labels of one contact."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cid = sys.argv[1]
for l in open(os.path.join(ROOT, 'contacts.jsonl'), encoding='utf-8'):
    c = json.loads(l)
    if c['contactId'] == cid:
        j = next((e['atMs'] for e in c['events'] if e['type'] == 'agent-joined'), 0)
        print(c['channel'], 'joined', j, [(e['type'], e['atMs']) for e in c['events']])
        pe = j
        for t in c['turns']:
            print('%7d %+6d %-8s %s' % (t['startMs'], t['startMs'] - pe, t['speaker'], t['text']))
            pe = max(pe, t['endMs'])
for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8'):
    x = json.loads(l)
    if x['contactId'] == cid:
        print({k: v for k, v in x['labels'].items() if v != 'pass'})
        print(x['why'])
