"""Generates set 'independent-dev3a': scenarios/, contacts.jsonl, labels.jsonl (deterministic, seeded).

Run: python3 test/corpus/independent-dev3a/build/gen.py   (from the worktree root)
Labels come from the behaviours injected here (flags.py) and from the silences placed on purpose
(timeline.py); no scorer is ever run.
"""
import json, os, re, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import phrases as P
from topics import TOPICS
from flags import draw_flags
from script import build_dialogue
from speech import speak_numbers, add_noise
from timeline import place, insert_backchannel, silence_labels, interruption_label, rate_label
from specials import special_contacts
from scenario_yaml import write_scenarios

SEED = 20261203
OUT = os.path.join(os.path.dirname(__file__), '..')
PER_TOPIC = 8
T0 = 1764720000000  # 2025-12-03 epoch ms; contacts spaced through a working day
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness', 'interruption',
          'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency', 'fact-accuracy',
          'no-misinformation', 'record-reference', 'survey-offered', 'required-info']


def ref_value(rng, chat):
    if chat:
        return rng.choice(['GD', 'WX', 'SR', 'BX']) + str(rng.randint(20261100, 20261203)) + '-' + str(rng.randint(1000, 9999))
    return str(rng.randint(10**7, 10**10 - 1))


def make_contact(rng, topic, idx, chat, hangup_mid):
    f = draw_flags(rng, topic, chat, hangup_mid)
    ref = ref_value(rng, chat)
    f['ref_value'] = ref
    f['ref_text'] = rng.choice(P.REF_PASS).format(name=rng.choice(topic['refname'] or ['受理号']), ref=ref)
    f['ref_fail_text'] = rng.choice(P.REF_FAIL).format(phone=rng.choice(['95338', '400-820-6688', '96345']),
                                                       amount=rng.choice(['68元', '35.5元', '1280元']),
                                                       date=rng.choice(['12月8号', '本周五', '下周一']))
    specs = build_dialogue(rng, topic, f, chat)
    if not chat:
        for sp in specs:
            sp['text'] = speak_numbers(sp['text'])
            if f['asr_noise'] and rng.random() < 0.6:
                sp['text'] = add_noise(rng, sp['text'], 'protect' in sp['tags'], P.HOMOPHONES, P.FILLERS)
    # pre-agent part: IVR / queue (voice), bot hand-off (chat)
    events, pre_turns = [{'type': 'started', 'atMs': 0}], []
    if chat:
        events.append({'type': 'page-loaded', 'atMs': rng.randint(600, 1500)})
        join = rng.randint(1500, 4000)
        if f['bot']:
            pre_turns.append(dict(sp='bot', text=f"您好，我是{topic['org']}智能助手，请问有什么可以帮您？", startMs=1800, endMs=1800, tags=set()))
            t = 1800 + rng.randint(5000, 12000)
            pre_turns.append(dict(sp='customer', text='转人工', startMs=t, endMs=t, tags=set()))
            events.append({'type': 'handoff-requested', 'atMs': t})
            pre_turns.append(dict(sp='system', text='正在为您转接人工客服，请稍候', startMs=t + 500, endMs=t + 500, tags=set()))
            join = t + rng.randint(4000, 10000)
        first_delay = rng.randint(40000, 85000) if f['first_late'] else rng.randint(2500, 10000 if f['bot'] else 15000)
    else:
        events += [{'type': 'dialed', 'atMs': 120}, {'type': 'ringing', 'atMs': rng.randint(1200, 2500)}]
        ans = rng.randint(5000, 12000)
        events.append({'type': 'answered', 'atMs': ans})
        join = ans
        if f['ivr']:
            txt = f"您好，欢迎致电{topic['org']}，业务咨询请按1，故障报修请按2，人工服务请按0"
            pre_turns.append(dict(sp='ivr', text=txt, startMs=ans + 300, endMs=ans + 300 + 7800, tags=set(), confidence=0.97))
            events.append({'type': 'dtmf', 'atMs': ans + 8600, 'detail': {'digits': '0'}})
            events.append({'type': 'queued', 'atMs': ans + 9000})
            join = ans + 9000 + rng.choice([rng.randint(3000, 15000), rng.randint(45000, 110000)])
        first_delay = rng.randint(32000, 45000) if f['first_late'] else rng.randint(400, 2500)
    events.append({'type': 'agent-joined', 'atMs': join})
    rates = {'fast': (5.5, 6.2), 'slow': (1.55, 1.8), 'fastnormal': (3.85, 4.15), 'normal': (2.6, 3.7), 'chat': (3, 3)}
    agent_rate = rng.uniform(*rates[f['rate']])
    placed = place(rng, specs, chat, join, first_delay, agent_rate)
    if f['backchannel'] and not chat:
        insert_backchannel(rng, placed)
    f['_placed'] = placed
    if not chat:
        # music on hold: events inside some holds (announced iff a request to wait preceded them)
        order = sorted(placed, key=lambda t: t['startMs'])
        for a, b in zip(order, order[1:]):
            if b['gapKind'] in ('hold_ann', 'hold_unann') and rng.random() < 0.5:
                events.append({'type': 'hold-start', 'atMs': a['endMs'] + 700})
                events.append({'type': 'hold-end', 'atMs': b['startMs'] - 500})
        events.sort(key=lambda e: e['atMs'])
    return f, events, pre_turns, join, first_delay


