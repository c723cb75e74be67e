# Generator for independent-dev28a: writes contacts.jsonl, labels.jsonl and scenarios/*.yaml.
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import *
import plan as PLAN
import importlib

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MATS = {t: importlib.import_module('mat_' + t).T for t in PLAN.TRADES}
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']
BASE_T = 1796342400000  # 2026-12-02 00:00 UTC


def scen_of(t, kind):
    for s in MATS[t]['scen']:
        if s['kind'] == kind:
            return s


def requires(kind):
    return {'account': dict(verification=True, reference=True, empathy=False, survey=True),
            'complaint': dict(verification=True, reference=True, empathy=True, survey=False),
            'info': dict(verification=False, reference=False, empathy=False, survey=True)}[kind]


class Pool:
    """draws material lines, each at most 3 times in the set, fitted to the channel"""
    def __init__(self):
        self.used = {}

    def take(self, rng, key, lines, channel, avoid=()):
        cap = 5 if key in ('confused', 'protest', 'press', 'cust_sorry', 'walkout') else 3
        ok = []
        for ln in lines:
            if channel == 'webchat' and VOICE_ONLY.search(ln):
                continue
            if channel == 'voice' and CHAT_ONLY.search(ln):
                continue
            if ln in avoid:
                continue
            ok.append(ln)
        ok = [ln for ln in ok if self.used.get(ln, 0) < cap] or None
        if ok is None:
            raise RuntimeError('pool exhausted: %s' % key)
        m = min(self.used.get(ln, 0) for ln in ok)
        cands = [ln for ln in ok if self.used.get(ln, 0) == m]
        ln = rng.choice(cands)
        self.used[ln] = self.used.get(ln, 0) + 1
        return ln

    def can(self, lines, channel):
        for ln in lines:
            if channel == 'webchat' and VOICE_ONLY.search(ln):
                continue
            if channel == 'voice' and CHAT_ONLY.search(ln):
                continue
            if self.used.get(ln, 0) < 3:
                return True
        return False


POOL = Pool()
SMALL_USED = {}


