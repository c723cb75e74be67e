"""Contacts that never reached an agent, and harness-side failures: every quality label is na."""


def special_contacts(t0, checks):
    na = {k: 'na' for k in checks}
    specs = [
        ('lg-delay', 'logistics', 'voice', 'no-answer', 'never answered: rang for 45 s',
         [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 100}, {'type': 'ringing', 'atMs': 1800},
          {'type': 'ended', 'atMs': 46000}], [], None),
        ('bb-outage', 'broadband', 'voice', 'busy', 'line busy',
         [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 100}, {'type': 'ended', 'atMs': 2100, 'detail': {'sip': 486}}], [], None),
        ('ut-arrears', 'utilities', 'voice', 'abandoned', 'IVR then queue; caller gave up after 2 minutes in the queue',
         [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 100}, {'type': 'ringing', 'atMs': 1500},
          {'type': 'answered', 'atMs': 6000}, {'type': 'ivr-prompt', 'atMs': 6300}, {'type': 'dtmf', 'atMs': 14500, 'detail': {'digits': '0'}},
          {'type': 'queued', 'atMs': 15000}, {'type': 'hangup', 'atMs': 137000, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 137200}],
         [{'speaker': 'ivr', 'text': '您好，欢迎致电安城供电，电费查询请按1，停电报修请按2，人工服务请按0', 'startMs': 6300, 'endMs': 14000, 'confidence': 0.96},
          {'speaker': 'ivr', 'text': '当前坐席全忙，请您耐心等待', 'startMs': 16000, 'endMs': 19000, 'confidence': 0.95}], None),
        ('pm-leak', 'property', 'webchat', 'abandoned', 'chat queue; customer left before an agent joined',
         [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 900}, {'type': 'queued', 'atMs': 5200},
          {'type': 'customer-left', 'atMs': 190000}, {'type': 'ended', 'atMs': 190000}],
         [{'speaker': 'customer', 'text': '我家卫生间漏水，有人吗', 'startMs': 4000, 'endMs': 4000},
          {'speaker': 'system', 'text': '当前咨询人数较多，您前面还有6位，请耐心等待', 'startMs': 5200, 'endMs': 5200}], None),
        ('ed-refund', 'education', 'webchat', 'completed', 'completed with no agent turn: the bot answered and the customer closed the chat',
         [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 700}, {'type': 'ended', 'atMs': 61000}],
         [{'speaker': 'bot', 'text': '您好，我是启航网校智能助手，请问有什么可以帮您？', 'startMs': 1500, 'endMs': 1500},
          {'speaker': 'customer', 'text': '课程怎么退费', 'startMs': 9000, 'endMs': 9000},
          {'speaker': 'bot', 'text': '您可以在“我的订单”中申请退费，具体规则请查看退费说明', 'startMs': 10500, 'endMs': 10500}], None),
        ('car-service', 'car', 'webchat', 'failed', 'harness failure: chat input never found',
         [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1200}, {'type': 'error', 'atMs': 31200}, {'type': 'ended', 'atMs': 31300}],
         [], {'code': 'E_SELECTOR_TIMEOUT', 'message': 'chat input selector "#msg-input" not found within 30000 ms'}),
        ('bb-tv', 'broadband', 'webchat', 'failed', 'harness failure: browser crashed',
         [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 8000}, {'type': 'ended', 'atMs': 8100}],
         [], {'code': 'E_BROWSER_CRASHED', 'message': 'Chromium exited unexpectedly (signal SIGSEGV)'}),
    ]
    out = []
    for i, (sid, dom, ch, outcome, note, events, turns, err) in enumerate(specs):
        cid = f'{sid}-x{i + 1}'
        c = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sid, 'channel': ch, 'startedAt': t0 + 90_000_000 + i * 400_000,
             'durationMs': events[-1]['atMs'], 'outcome': outcome, 'transcriptSource': 'chat-dom' if ch == 'webchat' else 'deepgram',
             'events': events, 'turns': turns}
        if err:
            c['error'] = err
            c['failedBy'] = 'harness'
        out.append((c, {'contactId': cid, 'domain': dom, 'labels': dict(na), 'why': {'all': note + ' (all quality checks na)'}}))
    return out
