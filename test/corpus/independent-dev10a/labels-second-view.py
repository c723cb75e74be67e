# Second labeller's reading aid: prints every contact compactly (turn index, speaker, times, gap before the turn,
# a flag on agent turns after a silence >= the dead-air / hold threshold, agent chars-per-minute). It computes only
# mechanical facts; every label in labels-second.jsonl is a human reading of the printed dialogue.
# Run from the repository root: python3 test/corpus/independent-dev10a/labels-second-view.py
import json,sys,glob,re
D='test/corpus/independent-dev10a/'
sc={}
for f in glob.glob(D+'scenarios/*.yaml'):
    t=open(f).read()
    i=re.search(r'^id: (.*)$',t,re.M).group(1)
    req=re.search(r'^requires: (.*)$',t,re.M)
    facts=re.findall(r'"label": "([^"]*)", "expected": "([^"]*)"',t)
    sc[i]=(req.group(1) if req else '{}', facts)
for line in open(D+'contacts.jsonl'):
    c=json.loads(line)
    voice=c['channel']=='voice'
    req,facts=sc[c['scenarioId']]
    ev=[(e['type'],e['atMs']) for e in c['events'] if e['type'] not in ('started','dialed','ringing','ended')]
    print(f"=== {c['contactId']} {c['channel']} {c['outcome']} req={req}")
    print('   facts:',' | '.join(f'{a}={b}' for a,b in facts))
    print('   ev:',' '.join(f"{t}@{m/1000:.1f}" for t,m in ev))
    joined=next((m for t,m in ev if t=='agent-joined'),None) or next((m for t,m in ev if t=='answered'),0)
    prev_end=joined; prev_sp='JOIN'
    thr=8 if voice else 30
    for i,t in enumerate(c['turns']):
        gap=(t['startMs']-prev_end)/1000
        flag=''
        if t['speaker']=='agent' and gap>=thr: flag=' <<SIL'
        if t['speaker']=='agent' and gap>= (15 if voice else 30): flag=' <<SIL-HOLDLEN'
        dur=(t['endMs']-t['startMs'])/1000
        rate=''
        if voice and t['speaker']=='agent' and dur>=1.5:
            n=len(re.sub(r'[\s，。？！、,.?!：:；;“”"…（）()]','',t['text']))
            rate=f" {n/dur*60:.0f}cpm"
        print(f"{i:2d} {t['speaker'][0].upper()} {t['startMs']/1000:6.1f}-{t['endMs']/1000:6.1f} gap{gap:5.1f}{flag}{rate}| {t['text']}")
        prev_end=max(prev_end,t['endMs']) if voice else t['endMs']; prev_sp=t['speaker']
    print()
