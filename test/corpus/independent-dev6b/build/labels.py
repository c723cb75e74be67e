"""Labels one contact from its plan (what the agent did) and its timeline (the silences really placed).

Thresholds are the brief's definitions: dead air voice >= 8 s / chat >= 30 s; a hold voice >= 15 s /
chat >= 30 s; latency against the scenario's sla.responseLatencyMs; first response against
sla.firstResponseMs counted from agent-joined.
"""
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']


def label_contact(sc, P, tl, said, voice):
    L, W = {}, {}
    def put(check, value, why=None):
        L[check] = value
        if why:
            W[check] = why
    first_lat, lat_sla = sc['sla']
    dead_min, hold_min = (8000, 15000) if voice else (30000, 30000)
    put('greeting', 'pass' if P['greet'] else 'fail', None if P['greet'] else 'first agent turn opens without any greeting')
    aid_why = {'bare': 'only a bare role (no name, no number)', 'custnum': "the only number is the caller's own phone tail",
               'none': 'no staff number or name at all (the hotline/organisation is not a person)', 'late': 'staff number given only late in the call, not in the first two turns'}
    put('agent-id', 'pass' if P['aid'] == 'ok' else 'fail', aid_why.get(P['aid']))
    c = P['closing']
    put('closing', {'ok': 'pass', 'left': 'na'}.get(c, 'fail'),
        {'wrapq': 'last two agent turns: a wrap-up question and a bare 嗯/好/行, no thanks/wish/goodbye',
         'none': 'agent ends with a bare acknowledgement after the customer thanked; no 结束语',
         'left': 'customer hung up before the agent could wrap up'}.get(c))
    if P['forbid']:
        put('forbidden-words', 'fail', f"agent says: {P['forbid']}")
    elif P['nonanswer'] == 'bare':
        put('forbidden-words', 'fail', 'a bare 不清楚/查不了/回答不了 brush-off with no help (perfunctory reply, a 忌语 in bank/12345 lists)')
    else:
        put('forbidden-words', 'pass', f"look-alike only, said with help/softening: {P['lookalike']}" if P['lookalike'] else None)
    if not sc['requires']['verification']:
        put('verification', 'na')
    else:
        put('verification', 'pass' if P['verif'] == 'ok' else 'fail',
            {'late': 'agent reads out the customer record before asking for identity', 'none': 'agent discloses the record and never verifies identity'}.get(P['verif']))
    # holds: every agent silence >= hold_min while the customer waits
    holds = [g for g in tl.gaps if g['gap'] >= hold_min]
    if not holds:
        put('hold-etiquette', 'na')
    elif P['hold'] == 'ok' and all(g['kind'] == 'announced' for g in holds):
        put('hold-etiquette', 'pass', 'asked to wait before the hold and thanked after it')
    else:
        r = []
        if any(g['kind'] != 'announced' for g in holds):
            r.append('a silence of %.0f s without asking the customer to wait' % (max(g['gap'] for g in holds if g['kind'] != 'announced') / 1000))
        if P['hold'] in ('nothanks', 'twobad'):
            r.append('came back from an announced hold without thanking for the wait')
        put('hold-etiquette', 'fail', '; '.join(r))
    if P['curt']:
        put('politeness', 'fail', 'curt throughout: 你 not 您, terse orders, no softeners')
    elif P['forbid'] in __import__('material_beats').FORBID_RUDE:
        put('politeness', 'fail', f"a rude line: {P['forbid']}")
    else:
        put('politeness', 'pass')
    if not voice:
        put('interruption', 'na'); put('speech-rate', 'na')
    else:
        if P['interrupt'] == 'yes':
            put('interruption', 'fail', 'agent starts >1 s before the customer finished')
        else:
            put('interruption', 'pass', 'short backchannel overlap under 0.8 s' if P['interrupt'] == 'backchannel' else None)
        put('speech-rate', 'fail' if P['rate'] != 'normal' else 'pass',
            {'fast': 'agent speaks over 300 characters a minute', 'slow': 'agent speaks under 120 characters a minute'}.get(P['rate']))
    owed = [g for g in tl.gaps if g['kind'] != 'announced' and g['gap'] >= dead_min]
    if owed:
        put('dead-air', 'fail', 'unannounced agent silence of %.1f s' % (max(g['gap'] for g in owed) / 1000))
    else:
        put('dead-air', 'pass', "the long pause is the customer's (looking something up)" if P['custpause'] else
            ('announced hold only' if holds else None))
    protest = P['forbid_kind'] == 'prefix' and any(k in P['forbid'] for k in __import__('material_beats').PROTEST_KEYS)
    if protest:
        put('empathy', 'fail', f"the customer protests/threatens to complain and the agent answers: {P['forbid']}")
    elif not P['complain']:
        put('empathy', 'na', 'the customer only apologises; no complaint' if P['cust_apology'] else None)
    else:
        put('empathy', 'pass' if P['empathy'] else 'fail', None if P['empathy'] else 'complaint met with a bare calm-down/promise, no apology or acknowledgement')
    res_fail = []
    if P['fact'] == 'unstated':
        res_fail.append('the fact asked about is never answered (vague reply)')
    if P['forbid_kind'] == 'replace':
        res_fail.append('follow-up question gets a 忌语 brush-off instead of an answer')
    elif P['nonanswer'] == 'bare':
        res_fail.append('follow-up question gets a bare non-answer')
    put('resolution', 'fail' if res_fail else 'pass', '; '.join(res_fail) if res_fail else
        ('non-answer followed by a look-up/referral with the answer' if P['nonanswer'] == 'helped' else None))
    first = tl.gaps[0]['gap']
    put('first-response', 'fail' if first > first_lat else 'pass', 'first agent turn %.1f s after joining (SLA %d s)' % (first / 1000, first_lat / 1000) if first > first_lat else None)
    late = []
    for g in tl.gaps[1:]:
        if g['kind'] == 'announced' or g['gap'] < 0:
            continue
        lat = g['gap'] if voice else (g['since_customer'] if g['since_customer'] is not None else 0)
        if g['since_customer'] is None and not voice:
            continue
        if voice and tl.turns[g['index'] - 1]['speaker'] != 'customer':
            continue
        if lat > lat_sla:
            late.append(lat)
    put('response-latency', 'fail' if late else 'pass', 'customer waited %.1f s for a reply (SLA %d s)' % (max(late) / 1000, lat_sla / 1000) if late else None)
    f = P['fact']
    put('fact-accuracy', 'pass' if f in ('correct', 'corrected') else 'fail',
        {'wrong': 'states a wrong value', 'flip': 'last statement of the value is a wrong one', 'unstated': 'value never stated',
         'other': 'states a value that is not the expected one', 'corrected': 'wrong value corrected to the right one'}.get(f))
    put('no-misinformation', 'fail' if f in ('wrong', 'corrected', 'flip') else 'pass',
        {'wrong': 'states a known-wrong value', 'corrected': 'states a known-wrong value before correcting it', 'flip': 'retracts the right value for a known-wrong one',
         'other': 'the value stated is wrong but not a known-wrong value'}.get(f))
    if not sc['requires']['reference']:
        put('record-reference', 'na')
    else:
        put('record-reference', 'pass' if P['ref'] == 'ok' else 'fail',
            {'none': 'no reference number given', 'decoy': 'only a hotline/order/amount/staff number, no reference'}.get(P['ref']))
    if not sc['requires']['survey']:
        put('survey-offered', 'na')
    else:
        put('survey-offered', 'pass' if P['survey'] else 'fail', None if P['survey'] else 'no invitation to rate the service')
    put('required-info', 'pass' if P['req'] else 'fail', None if P['req'] else f"never asks for {sc['req']['label']}")
    return {k: L[k] for k in CHECKS}, W
