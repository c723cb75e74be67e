"""Self-checks on each generated contact: the text really carries the behaviour its label claims.

These are consistency checks on the generator's own material (did the injected defect survive ASR
noise, did a stray phrase slip into a contact labelled the other way); they are not a scorer.
"""
import re
import phrases as P
from speech import speak_numbers

ID_RE = r'工号|公号|(?<!用户)编号|坐席|服务号|员工号|号客服|号专员|号话务员|号为您服务|号为你服务|客服(专员)?小|我是小|我姓|我是客服'
GREET_RE = r'您好|你好|欢迎|上午好|下午好|亲|hi'


def _forms(values, chat):
    out = set()
    for v in values:
        out.add(v)
        if not chat:
            out.add(speak_numbers(v))
    return out


def self_check(topic, f, turns, L, chat):
    cid = topic['id']
    agent = [t for t in turns if t['sp'] == 'agent' and 'backchannel' not in t['tags']]
    atext = [re.sub(r'\s', '', t['text']) for t in agent]
    every = ' '.join(atext)
    # greeting / agent-id in the first (two) agent turns
    assert bool(re.search(GREET_RE, atext[0])) == (L['greeting'] == 'pass'), (cid, 'greeting', atext[0])
    assert bool(re.search(ID_RE, ' '.join(atext[:2]))) == (L['agent-id'] == 'pass'), (cid, 'agent-id', atext[:2])
    # closing
    if L['closing'] != 'na':
        has = bool(re.search(P.CLOSING_RE, ' '.join(atext[-2:])))
        assert has == (L['closing'] == 'pass'), (cid, 'closing', atext[-2:])
    # empathy: the two agent turns after the first complaint
    if L['empathy'] != 'na':
        k = next(i for i, t in enumerate(turns) if 'complaint' in t['tags'])
        nxt = [re.sub(r'\s', '', t['text']) for t in turns[k + 1:] if t['sp'] == 'agent' and 'backchannel' not in t['tags']][:2]
        has = bool(re.search(P.APOLOGY_RE, ' '.join(nxt)))
        assert has == (L['empathy'] == 'pass'), (cid, 'empathy', nxt)
    # forbidden words: present iff labelled
    forb = [x.format(other=topic['other']) for x in P.FORBIDDEN_SOFT + P.FORBIDDEN_RUDE]
    found = [x for x in forb if re.sub(r'[，。？\s]', '', x.replace('您', '你')) in re.sub(r'[，。？]', '', every.replace('您', '你'))]
    if L['forbidden-words'] == 'pass':
        assert not found, (cid, 'forbidden', found)
    else:
        assert found or f['asr_noise'] or f['curt'], (cid, 'forbidden missing', f['forb_text'], every)
    # required info: asked iff labelled pass, judged on the YAML patterns
    for i, item in enumerate(topic['req']):
        asked = any(re.search(p, t, re.I) for p in item['patterns'] for t in atext)
        skipped = f['req_fail'] and (i == 0 or f['req_fail_all'])
        assert asked == (not skipped), (cid, 'required-info', item['key'], atext)
    # facts
    fact = topic['fact']
    exp = _forms([fact['expected']] + fact['variants'], chat)
    wrong = _forms(fact['wrong'], chat)
    has_exp = any(v in every for v in exp)
    has_wrong = any(v in every for v in wrong)
    mode = f['fact_mode']
    if mode == 'correct':
        assert has_exp and not has_wrong, (cid, 'fact correct', every)
    elif mode == 'wrong':
        assert has_wrong and not has_exp, (cid, 'fact wrong', every)
    elif mode == 'non':
        assert not has_exp and not has_wrong, (cid, 'fact non', every)
    # reference number
    if topic['ref']:
        ref = f['ref_value'] if chat else speak_numbers(f['ref_value'])
        assert (ref in every) == (L['record-reference'] == 'pass'), (cid, 'reference')
    # survey
    if topic['survey']:
        has = bool(re.search(r'评价|打个分|评个分|好评|满意度', every))
        assert has == (L['survey-offered'] == 'pass'), (cid, 'survey')