def labels_for(topic, f, placed, chat, join, first_delay):
    L, why = {}, {}
    agent = [t for t in placed if t['sp'] == 'agent' and 'backchannel' not in t['tags']]
    L['greeting'] = 'fail' if f['greet_fail'] else 'pass'
    if f['greet_fail']:
        why['greeting'] = f"first agent turn opens without a greeting: {agent[0]['text'][:14]}"
    L['agent-id'] = 'fail' if f['id_mode'] == 'none' else 'pass'
    if f['id_mode'] == 'none':
        why['agent-id'] = 'no staff number or name in the first two agent turns' + (' (only other numbers: order/date/building)' if f['id_hardneg'] and f['verify'] != 'ok' else '')
    elif f['id_mode'] == 'second':
        why['agent-id'] = 'self-introduction in the second agent turn'
    if f['hangup_mid']:
        L['closing'] = 'na'
        why['closing'] = 'customer hung up mid-contact'
    else:
        L['closing'] = 'fail' if f['closing_fail'] else 'pass'
        if f['closing_fail']:
            why['closing'] = 'last agent turns are only 还有…吗 / a bare 好/嗯, no closing phrase'
    L['forbidden-words'] = 'fail' if f['forb'] != 'none' else 'pass'
    if f['forb'] != 'none':
        why['forbidden-words'] = f"{f['forb']} 忌语: {f['forb_text'].format(other=topic['other'])}"
    elif f['lookalike']:
        why['forbidden-words'] = f"polite look-alike only: {f['lookalike'].format(other=topic['other'])}"
    if f['verify'] == 'na':
        L['verification'] = 'na'
    else:
        L['verification'] = 'pass' if f['verify'] == 'ok' else 'fail'
        if f['verify'] != 'ok':
            why['verification'] = 'account details given without an identity check' if f['verify'] == 'none' else 'identity checked only after disclosing'
    dead, hold, latency, holds, notes = silence_labels(placed, chat)
    L['hold-etiquette'] = hold
    L['dead-air'] = dead
    L['response-latency'] = latency
    if notes:
        why['dead-air'] = '; '.join(notes)[:300]
    if holds:
        why['hold-etiquette'] = '; '.join(f"{h[0]} hold {h[2]/1000:.0f} s before turn {h[3]}{', thanked' if h[1] else ', no thanks'}" for h in holds)
    if latency == 'fail':
        why['response-latency'] = why['dead-air']
    curt = f['curt']
    L['politeness'] = 'fail' if (curt or f['forb'] == 'rude') else 'pass'
    if curt:
        why['politeness'] = 'curt agent: 你 not 您, no 请/谢谢, one-word replies'
    elif f['forb'] == 'rude':
        why['politeness'] = 'rude remark'
    elif f['plain']:
        why['politeness'] = 'plain-spoken but courteous (好嘞/行嘞, 您)'
    if chat:
        L['interruption'] = 'na'
        L['speech-rate'] = 'na'
    else:
        L['interruption'], worst = interruption_label(placed)
        if worst:
            why['interruption'] = f'largest agent-over-customer overlap {worst} ms'
        L['speech-rate'], cpm = rate_label(placed)
        why['speech-rate'] = f'agent rate {cpm:.0f} 字/分'
    if f['complaint']:
        L['empathy'] = 'pass' if f['empathy_pass'] else 'fail'
        why['empathy'] = f"complaint '{f['complaint_text'][:12]}' " + ('acknowledged' if f['empathy_pass'] else 'not acknowledged in the next two agent turns')
    else:
        L['empathy'] = 'na'
    mode = f['fact_mode']
    L['resolution'] = 'fail' if mode == 'non' else 'pass'
    L['fact-accuracy'] = 'pass' if mode == 'correct' else 'fail'
    L['no-misinformation'] = 'fail' if mode in ('wrong', 'neg') else 'pass'
    if mode != 'correct':
        why['fact-accuracy'] = {'wrong': 'states a known-wrong value', 'neg': 'negates the correct value', 'non': 'fact never stated (non-answer)'}[mode]
    if mode == 'non':
        why['resolution'] = 'non-answer: 确认不了/查不到'
    if mode in ('wrong', 'neg'):
        why['no-misinformation'] = why['fact-accuracy']
        why['resolution'] = 'question answered (wrongly: see fact-accuracy)'
    first_gap = agent[0]['startMs'] - join
    L['first-response'] = 'fail' if first_gap > 30000 else 'pass'
    if first_gap > 30000:
        why['first-response'] = f'first agent turn {first_gap/1000:.0f} s after the agent joined'
    if topic['ref']:
        L['record-reference'] = 'pass' if f['ref_pass'] else 'fail'
        if not f['ref_pass']:
            why['record-reference'] = 'registered but no reference number (only phone/amount/date or nothing)'
    else:
        L['record-reference'] = 'na'
    L['survey-offered'] = ('pass' if f['survey_pass'] else 'fail') if topic['survey'] else 'na'
    if topic['survey'] and not f['survey_pass']:
        why['survey-offered'] = 'no invitation to rate the service'
    if topic['req']:
        L['required-info'] = 'fail' if f['req_fail'] else 'pass'
        if f['req_fail']:
            why['required-info'] = 'agent never asked for: ' + ', '.join(i['label'] for k, i in enumerate(topic['req']) if k == 0 or f['req_fail_all'])
    else:
        L['required-info'] = 'na'
    return L, why


