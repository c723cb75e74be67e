#!/usr/bin/env python3
"""Self-check: re-derives every label from the written text and timeline and compares.

It reads contacts.jsonl / labels.jsonl, uses the hand-written material only as a lexicon (which
lines are complaints, 忌语, hold requests…), and measures silences, overlaps and rates itself. Any
disagreement is printed; the exit code is 1 when there is one. Also lints the material (every
empathy line carries an apology/acknowledgement word, no non-empathy line does, …) and, when node
is available, validates the scenario YAML files against harness/scenario/schema.ts.
"""
import json, os, re, subprocess, sys
sys.dont_write_bytecode = True
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gen import DOMAINS, SLA
from common import CHECKS, strip_punct

DG = '0-9A-Z零〇幺一二两三四五六七八九'
GREET = re.compile(r'您好|你好|早上好|上午好|下午好|晚上好|哈喽|嗨|亲')
STAFF = re.compile(rf'(工号|编号)(是|为)?[{DG}]{{2,}}|[{DG}]{{2,}}号(客服|坐席|话务员|咨询员|管家)|客服[{DG}]{{3,}}')
CLOSE = re.compile(r'谢谢|感谢|再见|拜拜|祝|再会|保重')
EMPATHY = re.compile(r'抱歉|对不起|对不住|不好意思|理解|体谅|辛苦|添麻烦|委屈|道歉|换谁|换我|搁谁|糟心|闹心|我们的问题|我们的错|我们的不对|说不过去|赔个不是|责任|憋屈|焦虑|心酸|心疼|恼火|受不了|没管好|失约|怨气|影响您|不应该|失职|没做好|不到位|失信|窝火|不容易|难处|体会|慌|心情|感受|没检修')
HOLD_THANKS = re.compile(r'久等|感谢.{0,4}(等|耐心)|谢谢.{0,4}(等|耐心)')
REF = re.compile(rf'(?<!订)(?<!合同)(?<!会员订)(工单号|受理号|受理编号|申诉单号|服务单号|处理单号|售后单|售后编号|记录编号|单号|编号)(是|为|：|:)?[{DG}]{{6,}}')
FILLERS = ('嗯', '呃', '那个', '就是', '啊')


def n(s):
    # a curt agent says 你 where the material has 您: compare without the difference
    return strip_punct(s).replace('您', '你')


