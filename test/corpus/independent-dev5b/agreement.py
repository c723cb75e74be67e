"""Agreement between labels.jsonl (first labeller) and labels-second.jsonl on the 8 judgement checks.

Prints the per-check table of AGREEMENT.md; with any argument also lists every disagreement.
Run from this folder: python3 agreement.py [--list]
"""
import json,sys
checks=['greeting','agent-id','closing','forbidden-words','verification','politeness','empathy','resolution']
A={json.loads(l)['contactId']:json.loads(l) for l in open('labels.jsonl')}
B={json.loads(l)['contactId']:json.loads(l) for l in open('labels-second.jsonl')}
assert set(A)==set(B)
ids=list(B)
rows=[]
for ch in checks:
    n=len(ids); agree=sum(A[i]['labels'][ch]==B[i]['labels'][ch] for i in ids)
    cats=['pass','fail','na']
    pa={c:sum(A[i]['labels'][ch]==c for i in ids)/n for c in cats}
    pb={c:sum(B[i]['labels'][ch]==c for i in ids)/n for c in cats}
    po=agree/n; pe=sum(pa[c]*pb[c] for c in cats)
    kappa=(po-pe)/(1-pe) if pe<1 else 1.0
    tp=sum(A[i]['labels'][ch]=='fail' and B[i]['labels'][ch]=='fail' for i in ids)
    fp=sum(A[i]['labels'][ch]!='fail' and B[i]['labels'][ch]=='fail' for i in ids)
    fn=sum(A[i]['labels'][ch]=='fail' and B[i]['labels'][ch]!='fail' for i in ids)
    prec=tp/(tp+fp) if tp+fp else float('nan'); rec=tp/(tp+fn) if tp+fn else float('nan')
    nA=sum(A[i]['labels'][ch]=='fail' for i in ids); nB=sum(B[i]['labels'][ch]=='fail' for i in ids)
    rows.append((ch,agree,n,po,kappa,tp,fp,fn,prec,rec,nA,nB))
print('| check | agree | agreement % | Cohen κ | fails 1st / 2nd | TP | FP | FN | precision | recall |')
print('|---|---|---|---|---|---|---|---|---|---|')
for ch,agree,n,po,k,tp,fp,fn,p,r,nA,nB in rows:
    print(f'| {ch} | {agree}/{n} | {po*100:.1f} | {k:.3f} | {nA} / {nB} | {tp} | {fp} | {fn} | {p:.3f} | {r:.3f} |')
if len(sys.argv)>1:
    for ch in checks:
        for i in ids:
            a=A[i]['labels'][ch]; b=B[i]['labels'][ch]
            if a!=b:
                print(f"\n[{ch}] {i}: first={a} second={b}\n  1st why: {A[i].get('why',{}).get(ch,'')}\n  2nd why: {B[i]['why'].get(ch,'')}")
