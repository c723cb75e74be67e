"""Viewing aid the second labeller used (before reading labels.jsonl): prints contacts compactly.

Per contact: scenario facts and `requires`, the events, then each turn with its index, speaker,
start-end seconds and the gap since the previous turn (voice: since the end of the previous turn;
chat: since the previous message; the first gap is counted from agent-joined, or answered).
Gaps >= 8 s (voice) / 30 s (chat) are flagged, and voice gaps >= 15 s too. It computes only these
mechanical facts; every label in labels-second.jsonl was a reading of the dialogue.

Usage (from this folder): python3 second-labeller-view.py FROM TO   (0-based slice of contacts.jsonl)
"""
import json,sys,glob,re
from pathlib import Path
base=str(Path(__file__).resolve().parent)+'/'
scen={}
for f in glob.glob(base+'scenarios/*.yaml'):
    t=open(f,encoding='utf-8').read()
    sid=re.search(r'^id: (\S+)',t,re.M).group(1)
    facts=re.findall(r'key: ([\w-]+), label: "([^"]+)", expected: "([^"]+)"',t)
    req=re.search(r'^requires: (.*)$',t,re.M)
    sla=re.search(r'^sla: (.*)$',t,re.M)
    scen[sid]=(facts, req.group(1) if req else '{}', sla.group(1) if sla else '')
lines=open(base+'contacts.jsonl',encoding='utf-8').read().splitlines()
a,b=int(sys.argv[1]),int(sys.argv[2])
for n,l in enumerate(lines[a:b],start=a+1):
    c=json.loads(l)
    s=scen[c['scenarioId']]
    print(f"=== #{n} {c['contactId']} {c['scenarioId']} {c['channel']} {c['outcome']} dur={c.get('durationMs',0)/1000:.1f}")
    print('   facts:',' | '.join(f'{k}:{lab}={e}' for k,lab,e in s[0]),' req:',s[1])
    ev=[(e['type'],e['atMs']) for e in c['events'] if e['type'] not in ('started','dialed','page-loaded','ended')]
    print('   ev:',' '.join(f"{t}@{ms/1000:.1f}" for t,ms in ev))
    joined=next((e['atMs'] for e in c['events'] if e['type']=='agent-joined'),None)
    if joined is None: joined=next((e['atMs'] for e in c['events'] if e['type']=='answered'),0)
    prev=joined; prevsp='JOIN'
    thr=8 if c['channel']=='voice' else 30
    for i,t in enumerate(c['turns']):
        st=t['startMs']; gap=(st-prev)/1000
        flag='  <<<GAP' if gap>=thr else ''
        if gap>=15 and c['channel']=='voice': flag+='(>=15)'
        sp={'agent':'A','customer':'C'}.get(t['speaker'],t['speaker'])
        print(f"  {i:2d} {sp} {st/1000:6.1f}-{t['endMs']/1000:6.1f} gap{gap:+6.1f}{flag} {t['text']}")
        prev=max(prev,t['endMs']) if c['channel']=='voice' else t['startMs']
