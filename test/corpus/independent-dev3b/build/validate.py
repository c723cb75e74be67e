"""Self-check of the generated set: shapes, timings, label completeness, per-check counts.

    python3 test/corpus/independent-dev3b/build/validate.py
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from generate import CHECKS, OUT  # noqa: E402

contacts = [json.loads(l) for l in open(os.path.join(OUT, 'contacts.jsonl'))]
labels = [json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'))]
errors = []
ids = {c['contactId'] for c in contacts}
assert len(ids) == len(contacts), 'duplicate contactId'
assert ids == {l['contactId'] for l in labels}, 'labels and contacts differ'
for c in contacts:
    if not os.path.exists(os.path.join(OUT, 'scenarios', c['scenarioId'] + '.yaml')):
        errors.append(f'{c["contactId"]}: no scenario {c["scenarioId"]}')
    last = {}
    starts = [t['startMs'] for t in c['turns']]
    if starts != sorted(starts):
        errors.append(f'{c["contactId"]}: turns not in start order')
    for t in c['turns']:
        if t['endMs'] < t['startMs']:
            errors.append(f'{c["contactId"]}: endMs < startMs')
        if t['startMs'] < last.get(t['speaker'], 0):
            errors.append(f'{c["contactId"]}: {t["speaker"]} turns go back in time')
        last[t['speaker']] = t['startMs']
        if c['channel'] == 'webchat' and t['startMs'] != t['endMs']:
            errors.append(f'{c["contactId"]}: chat turn with duration')
    if 'durationMs' in c and c['turns'] and c['turns'][-1]['endMs'] > c['durationMs']:
        errors.append(f'{c["contactId"]}: turn after the end')
for l in labels:
    missing = set(CHECKS) - set(l['labels'])
    if missing:
        errors.append(f'{l["contactId"]}: missing {missing}')
    for k, v in l['labels'].items():
        if v not in ('pass', 'fail', 'na'):
            errors.append(f'{l["contactId"]}: bad label {k}={v}')
        if v == 'fail' and k not in l['why']:
            errors.append(f'{l["contactId"]}: fail without why: {k}')
counts = {k: collections.Counter(l['labels'][k] for l in labels) for k in CHECKS}
print(f'{len(contacts)} contacts; voice {sum(c["channel"] == "voice" for c in contacts)}, '
      f'chat {sum(c["channel"] == "webchat" for c in contacts)}; no durationMs: {sum("durationMs" not in c for c in contacts)}')
print('per domain:', dict(collections.Counter(l['domain'] for l in labels)))
print(f'{"check":18} pass fail   na')
for k in CHECKS:
    print(f'{k:18} {counts[k]["pass"]:4} {counts[k]["fail"]:4} {counts[k]["na"]:4}')
print('\n'.join(errors) or 'no errors')

# Wording cross-checks with our own marker lists (catch generator slips, not a scorer).
GREET = ['您好', '你好', '欢迎', '早上好', '下午好', 'Hi']
IDM = ['工号', '公号', '编号', '坐席号', '服务号', '号话务员', '号客服', '号专员', '号接线员', '话务员', '号坐席', '专员', '客服小', '我是', '我姓', '小孙在这儿']
CLOSE = ['再见', '在见', '拜拜', '再会', '祝', '感谢', '谢谢', '随时', '再打过来', '不打扰']
lab = {l['contactId']: l['labels'] for l in labels}
slips = []
for c in contacts:
    ag = [t['text'] for t in c['turns'] if t['speaker'] == 'agent']
    if not ag:
        continue
    L = lab[c['contactId']]
    if (L['greeting'] == 'pass') != any(g in ag[0].lstrip('那个嗯 ')[:6] for g in GREET):
        slips.append(f'{c["contactId"]} greeting {L["greeting"]}: {ag[0]}')
    if (L['agent-id'] == 'pass') != any(m in ''.join(ag[:2]).replace('订单编号', '') for m in IDM):
        slips.append(f'{c["contactId"]} agent-id {L["agent-id"]}: {ag[:2]}')
    if L['closing'] != 'na' and (L['closing'] == 'pass') != any(m in ''.join(ag[-2:]) for m in CLOSE):
        slips.append(f'{c["contactId"]} closing {L["closing"]}: {ag[-2:]}')
print('\n'.join(slips) or 'no wording slips')

# Content cross-checks against the scenario files' own facts and requiredInfo patterns.
import re  # noqa: E402
from phrases_material import FORBIDDEN  # noqa: E402
from scenarios_material import SCENARIOS  # noqa: E402

scn = {s['id']: s for s in SCENARIOS}
why = {l['contactId']: l['why'] for l in labels}
slips2 = []
for c in contacts:
    ag = [t['text'] for t in c['turns'] if t['speaker'] == 'agent']
    if not ag:
        continue
    L, s, txt = lab[c['contactId']], scn[c['scenarioId']], ''.join(ag)
    bare = re.sub(r'[，。？！、：\s]', '', txt).replace('以经', '已经')  # undo the ASR homophone
    has_forb = any(re.sub(r'[，。？！\s]', '', f.split('{')[0])[:6] in bare for f, _ in FORBIDDEN)
    if (L['forbidden-words'] == 'fail') != has_forb:
        slips2.append(f'{c["contactId"]} forbidden-words {L["forbidden-words"]}')
    has_survey = any(m in txt for m in ['评价', '打个分', '评一下', '打分'])
    if L['survey-offered'] != 'na' and (L['survey-offered'] == 'pass') != has_survey:
        slips2.append(f'{c["contactId"]} survey {L["survey-offered"]}')
    if L['required-info'] != 'na':
        asked = all(any(re.search(p, a) for a in ag for p in r['patterns']) for r in s['req'])
        if (L['required-info'] == 'pass') != asked:
            slips2.append(f'{c["contactId"]} required-info {L["required-info"]} but patterns say asked={asked}')
    for f in s['facts']:
        ok = any(v in txt for v in [f['expected']] + f['variants'])
        if L['fact-accuracy'] == 'pass' and not ok:
            slips2.append(f'{c["contactId"]} fact {f["key"]} pass but no accepted value')
    if L['no-misinformation'] == 'fail' and not any(w in txt for f in s['facts'] for w in f['wrong']):
        slips2.append(f'{c["contactId"]} misinformation fail but no wrong value')
    if L['no-misinformation'] == 'pass' and any(w in txt for f in s['facts'] for w in f['wrong']) \
            and 'negated' not in why[c['contactId']].get('no-misinformation', ''):
        slips2.append(f'{c["contactId"]} misinformation pass but a wrong value appears')
print('\n'.join(slips2) or 'no content slips')
sys.exit(1 if slips or errors or slips2 else 0)
