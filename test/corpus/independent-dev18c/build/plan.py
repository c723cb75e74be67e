"""Seeded plan (seed 83107): which defects and hard negatives each normal contact carries."""
import random
SEED = 83107
DOMAINS = ['food_drug', 'esports', 'rv_camp', 'phone_acc', 'pottery', 'courier']
PREFIX = {'food_drug': 'fd', 'esports': 'es', 'rv_camp': 'rv', 'phone_acc': 'pa', 'pottery': 'pt', 'courier': 'cr'}


def w(rng, pairs):
    r = rng.random() * sum(p for _, p in pairs)
    for v, p in pairs:
        r -= p
        if r < 0:
            return v
    return pairs[-1][0]


def make_plan(mats):
    rng = random.Random(SEED)
    plan = []
    for d, dom in enumerate(DOMAINS):
        m = mats[dom]
        for k in range(25):
            g = d * 25 + k
            sc = m['scen'][k % 3]
            req = sc['requires']
            voice = g % 2 == 0
            p = {'idx': g, 'domain': dom, 'cid': f"h11c-{PREFIX[dom]}-{k + 1:02d}", 'scen': k % 3,
                 'channel': 'voice' if voice else 'webchat'}
            p['asr'] = voice and rng.random() < 0.67
            p['ivr'] = voice and rng.random() < 0.5
            p['greet'] = rng.random() > 0.32
            p['idpos'] = w(rng, [(1, 0.45), (2, 0.2), (3, 0.12), (0, 0.23)])
            p['closing'] = w(rng, [('close', 0.62), ('noclose', 0.38)])
            if not req['survey'] and rng.random() < 0.3:
                p['closing'] = 'walkout'
            p['forbid'] = w(rng, [('none', 0.6), ('plain', 0.2), ('rude', 0.2)])
            p['lookalike'] = rng.random() < 0.6
            p['verif'] = w(rng, [('before', 0.55), ('late', 0.2), ('none', 0.25)]) if req['verification'] else 'na'
            p['hold'] = w(rng, [('none', 0.3), ('ann_thx', 0.37), ('ann_nothx', 0.15), ('unann', 0.18)])
            p['hold_events'] = voice and rng.random() < 0.4
            p['deadair'] = rng.random() < (0.28 if voice else 0.08)
            p['slow'] = rng.random() < (0.15 if voice else 0.28)
            p['interrupt'] = voice and rng.random() < 0.28
            p['backch'] = voice and rng.random() < 0.35
            p['rate'] = w(rng, [('ok', 0.7), ('fast', 0.15), ('slow', 0.15)]) if voice else 'na'
            p['complaint1'] = True if req['empathy'] else rng.random() < 0.3
            p['escalate'] = p['closing'] != 'walkout' and rng.random() < 0.3
            p['emp1'] = rng.random() < 0.6
            p['emp2'] = rng.random() < 0.6
            p['cust_sorry'] = rng.random() < 0.35
            p['nonanswer'] = rng.random() < 0.25
            p['fact'] = w(rng, [('correct', 0.36), ('variant', 0.14), ('wrong', 0.15), ('wrong_then_correct', 0.13), ('correct_then_wrong', 0.08), ('omit', 0.14)])
            p['ref'] = (rng.random() < 0.6) if req['reference'] else None
            p['ref_in_a4'] = rng.random() < 0.4 or p['closing'] == 'walkout'
            p['survey'] = (rng.random() < 0.6) if req['survey'] else None
            p['info'] = rng.random() < 0.85
            p['fr_late'] = rng.random() < 0.08
            p['no_duration'] = False
            p['transfer_event'] = False
            plan.append(p)
    for g in (7, 44, 98, 131):
        plan[g]['no_duration'] = True
    plan[62]['transfer_event'] = True
    return plan
