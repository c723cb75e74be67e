"""The seven contacts where no check can be observed (all 19 labels na)."""


def special_contacts(domains, t0, checks):
    na = {c: 'na' for c in checks}
    out = []

    def add(cid, sid, channel, outcome, events, turns, why, **extra):
        inter = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sid, 'channel': channel, 'startedAt': t0 + 400_000_000 + len(out) * 911_000,
                 'durationMs': events[-1]['atMs'], 'outcome': outcome, 'transcriptSource': 'deepgram' if channel == 'voice' else 'chat-dom',
                 'events': events, 'turns': turns}
        inter.update(extra)
        out.append((inter, {'contactId': cid, 'domain': domain_of(sid), 'labels': dict(na), 'why': {'greeting': why}}))

    def domain_of(sid):
        for d in domains:
            if any(s['sid'] == sid for s in d['scenarios']):
                return d['name']
        return ''

    add('rail-refund-x-noanswer', 'rail-refund', 'voice', 'no-answer',
        [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 140}, {'type': 'ringing', 'atMs': 2310}, {'type': 'ended', 'atMs': 62310}],
        [], '无人接听，没有坐席话语，全部不可观察')
    add('tax-annual-x-busy', 'tax-annual', 'voice', 'busy',
        [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 120}, {'type': 'ended', 'atMs': 1890, 'detail': {'sip': 486}}],
        [], '忙音，未接通')
    add('ev-ota-x-ivr-abandon', 'ev-ota', 'voice', 'abandoned',
        [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 150}, {'type': 'ringing', 'atMs': 2200}, {'type': 'answered', 'atMs': 7400},
         {'type': 'ivr-prompt', 'atMs': 7600}, {'type': 'dtmf', 'atMs': 16100, 'detail': {'digits': '1'}}, {'type': 'queued', 'atMs': 18000},
         {'type': 'hangup', 'atMs': 198000, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 198200}],
        [{'speaker': 'ivr', 'text': '您好，这里是远航汽车客户服务中心，车主服务请按1，购车咨询请按2', 'startMs': 7600, 'endMs': 14900, 'confidence': 0.93},
         {'speaker': 'ivr', 'text': '当前排队人数较多，您前面还有12位，请耐心等待', 'startMs': 18200, 'endMs': 23100, 'confidence': 0.91},
         {'speaker': 'ivr', 'text': '坐席仍在忙，请继续等待，或稍后再拨', 'startMs': 120300, 'endMs': 124500, 'confidence': 0.9}],
        '在IVR排队中放弃，没有坐席接入')
    add('transit-topup-x-queue-abandon', 'transit-topup', 'webchat', 'abandoned',
        [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1800}, {'type': 'queued', 'atMs': 2600}, {'type': 'ended', 'atMs': 241000}],
        [{'speaker': 'system', 'text': '您已进入排队，当前排在第8位', 'startMs': 2600, 'endMs': 2600},
         {'speaker': 'customer', 'text': '充值没到账，有人吗', 'startMs': 30500, 'endMs': 30500},
         {'speaker': 'system', 'text': '您当前排在第5位，请耐心等待', 'startMs': 90000, 'endMs': 90000}],
        '在在线排队中离开，没有坐席接入')
    add('phone-update-x-bot-only', 'phone-update', 'webchat', 'completed',
        [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1500}, {'type': 'ended', 'atMs': 95000}],
        [{'speaker': 'bot', 'text': '您好，我是星耀智能客服小星，请问有什么可以帮您？', 'startMs': 2100, 'endMs': 2100},
         {'speaker': 'customer', 'text': '升级以后手机发烫', 'startMs': 12000, 'endMs': 12000},
         {'speaker': 'bot', 'text': '升级后系统会进行优化，建议您保持充电并连接WiFi。您可以点击下方“故障自助”查看更多。', 'startMs': 13200, 'endMs': 13200},
         {'speaker': 'customer', 'text': '好吧', 'startMs': 60000, 'endMs': 60000},
         {'speaker': 'bot', 'text': '感谢您的咨询，祝您生活愉快！', 'startMs': 61000, 'endMs': 61000}],
        '只有机器人应答，没有人工坐席的话语')
    add('appl-repair-x-selector-timeout', 'appl-repair', 'webchat', 'failed',
        [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 30400}, {'type': 'ended', 'atMs': 30500}],
        [], '测试工具自身故障（选择器超时），不计入', failedBy='harness',
        error={'code': 'E_SELECTOR_TIMEOUT', 'message': 'chat input "#msg-input" did not appear within 30000 ms'})
    add('rail-waitlist-x-browser-crash', 'rail-waitlist', 'webchat', 'failed',
        [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 2100}, {'type': 'error', 'atMs': 48200}, {'type': 'ended', 'atMs': 48300}],
        [], '测试工具浏览器崩溃，不计入', failedBy='harness',
        error={'code': 'E_BROWSER_CRASHED', 'message': 'Chromium exited unexpectedly (signal SIGSEGV) during the chat'})
    return out
