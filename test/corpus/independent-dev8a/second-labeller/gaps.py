"""Mechanical cross-check run once after labelling and before the first commit: lists silences
before agent turns so a missed long gap would show. It changed no label. Note it measures chat
silences from the first unanswered message, the reading AGREEMENT.md classifies as the second
labeller's error for dead-air."""
# mechanical aid only: list silences before agent turns (voice >=8 s, chat >=30 s from the first unanswered customer message)
import json
import os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')+'/'
lab={json.loads(l)['contactId']:json.loads(l)['labels'] for l in open(D+'labels-second.jsonl')}
for l in open(D+'contacts.jsonl'):
    c=json.loads(l); v=c['channel']=='voice'; th=8000 if v else 30000
    join=next((e['atMs'] for e in c['events'] if e['type']=='agent-joined'),None)
    if join is None and v: join=next((e['atMs'] for e in c['events'] if e['type']=='answered'),None)
    ts=[t for t in c['turns'] if t['speaker'] in('agent','customer')]
    out=[]
    if ts and join is not None:
        fa=next((t for t in ts if t['speaker']=='agent'),None)
        if fa and fa['startMs']-join>=th: out.append(f"first {round((fa['startMs']-join)/1000,1)}")
    pend=None; last_agent=''
    for i,t in enumerate(ts):
        if t['speaker']=='customer':
            if pend is None: pend=(t['endMs'] if v else t['startMs'])
        else:
            if pend is not None:
                g=t['startMs']-pend
                if g>=th: out.append(f"{round(g/1000,1)}s after-ask={any(k in last_agent for k in ['稍','等','查','核实','别挂','调取','问下'])}")
            pend=None; last_agent=t['text']
    if out: print(c['contactId'],lab[c['contactId']]['dead-air'],lab[c['contactId']]['hold-etiquette'],out)
