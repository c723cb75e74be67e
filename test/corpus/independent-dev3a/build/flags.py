"""Draws the behaviours (and so the defects) of one contact. Every label follows from these choices."""
import re
import phrases as P


def pick(rng, weighted):
    r = rng.random()
    acc = 0.0
    for value, w in weighted:
        acc += w
        if r < acc:
            return value
    return weighted[-1][0]


def draw_flags(rng, topic, chat: bool, hangup_mid: bool):
    f = {}
    f['chat'] = chat
    f['hangup_mid'] = hangup_mid
    f['staff_no'] = str(rng.choice([rng.randint(1000, 9999), rng.randint(100, 999), rng.randint(10, 99)]))
    f['surname'] = rng.choice('王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗')
    f['curt'] = rng.random() < 0.22
    f['plain'] = (not f['curt']) and rng.random() < 0.35
    f['greet_fail'] = rng.random() < (0.5 if f['curt'] else 0.2)
    f['id_mode'] = pick(rng, [('first', 0.36), ('second', 0.2), ('none', 0.44)])
    f['id_hardneg'] = rng.random() < 0.7
    f['closing_fail'] = (not hangup_mid) and rng.random() < 0.4
    f['forb'] = pick(rng, [('none', 0.6), ('soft', 0.26), ('rude', 0.14)])
    f['forb_text'] = rng.choice(P.FORBIDDEN_SOFT if f['forb'] == 'soft' else P.FORBIDDEN_RUDE)
    f['verify'] = pick(rng, [('ok', 0.58), ('none', 0.32), ('late', 0.10)]) if topic['verify'] else 'na'
    f['req_fail'] = bool(topic['req']) and rng.random() < 0.38
    f['req_fail_all'] = rng.random() < 0.5
    f['complaint'] = pick(rng, [(None, 0.5), ('open', 0.3), ('mid', 0.2)])
    f['complaint_text'] = rng.choice(P.COMPLAINT)
    f['empathy_pass'] = rng.random() < 0.52
    # an apology and a 忌语 in one turn would make the empathy label moot: keep them apart
    f['forb_at'] = 'answer' if (f['complaint'] == 'mid' and f['empathy_pass']) else rng.choice(['answer', 'fu'])
    f['not_complaint'] = (not f['complaint']) and rng.random() < 0.2
    f['fact_mode'] = pick(rng, [('correct', 0.54), ('wrong', 0.14), ('neg', 0.08), ('non', 0.24)])
    f['ref_pass'] = topic['ref'] and rng.random() < 0.6
    f['survey_pass'] = topic['survey'] and rng.random() < 0.58
    f['hold'] = pick(rng, [('none', 0.34), ('ann_thanks', 0.44), ('ann_bare', 0.07), ('unann', 0.15)])
    f['short_lookup'] = f['hold'] == 'none' and rng.random() < 0.25
    f['deadair_extra'] = rng.random() < 0.22
    f['cust_pause'] = rng.random() < 0.3
    f['slow_chat'] = chat and rng.random() < 0.35
    f['interrupt'] = (not chat) and (not f['deadair_extra']) and rng.random() < 0.5
    f['near_overlap'] = (not chat) and not f['interrupt'] and not f['deadair_extra'] and rng.random() < 0.25
    f['backchannel'] = (not chat) and not f['interrupt'] and rng.random() < 0.4
    f['cust_overlap'] = (not chat) and rng.random() < 0.2
    f['rate'] = 'chat' if chat else pick(rng, [('fast', 0.17), ('slow', 0.16), ('fastnormal', 0.35), ('normal', 0.32)])
    f['first_late'] = rng.random() < 0.16
    f['asr_noise'] = (not chat) and rng.random() < 0.7
    # no IVR before a late first answer: the IVR-to-agent silence would blur first-response and dead-air
    f['ivr'] = (not chat) and (not f['first_late']) and rng.random() < 0.5
    f['bot'] = chat and (not f['first_late']) and rng.random() < 0.4
    lookalikes = [x for x in P.FORBIDDEN_LOOKALIKE]
    if f['complaint'] and not f['empathy_pass']:
        lookalikes = [x for x in lookalikes if not re.search(P.APOLOGY_RE, x)]
    if f['closing_fail']:
        # 请随时联系我们 is close to a closing; keep it out of contacts labelled closing fail
        lookalikes = [x for x in lookalikes if not re.search(P.CLOSING_RE, x)]
    f['lookalike'] = rng.choice(lookalikes) if (f['forb'] == 'none' and rng.random() < 0.65 and not f['curt']) else ''
    # a survey invite or a hold thanks must not sit in the last two agent turns of a contact without a closing
    f['closing_fail_bare'] = f['survey_pass'] or f['hold'] == 'ann_thanks' or rng.random() < 0.5
    f['colloquial'] = rng.random() < 0.25
    f['survey_text'] = rng.choice(P.SURVEY_CHAT if chat else P.SURVEY)
    return f
