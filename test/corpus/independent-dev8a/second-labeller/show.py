"""Prints contacts compactly for reading: turn index, speaker, start-end seconds, gap since the
previous turn, text; plus the scenario's requires/facts and the timing events.
Usage: python3 show.py FROM TO   (contact indices in contacts.jsonl)."""
import json,sys,re,glob
import os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')+'/'
sc={}
for f in glob.glob(D+'scenarios/*.yaml'):
    t=open(f).read(); i=re.search(r'^id: (.*)$',t,re.M).group(1)
    req=re.search(r'^requires:(.*)$',t,re.M); facts=re.findall(r'key: (\S+), label: "([^"]*)", expected: "([^"]*)"',t)
    sc[i]=(req.group(1) if req else '', facts)
cs=[json.loads(l) for l in open(D+'contacts.jsonl')]
a,b=int(sys.argv[1]),int(sys.argv[2])
for n,c in enumerate(cs[a:b],a):
    r,f=sc.get(c['scenarioId'],('?',[]))
    ev=[(e['type'],round(e['atMs']/1000,1),e.get('detail','')) for e in c['events'] if e['type'] not in('started','dialed','ringing','ended')]
    print(f"\n=== #{n} {c['contactId']} {c['channel']} {c['outcome']} | req{r} | facts {[x[1]+'='+x[2] for x in f]}")
    print('  ev',ev)
    prev=None
    for k,t in enumerate(c['turns']):
        if t['speaker']=='ivr': continue
        gap='' if prev is None else round((t['startMs']-prev)/1000,1)
        print(f"  {k:2d} {t['speaker'][:4]} {t['startMs']/1000:6.1f}-{t['endMs']/1000:6.1f} g{gap} | {t['text']}")
        prev=t['endMs']
