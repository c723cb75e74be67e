"""Builds one labelled contact from a scenario and a plan of knobs (which defect or hard negative it carries).

The plan says what the agent does; the labels follow from the plan and from the silences actually placed
(see label_timing), never from any scorer.
"""
import re
from material_beats import *  # noqa: F401,F403  (hand-written wording)
from timeline import Timeline
from material_followups import FOLLOWUP2

OTHER_VALUE = {  # wrong values NOT in the scenario's `wrong` list (fact-accuracy fail, no-misinformation pass)
  'hr-pension-date': '每月10日', 'hr-card-reissue': '20个工作日', 'hr-transfer': '60个工作日', 'cc-install-fee': '0.75%',
  'cc-annual-fee': '8次', 'cc-temp-limit': '45天', 'car-deposit': '20天', 'car-damage': '2000元', 'car-rebook': '取车前6小时',
  'exam-fee': '每科70元', 'exam-ticket': '考前10天', 'exam-review': '8个工作日', 'wed-deposit': '90天', 'wed-reschedule': '不限次数',
  'wed-photos': '20个工作日', 'pay-frozen': '5个工作日', 'pay-missing': '6小时', 'pay-realname': '8个'}
VAGUE = ['这个要看具体情况，您到时候留意通知吧。', '这块系统会自动处理的，您等通知就行。', '具体的以系统为准，您回头再看看。', '这个规定经常调整，您以官网公布的为准吧。']
# the customer answers the verification the agent actually asked for
def verify_answer(rng, ask):
    name = rng.choice(['张秀兰', '刘建国', '王芳', '陈志强', '李娜', '赵磊'])
    if '验证码' in ask:
        return rng.choice(['验证码是482913', '嗯……715206', '我看下短信，三九一八零二'])
    if '出生日期' in ask:
        return name + rng.choice(['，2004年3月12号', '，零五年十一月八号'])
    if '手机' in ask:
        return name + rng.choice(['，手机尾号6678', '，尾号是九二七一', '，后四位3308'])
    return name + rng.choice(['，身份证后四位0321', '，尾号1816', '，三三零八', '，身份证最后是271X'])
PUNCT = re.compile(r'[，。？！、~—；：]')
def CURT_SUB(text):
    for a, b in (('请问', ''), ('请你', '你'), ('麻烦你', '你'), ('请说', '说'), ('请讲', '说'), ('请稍候', '等会'), ('谢谢', '')):
        text = text.replace(a, b)
    return text


HOMOPHONES = [('已经', '以经'), ('账单', '帐单'), ('一下', '一哈'), ('知道', '知到')]


def asr_noise(rng, text, speaker):
    """What a phone ASR makes of it: punctuation lost, a filler, a homophone (labels keep the truth)."""
    if rng.random() < 0.7:
        text = PUNCT.sub(' ' if rng.random() < 0.5 else '', text).strip()
    if speaker == 'customer' and rng.random() < 0.4:
        text = rng.choice(FILLERS) + ' ' + text
    for a, b in HOMOPHONES if speaker == 'customer' else []:
        if a in text and rng.random() < 0.3:
            text = text.replace(a, b, 1)
    return text


