"""Writes scenarios/, contacts.jsonl and labels.jsonl of set independent-dev6b, deterministically (seed below).

Run from anywhere: python3 build/gen.py. Wording is hand-written in material_*.py; this file decides, per
contact, which defect or hard negative it carries (balanced, shuffled lists so every check gets enough
passes and fails) and labels it from that plan plus the silences the timeline really contains.
"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from material_domains import SCENARIOS
from material_domains2 import SCENARIOS2
from material_beats import FORBID_MILD, FORBID_RUDE, LOOKALIKE, REF_PREFIX, REPEAT_KEYS, PROTEST_KEYS
from compose import build
from labels import label_contact, CHECKS
from specials import special_contacts
from scenarios_yaml import write_scenarios

SEED = 61106
ROOT = os.path.join(os.path.dirname(__file__), '..')
ALL = SCENARIOS + SCENARIOS2
PREFIX_FORBID = [f for f in FORBID_MILD + FORBID_RUDE if any(k in f for k in REPEAT_KEYS + PROTEST_KEYS)]
REPLACE_FORBID = [f for f in FORBID_MILD + FORBID_RUDE if f not in PREFIX_FORBID]
BASE_T = 1764979200000  # 2025-12-06 00:00 UTC; contacts spread over the following weeks


def balanced(rng, n, weights):
    """A shuffled list of n values in the given proportions (so counts are guaranteed, not hoped for)."""
    out = []
    for v, w in weights:
        out += [v] * round(n * w)
    while len(out) < n:
        out.append(weights[0][0])
    out = out[:n]
    rng.shuffle(out)
    return out


def contact_slots():
    slots = []  # 25 per domain, scenario sizes 8/8/9, channels alternating
    for d in range(6):
        scs = ALL[d * 3:d * 3 + 3]
        for k, size in enumerate((8, 8, 9)):
            for j in range(size):
                slots.append((scs[k], None))
    return [(sc, 'voice' if i % 2 == 0 else 'webchat') for i, (sc, _) in enumerate(slots)]


def make_plans(rng, slots):
    n = len(slots)
    voice_idx = [i for i, s in enumerate(slots) if s[1] == 'voice']
    chat_idx = [i for i, s in enumerate(slots) if s[1] == 'webchat']
    P = [dict() for _ in range(n)]
    def assign(key, idx, weights):
        for i, v in zip(idx, balanced(rng, len(idx), weights)):
            P[i][key] = v
    every = list(range(n))
    assign('greet', every, [(True, 0.8), (False, 0.2)])
    assign('aid', every, [('ok', 0.62), ('bare', 0.14), ('custnum', 0.08), ('none', 0.08), ('late', 0.08)])
    assign('curt', every, [(False, 0.87), (True, 0.13)])
    assign('forbid_on', every, [(False, 0.7), (True, 0.3)])
    assign('req', every, [(True, 0.78), (False, 0.22)])
    assign('fact', every, [('correct', 0.58), ('wrong', 0.1), ('corrected', 0.09), ('flip', 0.07), ('unstated', 0.08), ('other', 0.08)])
    assign('nonanswer', every, [('', 0.81), ('bare', 0.11), ('helped', 0.08)])
    assign('closing', every, [('ok', 0.6), ('wrapq', 0.13), ('none', 0.13), ('left', 0.14)])
    assign('first', every, [('ok', 0.86), ('late', 0.14)])
    assign('hold', every, [('none', 0.47), ('ok', 0.27), ('nothanks', 0.1), ('noask', 0.11), ('twobad', 0.05)])
    assign('custpause', every, [(False, 0.85), (True, 0.15)])
    assign('lookalike_on', every, [(False, 0.7), (True, 0.3)])
    assign('cust_apology', every, [(False, 0.88), (True, 0.12)])
    assign('interrupt', voice_idx, [('none', 0.57), ('yes', 0.27), ('backchannel', 0.16)])
    assign('rate', voice_idx, [('normal', 0.74), ('fast', 0.13), ('slow', 0.13)])
    assign('deadair', voice_idx, [('none', 0.8), ('short', 0.2)])
    assign('deadair', chat_idx, [('none', 0.72), ('short', 0.1), ('slowchat', 0.18)])
    assign('asr', voice_idx, [(0.9, 0.7), (0.0, 0.3)])
    v_idx = [i for i in every if slots[i][0]['requires']['verification']]
    assign('verif', v_idx, [('ok', 0.6), ('late', 0.22), ('none', 0.18)])
    r_idx = [i for i in every if slots[i][0]['requires']['reference']]
    assign('ref', r_idx, [('ok', 0.58), ('none', 0.24), ('decoy', 0.18)])
    s_idx = [i for i in every if slots[i][0]['requires']['survey']]
    assign('survey', s_idx, [(True, 0.62), (False, 0.38)])
    e_idx = [i for i in every if not slots[i][0]['requires']['empathy']]
    assign('complain', e_idx, [(False, 0.8), (True, 0.2)])
    assign('empathy', every, [(True, 0.58), (False, 0.42)])
    for i, p in enumerate(P):
        sc, ch = slots[i]
        p.setdefault('interrupt', 'na'); p.setdefault('rate', 'normal'); p.setdefault('asr', 0.0)
        p.setdefault('verif', 'na'); p.setdefault('ref', 'na'); p.setdefault('survey', False)
        if sc['requires']['empathy']:
            p['complain'] = True
        if p['complain']:
            p['cust_apology'] = False
        if p['curt'] and p['hold'] in ('ok', 'twobad'):
            p['hold'] = 'nothanks'  # a curt agent does not thank anyone for waiting
        if p['hold'] == 'twobad' and p['deadair'] != 'none':
            p['deadair'] = 'none'
        if not p['req']:
            p['custpause'] = False
        p['forbid'], p['forbid_kind'] = '', ''
        if p['forbid_on']:
            if rng.random() < 0.45:
                p['forbid'], p['forbid_kind'] = rng.choice(REPLACE_FORBID), 'replace'
            else:
                p['forbid'], p['forbid_kind'] = rng.choice(PREFIX_FORBID), 'prefix'
        p['lookalike'] = rng.choice(LOOKALIKE) if p['lookalike_on'] and not p['forbid'] and not p['curt'] and not p['nonanswer'] else ''
        p['refno'] = rng.choice(['GD', 'SL', 'FW', 'SQ', 'SH', 'WO']) + '%d%06d' % (2026, rng.randint(0, 999999))
    return P


def preamble(rng, voice, ivr):
    """Events (and IVR turns) before the agent joins; returns (events, turns, join_ms)."""
    if not voice:
        ev = [dict(type='started', atMs=0), dict(type='page-loaded', atMs=rng.randint(900, 2500))]
        q = ev[-1]['atMs'] + rng.randint(1500, 4000)
        ev.append(dict(type='queued', atMs=q))
        join = q + rng.randint(2000, 40000)
        return ev, [], join
    ring = rng.randint(1200, 2600)
    ans = ring + rng.randint(3000, 9000)
    ev = [dict(type='started', atMs=0), dict(type='dialed', atMs=rng.randint(80, 200)), dict(type='ringing', atMs=ring), dict(type='answered', atMs=ans)]
    turns = []
    join = ans
    if ivr:
        t0 = ans + 300
        txt = rng.choice(['您好，欢迎致电，业务咨询请按1，人工服务请按0', '欢迎来电，为提高服务质量您的通话可能被录音，人工服务请按零'])
        t1 = t0 + len(txt) * 230
        turns.append(dict(speaker='ivr', text=txt, startMs=t0, endMs=t1, confidence=0.95))
        ev += [dict(type='ivr-prompt', atMs=t0), dict(type='dtmf', atMs=t1 + 1500, detail={'digits': '0'}), dict(type='queued', atMs=t1 + 1800)]
        join = t1 + rng.randint(5000, 40000)
    return ev, turns, join


def main():
    rng = random.Random(SEED)
    slots = contact_slots()
    plans = make_plans(rng, slots)
    contacts, labels, meta = [], [], []
    counter = {}
    for i, ((sc, ch), plan) in enumerate(zip(slots, plans)):
        voice = ch == 'voice'
        counter[sc['id']] = counter.get(sc['id'], 0) + 1
        cid = f"{sc['id']}-{counter[sc['id']]:02d}"
        ev, pre_turns, join = preamble(rng, voice, ivr=voice and rng.random() < 0.35)
        tl, said, hung = build(rng, sc, plan, voice, join)
        events = ev + [dict(type='agent-joined', atMs=join)] + tl.events
        end = tl.t + rng.randint(300, 1500)
        if voice:
            events.append(dict(type='hangup', atMs=end, detail={'by': hung}))
        events.append(dict(type='ended', atMs=end + 200) if voice else dict(type='ended', atMs=end + 200, detail={'by': hung}))
        events.sort(key=lambda e: e['atMs'])
        c = dict(schemaVersion=1, contactId=cid, scenarioId=sc['id'], channel=ch, startedAt=BASE_T + i * 7_200_000 + rng.randint(0, 3_000_000),
                 durationMs=end + 200, outcome='completed', transcriptSource='deepgram' if voice else 'chat-dom', events=events, turns=pre_turns + tl.turns)
        lab, why = label_contact(sc, plan, tl, said, voice)
        contacts.append(c); labels.append(dict(contactId=cid, domain=sc['domain'], labels=lab, why=why))
        meta.append(dict(contactId=cid, plan={k: v for k, v in plan.items() if k != 'lookalike_on'}, said=said))
    # 4 normal contacts imported from elsewhere: no durationMs and an event type we do not know
    for c in [contacts[j] for j in (5, 40, 91, 130)]:
        del c['durationMs']
        c['events'].insert(-2, dict(type='transfer', atMs=c['events'][-2]['atMs'] - 50, detail={'to': 'queue-2'}))
    for c, l in special_contacts(rng, BASE_T + 160 * 7_200_000):
        contacts.append(c); labels.append(l)
    with open(os.path.join(ROOT, 'contacts.jsonl'), 'w') as f:
        for c in contacts:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    with open(os.path.join(os.path.dirname(__file__), 'plans.json'), 'w') as f:
        json.dump(meta, f, ensure_ascii=False, indent=0)
    write_scenarios(ALL, os.path.join(ROOT, 'scenarios'))
    print(f'{len(contacts)} contacts written')


if __name__ == '__main__':
    main()
