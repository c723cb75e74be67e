import json,sys
cs={json.loads(l)['contactId']:json.loads(l) for l in open('../contacts.jsonl')}
ls={json.loads(l)['contactId']:json.loads(l) for l in open('../labels.jsonl')}
for cid in sys.argv[1:]:
    c=cs[cid]; print('=====',cid,c['channel'],c['scenarioId'],c.get('durationMs'))
    print(' ev:',[(e['type'],e['atMs']) for e in c['events']])
    for t in c['turns']: print('  %-8s %7d %7d %s'%(t['speaker'],t['startMs'],t['endMs'],t['text']))
    print(' fails:',ls[cid]['why'])
