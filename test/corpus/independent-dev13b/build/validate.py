# -*- coding: utf-8 -*-
"""Re-derives every label of independent-dev13b from the written contacts and compares.

python3 build/validate.py

It reads only contacts.jsonl / labels.jsonl / scenarios/*.yaml and the hand-written line files (m_*.py),
never the generator's plan. Label-deciding lines are recognised by phrase presence (the hand-written
lines, normalised the same way on both sides so that speech-recognition noise — dropped punctuation,
fillers, homophones, digits read out — does not hide them) and by generic patterns; timing checks are
recomputed from the timestamps. Then:
  * every disagreement is listed;
  * lints: regexes match only the agent's asks, closing/survey/reference/staff-id patterns never occur
    where the label says they are missing, format rules (chat send instants, events, confidence …);
  * mutation check: every single label of every contact is flipped in turn and must be caught;
  * determinism: the generator is run again in memory and must reproduce the files byte for byte;
  * balance: the per-check counts against the brief's minimums."""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from common import CHECKS, VOICE, CHAT, OVERLAP_MS, RATE_LO, RATE_HI, normalise, spoken_chars  # noqa: E402
import m_talent, m_elevator, m_tile, m_printer, m_counsel, m_daijia  # noqa: E402
from m_cold import COLD  # noqa: E402

DOMAINS = [m.DOMAIN for m in (m_talent, m_elevator, m_tile, m_printer, m_counsel, m_daijia)]
SCEN = {s['id']: (d, s) for d in DOMAINS for s in d['scenarios']}

GREET_WORDS = ['您好', '你好', '早上好', '上午好', '中午好', '下午好', '晚上好', '欢迎致电', '很高兴为您服务']
STAFF_RE = re.compile(r'(工号|编号|坐席号|座席号|坐席)(是|为)?[0-9a-z]{2,}')
CLOSING_RE = re.compile(r'再见|拜拜|祝您|祝你|感谢(您的)?来电|您先忙|先挂机|随时(打|联系)')
REF_RE = re.compile(r'(工单号|受理编号|受理号|流水号|单号|预约编号|案件号)(是|为)?[0-9a-z]{4,}')
SURVEY_RE = re.compile(r'评价|评分|评个分|打分|打个分|满意度|问卷|满意请按|满意按')
BACKCHANNEL = {'嗯', '嗯嗯', '对', '好的', '是'}
HOLD_WORDS = re.compile(r'稍等|稍候')


def N(s):
    return normalise(s)


def templ_re(t):
    """A hand-written line with {num}/{ref} placeholders -> regex over normalised text."""
    parts = re.split(r'\{(?:num|ref)\}', t)
    return re.compile('[0-9a-z]{2,14}'.join(re.escape(N(p)) for p in parts))


