"""Turns one contact's plan (plan.py) into scripted lines plus its 19 labels and reasons."""
import pools as P
from timeline import Line

COMPLAINT2 = ['怎么这么麻烦啊，上次也是这样', '你们这流程真是绕死人了', '又要等？我已经等得够久了', '早这么说我也不用白跑一趟了，真是的',
              '这效率我真是服了', '每次都让我自己弄，你们干嘛用的']
NEUTRAL_AFTER = ['流程上是这样规定的。', '我这边按流程给您走。', '这个是系统统一的。', '嗯，您按这个来就行。']
CUST_REACT = ['哦这样啊', '好的明白了', '行，知道了', '嗯嗯好', '哦哦，那还行', '好吧']
DOUBT = ['你确定吗？我看别人说的不一样', '啊？不对吧', '你再确认一下呢', '跟我查的不太一样啊']
RECHECK = ['我再看一下……', '哦我再核对下，', '嗯……我看系统里写的是，']
VERIFY_LATE = '另外为了安全，补充核实一下，'
CHAT_PING = ['在吗？', '？？', '还在吗', '喂？', '您好？', '那个']
EMOJI = ['😂', '🙏', '😅', '👌', '🤔', '👍']
CURT_OFFER = ['说吧。', '什么事？', '讲。', '什么问题？']
CURT_EMP = ['嗯。', '别急。', '知道了。', '嗯，然后呢？']
CURT_CLOSE_PASS = ['行，再见。', '好了，再见。', '那就这样，拜拜。']
CURT_CLOSE_FAIL = ['嗯。', '就这样。', '行。']
CURT_SURVEY = ['一会儿有个评价，打个分。', '挂了以后有评价短信。']
PLAIN_ACK = ['好的，收到。', '明白了。', '嗯，我了解了。', '好的，我这边看到了。', '好，清楚了。']
MID_THANKS = '感谢您的配合，'


def warmify(t):
    """Online-shop register: 你 and 亲 instead of 您, but soft and friendly (still courteous)."""
    t = t.replace('您', '你')
    if t.endswith('。'):
        t = t[:-1] + ('～' if len(t) % 2 else '哈～')
    return t


def curtify(t):
    for a, b in [('麻烦您', ''), ('麻烦', ''), ('请您', ''), ('请问', ''), ('请', ''), ('您好，', ''), ('不好意思，', ''), ('哈', ''),
                 ('呀', ''), ('您', '你'), ('方便', '')]:
        t = t.replace(a, b)
    return t.lstrip('，。 ')


class Deck:
    """Hands out a pool's lines in a shuffled order without repeats until the pool is used up."""

    def __init__(self, rng):
        self.rng, self.left = rng, {}

    def draw(self, name, pool, where=None):
        key = name
        cand = [x for x in pool if where is None or where(x)]
        left = [x for x in self.left.get(key, []) if x in cand]
        if not left:
            left = list(cand)
            self.rng.shuffle(left)
        x = left.pop()
        self.left[key] = left
        return x


