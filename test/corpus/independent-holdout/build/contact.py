"""One labelled contact: dialogue → placeholders → ASR noise (voice) → facts → clock → labels.

Labels come from the behaviours planned for the contact (plan.py); the timing ones are read back from
the placed turns by audit.py, and every text label is cross-checked against the text that was
written (an accidental apology, a fact value that slipped in, a pattern that no longer matches…).
A failed cross-check draws the contact again with the next seed; it never edits a label."""
import random
import re

import phrases as P
from audit import audit, Ambiguous
from dialogue import Dialogue, APOLOGY_WORDS
from noise import asr_noise
from timing import place_voice, place_chat

CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
GREET_RE = re.compile('您好|你好|上午好|下午好|早上好|欢迎|哈喽')
ID_RE = re.compile('工号|公号|工好|[0-9零幺一二三四五六七八九]{2,}号|客服小|专员小|我是')
CLOSE_RE = re.compile('再见|拜拜|祝|不打扰|感谢(您的)?(来电|咨询)|再会|谢谢|感谢')
SURVEY_RE = re.compile('评价|打个分|打分|满意度|按1|按一|五星')
GIVEN = ['建国', '丽华', '晓东', '雨桐', '子涵', '志强', '海燕', '文博', '思琪', '一鸣', '秀英', '俊杰']
NICKS = ['王', '李', '陈', '张', '刘', '杨', '赵', '吴', '徐', '孙', '朱', '胡']


class Mismatch(Exception):
    pass


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def fill_values(rng, D, S, when):
    name = S['persona']['name']
    surname = name[1] if name.startswith('小') else name[0]
    phone = '1' + rng.choice('3578') + digits(rng, 9)
    vin = ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(8)) + digits(rng, 6)
    return {'ORG': rng.choice(D['org']), 'ID': str(rng.randint(1001, 9899)), 'NICK': '小' + rng.choice(NICKS),
            'CUST': name, 'FULLNAME': surname + rng.choice(GIVEN), 'GIVEN': rng.choice(GIVEN),
            'REF': D['ref']['prefix'] + when + digits(rng, 4), 'PHONE': phone, 'PHONE4': phone[-4:], 'ID4': digits(rng, 4),
            'TICKET': digits(rng, 10), 'WAYBILL': digits(rng, 12), 'VIN': vin, 'VIN6': vin[-6:],
            'PLATE': rng.choice('ABCDK') + digits(rng, 4), 'APPT': digits(rng, 8),
            'CONTRACT': digits(rng, 8), 'IDCARD': '330106' + str(rng.randint(1975, 2004)) + '0' + str(rng.randint(1, 9)) +
            str(rng.randint(10, 28)) + digits(rng, 4)}


def fill(text, values):
    return re.sub(r'\{([A-Z0-9]+)\}', lambda m: values[m.group(1)], text)


def pick_value(rng, fact, wrong, noisy):
    pool = list(fact['wrong']) if wrong else [fact['expected']] + list(fact.get('variants', []))
    if noisy:
        spoken = [v for v in pool if not re.search(r'[0-9A-Za-z]', v)]
        pool = spoken or pool
    return rng.choice(pool)


def build(spec, seed):
    """spec: domain, scenario, channel, plan, contactId, startedAt, flags. Returns (interaction, label)."""
    for attempt in range(40):
        rng = random.Random(seed * 100 + attempt)
        try:
            return _build(spec, rng)
        except (Ambiguous, Mismatch) as err:
            last = err
    raise SystemExit(f'{spec["contactId"]}: could not build a clean contact: {last}')