def build(c, why):
    rng = random.Random(c['seed'])
    M = MATS[c['trade']]
    S = scen_of(c['trade'], c['kind'])
    ch = c['channel']
    D = set(c['defects'])
    req = requires(c['kind'])
    f1, f2 = S['facts']
    tk = lambda key, lines, avoid=(): POOL.take(rng, key, lines, ch, avoid)
    U = []  # units: dict(sp, text, tag)

    def apology():
        ok = [x for x in M['apology'] if '|' not in x or x.split('|', 1)[0] == S['id']]
        return tk('apology', ok).split('|', 1)[-1]

    def A(text, tag='', **kw):
        d = dict(sp='agent', text=text, tag=tag); d.update(kw); U.append(d); return d

    def Cu(text, tag='', **kw):
        d = dict(sp='customer', text=text, tag=tag); d.update(kw); U.append(d); return d

    def stmt(f, value, avoid=()):
        if c.get('curt'):
            avoid = tuple(avoid) + tuple(x for x in f['stmts'] if '您' in x or '请' in x)
        tpl = tk(f['key'], f['stmts'], avoid)
        return tpl.replace('{v}', value), tpl

    curt = c.get('curt')
    # ---------- opening ----------
    idpos = 1
    if 'agent-id' in D:
        idpos = rng.choice(['late', 'late', 'none'])
    elif not curt:
        idpos = rng.choice([1, 1, 2])
    if curt:
        first = A(M['curt']['open'], 'open')
    elif 'greeting' in D:
        g = tk('bad_greet', M['bad_greet'])
        first = A(g, 'open')
        why['greeting'] = '坐席首句“%s”只有应答/机构名，没有问候语。' % g
        if idpos == 1:
            idpos = 2
    elif idpos == 1:
        first = A(tk('open_gi', M['open_gi']), 'open')
    else:
        first = A(tk('open_g', M['open_g']), 'open')
    pending_id = idpos in (2, 'late')
    if idpos == 'none':
        why['agent-id'] = '坐席全程没有报工号或姓名，开场“%s”只有问候/机构。' % first['text']
    opening = rng.choice(['request', 'request', 'small', 'sorry'])
    say = rng.choice(S['say'])
    say_complaint = say.startswith('!')
    say = say.lstrip('!')
    if opening == 'small':
        p = small_pair(rng, M, ch)
        if p:
            Cu(p[0], 'small')
            if pending_id and idpos == 2:
                A(p[1] + tk('ids', M['ids']), 'small')
                pending_id = False
            else:
                A(p[1], 'small')
    stag = 'saycompl' if say_complaint else 'say'
    sorry_ok = [M['cust_sorry'][0], M['cust_sorry'][2]]
    if opening == 'sorry' and any(POOL.used.get(x, 0) < 5 and fits(ch, x) for x in sorry_ok):
        Cu(tk('cust_sorry', sorry_ok) + say, stag)
    else:
        Cu(say, stag)
    reqinfo = S['req']
    rep = rng.choice(reqinfo['replies']).replace('{n}', str(rng.randint(100000, 999999)))
    if 'required-info' in D:
        U[-1]['text'] += ('，' if not U[-1]['text'].endswith(('。', '？', '！')) else '') + rep
        why['required-info'] = '客户主动报出“%s”，坐席从未询问%s（%s）。' % (rep, reqinfo['label'], reqinfo['pattern'])
    complaints_pending = []
    if say_complaint:
        complaints_pending.append(U[-1])
    agent_turns_since = 0

    # helper: agent reply to a complaint
    def answer_complaint(cu, fail, what=''):
        if not fail:
            return apology()
        why.setdefault('empathy', '客户抱怨“%s”，坐席接下来两轮都没有道歉或安抚，直接走流程。' % cu['text'])
        return ''

    # ---------- agent turn 2: id / apology / required info ----------
    emp_fail = 'empathy' in D
    parts = []
    if pending_id and idpos == 2:
        parts.append(tk('ids', M['ids']))
        pending_id = False
    if say_complaint:
        ap = answer_complaint(U[-1], emp_fail)
        emp_fail_used = emp_fail
        if ap:
            parts.append(ap)
    else:
        emp_fail_used = False
    if curt:
        parts.append(M['curt']['ask'])
    elif 'required-info' not in D:
        parts.append(tk('req', reqinfo['asks']))
    if 'required-info' not in D:
        A(''.join(parts), 'ask', interrupt=('interruption' in D))
        Cu(rep, 'rep')
    elif parts:
        A(''.join(parts), 'ask', interrupt=('interruption' in D))
    else:
        A(tk('ack', M['ack']), 'ack', interrupt=('interruption' in D))
    if 'interruption' in D:
        why['interruption'] = '客户还在说“%s”时，坐席提前一秒多开口说“%s”。' % (U[-3]['text'] if U[-1]['sp'] == 'customer' else U[-2]['text'], [u for u in U if u.get('interrupt')][0]['text'])
    if emp_fail_used:
        # the next agent turn must stay procedural as well
        pass
    if pending_id and idpos == 'late':
        pass
    # ---------- verification ----------
    vmode = None
    if req['verification']:
        vmode = 'ok'
        if 'verification' in D:
            vmode = rng.choice(['never', 'before'])
    disclosed = False

    def do_verify():
        vl = tk('vask', M['vask'])
        typ, line = vl.split('|', 1)
        A(line, 'vask')
        ans = rng.choice(VERIFY_ANS[typ]).replace('{d4}', str(rng.randint(1000, 9999))).replace(
            '{d6}', str(rng.randint(100000, 999999))).replace('{birth}', rng.choice(BIRTHS))
        Cu(ans, 'vans')
        return line

    if vmode == 'ok':
        do_verify()
        A(tk('vok', M['vok']), 'vok')
    # late id in third turn
    if pending_id and idpos == 'late':
        A(tk('ids', M['ids']), 'id')
        why['agent-id'] = '工号/姓名“%s”直到坐席第三轮以后才报，晚于前两轮。' % U[-1]['text']
        pending_id = False
        if rng.random() < 0.5:
            Cu(rng.choice(['好的。', '行。', '嗯，好。']), 'x')
    # ---------- hold + disclosure of record fact ----------
    hold_kind = None
    if 'hold-unann' in D:
        hold_kind = 'unann'
    elif 'hold-nothx' in D:
        hold_kind = 'nothx'
    elif rng.random() < 0.3 and not curt and sum(3 - POOL.used.get(x, 0) for x in M['hold_req']) > 5 \
            and POOL.can(M['hold_thx'], ch):
        hold_kind = 'ok'
    fa_wrong = 'fa-wrong' in D
    nm_corr = 'nm-corrected' in D
    wrong_fact = rng.choice([f1, f2])
    val = lambda f: rng.choice([f['expected']] + f['variants'])
    wval = lambda f: rng.choice(f['wrong'])

    def disclose_f1(prefix=''):
        if (fa_wrong or nm_corr) and wrong_fact is f1:
            v = wval(f1)
        else:
            v = val(f1)
        s, tpl = stmt(f1, v)
        return prefix + s, v, tpl

    cap_left = lambda k: sum(3 - POOL.used.get(x, 0) for x in M[k] if fits(ch, x))
    first_hold_ok = False
    if hold_kind == 'nothx' and rng.random() < 0.5 and cap_left('hold_req') > 3 and cap_left('hold_thx') > 3 \
            and cap_left('ack') > 4:
        A(tk('hold_req', M['hold_req']), 'holdreq')
        A(tk('hold_thx', M['hold_thx']) + tk('ack', M['ack']), 'holdthx', gap='hold',
          music=ch == 'voice' and rng.random() < 0.5)
        first_hold_ok = True
    if hold_kind:
        if hold_kind == 'unann':
            ack = tk('ack', M['ack'])
            A(ack, 'ack')
            holdu = {'gap': 'hold'}
            why['hold-etiquette'] = '坐席说完“%s”就没声音了，沉默到%s，事先没请客户稍等。' % (ack, '下一句')
            why['dead-air'] = '“%s”之后出现未告知的长时间静默，坐席欠着下一句话。' % ack
        else:
            hq = tk('hold_req', M['hold_req'])
            A(hq, 'holdreq')
            if rng.random() < 0.5:
                Cu(rng.choice(['好的，我等着。', '行，您查吧。', '嗯，没事。']), 'x')
            holdu = {'gap': 'hold', 'music': ch == 'voice' and rng.random() < 0.5}
        pre = ''
        if hold_kind in ('ok',):
            pre = tk('hold_thx', M['hold_thx'])
        s, v, tpl = disclose_f1(pre)
        d = A(s, 'f1', **holdu)
        if hold_kind == 'nothx':
            why['hold-etiquette'] = '请客户稍等后保持了很久，回来第一句“%s”没有感谢等待%s。' % (
                s, '（第一次等待有预告也有致谢，第二次漏了致谢）' if first_hold_ok else '')
    else:
        pre = ''
        if rng.random() < 0.15 and cap_left('hold_thx') > 4:
            pre = tk('hold_thx', M['hold_thx'])  # thanks with no hold before it: not a hold
        s, v, tpl = disclose_f1(pre)
        d = A(s, 'f1')
    if hold_kind == 'unann':
        why['hold-etiquette'] = why['hold-etiquette'].replace('下一句', '“%s”' % d['text'])
    f1_line = d
    if vmode == 'before':
        why['verification'] = '坐席在核实身份之前就透露了客户记录：“%s”。' % d['text']
    # verification after the disclosure (fails anyway) or first time
    if vmode == 'ok' and not any(u['tag'] == 'vask' for u in U):
        # move: verify must come before disclosure -> insert before f1
        idx = U.index(f1_line)
        pre_units = U[:idx]
        post = U[idx:]
        U[:] = pre_units
        do_verify()
        A(tk('vok', M['vok']), 'vok')
        U.extend(post)
    if vmode == 'before':
        do_verify()
    if vmode == 'never':
        why['verification'] = '坐席从未核实来电人身份（尾号、身份证、验证码都没问），就说出了记录：“%s”。' % f1_line['text']
    wrong_said = {}
    if (fa_wrong or nm_corr) and wrong_fact is f1:
        wrong_said['f1'] = f1_line['text']
        if nm_corr:
            Cu(rng.choice(['啊？跟我上次听到的不一样啊。', '是吗？你再确认一下？', '不对吧，之前说的不是这个。']), 'doubt')
            s2, _ = stmt(f1, val(f1), avoid=(tpl,))
            A(rng.choice(['我再核对一下，刚才说错了，', '抱歉，我更正一下，', '不好意思看串行了，']) + s2, 'fix')
    # ---------- middle: complaints, rude, jiyu, side questions, fact2 ----------
    mids = []
    # fact 2
    mids.append('f2')
    if 'rude' in D:
        mids.append('rude')
        if rng.random() < 0.25:
            mids.append('rude2')
    if 'jiyu' in D:
        mids.append('jiyu')
    # complaints
    extra_compl = S['kind'] == 'complaint' and not say_complaint
    if extra_compl or (emp_fail and not emp_fail_used) or (rng.random() < 0.3):
        mids.append('compl')
    if S['kind'] == 'complaint' and rng.random() < 0.3:
        mids.append('compl')
    mids.append('side' if 'resolution' in D else rng.choice(['side', 'none', 'casual', 'none']))
    if rng.random() < 0.3:
        mids.append('madegood')
    nsmall = rng.choice([0, 0, 1, 1, 2, 2, 3, 6])
    mids += ['small'] * nsmall
    f2gap = {}
    if ch == 'voice' and 'dead-air' in D:
        f2gap = {'gap': 'dead'}
    if 'latency' in D:
        f2gap = {'gap': 'slow'}
    if curt:
        mids = ['f2', 'side']
    rng.shuffle(mids)
    # keep fact 2 before a toldyou
    if 'jiyu' in mids and mids.index('jiyu') < mids.index('f2'):
        i, j = mids.index('jiyu'), mids.index('f2')
        mids[i], mids[j] = mids[j], mids[i]
    emp_left = emp_fail and not emp_fail_used
    last_fail_at = None
    jiyu_kind = None
    if 'jiyu' in D:
        jl = [x for x in M['jiyu'] if POOL.used.get(x, 0) < 3]
        jiyu_kind = rng.choice(jl)
    for m in mids:
        if m == 'f2':
            Cu(rng.choice(['那%s是多少？' % f2['label'], '顺带想知道%s怎么规定的。' % f2['label'], '还有，%s呢？' % f2['label']]), 'askf2')
            if 'fa-never' in D:
                if f2gap.get('gap') == 'dead':
                    why['dead-air'] = '客户问“%s”后，坐席隔了八秒多才回话，没有提示稍等。' % U[-1]['text']
                A(tk('ack', M['ack']) if POOL.can(M['ack'], ch) else '这个后面会有通知。', 'f2miss', **f2gap)
                why['fact-accuracy'] = '客户问到%s，坐席只回“%s”，整通都没有说出这个值。' % (f2['label'], U[-1]['text'])
                continue
            if f2gap.get('gap') == 'dead':
                why['dead-air'] = '客户问“%s”后，坐席沉默八秒以上才开口，中间没有任何提示。' % U[-1]['text']
            if (fa_wrong or nm_corr) and wrong_fact is f2:
                wv = wval(f2)
                s, tpl = stmt(f2, wv)
                A(s, 'f2', **f2gap)
                wrong_said['f2'] = s
                if nm_corr:
                    Cu(rng.choice(['这个数你确定吗？', '我查网上写的好像不是这个。', '嗯？没搞错吧？']), 'doubt')
                    s2, _ = stmt(f2, val(f2), avoid=(tpl,))
                    A(rng.choice(['您提醒得对，我更正：', '抱歉，是我记错了，', '我重新看了文件，']) + s2, 'fix')
            else:
                s, tpl = stmt(f2, val(f2))
                looks = [x for x in M['lookalike'][:3] if POOL.used.get(x, 0) < 3]
                if looks and rng.random() < 0.5 and not curt:
                    lk = tk('lookalike', looks)
                    s = lk + s if ('方便' in lk or '着急' in lk) else s + lk
                A(s, 'f2', **f2gap)
        elif m in ('rude', 'rude2'):
            Cu(tk('confused', M['confused']), 'confused')
            r = tk('rude', M['rude'])
            A(r, 'rude')
            why.setdefault('politeness', '坐席说“%s”，属于失礼用语。' % r)
            why.setdefault('forbidden-words', '“%s”是服务忌语。' % r)
            if m == 'rude2':
                why['politeness'] = why['politeness'].rstrip('。') + '；后面又说了第二句失礼的话。'
            if rng.random() < 0.6:
                pr = tk('protest', M['protest'])
                Cu(pr, 'protest')
                if emp_left:
                    why['empathy'] = '客户抗议“%s”，坐席接下来两轮没有道歉。' % pr
                    emp_left = False
                    A(tk('ack', M['ack']) if POOL.can(M['ack'], ch) else '继续说你的事。', 'x')
                    last_fail_at = len(U) - 1
                else:
                    A(tk('papology', M['papology']), 'papology')
        elif m == 'jiyu':
            kind, line = jiyu_kind.split('|', 1)
            if kind == 'toldyou':
                Cu(rng.choice(['不好意思，%s你再说一遍？' % f2['label'], '刚才%s多少来着？' % f2['label']]), 'repeat')
                v2 = f2['expected']
                if wrong_fact is f2 and fa_wrong:
                    v2 = wval(f2)
                t2 = line.replace('{v}', v2)
                POOL.used[jiyu_kind] = POOL.used.get(jiyu_kind, 0) + 1
                A(t2, 'jiyu')
                why['forbidden-words'] = '坐席重复答案时带着“%s”这种“我说过了”的埋怨，属忌语。' % t2
            else:
                q = M['tw_q'] if kind == 'tuiwei' else M['lm_q']
                POOL.used[q[0]] = POOL.used.get(q[0], 0) + 1
                Cu(q[0], 'side')
                POOL.used[jiyu_kind] = POOL.used.get(jiyu_kind, 0) + 1
                A(line, 'jiyu')
                Cu(M['press'][0] if kind == 'tuiwei' else rng.choice(M['press'][1:]), 'press')
                A(q[1], 'sideans')
                why['forbidden-words'] = '对“%s”坐席先回“%s”，推诿/冷漠，属忌语（后来才补答）。' % (q[0], line)
        elif m == 'compl':
            if last_fail_at is not None and sum(1 for u in U[last_fail_at + 1:] if u['sp'] == 'agent') < 2:
                continue
            if not emp_left and sum(3 - POOL.used.get(x, 0) for x in M['apology']
                                    if '|' not in x or x.split('|', 1)[0] == S['id']) < 4:
                continue
            cl = tk('compl', S['complaints'])
            cu = Cu(cl, 'compl')
            if emp_left:
                A(tk('ack', M['ack']) if POOL.can(M['ack'], ch) else '我记一下。', 'x')
                last_fail_at = len(U) - 1
                why['empathy'] = '客户抱怨“%s”，坐席回的“%s”只是程序性应答，两轮内无道歉安抚。' % (cl, U[-1]['text'])
                emp_left = False
                continue
            A(apology(), 'apology')
        elif m == 'side':
            if 'resolution' not in D and sum(3 - POOL.used.get(x[0], 0) for x in M['side'] if not x[2]) < 12:
                continue
            q = pick_side(rng, M, ch, casual=False)
            if q is None:
                raise RuntimeError('side questions exhausted')
            Cu(q[0], 'side')
            if 'resolution' in D and 'resolution' not in why:
                na = tk('nonans', M['nonans'])
                A(na, 'nonans')
                why['resolution'] = '客户问“%s”，坐席只答“%s”，之后再没有答复。' % (q[0], na)
            else:
                A(q[1], 'sideans')
        elif m == 'casual':
            q = pick_side(rng, M, ch, casual=True)
            if q is None:
                continue
            Cu(q[0], 'side')
            A(tk('shrug', M['shrug']) if rng.random() < 0.6 else q[1], 'shrug')
        elif m == 'madegood':
            if sum(3 - POOL.used.get(x, 0) for x in M['nonans']) <= 8 \
                    or sum(3 - POOL.used.get(x[0], 0) for x in M['side'] if not x[2]) < 12:
                continue
            q = pick_side(rng, M, ch, casual=False)
            if q is None:
                continue
            Cu(q[0], 'side')
            A(tk('nonans', M['nonans']), 'nonans')
            Cu(rng.choice(PRESS_GENERIC), 'press')
            A(q[1], 'sideans')
        elif m == 'small':
            p = small_pair(rng, M, ch)
            if p:
                Cu(p[0], 'small'); A(p[1], 'small')
        elif m == 'deadair':
            p = pair_any(rng, M, ch)
            Cu(p[0], 'side')
            A(p[1], 'sideans', gap='dead')
            why['dead-air'] = '客户说完“%s”后坐席沉默八秒以上才回“%s”，没有任何提示。' % (U[-2]['text'], U[-1]['text'])
        elif m == 'latency':
            p = pair_any(rng, M, ch)
            Cu(p[0], 'side')
            A(p[1], 'sideans', gap='slow')
    if emp_left:
        # make sure the planned empathy fail exists
        cl = tk('compl', S['complaints'])
        Cu(cl, 'compl')
        A(tk('ack', M['ack']) if POOL.can(M['ack'], ch) else '这个流程就是这样。', 'x')
        why['empathy'] = '客户说“%s”，坐席只回“%s”，没有道歉或安抚。' % (cl, U[-1]['text'])
    if curt:
        A(M['curt']['mid'], 'curt')
        Cu('呃，没了。', 'x')
    # ---------- ending ----------
    ending = []
    if req['reference']:
        if 'reference' in D:
            why['record-reference'] = '“%s”属于要给受理编号的事项，坐席直到结束都没报出工单号/受理编号。' % S['title']
        else:
            A(tk('ref', M['ref']).replace('{ref}', '2026%08d' % rng.randint(0, 99999999)), 'ref')
    if c.get('walkout'):
        if req['survey'] and 'survey' not in D:
            A(tk('survey', M['survey']), 'survey')
        Cu(tk('walkout', M['walkout']), 'walkout')
        hang = 'customer'
    else:
        sv_first = rng.random() < 0.3
        if req['survey'] and 'survey' not in D and sv_first:
            A(tk('survey', M['survey']), 'survey')
        Cu(rng.choice(['好的，谢谢。', '明白了，谢谢你。', '行，那就这样。', '好，知道了。']), 'bye')
        if curt:
            A(M['curt']['end'], 'curt')
        elif 'closing' in D:
            bc = tk('bad_close', M['bad_close'])
            A(bc, 'badclose')
            why['closing'] = '坐席最后只说“%s”，没有致谢或道别。' % bc
        else:
            A(tk('closings', M['closings']), 'closing')
        if req['survey'] and 'survey' not in D and not sv_first:
            A(tk('survey', M['survey']), 'survey')
        hang = rng.choice(['customer', 'agent'])
    if req['survey'] and 'survey' in D:
        lastag = [u['text'] for u in U if u['sp'] == 'agent'][-1]
        why['survey-offered'] = '本事项要求邀评，坐席以“%s”收尾，前后都没有邀请满意度评价。' % lastag
    if curt:
        why['politeness'] = '坐席全程语气生硬：“%s”“%s”“%s”，从不称您，也不用请。' % (M['curt']['open'], M['curt']['ask'], M['curt']['end'])
        why['forbidden-words'] = '生硬命令式用语（如“%s”）属服务忌语。' % M['curt']['ask']
        why['greeting'] = '首句“%s”没有问候语。' % M['curt']['open']
        why['closing'] = '结束只说“%s”，没有结束礼貌语。' % M['curt']['end']
    if 'speech-rate' in D:
        why['speech-rate'] = '坐席语速明显偏离（每分钟120—300字之外），例如“%s”这句说得过%s。' % (U[1]['text'] if U[0]['sp'] != 'agent' else U[0]['text'], '快' if c['seed'] % 2 else '慢')
    if 'fa-wrong' in D:
        k = 'f1' if wrong_fact is f1 else 'f2'
        f = f1 if k == 'f1' else f2
        why['fact-accuracy'] = '%s最后说成“%s”，正确应为%s。' % (f['label'], wrong_said.get(k, ''), f['expected'])
    if fa_wrong or nm_corr:
        k = 'f1' if wrong_fact is f1 else 'f2'
        f = f1 if k == 'f1' else f2
        why['no-misinformation'] = '坐席说过错误的%s：“%s”（正确是%s）%s。' % (f['label'], wrong_said.get(k, ''), f['expected'], '，虽然后来更正' if nm_corr else '')
    return U, hang