class Pools:
    def __init__(self):
        P = defaultdict(list)
        self.fu_good = defaultdict(lambda: defaultdict(list))  # scenario -> fu index -> [normalised good answers]
        self.fu_q = defaultdict(dict)
        self.info_lines = defaultdict(lambda: defaultdict(list))
        for d in DOMAINS:
            k = d['key']
            P['rude', k] += [N(r[1]) for r in d['rude']]
            P['dismiss', k] += [N(x) for x in d['dismiss']]
            P['verify', k] += [N(q) for q, _ in d['verify']]
            P['hold_ask', k] += [N(x) for x in d['hold_ask']] + [N(a) for a, _ in d['short_wait']]
            P['hold_thanks', k] += [N(x) for x in d['hold_thanks']] + [N(b) for _, b in d['short_wait']]
            P['leave', k] += [N(x) for x in d['cust_leave']]
            P['complaint', k] += [N(c) for c, _ in d['escalate']] + [N(r[0]) for r in d['rude'] if r[2]]
            P['ack', k] += [N(a) for _, a in d['escalate']]
            P['name_role', k] += [N(x) for x in d['id_ok'] if '{num}' not in x]
            for s in d['scenarios']:
                sid = s['id']
                P['buck', k] += [N(f['buck']) for f in s['followups']]
                P['disclose', sid] += [N(x) for x in s['disclose']]
                P['complaint', sid] += [N(c) for c, _ in s['complaints']]
                P['ack', sid] += [N(a) for _, a in s['complaints']]
                for j, f in enumerate(s['followups']):
                    self.fu_q[sid][j] = N(f['q'])
                    self.fu_good[sid][j].append(N(f['good']))
                for info in s['info']:
                    self.info_lines[sid][info['key']] += [N(a) for a in info['asks']]
        for k, cold in COLD.items():
            sid = cold['scenario']
            info_keys = [i['key'] for i in SCEN[sid][1]['info']]
            n_info = 0
            for sp, text, tags in cold['turns']:
                for tag in tags:
                    if tag == 'verify':
                        P['verify', k].append(N(text))
                    elif tag == 'disclose':
                        P['disclose', sid].append(N(text))
                    elif tag.startswith('fgood:'):
                        self.fu_good[sid][int(tag[6:])].append(N(text))
                    elif tag.startswith('info:'):
                        assert tag[5:] in info_keys, tag
                        self.info_lines[sid][tag[5:]].append(N(text))
        self.P = P

    def has(self, kind, key, text_n):
        return any(x and x in text_n for x in self.P[kind, key])

    def pos(self, kind, key, text_n):
        ps = [text_n.find(x) for x in self.P[kind, key] if x and x in text_n]
        return min(ps) if ps else None


POOLS = Pools()