def _build(spec, rng):
    D, S, ch, plan = spec['domain'], spec['scenario'], spec['channel'], spec['plan']
    voice = ch == 'voice'
    sla = S.get('sla', {})
    values = fill_values(rng, D, S, spec['day'])
    info_keys = [i['key'] for i in S['info']]
    omit = {rng.choice(info_keys)} if 'info_missing' in plan else set()
    kept = [k for k in info_keys if k not in omit]
    ctx = dict(rng=rng, domain=D, scenario=S, channel=ch, plan=plan, complaint=S['complaint'] or 'mild_complaint' in plan,
               omit_info=omit, pause_info=rng.randrange(len(kept)) if ('cust_pause' in plan and kept) else None,
               id_late_turn=rng.choice([3, 4]))
    beats = Dialogue(ctx).build()
    noisy = voice and rng.random() < 0.62
    level = rng.uniform(0.3, 0.8)
    chosen = {}
    for b in beats:
        text = fill(b['text'], values)
        raw = text
        if noisy:
            text = asr_noise(text, rng, b['sp'], level)

        def fact_sub(m):
            kind, key = m.group(1), m.group(2)
            fact = next(f for f in S['facts'] if f['key'] == key)
            value = pick_value(rng, fact, kind == 'W', noisy)
            chosen.setdefault(key, []).append((kind, value))
            return value
        b['raw'] = re.sub(r'\{([FW]):([a-z0-9-]+)\}', fact_sub, raw)
        b['text'] = re.sub(r'\{([FW]):([a-z0-9-]+)\}', fact_sub, text)
    base = dict(rng=rng, plan=plan, sla=sla, org=values['ORG'], nick=values['NICK'],
                ivr=voice and not sla.get('firstResponseMs', 30000) < 10000 and rng.random() < 0.6,
                bot=not voice and sla.get('responseLatencyMs', 30000) >= 30000 and rng.random() < 0.6)
    if voice:
        if 'rate_fast' in plan:
            base['rate'] = rng.uniform(365, 395)
        elif 'rate_slow' in plan:
            base['rate'] = rng.uniform(86, 100)
        elif 'rate_fastnormal' in plan:
            base['rate'] = rng.uniform(233, 246)
        else:
            base['rate'] = rng.uniform(168, 222)
        turns, events, info = place_voice(base, beats)
        for t in turns:
            if t['speaker'] in ('agent', 'customer'):
                t['confidence'] = round(rng.uniform(0.58, 0.9) if noisy else rng.uniform(0.86, 0.98), 2)
    else:
        turns, events, info = place_chat(base, beats)
    timing_labels, timing_notes = audit(turns, ch, sla, info['join'], info['answered'])
    labels, why = text_labels(spec, beats, turns, chosen, values, omit, noisy)
    labels.update(timing_labels)
    why.update(timing_notes)
    check_intent(plan, labels)
    interaction = {'schemaVersion': 1, 'contactId': spec['contactId'], 'scenarioId': S['id'], 'channel': ch,
                   'startedAt': spec['startedAt'], 'durationMs': info['end'], 'outcome': 'completed',
                   'transcriptSource': ('deepgram' if voice else 'chat-dom') if rng.random() < 0.8 else 'import',
                   'events': events,
                   'turns': [{k: v for k, v in t.items() if not k.startswith('_')} for t in turns]}
    return interaction, {'labels': {k: labels[k] for k in CHECKS}, 'why': why, 'noisy': noisy}


def agent_beats(beats):
    return [b for b in beats if b['sp'] == 'agent']