def main():
    errors = []
    err = lambda cid, m: errors.append('%s: %s' % (cid, m))
    scen = {}
    for d in DOMAINS:
        for sc in d['scenarios']:
            scen[sc['id']] = (d, sc)
    # ---- lint the material -------------------------------------------------------------------
    for d in DOMAINS:
        for sc in d['scenarios']:
            P = lambda k: sc.get(k, d.get(k))
            for line in P('empathy') + P('empathy2'):
                if not EMPATHY.search(line): err(sc['id'], 'empathy line without apology/acknowledgement: ' + line)
            for line in P('nonempathy') + P('nonempathy2') + d['generic_ask'] + sc['req_ask'] + d['verify_ask'] + sc['disclose'] + d['ack']:
                if EMPATHY.search(line): err(sc['id'], 'non-empathy line reads as empathy: ' + line)
            for line in d['closing']:
                if not CLOSE.search(line): err(sc['id'], 'closing without thanks/wish/bye: ' + line)
            for line in (d['noclose'] + d['wrapq'] + d['survey'] + d['ref'] + P('not_ref') + P('rude') + d['buckpass'] + P('lookalike')
                         + [f[1] for f in sc['follow']] + [f[2] for f in sc['follow']] + P('empathy2') + P('nonempathy2') + d['curt']['end']):
                if CLOSE.search(line): err(sc['id'], 'line that may end a call reads as a closing: ' + line)
            for line in d['greet']:
                if not GREET.search(line[:8]): err(d['key'], 'greeting without 问候: ' + line)
            for line in d['nogreet'] + d['curt']['open']:
                if GREET.search(line): err(d['key'], 'no-greeting opener greets: ' + line)
            for line in d['hold_thanks']:
                if not HOLD_THANKS.search(line): err(d['key'], 'hold thanks without thanks: ' + line)
            for line in d['hold_nothanks']:
                if HOLD_THANKS.search(line): err(d['key'], 'hold return thanks: ' + line)
            for pat in sc['req']['patterns']:
                for line in sc['req_ask'] + sc['ask_curt']:
                    pass
            if not any(re.search(p, x, re.I) for p in sc['req']['patterns'] for x in sc['req_ask'] + sc['ask_curt']) or \
               not all(any(re.search(p, x, re.I) for p in sc['req']['patterns']) for x in sc['req_ask'] + sc['ask_curt']):
                err(sc['id'], 'a requiredInfo ask does not match the pattern')
    # ---- the registries -------------------------------------------------------------------------
    allforb = set()
    for d in DOMAINS:
        for sc in d['scenarios']:
            allforb.update(n(x) for x in sc.get('rude', d.get('rude', [])) + d['buckpass'])
        allforb.update(n(x) for x in d.get('rude', []))
    rude_all = set()
    for d in DOMAINS:
        rude_all.update(n(x) for x in d.get('rude', []))
        for sc in d['scenarios']:
            rude_all.update(n(x) for x in sc.get('rude', []))
    # ---- the contacts ---------------------------------------------------------------------------
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, 'contacts.jsonl'), encoding='utf-8')]
    labels = {json.loads(l)['contactId']: json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8')}
    counts = defaultdict(Counter)
    # the project's corpus-format rules: unique ids, a label line per contact, every check labelled, scenario on disk
    ids = [c['contactId'] for c in contacts]
    if len(set(ids)) != len(ids): errors.append('duplicate contactId')
    if sorted(ids) != sorted(labels): errors.append('labels.jsonl and contacts.jsonl name different contacts')
    on_disk = {f[:-5] for f in os.listdir(os.path.join(ROOT, 'scenarios')) if f.endswith('.yaml')}
    for c in contacts:
        # a consistent timeline: events in order, nothing after 'ended', durationMs = 'ended', no agent before joining
        ts = [e['atMs'] for e in c['events']]
        if ts != sorted(ts): errors.append(c['contactId'] + ': events out of order')
        ended = [e['atMs'] for e in c['events'] if e['type'] == 'ended']
        if c['turns'] and ended and max(t['endMs'] for t in c['turns']) > ended[0]: errors.append(c['contactId'] + ': a turn after ended')
        if 'durationMs' in c and ended and c['durationMs'] != ended[0]: errors.append(c['contactId'] + ': durationMs is not the ended event')
        joined = [e['atMs'] for e in c['events'] if e['type'] == 'agent-joined']
        first_agent = [t['startMs'] for t in c['turns'] if t['speaker'] == 'agent'][:1]
        if joined and first_agent and first_agent[0] < joined[0]: errors.append(c['contactId'] + ': agent speaks before joining')
        if any(t['endMs'] < t['startMs'] or t['startMs'] < 0 for t in c['turns']): errors.append(c['contactId'] + ': a turn ends before it starts')
        if c['scenarioId'] not in on_disk: errors.append(c['contactId'] + ': scenario not on disk')
        if set(labels[c['contactId']]['labels']) != set(CHECKS): errors.append(c['contactId'] + ': not exactly the 19 checks')
    nvoice = nchat = 0
    for c in contacts:
        cid = c['contactId']
        lab = labels[cid]['labels']
        why = labels[cid]['why']
        for chk in CHECKS:
            counts[chk][lab[chk]] += 1
            if lab[chk] == 'fail' and chk not in why:
                err(cid, 'fail without why: ' + chk)
        if cid.startswith('sp-'):
            if any(v != 'na' for v in lab.values()): err(cid, 'special contact with a non-na label')
            if any(t['speaker'] == 'agent' for t in c['turns']): err(cid, 'special contact has agent turns')
            continue
        if c['channel'] == 'voice': nvoice += 1
        else: nchat += 1
        d, sc = scen[c['scenarioId']]
        req = sc['requires']
        voice = c['channel'] == 'voice'
        turns = sorted(c['turns'], key=lambda t: t['startMs'])
        for a, b in zip(turns, turns[1:]):
            if b['startMs'] < a['startMs']: err(cid, 'turns out of order')
        ag = [t for t in turns if t['speaker'] == 'agent']
        cu = [t for t in turns if t['speaker'] == 'customer']
        got = {}
        # greeting / agent-id
        got['greeting'] = 'pass' if GREET.search(n(ag[0]['text'])[:10]) else 'fail'
        names = [n(x) for x in d['id_name']]
        got['agent-id'] = 'pass' if any(STAFF.search(n(t['text'])) or any(x in n(t['text']) for x in names) for t in ag[:2]) else 'fail'
        # closing
        if cu and turns[-1]['speaker'] == 'customer' and any(n(x) in n(turns[-1]['text']) for x in d['cust_leave']):
            got['closing'] = 'na'
        else:
            got['closing'] = 'pass' if any(CLOSE.search(t['text']) for t in ag[-2:]) else 'fail'
        # forbidden / politeness
        forb = any(x in n(t['text']) for t in ag for x in allforb)
        got['forbidden-words'] = 'fail' if forb else 'pass'
        rude = any(x in n(t['text']) for t in ag for x in rude_all)
        nin = sum('您' in t['text'] for t in ag)
        got['politeness'] = 'fail' if rude or nin == 0 else 'pass'
        
        # verification
        if not req['verification']:
            got['verification'] = 'na'
        else:
            va = [n(x) for x in d['verify_ask'] + d['curt']['verify']]
            disc = [n(x) for x in sc['disclose'] + sc['fact_ok'] + sc['fact_wrong'] + sc['fact_unlisted'] + sc['fact_curt'] + sc['nonanswer']]
            iv = next((i for i, t in enumerate(ag) if any(x in n(t['text']) for x in va)), 99)
            idd = next((i for i, t in enumerate(ag) if any(x in n(t['text']) for x in disc)), 99)
            got['verification'] = 'pass' if iv < idd else 'fail'
        # empathy
        compl = [n(x) for x in sc['complaint'] + sc['complaint2']]
        cidx = [i for i, t in enumerate(turns) if t['speaker'] == 'customer' and any(x in n(t['text']) for x in compl)]
        if not cidx and not req['empathy']:
            got['empathy'] = 'na'
        else:
            ok = True
            for i in cidx:
                nxt = [t for t in turns[i + 1:] if t['speaker'] == 'agent'][:2]
                if not any(EMPATHY.search(t['text']) for t in nxt): ok = False
            got['empathy'] = 'pass' if ok and cidx else 'fail'
        # facts, resolution
        f = sc['fact']
        okv = [f['expected']] + f['variants']
        cls = []
        for t in ag:
            tx = t['text'].replace(' ', '')
            k = 'ok' if any(v in tx for v in okv) else 'wrong' if any(v in tx for v in f['wrong']) else 'unl' if any(v in tx for v in f['unlisted']) else None
            if k: cls.append(k)
            if any(v in tx for v in okv) and any(v in tx for v in f['wrong']): err(cid, 'a turn with both right and wrong values')
        got['fact-accuracy'] = 'pass' if cls and cls[-1] == 'ok' else 'fail'
        got['no-misinformation'] = 'fail' if 'wrong' in cls else 'pass'
        nonans = [n(x) for x in sc['nonanswer']] + [n(x[2]) for x in sc['follow']]
        shrug = any(any(n(t['text']).endswith(x) for x in nonans) for t in ag)
        got['resolution'] = 'fail' if shrug or not cls else 'pass'
        # reference, survey, required info
        if not req['reference']:
            got['record-reference'] = 'na'
        else:
            got['record-reference'] = 'pass' if any(REF.search(t['text'].replace(' ', '')) for t in ag) else 'fail'
        if not req['survey']:
            got['survey-offered'] = 'na'
        else:
            sv = [n(x) for x in d['survey']]
            got['survey-offered'] = 'pass' if any(any(x in n(t['text']) for x in sv) for t in ag) else 'fail'
        got['required-info'] = 'pass' if any(re.search(p, t['text'], re.I) or re.search(p, n(t['text']), re.I) for p in sc['req']['patterns'] for t in ag) else 'fail'
        # ---- timeline ---------------------------------------------------------------------------
        ev = {e['type']: e['atMs'] for e in c['events']}
        joined = ev.get('agent-joined', ev.get('answered'))
        holdask = [n(x) for x in sc.get('hold_ask', d['hold_ask'])]
        dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
        dead = False
        holds = []
        latency_bad = False
        last_end = joined
        last_sp = 'join'
        last_agent_hold = False
        first_unanswered = None
        first = True
        for t in turns:
            if t['speaker'] not in ('agent', 'customer'):
                continue
            gap = t['startMs'] - last_end
            if t['speaker'] == 'agent':
                if first:
                    if t['startMs'] - joined > SLA['firstResponseMs']: got['first-response'] = 'fail'
                    if t['startMs'] - joined >= dead_thr: dead = True
                    first = False
                else:
                    if gap >= dead_thr and not last_agent_hold: dead = True
                    if gap >= hold_thr:
                        holds.append(last_agent_hold and bool(HOLD_THANKS.search(t['text'])))
                    if first_unanswered is not None and not last_agent_hold and t['startMs'] - first_unanswered > SLA['responseLatencyMs']:
                        latency_bad = True
                first_unanswered = None
                last_agent_hold = any(x in n(t['text']) for x in holdask)
            else:
                if first_unanswered is None and not first:
                    first_unanswered = t['endMs']
                if first and t['startMs'] > joined:
                    pass
            last_end = max(last_end, t['endMs'])
            last_sp = t['speaker']
        got.setdefault('first-response', 'pass')
        got['dead-air'] = 'fail' if dead else 'pass'
        got['hold-etiquette'] = 'na' if not holds else ('pass' if all(holds) else 'fail')
        got['response-latency'] = 'fail' if latency_bad else 'pass'
        if voice:
            inter = False
            prevc = None
            for t in turns:
                if t['speaker'] == 'customer': prevc = t
                elif t['speaker'] == 'agent' and prevc and t['startMs'] <= prevc['endMs'] - 800: inter = True
            got['interruption'] = 'fail' if inter else 'pass'
            chars = sum(len(n(t['text'])) for t in ag if t['endMs'] - t['startMs'] >= 1500)
            dur = sum(t['endMs'] - t['startMs'] for t in ag if t['endMs'] - t['startMs'] >= 1500)
            rate = chars / dur * 60000 if dur else 200
            got['speech-rate'] = 'pass' if 120 <= rate <= 300 else 'fail'
            for t in turns:
                if not (0.6 <= t.get('confidence', 0.9) <= 0.98): err(cid, 'confidence out of range')
        else:
            got['interruption'] = got['speech-rate'] = 'na'
            if any(t['startMs'] != t['endMs'] for t in turns): err(cid, 'chat turn with a duration')
        for chk in CHECKS:
            if got[chk] != lab[chk]:
                err(cid, '%s labelled %s but the material reads %s' % (chk, lab[chk], got[chk]))
        if 'durationMs' not in c and not any(e['type'] not in ('started', 'dialed', 'ringing', 'answered', 'agent-joined', 'dtmf', 'hangup', 'ended', 'page-loaded', 'hold-start', 'hold-end') for e in c['events']):
            err(cid, 'no durationMs but no unknown event either')
    # ---- counts ----------------------------------------------------------------------------------
    main12 = ['politeness', 'forbidden-words', 'agent-id', 'closing', 'verification', 'empathy', 'resolution',
              'response-latency', 'no-misinformation', 'record-reference', 'hold-etiquette', 'dead-air']
    print('%-18s %5s %5s %5s' % ('check', 'pass', 'fail', 'na'))
    for chk in CHECKS:
        cn = counts[chk]
        need = 25 if chk in main12 else 15
        flag = '' if cn['pass'] >= need and cn['fail'] >= need else '  <-- below %d' % need
        if flag: errors.append('%s: %s' % (chk, flag.strip()))
        print('%-18s %5d %5d %5d%s' % (chk, cn['pass'], cn['fail'], cn['na'], flag))
    print('normal contacts: voice %d, chat %d; total %d' % (nvoice, nchat, len(contacts)))
    if nvoice < 72 or nchat < 72: errors.append('too few voice/chat contacts')
    # ---- scenario YAML against the project's schema --------------------------------------------
    repo = os.path.abspath(os.path.join(ROOT, '..', '..', '..'))
    try:
        r = subprocess.run(['npx', 'tsx', os.path.join(HERE, 'check-scenarios.ts')], cwd=repo, capture_output=True, text=True, timeout=120)
        print(r.stdout.strip())
        if r.returncode != 0: errors.append('scenario schema: ' + r.stdout + r.stderr)
    except (OSError, subprocess.TimeoutExpired) as e:
        print('scenario schema check skipped:', e)
    for e in errors:
        print('ERROR', e)
    print('%d problem(s)' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
