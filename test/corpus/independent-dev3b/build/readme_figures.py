"""Refreshes the figures in ../README.md (label table, hard-negative count, speech-rate ranges, noise count)
from the generated files, so the README never drifts from the data.

    python3 test/corpus/independent-dev3b/build/readme_figures.py
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from generate import CHECKS, OUT  # noqa: E402

contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'))]
labels = [json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'))]
rows = ['| check | pass | fail | na |', '|---|---:|---:|---:|']
for k in CHECKS:
    c = collections.Counter(l['labels'][k] for l in labels)
    rows.append(f'| {k} | {c["pass"]} | {c["fail"]} | {c["na"]} |')
path = os.path.join(OUT, 'README.md')
s = open(path).read()
start, end = s.index('| check | pass'), s.index('\nHard negatives')
s = s[:start] + '\n'.join(rows) + '\n' + s[end:]
rates = sorted(int(re.search(r'(\d+) chars', l['why']['speech-rate']).group(1)) for l in labels if 'speech-rate' in l['why'])
fn, sl, fa = [x for x in rates if 200 < x < 300], [x for x in rates if x < 120], [x for x in rates if x > 300]
s = re.sub(r'fast-but-normal speech \d+–\d+ 字/分 \(fails: slow \d+–\d+, fast \d+–\d+\)',
           f'fast-but-normal speech {fn[0]}–{fn[-1]} 字/分 (fails: slow {sl[0]}–{sl[-1]}, fast {fa[0]}–{fa[-1]})', s)
hard = 0
for l, c in zip(labels, contacts):
    tricky = any(v == 'pass' and k in l['why'] for k, v in l['labels'].items())
    t = c['turns']
    for i in range(1, len(t)):
        g = t[i]['startMs'] - t[i - 1]['endMs']
        if t[i]['speaker'] == 'customer' and g >= (8000 if c['channel'] == 'voice' else 30000):
            tricky = True  # the customer's own pause
        if t[i]['speaker'] == 'agent' and t[i - 1]['speaker'] == 'customer' and -800 < g < 0:
            tricky = True  # a backchannel overlap under 800 ms
    hard += tricky
s = re.sub(r'Hard negatives \(\d+ contacts', f'Hard negatives ({hard} contacts', s)
hung = sum(1 for l in labels if l['labels']['closing'] == 'na') - sum(1 for c in contacts if not any(t['speaker'] == 'agent' for t in c['turns']))
s = re.sub(r'hung up right after the answer \(\d+ contacts', f'hung up right after the answer ({hung} contacts', s)
noisy = sum(1 for c in contacts if c['channel'] == 'voice' and c['turns'] and max(t.get('confidence', 1) for t in c['turns']) <= 0.93
            and any(t['speaker'] == 'agent' for t in c['turns']))
s = re.sub(r'- \d+ of the 75 voice contacts', f'- {noisy} of the 75 voice contacts', s)
open(path, 'w').write(s)
print(f'hard negatives in {hard} contacts; {hung} customer hang-ups; {noisy} noisy voice contacts')
