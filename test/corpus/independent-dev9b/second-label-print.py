#!/usr/bin/env python3
# Prints every contact compactly (turn index, speaker, start second, gap since the previous turn ended)
# for the second labeller; flags gaps over the dead-air floor. Mechanical aid only: the labels are read, not computed.
# Run from the repo root: python3 test/corpus/independent-dev9b/second-label-print.py
import json,sys
# compact printer: turn index, speaker, start s, gap from previous end; flags gaps >= threshold
for line in open('test/corpus/independent-dev9b/contacts.jsonl'):
    c=json.loads(line)
    ch=c['channel']; thr=8 if ch=='voice' else 30
    ev={e['type']:e['atMs'] for e in c['events']}
    evs=' '.join(f"{e['type']}@{e['atMs']/1000:.1f}"+(f"{e.get('detail')}" if e.get('detail') else '') for e in c['events'] if e['type'] not in('started','dialed','ringing','page-loaded','ended'))
    print(f"### {c['contactId']} [{c['scenarioId']}] {ch} outcome={c['outcome']} | {evs}")
    prev=ev.get('agent-joined',ev.get('answered',0))
    for i,t in enumerate(c['turns']):
        gap=(t['startMs']-prev)/1000
        flag=' <<GAP' if gap>=thr else ''
        print(f"{i:2d} {'A' if t['speaker']=='agent' else 'C'} {t['startMs']/1000:6.1f} +{gap:5.1f}{flag} | {t['text']}")
        prev=max(prev,t['endMs'])
    print()
