#!/usr/bin/env python3
"""Writes scenarios/*.yaml, contacts.jsonl and labels.jsonl of independent-dev9b from the
hand-written material in material_*.py. Deterministic: one RNG seeded with a fixed number
(not the set's name, so a rename moves nothing). Run: python3 build/gen.py"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import build, CHECKS  # noqa: E402
from labelling import derive  # noqa: E402
from scenarios import SCENARIOS, DOMAINS  # noqa: E402
import special  # noqa: E402
import importlib  # noqa: E402

SEED = 91173
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE_EPOCH = 1764720000000
MATERIAL = [importlib.import_module('material_' + d) for d in ('tx', 'my', 'el', 'saas', 'md', 'vs', 'extra')
            if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), f'material_{d}.py'))]


def yaml_scalar(v):
    return json.dumps(v, ensure_ascii=False)


def scenario_yaml(s):
    dom_name, org, phone = DOMAINS[s['dom']]
    lines = [f"id: {s['id']}", f"title: {yaml_scalar(s['title'])}",
             f"description: {yaml_scalar(f'独立语料 independent-dev9b，领域 {dom_name}，机构 {org}')}",
             'channel: [voice, webchat]', f'target: {{ phone: "{phone}" }}',
             f"persona: {{ name: {yaml_scalar(s['persona'])} }}", 'locale: zh-CN', 'steps: [ { end: true } ]', 'facts:']
    for f in s['facts']:
        lines.append('  - ' + json.dumps(f, ensure_ascii=False))
    lines.append('requiredInfo:')
    for r in s['info']:
        lines.append('  - ' + json.dumps({'key': r['key'], 'label': r['label'], 'patterns': r['patterns']}, ensure_ascii=False))
    lines.append('requires: ' + json.dumps(s['requires']))
    lines.append('sla: ' + json.dumps(s['sla']))
    lines.append(f"tags: [independent-dev9b, {dom_name}]")
    return '\n'.join(lines) + '\n'


def main():
    rng = random.Random(SEED)
    scen = {s['id']: dict(s, requiredInfo=s['info']) for s in SCENARIOS}
    os.makedirs(os.path.join(OUT, 'scenarios'), exist_ok=True)
    for s in SCENARIOS:
        with open(os.path.join(OUT, 'scenarios', s['id'] + '.yaml'), 'w', encoding='utf-8') as fh:
            fh.write(scenario_yaml(s))
    contacts, labels = [], []
    t0 = BASE_EPOCH
    for mod in MATERIAL:
        for c in mod.CONTACTS:
            s = scen[c['sc']]
            t0 += rng.randint(1800, 7200) * 1000
            inter, meta, joined = build(c, s, rng, t0)
            L, why = derive(c, s, inter, meta, joined)
            contacts.append(inter)
            labels.append({'contactId': c['id'], 'domain': DOMAINS[s['dom']][0], 'labels': L, 'why': why})
    for inter, dom in special.contacts(rng, t0):
        contacts.append(inter)
        labels.append({'contactId': inter['contactId'], 'domain': dom, 'labels': {k: 'na' for k in CHECKS},
                       'why': {'greeting': special.WHY[inter['contactId']]}})
    ids = [c['contactId'] for c in contacts]
    assert len(ids) == len(set(ids)), 'duplicate contactId'
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    write_counts(labels)
    print(f'{len(contacts)} contacts, {len(SCENARIOS)} scenarios')


def write_counts(labels):
    """Refresh the README's table of label counts (normal contacts) between its markers."""
    counts = {k: {'pass': 0, 'fail': 0, 'na': 0} for k in CHECKS}
    for l in labels:
        if not l['contactId'].startswith('sp-'):
            for k, v in l['labels'].items():
                counts[k][v] += 1
    table = '| check | pass | fail | na |\n|---|---:|---:|---:|\n' + '\n'.join(
        f"| {k} | {v['pass']} | {v['fail']} | {v['na']} |" for k, v in counts.items())
    path = os.path.join(OUT, 'README.md')
    if not os.path.exists(path):
        return
    text = open(path, encoding='utf-8').read()
    start, end = '<!-- counts: written by build/gen.py -->\n', '\n<!-- /counts -->'
    i, j = text.index(start) + len(start), text.index(end)
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(text[:i] + table + text[j:])


if __name__ == '__main__':
    main()