def build(rng, sc, plan, voice, join):
    """Returns (turns, events, gaps, extras) for a normal completed contact."""
    P = plan
    curt = P['curt']
    pick = rng.choice
    dom = sc['domain']
    sla_first, sla_lat = sc['sla']
    cps = {'normal': rng.uniform(3.7, 4.5), 'fast': rng.uniform(6.1, 6.8), 'slow': rng.uniform(1.5, 1.85)}[P['rate']]
    tl = Timeline(rng, voice, join, cps)
    A = lambda text, **kw: tl.say('agent', text, **kw)
    C = lambda text, **kw: tl.say('customer', text, **kw)
    facts_said = []  # values the agent stated, in order
    # ---- opening ----
    g = pick(GREET_CURT if curt else GREET) if P['greet'] else pick(NO_GREET)
    org = pick(ORG_INTRO[dom])
    idp = ''
    if P['aid'] == 'ok':
        idp = pick(ID_OK_VOICE if voice else ID_OK_CHAT) + '，'
    elif P['aid'] == 'bare':
        idp = pick(ID_BAD) + '，'
    elif P['aid'] == 'custnum':
        idp = '看到您是尾号%04d的号码来电，' % rng.randint(1000, 9999)
    serve = pick(SERVE_CURT if curt else SERVE)
    first_gap = {'ok': rng.randint(600, min(sla_first - 1500, 5000)) if voice else rng.randint(1500, sla_first - 1000),
                 'late': rng.randint(sla_first + 2500, sla_first + 6000) if voice else rng.randint(sla_first + 3000, 26000)}[P['first']]
    A(f'{g}{org}，{idp}{serve}', gap=first_gap, kind='owed')
    # ---- the customer's matter ----
    complain = P['complain']
    question = pick(sc['q'])
    if complain and not voice:
        C(pick(sc['complaint'])); C(question, gap=rng.randint(2000, 8000))
    elif complain:
        C(pick(sc['complaint']) + '，' + question)
    else:
        if P['interrupt'] == 'yes':  # a longer turn, so that the agent can cut into it
            question = pick(['喂你好，我想咨询个事儿，', '你好你好，是这样的，', '那个我问一下啊，']) + question
        if P['cust_apology']:  # hard negative: the customer apologises; that is no complaint
            C(pick(CUST_APOLOGY if voice else CUST_APOLOGY_CHAT))
            A('没关系，请问您具体想咨询什么？' if not curt else '啥事？再说一遍。', kind='owed')
        if not voice and not P['cust_apology'] and rng.random() < 0.4:  # chat: several messages in a row
            C(pick(['在吗', '你好', '人工吗？', '有人吗']))
            C(question, gap=rng.randint(1500, 5000))
        else:
            C(question)
    # agent's next turn: empathy, verification, required info
    lead = ''
    if complain:
        lead = pick(EMPATHY) if P['empathy'] else pick(NOT_EMPATHY)
    needs_v = sc['requires']['verification']
    gap_kw = {}
    if P['interrupt'] == 'yes':
        gap_kw = dict(overlap=rng.randint(1100, 2200))
    elif P['interrupt'] == 'backchannel':
        gap_kw = dict(overlap=rng.randint(200, 550))
    slow_kw = {}  # placed on the follow-up answer
    if P['deadair'] == 'short':
        slow_kw = dict(gap=rng.randint(9000, 13500) if voice else rng.randint(31000, 40000))
    elif P['deadair'] == 'slowchat':
        slow_kw = dict(gap=rng.randint(21500, 28000))
    ask = pick(sc['req']['asks_curt'] if curt else sc['req']['asks'])
    if needs_v and P['verif'] in ('late', 'none'):
        A(lead + pick(PEEK[dom]) + (pick(VERIFY_CURT) if curt else pick(VERIFY[dom])) if P['verif'] == 'late'
          else lead + pick(PEEK[dom]) + (ask if P['req'] else '我看下。'), kind='owed', **gap_kw)
    elif needs_v:
        A(lead + (pick(VERIFY_CURT) if curt else pick(VERIFY[dom])), kind='owed', **gap_kw)
    else:
        A(lead + (pick(REQ_INTRO) + ask if P['req'] else pick(['好的，我帮您看一下。', '嗯，明白，我看看。', '了解了，我这就帮您看。'])), kind='owed', **gap_kw)
    if needs_v and P['verif'] != 'none':
        C(verify_answer(rng, tl.turns[-1]['text']))
        ok = pick(VERIFY_OK_CURT if curt else VERIFY_OK)
        A(ok + (pick(REQ_INTRO) + ask if P['req'] else ''), kind='owed')
    asked = P['req']
    if asked:
        if P['custpause']:
            C(pick(CUST_WAIT)); tl.silence(rng.randint(12000, 20000) if voice else rng.randint(40000, 70000))
            C(pick(sc['req_ans']), gap=rng.randint(300, 900))
        else:
            C(pick(sc['req_ans']))
    elif not (needs_v and P['verif'] != 'none'):
        C(pick(CUST_OK))
    # ---- hold and the fact ----
    value = pick([sc['fact']['expected']] + sc['fact']['variants'])
    wrong = pick(sc['fact']['wrong'])
    mode = P['fact']
    tmpl = pick(sc['ans_curt'] if curt else sc['ans'])
    if mode == 'correct' or mode == 'flip':
        body = tmpl.format(v=value); facts_said.append(value)
    elif mode == 'wrong':
        body = tmpl.format(v=wrong); facts_said.append(wrong)
    elif mode == 'corrected':
        body = tmpl.format(v=wrong) + pick(['哦不对，我看错了，应该是', '我纠正一下，是', '更正一下，是']) + value + '。'
        facts_said += [wrong, value]
    elif mode == 'other':
        body = tmpl.format(v=OTHER_VALUE[sc['id']]); facts_said.append(OTHER_VALUE[sc['id']])
    else:  # unstated
        body = pick(VAGUE)
    hold = P['hold']
    if hold in ('ok', 'nothanks', 'twobad'):
        A(pick(HOLD_ASK_CURT) if curt else pick(HOLD_ASK if voice else HOLD_ASK_CHAT))
        if voice and rng.random() < 0.5:
            C(pick(['好', '嗯好的', '行']))
        h = rng.randint(18000, 55000) if voice else rng.randint(40000, 95000)
        moh = voice and rng.random() < 0.4
        if moh:
            tl.silence(800); tl.event('hold-start'); tl.silence(h - 1600); tl.event('hold-end'); tl.silence(800)
            back_gap = rng.randint(300, 900)
        else:
            back_gap = h
        lead2 = pick(HOLD_THANKS) if hold in ('ok', 'twobad') else pick(HOLD_BACK_PLAIN)
        A(lead2 + body, gap=back_gap, kind='announced')
    elif hold == 'noask':
        h = rng.randint(32000, 45000) if voice else rng.randint(35000, 50000)
        A(pick(HOLD_BACK_PLAIN) + body, gap=h, kind='owed')
    else:
        A(body, kind='owed')
    # ---- a 忌语 provoked by a request to repeat or by a protest ----
    if P['forbid_kind'] == 'prefix':
        if any(k in P['forbid'] for k in PROTEST_KEYS):
            C(pick(PUSHBACK_PROTEST)); A(P['forbid'], kind='owed')
        else:
            C(pick(PUSHBACK_REPEAT))
            A(P['forbid'] + ('就是' + facts_said[-1] + '。' if facts_said else '具体以通知为准。'), kind='owed')
    # ---- follow-up question ----
    fq, fa = sc['fu'] if rng.random() < 0.5 else FOLLOWUP2[sc['id']]
    C(pick(CUST_OK) + '，' + fq if rng.random() < 0.5 else fq)
    if P['forbid_kind'] == 'replace':
        fa_text = P['forbid']
    elif P['nonanswer'] == 'bare':
        fa_text = pick(NONANSWER)
    elif P['nonanswer'] == 'helped':
        fa_text = pick(NONANSWER_HELPED) + fa
    else:
        fa_text = fa
    if P['lookalike'] and not P['nonanswer']:
        fa_text = P['lookalike'] + fa_text
    if mode == 'flip':
        fa_text += pick(['对了，刚才那个我说错了，其实是', '另外更正一下，前面说的应该是']) + wrong + '。'
        facts_said.append(wrong)
    if P['aid'] == 'late':
        fa_text += pick(['我是工号2046的小何，', '我工号是5512，']) + '后面有问题可以找我。'
    if hold == 'twobad':
        A(pick(HOLD_ASK_CURT) if curt else pick(HOLD_ASK if voice else HOLD_ASK_CHAT))
        A(pick(HOLD_BACK_PLAIN) + fa_text, gap=rng.randint(18000, 40000) if voice else rng.randint(40000, 80000), kind='announced')
    else:
        A(fa_text, kind='owed', **slow_kw)
    # ---- reference, survey, closing ----
    if sc['requires']['reference'] and P['ref'] != 'none':
        C(pick(CUST_OK))
        if P['ref'] == 'ok':
            r = P['refno']
            if voice and rng.random() < 0.35:  # read out digit by digit, as agents do on the phone
                r = ''.join('零幺二三四五六七八九'[int(d)] for d in r[2:])
            A(pick(REF_LINE).format(p=REF_PREFIX[dom], r=r))
        else:
            A(pick(REF_DECOY).format(h=HOTLINE[dom], k={'carrental': '订单号', 'payment': '交易单号'}.get(dom, '手机号')))
    survey = sc['requires']['survey'] and P['survey']
    sv = (pick(SURVEY_CURT) if curt else pick(SURVEY if voice else SURVEY_CHAT)) if survey else ''
    closing = P['closing']
    hung = 'agent'
    if closing == 'left':
        if sv:
            C(pick(CUST_OK)); A(sv)
        C(pick(['行我知道了，先挂了', '好好，我先挂了啊', '懂了，就这样吧']))
        hung = 'customer'
    else:
        C(pick(CUST_OK))
        A(sv + pick(WRAPQ_CURT if curt else WRAPQ)) if closing in ('ok', 'wrapq') else (A(sv) if sv else None)
        C(pick(CUST_NO_MORE) if closing != 'none' else pick(CUST_BYE))
        if closing == 'ok':
            A(pick(CLOSE_CURT) if curt else (pick(CLOSE if voice else CLOSE_CHAT) if rng.random() < 0.6 else CLOSE_DOMAIN[dom]))
            hung = rng.choice(['agent', 'customer'])
        else:
            A(pick(END_FLAT))
    if curt:  # the curt register: 你 for 您, no 请问/麻烦 softeners anywhere
        for t in tl.turns:
            if t['speaker'] == 'agent':
                t['text'] = CURT_SUB(t['text'].replace('您', '你'))
    if voice:
        for t in tl.turns:
            if rng.random() < P['asr'] * 0.85:
                t['text'] = asr_noise(rng, t['text'], t['speaker'])
    return tl, facts_said, hung