def text_labels(spec, beats, turns, chosen, values, omit, noisy):
    S, plan, D = spec['scenario'], spec['plan'], spec['domain']
    L, why = {}, {}
    A = agent_beats(beats)
    agent_text = ' '.join(b['text'] for b in A)
    raw_agent = ' '.join(b['raw'] for b in A)

    L['greeting'] = 'fail' if 'greet_fail' in plan else 'pass'
    if bool(GREET_RE.search(A[0]['raw'])) != (L['greeting'] == 'pass'):
        raise Mismatch('greeting')
    if L['greeting'] == 'fail':
        why['greeting'] = f'first agent turn "{A[0]["text"]}" has no greeting'
    L['agent-id'] = 'fail' if ({'id_missing', 'id_late'} & plan) else 'pass'
    first_two = ' '.join(b['raw'] for b in A[:2])
    if bool(ID_RE.search(first_two)) != (L['agent-id'] == 'pass'):
        raise Mismatch('agent-id')
    if 'id_missing' in plan:
        why['agent-id'] = 'the agent never gives a staff number or its own name (centre name only at most)'
    elif 'id_late' in plan:
        why['agent-id'] = f'the agent introduces itself only in its turn {spec_turn(A, ID_RE)}, not within its first two turns'
    elif 'id_second' in plan:
        why['agent-id'] = 'tricky pass: greeting alone first, the staff number/name comes in the second agent turn'

    last_two = ' '.join(b['raw'] for b in A[-2:])
    if 'cust_left' in plan:
        L['closing'] = 'na'
        why['closing'] = 'the customer ended the contact before the agent could close'
    else:
        L['closing'] = 'fail' if 'closing_fail' in plan else 'pass'
        if bool(CLOSE_RE.search(last_two)) != (L['closing'] == 'pass'):
            raise Mismatch('closing')
        if L['closing'] == 'fail':
            why['closing'] = f'the agent ends with "{A[-1]["text"]}": no thanks, wish or goodbye in its last two turns'
    L['forbidden-words'] = 'fail' if ({'forbidden', 'forbidden_rude'} & plan) else 'pass'
    if L['forbidden-words'] == 'fail':
        bad = next(b['text'] for b in A if any(f[1][:6] in b['raw'] for f in D['forbidden']))
        why['forbidden-words'] = f'agent: "{bad}"'
    elif 'lookalike' in plan:
        why['forbidden-words'] = 'hard negative: a polite phrase that looks like a 忌语 (不清楚/自己/不是您的问题 in a courteous sense)'
    if S['requires'].get('verification'):
        L['verification'] = 'fail' if ({'verif_skip', 'verif_late'} & plan) else 'pass'
        if 'verif_skip' in plan:
            why['verification'] = 'the agent looks up and discloses the booking/account without any identity check'
        elif 'verif_late' in plan:
            why['verification'] = 'identity is checked only after the account details were already given'
    else:
        L['verification'] = 'na'
    L['politeness'] = 'fail' if ({'curt', 'forbidden_rude'} & plan) else 'pass'
    if 'curt' in plan:
        curt = [b['text'] for b in A if len(b['raw']) <= 10 and not re.search('您|请|谢|麻烦|好的', b['raw'])][:3]
        why['politeness'] = 'curt register throughout, no 您/请 in most turns: ' + ' / '.join(f'"{t}"' for t in curt)
    elif 'forbidden_rude' in plan:
        why['politeness'] = 'the agent is rude to the customer (mocking / scolding line)'

    complaint = S['complaint'] or 'mild_complaint' in plan
    if complaint:
        idx = next(i for i, b in enumerate(beats) if b.get('opening'))
        nxt = [b for b in beats[idx + 1:] if b['sp'] == 'agent'][:2]
        sorry = any(w in b['raw'] for b in nxt for w in APOLOGY_WORDS)
        L['empathy'] = 'fail' if ({'empathy_cold', 'empathy_late'} & plan) else 'pass'
        if sorry != (L['empathy'] == 'pass'):
            raise Mismatch('empathy')
        if L['empathy'] == 'fail':
            why['empathy'] = 'customer complains in its first turn; the agent\'s next two turns carry no apology or acknowledgement' + \
                (' (an apology comes only later)' if 'empathy_late' in plan else '')
        elif 'mild_complaint' in plan:
            why['empathy'] = 'complaint in mild words (repeat contact / 有点失望), acknowledged'
        elif 'empathy_second' in plan:
            why['empathy'] = 'tricky pass: the apology comes in the second agent turn after the complaint'
    else:
        L['empathy'] = 'na'
    L['resolution'] = 'fail' if 'nonanswer' in plan else 'pass'
    if 'nonanswer' in plan:
        why['resolution'] = 'the customer\'s question is met with a non-answer ("暂时没法给您准确答复")'

    facts = S['facts']
    stated_ok = {k: [v for kind, v in vs if kind == 'F'] for k, vs in chosen.items()}
    stated_wrong = {k: [v for kind, v in vs if kind == 'W'] for k, vs in chosen.items()}
    missing = [f['key'] for f in facts if not stated_ok.get(f['key']) and not stated_wrong.get(f['key'])]
    wrong = [k for k, v in stated_wrong.items() if v]
    for f in facts:
        accepted = [f['expected']] + list(f.get('variants', []))
        if f['key'] in missing and any(a in raw_agent for a in accepted):
            raise Mismatch(f'fact {f["key"]} slipped in')
        if any(w in raw_agent for w in f.get('wrong', [])) != (f['key'] in wrong):
            raise Mismatch(f'wrong value of {f["key"]} present/absent unexpectedly')
    L['fact-accuracy'] = 'fail' if (missing or wrong) else 'pass'
    L['no-misinformation'] = 'fail' if wrong else 'pass'
    if missing or wrong:
        why['fact-accuracy'] = '; '.join([f'{k} never stated' for k in missing] +
                                         [f'{k} stated as "{stated_wrong[k][0]}"' for k in wrong])
    if wrong:
        why['no-misinformation'] = '; '.join(f'{k}: agent says "{stated_wrong[k][0]}"' for k in wrong)
    if S['requires'].get('reference'):
        L['record-reference'] = 'fail' if 'ref_missing' in plan else 'pass'
        if (values['REF'] in raw_agent) != (L['record-reference'] == 'pass'):
            raise Mismatch('reference')
        why['record-reference'] = ('no ticket number given; the numbers spoken are a phone tail / amount / date, not a reference'
                                   if L['record-reference'] == 'fail' else
                                   ('reference read out in words on a noisy line' if noisy else ''))
        if not why['record-reference']:
            del why['record-reference']
    else:
        L['record-reference'] = 'na'
    if S['requires'].get('survey', True):
        L['survey-offered'] = 'fail' if 'survey_missing' in plan else 'pass'
        if bool(SURVEY_RE.search(raw_agent)) != (L['survey-offered'] == 'pass'):
            raise Mismatch('survey')
        if L['survey-offered'] == 'fail':
            why['survey-offered'] = 'no invitation to rate the service'
    else:
        L['survey-offered'] = 'na'
    asked = {i['key']: any(re.search(p, agent_text, re.I) for p in i['patterns']) for i in S['info']}
    for key, ok in asked.items():
        if ok == (key in omit):
            raise Mismatch(f'required info {key}')
    L['required-info'] = 'fail' if omit else 'pass'
    if omit:
        why['required-info'] = 'never asked for: ' + ', '.join(i['label'] for i in S['info'] if i['key'] in omit)
    return L, why


