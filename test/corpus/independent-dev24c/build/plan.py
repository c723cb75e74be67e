# -*- coding: utf-8 -*-
"""Seeded plan: which contacts fail which checks, and how each contact is shaped."""
import random
from mat_common import load_trades, PREFIX

SEED = 55127

UNITS_ORDER = ['fr_late', 'survey_miss', 'chat_da', 'voice_uh', 'interrupt', 'rate', 'hold_unthanked', 'voice_da',
               'chat_lat', 'verif', 'ref_miss', 'rude', 'jiyu', 'fact_wrong', 'fact_missing', 'fact_corrected',
               'emp_miss', 'nonans', 'greet_miss', 'id_miss', 'close_miss', 'req_miss']
UNIT_CHECKS = {
    'fr_late': ['first-response'], 'survey_miss': ['survey-offered'],
    'chat_da': ['dead-air', 'hold-etiquette', 'response-latency'],
    'voice_uh': ['dead-air', 'hold-etiquette', 'response-latency'],
    'interrupt': ['interruption'], 'rate': ['speech-rate'], 'hold_unthanked': ['hold-etiquette'],
    'voice_da': ['dead-air'], 'chat_lat': ['response-latency'], 'verif': ['verification'],
    'ref_miss': ['record-reference'], 'rude': ['politeness', 'forbidden-words'], 'jiyu': ['forbidden-words'],
    'fact_wrong': ['fact-accuracy', 'no-misinformation'], 'fact_missing': ['fact-accuracy'],
    'fact_corrected': ['no-misinformation'], 'emp_miss': ['empathy'], 'nonans': ['resolution'],
    'greet_miss': ['greeting'], 'id_miss': ['agent-id'], 'close_miss': ['closing'], 'req_miss': ['required-info'],
}

def elig(unit, c):
    v, k = c['channel'] == 'voice', c['kind']
    if unit == 'fr_late':
        return v and k == 'info'
    if unit == 'survey_miss':
        return k in ('record', 'info')
    if unit in ('chat_da', 'chat_lat'):
        return not v
    if unit in ('voice_uh', 'interrupt', 'rate', 'voice_da'):
        return v
    if unit in ('verif', 'ref_miss'):
        return k in ('record', 'complaint')
    if unit == 'close_miss':
        return not c['walkout']
    return True

