# -*- coding: utf-8 -*-
"""Print the pass/fail/na table of labels.jsonl (used for README)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CHECKS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')]
print('| check | pass | fail | na |')
print('|---|---:|---:|---:|')
for k in CHECKS:
    n = {'pass': 0, 'fail': 0, 'na': 0}
    for r in rows:
        n[r['labels'][k]] += 1
    print('| %s | %d | %d | %d |' % (k, n['pass'], n['fail'], n['na']))
