"""Turns the second labeller's hand-written notes (notes-*.txt, one contact a line:
`id|9 letters p/f/n in CHECK order|check=why;...`) into ../labels-second.jsonl.
The notes were written contact by contact while reading show.py's output; this only reformats them."""
import json,glob
import os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')+'/'
CH=['agent-id','closing','forbidden-words','verification','hold-etiquette','politeness','dead-air','empathy','resolution']
M={'p':'pass','f':'fail','n':'na'}
rows={}
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'notes-*.txt'))):
    for line in open(f):
        line=line.rstrip('\n')
        if not line or line.startswith('#'): continue
        cid,lab,why=line.split('|',2)
        ls=lab.split(); assert len(ls)==9,(cid,ls)
        w={}
        for part in [p for p in why.split(';') if p]:
            k,v=part.split('=',1); w[k]=v
        if 'all' in w:
            v=w.pop('all'); w={c:v for c in CH}
        for k in w: assert k in CH,(cid,k)
        assert cid not in rows,cid
        rows[cid]={'contactId':cid,'labels':dict(zip(CH,[M[x] for x in ls])),'why':w}
ids=[json.loads(l)['contactId'] for l in open(D+'contacts.jsonl')]
missing=[i for i in ids if i not in rows]; extra=[i for i in rows if i not in ids]
print('labelled',len(rows),'missing',missing,'extra',extra)
# every fail needs a why
for r in rows.values():
    for c,v in r['labels'].items():
        if v=='fail' and c not in r['why']: print('fail without why',r['contactId'],c)
with open(D+'labels-second.jsonl','w') as o:
    for i in ids: o.write(json.dumps(rows[i],ensure_ascii=False)+'\n')