def make_plan(seed=SEED):
    rng = random.Random(seed)
    trades = load_trades()
    contacts = []
    for ti, T in enumerate(trades):
        nvoice = 13 if ti % 2 == 0 else 12
        while True:
            sidx = [0] * 9 + [1] * 8 + [2] * 8
            rng.shuffle(sidx)
            chans = ['voice'] * nvoice + ['webchat'] * (25 - nvoice)
            rng.shuffle(chans)
            ok = all(sum(1 for a, b in zip(sidx, chans) if a == s and b == 'voice') >= 3 and
                     sum(1 for a, b in zip(sidx, chans) if a == s and b == 'webchat') >= 3 for s in range(3))
            if ok:
                break
        for k in range(25):
            S = T['scen'][sidx[k]]
            contacts.append(dict(id='%s-%s-%02d' % (PREFIX, T['key'], k + 1), ti=ti, trade=T['key'], si=sidx[k],
                                 kind=S['kind'], channel=chans[k], units={}, walkout=False, clean=False))
    # a few contacts stay clean; a few customers walk out (closing n/a)
    for c in contacts:
        c['cap'] = 5
    for c in rng.sample(contacts, 9):
        c['clean'] = True
    rest = [c for c in contacts if not c['clean']]
    light = rng.sample(rest, 22)
    for k, c in enumerate(light):
        c['cap'] = 1 if k < 10 else 2
    wo = [c for c in contacts if c['kind'] == 'complaint' and not c['clean']]
    for c in rng.sample(wo, 7):
        c['walkout'] = True
    H = rng.randint(25, 32); k1 = rng.randint(7, 9); k2 = rng.randint(3, 5)
    D = rng.randint(25, 32); L = rng.randint(25, 32); P = rng.randint(25, 30)
    A = rng.randint(25, 32); M = rng.randint(25, 32); w = rng.randint(9, 13)
    counts = {'fr_late': rng.randint(6, 12), 'survey_miss': rng.randint(25, 28), 'chat_da': k1, 'voice_uh': k2,
              'interrupt': rng.randint(15, 22), 'rate': rng.randint(15, 22), 'hold_unthanked': H - k1 - k2,
              'voice_da': D - k1 - k2, 'chat_lat': L - k1 - k2, 'verif': rng.randint(25, 32),
              'ref_miss': rng.randint(25, 32), 'rude': P, 'jiyu': rng.randint(6, 10), 'fact_wrong': w,
              'fact_missing': A - w, 'fact_corrected': M - w, 'emp_miss': rng.randint(25, 32),
              'nonans': rng.randint(25, 32), 'greet_miss': rng.randint(25, 32), 'id_miss': rng.randint(25, 32),
              'close_miss': rng.randint(25, 32), 'req_miss': rng.randint(25, 32)}
    per_trade = {}
    for unit in UNITS_ORDER:
        chk = UNIT_CHECKS[unit]
        for _ in range(counts[unit]):
            cands = []
            for c in contacts:
                if c['clean'] or unit in c['units'] or not elig(unit, c):
                    continue
                failed = set(x for u in c['units'] for x in UNIT_CHECKS[u])
                if failed & set(chk) or len(failed) + len(chk) > c['cap']:
                    continue
                score = len(failed) * 0.1 + per_trade.get((unit, c["ti"]), 0) * 1.6 + rng.random() * 4.0
                cands.append((score, c['id'], c))
            if not cands:
                raise SystemExit('plan: no candidate for ' + unit)
            cands.sort(key=lambda x: (x[0], x[1]))
            c = cands[0][2]
            c['units'][unit] = {}
            per_trade[(unit, c['ti'])] = per_trade.get((unit, c['ti']), 0) + 1
    # shape of each contact
    for c in contacts:
        v = c['channel'] == 'voice'
        u = c['units']
        c['noisy'] = v and rng.random() < 0.67
        c['ivr'] = v and rng.random() < 0.5
        c['joined_event'] = (not v) or c['ivr'] or rng.random() < 0.5
        c['bot'] = (not v) and rng.random() < 0.4
        c['length'] = rng.randint(6, 40)
        c['opening'] = rng.choice(['request', 'request', 'smalltalk', 'apology', 'complaint'])
        c['verify_first'] = rng.random() < 0.4
        c['idmode'] = rng.choice(['late', 'late', 'none', 'none_role']) if 'id_miss' in u else rng.choice([1, 1, 2])
        c['pos'] = {k: rng.choice(['early', 'middle', 'late']) for k in ('rude', 'side', 'hold', 'complaint', 'small')}
        c['buried'] = rng.random() < 0.5
        c['double'] = rng.random() < 0.3
        c['rate'] = (rng.choice([rng.uniform(92, 112), rng.uniform(318, 350)]) if 'rate' in u else rng.uniform(185, 235))
        c['hangup_by'] = 'agent' if rng.random() < 0.3 else 'customer'
        c['hold_pass'] = (not any(x in u for x in ('chat_da', 'voice_uh', 'hold_unthanked'))) and rng.random() < 0.22
        c['hold_music'] = v and rng.random() < 0.5
        c['extra_complaint'] = c['kind'] != 'complaint' and ('emp_miss' in u or rng.random() < 0.15)
        c['made_good'] = rng.random() < 0.15
        c['casual'] = rng.random() < 0.35
        c['side_ok'] = rng.random() < 0.3
        c['smalltalk_n'] = 0
        c['nudge'] = (not v) and rng.random() < 0.3
        c['slow_customer'] = rng.random() < 0.3
        c['small_overlap'] = v and rng.random() < 0.4
        c['hotline_read'] = rng.random() < 0.3
        c['lookalike'] = rng.random() < 0.6
        c['csorry_mid'] = rng.random() < 0.25
        c['thanks_nohold'] = rng.random() < 0.15
        c['seed'] = rng.randint(0, 10 ** 9)
        if 'verif' in u:
            u['verif'] = {'mode': rng.choice(['never', 'never', 'late'])}
        if 'rude' in u:
            u['rude'] = {'mode': rng.choice(['rude', 'rude', 'rude', 'toldyou_bare'])}
        if 'jiyu' in u:
            u['jiyu'] = {'mode': rng.choice(['tuiwei', 'lengmo', 'toldyou_beside'])}
        if 'close_miss' in u:
            u['close_miss'] = {'mode': rng.choice(['wrapup_only', 'instruction', 'agent_hangs'])}
        if 'greet_miss' in u:
            u['greet_miss'] = {'mode': 'bad'}
    return contacts

if __name__ == '__main__':
    cs = make_plan()
    from collections import Counter
    from plan import UNIT_CHECKS as UC
    cnt = Counter(x for c in cs for u in c['units'] for x in UC[u])
    print(sorted(cnt.items()))
    print(Counter(len(set(x for u in c['units'] for x in UC[u])) for c in cs))