def compose(p, deck, rng):
    dom, sc, voice, curt = p['dom'], p['sc'], p['channel'] == 'voice', p['curt']
    fmt = lambda t: t.replace('{org}', dom['org']).replace('{hotline}', dom['hotline'])
    sla = sc['sla']
    lines, why = [], {}
    tags = {'fact_lines': [], 'hardneg_wrong': [], 'empathy_turns': []}

    def A(text, **kw):
        text = fmt(text)
        lines.append(Line('agent', curtify(text) if curt else warmify(text) if p.get('warm') else text, **kw))
        return lines[-1]

    def C(text, **kw):
        if not voice and rng.random() < 0.15:
            text += rng.choice(EMOJI)
        lines.append(Line('customer', text, **kw))
        return lines[-1]

    d = lambda name, pool, **kw: deck.draw(name, pool, **kw)
    # --- opening
    if curt:
        opening = ('{org}，' if p['greet_fail'] else '你好，') + d('curt_offer', CURT_OFFER)
    else:
        opening = d('greet_fail' if p['greet_fail'] else 'greet', P.GREET_FAIL if p['greet_fail'] else P.GREET_PASS)
    if p['greet_fail']:
        why['greeting'] = '首句"%s"没有问候语' % fmt(opening.split('，')[0] if '，' in opening else opening)
    id_text = ''
    if p['id'] == 'pass1':
        id_text = d('id', P.ID_PASS)
    elif p['id'] == 'fail':
        id_text, why['agent-id'] = d('id_fail', P.ID_FAIL)
        why['agent-id'] = fmt(why['agent-id'])
    elif p['id'] == 'late':
        why['agent-id'] = '直到第三句才报工号/姓名，不在前两句内'
    first_kw = {}
    if p['first_late']:
        first_kw = {'gap_kind': 'first_late', 'gap_ms': min(sla['firstResponseMs'] + rng.randint(1500, 9000), 28500)}
        why['first-response'] = '坐席接入后%.1f秒才发出第一句（时限%d秒）' % (first_kw['gap_ms'] / 1000, sla['firstResponseMs'] // 1000)
    if curt:
        id_text = curtify(fmt(id_text))
        first = (fmt(opening) if p['greet_fail'] else '你好，') + (id_text + '。' if id_text else '') + ('' if p['greet_fail'] else d('curt_offer', CURT_OFFER))
        if p['greet_fail']:
            first = fmt('{org}，') + (id_text + '。' if id_text else '') + d('curt_offer', CURT_OFFER)
        lines.append(Line('agent', fmt(first), **first_kw))
    else:
        first = opening + ('亲，' if p.get('warm') else '') + (id_text + '，' if id_text else '') + d('offer', P.OFFER)
        A(first, **first_kw)
    # --- customer states the issue
    issue = d('issue-' + sc['sid'], sc['issue'])
    if p['cust_sorry'] and not p['complaint']:
        issue = rng.choice(['不好意思啊，我这边有点吵，', '抱歉抱歉，刚才手机没拿稳，', '不好意思打扰了，']) + issue
        why['empathy'] = '客户说"不好意思/抱歉"是客气话，不是投诉'
    complaint = d('complaint-' + sc['sid'], sc['complaints'] + dom['complaints'][p['i'] % 3:p['i'] % 3 + 1]) if p['complaint'] else None
    if complaint and not voice:
        C(issue)
        C(complaint, burst=True)
    else:
        C(issue + ('，' + complaint if complaint else ''))
    # --- agent's second turn: id (pass2), empathy, ask for required info, verification
    parts = []
    if p['id'] == 'pass2':
        parts.append('我是' + d('id2', ['⟨2035⟩号话务员', '客服专员小韩', '工号⟨7190⟩的坐席', '服务顾问程曦', '编号⟨Z12⟩客服代表']) + '，')
    if complaint:
        if p['emp'] == 'fail_first':
            parts.append(d('curt_emp', CURT_EMP) if curt else d('emp_fail', P.EMPATHY_FAIL))
            why['empathy'] = '客户抱怨"%s"后，坐席接下来两句都没有致歉或共情' % complaint[:14]
        else:
            parts.append(d('emp', P.EMPATHY_PASS))
            tags['empathy_turns'].append(len(lines))
    if p['ask']:
        parts.append(d('ask-' + sc['sid'], sc['ask']))
    else:
        why['required-info'] = '坐席始终没有询问%s（客户主动报的不算）' % sc['ri']['label']
    vk = rng.randrange(len(dom['verify_ask']))
    if p['verify'] == 'pass':
        parts.append(dom['verify_ask'][vk])
    if not p['ask'] and p['verify'] != 'pass':
        parts.append('我帮您看一下情况。')
    ov = 0
    if p['interrupt'] == 'fail':
        ov = rng.randint(1000, 2200)
        why['interruption'] = '坐席在客户说完前约%.1f秒就开口' % (ov / 1000)
    elif p['interrupt'] == 'edge':
        ov = rng.randint(250, 600)
        why['interruption'] = '与客户话尾重叠仅%.1f秒（<0.8秒），不算抢话' % (ov / 1000)
    A(''.join(parts), gap_ms=0 if ov else None, overlap_ms=ov)
    # --- customer gives the information
    if p['ask'] and p['cust_pause']:
        C(rng.choice(P.CUST_PAUSE))
        A(rng.choice(['好的，不着急，您慢慢找。', '没事，您找一下。', '好的您慢慢来。']))
        give_kw = {'gap_kind': 'cust_pause', 'gap_ms': rng.randint(12000, 25000) if voice else rng.randint(40000, 80000)}
        why['dead-air'] = '长静默发生在客户说"等一下我找找"之后，是客户的停顿'
    else:
        give_kw = {}
    give = d('give-' + sc['sid'], sc['give']) if p['ask'] else d('vol-' + sc['sid'], sc['volunteer'])
    if p['verify'] == 'pass':
        give += '，' + dom['verify_give'][vk]
    C(give, **give_kw)
    # --- agent acknowledges / verifies / discloses
    a3 = []
    if p['verify'] == 'pass':
        a3.append(d('vok', dom['verify_ok']))
        if p['closing'] == 'fail' or rng.random() < 0.3:
            a3.append(MID_THANKS)
    elif p['verify'] == 'fail':
        a3.append(d('disc-' + sc['sid'], sc['disclose']))
        why['verification'] = '未核实身份就披露/查询了客户的账户信息'
    else:
        a3.append(d('ack', PLAIN_ACK))
    if p['id'] == 'late':
        a3.insert(0, d('idlate', P.ID_LATE) + '。')
    late_verify = p['verify'] == 'fail' and p['i'] % 3 == 0
    if late_verify:
        a3.append(VERIFY_LATE + dom['verify_ask'][0])
        why['verification'] = '先披露了账户信息，之后才补做身份核实'
    A(''.join(a3))
    if late_verify:
        C(dom['verify_give'][0])
        A(dom['verify_ok'][0])
    # --- customer asks the fact
    if p['fact'] == 'cust_wrong':
        C(sc['cust_wrong'][0])
    else:
        C(d('fq-' + sc['sid'], sc['fact_q']))
    lead = ''
    fact_kw = {}
    hold = p['hold']
    if curt and hold in ('ok', 'music'):
        hold = 'nothanks'
    if hold in ('ok', 'music', 'nothanks', 'second_unann'):
        A(d('hold', P.HOLD_ASK))
        C(d('holdok', P.HOLD_OK))
        fact_kw = {'gap_kind': 'hold', 'gap_ms': rng.randint(20000, 45000) if voice else rng.randint(35000, 90000)}
        if hold == 'music' and voice:
            tags['music_at'] = len(lines)
        lead = d('hold_thanks', P.HOLD_THANKS) if hold != 'nothanks' else d('hold_bare', P.HOLD_BACK_BARE)
        if hold == 'nothanks':
            why['hold-etiquette'] = '请客户稍等后静默%d秒，回来没有感谢等待' % (fact_kw['gap_ms'] // 1000)
        elif rng.random() < 0.3 and hold != 'second_unann':
            why['hold-etiquette'] = '等待前"%s"，等待后"%s"' % (lines[-2].text[:10], lead.rstrip('，'))
    elif hold == 'unann':
        fact_kw = {'gap_kind': 'unannounced', 'gap_ms': rng.randint(15500, 19500) if voice else rng.randint(32000, 45000)}
        lead = d('unann', P.UNANNOUNCED_LEAD)
        why['hold-etiquette'] = '客户提问后坐席静默%d秒查询，事先没请客户稍等，事后也没致谢' % (fact_kw['gap_ms'] // 1000)
        why['dead-air'] = '未告知的%d秒静默，该坐席说话' % (fact_kw['gap_ms'] // 1000)
        if not voice:
            why['response-latency'] = '客户消息后%d秒才回复，超过%d秒' % (fact_kw['gap_ms'] // 1000, sla['responseLatencyMs'] // 1000)
    elif p['dead_voice']:
        fact_kw = {'gap_kind': 'unannounced', 'gap_ms': rng.randint(8500, 13000)}
        why['dead-air'] = '客户问完后坐席无声%.1f秒才回答，未告知' % (fact_kw['gap_ms'] / 1000)
    elif p['late_chat'] or p['burst_ok']:
        C(d('ping', CHAT_PING), burst=True, gap_ms=rng.randint(9000, 16000))
        total = sla['responseLatencyMs'] + rng.randint(2000, 7000) if p['late_chat'] else sla['responseLatencyMs'] - rng.randint(3000, 6000)
        first_gap = lines[-1].gap_ms
        fact_kw = {'gap_kind': 'late' if p['late_chat'] else 'reply', 'gap_ms': max(2000, total - first_gap)}
        if p['late_chat']:
            why['response-latency'] = '客户连发两条，从第一条算起%d秒后坐席才回复（SLA %d秒）' % (total // 1000, sla['responseLatencyMs'] // 1000)
        else:
            why['response-latency'] = '客户连发两条，从第一条算起%d秒内回复，未超SLA' % (total // 1000)
    # --- the fact
    mode = p['fact']
    label = sc['fact']['label']
    if mode == 'right':
        A(lead + d('right-' + sc['sid'], sc['right']), **fact_kw)
    elif mode == 'cust_wrong':
        A(lead + sc['cust_wrong'][1], **fact_kw)
        tags['hardneg_wrong'].append(len(lines) - 1)
        why['no-misinformation'] = '坐席提到错误值只是为了否定客户的说法'
    elif mode == 'wrong_corrected':
        A(lead + d('wrong-' + sc['sid'], sc['wrong']), **fact_kw)
        C(d('doubt', DOUBT))
        A(d('corr-' + sc['sid'], sc['correct']))
        why['no-misinformation'] = '先说了错误的%s，后来才更正' % label
        why['fact-accuracy'] = '最后一次说的是正确值（已更正）'
    elif mode == 'right_then_wrong':
        A(lead + d('right-' + sc['sid'], sc['right']), **fact_kw)
        C(d('doubt', DOUBT))
        A(d('recheck', RECHECK) + d('wrong-' + sc['sid'], sc['wrong']))
        why['fact-accuracy'] = '先说对，客户质疑后改口成错误值，最后一次是错的'
        why['no-misinformation'] = '改口说出错误的%s' % label
    elif mode == 'wrong':
        A(lead + d('wrong-' + sc['sid'], sc['wrong']), **fact_kw)
        why['fact-accuracy'] = why['no-misinformation'] = '%s说错了' % label
    elif mode == 'negate':
        A(lead + d('neg-' + sc['sid'], sc['negate']), **fact_kw)
        why['fact-accuracy'] = why['no-misinformation'] = '否定了正确的%s' % label
    elif mode == 'none':
        A(lead + d('none-' + sc['sid'], sc['none']), **fact_kw)
        why['fact-accuracy'] = '始终没有给出%s' % label
        why['resolution'] = '客户问%s，坐席只给了不答之答' % label
    # --- second complaint
    if p['emp'] in ('fail_second', 'pass_two'):
        c2 = d('c2', COMPLAINT2)
        C(c2)
        if p['emp'] == 'pass_two':
            A(d('emp', P.EMPATHY_PASS) + '我尽量帮您一次办好。')
        else:
            A(d('neutral', NEUTRAL_AFTER))
            why['empathy'] = '第一次抱怨有回应，但客户再次抱怨"%s"后坐席没有致歉或共情' % c2[:10]
    else:
        C(d('react', CUST_REACT))
    # --- follow-up question
    follow = p['follow'] or ('ans' if hold == 'second_unann' else None)
    if follow:
        q, ans, non, ref = sc['follow'][p['i'] % 2]
        C('那' + q if not q.startswith('那') else q)
        kw = {}
        if hold == 'second_unann':
            kw = {'gap_kind': 'unannounced', 'gap_ms': rng.randint(15500, 19500) if voice else rng.randint(32000, 45000)}
            why['hold-etiquette'] = '第一次等待规范，第二次静默%d秒前没有请客户稍等' % (kw['gap_ms'] // 1000)
            why['dead-air'] = '第二次查询时未告知就静默%d秒' % (kw['gap_ms'] // 1000)
            if not voice:
                why['response-latency'] = '第二次静默超过回复时限'
        text = {'ans': ans, 'non': non, 'ref': ref}[follow]
        A(text, **kw)
        if follow == 'non':
            why['resolution'] = '客户问"%s"，坐席答"%s"，没有查询或转介' % (q, non)
            C(rng.choice(['那好吧', '行吧…', '哦', '那算了']))
        elif follow == 'ref':
            why['resolution'] = '一时答不上来，但给了查询/转介和后续安排，算解决'
            C(rng.choice(['好的', '行，那麻烦了', '可以', '嗯好']))
        else:
            C(d('react', CUST_REACT))
    # --- 忌语 exchange
    if p['forbid']:
        if p['forbid'] == 'rude':
            lead, line, reason = d('rude', P.FORBID_RUDE)
            why['forbidden-words'] = reason
            why['politeness'] = '出现粗鲁/嘲讽/挑衅语句：' + reason
        elif p['forbid'] == 'mild':
            if p['i'] % 3 == 0:
                line, reason = d('bp-' + dom['key'], dom['buckpass'])
                lead = rng.choice(['那这个你们能帮我处理一下吗', '这个事情该找谁呢', '你们这边能查到吗'])
            else:
                lead, line, reason = d('mild', P.FORBID_MILD)
            why['forbidden-words'] = reason
            why['politeness'] = '只有一句忌语，其余用语礼貌，礼貌性判通过'
        else:
            lead, line, reason = d('fhn', P.FORBID_HARDNEG)
            why['forbidden-words'] = '易混淆但不是忌语：' + reason
            tags['after_hn'] = True
        C(lead)
        if lead in P.COMPLAINING_LEADS:
            tags['complaint_lead'] = True
            why['empathy'] = '客户说"%s"（要升级投诉/表达不满），坐席回的是挑衅，没有共情' % lead
        lines.append(Line('agent', line))
        tags['forbid_line'] = len(lines) - 1
        C(d('after_hn', ['好的', '嗯嗯', '好，您说']) if tags.get('after_hn') else d('after', P.CUST_AFTER_FORBID))
    if p.get('warm'):
        why['politeness'] = '全程用"你/亲"而不是"您"，但语气热情、句子完整、有软化词，判礼貌'
    if curt:
        why['politeness'] = '全程"你"、无请/谢谢等礼貌用语，回答生硬简短'
        why.setdefault('forbidden-words', '语气生硬，但没有具体忌语（推诿、指责、嘲讽等）')
    # --- reference / non-reference numbers
    if p['ref'] == 'pass':
        ref = dom['ref_prefix'] + '⟨%d⟩' % rng.randint(10 ** 9, 10 ** 10 - 1)
        A(rng.choice(['给您登记好了，%s是%s，您记一下。', '已经提交了，%s%s，后续查进度报这个号。', '这是您的%s：%s。']) % (dom['ref_word'], ref))
        tags['ref'] = ref
    elif p['ref'] in ('missing', 'nonref'):
        if p['ref'] == 'nonref':
            A(d('nonref-' + dom['key'], dom['non_ref']))
            why['record-reference'] = '只报了订单号/金额/电话等，没有给%s' % dom['ref_word']
        else:
            why['record-reference'] = '受理了但没有给%s' % dom['ref_word']
    elif rng.random() < 0.25:
        A(d('nonref-' + dom['key'], dom['non_ref']))
    if p['closing'] != 'na' and (p['ref'] in ('pass', 'nonref') or (p['ref'] is None and lines[-1].spk == 'agent')):
        C(rng.choice(['好的记下了', '嗯好', '行', '好']))
    # --- wrap-up
    if p['closing'] == 'na':
        C(rng.choice(['行了我知道了，先挂了啊', '好了不说了，我还有事', '嗯嗯知道了，先这样']))
        why['closing'] = '客户说完就挂断/离开，坐席没有机会说结束语'
        return lines, why, tags, False
    A(d('wrap', P.WRAP))
    C(d('no', P.CUST_NO))
    final = ''
    if p['survey'] == 'pass':
        final += d('csurvey', CURT_SURVEY) if curt else d('survey', P.SURVEY, where=(lambda s: '谢' not in s) if p['closing'] == 'fail' else None)
    elif p['survey'] == 'missing':
        why['survey-offered'] = '没有邀请客户评价'
    if p['closing'] == 'fail':
        last = d('cclosef', CURT_CLOSE_FAIL) if curt else d('closef', P.CLOSING_FAIL)
        final += last
        why['closing'] = '最后两句只有收尾提问和"%s"，没有致谢、祝福或道别（客户说谢谢不算）' % last
    else:
        final += d('cclose', CURT_CLOSE_PASS) if curt else d('close', P.CLOSING_PASS)
    A(final)
    if voice or rng.random() < 0.5:
        C(d('bye', P.CUST_BYE))
    return lines, why, tags, True
