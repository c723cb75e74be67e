"""Self-check of set independent-dev8a: every contact's text and timeline must carry what its labels
say. It re-reads contacts.jsonl / labels.jsonl and measures them with its own rules (phrase
presence, silences, overlaps, speaking rate), independent of how gen.py decided the labels.
Exit status 1 and a list of disagreements when anything is off.
"""
import json
import os
import re
import sys

import pools as P
import compose as K
import dom_rail, dom_appliance, dom_tax, dom_ev, dom_transit, dom_phone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOMAINS = [m.DOMAIN for m in (dom_rail, dom_appliance, dom_tax, dom_ev, dom_transit, dom_phone)]
SC = {s['sid']: (d, s) for d in DOMAINS for s in d['scenarios']}
CN = str.maketrans('零幺一二三四五六七八九', '01123456789')
HOMO = [('以经', '已经'), ('一夏', '一下'), ('时后', '时候'), ('县在', '现在'), ('再', '在'), ('得', '的'), ('拿', '那'), ('帐', '账')]
FILLER_RE = re.compile(r'^(嗯嗯|嗯|呃|那个|就是|啊|这个)')


def norm(t):
    return re.sub(r'[\s，。、！？；：,.!?“”"\'…～~⟨⟩]', '', t)


def fuzzy(t):
    t = norm(t).translate(CN).replace('哈', '').replace('您', '你')
    for a, b in HOMO:
        t = t.replace(a, b)
    return t


def has(text, phrase, whole=False):
    """phrase (or its curt rewording) is in text, after punctuation, ASR homophones and spoken digits are evened out."""
    n = FILLER_RE.sub('', fuzzy(text))
    for cand in {phrase, K.curtify(phrase)}:
        p = fuzzy(cand)
        p = FILLER_RE.sub('', p)
        if p and (n.endswith(p) if whole else p in n):
            return True
    return False


def any_in(turns, pool):
    return [t for t in turns if any(has(t['text'], x) for x in pool)]


GREET = re.compile(r'您好|你好|早上好|下午好|晚上好|中午好|欢迎')
CLOSE = re.compile(r'感谢|谢谢|多谢|再见|拜拜|回见|祝|不打扰')
HOLD_ASK = re.compile(r'稍等|稍候|别挂|等我一下|耽误(您|你)一会|需要调取')
THANKS = re.compile(r'感谢|谢谢|多谢|久等')
EMPATHY = re.compile(r'抱歉|对不起|对不住|不好意思|歉意|致歉|道个歉|理解|体会|辛苦|委屈|闹心|上火|难受|在理|心情|生气')


