#!/usr/bin/env python3
"""Write <set>/labels-adjudicated.jsonl: the first labeller's labels with the errors a second labeller found corrected.

Only disagreements the second labeller classified as the FIRST labeller's error ("a") are taken from
labels-second.jsonl; their own errors ("b") and the definition's genuine ambiguities ("c") keep the first
label. The pairs come from <set>/adjudication.json: {"<contactId>|<check>": "why the first label is wrong"}.
`bench score-corpus` prints a set's figures against these labels too, as "<set>@adj", so a reader sees how
much of a check's gap is label error and how much is the scorer's.

Usage: python3 test/corpus/adjudicate.py independent-dev8a [more sets]   (standard library only)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def lines(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def adjudicate(set_name):
    d = os.path.join(HERE, set_name)
    first = lines(os.path.join(d, 'labels.jsonl'))
    second = {l['contactId']: l for l in lines(os.path.join(d, 'labels-second.jsonl'))}
    with open(os.path.join(d, 'adjudication.json'), encoding='utf-8') as f:
        pairs = json.load(f)
    by_id = {l['contactId']: l for l in first}
    for key, why in sorted(pairs.items()):
        cid, check = key.split('|')
        if cid not in by_id or cid not in second:
            sys.exit(f'{set_name}/adjudication.json: {key}: no such contact in both label files')
        new = second[cid]['labels'][check]
        if new == by_id[cid]['labels'][check]:
            sys.exit(f'{set_name}/adjudication.json: {key}: the two labellers agree, nothing to adjudicate')
        by_id[cid]['labels'][check] = new
        by_id[cid].setdefault('why', {})[check] = f'adjudicated ({by_id[cid]["labels"][check]}): {why}'
    with open(os.path.join(d, 'labels-adjudicated.jsonl'), 'w', encoding='utf-8') as f:
        for l in first:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(f'{set_name}: {len(pairs)} labels changed of {len(first)} contacts')


if __name__ == '__main__':
    for s in sys.argv[1:] or ['independent-dev8a', 'independent-dev8b', 'independent-dev9b', 'independent-dev10a', 'independent-dev11a', 'independent-dev13b', 'independent-dev14a', 'independent-dev14c', 'independent-dev16a', 'independent-dev16b', 'independent-dev16c', 'independent-dev17b', 'independent-dev17c', 'independent-dev18b']:
        adjudicate(s)
