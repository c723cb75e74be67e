"""Builds one contact's dialogue (who says what, with tags) from the behaviours chosen for it.

A turn spec is a dict: sp (speaker), text, tags (set) and gap (how the silence before it is made).
Tags the timeline and the label logic rely on:
  q         the agent hands the word to the customer (a question / request)
  announce  the agent announces a wait or a look-up
  thanks    the agent thanks/apologises for a wait at the start of the turn
  protect   keep ASR homophones away (required-info ask turns)
  complaint the customer's first complaint
"""
import re
import phrases as P
from speech import digitwise

CURT_DROP = ['麻烦您', '麻烦', '请您', '请问', '请', '呢', '哈', '谢谢您', '谢谢', '为了保障你的信息安全，', '为了保障你的账户安全，']


def curtify(text: str) -> str:
    text = text.replace('您', '你')
    for w in CURT_DROP:
        text = text.replace(w, '')
    text = text.replace('好的，', '嗯，')
    return text


def build_dialogue(rng, topic, f, chat: bool):
    """Returns the list of turn specs; f holds the behaviour flags drawn for this contact."""
    org, dom = topic['org'], topic['domain']
    other = topic['other']
    turns = []
    style = (lambda t: curtify(t)) if f['curt'] else (lambda t: t)

    def A(text, tags=(), gap=None):
        turns.append(dict(sp='agent', text=style(text), tags=set(tags), gap=gap))

    def C(text, tags=(), gap=None):
        turns.append(dict(sp='customer', text=text, tags=set(tags), gap=gap))

    ack = lambda: rng.choice(P.CURT_ACKS) if f['curt'] else (rng.choice(P.PLAIN_ACKS) if f['plain'] else '好的，')
    n, s = f['staff_no'], f['surname']
    if not chat and len(n) >= 3 and rng.random() < 0.7:
        n = digitwise(n)  # staff numbers are read digit by digit on the phone: 幺零三七
    idtxt = lambda pool: rng.choice(pool).format(n=n, s=s)

    # 1. opening turn
    if f['greet_fail']:
        if f['curt']:
            g = rng.choice(P.GREET_FAIL_CURT_CHAT if chat else P.GREET_FAIL_CURT).format(org=org)
        else:
            g = rng.choice(P.GREET_FAIL_CHAT if chat else P.GREET_FAIL).format(org=org)
    elif f['curt']:
        g = '你好，' + org
    else:
        g = rng.choice(P.GREET_PASS_CHAT if chat else P.GREET_PASS).format(org=org)
    first = g + '，'
    if f['id_mode'] == 'first':
        first += idtxt(P.ID_FIRST) + '，'
    first += rng.choice(P.ASK_WHAT_CURT if f['curt'] else P.ASK_WHAT) + '？'
    A(first, ['q', 'first'])

    # how callers really open: address terms and northern colloquial 咋/啥 on some contacts
    lead_in = ['', '', '', '哎你好，', '麻烦问一下哈，', '姑娘你好，', '师傅你好，'] + (['在吗，'] if chat else ['喂喂，听得到吗？'])
    opening = rng.choice(lead_in) + rng.choice(topic['open'])
    if f['colloquial']:
        opening = opening.replace('怎么', '咋').replace('什么', '啥')
    if f['complaint'] == 'open':
        C(opening + '。' + f['complaint_text'], ['complaint'])
    elif f['not_complaint']:
        C(rng.choice(P.NOT_COMPLAINT) + '，' + opening)
    else:
        C(opening)

    # 2. second agent turn prefix: id in second turn, empathy, hard-negative numbers
    prefix = ''
    if f['id_mode'] == 'second':
        prefix += idtxt(P.ID_SECOND)
    if f['complaint'] == 'open' and f['empathy_pass']:
        prefix += rng.choice(P.EMPATHY_CURT if f['curt'] else P.EMPATHY)
    ignored = f['complaint'] == 'open' and not f['empathy_pass']
    prefix += ('嗯，' if f['curt'] else '好的，') if ignored else ack()
    # the other-number lines disclose account details, so never before a (required) identity check
    if f['id_mode'] == 'none' and f['id_hardneg'] and f['verify'] != 'ok':
        prefix += rng.choice(topic['idneg']) + '，'

    # 3. asks: verification then required info, each answered by the customer
    asks = []
    if topic['verify'] and f['verify'] == 'ok':
        vask = rng.choice(P.VERIFY_ASK[dom])
        vans = '验证码是482913' if '验证码' in vask else rng.choice(P.VERIFY_ANSWER[:2] + P.VERIFY_ANSWER[3:])
        asks.append(('verify', vask, vans.format(p=topic['persona'][0] + '某某')))
    for i, item in enumerate(topic['req']):
        if f['req_fail'] and (i == 0 or f['req_fail_all']):
            continue
        asks.append((item['key'], rng.choice(item['asks']), rng.choice(item['answers'])))
    lead = prefix
    for kind, ask, answer in asks:
        tags = ['q'] + (['protect'] if kind != 'verify' else [])
        A(lead + ask + ('？' if not ask.endswith('？') else ''), tags)
        C(answer, [], gap=f['cust_pause'] and ('custpause',))
        f['cust_pause'] = False
        lead = (rng.choice(P.VERIFY_OK) + '，') if kind == 'verify' else ack()
    if f['curt'] and lead == '好的，':
        lead = ''

    # 4. the answer, possibly after a hold
    mode = f['fact_mode']
    answer = rng.choice(NON := P.NON_ANSWER) if mode == 'non' else rng.choice(topic['ans' if mode == 'correct' else mode])
    if f['forb'] != 'none' and f['forb_at'] == 'answer':
        answer += '。' + f['forb_text'].format(other=other)
    if topic['ref'] and f['ref_pass'] and f['hangup_mid']:
        answer += '。' + f['ref_text']
    if f['survey_pass'] and f['closing_fail']:
        answer += '。' + f['survey_text']
    hold = f['hold']
    # 查到了 before a non-answer would contradict it
    resume_pool = [x for x in P.HOLD_RESUME_BARE if mode != 'non' or '查到' not in x]
    thanks_pool = P.HOLD_THANKS_NOAPOLOGY if (f['complaint'] and not f['empathy_pass']) else P.HOLD_THANKS
    if hold in ('ann_thanks', 'ann_bare'):
        pool = P.HOLD_ANNOUNCE_CURT if f['curt'] else (P.HOLD_ANNOUNCE_CHAT if chat else P.HOLD_ANNOUNCE)
        A(lead + rng.choice(pool), ['announce'])
        C(rng.choice(P.CUST_ACK))
        if hold == 'ann_thanks' and not f['curt']:
            A(rng.choice(thanks_pool) + answer, ['thanks'], gap=('hold_ann',))
        else:
            A(rng.choice(resume_pool) + answer, [], gap=('hold_ann',))
    elif hold == 'unann':
        if lead.strip('，') and not chat:
            # a lone 好的 then silence: the agent still owes the answer (dead air, not a hand-over)
            A(lead.rstrip('，') + '。', ['lone_ack'])
            lead = ''
        # on chat the silence follows the customer's message; whatever the agent had to say comes with the answer
        A(lead + rng.choice(resume_pool) + answer, [], gap=('hold_unann',))
    elif f['short_lookup']:
        A(lead + rng.choice(P.SHORT_LOOKUP), ['announce'])
        A(answer, [], gap=('short_lookup',))
    else:
        A(lead + answer, [])
    if f['verify'] == 'late':
        A(rng.choice(P.VERIFY_LATE) + '？', ['q'])
        C(topic['persona'][0] + '某某，' + rng.choice(['后四位0312', '尾号6618']))

    # 5. follow-up question (or complaint) and its answer
    fq, fa = rng.choice(topic['fu'])
    if f['colloquial']:
        fq = fq.replace('怎么', '咋').replace('什么', '啥').replace('吗', '不').replace('要不要', '用不用')
    if f['complaint'] == 'mid':
        C(f['complaint_text'] + '。' + fq, ['complaint', 'fu'])
    else:
        C(fq, ['fu'])
    if f['interrupt'] or f['near_overlap'] or f['backchannel']:
        # a longer turn, so the agent's overlap falls inside it
        turns[-1]['text'] += rng.choice(['，还有就是我想再确认一下那个', '，我主要是担心后面又出问题', '，因为我下礼拜要出差不在家'])
    fu = ''
    if f['complaint'] == 'mid' and f['empathy_pass']:
        fu += rng.choice(P.EMPATHY_CURT if f['curt'] else P.EMPATHY)
    if f['forb'] != 'none' and f['forb_at'] == 'fu':
        fu += f['forb_text'].format(other=other) + '。'
    fu += fa
    if f['lookalike']:
        fu += '。' + f['lookalike'].format(other=other)
    if topic['ref'] and not f['hangup_mid']:
        fu += '。' + (f['ref_text'] if f['ref_pass'] else f['ref_fail_text'])
    fu_gap = ('deadair',) if f['deadair_extra'] else (('slowchat',) if f['slow_chat'] else None)
    if f['interrupt']:
        fu_gap = ('interrupt',)
    elif f['near_overlap']:
        fu_gap = ('near_overlap',)

    if f['hangup_mid']:
        A(fu, [], gap=fu_gap)
        C(rng.choice(['好，我知道了', '行，先这样吧', '哦，明白了']), ['last'])
        return turns

    if f['closing_fail']:
        A(fu + '。' + rng.choice(P.ANYTHING_ELSE_CURT if f['curt'] else P.ANYTHING_ELSE) + '？', ['q'], gap=fu_gap)
        C(rng.choice(P.CUST_DONE), [], gap=f['cust_overlap'] and ('cust_overlap',))
        if f['closing_fail_bare']:
            A(rng.choice(['好。', '嗯。', '嗯好的。', '行。']), [])
        return turns

    survey = (f['survey_text'] + '。') if f['survey_pass'] else ''
    A(fu + '。' + rng.choice(P.ANYTHING_ELSE_CURT if f['curt'] else P.ANYTHING_ELSE) + '？', ['q'], gap=fu_gap)
    C(rng.choice(P.CUST_DONE), [], gap=f['cust_overlap'] and ('cust_overlap',))
    if f['curt']:
        close = rng.choice(['那就这样，再见', '拜拜'])
    else:
        pool = (P.CLOSING_CHAT if chat else P.CLOSING) + P.CLOSING_DOMAIN[dom]
        close = rng.choice(pool)
    A(survey + close + '。', ['closing'])
    return turns