def check(inter, lab):
    errs = []
    L = lab['labels']
    if inter.get('outcome') != 'completed' or not any(t['speaker'] == 'agent' for t in inter['turns']):
        if any(v != 'na' for v in L.values()):
            errs.append('special contact must be all na')
        return errs
    dom, sc = SC[inter['scenarioId']]
    voice = inter['channel'] == 'voice'
    turns = inter['turns']
    agent = [t for t in turns if t['speaker'] == 'agent']
    ag_idx = [i for i, t in enumerate(turns) if t['speaker'] == 'agent']
    exp = lambda check, ok: errs.append('%s: label %s but text says %s' % (check, L[check], 'pass' if ok else 'fail')) if (L[check] == 'pass') != ok and L[check] != 'na' else None
    fmt = lambda x: x.replace('{org}', dom['org']).replace('{hotline}', dom['hotline'])
    # greeting / agent-id
    exp('greeting', bool(GREET.search(agent[0]['text'][:12])))
    id_pool = P.ID_PASS + ['⟨2035⟩号话务员', '客服专员小韩', '工号⟨7190⟩的坐席', '服务顾问程曦', '编号⟨Z12⟩客服代表']
    exp('agent-id', bool(any_in(agent[:2], id_pool)))
    # closing
    if L['closing'] == 'na':
        if turns[-1]['speaker'] != 'customer':
            errs.append('closing na but the agent spoke last')
    else:
        exp('closing', any(CLOSE.search(norm(t['text'])) for t in agent[-2:]))
    # forbidden words & politeness
    bad = [x for _, x, _ in P.FORBID_MILD + P.FORBID_RUDE] + [x for x, _ in dom['buckpass']]
    exp('forbidden-words', not any_in(agent, bad))
    rude = [x for _, x, _ in P.FORBID_RUDE]
    curt = not any('您' in t['text'] or '亲' in t['text'] for t in agent)
    exp('politeness', not any_in(agent, rude) and not curt)
    # verification
    if sc['req'].get('verification'):
        first_v = next((i for i, t in enumerate(agent) if any(has(t['text'], v) for v in dom['verify_ask'])), None)
        first_d = next((i for i, t in enumerate(agent) if any(has(t['text'], v) for v in sc['disclose'])), None)
        exp('verification', first_v is not None and (first_d is None or first_v < first_d))
    elif L['verification'] != 'na':
        errs.append('verification must be na')
    # silences
    joined = next(e['atMs'] for e in inter['events'] if e['type'] == 'agent-joined')
    body = [t for t in turns if t['startMs'] >= joined - 1]
    dead_lim, hold_lim = (8000, 15000) if voice else (30000, 30000)
    holds, dead = [], False
    prev_end, prev = joined, None
    for t in body:
        gap = t['startMs'] - prev_end
        if t['speaker'] == 'agent' and gap >= min(dead_lim, hold_lim):
            last_agent = next((x for x in reversed(body[:body.index(t)]) if x['speaker'] == 'agent'), None)
            announced = last_agent is not None and HOLD_ASK.search(norm(last_agent['text'])) and prev is not None and prev['speaker'] != 'agent' or (
                prev is not None and prev['speaker'] == 'agent' and HOLD_ASK.search(norm(prev['text'])))
            if prev is not None and prev['speaker'] == 'customer' and last_agent is not None and not HOLD_ASK.search(norm(last_agent['text'])):
                announced = False
            if gap >= hold_lim and prev is not None:
                holds.append((bool(announced), bool(THANKS.search(norm(t['text'])[:14]))))
            if gap >= dead_lim and not announced:
                dead = True
        prev_end = max(prev_end, t['endMs'])
        prev = t
    if L['hold-etiquette'] == 'na':
        if holds:
            errs.append('hold-etiquette na but a hold exists')
    else:
        if not holds:
            errs.append('hold-etiquette labelled but no hold')
        exp('hold-etiquette', all(a and th for a, th in holds))
    exp('dead-air', not dead)
    sla = sc['sla']
    exp('first-response', agent[0]['startMs'] - joined <= sla['firstResponseMs'])
    late = False
    i = 0
    while i < len(body):
        if body[i]['speaker'] == 'customer':
            j = i
            while j < len(body) and body[j]['speaker'] == 'customer':
                j += 1
            if j < len(body):
                start = body[i]['endMs'] if voice else body[i]['startMs']
                if not voice or True:
                    start = body[i]['endMs'] if voice else body[i]['startMs']
                if voice:
                    start = body[j - 1]['endMs']
                lat = body[j]['startMs'] - start
                prev_agent = next((x for x in reversed(body[:i]) if x['speaker'] == 'agent'), None)
                announced = prev_agent is not None and HOLD_ASK.search(norm(prev_agent['text']))
                pause_turn = any(has(body[k]['text'], x) for k in range(i, j) for x in P.CUST_PAUSE)
                if lat > sla['responseLatencyMs'] and not announced and not pause_turn:
                    late = True
            i = j
        else:
            i += 1
    exp('response-latency', not late)
    if voice:
        inter_bad = any(turns[k]['speaker'] == 'agent' and turns[k - 1]['speaker'] == 'customer' and turns[k]['startMs'] <= turns[k - 1]['endMs'] - 800
                        for k in range(1, len(turns)))
        exp('interruption', not inter_bad)
        long_turns = [t for t in agent if t['endMs'] - t['startMs'] >= 1500]
        chars = sum(len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', t['text'])) for t in long_turns)
        mins = sum(t['endMs'] - t['startMs'] for t in long_turns) / 60000
        exp('speech-rate', 120 <= chars / mins <= 300)
    elif L['interruption'] != 'na' or L['speech-rate'] != 'na':
        errs.append('chat must have interruption/speech-rate na')
    # empathy
    complaints = [k for k, t in enumerate(turns) if t['speaker'] == 'customer' and any(has(t['text'], c) for c in dom['complaints'] + sc['complaints'] + K.COMPLAINT2 + P.COMPLAINING_LEADS)]
    if not complaints:
        if L['empathy'] != 'na':
            errs.append('empathy labelled but no complaint in the text')
    else:
        ok = all(any(EMPATHY.search(norm(turns[a]['text'])) for a in [x for x in ag_idx if x > k][:2]) for k in complaints)
        exp('empathy', ok)
    # resolution / facts
    non = [f[2] for f in sc['follow']] + sc['none']
    exp('resolution', not any(has(t['text'], x, whole=True) for t in agent for x in non))
    f = sc['fact']
    good = [f['expected']] + f['variants']
    excused = [sc['cust_wrong'][1]]
    mentions = []
    for t in agent:
        n = norm(t['text'])
        g = any(norm(x) in n for x in good)
        w = any(norm(x) in n for x in f['wrong'])
        negl = any(has(t['text'], x) for x in sc['negate'])
        if negl:
            mentions.append('neg')
        elif g:
            mentions.append('good' if not w or any(has(t['text'], x) for x in sc['correct'] + excused) or not any(has(t['text'], x) for x in sc['wrong']) else 'wrong')
        elif w:
            mentions.append('wrong')
    exp('fact-accuracy', bool(mentions) and mentions[-1] == 'good')
    misinfo = any(any(has(t['text'], x) for x in sc['wrong'] + sc['negate']) for t in agent)
    exp('no-misinformation', not misinfo)
    if not misinfo:
        for t in agent:
            if any(norm(x) in norm(t['text']) for x in f['wrong']) and not any(has(t['text'], x) for x in excused):
                if not any(norm(x) in norm(t['text']) for x in good):
                    errs.append('no-misinformation: unexpected wrong value in %r' % t['text'])
    if sc['req'].get('reference'):
        refre = re.compile(re.escape(dom['ref_word']) + r'[是为：:]?' + dom['ref_prefix'] + r'[0-9]{6,}')
        exp('record-reference', any(refre.search(norm(t['text']).translate(CN)) for t in agent))
    elif L['record-reference'] != 'na':
        errs.append('record-reference must be na')
    if sc['req'].get('survey'):
        exp('survey-offered', bool(any_in(agent, P.SURVEY + K.CURT_SURVEY)))
    elif L['survey-offered'] != 'na':
        errs.append('survey-offered must be na')
    pats = [re.compile(p, re.I) for p in sc['ri']['patterns']]
    exp('required-info', any(p.search(norm(t['text'])) for t in agent for p in pats))
    # a fail needs a reason
    for k, v in L.items():
        if v == 'fail' and not lab['why'].get(k):
            errs.append('%s fail without why' % k)
    return errs


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, 'contacts.jsonl'), encoding='utf-8') if l.strip()]
    labels = {l['contactId']: l for l in (json.loads(x) for x in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8') if x.strip())}
    bad = 0
    counts = {}
    for c in contacts:
        lab = labels[c['contactId']]
        for k, v in lab['labels'].items():
            counts.setdefault(k, {'pass': 0, 'fail': 0, 'na': 0})[v] += 1
        ts = [t['startMs'] for t in c['turns']]
        if ts != sorted(ts):
            print(c['contactId'], 'turns out of order')
            bad += 1
        for e in check(c, lab):
            print(c['contactId'], e)
            bad += 1
        for sid in [c['scenarioId']]:
            if not os.path.exists(os.path.join(ROOT, 'scenarios', sid + '.yaml')):
                print(c['contactId'], 'missing scenario', sid)
                bad += 1
    voice = sum(c['channel'] == 'voice' and c['outcome'] == 'completed' and any(t['speaker'] == 'agent' for t in c['turns']) for c in contacts)
    chat = sum(c['channel'] == 'webchat' and c['outcome'] == 'completed' and any(t['speaker'] == 'agent' for t in c['turns']) for c in contacts)
    print('%d contacts, normal voice %d, normal chat %d' % (len(contacts), voice, chat))
    print('%-18s %5s %5s %5s' % ('check', 'pass', 'fail', 'na'))
    for k, v in counts.items():
        print('%-18s %5d %5d %5d' % (k, v['pass'], v['fail'], v['na']))
    main12 = ['politeness', 'forbidden-words', 'agent-id', 'closing', 'verification', 'empathy', 'resolution', 'response-latency',
              'no-misinformation', 'record-reference', 'hold-etiquette', 'dead-air']
    for k, v in counts.items():
        need = 25 if k in main12 else 15
        if v['pass'] < need or v['fail'] < need:
            print('QUOTA', k, v, 'needs', need)
            bad += 1
    if bad:
        print('FAILED: %d problems' % bad)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
