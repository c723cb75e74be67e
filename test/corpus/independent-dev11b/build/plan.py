"""What each contact does: one seeded draw of choices per contact (the defects and hard negatives).

Kept apart from the timeline code so the choices read as a list. Probabilities were tuned once so
that every check gets its required pass/fail counts (validate.py prints the counts).
"""
SEED = 73301  # fixed number, not the set's name: renaming the set must not move a contact


def draw_plan(rng, scenario, channel):
    """One contact's choices. `rng` is the generator's shared random.Random(SEED)."""
    req = scenario['req']
    voice = channel == 'voice'
    p = {}
    p['greet'] = rng.random() > 0.2
    p['id'] = rng.choices(['ok', 'none', 'bad'], [0.62, 0.2, 0.18])[0]
    p['complaint'] = bool(req.get('empathy')) or rng.random() < 0.6
    p['empathy'] = rng.random() < 0.6 if p['complaint'] else None
    p['empathy_turn'] = rng.choice(['A2', 'A2', 'A3'])
    p['ask_info'] = rng.random() > 0.22
    p['verify'] = (rng.random() < 0.6) if req.get('verification') else None
    p['hold'] = rng.choices(['none', 'ok', 'no-thanks', 'unannounced'], [0.46, 0.34, 0.12, 0.08])[0]
    p['fact'] = rng.choices(['right', 'wrong', 'corrected'], [0.7, 0.15, 0.15])[0]
    p['answer'] = rng.choices(['answer', 'vague', 'nonanswer', 'rude-then-answer', 'rude-instead'], [0.47, 0.15, 0.18, 0.1, 0.1])[0]
    p['side'] = rng.choices(['none', 'help', 'look', 'buck'], [0.3, 0.25, 0.2, 0.25])[0]
    p['ref'] = rng.choices(['ok', 'none', 'notref'], [0.62, 0.2, 0.18])[0] if req.get('reference') else rng.choice(['ok', 'none'])
    p['survey'] = (rng.random() < 0.68) if req.get('survey') else rng.random() < 0.3
    p['closing'] = rng.choices(['ok', 'wrapup-only', 'left'], [0.72, 0.23, 0.05])[0]
    p['first'] = rng.choices(['ok', 'late', 'quiet-start'], [0.75, 0.17, 0.08 if voice else 0.0])[0]
    p['latency'] = rng.random() < 0.2
    p['deadair'] = rng.random() < 0.15
    p['interrupt'] = rng.choices(['none', 'fail', 'small-overlap'], [0.48, 0.32, 0.2])[0] if voice else 'none'
    p['rate'] = rng.choices(['ok', 'fast', 'slow'], [0.7, 0.17, 0.13])[0] if voice else 'ok'
    # only where the agent asked for something, so the quiet is plainly the customer's
    p['customer_pause'] = rng.random() < 0.3 and (p['ask_info'] or bool(p['verify']))
    p['customer_sorry'] = rng.random() < 0.2
    p['asr_noise'] = voice and rng.random() < 0.7
    p['midcall_thanks'] = rng.random() < 0.25
    p['cold_preface'] = rng.random() < 0.25  # used only in scenarios that have a preface line
    # a curt agent: no greeting, no name, 你 for 您, no 请/麻烦/thanks, no apology, no wishes at the end
    p['curt'] = rng.random() < 0.09
    if p['curt']:
        p.update(greet=False, id='none', hold='none', survey=False, closing='wrapup-only', midcall_thanks=False,
                 answer=rng.choice(['answer', 'nonanswer']), side=rng.choice(['none', 'help']))
        if p['complaint']:
            p['empathy'] = False
    return p
