"""The seven contacts where no check can be observed (all labels na)."""


def specials(t0, domains):
    d = {x['key']: x for x in domains}
    pb, tk, hr, lg, gr, cl = (d[k] for k in ('powerbank', 'tickets', 'homereno', 'legal', 'grocery', 'cloud'))
    out = []
    out.append({'schemaVersion': 1, 'contactId': 'sp-noanswer', 'scenarioId': pb['scenarios'][0]['id'], 'channel': 'voice',
                'startedAt': t0, 'durationMs': 62400, 'outcome': 'no-answer', 'transcriptSource': 'deepgram',
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 140}, {'type': 'ringing', 'atMs': 2210},
                           {'type': 'hangup', 'atMs': 62200, 'detail': {'by': 'harness', 'reason': 'ring timeout'}},
                           {'type': 'ended', 'atMs': 62400}], 'turns': [],
                '_domain': 'powerbank', '_why': '无人接听：没有坐席，19项均不可观察'})
    out.append({'schemaVersion': 1, 'contactId': 'sp-busy', 'scenarioId': hr['scenarios'][1]['id'], 'channel': 'voice',
                'startedAt': t0 + 3600000, 'durationMs': 4100, 'outcome': 'busy', 'transcriptSource': 'deepgram',
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 95},
                           {'type': 'status-callback', 'atMs': 3900, 'detail': {'sip': 486}}, {'type': 'ended', 'atMs': 4100}],
                'turns': [], '_domain': 'homereno', '_why': '占线：没有接通'})
    ivr = lg['ivr'] + ['当前咨询人数较多，请您耐心等待，我们将尽快为您接通。', '当前咨询人数较多，请您耐心等待，我们将尽快为您接通。']
    turns, t = [], 9800
    for line in ivr:
        dur = int(len(line) / 4.2 * 1000)
        turns.append({'speaker': 'ivr', 'text': line, 'startMs': t, 'endMs': t + dur, 'confidence': 0.96})
        t += dur + 20000
    out.append({'schemaVersion': 1, 'contactId': 'sp-ivr-abandoned', 'scenarioId': lg['scenarios'][0]['id'], 'channel': 'voice',
                'startedAt': t0 + 7200000, 'durationMs': t + 1500, 'outcome': 'abandoned', 'transcriptSource': 'deepgram',
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 160}, {'type': 'ringing', 'atMs': 2600},
                           {'type': 'answered', 'atMs': 9600}, {'type': 'dtmf', 'atMs': 24000, 'detail': {'digits': '2'}},
                           {'type': 'queued', 'atMs': 25000}, {'type': 'hangup', 'atMs': t + 1300, 'detail': {'by': 'customer'}},
                           {'type': 'ended', 'atMs': t + 1500}],
                'turns': turns, '_domain': 'legal', '_why': '只在IVR排队，坐席始终未接入'})
    out.append({'schemaVersion': 1, 'contactId': 'sp-chat-queue-abandoned', 'scenarioId': gr['scenarios'][0]['id'], 'channel': 'webchat',
                'startedAt': t0 + 10800000, 'durationMs': 241000, 'outcome': 'abandoned', 'transcriptSource': 'chat-dom',
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 900}, {'type': 'queued', 'atMs': 2400},
                           {'type': 'ended', 'atMs': 241000}],
                'turns': [{'speaker': 'system', 'text': '您前面还有 14 人，预计等待 6 分钟', 'startMs': 2600, 'endMs': 2600},
                          {'speaker': 'customer', 'text': '我的菜少了一袋土豆，有人吗', 'startMs': 15000, 'endMs': 15000},
                          {'speaker': 'system', 'text': '您前面还有 9 人', 'startMs': 120000, 'endMs': 120000},
                          {'speaker': 'customer', 'text': '算了 等不起', 'startMs': 238000, 'endMs': 238000}],
                '_domain': 'grocery', '_why': '排队中客户离开，坐席未接入'})
    out.append({'schemaVersion': 1, 'contactId': 'sp-chat-bot-only', 'scenarioId': cl['scenarios'][0]['id'], 'channel': 'webchat',
                'startedAt': t0 + 14400000, 'durationMs': 98000, 'outcome': 'completed', 'transcriptSource': 'chat-dom',
                'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1100}, {'type': 'ended', 'atMs': 98000}],
                'turns': [{'speaker': 'bot', 'text': '你好，我是云盘智能助手小云，请问遇到了什么问题？', 'startMs': 2000, 'endMs': 2000},
                          {'speaker': 'customer', 'text': '为什么又扣了我25块', 'startMs': 21000, 'endMs': 21000},
                          {'speaker': 'bot', 'text': '自动续费可在【我的-会员中心-自动续费管理】中关闭，关闭后下个周期不再扣费。', 'startMs': 22500, 'endMs': 22500},
                          {'speaker': 'customer', 'text': '转人工', 'startMs': 60000, 'endMs': 60000},
                          {'speaker': 'bot', 'text': '当前人工客服繁忙，您可以留言，我们会在24小时内回复。', 'startMs': 61000, 'endMs': 61000}],
                '_domain': 'cloud', '_why': '只有机器人应答，没有人工坐席'})
    for i, (code, msg, dom) in enumerate([('E_SELECTOR_TIMEOUT', 'selector .chat-input not found within 30000 ms', tk),
                                          ('E_BROWSER_CRASHED', 'chromium exited with signal SIGSEGV', gr)]):
        out.append({'schemaVersion': 1, 'contactId': 'sp-harness-%d' % (i + 1), 'scenarioId': dom['scenarios'][2]['id'],
                    'channel': 'webchat', 'startedAt': t0 + (5 + i) * 3600000, 'durationMs': 31000 + i * 7000,
                    'outcome': 'failed', 'failedBy': 'harness', 'error': {'code': code, 'message': msg},
                    'transcriptSource': 'chat-dom',
                    'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1300},
                               {'type': 'error', 'atMs': 31000 + i * 7000 - 100, 'detail': {'code': code}},
                               {'type': 'ended', 'atMs': 31000 + i * 7000}],
                    'turns': [], '_domain': dom['key'], '_why': '测试工具自身失败，联络未进行'})
    return out