def fits(ch, *texts):
    for x in texts:
        if ch == 'webchat' and VOICE_ONLY.search(x):
            return False
        if ch == 'voice' and CHAT_ONLY.search(x):
            return False
    return True


def pick_side(rng, M, ch, casual):
    c = [s for s in M['side'] if s[2] == casual and POOL.used.get(s[0], 0) < 3 and fits(ch, s[0], s[1])]
    if not c and casual:
        c = [s for s in M['side'] if POOL.used.get(s[0], 0) < 3 and fits(ch, s[0], s[1])]
    if not c:
        return None
    m = min(POOL.used.get(s[0], 0) for s in c)
    s = rng.choice([x for x in c if POOL.used.get(x[0], 0) == m])
    POOL.used[s[0]] = POOL.used.get(s[0], 0) + 1
    return s


def pair_any(rng, M, ch):
    if any(POOL.used.get(x[0], 0) < 3 for x in M['side'] if not x[2] and fits(ch, x[0], x[1])):
        return pick_side(rng, M, ch, casual=False)
    p = small_pair(rng, M, ch)
    if p:
        return p
    raise RuntimeError('no pair left for ' + M['key'])


def small_pair(rng, M, ch):
    c = [p for p in M['small'] if POOL.used.get(p[0], 0) < 3
         and not (ch == 'webchat' and (VOICE_ONLY.search(p[0]) or VOICE_ONLY.search(p[1])))
         and not (ch == 'voice' and (CHAT_ONLY.search(p[0]) or CHAT_ONLY.search(p[1])))]
    if not c:
        return None
    m = min(POOL.used.get(p[0], 0) for p in c)
    p = rng.choice([x for x in c if POOL.used.get(x[0], 0) == m])
    POOL.used[p[0]] = POOL.used.get(p[0], 0) + 1
    return p