def spec_turn(A, regex):
    return next(n + 1 for n, b in enumerate(A) if regex.search(b['raw']))


DEAD_AIR_MODES = {'hold_unannounced', 'deadair_short', 'latency_long', 'first_slow_default'}
HOLD_FAIL_MODES = {'hold_unthanked', 'hold_unannounced', 'latency_long', 'first_slow_default'}
LATENCY_MODES = {'latency_long', 'latency_strict', 'first_slow_default', 'latency_via_hold'}


def check_intent(plan, L):
    """The clock must show exactly the timing defects that were injected, nothing by accident."""
    if (L['dead-air'] == 'fail') != bool(DEAD_AIR_MODES & plan):
        raise Mismatch('dead-air')
    if (L['hold-etiquette'] == 'fail') != bool(HOLD_FAIL_MODES & plan):
        raise Mismatch('hold-etiquette')
    if 'hold_ok' in plan and not (HOLD_FAIL_MODES & plan) and L['hold-etiquette'] != 'pass':
        raise Mismatch('hold_ok')
    if L['response-latency'] == 'fail' and not (LATENCY_MODES & plan):
        raise Mismatch('response-latency')
    if (L['first-response'] == 'fail') != bool({'first_slow_strict', 'first_slow_default'} & plan):
        raise Mismatch('first-response')
    if L['interruption'] != 'na' and (L['interruption'] == 'fail') != ('interrupt' in plan):
        raise Mismatch('interruption')
    if L['speech-rate'] != 'na' and (L['speech-rate'] == 'fail') != bool({'rate_fast', 'rate_slow'} & plan):
        raise Mismatch('speech-rate')
