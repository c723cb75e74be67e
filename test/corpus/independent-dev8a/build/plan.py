"""Which defects each of the 150 normal contacts carries.

Every defect is handed out by quota (an exact number of contacts, drawn with the seeded RNG from
the contacts where it can occur) rather than by coin flips, so each check gets its pass AND fail
counts by design; README.md lists the resulting table.
"""

N_PER_DOMAIN = 25


def sample(rng, pool, k, exclude=()):
    pool = [i for i in pool if i not in set(exclude)]
    return set(rng.sample(pool, min(k, len(pool))))


def make_plans(rng, domains):
    items = []
    for d, dom in enumerate(domains):
        for j in range(N_PER_DOMAIN):
            i = d * N_PER_DOMAIN + j
            sc = dom['scenarios'][j % 3]
            items.append({'i': i, 'dom': dom, 'sc': sc, 'channel': 'voice' if i % 2 == 0 else 'webchat'})
    allx = [p['i'] for p in items]
    voice = [p['i'] for p in items if p['channel'] == 'voice']
    chat = [p['i'] for p in items if p['channel'] == 'webchat']
    req = lambda k: [p['i'] for p in items if p['sc']['req'].get(k)]
    no_survey = [p['i'] for p in items if not p['sc']['req'].get('survey')]

    curt = sample(rng, allx, 13)
    rude = sample(rng, allx, 17, curt)
    mild = sample(rng, allx, 15, curt | rude)
    warm = sample(rng, chat, 9, curt | rude)
    hardneg_forbid = sample(rng, allx, 26, curt | rude | mild)
    closing_na = sample(rng, no_survey, 8)
    closing_fail = sample(rng, allx, 29, closing_na)
    greet_fail = sample(rng, allx, 22)
    id_fail = sample(rng, allx, 34)
    id_late = sample(rng, allx, 3, id_fail)
    verify_fail = sample(rng, req('verification'), 31)
    ask_missing = sample(rng, allx, 20)
    forced_emp = set(req('empathy'))
    complaint = forced_emp | sample(rng, allx, 42, forced_emp)
    emp_fail = sample(rng, sorted(complaint), 24)
    emp_fail_second = sample(rng, sorted(complaint), 8, emp_fail)
    emp_second_ok = sample(rng, sorted(complaint), 10, emp_fail | emp_fail_second)
    holds_ok = sample(rng, allx, 30)
    holds_music = sample(rng, voice, 5, holds_ok)
    holds_nothanks = sample(rng, allx, 14, holds_ok | holds_music)
    holds_unann = sample(rng, allx, 9, holds_ok | holds_music | holds_nothanks)
    holds_second_unann = sample(rng, allx, 5, holds_ok | holds_music | holds_nothanks | holds_unann)
    any_hold = holds_ok | holds_music | holds_nothanks | holds_unann | holds_second_unann
    dead_voice = sample(rng, voice, 16, any_hold)
    late_chat = sample(rng, chat, 19, any_hold)
    burst_ok = sample(rng, chat, 12, late_chat)
    first_late = sample(rng, chat, 18)
    cust_pause = sample(rng, allx, 16)
    interrupt = sample(rng, voice, 22)
    overlap_ok = sample(rng, voice, 14, interrupt)
    rate_slow = sample(rng, voice, 9)
    rate_fast = sample(rng, voice, 9, rate_slow)
    rate_edge = sample(rng, voice, 10, rate_slow | rate_fast)
    fact_modes = {}
    pool = list(allx)
    rng.shuffle(pool)
    for mode, k in [('wrong_corrected', 14), ('right_then_wrong', 8), ('wrong', 10), ('negate', 7), ('none', 10), ('cust_wrong', 18)]:
        for _ in range(k):
            fact_modes[pool.pop()] = mode
    follow_non = sample(rng, allx, 18, {i for i, m in fact_modes.items() if m == 'none'})
    follow_ref = sample(rng, allx, 32, follow_non)
    follow_ans = sample(rng, allx, 55, follow_non | follow_ref)
    ref_missing = sample(rng, req('reference'), 16)
    ref_nonref = sample(rng, req('reference'), 15, ref_missing)
    survey_missing = sample(rng, req('survey'), 23)
    cust_sorry = sample(rng, allx, 14)
    unknown_ev = sample(rng, allx, 4)
    ivr_pre = sample(rng, voice, 20)
    bot_pre = sample(rng, chat, 12)
    spoken = sample(rng, voice, 40)
    for p in items:
        i = p['i']
        p.update({
            'curt': i in curt, 'warm': i in warm, 'forbid': 'rude' if i in rude else 'mild' if i in mild else 'hardneg' if i in hardneg_forbid else None,
            'closing': 'na' if i in closing_na else 'fail' if i in closing_fail else 'pass',
            'greet_fail': i in greet_fail, 'id': 'fail' if i in id_fail else 'late' if i in id_late else ('pass2' if i % 5 == 3 else 'pass1'),
            'verify': None if not p['sc']['req'].get('verification') else ('fail' if i in verify_fail else 'pass'),
            'ask': i not in ask_missing, 'complaint': i in complaint,
            'emp': None if i not in complaint else 'fail_first' if (i in emp_fail or p.get('curt')) else 'fail_second' if i in emp_fail_second else 'pass_two' if i in emp_second_ok else 'pass',
            'hold': 'ok' if i in holds_ok else 'music' if i in holds_music else 'nothanks' if i in holds_nothanks else 'unann' if i in holds_unann else 'second_unann' if i in holds_second_unann else None,
            'dead_voice': i in dead_voice, 'late_chat': i in late_chat, 'burst_ok': i in burst_ok, 'first_late': i in first_late,
            'cust_pause': i in cust_pause, 'interrupt': 'fail' if i in interrupt else 'edge' if i in overlap_ok else None,
            'rate': 'slow' if i in rate_slow else 'fast' if i in rate_fast else 'edge' if i in rate_edge else 'normal',
            'fact': fact_modes.get(i, 'right'),
            'follow': 'non' if i in follow_non else 'ref' if i in follow_ref else 'ans' if i in follow_ans else None,
            'ref': None if not p['sc']['req'].get('reference') else 'missing' if i in ref_missing else 'nonref' if i in ref_nonref else 'pass',
            'survey': None if not p['sc']['req'].get('survey') else ('missing' if i in survey_missing else 'pass'),
            'cust_sorry': i in cust_sorry, 'unknown_ev': i in unknown_ev, 'ivr': i in ivr_pre, 'bot': i in bot_pre, 'spoken': i in spoken,
        })
        if p['curt'] and p['emp']:
            p['emp'] = 'fail_first'
    return items
