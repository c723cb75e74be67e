# Writes a reason for every fail, quoting the decisive line found in the written contact.
import validate

TXT = {
 'greeting': '坐席首句「{q}」开头没有问候语（您好/欢迎致电之类），不算问候。',
 'agent-id': '坐席前两轮（首句「{q}」）未报工号或姓名，身份介绍缺失或太晚。',
 'closing': '坐席最后一句「{q}」没有结束礼貌语（感谢/再见/祝福）。',
 'forbidden-words': '坐席说了服务忌语：「{q}」。',
 'politeness': '坐席出言不逊：「{q}」。',
 'verification': '在核验身份之前就透露了客户记录：「{q}」（或根本没有核验）。',
 'hold-etiquette': '保持等待不规范：等待后坐席说「{q}」，此前未请客户稍等或事后未致谢。',
 'interruption': '坐席在客户话未说完时抢话：「{q}」。',
 'dead-air': '坐席「{q}」之前出现无交代的长时间静默。',
 'speech-rate': '坐席语速超出120–300字/分钟范围（{w}），例如「{q}」。',
 'empathy': '客户抱怨「{q}」后，坐席接下来两轮没有道歉或共情。',
 'resolution': '客户的问题「{q}」最终没有得到答复。',
 'first-response': '坐席首句「{q}」在接入后超过首响时限才发出。',
 'response-latency': '坐席回复「{q}」超过了响应时限。',
 'fact-accuracy': '事实{w}最后的陈述不正确或从未给出，见「{q}」。',
 'no-misinformation': '坐席曾说出错误的{w}：「{q}」。',
 'record-reference': '全程未给出工单号/受理编号，最后一句是「{q}」。',
 'survey-offered': '未邀请满意度评价，坐席末句「{q}」。',
 'required-info': '坐席没有询问必填信息（客户自己说了也不算），客户开场是「{q}」。',
}

def fill(contacts, labels):
    sc = validate.load_scen()
    for c, lab in zip(contacts, labels):
        if c['outcome'] != 'completed': continue
        T = validate.trade_of(c)
        R, ev, ms = validate.derive(c, sc, T)
        ag = [m for m in ms if m['sp'] == 'agent']
        cu = [m for m in ms if m['sp'] == 'customer']
        for k, v in lab['labels'].items():
            if v != 'fail': continue
            idx, w = ev.get(k, (None, ''))
            if k == 'forbidden-words' and w == 'curt' or k == 'politeness' and w == 'curt':
                q = ' / '.join(m['text'] for m in ag[1:4])
                lab['why'][k] = ('坐席全程语气生硬、从不用“您”：「%s」。' if k == 'politeness' else '命令式、生硬的应答（%s）整段都属服务忌语。') % q
                continue
            if idx is not None and idx < len(ms): q = ms[idx]['text']
            elif k in ('closing', 'record-reference', 'survey-offered'): q = ag[-1]['text']
            elif k == 'required-info': q = cu[0]['text'] if cu else ''
            else: q = ag[0]['text']
            pos = ''
            if idx is not None and idx < len(ms):
                pos = '（第%d轮，通话开始后约%d秒）' % (idx + 1, ms[idx]['start'] // 1000)
            elif k in ('closing', 'record-reference', 'survey-offered'):
                pos = '（末句约在%d秒处）' % (ag[-1]['start'] // 1000)
            elif k == 'required-info':
                pos = '（共%d轮对话都没有问）' % len(ms)
            lab['why'][k] = TXT[k].format(q=q[:80], w=w) + pos