def derive(obj):
    """All 19 labels from the written contact."""
    L = {}
    notes = []
    turns = obj.get('turns', [])
    agent_all = [t for t in turns if t['speaker'] == 'agent']
    if not agent_all:
        return {k: 'na' for k in CHECKS}, notes
    d, s = SCEN[obj['scenarioId']]
    dk, sid = d['key'], s['id']
    voice = obj['channel'] == 'voice'
    thr = VOICE if voice else CHAT
    req = s['reqs']
    FR, RL = s['sla']['firstResponseMs'], s['sla']['responseLatencyMs']
    ev = {e['type']: e for e in obj['events']}
    joined = ev['agent-joined']['atMs']

    # backchannels: a short acknowledgement said over a customer turn
    def is_bc(i):
        t = turns[i]
        if t['speaker'] != 'agent' or re.sub(r'[\s。，]', '', t['text']) not in BACKCHANNEL:
            return False
        return any(c['speaker'] == 'customer' and c['startMs'] < t['startMs'] < c['endMs'] for c in turns[:i])

    bc = {i for i in range(len(turns)) if is_bc(i)}
    A = [(i, t) for i, t in enumerate(turns) if t['speaker'] == 'agent' and i not in bc]
    n = {i: N(t['text']) for i, t in enumerate(turns)}
    flat = {i: re.sub(r'\s+', '', t['text']) for i, t in enumerate(turns)}

    # 1 greeting
    first_i, first = A[0]
    L['greeting'] = 'pass' if any(n[first_i].startswith(N(g)) for g in GREET_WORDS) else 'fail'
    # 2 agent-id
    ok = False
    for i, t in A[:2]:
        if STAFF_RE.search(n[i]) or POOLS.has('name_role', dk, n[i]):
            ok = True
    L['agent-id'] = 'pass' if ok else 'fail'
    # 3 closing
    last = turns[-1]
    left = last['speaker'] == 'customer' and POOLS.has('leave', dk, n[len(turns) - 1])
    if left:
        L['closing'] = 'na'
    else:
        L['closing'] = 'pass' if any(CLOSING_RE.search(n[i]) for i, _ in A[-2:]) else 'fail'
    # 4 forbidden words
    fw = [i for i, _ in A if POOLS.has('rude', dk, n[i]) or POOLS.has('dismiss', dk, n[i]) or POOLS.has('buck', dk, n[i])]
    L['forbidden-words'] = 'fail' if fw else 'pass'
    # 5 verification
    if not req['verification']:
        L['verification'] = 'na'
    else:
        vpos = dpos = None
        for rank, (i, _) in enumerate(A):
            pv, pd = POOLS.pos('verify', dk, n[i]), POOLS.pos('disclose', sid, n[i])
            if vpos is None and pv is not None:
                vpos = (rank, pv)
            if dpos is None and pd is not None:
                dpos = (rank, pd)
        L['verification'] = 'pass' if vpos is not None and (dpos is None or vpos < dpos) else 'fail'
    # 7 politeness
    rude = [i for i, _ in A if POOLS.has('rude', dk, n[i]) or POOLS.has('dismiss', dk, n[i])]
    courteous = any(re.search('您|(?<!申)请|麻烦|谢谢', t['text']) for _, t in A)
    L['politeness'] = 'fail' if rude or not courteous else 'pass'
    # timing: holds, dead air, latency
    holds, dead, late = [], [], []
    last_end = joined
    prev_agent = None
    first_unans = None
    for i, t in enumerate(turns):
        if t['speaker'] == 'agent' and i not in bc:
            sil = t['startMs'] - last_end
            announced = prev_agent is not None and POOLS.has('hold_ask', dk, n[prev_agent])
            if prev_agent is not None and sil >= thr['hold']:
                holds.append(announced and POOLS.has('hold_thanks', dk, n[i]))
            if sil >= thr['dead'] and not announced:
                dead.append(sil)
            if first_unans is not None and not announced and t['startMs'] - first_unans > RL:
                late.append(t['startMs'] - first_unans)
            first_unans = None
            prev_agent = i
        elif t['speaker'] == 'customer' and first_unans is None:
            first_unans = t['endMs'] if voice else t['startMs']
        last_end = max(last_end, t['endMs'])
    L['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
    # 8 interruption
    if not voice:
        L['interruption'] = 'na'
    else:
        intr = False
        for i, t in A:
            for c in turns[:i]:
                if c['speaker'] == 'customer' and c['startMs'] <= t['startMs'] < c['endMs'] - OVERLAP_MS:
                    intr = True
        L['interruption'] = 'fail' if intr else 'pass'
    L['dead-air'] = 'fail' if dead else 'pass'
    # 10 speech rate
    if not voice:
        L['speech-rate'] = 'na'
    else:
        chars = sum(spoken_chars(t['text']) for t in agent_all)
        ms = sum(t['endMs'] - t['startMs'] for t in agent_all)
        rate = chars * 60000.0 / ms
        L['speech-rate'] = 'pass' if RATE_LO <= rate <= RATE_HI else 'fail'
        if 110 < rate < 130 or 290 < rate < 315:
            notes.append('speech rate %.0f close to a bound' % rate)
    # 11 empathy
    comp = [i for i, t in enumerate(turns) if t['speaker'] == 'customer'
            and (POOLS.has('complaint', dk, n[i]) or POOLS.has('complaint', sid, n[i]))]
    if not comp and not req['empathy']:
        L['empathy'] = 'na'
    else:
        okc = True
        if not comp:
            okc = False
        for ci in comp:
            nxt = [i for i, _ in A if i > ci]
            if not nxt or not (POOLS.has('ack', sid, n[nxt[0]]) or POOLS.has('ack', dk, n[nxt[0]])):
                okc = False
        L['empathy'] = 'pass' if okc else 'fail'
    # 12 resolution, 15/16 facts
    f = s['fact']
    right = [f['expected']] + f['variants']
    wrong = f['wrong']
    stated = []
    for i, _ in A:
        r = any(x in flat[i] for x in right)
        w = any(x in flat[i] for x in wrong)
        if r and w:
            notes.append('turn %d states both a right and a wrong value' % i)
        if r or w:
            stated.append('w' if w else 'r')
    res_ok = bool(stated)
    for ci, t in enumerate(turns):
        if t['speaker'] != 'customer':
            continue
        for j, q in POOLS.fu_q[sid].items():
            if q in n[ci]:
                if not any(g in n[i] for i, _ in A if i > ci for g in POOLS.fu_good[sid][j]):
                    res_ok = False
    L['resolution'] = 'pass' if res_ok else 'fail'
    # 13 first response, 14 latency
    L['first-response'] = 'pass' if first['startMs'] - joined <= FR else 'fail'
    L['response-latency'] = 'fail' if late else 'pass'
    L['fact-accuracy'] = 'pass' if stated and stated[-1] == 'r' else 'fail'
    L['no-misinformation'] = 'fail' if 'w' in stated else 'pass'
    # 17 reference
    if not req['reference']:
        L['record-reference'] = 'na'
    else:
        L['record-reference'] = 'pass' if any(REF_RE.search(n[i]) for i, _ in A) else 'fail'
    # 18 survey
    if not req['survey']:
        L['survey-offered'] = 'na'
    else:
        L['survey-offered'] = 'pass' if any(SURVEY_RE.search(n[i]) for i, _ in A) else 'fail'
    # 19 required info
    ok = True
    for info in s['info']:
        rx = re.compile(info['pattern'], re.I)
        if not any(rx.search(t['text']) for _, t in A):
            ok = False
    L['required-info'] = 'pass' if ok else 'fail'
    return {k: L[k] for k in CHECKS}, notes


def lint(obj, lab):
    errs = []
    turns = obj.get('turns', [])
    voice = obj['channel'] == 'voice'
    if voice and obj['transcriptSource'] != 'deepgram' or not voice and obj['transcriptSource'] != 'chat-dom':
        errs.append('transcriptSource')
    starts = [t['startMs'] for t in turns]
    if starts != sorted(starts):
        errs.append('turns not ordered by start')
    for t in turns:
        if not voice and t['startMs'] != t['endMs']:
            errs.append('chat turn with duration')
        if voice and not (0.6 <= t.get('confidence', 0) <= 0.99):
            errs.append('confidence out of range')
        if t['endMs'] < t['startMs']:
            errs.append('negative duration')
    evs = [e['atMs'] for e in obj['events']]
    if evs != sorted(evs):
        errs.append('events not ordered')
    if obj['outcome'] == 'completed' and any(t['speaker'] == 'agent' for t in turns):
        types = [e['type'] for e in obj['events']]
        need = ['started', 'dialed', 'ringing', 'answered', 'agent-joined', 'hangup', 'ended'] if voice else \
            ['started', 'page-loaded', 'agent-joined', 'ended']
        for x in need:
            if x not in types:
                errs.append('missing event ' + x)
        if 'durationMs' in obj and obj['durationMs'] < max(t['endMs'] for t in turns):
            errs.append('duration shorter than the turns')
    if not turns or obj['scenarioId'] not in SCEN:
        return errs
    d, s = SCEN[obj['scenarioId']]
    sid = s['id']
    A = [t for t in turns if t['speaker'] == 'agent']
    # required-info regexes match only the agent's asks
    for info in s['info']:
        rx = re.compile(info['pattern'], re.I)
        asks = POOLS.info_lines[sid][info['key']]
        for t in turns:
            hit = rx.search(t['text']) or rx.search(re.sub(r'[\s，。？！]', '', t['text']))
            is_ask = t['speaker'] == 'agent' and any(a in N(t['text']) for a in asks)
            if hit and not is_ask:
                errs.append('regex %s matches a non-ask %s line: %s' % (info['key'], t['speaker'], t['text']))
            if is_ask and not rx.search(t['text']):
                errs.append('regex %s misses ask: %s' % (info['key'], t['text']))
    # hold words only in hold asks
    for t in A:
        if HOLD_WORDS.search(t['text']) and not POOLS.has('hold_ask', d['key'], N(t['text'])):
            errs.append('稍等/稍候 outside a hold ask: ' + t['text'])
    # a contact's customer never states a value as the agent would (fine) — but agent turns never hold both
    return errs


def flip(v):
    return {'pass': 'fail', 'fail': 'pass', 'na': 'pass'}[v]


def main():
    contacts = [json.loads(x) for x in (ROOT / 'contacts.jsonl').read_text(encoding='utf-8').splitlines()]
    labels = {o['contactId']: o for o in (json.loads(x) for x in (ROOT / 'labels.jsonl').read_text(encoding='utf-8').splitlines())}
    bad = 0
    derived = {}
    notes_all = []
    for obj in contacts:
        lab = labels[obj['contactId']]
        got, notes = derive(obj)
        derived[obj['contactId']] = got
        notes_all += ['%s: %s' % (obj['contactId'], x) for x in notes]
        for k in CHECKS:
            if got[k] != lab['labels'][k]:
                bad += 1
                print('DISAGREE %s %s: label=%s derived=%s' % (obj['contactId'], k, lab['labels'][k], got[k]))
        for k, v in lab['labels'].items():
            if v == 'fail' and k not in lab['why']:
                print('MISSING WHY %s %s' % (obj['contactId'], k))
                bad += 1
        for e in lint(obj, lab):
            print('LINT %s: %s' % (obj['contactId'], e))
            bad += 1
    # mutation check
    caught = total = 0
    for cid, lab in labels.items():
        for k in CHECKS:
            mutated = dict(lab['labels'])
            mutated[k] = flip(mutated[k])
            total += 1
            if any(mutated[x] != derived[cid][x] for x in CHECKS):
                caught += 1
    print('mutation check: %d/%d single-label flips caught' % (caught, total))
    if caught != total:
        bad += 1
    # determinism
    import generate
    c_txt, l_txt, yamls, _ = generate.build_all()
    same = c_txt == (ROOT / 'contacts.jsonl').read_text(encoding='utf-8') and \
        l_txt == (ROOT / 'labels.jsonl').read_text(encoding='utf-8') and \
        all((ROOT / 'scenarios' / (k + '.yaml')).read_text(encoding='utf-8') == v for k, v in yamls.items())
    print('determinism: %s' % ('byte-identical' if same else 'DIFFERENT'))
    if not same:
        bad += 1
    # balance
    cnt = {k: Counter(lab['labels'][k] for lab in labels.values()) for k in CHECKS}
    big = ['forbidden-words', 'politeness', 'empathy', 'resolution', 'agent-id', 'closing', 'verification',
           'hold-etiquette', 'dead-air', 'record-reference', 'response-latency', 'no-misinformation']
    print('%-18s %5s %5s %5s' % ('check', 'pass', 'fail', 'na'))
    for k in CHECKS:
        need = 25 if k in big else 15
        flag = '' if cnt[k]['pass'] >= need and cnt[k]['fail'] >= need else '   <-- below %d' % need
        if flag:
            bad += 1
        print('%-18s %5d %5d %5d%s' % (k, cnt[k]['pass'], cnt[k]['fail'], cnt[k]['na'], flag))
    voice = [o for o in contacts if o['channel'] == 'voice' and any(t['speaker'] == 'agent' for t in o['turns'])]
    asr = [o for o in voice if not re.search('[，。？]', ''.join(t['text'] for t in o['turns']))]
    print('normal contacts: %d (voice %d, chat %d); ASR-style voice %d/%d' % (
        sum(1 for o in contacts if any(t['speaker'] == 'agent' for t in o['turns'])), len(voice),
        sum(1 for o in contacts if o['channel'] == 'webchat' and any(t['speaker'] == 'agent' for t in o['turns'])),
        len(asr), len(voice)))
    for x in notes_all:
        print('note', x)
    print('RESULT: %s (%d problems)' % ('OK' if bad == 0 else 'FAIL', bad))
    return 0 if bad == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