HARD_NEGATIVES = {}


def hard_negatives(f, why, turns):
    """Which look-alikes a contact carries (for the README tally only)."""
    text = ' '.join(t['text'] for t in turns)
    hn = []
    if f['lookalike']:
        hn.append('polite look-alike of a 忌语')
    if f['id_mode'] == 'none' and f['id_hardneg'] and f['verify'] != 'ok':
        hn.append('other numbers where a staff number would be')
    if 'customer pause' in why.get('dead-air', ''):
        hn.append('customer pause after a question')
    if 'announced look-up' in why.get('dead-air', ''):
        hn.append('announced look-up under the hold threshold')
    if f['near_overlap'] or f['backchannel'] or f['cust_overlap']:
        hn.append('overlap that is not an interruption')
    if f['rate'] == 'fastnormal':
        hn.append('fast-but-normal speech 231-249 字/分')
    if f['not_complaint']:
        hn.append('投诉 mentioned without complaining')
    if f['ref_fail_text'] in text and any(x in f['ref_fail_text'] for x in ('热线', '金额', '预计')):
        hn.append('reference-like number that is not a reference')
    if f['slow_chat']:
        hn.append('slow but in-time chat reply (22-28 s)')
    if any(w in text for w in ('公号', '烧等', '在见', '投素', '用户编号')):
        hn.append('ASR homophone or id look-alike on a key word')
    return hn


STRICT = ['politeness', 'forbidden-words', 'empathy', 'resolution', 'agent-id', 'verification', 'closing', 'record-reference',
          'no-misinformation']


def count(labels):
    counts = {k: {'pass': 0, 'fail': 0, 'na': 0} for k in CHECKS}
    for l in labels:
        for k in CHECKS:
            counts[k][l['labels'][k]] += 1
    return counts


