"""Self-check of set independent-dev6b: every label must be carried by the text and the timeline.

Independent of the generator's label logic: re-derives each label from the written contact with simple
regexes over MY OWN wording (material_*.py) and the brief's thresholds, and reports every mismatch.
Exit code 1 on any mismatch or format error.
"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from material_domains import SCENARIOS
from material_domains2 import SCENARIOS2
from material_beats import FORBID_MILD, FORBID_RUDE, NONANSWER, PEEK, CUST_WAIT, PUSHBACK_PROTEST, REPEAT_KEYS, PROTEST_KEYS
from compose import OTHER_VALUE, HOMOPHONES
from labels import CHECKS

ROOT = os.path.join(os.path.dirname(__file__), '..')
SC = {s['id']: s for s in SCENARIOS + SCENARIOS2}
NORM = re.compile(r'[\s，。？！、~—；：,.?!…]')


def norm(t):
    for a, b in HOMOPHONES:
        t = t.replace(b, a)
    return NORM.sub('', t)


def you(t):
    """The curt register swaps 您 for 你; phrase look-ups ignore the difference."""
    return t.replace('您', '你')


GREETING = re.compile(r'^(喂)?(您好|你好|上午好|下午好|晚上好|哎您好)')
STAFF = re.compile(r'(工号|编号)(是)?[A-Z]{0,2}[0-9幺零一二两三四五六七八九]{2,}|我是(客服专员|话务员|在线客服|售后顾问)[\u4e00-\u9fff]{2}|我是[0-9幺零一二两三四五六七八九]{2,}号(话务员|客服)|客服专员[\u4e00-\u9fff]{3}很高兴')
CLOSING = re.compile(r'感谢|谢谢|祝|再见|拜拜')
WAIT_ASK = re.compile(r'稍等|稍候|等一下|等一会|等下|等会|等着')
WAIT_THANKS = re.compile(r'(感谢|谢谢).{0,4}(等|耐心)|久等')
VERIFY_ASK = re.compile(r'姓名|身份证|手机(号)?后四位|手机尾号|验证码|出生日期')
EMPATHY = re.compile(r'抱歉|不好意思|理解您|道歉|过意不去|理解你|心情我明白|对不住')
REF = re.compile(r'(编号|单号)(是)?([A-Z]{2}\d{6,}|[零幺一二三四五六七八九]{6,})')
SURVEY = re.compile(r'评价|打个分|打分|满意度')


def check_contact(c, lab):
    errs = []
    L = lab['labels']
    if c['outcome'] != 'completed' or not any(t['speaker'] == 'agent' for t in c['turns']):
        return [] if all(L[k] == 'na' for k in CHECKS) else ['special contact must be all na']
    sc = SC[c['scenarioId']]
    voice = c['channel'] == 'voice'
    turns = c['turns']
    ag = [(i, t) for i, t in enumerate(turns) if t['speaker'] == 'agent']
    atext = [norm(t['text']) for _, t in ag]
    alltext = ''.join(atext)
    joined = next(e['atMs'] for e in c['events'] if e['type'] == 'agent-joined')
    dead_min, hold_min = (8000, 15000) if voice else (30000, 30000)
    first_sla, lat_sla = sc['sla']
    def expect(check, ok_pass, value=None):
        want = value if value else ('pass' if ok_pass else 'fail')
        if L[check] != want:
            errs.append(f'{check}: label {L[check]} but text says {want}')
    # structure
    for a, b in zip(turns, turns[1:]):
        if b['startMs'] < a['startMs']:
            errs.append('turns out of order')
    for t in turns:
        if voice and not (0.6 <= t.get('confidence', 0) <= 0.98):
            errs.append('confidence out of range')
        if not voice and t['startMs'] != t['endMs']:
            errs.append('chat turn not an instant')
    expect('greeting', GREETING.search(atext[0]) is not None)
    expect('agent-id', any(STAFF.search(x) for x in atext[:2]))
    if L['closing'] != 'na':
        expect('closing', any(CLOSING.search(x) for x in atext[-2:]))
    elif turns[-1]['speaker'] != 'customer':
        errs.append('closing na but the agent spoke last')
    forb = [f for f in FORBID_MILD + FORBID_RUDE if you(norm(f)) in you(alltext)]
    expect('forbidden-words', not forb and not any(norm(x) in alltext for x in NONANSWER))
    if sc['requires']['verification']:
        first_v = next((k for k, x in enumerate(atext) if VERIFY_ASK.search(x)), None)
        peeks = [you(norm(p)) for p in PEEK[sc['domain']]]
        first_peek = next((k for k, x in enumerate(atext) if any(p in you(x) for p in peeks)), None)
        ok = first_v is not None and (first_peek is None or first_peek > first_v) and not (first_peek == first_v and not x.startswith(''))
        if first_peek is not None and first_v is not None and first_peek == first_v:
            ok = False  # disclosure and the ask in one turn: the disclosure comes first
        expect('verification', ok)
    else:
        expect('verification', None, 'na')
    # timing
    holds, dead, late = [], [], []
    prev_end = joined
    pending = None
    last_agent_text = ''
    for i, t in enumerate(turns):
        if t['startMs'] < joined:
            continue
        if t['speaker'] == 'agent':
            gap = t['startMs'] - prev_end
            announced = bool(WAIT_ASK.search(norm(last_agent_text))) and i > 0 and (turns[i - 1]['speaker'] == 'agent' or WAIT_ASK.search(norm(last_agent_text)))
            if gap >= hold_min:
                holds.append((announced, bool(WAIT_THANKS.search(norm(t['text'])))))
            if gap >= dead_min and not announced:
                dead.append(gap)
            if not announced and pending is not None:
                lat = (t['startMs'] - pending) if not voice else gap
                if lat > lat_sla:
                    late.append(lat)
            pending = None
            last_agent_text = t['text']
        else:
            if pending is None:
                pending = t['startMs'] if not voice else t['endMs']
            last_agent_text = '' if not WAIT_ASK.search(norm(last_agent_text)) else last_agent_text
        prev_end = max(prev_end, t['endMs']) if voice else t['startMs']
    expect('hold-etiquette', all(a and th for a, th in holds), None if holds else 'na')
    expect('dead-air', not dead)
    expect('response-latency', not late)
    expect('first-response', ag[0][1]['startMs'] - joined <= first_sla)
    if voice:
        inter = [t for k, t in enumerate(turns) if k and t['speaker'] == 'agent' and turns[k - 1]['speaker'] == 'customer' and t['startMs'] <= turns[k - 1]['endMs'] - 800]
        expect('interruption', not inter)
        rated = [t for _, t in ag if t['endMs'] - t['startMs'] >= 1500]
        chars = sum(len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', t['text'])) for t in rated)
        mins = sum(t['endMs'] - t['startMs'] for t in rated) / 60000
        expect('speech-rate', 120 <= chars / mins <= 300)
    else:
        expect('interruption', None, 'na'); expect('speech-rate', None, 'na')
    comp = [norm(x) for x in sc['complaint'] + PUSHBACK_PROTEST]
    cis = [k for k, t in enumerate(turns) if t['speaker'] == 'customer' and any(x in norm(t['text']) for x in comp)]
    if not cis:
        expect('empathy', None, 'na')
    else:  # every complaint needs an apology/acknowledgement in one of the next two agent turns
        expect('empathy', all(any(EMPATHY.search(norm(t['text'])) for t in [t for t in turns[ci + 1:] if t['speaker'] == 'agent'][:2]) for ci in cis))
    f = sc['fact']
    good = [norm(v) for v in [f['expected']] + f['variants']]
    bad = [norm(v) for v in f['wrong']]
    other = norm(OTHER_VALUE[sc['id']])
    masked = alltext
    for g in sorted(good, key=len, reverse=True):
        masked = masked.replace(g, '■' * len(g))
    pos = []
    for v in bad + [other]:
        pos += [(m.start(), 'bad') for m in re.finditer(re.escape(v), masked)]
    for g in good:
        pos += [(m.start(), 'good') for m in re.finditer(re.escape(g), alltext)]
    stated = bool(pos)
    expect('fact-accuracy', stated and max(pos)[1] == 'good')
    expect('no-misinformation', not any(re.search(re.escape(v), masked) for v in bad))
    nonans = any(norm(x) in alltext for x in NONANSWER)
    replace_forbid = [x for x in forb if not any(k in x for k in REPEAT_KEYS + PROTEST_KEYS)]
    expect('resolution', stated and not nonans and not replace_forbid)
    if sc['requires']['reference']:
        expect('record-reference', REF.search(alltext) is not None)
    else:
        expect('record-reference', None, 'na')
    if sc['requires']['survey']:
        expect('survey-offered', SURVEY.search(alltext) is not None)
    else:
        expect('survey-offered', None, 'na')
    expect('required-info', re.search(sc['req']['pattern'], alltext, re.I) is not None)
    if L['politeness'] == 'fail':
        if '您' in alltext and not any(f in FORBID_RUDE for f in forb):
            errs.append('politeness fail but 您 used and no rude line')
    elif '您' not in alltext:
        errs.append('politeness pass but never 您')
    for k, v in L.items():
        if v == 'fail' and k not in lab['why']:
            errs.append(f'{k}: fail without why')
    return errs


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, 'contacts.jsonl'))]
    labels = {l['contactId']: l for l in (json.loads(x) for x in open(os.path.join(ROOT, 'labels.jsonl')))}
    bad = 0
    counts = {k: {'pass': 0, 'fail': 0, 'na': 0} for k in CHECKS}
    for c in contacts:
        lab = labels[c['contactId']]
        for k in CHECKS:
            counts[k][lab['labels'][k]] += 1
        errs = check_contact(c, lab)
        if errs:
            bad += 1
            print(c['contactId'], '; '.join(errs))
    v = sum(c['channel'] == 'voice' for c in contacts)
    print(f'{len(contacts)} contacts ({v} voice, {len(contacts) - v} chat); {bad} with mismatches')
    for k in CHECKS:
        print(f"  {k:18s} pass {counts[k]['pass']:3d}  fail {counts[k]['fail']:3d}  na {counts[k]['na']:3d}")
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