# ---------------- timing and rendering ----------------

def noise(rng, text, sp):
    if sp == 'agent' and strip_p(text) in BACKCHANNELS:
        return text
    s = text
    s = ''.join(DIGIT_WORDS.get(ch, ch) for ch in s)
    s = ''.join((HOMO[ch] if ch in HOMO and rng.random() < 0.5 else ch) for ch in s)
    if rng.random() < 0.5:
        s = re.sub(r'[，。！？、；：,.!?]+', ' ', s).strip()
    else:
        s = re.sub(r'[，。！？、；：,.!?]+', '', s)
    if rng.random() < 0.35:
        s = rng.choice(FILLERS) + ' ' + s if ' ' in s else rng.choice(FILLERS) + s
    return s


def render(c, U, hang, why):
    rng = random.Random(c['seed'] + 7)
    M = MATS[c['trade']]
    S = scen_of(c['trade'], c['kind'])
    fr_sla, lat_sla = S['sla']
    ch = c['channel']
    D = set(c['defects'])
    ev = [{'type': 'started', 'atMs': 0}]
    turns = []
    t = 0
    noisy = ch == 'voice' and rng.random() < 0.67
    conf = (lambda: round(rng.uniform(0.60, 0.93), 2)) if noisy else (lambda: round(rng.uniform(0.90, 0.99), 2))
    if 'speech-rate' in D:
        arate = rng.choice([rng.uniform(92, 112), rng.uniform(318, 360)])
    else:
        arate = rng.uniform(175, 255)
    crate = rng.uniform(180, 280)

    def dur(text, rate):
        return max(400, int(han_count(text) / rate * 60000))

    if ch == 'voice':
        ev.append({'type': 'dialed', 'atMs': 150})
        ev.append({'type': 'ringing', 'atMs': 1100 + rng.randint(0, 400)})
        t = 5000 + rng.randint(0, 4000)
        ev.append({'type': 'answered', 'atMs': t})
        if rng.random() < 0.5:
            for i, line in enumerate(M['ivr']):
                txt = noise(rng, line, 'ivr') if noisy else line
                d = dur(txt, 230)
                turns.append({'speaker': 'ivr', 'text': txt, 'startMs': t + 300, 'endMs': t + 300 + d, 'confidence': conf()})
                t += 300 + d
                if i == 0:
                    t += 1500
                    ev.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': '0'}})
                    ev.append({'type': 'queued', 'atMs': t + 400})
                    t += 400 + rng.randint(3000, 20000)
        t += rng.randint(200, 800)
        ev.append({'type': 'agent-joined', 'atMs': t})
    else:
        ev.append({'type': 'page-loaded', 'atMs': 1500})
        t = 4000 + rng.randint(0, 3000)
        if rng.random() < 0.4:
            turns.append({'speaker': 'bot', 'text': M['bot'][0], 'startMs': t, 'endMs': t, 'confidence': 1.0})
            t += rng.randint(6000, 15000)
            turns.append({'speaker': 'customer', 'text': S['title'], 'startMs': t, 'endMs': t, 'confidence': 1.0, 'tobot': True})
            t += 1500
            turns.append({'speaker': 'bot', 'text': M['bot'][1], 'startMs': t, 'endMs': t, 'confidence': 1.0})
            t += rng.randint(4000, 9000)
            turns.append({'speaker': 'customer', 'text': rng.choice(TRANSFER_REQ), 'startMs': t, 'endMs': t, 'confidence': 1.0, 'tobot': True})
            t += 1000
            turns.append({'speaker': 'system', 'text': SYSTEM_TRANSFER, 'startMs': t, 'endMs': t, 'confidence': 1.0})
        t += 1000
        ev.append({'type': 'queued', 'atMs': t})
        t += rng.randint(5000, 40000)
        ev.append({'type': 'agent-joined', 'atMs': t})
    joined = t
    first_agent = True
    prev = None  # previous dialogue unit rendered
    split_done = ch == 'voice' or rng.random() > 0.32
    for k, u in enumerate(U):
        text = u['text']
        sp = u['sp']
        if ch == 'voice':
            txt = noise(rng, text, sp) if noisy else text
            d = dur(txt, arate if sp == 'agent' else crate)
            if first_agent and sp == 'agent':
                if 'first-response' in D:
                    g = fr_sla + rng.randint(500, 1500)
                    why['first-response'] = '坐席接入后%.1f秒才说第一句“%s”，超过%d秒的首次响应时限。' % (g / 1000, text, fr_sla // 1000)
                else:
                    g = rng.randint(900, 3500)
                start = joined + g
                first_agent = False
            elif u.get('interrupt') and prev and prev['speaker'] == 'customer':
                start = prev['endMs'] - rng.randint(950, 1900)
            elif u.get('gap') == 'hold':
                start = t + rng.randint(16000, 38000)
            elif u.get('gap') == 'dead':
                start = t + rng.randint(8600, 11400)
            else:
                if prev is not None and prev['speaker'] == 'customer' and sp == 'agent' and rng.random() < 0.15:
                    start = prev['endMs'] - rng.randint(100, 500)  # small overlap, not an interruption
                else:
                    start = t + rng.randint(350, 1700)
            turn = {'speaker': sp, 'text': txt, 'startMs': start, 'endMs': start + d, 'confidence': conf()}
            if u.get('gap') == 'hold' and u.get('music'):
                ev.append({'type': 'hold-start', 'atMs': t + 600})
                ev.append({'type': 'hold-end', 'atMs': start - 700})
            turns.append(turn)
            t = max(t, start + d)
            # backchannel over a long customer turn
            if sp == 'customer' and d > 2600 and rng.random() < 0.35:
                bs = start + rng.randint(800, d - 1200)
                turns.append({'speaker': 'agent', 'text': rng.choice(['嗯', '对', '好的', '嗯嗯']), 'startMs': bs, 'endMs': bs + 450, 'confidence': conf()})
            prev = turn
        else:
            if sp == 'agent':
                if first_agent:
                    g = fr_sla + rng.randint(1000, 3500) if 'first-response' in D else rng.randint(2000, 5000)
                    if 'first-response' in D:
                        why['first-response'] = '坐席进入会话%.1f秒后才发出第一条“%s”，超过%d秒的首次响应时限。' % (g / 1000, text, fr_sla // 1000)
                    start = joined + g
                    first_agent = False
                elif u.get('gap') == 'hold':
                    start = t + rng.randint(31000, 55000)
                elif u.get('gap') == 'slow':
                    g = rng.randint(lat_sla + 2000, min(29000, lat_sla + 12000))
                    start = t + g
                    why['response-latency'] = '客户发“%s”后，坐席隔了%.0f秒才回复，超过%d秒的时限。' % (prev['text'], g / 1000, lat_sla // 1000)
                    if rng.random() < 0.5:
                        nt = t + g // 2
                        turns.append({'speaker': 'customer', 'text': rng.choice(NUDGES), 'startMs': nt, 'endMs': nt, 'confidence': 1.0})
                elif prev is not None and prev['speaker'] == 'agent':
                    start = t + rng.randint(4000, 8000)
                else:
                    start = t + rng.randint(3000, 9000)
            else:
                start = t + rng.randint(4000, 6000) + min(20000, 350 * han_count(text))
            # bubbles
            parts = [text]
            if not split_done and len(text) > 14 and re.search(r'[，。]', text[:-1]) and u['tag'] not in ('survey',):
                bits = [b for b in re.split(r'(?<=[，。])', text) if b]
                if 2 <= len(bits) <= 4:
                    if len(bits) == 4:
                        bits = [bits[0] + bits[1], bits[2] + bits[3]]
                    parts = bits
                    split_done = True
            for j, p in enumerate(parts):
                st = start + rng.randint(1000, 2000) if j else start
                if j:
                    start = st
                turn = {'speaker': sp, 'text': p, 'startMs': st, 'endMs': st, 'confidence': 1.0}
                turns.append(turn)
            t = start
            prev = turn
    # walkout / hangup
    end_t = t + rng.randint(800, 2500)
    if ch == 'voice':
        ev.append({'type': 'hangup', 'atMs': end_t, 'detail': {'by': hang}})
    ev.append({'type': 'ended', 'atMs': end_t + 300})
    turns.sort(key=lambda x: (x['startMs'], 0 if x['speaker'] != 'agent' else 1))
    for x in turns:
        x.pop('tobot', None)
    ev.sort(key=lambda e: e['atMs'])
    return ev, turns, end_t + 300, noisy


def labels_for(c, why):
    D = set(c['defects'])
    req = requires(c['kind'])
    L_ = {}
    fail = lambda k: 'fail' if k in why else 'pass'
    for k in CHECKS:
        L_[k] = fail(k)
    if c['channel'] == 'webchat':
        L_['interruption'] = 'na'
        L_['speech-rate'] = 'na'
    if not req['verification']:
        L_['verification'] = 'na'
    if not req['reference']:
        L_['record-reference'] = 'na'
    if not req['survey']:
        L_['survey-offered'] = 'na'
    if c.get('walkout'):
        L_['closing'] = 'na'
    return L_


def main():
    contacts, counts = PLAN.make_plan()
    POOL.used.clear()
    out_c, out_l = [], []
    for i, c in enumerate(contacts):
        why = {}
        U, hang = build(c, why)
        ev, turns, dur_, noisy = render(c, U, hang, why)
        S = scen_of(c['trade'], c['kind'])
        Ls = labels_for(c, why)
        # labels that the renderer decided
        if not any(e['type'] == 'hold-start' for e in ev) and not any(u.get('gap') == 'hold' for u in U):
            Ls['hold-etiquette'] = 'na'
        has_compl = any(u['tag'] in ('compl', 'protest', 'saycompl') for u in U)
        if not has_compl and S['kind'] != 'complaint':
            Ls['empathy'] = 'na'
        obj = {'schemaVersion': 1, 'contactId': c['id'], 'scenarioId': S['id'], 'runId': 'dev28a',
               'channel': c['channel'], 'startedAt': BASE_T + i * 3600 * 1000 + (c['seed'] % 600000),
               'durationMs': dur_, 'events': ev, 'turns': turns, 'outcome': 'completed',
               'transcriptSource': 'deepgram' if c['channel'] == 'voice' else 'chat-dom'}
        c['_hascompl'] = None
        out_c.append(obj)
        out_l.append({'contactId': c['id'], 'domain': c['trade'], 'labels': Ls,
                      'why': {k: why[k] for k in CHECKS if Ls[k] == 'fail'}})
    # empathy na: set by validate-like rule on plan: complaint present?
    # four contacts without durationMs, one with an unknown event
    rng = random.Random(PLAN.SEED)
    for o in rng.sample(out_c, 4):
        del o['durationMs']
    o = rng.choice([x for x in out_c if 'durationMs' in x])
    o['events'].insert(-1, {'type': 'transfer', 'atMs': o['events'][-1]['atMs'] - 100, 'detail': {'to': 'supervisor-desk', 'reason': 'note'}})
    seen = {}
    for o, l in zip(out_c, out_l):
        for k in list(l['why']):
            r = l['why'][k]
            n = 0
            while r in seen:
                n += 1
                agent_n = sum(1 for x in o['turns'] if x['speaker'] == 'agent')
                r = l['why'][k].rstrip('。') + '（%s，本通坐席共%d句%s）' % (o['channel'] == 'voice' and '电话' or '在线', agent_n, '，' + '另' * n if n > 1 else '')
            seen[r] = 1
            l['why'][k] = r
    specials(out_c, out_l)
    with open(os.path.join(OUT, 'contacts.jsonl'), 'w', encoding='utf-8') as f:
        for o in out_c:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for o in out_l:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    write_scenarios()


def specials(out_c, out_l):
    sp = [
        ('x01', 'weather-event', 'voice', 'no-answer', None, '拨出后一直振铃无人接听'),
        ('x02', 'disab-card', 'voice', 'busy', None, '被叫忙线'),
        ('x03', 'veteran-card', 'voice', 'abandoned', None, '语音导航排队时客户放弃'),
        ('x04', 'elder-info', 'webchat', 'abandoned', None, '在线排队时客户离开'),
        ('x05', 'dog-check', 'webchat', 'completed', None, '只和机器人对话，从未转到人工'),
        ('x06', 'pubres-register', 'webchat', 'failed', 'E_SELECTOR_TIMEOUT', '测试框架找不到聊天输入框，超时失败'),
        ('x07', 'weather-proof', 'voice', 'failed', 'E_BROWSER_CRASHED', '测试框架浏览器崩溃'),
    ]
    base = BASE_T + 200 * 3600 * 1000
    for i, (x, sid, ch, outc, err, why) in enumerate(sp):
        ev = [{'type': 'started', 'atMs': 0}]
        turns = []
        if ch == 'voice':
            ev.append({'type': 'dialed', 'atMs': 200})
            if outc == 'no-answer':
                ev += [{'type': 'ringing', 'atMs': 1300}]
                end = 61300
            elif outc == 'busy':
                end = 2100
            elif outc == 'abandoned':
                ev += [{'type': 'ringing', 'atMs': 1200}, {'type': 'answered', 'atMs': 6200}]
                turns.append({'speaker': 'ivr', 'text': '您好，欢迎致电东湖区退役军人服务中心，人工服务请按零', 'startMs': 6500, 'endMs': 11200, 'confidence': 0.95})
                ev += [{'type': 'dtmf', 'atMs': 12500, 'detail': {'digits': '0'}}, {'type': 'queued', 'atMs': 12900},
                       {'type': 'hangup', 'atMs': 98000, 'detail': {'by': 'customer'}}]
                end = 98300
            else:
                ev += [{'type': 'ringing', 'atMs': 1250}]
                end = 4800
        else:
            ev.append({'type': 'page-loaded', 'atMs': 1600})
            if outc == 'abandoned':
                ev.append({'type': 'queued', 'atMs': 5200})
                end = 185000
            elif outc == 'completed':
                turns += [{'speaker': 'bot', 'text': '您好，我是临江养犬服务小助手，请问要办理什么？', 'startMs': 3000, 'endMs': 3000, 'confidence': 1.0},
                          {'speaker': 'customer', 'text': '犬只年检去哪里做', 'startMs': 15000, 'endMs': 15000, 'confidence': 1.0},
                          {'speaker': 'bot', 'text': '年检可在各区犬类服务点办理，详情见办事指南。', 'startMs': 16000, 'endMs': 16000, 'confidence': 1.0},
                          {'speaker': 'customer', 'text': '好吧', 'startMs': 30000, 'endMs': 30000, 'confidence': 1.0}]
                end = 45000
            else:
                end = 30500
        ev.append({'type': 'ended', 'atMs': end})
        o = {'schemaVersion': 1, 'contactId': 'h21a-' + x, 'scenarioId': sid, 'runId': 'dev28a', 'channel': ch,
             'startedAt': base + i * 1800 * 1000, 'durationMs': end, 'events': ev, 'turns': turns, 'outcome': outc,
             'transcriptSource': 'deepgram' if ch == 'voice' else 'chat-dom'}
        if err:
            o['failedBy'] = 'harness'
            o['errorCode'] = err
        out_c.append(o)
        out_l.append({'contactId': o['contactId'], 'domain': sid.split('-')[0], 'labels': {k: 'na' for k in CHECKS},
                      'why': {'special': why}})


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_scenarios():
    d = os.path.join(OUT, 'scenarios')
    os.makedirs(d, exist_ok=True)
    for t in PLAN.TRADES:
        M = MATS[t]
        for S in M['scen']:
            r = requires(S['kind'])
            lines = ['id: ' + S['id'], 'title: ' + q(S['title']),
                     'description: ' + q('独立语料 independent-dev28a，领域 %s，机构 %s' % (t, M['org'])),
                     'channel: [voice, webchat]', 'target: { phone: %s }' % q(M['phone']),
                     'persona: { name: %s }' % q(S['persona']), 'locale: zh-CN', 'steps:',
                     '  - say: ' + q(S['say'][0].lstrip('!')),
                     '  - wait: { pattern: %s, timeoutMs: 60000 }' % q(S['facts'][0]['cues'][0]),
                     '  - end: true', 'facts:']
            for f in S['facts']:
                lines.append('  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }' % (
                    f['key'], q(f['label']), q(f['expected']), q(f['variants']), q(f['wrong']), q(f['cues'])))
            rq = S['req']
            lines.append('requiredInfo:')
            lines.append('  - { key: %s, label: %s, patterns: [%s] }' % (rq['key'], q(rq['label']), q(rq['pattern'])))
            lines.append('requires: { verification: %s, reference: %s, empathy: %s, survey: %s }' % tuple(
                'true' if r[k] else 'false' for k in ['verification', 'reference', 'empathy', 'survey']))
            lines.append('sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }' % S['sla'])
            lines.append('tags: [independent-dev28a, %s]' % t)
            with open(os.path.join(d, S['id'] + '.yaml'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