def balanced(counts):
    """The brief's floor: >= 25 fail and pass on the STRICT checks, >= 15 on every other check."""
    return all(min(counts[k]['pass'], counts[k]['fail']) >= (25 if k in STRICT else 15) for k in CHECKS)


def build(seed):
    from checks import self_check
    rng = random.Random(seed)
    HARD_NEGATIVES.clear()
    contacts, labels = [], []
    for ti, topic in enumerate(TOPICS):
        for j in range(PER_TOPIC):
            chat = (j + ti) % 2 == 1
            hangup_mid = (not topic['survey']) and ti % 2 == 0 and j == (6 if ti % 4 == 0 else 7)
            cid = f"{topic['id']}-{j + 1:02d}"
            f, events, pre, join, fd = make_contact(rng, topic, j, chat, hangup_mid)
            placed = f['_placed']
            L, why = labels_for(topic, f, placed, chat, join, fd)
            self_check(topic, f, placed, L, chat)
            turns = []
            for t in pre + placed:
                turn = {'speaker': t['sp'], 'text': t['text'], 'startMs': t['startMs'], 'endMs': t['endMs']}
                if not chat and t['sp'] in ('agent', 'customer'):
                    noisy = f['asr_noise']
                    turn['confidence'] = round(rng.uniform(0.62, 0.9) if noisy else rng.uniform(0.88, 0.98), 2)
                elif 'confidence' in t:
                    turn['confidence'] = t['confidence']
                turns.append(turn)
            end = max(t['endMs'] for t in turns) + rng.randint(800, 3000)
            if hangup_mid:
                events.append({'type': 'hangup' if not chat else 'customer-left', 'atMs': end - 500, 'detail': {'by': 'customer'}})
            elif not chat:
                events.append({'type': 'hangup', 'atMs': end - 200, 'detail': {'by': 'agent' if rng.random() < 0.5 else 'customer'}})
            events.append({'type': 'ended', 'atMs': end})
            c = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': topic['id'], 'channel': 'webchat' if chat else 'voice',
                 'startedAt': T0 + (ti * PER_TOPIC + j) * 611000, 'durationMs': end, 'outcome': 'completed',
                 'transcriptSource': 'chat-dom' if chat else rng.choice(['deepgram', 'import']), 'events': events, 'turns': turns}
            contacts.append(c)
            labels.append({'contactId': cid, 'domain': topic['domain'], 'labels': {k: L[k] for k in CHECKS}, 'why': why})
            HARD_NEGATIVES[cid] = hard_negatives(f, why, turns)
    # ~5 exports from other systems: no durationMs, an event type the harness does not know
    for c in contacts[3::29][:5]:
        del c['durationMs']
        c['events'].insert(-1, {'type': 'transfer', 'atMs': c['turns'][-1]['endMs'], 'detail': {'to': 'queue-2'}})
        c['events'].sort(key=lambda e: e['atMs'])
    for c, lab in special_contacts(T0, CHECKS):
        contacts.append(c)
        labels.append(lab)
    return contacts, labels


if __name__ == '__main__':
    # deterministic: the first seed from SEED whose draw meets the label floors
    for seed in range(SEED, SEED + 200):
        contacts, labels = build(seed)
        counts = count(labels)
        if balanced(counts):
            break
    else:
        raise SystemExit('no seed met the label floors')
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w') as fh:
        fh.writelines(json.dumps(c, ensure_ascii=False) + '\n' for c in contacts)
    with open(os.path.join(OUT, 'labels.jsonl'), 'w') as fh:
        fh.writelines(json.dumps(l, ensure_ascii=False) + '\n' for l in labels)
    write_scenarios(os.path.join(OUT, 'scenarios'), TOPICS)
    print(json.dumps({'seed': seed, 'contacts': len(contacts), 'voice': sum(c['channel'] == 'voice' for c in contacts)}, ensure_ascii=False))
    tally = {}
    for cid, hn in HARD_NEGATIVES.items():
        for h in hn:
            tally[h] = tally.get(h, 0) + 1
    print('contacts with >= 1 hard negative:', sum(bool(h) for h in HARD_NEGATIVES.values()), json.dumps(tally, ensure_ascii=False))
    for k in CHECKS:
        print(f"| {k} | {counts[k]['pass']} | {counts[k]['fail']} | {counts[k]['na']} |")
