"""Decides, before any text is written, which behaviours each contact carries: the defects injected on
purpose (each check gets enough `fail`s) and the hard negatives (look-alikes that must stay `pass`).
Greedy and seeded: each behaviour goes to the applicable contacts that carry the fewest so far."""


def is_strict_chat(c):
    return c['channel'] == 'webchat' and c['scenario'].get('sla', {}).get('responseLatencyMs', 30000) < 30000


def is_strict_voice(c):
    return c['channel'] == 'voice' and c['scenario'].get('sla', {}).get('firstResponseMs', 30000) < 10000


def req(c, key):
    return bool(c['scenario']['requires'].get(key))


def complaint(c):
    return c['scenario']['complaint'] or 'mild_complaint' in c['plan']


def can_leave(c):
    return not req(c, 'survey') and not req(c, 'reference')


VOICE = lambda c: c['channel'] == 'voice'
ANY = lambda c: True

# (behaviour, how many contacts, who may carry it, exclusive group). Order matters: behaviours that
# decide applicability of later ones (mild_complaint → empathy) come first.
SPEC = [
    ('mild_complaint', 12, lambda c: not c['scenario']['complaint'], None),
    ('cust_left', 9, can_leave, 'end'),
    ('first_slow_strict', 11, lambda c: is_strict_voice(c) or is_strict_chat(c), 'first'),
    ('latency_strict', 10, is_strict_chat, 'wait'),
    ('verif_skip', 11, lambda c: req(c, 'verification'), 'verif'),
    ('verif_late', 6, lambda c: req(c, 'verification'), 'verif'),
    ('empathy_cold', 11, complaint, 'empathy'),
    ('empathy_late', 6, complaint, 'empathy'),
    ('ref_missing', 17, lambda c: req(c, 'reference'), None),
    ('rate_fast', 10, VOICE, 'rate'),
    ('rate_slow', 8, VOICE, 'rate'),
    ('interrupt', 18, VOICE, 'overlap'),
    ('deadair_short', 8, VOICE, 'wait'),
    ('latency_long', 6, VOICE, 'wait'),
    ('first_slow_default', 6, lambda c: not is_strict_voice(c) and not is_strict_chat(c), 'first'),
    ('hold_unannounced', 10, ANY, 'wait'),
    ('hold_unthanked', 9, ANY, 'wait'),
    ('survey_missing', 18, lambda c: req(c, 'survey'), None),
    ('fact_wrong', 17, lambda c: any(f.get('wrong') for f in c['scenario']['facts'] if f['key'] != c['scenario']['primary']), 'secondary'),
    ('fact_missing', 7, ANY, 'secondary'),
    ('nonanswer', 17, ANY, None),
    ('info_missing', 18, ANY, None),
    ('closing_fail', 18, lambda c: 'cust_left' not in c['plan'], 'end'),
    ('greet_fail', 18, ANY, None),
    ('id_missing', 13, ANY, 'id'),
    ('id_late', 7, ANY, 'id'),
    ('forbidden_rude', 8, ANY, 'forbidden'),
    ('forbidden', 14, ANY, 'forbidden'),
    ('curt', 10, lambda c: 'forbidden_rude' not in c['plan'], None),
    # Hard negatives and other pass-side variety.
    ('hold_ok', 28, ANY, 'wait'),
    ('wait_short', 8, ANY, 'wait'),
    ('slow_reply_ok', 8, lambda c: c['channel'] == 'webchat' and not is_strict_chat(c), 'wait'),
    ('rate_fastnormal', 14, VOICE, 'rate'),
    ('backchannel', 8, lambda c: VOICE(c) and not complaint(c) and not ({'id_second'} & c['plan']), 'overlap'),
    ('latch', 6, VOICE, 'overlap'),
    ('cust_overlap', 8, VOICE, None),
    ('lookalike', 34, lambda c: 'curt' not in c['plan'], None),
    ('cust_pause', 22, ANY, None),
    ('id_second', 12, lambda c: not ({'greet_fail', 'id_missing', 'id_late', 'backchannel'} & c['plan']), 'id'),
    ('empathy_second', 6, lambda c: complaint(c) and not ({'empathy_cold', 'empathy_late'} & c['plan']), 'empathy'),
]


def assign(contacts, rng):
    for c in contacts:
        c['plan'] = set()
        c['groups'] = set()
    for mode, target, ok, group in SPEC:
        pool = [c for c in contacts if ok(c) and (group is None or group not in c['groups'])]
        rng.shuffle(pool)
        pool.sort(key=lambda c: len(c['plan']))
        if len(pool) < target:
            raise SystemExit(f'plan: only {len(pool)} contacts can carry {mode}, wanted {target}')
        # Both channels get their share of a behaviour that fits both (else voice, which carries the
        # voice-only behaviours first, would end up with none of the shared ones).
        voice = [c for c in pool if c['channel'] == 'voice']
        chat = [c for c in pool if c['channel'] != 'voice']
        want_voice = min(len(voice), max((target + 1) // 2, target - len(chat)))
        chosen = voice[:want_voice] + chat[:target - want_voice]
        for c in chosen:
            c['plan'].add(mode)
            if group:
                c['groups'].add(group)
    for c in contacts:
        if c['channel'] == 'voice' and ({'hold_ok', 'hold_unthanked', 'hold_unannounced'} & c['plan']) and rng.random() < 0.5:
            c['plan'].add('moh')
        if 'hold_unannounced' in c['plan'] and c['channel'] == 'webchat' and rng.random() < 0.5:
            c['plan'].add('latency_via_hold')
